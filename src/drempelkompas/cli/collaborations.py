"""`demo`, `list`, `import-csv` and `export-csv`: the collaborations and their barriers."""

from drempelkompas.cli.common import collaboration_id, language_code, open_for, terminal_progress
from drempelkompas.runtime import i18n
from drempelkompas.services.collaborations import list_collaborations as summaries
from drempelkompas.services.csv_io import export_csv as write_csv
from drempelkompas.services.csv_io import import_csv as read_csv
from drempelkompas.services.demo import fill_demo

SHOWN_NAMES = 10  # new collaborations named after an import; a file of hundreds would flood the screen


def demo(args) -> None:
    open_for(args, writable=True)
    ids = fill_demo()
    print(i18n.translate("Cli", "Added {count} demo collaborations.").format(count=len(ids)))


def list_collaborations(args) -> None:
    open_for(args)
    found = summaries(include_archived=True)
    if not found:
        print(i18n.translate("Cli", "No collaborations yet."))
    for summary in found:
        counts = ", ".join(f"{i18n.label(p)} {n}" for p, n in summary.open_counts.items())
        line = i18n.translate("Cli", "{name}: open barriers: {counts}").format(
            name=summary.name, counts=counts
        )
        if summary.archived:
            line += " " + i18n.translate("Cli", "(archived)")
        print(line)


def import_csv(args) -> None:
    open_for(args, writable=True)
    languages = i18n.all_language_translators()
    result = read_csv(args.file, translators=languages, progress=terminal_progress())
    created = result.created_collaborations
    named = ", ".join(created[:SHOWN_NAMES]) or "-"
    if len(created) > SHOWN_NAMES:
        named = i18n.translate("Cli", "{names} and {more} more").format(
            names=named, more=len(created) - SHOWN_NAMES
        )
    print(
        i18n.translate("Cli", "Imported {barriers} barriers; new collaborations: {created}.").format(
            barriers=result.barriers, created=named
        )
    )
    if result.folded_cells:
        print(
            i18n.translate(
                "Cli",
                "Line breaks in one-line cells (such as titles) became spaces: {count}.",
            ).format(count=result.folded_cells)
        )


def export_csv(args) -> None:
    open_for(args)
    name = getattr(args, "collaboration", None)
    chosen = collaboration_id(name) if name is not None else None
    count = write_csv(args.output, chosen, language_code(args), i18n.translate)
    print(i18n.translate("Cli", "Exported {count} barriers to {file}.").format(count=count, file=args.output))
