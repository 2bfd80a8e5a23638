"""A meeting's pack or decision list as OpenDocument text (.odt): the editable copy, with the same
texts as the PDF, that the secretary finishes in LibreOffice or Word."""

from io import BytesIO

from odf.dc import Language as DcLanguage
from odf.dc import Title
from odf.element import Element
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import H, List, ListItem, P, PageNumber

from drempelkompas.domain.enums import Outcome
from drempelkompas.report.meeting_sections import MeetingWords
from drempelkompas.report.meeting_texts import MT
from drempelkompas.report.method_texts import MX
from drempelkompas.report.method_words import MethodWords
from drempelkompas.report.sections import gap_points
from drempelkompas.report.texts import Language, T, Wording

_ACCENT = "#1f4e79"
_FONT = "DejaVu Sans"  # as in the PDF; LibreOffice and Word fall back to a sans-serif without it
_TEXT_WIDTH_CM = 17.0


class _Styles:
    """The document's few styles: title, headings, body, small and bold text, and table cells."""

    def __init__(self, document: OpenDocumentText, language: str) -> None:
        self.document = document
        code = language.partition("_")[0]
        document.fontfacedecls.addElement(
            FontFace(name=_FONT, fontfamily=f"'{_FONT}'", fontfamilygeneric="swiss", fontpitch="variable")
        )
        default = DefaultStyle(family="paragraph")
        default.addElement(TextProperties(fontname=_FONT, fontsize="10pt", language=code))
        document.styles.addElement(default)
        self.body = self._add("Body", ParagraphProperties(marginbottom="0.15cm"))
        self.small = self._add("Small", TextProperties(fontsize="8.5pt", color="#555555"))
        self.bold = self._add("Strong", TextProperties(fontsize="10pt", fontweight="bold"))
        self.title = self._add("Title", TextProperties(fontsize="22pt", fontweight="bold", color=_ACCENT))
        self.subtitle = self._add("Subtitle", TextProperties(fontsize="15pt", fontweight="bold"))
        self.h1 = self._add(
            "Heading 1",
            TextProperties(fontsize="14pt", fontweight="bold", color=_ACCENT),
            ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"),
        )
        self.h2 = self._add(
            "Heading 2",
            TextProperties(fontsize="11pt", fontweight="bold"),
            ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", keepwithnext="always"),
        )
        self.cell_text = self._add("Table text", TextProperties(fontsize="9pt"))
        self.cell_bold = self._add("Table heading", TextProperties(fontsize="9pt", fontweight="bold"))
        self.point = self._add(
            "Proposed decision",
            TextProperties(fontsize="10pt", fontweight="bold"),
            ParagraphProperties(margintop="0.3cm", keepwithnext="always"),
        )
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #bbbbbb", padding="0.08cm"))
        document.automaticstyles.addElement(self.cell)
        self.grid = Style(name="Grid", family="table")
        self.grid.addElement(TableProperties(width=f"{_TEXT_WIDTH_CM}cm", align="left"))
        document.automaticstyles.addElement(self.grid)

    def _add(self, name: str, *properties) -> Element:
        style = Style(name=name, family="paragraph")
        for item in properties:
            style.addElement(item)
        self.document.styles.addElement(style)
        return style


