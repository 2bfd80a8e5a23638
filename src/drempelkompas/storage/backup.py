"""Consistent copies of a database file through SQLite's backup API (never a plain file copy)."""

import os
import sqlite3
from datetime import datetime
from pathlib import Path


def backups_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


def backup_copy(db_path: Path, reason: str) -> Path:
    """Writes a consistent copy of `db_path` into its backups folder and returns its path."""
    folder = backups_folder(db_path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    create_private_file(target)
    source = sqlite3.connect(read_only_uri(db_path), uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


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
