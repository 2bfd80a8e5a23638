"""Opening the database (a file, or a team database on a server): refuse what is not ours, create or
migrate what is, set the pragmas."""

import atexit
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from peewee import Database, OperationalError, SqliteDatabase, __exception_wrapper__

from drempelkompas.domain.catalog import LESSONS
from drempelkompas.domain.errors import (
    DamagedDatabaseError,
    DatabaseRefusedError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    WriteFailedError,
)
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.storage import files, migrations
from drempelkompas.storage.backup import (
    LONGEST_BACKUP_SUFFIX,
    backup_copy,
    backups_folder,
    copy_pages,
    create_private_file,
    read_only_uri,
)
from drempelkompas.storage.files import APPLICATION_ID, SQLITE_HEADER
from drempelkompas.storage.models import ALL_MODELS, Lesson, builtin_lesson_uuid, database
from drempelkompas.storage.schema_check import schema_problem
from drempelkompas.storage.team_database import is_team_address, open_team_database

# The longest name the app gives a file beside the database: ".<name>.XXXXXXXX.drempelkompas-tmp".
LONGEST_SIBLING_SUFFIX = 2 + 8 + len(files.TEMPORARY_SUFFIX)
COMPANIONS = files.DATABASE_COMPANIONS

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed edit survives a power cut, also in WAL mode
    "busy_timeout": 5000,
}


def open_database(
    path: Path | str, *, check_integrity: bool = True, password: str | None = None, on_network: bool = False
) -> Database:
    """Opens (creating or migrating if needed) the database at `path` and binds the models to it.

    A file `on_network` (a share or mapped network drive, where SQLite's locks do not hold) is opened
    read-only, as is a file that cannot be written.

    `path` may also be a team database's address (postgresql://…, with its `password` if the
    user typed one): see `team_database`.

    Raises DatabaseRefusedError, leaving the file byte-for-byte as it was, when the file is
    not a Drempelkompas database, is damaged, or was written by a newer version. Without
    `check_integrity` the pages are not all read: the caller runs `check_integrity_of` itself
    (the app does, beside its window). A file that needs migrating is always checked first.
    """
    if is_team_address(path):
        return open_team_database(str(path), password)
    path = Path(path)
    _refuse_unusable_path(path)
    if on_network and not path.exists():
        raise network_error(path)
    if not path.exists():
        _create_new(path)
    if on_network or is_read_only(path):
        return _open_read_only(path, on_network)
    version = _inspect_existing(path, full_check=check_integrity)
    if version < migrations.SCHEMA_VERSION and not check_integrity:
        check_integrity_of(path)
    if version < migrations.SCHEMA_VERSION:
        backup_copy(path, f"before-v{migrations.SCHEMA_VERSION}")

    db = _Database(str(path), pragmas=PRAGMAS)
    db.path = path
    database.initialize(db)
    db.connect()
    if version < migrations.SCHEMA_VERSION:
        migrations.migrate(db, version)
    _protect_files_of(path)
    return db


def _protect_files_of(path: Path) -> None:
    """No export may replace the open database, its companion files or its backups."""
    files.protect(path, *(Path(f"{path}{suffix}") for suffix in COMPANIONS), backups_folder(path))


def is_read_only(path: Path) -> bool:
    """A file that cannot be changed: on a read-only medium, without write permission, or in a
    folder where SQLite cannot create its journal. Write bits count even for an administrator."""
    no_write_bits = not (path.stat().st_mode & 0o222) or not (path.parent.stat().st_mode & 0o222)
    return no_write_bits or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def read_only_error(path: Path) -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(
        QT_TRANSLATE_NOOP("Errors", "{path} is read-only: changes cannot be saved."), path=path
    )


def network_error(path: Path) -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is on a network drive, where a database file can be damaged when two computers use "
            "it: it is opened read-only. Copy it to this computer, or move your team to a team database.",
        ),
        path=path,
    )


