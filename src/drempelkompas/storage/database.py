"""Opening the database file: refuse what is not ours, create or migrate what is, set the pragmas."""

import os
import sqlite3
from pathlib import Path

from peewee import OperationalError, SqliteDatabase

from drempelkompas.domain.catalog import LESSONS
from drempelkompas.domain.errors import (
    DatabaseRefusedError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    WriteFailedError,
)
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.storage import migrations
from drempelkompas.storage.backup import backup_copy, copy_pages, create_private_file, read_only_uri
from drempelkompas.storage.models import ALL_MODELS, Lesson, builtin_lesson_uuid, database

# "DRMP": marks a SQLite file as ours, so another program's database is never taken for one.
APPLICATION_ID = 0x44524D50
SQLITE_HEADER = b"SQLite format 3\x00"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed edit survives a power cut, also in WAL mode
    "busy_timeout": 5000,
}


def open_database(path: Path | str) -> SqliteDatabase:
    """Opens (creating or migrating if needed) the database at `path` and binds the models to it.

    Raises DatabaseRefusedError, leaving the file byte-for-byte as it was, when the file is
    not a Drempelkompas database, is damaged, or was written by a newer version.
    """
    path = Path(path)
    if not path.exists():
        _create_new(path)
    version = _inspect_existing(path)
    if is_read_only(path):
        return _open_read_only(path, version)
    if version < migrations.SCHEMA_VERSION:
        backup_copy(path, f"before-v{migrations.SCHEMA_VERSION}")

    db = _Database(str(path), pragmas=PRAGMAS)
    db.path = path
    database.initialize(db)
    db.connect()
    if version < migrations.SCHEMA_VERSION:
        migrations.migrate(db, version)
    return db


def is_read_only(path: Path) -> bool:
    """A file that cannot be changed: on a read-only medium, without write permission, or in a
    folder where SQLite cannot create its journal. Write bits count even for an administrator."""
    no_write_bits = not (path.stat().st_mode & 0o222) or not (path.parent.stat().st_mode & 0o222)
    return no_write_bits or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def read_only_error(path: Path) -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(
        QT_TRANSLATE_NOOP("Errors", "{path} is read-only: changes cannot be saved."), path=path
    )


def ensure_writable() -> None:
    """Refuses a change before it starts when the open database is read-only."""
    if database_is_read_only():
        raise read_only_error(current_path())


def database_is_read_only() -> bool:
    return bool(getattr(database.obj, "read_only", False))


def current_path() -> Path:
    """The file of the open database."""
    return database.obj.path


def copy_database(target: Path) -> None:
    """A consistent copy of the open database at `target` (which must not exist yet)."""
    create_private_file(target)
    copy_pages(current_path(), target)


def close_database() -> None:
    if not database.is_closed():
        database.close()


class _Database(SqliteDatabase):
    """Turns SQLite's failures to write (read-only file, full or failing disk) into messages for the user."""

    read_only = False
    path: Path  # the file (the connection string may be a URI)

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self._sqlite_transaction_open():
            return None  # see rollback
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except OperationalError as error:
            raise write_error(error, self.path) from None

    def commit(self):
        # In WAL mode most writing happens at commit, so a full disk shows up here.
        try:
            return super().commit()
        except OperationalError as error:
            raise write_error(error, self.path) from None

    def rollback(self):
        # After a full disk or an I/O error SQLite has already rolled the whole transaction back;
        # rolling back again would fail and hide the real error.
        if self._sqlite_transaction_open():
            super().rollback()

    def _sqlite_transaction_open(self) -> bool:
        connection = self._state.conn
        return connection is not None and connection.in_transaction


def write_error(error: Exception, path: Path) -> Exception:
    """The message for a failed write to `path`, or `error` itself when it is something else."""
    text = str(error)
    if "readonly" in text:
        return read_only_error(path)
    if "full" in text:
        return WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding {path} is full: the change was not saved. Free some space and try again.",
            ),
            path=path,
        )
    if "I/O error" in text:
        return WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} could not be written (a disk error): the change was not saved."
            ),
            path=path,
        )
    return error


def _open_read_only(path: Path, version: int) -> SqliteDatabase:
    """Opens a database that cannot be written: no journal files, no migration, every change refused."""
    if version < migrations.SCHEMA_VERSION:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} needs an upgrade but is read-only: copy it to your computer first."
            ),
            path=path,
        )
    db = _Database(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, pragmas={"foreign_keys": 1})
    db.read_only = True
    db.path = path
    database.initialize(db)
    db.connect()
    return db


def _inspect_existing(path: Path) -> int:
    """Checks an existing file without writing to it; returns its schema version."""
    if path.is_dir():
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."), path=path
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is empty: it is not a Drempelkompas database."),
            path=path,
        )
    if header != SQLITE_HEADER:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a Drempelkompas database."), path=path
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchall()
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        check = None
    if check != [("ok",)]:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is damaged: the database check failed."), path=path
        )
    if application_id != APPLICATION_ID:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a Drempelkompas database."), path=path
        )
    if version > migrations.SCHEMA_VERSION:
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of Drempelkompas; update the app to open it.",
            ),
            path=path,
        )
    return version


def create_database_file(path: Path) -> None:
    """A new, empty database at `path` (which must not exist), left open."""
    _create_new(path)
    open_database(path)


def _create_new(path: Path) -> None:
    """Builds a new database beside `path` and moves it in place only when it is complete."""
    partial = path.with_name(path.name + ".new")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    create_private_file(partial)
    db = SqliteDatabase(str(partial), pragmas=PRAGMAS)
    db.connect()
    try:
        database.initialize(db)
        _create_schema(db)
    finally:
        db.close()  # the last connection checkpoints the WAL into the file
    os.replace(partial, path)


def _create_schema(db: SqliteDatabase) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        for lesson in LESSONS:
            Lesson.create(
                uuid=builtin_lesson_uuid(lesson.key),
                catalog_key=lesson.key,
                preconditions=",".join(lesson.preconditions),
            )
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
        db.execute_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION:d}")
