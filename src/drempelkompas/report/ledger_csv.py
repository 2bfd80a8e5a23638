"""The in-kind ledger as a CSV file for a spreadsheet: one row per contribution, in the user's
language (";"-separated in Dutch, as Excel there expects), formulas neutralised."""

import csv
import io

from drempelkompas.domain.enums import ContributionKind, ContributionState, Sector
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.spreadsheet_cells import neutralise
from drempelkompas.report.texts import Language, Wording

HEADERS = (
    QT_TRANSLATE_NOOP("Report", "Partner"),
    QT_TRANSLATE_NOOP("Report", "Sector"),
    #: Column of the ledger: the kind of contribution (knowledge, hours, money…).
    QT_TRANSLATE_NOOP("Report", "Kind"),
    QT_TRANSLATE_NOOP("Report", "Description"),
    #: Column of the ledger: pledged or delivered.
    QT_TRANSLATE_NOOP("Report", "State"),
    QT_TRANSLATE_NOOP("Report", "From"),
    QT_TRANSLATE_NOOP("Report", "Until"),
    #: Column of the ledger: the contribution's value in whole euros.
    QT_TRANSLATE_NOOP("Report", "Value (EUR)"),
)


def render_ledger_csv(rows: list[dict], language: Language) -> bytes:
    """`rows`: the contributions as `contributions.ledger_rows` gives them."""
    words = Wording(language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language.code == "nl" else ",", lineterminator="\r\n")
    writer.writerow([words.t(header) for header in HEADERS])
    for row in rows:
        line = [
            row["partner"],
            words.label(Sector(row["sector"])),
            words.label(ContributionKind(row["kind"])),
            row["description"],
            words.label(ContributionState(row["state"])),
            row["starts_on"] or "",
            row["ends_on"] or "",
            "" if row["value"] is None else str(row["value"]),
        ]
        writer.writerow([neutralise(value) for value in line])
    return buffer.getvalue().encode("utf-8-sig")