def ensure_writable() -> None:
    """Refuses a change before it starts when the open database is read-only."""
    if database_is_read_only():
        on_network = getattr(database.obj, "on_network", False)
        raise (network_error if on_network else read_only_error)(current_path())


def database_is_read_only() -> bool:
    return bool(getattr(database.obj, "read_only", False))


def current_path() -> Path | None:
    """The file of the open database; None for a team database."""
    return database.obj.path


def is_team_database() -> bool:
    return bool(getattr(database.obj, "is_team", False))


def set_actor(name: str) -> None:
    """The name a file's history records for who made each change from now on (a team database
    records its user)."""
    if not is_team_database():
        database.obj.actor = name


def database_name() -> str:
    """What the open database is called for the user: its file, or the team database's address."""
    return database.obj.address if is_team_database() else str(current_path())


def safety_copy(reason: str) -> Path | None:
    """A backup of the open file before a large change (an import); a team database's backups are
    its server's (see the README's administrator's section)."""
    return None if is_team_database() else backup_copy(current_path(), reason)


def migrate_open_database(from_version: int) -> None:
    """Brings the open database up to this version's schema (after a backup of an older one was restored)."""
    migrations.migrate(database.obj, from_version)


def copy_database(target: Path) -> None:
    """A consistent copy of the open database at `target` (which must not exist yet)."""
    create_private_file(target)
    copy_pages(current_path(), target)


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()
    files.unprotect_database_files()
    _remove_snapshot()


class _Database(SqliteDatabase):
    """Turns SQLite's failures to write (read-only file, full or failing disk) into messages for the user."""

    read_only = False
    on_network = False  # read-only because it is on a network drive
    actor = ""  # see set_actor
    path: Path  # the file (the connection string may be a URI)

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self._sqlite_transaction_open():
            return None  # see rollback
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except OperationalError as error:
            raise write_error(error, self.path, self.on_network) from None

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        """Many rows with one statement, with the same care as execute_sql (see `models.insert_rows`)."""
        try:
            with __exception_wrapper__:
                self.cursor().executemany(sql, rows)
        except OperationalError as error:
            raise write_error(error, self.path, self.on_network) from None

    def commit(self):
        # In WAL mode most writing happens at commit, so a full disk shows up here.
        try:
            return super().commit()
        except OperationalError as error:
            raise write_error(error, self.path, self.on_network) from None

    def store_schema_version(self, version: int) -> None:
        self.execute_sql(f"PRAGMA user_version = {version:d}")

    def rollback(self):
        # After a full disk or an I/O error SQLite has already rolled the whole transaction back;
        # rolling back again would fail and hide the real error.
        if self._sqlite_transaction_open():
            super().rollback()

    def _sqlite_transaction_open(self) -> bool:
        connection = self._state.conn
        return connection is not None and connection.in_transaction


def write_error(error: Exception, path: Path, on_network: bool = False) -> Exception:
    """The message for a failed write to `path`, or `error` itself when it is something else."""
    text = str(error)
    if "readonly" in text:
        return network_error(path) if on_network else read_only_error(path)
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


def _open_read_only(path: Path, on_network: bool = False) -> SqliteDatabase:
    """Opens a database that cannot be written: nothing is written beside it, every change refused.

    A file left with a -wal by a crashed writer holds part of its committed data in that -wal,
    which SQLite can only read by writing beside it. Such a file is read from a private copy of
    both, so every committed edit shows and the read-only folder stays untouched.
    """
    readable = _snapshot_with_wal(path) if _has_wal(path) else path
    version = _inspect_existing(readable, shown_as=path)
    if version < migrations.SCHEMA_VERSION:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} needs an upgrade but is read-only: copy it to your computer first."
            ),
            path=path,
        )
    uri = readable.resolve().as_uri() + "?mode=ro&immutable=1"
    db = _Database(uri, uri=True, pragmas={"foreign_keys": 1})
    db.read_only = True
    db.on_network = on_network
    db.path = path
    database.initialize(db)
    db.connect()
    _protect_files_of(path)
    return db


