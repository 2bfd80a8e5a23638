"""What the open database is: its file or team database, whether changes can be saved to it, and
whether someone else changed it."""

from pathlib import Path

from drempelkompas.storage.database import (
    current_path,
    database_is_read_only,
    is_team_database,
    set_actor,
)
from drempelkompas.storage.models import current_actor, database


def database_file() -> Path | None:
    """The file of the open database; None for a team database."""
    return current_path()


def is_read_only() -> bool:
    return database_is_read_only()


def is_shared() -> bool:
    """A team database, which others change while this window shows it."""
    return is_team_database()


def actor() -> str:
    """Who the history records for the changes made here (see `set_user_name`)."""
    return current_actor()


def set_user_name(name: str) -> None:
    """The name recorded for the changes made in a file (a team database records its own user)."""
    set_actor(name)


def changed_elsewhere() -> bool:
    """Whether someone else changed the team database since this was last asked; False for a file."""
    return is_team_database() and database.obj.changed_elsewhere()
