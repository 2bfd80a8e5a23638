"""What the open database is: its file, and whether changes can be saved to it."""

from pathlib import Path

from drempelkompas.storage.database import current_path, database_is_read_only


def database_file() -> Path:
    return current_path()


def is_read_only() -> bool:
    return database_is_read_only()
