"""`import` and `export`: exchange files (.drempel) between laptops."""

from drempelkompas.cli.common import collaboration_id, open_for
from drempelkompas.runtime import i18n
from drempelkompas.services import exchange_texts
from drempelkompas.services.collaborations import list_collaborations
from drempelkompas.services.exchange import export_file, import_file


def import_exchange(args) -> None:
    open_for(args, writable=True)
    report = import_file(args.file, dry_run=args.dry_run)
    if args.dry_run:
        print(i18n.translate("Cli", "Preview of {file}; nothing was imported:").format(file=args.file))
    else:
        print(i18n.translate("Cli", "Imported {file}:").format(file=args.file))
    for change in report.changes:
        outcome = exchange_texts.outcome_text(change.outcome, i18n.translate)
        print(f"  {outcome}: {exchange_texts.change_text(change, i18n.translate)}")
    print(exchange_texts.summary_text(report, i18n.translate))


def export_exchange(args) -> None:
    open_for(args, lock=True)  # the export notes what it exported, as the merge base of the next import
    names = getattr(args, "collaboration", None)
    if names:
        chosen = [collaboration_id(name) for name in names]
    else:
        chosen = [summary.id for summary in list_collaborations(include_archived=True)]
    count = export_file(args.output, chosen)
    print(
        i18n.translate(
            "Cli", "Exported {collaborations} collaborations with {barriers} barriers to {file}."
        ).format(collaborations=len(chosen), barriers=count, file=args.output)
    )
