"""The overviews as files: the portfolio (PDF or CSV, by the file's suffix) and the printed board,
each written completely or not at all."""

from datetime import date
from pathlib import Path

from drempelkompas.documents.meeting_files import CSV, PDF, document_kind
from drempelkompas.report.board_pdf import render_board
from drempelkompas.report.plan_pdf import Language
from drempelkompas.report.portfolio_csv import render_portfolio_csv
from drempelkompas.report.portfolio_pdf import render_portfolio
from drempelkompas.services.portfolio import portfolio
from drempelkompas.services.printed_board import board_snapshot
from drempelkompas.storage.files import write_atomically


def save_portfolio(
    path: Path | str,
    language: Language,
    on: date,
    include_archived: bool = False,
    shown: list[int] | None = None,
) -> int:
    """Writes the portfolio as of `on`; returns how many collaborations it lists.

    `shown`: only these collaborations (by id), in this order, as the portfolio window shows them.
    """
    kind = document_kind(path, (PDF, CSV))
    snapshot = portfolio(on, include_archived)
    if shown is not None:
        by_id = {row["id"]: row for row in snapshot["rows"]}
        snapshot["rows"] = [by_id[number] for number in shown if number in by_id]
    render = render_portfolio if kind == PDF else render_portfolio_csv
    write_atomically(path, render(snapshot, language))
    return len(snapshot["rows"])


def save_board(path: Path | str, collaboration_id: int, language: Language, on: date) -> None:
    document_kind(path, (PDF,))
    write_atomically(path, render_board(board_snapshot(collaboration_id, on), language))
