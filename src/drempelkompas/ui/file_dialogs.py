"""Choosing a file to read or write, starting in the folder the user last used."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from drempelkompas.runtime import settings


def last_folder() -> Path:
    """The folder of the last file chosen, while it exists; else the home folder."""
    folder = Path(settings.LAST_FOLDER.read() or Path.home())
    return folder if folder.is_dir() else Path.home()


def open_file(parent: QWidget, title: str, filters: str) -> str:
    """The file to read, or "" when the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    _remember(path)
    return path


def save_file(parent: QWidget, title: str, suggested_name: str, filters: str) -> str:
    """The file to write, or "" when the user cancelled; the suggestion is only a name."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder() / suggested_name), filters)
    _remember(path)
    return path


def _remember(path: str) -> None:
    if path:
        settings.LAST_FOLDER.write(str(Path(path).parent))
