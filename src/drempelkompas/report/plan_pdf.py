"""Renders an action-plan snapshot to PDF bytes: cover, summary, gaps, barriers, sign-off.

The same snapshot in the same language always gives the same bytes (the PDF is dated at its
sign-off, not at export), so an exported file can later be verified against the database.
Every user text is escaped before it reaches a Paragraph: nothing in it is read as markup.
"""

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from io import BytesIO
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from drempelkompas import __version__
from drempelkompas.domain import plan
from drempelkompas.domain.catalog import CATALOG_CONTEXT, LESSONS_BY_KEY, precondition_info
from drempelkompas.domain.enums import Level, PartnerRole, Phase, Precondition, Sector, Status
from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.resources import resource

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LONG_LINE = 1500  # characters: longer lines become several paragraphs (reportlab is super-linear)
KEYWORD_PREFIX = "drempelkompas-plan"

STATUS_COLOURS = {
    Status.OPEN: colors.HexColor("#3b7dd8"),
    Status.IN_PROGRESS: colors.HexColor("#e0a100"),
    Status.OVERCOME: colors.HexColor("#3fa35b"),
}
ACCENT = colors.HexColor("#1f4e79")
FAINT = colors.HexColor("#666666")
LINE = colors.HexColor("#bbbbbb")


class T:
    """The report's fixed texts (English source; translated in context "Report")."""

    DRAFT_OF_VERSION = QT_TRANSLATE_NOOP("Report", "Draft of version {number}")
    VERSION_N = QT_TRANSLATE_NOOP("Report", "Version {number}")
    PAGE_X_OF_Y = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
    FOOTER_FINGERPRINT = QT_TRANSLATE_NOOP("Report", "Fingerprint {short}")
    DRAFT_WATERMARK = QT_TRANSLATE_NOOP("Report", "DRAFT, NOT SIGNED OFF")
    STATUS_DRAFT = QT_TRANSLATE_NOOP("Report", "Draft, not signed off")
    STATUS_SIGNED_OFF = QT_TRANSLATE_NOOP("Report", "Signed off")
    ACTION_PLAN = QT_TRANSLATE_NOOP("Report", "Action plan")
    AMBITION = QT_TRANSLATE_NOOP("Report", "Ambition")
    VERSION = QT_TRANSLATE_NOOP("Report", "Version")
    STATUS = QT_TRANSLATE_NOOP("Report", "Status")
    DATE = QT_TRANSLATE_NOOP("Report", "Date")
    PHASE = QT_TRANSLATE_NOOP("Report", "Phase")
    PARTNERS = QT_TRANSLATE_NOOP("Report", "Partners")
    NO_PARTNERS = QT_TRANSLATE_NOOP("Report", "No partners recorded.")
    PRECONDITION = QT_TRANSLATE_NOOP("Report", "Precondition")
    TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
    SUMMARY = QT_TRANSLATE_NOOP("Report", "Summary")
    SUMMARY_INTRO = QT_TRANSLATE_NOOP(
        "Report", "Barriers per precondition. Overcome barriers are counted here but not listed in the plan."
    )
    POINTS_OF_ATTENTION = QT_TRANSLATE_NOOP("Report", "Points of attention")
    NO_GAPS = QT_TRANSLATE_NOOP("Report", "The plan has no gaps.")
    NO_OPEN_BARRIERS = QT_TRANSLATE_NOOP("Report", "No open barriers for this precondition.")
    NOT_SET = QT_TRANSLATE_NOOP("Report", "not set")
    IMPACT = QT_TRANSLATE_NOOP("Report", "Impact")
    #: Level of commitment: administrative, management or execution.
    LEVEL = QT_TRANSLATE_NOOP("Report", "Level")
    OWNER = QT_TRANSLATE_NOOP("Report", "Owner")
    DUE_DATE = QT_TRANSLATE_NOOP("Report", "Due date")
    NEXT_ACTION = QT_TRANSLATE_NOOP("Report", "Next action")
    NO_LESSON = QT_TRANSLATE_NOOP("Report", "No lesson fits this barrier yet.")
    LESSON_SUGGESTED = QT_TRANSLATE_NOOP("Report", "Lesson (suggested by the method)")
    LESSON = QT_TRANSLATE_NOOP("Report", "Lesson")
    #: Heading: the formal approval of the plan by the people named (Dutch: vaststelling).
    SIGN_OFF = QT_TRANSLATE_NOOP("Report", "Sign-off")
    DRAFT_NOTICE = QT_TRANSLATE_NOOP(
        "Report", "This is a draft. It has not been signed off and is not a decision."
    )
    APPROVED_NOTICE = QT_TRANSLATE_NOOP(
        "Report", "The signatories below approved version {number} of this action plan."
    )
    NAME = QT_TRANSLATE_NOOP("Report", "Name")
    ROLE = QT_TRANSLATE_NOOP("Report", "Role")
    SIGNATURE = QT_TRANSLATE_NOOP("Report", "Signature")
    FINGERPRINT_HEADING = QT_TRANSLATE_NOOP("Report", "Fingerprint (SHA-256) of this plan")
    VERIFY_HINT = QT_TRANSLATE_NOOP(
        "Report",
        "Check this file with: drempelkompas verify FILE.pdf. It confirms that the file "
        "is an unaltered export of a signed-off version.",
    )


