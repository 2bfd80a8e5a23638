"""Backups of the database file: consistent copies through SQLite's backup API, listed and restored.

Backups live in a `<name>-backups` folder beside the database. A copy is taken at start-up (at
most once a day), before every migration, import and restore; the newest KEEP are kept.
"""

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from drempelkompas.domain.errors import WriteFailedError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

KEEP = 14
_STAMP = "%Y%m%d-%H%M%S-%f"
# What a backup's name adds to the database's stem at most: "-<stamp>-before-restore.sqlite.partial".
LONGEST_BACKUP_SUFFIX = len("-20260101-000000-000000-before-restore.sqlite.partial")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    collaborations: int
    barriers: int


def backups_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


def backup_copy(db_path: Path, reason: str, spare: Path | None = None) -> Path:
    """Writes a consistent copy of `db_path` into its backups folder and returns its path.

    The copy is made under a temporary name and renamed when complete, so a crash never leaves
    half a backup that looks whole. Old backups beyond KEEP are deleted, never `spare`.
    """
    folder = backups_folder(db_path)
    target = folder / f"{db_path.stem}-{datetime.now().strftime(_STAMP)}-{reason}.sqlite"
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(exist_ok=True)
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        copy_pages(db_path, partial, self_contained=True)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:  # a full disk, most likely
        partial.unlink(missing_ok=True)
        raise WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Errors", "No backup could be written in {folder} ({reason}); nothing was changed."
            ),
            folder=folder,
            reason=getattr(error, "strerror", None) or error,
        ) from None
    prune(db_path, spare=spare)
    return target


def daily_backup(db_path: Path) -> Path | None:
    """A backup unless one was already made today."""
    today = datetime.now().date()
    if any(info.created.date() == today for info in _backup_files(db_path)):
        return None
    return backup_copy(db_path, "daily")


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, newest first, with what each holds."""
    return [_with_contents(info) for info in _backup_files(db_path)]


def restore(db_path: Path, backup: Path) -> Path:
    """Replaces the database's contents by the backup's; returns the backup taken just before.

    Runs through SQLite's backup API into the live file, so other connections (the app's own)
    see the restored data at once and never a half-copied file.
    """
    before = backup_copy(db_path, "before-restore", spare=backup)
    copy_pages(backup, db_path)
    return before


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's integrity check, with what it holds."""
    for info in _backup_files(db_path):
        try:
            connection = sqlite3.connect(read_only_uri(info.path), uri=True)
            try:
                healthy = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            healthy = False
        if healthy:
            return _with_contents(info)
    return None


def replace_damaged(db_path: Path, backup: Path) -> Path:
    """Moves the damaged file aside, unchanged, and puts a copy of the backup in its place.

    Returns where the damaged file now is (`<name>.damaged`, numbered if that exists).
    """
    aside = set_aside(db_path)
    create_private_file(db_path)
    copy_pages(backup, db_path)
    return aside


def set_aside(db_path: Path) -> Path:
    """Moves a damaged database (and its -wal/-shm) to `<name>.damaged`, numbered if that exists."""
    aside = db_path.with_name(db_path.name + ".damaged")
    number = 1
    while aside.exists():
        number += 1
        aside = db_path.with_name(f"{db_path.name}.damaged-{number}")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{suffix}"))
    return aside


def prune(db_path: Path, keep: int = KEEP, spare: Path | None = None) -> None:
    """Deletes all but the newest `keep` backups, except `spare` (the one being restored)."""
    for info in _backup_files(db_path)[keep:]:
        if spare is None or info.path.resolve() != Path(spare).resolve():
            info.path.unlink(missing_ok=True)


def copy_pages(source: Path, target: Path, self_contained: bool = False) -> None:
    """Copies a database into `target` (new or live) through SQLite's backup API.

    `self_contained` leaves the copy in rollback-journal mode, so no -wal file belongs to it.
    """
    reader = sqlite3.connect(read_only_uri(source), uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
        if self_contained:
            writer.execute("PRAGMA journal_mode = DELETE")
    finally:
        writer.close()
        reader.close()


def read_only_uri(db_path: Path) -> str:
    """A URI that reads the file without writing anything beside it.

    Without a -wal file there is nothing but the file itself to read, and `immutable` keeps
    SQLite from creating -wal and -shm files next to it.
    """
    uri = db_path.resolve().as_uri() + "?mode=ro"
    return uri if Path(f"{db_path}-wal").exists() else uri + "&immutable=1"


def create_private_file(path: Path) -> None:
    """Creates an empty file only its owner may read, before SQLite fills it."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _backup_files(db_path: Path) -> list[BackupInfo]:
    """The complete backup files, newest first (contents not read yet)."""
    infos = []
    prefix = db_path.stem + "-"
    for path in backups_folder(db_path).glob(f"{db_path.stem}-*.sqlite"):
        stamp_and_reason = path.stem[len(prefix) :]
        stamp = stamp_and_reason[: len("YYYYmmdd-HHMMSS-ffffff")]
        reason = stamp_and_reason[len(stamp) + 1 :]
        try:
            created = datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        infos.append(BackupInfo(path, created, reason, 0, 0))
    return sorted(infos, key=lambda info: info.created, reverse=True)


def _with_contents(info: BackupInfo) -> BackupInfo:
    try:
        connection = sqlite3.connect(read_only_uri(info.path), uri=True)
        try:
            collaborations = connection.execute(
                "SELECT COUNT(*) FROM collaboration WHERE deleted_at IS NULL"
            ).fetchone()[0]
            barriers = connection.execute("SELECT COUNT(*) FROM barrier WHERE deleted_at IS NULL").fetchone()[
                0
            ]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        collaborations = barriers = -1  # unreadable
    return BackupInfo(info.path, info.created, info.reason, collaborations, barriers)