def render_meeting_odt(snapshot: dict, language: Language) -> bytes:
    """The pack or decision list of `snapshot` in `language`, as the bytes of an .odt file."""
    texts = MeetingWords(snapshot, Wording(language))
    document = OpenDocumentText()
    styles = _Styles(document, language.code)
    title = f"{texts.title()} — {snapshot['collaboration']['name']}"
    document.meta.addElement(Title(text=title))
    document.meta.addElement(DcLanguage(text=language.code.replace("_", "-")))
    _page_footer(document, styles, title, texts.t(MT.PAGE))
    writer = _Writer(document, styles)
    writer.paragraph(texts.title(), styles.title)
    writer.paragraph(snapshot["collaboration"]["name"], styles.subtitle)
    writer.table(None, [list(row) for row in texts.facts()], (0.3, 0.7))
    if texts.pack:
        _pack(writer, texts, snapshot)
    else:
        _decisions(writer, texts, snapshot, decided=True)
    buffer = BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _pack(writer: "_Writer", texts: MeetingWords, snapshot: dict) -> None:
    _decisions(writer, texts, snapshot, decided=False)
    writer.heading(texts.changes_heading())
    writer.points(texts.change_points() or [texts.t(MT.NO_CHANGES)])
    writer.heading(texts.t(MT.OVERDUE_AND_UNDATED))
    for label, key, empty in (
        (MT.OVERDUE, "overdue", MT.NONE_OVERDUE),
        (MT.UNDATED, "undated", MT.NONE_UNDATED),
    ):
        writer.heading(texts.t(label), level=2)
        if snapshot[key]:
            writer.table(texts.barrier_header(), texts.barrier_rows(snapshot[key]), (0.36, 0.22, 0.2, 0.22))
        else:
            writer.paragraph(texts.t(empty))
    writer.heading(texts.t(T.POINTS_OF_ATTENTION))
    writer.points(gap_points(snapshot["gaps"], texts.words) or [texts.t(T.NO_GAPS)])
    writer.heading(texts.t(MT.COMMITMENT_PER_LEVEL))
    writer.paragraph(texts.t(MT.COMMITMENT_INTRO), writer.styles.small)
    writer.table(texts.commitment_header(), texts.commitment_rows(), (0.2,) * 5)
    _method(writer, MethodWords(snapshot["method"], snapshot["collaboration"]["phase"], texts.words))
    writer.heading(texts.t(MT.ACTIONS))
    if snapshot["actions"]:
        writer.table(texts.action_header(), texts.action_rows(), (0.44, 0.18, 0.16, 0.22))
    else:
        writer.paragraph(texts.t(MT.NO_ACTIONS))
    writer.heading(texts.t(MT.PROGRESS))
    if snapshot["timeline"]["months"]:
        writer.paragraph(texts.t(MT.PROGRESS_INTRO), writer.styles.small)
        writer.table(texts.progress_header(), texts.progress_rows(), (0.12, 0.17, 0.17, 0.17, 0.17, 0.2))
    else:
        writer.paragraph(texts.t(MT.NO_HISTORY))
    writer.heading(texts.t(MT.PLAN_STATE))
    writer.paragraph(texts.plan_state())


def _method(writer: "_Writer", texts: MethodWords) -> None:
    """Commitment, contributions, drempelscan and phase gate, as in the PDF (`method_sections`)."""
    writer.heading(texts.t(MX.COMMITMENT))
    writer.paragraph(texts.commitment_intro(), writer.styles.small)
    header, rows = texts.commitment_table()
    if rows:
        writer.table(header, rows, (0.28, 0.24, 0.24, 0.24))
    writer.points(texts.commitment_gaps() or [texts.t(MX.COMMITMENT_COMPLETE)])
    writer.heading(texts.t(MX.LEDGER))
    if texts.has_contributions():
        writer.paragraph(texts.t(MX.LEDGER_INTRO), writer.styles.small)
        header, rows = texts.ledger_table()
        writer.table(header, rows, (0.21, 0.16, 0.17, 0.16, 0.16, 0.14))
        writer.points(texts.ledger_lines())
    else:
        writer.paragraph(texts.t(MX.NO_CONTRIBUTIONS))
    writer.heading(texts.t(MX.SCAN))
    if texts.method["scan"] is None:
        writer.paragraph(texts.t(MX.NO_SCAN))
    else:
        writer.paragraph(texts.scan_intro(), writer.styles.small)
        header, rows = texts.scan_table()
        writer.table(header, rows, (1 / len(header),) * len(header))
        if texts.scan_lines():
            writer.points(texts.scan_lines())
    writer.heading(texts.t(MX.GATE))
    for line in texts.gate_lines():
        writer.paragraph(line)
    writer.paragraph(texts.next_gate_heading())
    writer.points(texts.next_gate_criteria())