class Language(Protocol):
    """What the renderer needs of a language (see `drempelkompas.runtime.i18n.Language`)."""

    code: str

    def translate(self, context: str, text: str) -> str: ...

    def format_date(self, value: date) -> str: ...


class PdfError(DrempelError):
    """The PDF could not be laid out; nothing was written."""


def keywords(snapshot: dict, language: Language) -> str:
    """The marker `verify` looks for: which plan, and in which language it was rendered."""
    return f"{KEYWORD_PREFIX} fingerprint={plan.fingerprint(snapshot)} lang={language.code}"


def render_plan(snapshot: dict, language: Language) -> bytes:
    """The PDF of the plan in `language`, as bytes."""
    _register_fonts()
    return _Renderer(snapshot, language).render()


@contextlib.contextmanager
def _dated(moment: datetime) -> Iterator[None]:
    """reportlab reads the document date (and so its bytes) from SOURCE_DATE_EPOCH."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(moment.timestamp()))
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


_fonts_registered = False


def _register_fonts() -> None:
    global _fonts_registered
    if not _fonts_registered:
        for name in (FONT, BOLD, ITALIC):
            pdfmetrics.registerFont(TTFont(name, str(resource(f"{name}.ttf"))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        _fonts_registered = True


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=FAINT),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontName=BOLD, fontSize=16, leading=21, spaceAfter=8
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "label": ParagraphStyle(
            "label", parent=body, fontName=BOLD, fontSize=9, leading=12, spaceBefore=4, spaceAfter=1
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=3),
        "lesson": ParagraphStyle("lesson", parent=body, leftIndent=8, textColor=colors.HexColor("#222222")),
        "lesson_title": ParagraphStyle("lesson_title", parent=body, leftIndent=8, fontName=BOLD),
        "details": ParagraphStyle(
            "details",
            parent=body,
            fontSize=8.5,
            leading=12,
            backColor=colors.HexColor("#f3f6fa"),
            borderPadding=(3, 4, 3, 4),
            spaceBefore=2,
            spaceAfter=8,
        ),
    }


def _text(text: str) -> str:
    """User text made safe for a Paragraph: escaped, never interpreted as markup."""
    return escape(text)


class _Renderer:
    def __init__(self, snapshot: dict, language: Language) -> None:
        self.snapshot = snapshot
        self.language = language
        self.styles = _styles()
        self.draft = snapshot["status"] != "signed_off"
        self.fingerprint = plan.fingerprint(snapshot)

    def t(self, text: str) -> str:
        """A fixed text of class T in the chosen language."""
        return self.language.translate("Report", text)

    def text(self, text: str) -> str:
        """A fixed text of class T in the chosen language, ready for a Paragraph."""
        return _text(self.t(text))

    def label(self, member) -> str:
        return self.language.translate(type(member).__name__, member.label)

    def catalog(self, text: str) -> str:
        return self.language.translate(CATALOG_CONTEXT, text)

    def date(self, iso: str) -> str:
        return self.language.format_date(date.fromisoformat(iso[:10]))

    # -- the document ----------------------------------------------------------------------

    def render(self) -> bytes:
        collaboration = self.snapshot["collaboration"]
        buffer = BytesIO()
        title = f"{self.t(QT_TRANSLATE_NOOP('Report', 'Action plan'))} — {collaboration['name']}"
        document = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=title,
            author=f"Drempelkompas {__version__}",
            subject=self._version_text(),
            keywords=keywords(self.snapshot, self.language),
            creator=f"Drempelkompas {__version__}",
            lang=self.language.code,
            initialFontName=FONT,
        )
        story = self._cover() + self._summary() + self._gaps() + self._barriers() + self._sign_off()
        moment = datetime.fromisoformat(self.snapshot["created_at"].rstrip("Z"))
        with _dated(moment.replace(tzinfo=UTC)):
            try:
                document.build(
                    story,
                    onFirstPage=self._decorate,
                    onLaterPages=self._decorate,
                    canvasmaker=self._canvas_maker(),
                )
            except LayoutError as error:
                raise PdfError(
                    QT_TRANSLATE_NOOP("Errors", "The PDF could not be laid out: {problem}"), problem=error
                ) from None
        return buffer.getvalue()

    def _version_text(self) -> str:
        number = self.snapshot["version"]
        if self.draft:
            return self.t(T.DRAFT_OF_VERSION).format(number=number)
        return self.t(T.VERSION_N).format(number=number)

    def _canvas_maker(self) -> Callable[..., Canvas]:
        page_text = self.t(T.PAGE_X_OF_Y)

        class NumberedCanvas(Canvas):
            """Holds every page back until the end, so each can say "page X of Y"."""

            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self) -> None:  # noqa: N802 - reportlab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                for number, state in enumerate(self._pages, 1):
                    self.__dict__.update(state)
                    self.setFont(FONT, 7.5)
                    self.setFillColor(FAINT)
                    self.drawRightString(
                        PAGE_WIDTH - MARGIN,
                        MARGIN - 2 * mm,
                        page_text.format(page=number, pages=len(self._pages)),
                    )
                    super().showPage()
                super().save()

        return NumberedCanvas

    def _decorate(self, canvas: Canvas, document) -> None:
        """Header, footer and, on a draft, the words "draft, not signed off" on every page."""
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top, _clip(self.snapshot["collaboration"]["name"], 70))
        canvas.setFont(FONT, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, self._version_text())
        canvas.setStrokeColor(LINE)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.line(MARGIN, MARGIN + 1 * mm, PAGE_WIDTH - MARGIN, MARGIN + 1 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(FAINT)
        canvas.drawString(
            MARGIN,
            MARGIN - 2 * mm,
            self.t(T.FOOTER_FINGERPRINT).format(short=self.fingerprint[:16]),
        )
        if self.draft:
            canvas.setFont(BOLD, 9)
            canvas.setFillColor(colors.HexColor("#c0392b"))
            canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN - 2 * mm, self.t(T.DRAFT_WATERMARK))
            canvas.setFont(BOLD, 54)
            canvas.setFillColor(colors.Color(0.75, 0.2, 0.15, alpha=0.08))
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, self.t(T.DRAFT_WATERMARK))
        canvas.restoreState()

    # -- sections --------------------------------------------------------------------------

    def _cover(self) -> list[Flowable]:
        s, collaboration = self.styles, self.snapshot["collaboration"]
        status = self.t(T.STATUS_DRAFT) if self.draft else self.t(T.STATUS_SIGNED_OFF)
        story: list[Flowable] = [
            Spacer(1, 30 * mm),
            Paragraph(self.text(T.ACTION_PLAN), s["title"]),
            Spacer(1, 4 * mm),
            *self._paragraphs(collaboration["name"], s["subtitle"]),
        ]
        if collaboration["ambition"]:
            story.append(Paragraph(self.text(T.AMBITION), s["label"]))
            story += self._paragraphs(collaboration["ambition"], s["body"])
        rows = [
            (self.t(T.VERSION), str(self.snapshot["version"])),
            (self.t(T.STATUS), status),
            (self.t(T.DATE), self.date(self.snapshot["created_at"])),
            (self.t(T.PHASE), self.label(Phase(collaboration["phase"]))),
        ]
        story += [Spacer(1, 6 * mm), self._key_value_table(rows)]
        story += [
            Spacer(1, 6 * mm),
            Paragraph(self.text(T.PARTNERS), s["h2"]),
        ]
        partners = collaboration["partners"]
        if not partners:
            story.append(Paragraph(self.text(T.NO_PARTNERS), s["body"]))
        for sector in Sector:
            names = [
                f"{p['name']} ({self.label(PartnerRole(p['role']))})"
                for p in partners
                if p["sector"] == sector.value
            ]
            if names:
                story.append(
                    Paragraph(f"<b>{_text(self.label(sector))}</b>: {_text('; '.join(names))}", s["body"])
                )
        story.append(PageBreak())
        return story

    def _summary(self) -> list[Flowable]:
        s, summary = self.styles, self.snapshot["summary"]
        header = [self.t(T.PRECONDITION)] + [self.label(status) for status in Status]
        rows = [[Paragraph(_text(h), s["cell_bold"]) for h in header]]
        totals = dict.fromkeys(Status, 0)
        for precondition in Precondition:
            counts = summary[precondition.value]
            rows.append(
                [Paragraph(_text(self.label(precondition)), s["cell"])]
                + [str(counts[status.value]) for status in Status]
            )
            for status in Status:
                totals[status] += counts[status.value]
        rows.append(
            [Paragraph(self.text(T.TOTAL), s["cell_bold"])] + [str(totals[status]) for status in Status]
        )
        table = Table(rows, colWidths=[TEXT_WIDTH * 0.4] + [TEXT_WIDTH * 0.2] * 3, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("FONT", (1, -1), (-1, -1), BOLD, 9),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f3f6fa")]),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return [
            Paragraph(self.text(T.SUMMARY), s["h1"]),
            Paragraph(
                _text(self.t(T.SUMMARY_INTRO)),
                s["body"],
            ),
            Spacer(1, 3 * mm),
            table,
            Spacer(1, 6 * mm),
            self._chart(),
        ]

    def _chart(self) -> Drawing:
        summary = self.snapshot["summary"]
        drawing = Drawing(TEXT_WIDTH, 62 * mm, initialFontName=FONT)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 10 * mm, 12 * mm, TEXT_WIDTH - 60 * mm, 46 * mm
        chart.data = [[summary[p.value][status.value] for p in Precondition] for status in Status]
        chart.categoryAxis.categoryNames = [self.label(p) for p in Precondition]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 8
        chart.valueAxis.valueMin = 0
        highest = max((max(row) for row in chart.data), default=0)
        chart.valueAxis.valueStep = max(1, (highest + 4) // 5)
        chart.valueAxis.valueMax = max(1, highest)
        chart.barSpacing = 1
        chart.groupSpacing = 8
        for number, status in enumerate(Status):
            chart.bars[number].fillColor = STATUS_COLOURS[status]
            chart.bars[number].strokeColor = None
        legend = Legend()
        legend.x, legend.y = TEXT_WIDTH - 44 * mm, 50 * mm
        legend.fontName, legend.fontSize = FONT, 8
        legend.colorNamePairs = [(STATUS_COLOURS[status], self.label(status)) for status in Status]
        drawing.add(chart)
        drawing.add(legend)
        return drawing

    def _gaps(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            Spacer(1, 4 * mm),
            Paragraph(self.text(T.POINTS_OF_ATTENTION), s["h1"]),
        ]
        gaps = self.snapshot["gaps"]
        if not gaps:
            story.append(Paragraph(self.text(T.NO_GAPS), s["body"]))
        for gap in gaps:
            text = plan.gap_text(gap, self.language.translate)
            story.append(Paragraph(_text(text), s["bullet"], bulletText="•"))
        return story

    def _barriers(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = []
        for precondition in Precondition:
            barriers = [b for b in self.snapshot["barriers"] if b["precondition"] == precondition.value]
            story += [
                PageBreak(),
                Paragraph(_text(self.catalog(precondition_info(precondition).title)), s["h1"]),
                Paragraph(_text(self.catalog(precondition_info(precondition).explanation)), s["small"]),
                Spacer(1, 3 * mm),
            ]
            if not barriers:
                story.append(
                    Paragraph(
                        self.text(T.NO_OPEN_BARRIERS),
                        s["body"],
                    )
                )
            for number, barrier in enumerate(barriers, 1):
                story += self._barrier(number, barrier)
        return story

    def _barrier(self, number: int, barrier: dict) -> list[Flowable]:
        s = self.styles
        none = self.t(T.NOT_SET)
        details = [
            (self.t(T.STATUS), self.label(Status(barrier["status"]))),
            (self.t(T.IMPACT), f"{barrier['impact']} / 5"),
            (
                self.t(T.LEVEL),
                self.label(Level(barrier["level"])) if barrier["level"] else none,
            ),
            (self.t(T.OWNER), barrier["owner"] or none),
            (
                self.t(T.DUE_DATE),
                self.date(barrier["due_date"]) if barrier["due_date"] else none,
            ),
        ]
        heading = Paragraph(f"{number}. {_text(barrier['title'])}", s["h2"])
        # A conditional page break keeps a heading off the foot of a page; cheaper than keepWithNext.
        story: list[Flowable] = [CondPageBreak(30 * mm), heading, self._details_line(details)]
        if barrier["description"]:
            story += self._paragraphs(barrier["description"], s["body"])
        story += self._lesson(barrier["lesson"])
        story.append(CondPageBreak(18 * mm))  # keeps "Next action" with its text
        story.append(Paragraph(self.text(T.NEXT_ACTION), s["label"]))
        story += self._paragraphs(barrier["next_action"] or none, s["body"])
        story.append(Spacer(1, 3 * mm))
        return story

    def _lesson(self, lesson: dict | None) -> list[Flowable]:
        s = self.styles
        if lesson is None:
            return [Paragraph(self.text(T.NO_LESSON), s["body"])]
        info = LESSONS_BY_KEY.get(lesson["key"] or "")
        if info is not None:
            title, summary = self.catalog(info.title), self.catalog(info.summary)
            points = [self.catalog(point) for point in info.key_points]
        else:
            title, summary, points = lesson["title"], lesson["summary"], lesson["key_points"]
        label = self.t(T.LESSON_SUGGESTED) if lesson["suggested"] else self.t(T.LESSON)
        story: list[Flowable] = [
            Paragraph(_text(label), s["label"]),
            Paragraph(_text(title), s["lesson_title"]),
        ]
        story += self._paragraphs(summary, s["lesson"]) if summary else []
        story += [Paragraph(_text(point), s["bullet"], bulletText="–") for point in points]
        return story

    def _sign_off(self) -> list[Flowable]:
        s = self.styles
        signatories = self.snapshot["signatories"]
        story: list[Flowable] = [
            PageBreak(),
            Paragraph(self.text(T.SIGN_OFF), s["h1"]),
        ]
        if self.draft:
            story.append(
                Paragraph(
                    _text(self.t(T.DRAFT_NOTICE)),
                    s["body"],
                )
            )
        else:
            story.append(
                Paragraph(
                    _text(self.t(T.APPROVED_NOTICE).format(number=self.snapshot["version"])),
                    s["body"],
                )
            )
        header = [
            self.t(T.NAME),
            self.t(T.ROLE),
            self.t(T.LEVEL),
            self.t(T.DATE),
            self.t(T.SIGNATURE),
        ]
        rows = [[Paragraph(_text(h), s["cell_bold"]) for h in header]]
        for signatory in signatories:
            rows.append(
                [
                    Paragraph(_text(signatory["name"]), s["cell"]),
                    Paragraph(_text(signatory["role"]), s["cell"]),
                    Paragraph(_text(self.label(Level(signatory["level"]))), s["cell"]),
                    Paragraph(_text(self.date(signatory["date"])), s["cell"]),
                    "",
                ]
            )
        if not signatories:
            rows += [[""] * 5 for _ in range(3)]
        table = Table(rows, colWidths=[TEXT_WIDTH * w for w in (0.20, 0.23, 0.17, 0.21, 0.19)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (4, 1), (4, -1), 0.6, colors.black),
                    ("TOPPADDING", (0, 1), (-1, -1), 16),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        qr = QrCodeWidget(self.fingerprint)
        size = 34 * mm
        left, bottom, right, top = qr.getBounds()
        drawing = Drawing(
            size,
            size,
            transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0],
            initialFontName=FONT,
        )
        drawing.add(qr)
        fingerprint_rows = [
            [
                drawing,
                [
                    Paragraph(
                        self.text(T.FINGERPRINT_HEADING),
                        s["label"],
                    ),
                    Paragraph(_text(self.fingerprint[:32]), s["cell"]),
                    Paragraph(_text(self.fingerprint[32:]), s["cell"]),
                    Spacer(1, 2 * mm),
                    Paragraph(
                        _text(self.t(T.VERIFY_HINT)),
                        s["small"],
                    ),
                ],
            ]
        ]
        fingerprint_table = Table(fingerprint_rows, colWidths=[size + 6 * mm, TEXT_WIDTH - size - 6 * mm])
        fingerprint_table.setStyle(
            TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        story += [Spacer(1, 3 * mm), table, Spacer(1, 10 * mm), KeepTogether([fingerprint_table])]
        return story

    # -- helpers ---------------------------------------------------------------------------

    def _key_value_table(self, rows: list[tuple[str, str]]) -> Table:
        s = self.styles
        table = Table(
            [[Paragraph(_text(k), s["cell_bold"]), Paragraph(_text(v), s["cell"])] for k, v in rows],
            colWidths=[40 * mm, TEXT_WIDTH - 40 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _details_line(self, rows: list[tuple[str, str]]) -> Paragraph:
        """Status, impact, level, owner and due date on one shaded line (a table per barrier is slow)."""
        return Paragraph(_text("  ·  ".join(f"{k}: {v}" for k, v in rows)), self.styles["details"])

    def _paragraphs(self, text: str, style: ParagraphStyle) -> list[Paragraph]:
        """One paragraph per line (and per LONG_LINE characters), so long texts split across pages fast."""
        result = []
        for line in text.split("\n"):
            if not line.strip():
                continue
            while len(line) > LONG_LINE:
                cut = line.rfind(" ", 0, LONG_LINE)
                cut = cut if cut > LONG_LINE // 2 else LONG_LINE
                result.append(Paragraph(_text(line[:cut]), style))
                line = line[cut:].lstrip()
            result.append(Paragraph(_text(line), style))
        return result


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
