"""The method's tools as files: the in-kind ledger as CSV, written completely or not at all."""

from pathlib import Path

from drempelkompas.documents.meeting_files import CSV, document_kind
from drempelkompas.report.ledger_csv import render_ledger_csv
from drempelkompas.report.plan_pdf import Language
from drempelkompas.services.contributions import ledger_rows
from drempelkompas.storage.files import write_atomically


def save_ledger_csv(path: Path | str, collaboration_id: int, language: Language) -> int:
    """Writes the collaboration's ledger; returns how many contributions it holds."""
    document_kind(path, (CSV,))
    rows = ledger_rows(collaboration_id)
    write_atomically(path, render_ledger_csv(rows, language))
    return len(rows)