def _decisions(writer: "_Writer", texts: MeetingWords, snapshot: dict, decided: bool) -> None:
    writer.heading(texts.t(MT.DECISIONS if decided else MT.PROPOSED_DECISIONS))
    decisions = snapshot["decisions"]
    if not decisions:
        writer.paragraph(texts.t(MT.NO_DECISIONS if decided else MT.NO_PROPOSALS))
        return
    for decision in decisions:
        writer.paragraph(f"{decision['number']}. {decision['proposal']}", writer.styles.point)
        writer.paragraph(texts.about(decision), writer.styles.small)
        if decided:
            writer.paragraph(f"{texts.t(MT.OUTCOME)}: {texts.outcome(decision)}", writer.styles.bold)
            if decision["wording"]:
                writer.paragraph(f"{texts.t(MT.DECISION)}: {decision['wording']}")
            if decision["action"]:
                writer.paragraph(f"{texts.t(MT.NEW_ACTION)}: {texts.new_action(decision)}")
    if decided and any(d["outcome"] == Outcome.DEFERRED.value for d in decisions):
        writer.paragraph(texts.t(MT.DEFERRED_RETURN), writer.styles.small)
    if decided and (recorded_by := texts.recorded_by()):
        writer.paragraph(recorded_by, writer.styles.small)


def _page_footer(document: OpenDocumentText, styles: "_Styles", title: str, page: str) -> None:
    """A4 pages with the document's title and the page number at the foot of each."""
    layout = PageLayout(name="A4")
    layout.addElement(
        PageLayoutProperties(
            pagewidth="21cm", pageheight="29.7cm", margintop="2cm", marginbottom="1.5cm", marginleft="2cm",
            marginright="2cm",
        )
    )  # fmt: skip
    document.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    footer = Footer()
    line = P(stylename=styles.small, text=f"{title} — {page} ")
    line.addElement(PageNumber(selectpage="current"))
    footer.addElement(line)
    master.addElement(footer)
    document.masterstyles.addElement(master)


class _Writer:
    """Appends paragraphs, headings, lists and tables to the document's text."""

    def __init__(self, document: OpenDocumentText, styles: _Styles) -> None:
        self.document, self.styles = document, styles
        self._tables = 0

    def paragraph(self, text: str, style: Element | None = None) -> None:
        for line in text.split("\n") or [""]:
            self.document.text.addElement(P(stylename=style or self.styles.body, text=line))

    def heading(self, text: str, level: int = 1) -> None:
        style = self.styles.h1 if level == 1 else self.styles.h2
        self.document.text.addElement(H(outlinelevel=level, stylename=style, text=text))

    def points(self, points: list[str]) -> None:
        items = List()
        for point in points:
            item = ListItem()
            item.addElement(P(stylename=self.styles.body, text=point))
            items.addElement(item)
        self.document.text.addElement(items)

    def table(self, header: list[str] | None, rows: list[list[str]], widths: tuple[float, ...]) -> None:
        """A table with a bold header row (none when `header` is None); `widths`: parts of the page."""
        self._tables += 1
        table = Table(name=f"Table{self._tables}", stylename=self.styles.grid)
        for number, part in enumerate(widths):
            column = Style(name=f"Table{self._tables}.{number}", family="table-column")
            column.addElement(TableColumnProperties(columnwidth=f"{_TEXT_WIDTH_CM * part:.2f}cm"))
            self.document.automaticstyles.addElement(column)
            table.addElement(TableColumn(stylename=column))
        if header is not None:  # repeated at the top of every page the table runs onto
            repeated = TableHeaderRows()
            repeated.addElement(self._row(header, self.styles.cell_bold))
            table.addElement(repeated)
        for row in rows:
            table.addElement(self._row(row, self.styles.cell_text))
        self.document.text.addElement(table)

    def _row(self, values: list[str], style: Element) -> TableRow:
        line = TableRow()
        for value in values:
            cell = TableCell(valuetype="string", stylename=self.styles.cell)
            cell.addElement(P(stylename=style, text=value))
            line.addElement(cell)
        return line
