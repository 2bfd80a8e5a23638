"""What every page carries: header, footer, "page X of Y", the draft or withdrawal marking, the
bookmarks, and the document's date and archive metadata."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from hashlib import md5

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from drempelkompas.report.archive import PDF_VERSION, DocumentInfo, make_archival
from drempelkompas.report.styles import (
    ACCENT,
    BOLD,
    FAINT,
    FONT,
    LINE,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SIGNATURE_AREA_HEIGHT,
    SIGNATURE_SLOTS,
    WARNING,
    printable,
    signature_box,
)
from drempelkompas.report.texts import T, Wording


@dataclass(frozen=True)
class Marking:
    """What is written across every page (a draft's or a withdrawn version's warning)."""

    across: str  # large and faint, diagonally
    banner: str  # small, at the foot or head of the page


class PageFurniture:
    """Draws the header, the footer and any marking on each page."""

    def __init__(
        self,
        wording: Wording,
        collaboration_name: str,
        version_text: str,
        fingerprint: str | None,  # None on a draft: it cannot be verified
        marking: Marking | None,
        pagesize: tuple[float, float] = (PAGE_WIDTH, PAGE_HEIGHT),
    ):
        self.words = wording
        self.collaboration_name = printable(collaboration_name)
        self.version_text = version_text
        self.fingerprint = fingerprint
        self.marking = marking
        self.width, self.height = pagesize

    def decorate(self, canvas: Canvas, document) -> None:
        canvas.saveState()
        top = self.height - MARGIN + 2 * mm
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top, _clip(self.collaboration_name, 70))
        canvas.setFont(FONT, 8)
        canvas.drawRightString(self.width - MARGIN, top, printable(self.version_text))
        canvas.setStrokeColor(LINE)
        canvas.line(MARGIN, top - 2 * mm, self.width - MARGIN, top - 2 * mm)
        canvas.line(MARGIN, MARGIN + 1 * mm, self.width - MARGIN, MARGIN + 1 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(FAINT)
        if self.fingerprint is not None:
            canvas.drawString(
                MARGIN,
                MARGIN - 2 * mm,
                self.words.t(T.FOOTER_FINGERPRINT).format(short=self.fingerprint[:16]),
            )
        if self.marking is not None:
            self._mark(canvas, self.marking)
        canvas.restoreState()

    def _mark(self, canvas: Canvas, marking: Marking) -> None:
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(WARNING)
        banner = _fit(marking.banner, BOLD, 8, self.width - 2 * MARGIN)
        # Just under the header's rule, above the text: the footer has the fingerprint and page.
        canvas.drawString(MARGIN, self.height - MARGIN - 4.5 * mm, banner)
        # As large as fits inside the page's diagonal, so no language's wording runs off it.
        room = 0.8 * ((self.width - 2 * MARGIN) ** 2 + (self.height - 2 * MARGIN) ** 2) ** 0.5
        size = min(54.0, room / max(1.0, stringWidth(marking.across, BOLD, 1)))
        canvas.setFont(BOLD, size)
        canvas.setFillColor(colors.Color(0.75, 0.2, 0.15, alpha=0.08))
        canvas.translate(self.width / 2, self.height / 2)
        canvas.rotate(54.7)  # the A4 page's diagonal
        canvas.drawCentredString(0, -size / 3, marking.across)


class Bookmark(Flowable):
    """An entry in the PDF's outline (the viewer's bookmarks), pointing at where it stands."""

    def __init__(self, title: str, key: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        left, top = self.canv.absolutePosition(0, 0)
        self.canv.pending_bookmarks.append((self.title, self.key, self.level, left, top))


class BarrierHeading(Paragraph):
    """A barrier's heading, which starts a new page when less than `room` is left below it.

    It does what a CondPageBreak before it would do, without a flowable of its own: a long plan
    has hundreds of barriers, and reportlab's cost is per flowable.
    """

    def __init__(self, markup: str, style, room: float) -> None:
        super().__init__(markup, style)
        self.room = room

    def wrap(self, available_width, available_height):
        width, height = super().wrap(available_width, available_height)
        if available_height < self.room:
            return width, available_height + 1  # does not fit here: split() sends it on
        return width, height

    def split(self, available_width, available_height):
        return [] if available_height < self.room else super().split(available_width, available_height)


class SignatureArea(Flowable):
    """The strip at the foot of the sign-off page where digital signatures show their stamps.

    It takes the rest of the page, so it always sits at the bottom, where the signer puts the
    stamps (SIGNATURE_AREA_CORNER).
    """

    def __init__(self, heading: str) -> None:
        super().__init__()
        self.heading = heading

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, max(available_height, SIGNATURE_AREA_HEIGHT)
        return self.width, self.height

    def draw(self) -> None:
        canvas, top = self.canv, SIGNATURE_AREA_HEIGHT
        canvas.saveState()
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(FAINT)
        canvas.drawString(0, top - 4 * mm, self.heading)
        canvas.setStrokeColor(LINE)
        canvas.setDash(1, 2)
        canvas.setLineWidth(0.4)
        for slot in range(SIGNATURE_SLOTS):
            x1, y1, x2, y2 = signature_box(slot, 0, top)
            canvas.rect(x1, y1, x2 - x1, y2 - y1)
        canvas.restoreState()


def numbered_canvas(
    page_text: str, info: DocumentInfo, page_width: float = PAGE_WIDTH
) -> Callable[..., Canvas]:
    """A canvas class that numbers pages "X of Y" (`page_text`), dates the document at `info.dated`
    and writes it as PDF/A-2b with `info`."""
    seconds = int(info.dated.timestamp())

    class NumberedCanvas(Canvas):
        """Holds every page back until the end, so each can say "page X of Y"."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs, pdfVersion=PDF_VERSION)
            _date_document(self._doc, seconds)
            make_archival(self._doc, info)
            self.setViewerPreference("DisplayDocTitle", "true")
            self.showOutline()
            self._pages: list[dict] = []
            self.pending_bookmarks: list[tuple[str, str, int, float, float]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self.pending_bookmarks = []
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                # A bookmark names the page it is on, so it is made when that page is written.
                for title, key, level, left, top in state["pending_bookmarks"]:
                    self.bookmarkPage(key, fit="XYZ", left=left, top=top)
                    self.addOutlineEntry(title, key, level, closed=level > 0)
                self.setFont(FONT, 7.5)
                self.setFillColor(FAINT)
                self.drawRightString(
                    page_width - MARGIN,
                    MARGIN - 2 * mm,
                    page_text.format(page=number, pages=len(self._pages)),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class _FixedTime(TimeStamp):
    """reportlab's document time, set to a moment in UTC (as SOURCE_DATE_EPOCH would)."""

    def __init__(self, seconds: int) -> None:
        self.t = seconds
        self.lt = time.gmtime(seconds)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


def _date_document(document, seconds: int) -> None:
    """Dates a new reportlab document, and seeds its file identifier, from `seconds` alone.

    reportlab otherwise takes the clock (or the process-wide SOURCE_DATE_EPOCH); a fixed date
    is what makes the same plan give the same bytes.
    """
    document._timeStamp = _FixedTime(seconds)
    document.signature = md5(usedforsecurity=False)
    document.signature.update(b"a reportlab document")
    document.signature.update(ascii(seconds).encode())


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, shortened with an ellipsis until it fits `width`."""
    while len(text) > 1 and stringWidth(text, font, size) > width:
        text = text[: max(1, int(len(text) * width / stringWidth(text, font, size))) - 1].rstrip() + "…"
    return text
