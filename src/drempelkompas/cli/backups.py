"""`backup create|list|restore`: backups of the database."""

from datetime import date

from drempelkompas.cli.common import open_for, output_language
from drempelkompas.runtime import i18n
from drempelkompas.services import backups, session


def create(args) -> None:
    open_for(args)
    print(i18n.translate("Cli", "Backup written to {file}.").format(file=backups.create_backup()))


def list_backups(args) -> None:
    open_for(args)
    found = backups.list_backups()
    if session.is_shared():
        print(
            i18n.translate(
                "Cli",
                "A team database's backups are made by its server; `backup create` writes a pg_dump "
                "file in the current folder.",
            )
        )
    elif not found:
        print(i18n.translate("Cli", "No backups yet."))
    language = output_language(args)
    for info in found:
        day = date(info.created.year, info.created.month, info.created.day)
        print(
            i18n.translate(
                "Cli", "{when}  {reason}: {collaborations} collaborations, {barriers} barriers  {file}"
            ).format(
                when=f"{language.format_date(day)} {info.created:%H:%M}",
                reason=info.reason,
                collaborations=info.collaborations,
                barriers=info.barriers,
                file=info.path,
            )
        )


def restore(args) -> None:
    open_for(args, writable=True)
    before = backups.restore_backup(args.backup)
    print(
        i18n.translate("Cli", "Restored {file}; the state before is kept in {before}.").format(
            file=args.backup, before=before
        )
    )
