"""Every QSettings key of the app, declared once with its default: user-interface state only.

The data itself lives in the database; these are window sizes, filters, the language, and which
warnings were already given.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from drempelkompas.runtime.locations import path_key


@dataclass(frozen=True)
class Setting:
    key: str
    default: object = None
    kind: type | None = None  # converts what QSettings stored (INI files keep text); None keeps it

    def read(self):
        if self.kind is None:
            return QSettings().value(self.key, self.default)
        return QSettings().value(self.key, self.default, type=self.kind)

    def write(self, value) -> None:
        QSettings().setValue(self.key, value)


LANGUAGE = Setting("language", "", str)
WINDOW_GEOMETRY = Setting("window/geometry")  # QByteArray from saveGeometry
WINDOW_SPLITTER = Setting("window/splitter")  # QByteArray from QSplitter.saveState
SHOW_ARCHIVED = Setting("filter/showArchived", False, bool)
SHOW_OVERCOME = Setting("filter/showOvercome", False, bool)
LEVEL_FILTER = Setting("filter/level", "", str)
LAST_FOLDER = Setting("files/lastFolder", "", str)  # where the last file was opened or saved
BOARD_ZOOM = Setting("view/boardZoom", 100, int)  # the board's text size, in percent
SHOW_METHOD_PANEL = Setting("view/methodPanel", True, bool)  # the commitment matrix beside the board
LAST_COLLABORATION = Setting("collaboration/last", "", str)  # its UUID
LAST_TEAM_DATABASE = Setting("team/lastAddress", "", str)  # as last typed in "Open a team database"
USER_NAME = Setting("user/name", "", str)  # as given once, for withdrawals; default: the system's


def synced_folder_warning(database: Path) -> Setting:
    """Whether the user was warned about this database being in a cloud-synced folder."""
    return Setting(f"warned/{path_key(database)}", False, bool)
