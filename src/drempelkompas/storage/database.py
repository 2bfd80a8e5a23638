"""Opening the database file: refuse what is not ours, create or migrate what is, set the pragmas."""

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from drempelkompas.domain.catalog import LESSONS
from drempelkompas.domain.errors import DatabaseRefusedError, NewerDatabaseError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.storage import migrations
from drempelkompas.storage.backup import backup_copy, create_private_file, read_only_uri
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
    if version < migrations.SCHEMA_VERSION:
        backup_copy(path, f"before-v{migrations.SCHEMA_VERSION}")

    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.initialize(db)
    db.connect()
    if version < migrations.SCHEMA_VERSION:
        migrations.migrate(db, version)
    return db


def current_path() -> Path:
    """The file of the open database."""
    return Path(database.obj.database)


def close_database() -> None:
    if not database.is_closed():
        database.close()


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
