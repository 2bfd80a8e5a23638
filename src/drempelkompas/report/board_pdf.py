"""The board on paper: a collaboration's four columns of cards on A4 landscape pages, for the wall
or the meeting table. A card shows its title, status, impact, owner and due date; its edge has
the status colour, and an overdue date is printed in the warning colour."""

from itertools import zip_longest

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from drempelkompas.domain import palette
from drempelkompas.domain.enums import Level, Phase, Precondition, Status
from drempelkompas.report.flowables import markup
from drempelkompas.report.landscape import WIDTH, render_landscape
from drempelkompas.report.meeting_texts import MT
from drempelkompas.report.styles import ACCENT, FONT, LINE, WARNING, paragraph_styles
from drempelkompas.report.texts import Language, T, Wording

COLUMN_GAP = 4 * mm
ACTION_CHARS = 160  # a card shows the start of a long next action
CARD_WIDTH = (WIDTH - 3 * COLUMN_GAP) / 4 - 12  # less the cell's padding


def render_board(snapshot: dict, language: Language) -> bytes:
    words = Wording(language)
    styles = paragraph_styles()
    styles["card_title"] = ParagraphStyle("card_title", parent=styles["cell_bold"], fontSize=9, leading=11.5)
    styles["overdue"] = ParagraphStyle("overdue", parent=styles["small"], textColor=WARNING)
    collaboration = snapshot["collaboration"]
    title = f"{words.t(MT.BOARD)}: {collaboration['name']}"
    on = words.t(MT.ON_DATE).format(date=words.date(snapshot["created_at"]))
    heading = f"{words.label(Phase(collaboration['phase']))} · {on}"
    columns = [snapshot["columns"][p.value] for p in Precondition]
    header = [
        Paragraph(markup(f"{words.label(p)} ({len(cards)})"), styles["cell_bold"])
        for p, cards in zip(Precondition, columns, strict=True)
    ]
    rows = [header]
    if not any(columns):
        rows.append([Paragraph(markup(words.t(MT.NO_CARDS)), styles["body"]), "", "", ""])
    for cards in zip_longest(*columns):
        rows.append([_card(card, words, styles) if card else "" for card in cards])
    board = Table(rows, colWidths=[(WIDTH) / 4] * 4, repeatRows=1)
    board.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # also for the empty cells: no font left unembedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return render_landscape([board], snapshot, words, language, title, heading, "board")


def _card(card: dict, words: Wording, styles: dict) -> Table:
    none = words.t(T.NOT_SET)
    facts = [
        words.label(Status(card["status"])),
        f"{words.t(T.IMPACT)} {card['impact']}/5",
        words.label(Level(card["level"])) if card["level"] else None,
        card["owner"] or none,
    ]
    lines = [
        Paragraph(markup(card["title"]), styles["card_title"]),
        Paragraph(markup(" · ".join(fact for fact in facts if fact)), styles["small"]),
    ]
    if card["next_action"]:
        action = (
            card["next_action"]
            if len(card["next_action"]) <= ACTION_CHARS
            else card["next_action"][:ACTION_CHARS] + "…"
        )
        lines.append(Paragraph(markup(f"{words.t(T.NEXT_ACTION)}: {action}"), styles["small"]))
    if card["due_date"]:
        date = words.date(card["due_date"])
        if card["overdue"]:
            lines.append(Paragraph(markup(words.t(MT.CARD_OVERDUE).format(date=date)), styles["overdue"]))
        else:
            lines.append(Paragraph(markup(words.t(MT.CARD_DUE).format(date=date)), styles["small"]))
    stripe = colors.HexColor(palette.STATUS_COLOURS[Status(card["status"])])
    table = Table([[lines]], colWidths=[CARD_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("BOX", (0, 0), (-1, -1), 0.6, LINE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, stripe),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
