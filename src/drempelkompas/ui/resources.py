"""Files shipped in the drempelkompas/resources data package (resources/ in the repository)."""

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).parent.parent / "resources"


def app_icon() -> QIcon:
    return QIcon(str(RESOURCES / "drempelkompas.svg"))
