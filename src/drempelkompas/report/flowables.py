"""Building blocks the app's PDFs share: user text made safe as paragraph markup, bulleted points,
headings with bookmarks, and the two kinds of table (facts, and rows of data)."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from drempelkompas.report.page import Bookmark
from drempelkompas.report.styles import ACCENT, FONT, LINE, SHADE, escape_xml, printable

LONG_LINE = 1500  # characters: longer lines become several paragraphs (reportlab is super-linear)


def markup(text: str) -> str:
    """User text made safe for a Paragraph: escaped, never interpreted as markup."""
    return escape_xml(printable(text))


def markup_lines(text: str) -> list[str]:
    """A text as paragraph markup: one per line, long lines cut at LONG_LINE characters."""
    result = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        while len(line) > LONG_LINE:
            cut = line.rfind(" ", 0, LONG_LINE)
            cut = cut if cut > LONG_LINE // 2 else LONG_LINE
            result.append(markup(line[:cut]))
            line = line[cut:].lstrip()
        result.append(markup(line))
    return result


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One paragraph per line (and per LONG_LINE characters), so long texts split across pages fast."""
    return [Paragraph(line, style) for line in markup_lines(text)]


def bullets(points: list[str], style: ParagraphStyle, bullet: str = "•") -> list[Flowable]:
    """Each point as a bulleted paragraph (a long one in several, the bullet on the first)."""
    story: list[Flowable] = []
    for point in points:
        first, *rest = markup_lines(point) or [""]
        story.append(Paragraph(first, style, bulletText=bullet))
        story += [Paragraph(line, style) for line in rest]
    return story


def heading(text: str, key: str, style: ParagraphStyle, level: int = 0) -> list[Flowable]:
    """A heading with its bookmark."""
    return [Bookmark(printable(text), key, level), Paragraph(markup(text), style)]


def key_value_table(rows: list[tuple[str, str]], styles: dict, width: float, key_width: float) -> Table:
    """Facts as two columns: what (bold) and its value."""
    table = Table(
        [[Paragraph(markup(k), styles["cell_bold"]), Paragraph(markup(v), styles["cell"])] for k, v in rows],
        colWidths=[key_width, width - key_width],
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


def data_table(header: list[str], rows: list[list[str]], styles: dict, widths: list[float]) -> Table:
    """Rows of data under a header that repeats on every page, shaded every other row."""
    cells = [[Paragraph(markup(h), styles["cell_bold"]) for h in header]]
    cells += [[Paragraph(markup(value), styles["cell"]) for value in row] for row in rows]
    return grid(cells, widths)


def grid(cells: list[list[Flowable]], widths: list[float], extra: list[tuple] = ()) -> Table:
    """The look of `data_table` for cells made by the caller; `extra`: more TableStyle commands."""
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, SHADE]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table
