"""The portfolio as a CSV file for a spreadsheet: one row per collaboration, in the user's language
(";"-separated in Dutch, as Excel there expects), formulas neutralised."""

import csv
import io

from drempelkompas.domain.enums import Phase, Precondition
from drempelkompas.domain.spreadsheet_cells import neutralise
from drempelkompas.report.meeting_texts import MT
from drempelkompas.report.portfolio_pdf import plan_text
from drempelkompas.report.texts import Language, T, Wording

_FIGURES = (MT.CSV_OPEN, MT.CSV_OVERDUE, MT.CSV_IMPACT, MT.CSV_ADMINISTRATIVE)  # per precondition


def render_portfolio_csv(snapshot: dict, language: Language) -> bytes:
    words = Wording(language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language.code == "nl" else ",", lineterminator="\r\n")
    header = [words.t(MT.COLLABORATION), words.t(T.PHASE)]
    for precondition in Precondition:
        name = words.label(precondition)
        header += [words.t(text).format(precondition=name) for text in _FIGURES]
    header += [words.t(MT.LAST_ACTIVITY), words.t(MT.PLAN)]
    writer.writerow(header)
    yes, no = words.t(MT.YES), words.t(MT.NO)
    for row in snapshot["rows"]:
        line = [row["name"], words.label(Phase(row["phase"]))]
        for precondition in Precondition:
            cell = row["cells"][precondition.value]
            line += [str(cell["open"]), str(cell["overdue"]), str(cell["impact"] or "")]
            line.append(yes if cell["administrative"] else no)
        line += [row["last_activity"], plan_text(words, row["plan"])]
        writer.writerow([neutralise(value) for value in line])
    return buffer.getvalue().encode("utf-8-sig")
