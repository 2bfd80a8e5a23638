"""Use cases for backups of the open database: make one, list them, restore one."""

from pathlib import Path

from drempelkompas.domain.errors import DrempelError, NotFoundError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.storage import backup
from drempelkompas.storage.backup import BackupInfo
from drempelkompas.storage.database import (
    current_path,
    database_is_read_only,
    ensure_writable,
    inspect_file,
    is_team_database,
    migrate_open_database,
)
from drempelkompas.storage.migrations import SCHEMA_VERSION
from drempelkompas.storage.team_backup import dump_team_database


def create_backup(reason: str = "manual", team_folder: Path | None = None) -> Path:
    """A backup beside the database file; of a team database, a pg_dump file in `team_folder`
    (default: the current folder)."""
    if is_team_database():
        return dump_team_database(team_folder or _current_folder())
    ensure_writable()  # the backups folder sits beside the database
    return backup.backup_copy(current_path(), reason)


def _current_folder() -> Path:
    try:
        return Path.cwd()
    except FileNotFoundError:  # removed while we were in it
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The current folder no longer exists, so the backup has nowhere to go: go to another "
                "folder and try again.",
            )
        ) from None


def daily_backup() -> Path | None:
    if database_is_read_only() or is_team_database():  # a team database is backed up on its server
        return None
    return backup.daily_backup(current_path())


def list_backups() -> list[BackupInfo]:
    return [] if is_team_database() else backup.list_backups(current_path())


def _refuse_team_database() -> None:
    if is_team_database():
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A team database is restored by its administrator, with pg_restore (see the README's "
                "section for administrators).",
            )
        )


def restore_backup(path: Path) -> Path:
    """Restores a backup of the open database; returns the backup of the state it replaced."""
    _refuse_team_database()
    ensure_writable()
    known = {info.path.resolve(): info for info in list_backups()}
    info = known.get(Path(path).resolve())
    if info is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not one of this database's backups."), file=path
        )
    if info.collaborations < 0:
        raise DrempelError(QT_TRANSLATE_NOOP("Errors", "The backup {file} cannot be read."), file=path)
    version = inspect_file(info.path)  # checked as an open checks a database, before anything changes
    before = backup.restore(current_path(), info.path)
    if version < SCHEMA_VERSION:  # a backup made before an upgrade
        migrate_open_database(version)
    return before
