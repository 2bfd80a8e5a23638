"""Where the app keeps its files: the per-user application data folder, unless told otherwise."""

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from drempelkompas.storage.team_database import is_team_address, without_password

ORGANIZATION = "Drempelkompas"
APPLICATION = "Drempelkompas"
DATABASE_FILE = "drempelkompas.sqlite"
DEMO_DATABASE_FILE = "drempelkompas-demo.sqlite"
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


def database_path(explicit: str | None = None) -> Path | str:
    """`--db` if given, else $DREMPELKOMPAS_DB, else the file in the application data folder.

    A team database's address (postgresql://…) is returned as it is.
    """
    chosen = explicit or os.environ.get(DATABASE_ENVIRONMENT_VARIABLE)
    if is_team_address(chosen):
        return chosen
    return Path(chosen).expanduser() if chosen else data_folder() / DATABASE_FILE


def demo_database_path() -> Path:
    """The demo's own database, beside the user's: the demo never touches the user's data."""
    return data_folder() / DEMO_DATABASE_FILE


def is_demo_database(path: Path | str) -> bool:
    return Path(path).expanduser().resolve() == demo_database_path().resolve()


def app_command() -> list[str]:
    """How to start this app again in a process of its own (also from a frozen bundle)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "drempelkompas"]


def signing_folder() -> Path:
    """Where the user's personal signing certificate is kept (made on first use)."""
    return data_folder() / "signing"


def path_key(path: Path | str) -> str:
    """A short key that stands for a file's real location (through links and `..`), or a team database."""
    where = without_password(path)[0] if is_team_address(path) else str(Path(path).resolve())
    return hashlib.sha1(where.encode(), usedforsecurity=False).hexdigest()[:16]


def log_folder() -> Path:
    """The crash logs' folder, readable by the user only."""
    folder = data_folder() / "logs"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


# Folder names that cloud sync clients use; a database inside one can be corrupted by syncing.
_SYNCED_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
}


# File systems of network shares (Linux's names), on which SQLite's locking cannot be trusted.
_NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "davfs"}
MOUNTS = Path("/proc/self/mounts")
_DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def on_network_drive(path: Path) -> bool:
    """Whether `path` is on a network share (\\\\server\\share) or a mapped network drive."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE
    return _mount_type(Path(text)) in _NETWORK_FILE_SYSTEMS


def _mount_type(path: Path) -> str | None:
    """The file system type of the mount holding `path` (Linux; None elsewhere or when unknown)."""
    try:
        lines = MOUNTS.read_text().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, kind = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind


def sync_risk(path: Path) -> str | None:
    """The cloud service whose synchronised folder holds `path`, if any."""
    text = str(path)
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = os.environ.get(variable)
        if root and Path(text).is_relative_to(root):
            return "OneDrive"
    for part in Path(text).parts:
        lowered = part.lower()
        for name, service in _SYNCED_FOLDERS.items():
            if lowered == name or lowered.startswith(name + " -"):  # "OneDrive - Gemeente Zwolle"
                return service
    return None


def local_database_path() -> Path:
    """Where a database moved out of a synced folder goes: the default file, or a free name beside it."""
    target = data_folder() / DATABASE_FILE
    number = 1
    while target.exists():
        number += 1
        target = data_folder() / f"drempelkompas-{number}.sqlite"
    return target
