"""The portfolio as an A4 landscape PDF: one row per collaboration, a column per precondition."""

from reportlab.platypus import Paragraph, Spacer, Table

from drempelkompas.domain.enums import Phase, Precondition
from drempelkompas.report.flowables import grid, heading, markup
from drempelkompas.report.landscape import WIDTH, render_landscape
from drempelkompas.report.meeting_texts import MT
from drempelkompas.report.styles import WARNING, paragraph_styles
from drempelkompas.report.texts import Language, T, Wording

_PLAN_TEXTS = {
    "none": MT.PLAN_SHORT_NONE,
    "current": MT.PLAN_SHORT_CURRENT,
    "out_of_date": MT.PLAN_SHORT_OUT_OF_DATE,
    "withdrawn": MT.PLAN_SHORT_WITHDRAWN,
}


def plan_text(words: Wording, state: dict) -> str:
    return words.t(_PLAN_TEXTS[state["state"]]).format(number=state["version"])


def cell_text(words: Wording, cell: dict) -> str:
    """A collaboration's open barriers of one precondition in words; "A": an administrative owner."""
    if not cell["open"]:
        return words.t(MT.CELL_EMPTY)
    text = words.t(MT.CELL).format(open=cell["open"], overdue=cell["overdue"], impact=cell["impact"])
    return f"{text} · {words.t(MT.ADMINISTRATIVE_MARK)}" if cell["administrative"] else text


def render_portfolio(snapshot: dict, language: Language) -> bytes:
    words = Wording(language)
    styles = paragraph_styles()
    title = words.t(MT.PORTFOLIO)
    on = words.t(MT.ON_DATE).format(date=words.date(snapshot["created_at"]))
    story = [
        *heading(title, "portfolio", styles["h1"]),
        Paragraph(markup(words.t(MT.PORTFOLIO_INTRO)), styles["small"]),
    ]
    story.append(Spacer(1, 6))
    rows = snapshot["rows"]
    if not rows:
        story.append(Paragraph(markup(words.t(MT.NO_COLLABORATIONS)), styles["body"]))
    else:
        story.append(_table(rows, words, styles))
    return render_landscape(story, snapshot, words, language, title, on, "portfolio")


def _table(rows: list[dict], words: Wording, styles: dict) -> Table:
    header = [words.t(MT.COLLABORATION), words.t(T.PHASE)]
    header += [words.label(p) for p in Precondition]
    header += [words.t(MT.LAST_ACTIVITY), words.t(MT.PLAN)]
    cells = [[Paragraph(markup(text), styles["cell_bold"]) for text in header]]
    commands = []
    for number, row in enumerate(rows, 1):
        line = [
            Paragraph(markup(row["name"]), styles["cell_bold"]),
            Paragraph(markup(words.label(Phase(row["phase"]))), styles["cell"]),
        ]
        for column, precondition in enumerate(Precondition, 2):
            cell = row["cells"][precondition.value]
            line.append(Paragraph(markup(cell_text(words, cell)), styles["cell"]))
            if cell["overdue"]:
                commands.append(("LINEBEFORE", (column, number), (column, number), 2, WARNING))
        line += [
            Paragraph(markup(words.date(row["last_activity"])), styles["cell"]),
            Paragraph(markup(plan_text(words, row["plan"])), styles["cell"]),
        ]
        cells.append(line)
    widths = [WIDTH * w for w in (0.17, 0.08, 0.135, 0.135, 0.135, 0.135, 0.09, 0.12)]
    return grid(cells, widths, commands)
