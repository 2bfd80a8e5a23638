"""Where the app keeps its files: the per-user application data folder, unless told otherwise."""

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION = "Drempelkompas"
APPLICATION = "Drempelkompas"
DATABASE_FILE = "drempelkompas.sqlite"
DATABASE_ENVIRONMENT_VARIABLE = "DREMPELKOMPAS_DB"


def set_application_names() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def data_folder() -> Path:
    """The per-user, local (not roaming) data folder, e.g. %LOCALAPPDATA%\\Drempelkompas."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    folder = Path(base) / APPLICATION
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_path(explicit: str | None = None) -> Path:
    """`--db` if given, else $DREMPELKOMPAS_DB, else the file in the application data folder."""
    chosen = explicit or os.environ.get(DATABASE_ENVIRONMENT_VARIABLE)
    return Path(chosen).expanduser() if chosen else data_folder() / DATABASE_FILE


def log_folder() -> Path:
    folder = data_folder() / "logs"
    folder.mkdir(exist_ok=True)
    return folder
