"""`portfolio`, `progress` and `board print`: the collaborations at a glance, over time, on paper."""

from datetime import date

from drempelkompas.cli.common import collaboration_id, open_for, output_language
from drempelkompas.documents.overview_files import save_board, save_portfolio
from drempelkompas.domain.enums import Precondition
from drempelkompas.runtime import i18n
from drempelkompas.services.timelines import timeline


def portfolio(args) -> None:
    open_for(args)
    count = save_portfolio(args.output, output_language(args), date.today(), args.archived)
    print(
        i18n.translate("Cli", "Wrote the portfolio of {count} collaborations to {file}.").format(
            count=count, file=args.output
        )
    )


def progress(args) -> None:
    open_for(args)
    found = timeline(collaboration_id(args.collaboration), date.today())
    if not found.months:
        print(i18n.translate("Cli", "There is no history yet."))
        return
    names = [i18n.label(p) for p in Precondition]
    for title, counts in (
        (i18n.translate("Cli", "Open barriers at the end of each month"), found.open),
        (i18n.translate("Cli", "Barriers overcome per month"), found.overcome),
    ):
        print(title)
        rows = [[i18n.translate("Cli", "Month"), *names, i18n.translate("Cli", "Total")]]
        for number, month in enumerate(found.months):
            figures = [counts[p.value][number] for p in Precondition]
            rows.append([month.isoformat()[:7], *map(str, figures), str(sum(figures))])
        _print_table(rows)
        print()


def print_board(args) -> None:
    open_for(args)
    save_board(args.output, collaboration_id(args.collaboration), output_language(args), date.today())
    print(i18n.translate("Cli", "Wrote the board to {file}.").format(file=args.output))


def _print_table(rows: list[list[str]]) -> None:
    """Columns aligned: the first to the left, the figures to the right."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join(cells).rstrip())