_snapshot_folder: Path | None = None


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def _snapshot_with_wal(path: Path) -> Path:
    """A private, self-contained copy of the file with its -wal applied."""
    global _snapshot_folder
    _remove_snapshot()
    _snapshot_folder = Path(tempfile.mkdtemp(prefix="drempelkompas-read-only-"))
    copy = _snapshot_folder / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        connection = sqlite3.connect(copy)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")  # applies the -wal to the copy
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        raise _damaged(path) from None
    return copy


def _remove_snapshot() -> None:
    global _snapshot_folder
    if _snapshot_folder is not None:
        shutil.rmtree(_snapshot_folder, ignore_errors=True)
        _snapshot_folder = None


atexit.register(_remove_snapshot)


def _damaged(path: Path) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        QT_TRANSLATE_NOOP("Errors", "{path} is damaged: the database check failed."), path=path
    )


def _refuse_unusable_path(path: Path) -> None:
    """Refuses, before anything is written, a path the app could not keep its files beside."""
    if path.is_symlink() and not path.exists():
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a link to {target}, which cannot be found (a drive or network share that is "
                "not connected?). Nothing was created.",
            ),
            path=path,
            target=os.readlink(path),
        )
    folder = path.resolve().parent
    try:
        name_max = os.pathconf(folder, "PC_NAME_MAX")
        path_max = os.pathconf(folder, "PC_PATH_MAX")
    except (OSError, ValueError, AttributeError):  # Windows, or a folder that is not there (yet)
        name_max, path_max = 255, 260 if os.name == "nt" else 4096
    longest_name = max(
        len(path.name.encode()) + LONGEST_SIBLING_SUFFIX, len(path.stem.encode()) + LONGEST_BACKUP_SUFFIX
    )
    longest_path = len(str(backups_folder(path.resolve())).encode()) + 1 + longest_name
    if longest_name > name_max or longest_path >= path_max:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The name {path} is too long: the app keeps backups and temporary files with longer "
                "names beside it. Choose a shorter name or folder.",
            ),
            path=path,
        )


def inspect_file(path: Path, shown_as: Path | None = None) -> int:
    """Checks that a file is a Drempelkompas database this version can open, without writing to it.

    Returns its schema version; raises DatabaseRefusedError naming `shown_as` (default: `path`).
    """
    return _inspect_existing(path, shown_as)


def check_integrity_of(path: Path) -> None:
    """Reads every page of the database at `path` (SQLite's quick_check); raises DatabaseRefusedError
    when it is damaged. Uses a connection of its own, so it can run in any thread."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        check = None
    if check != [("ok",)]:
        raise _damaged(path)


def _inspect_existing(path: Path, shown_as: Path | None = None, full_check: bool = True) -> int:
    """Checks an existing file without writing to it; returns its schema version.

    Without `full_check`, only the header and the schema are read, not every page.
    """
    shown = shown_as or path
    if path.is_dir():
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."), path=shown
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is empty: it is not a Drempelkompas database."),
            path=shown,
        )
    not_ours = DatabaseRefusedError(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a Drempelkompas database."), path=shown
    )
    if header != SQLITE_HEADER:
        raise not_ours
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            if full_check:
                check = connection.execute("PRAGMA quick_check").fetchall()
            else:  # reading the schema tells a database from garbage; the pages are checked later
                connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
                check = [("ok",)]
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            foreign = None
            if check == [("ok",)] and application_id == APPLICATION_ID:
                foreign = schema_problem(connection, version, migrations.SCHEMA_VERSION)
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        check = None
    if check != [("ok",)]:
        raise _damaged(shown)
    if application_id != APPLICATION_ID:
        raise not_ours
    if version > migrations.SCHEMA_VERSION:
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of Drempelkompas; update the app to open it.",
            ),
            path=shown,
        )
    if foreign is not None:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a Drempelkompas database as this version makes them: it has {objects} "
                "that the app does not know. It was left as it was.",
            ),
            path=shown,
            objects=foreign,
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
