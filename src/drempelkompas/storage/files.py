"""Writing files so that a crash, a full disk or a locked file never leaves half of one behind.

The data goes to a temporary file beside the target, is flushed and synced to disk, and only
then renamed over the target (an atomic step on the same volume).
"""

import contextlib
import os
import tempfile
import time
from pathlib import Path

TEMPORARY_SUFFIX = ".drempelkompas-tmp"
_REPLACE_ATTEMPTS = 10  # on Windows a virus scanner or sync client may hold the file briefly


def write_atomically(path: Path | str, data: bytes) -> None:
    """Replaces `path` by `data` completely, or leaves it as it was (raising OSError)."""
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(Path(temporary), path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def remove_leftovers(folder: Path) -> int:
    """Deletes temporary files that a crash left in `folder`; returns how many."""
    removed = 0
    for leftover in folder.glob(f".*{TEMPORARY_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def safe_file_name(name: str) -> str:
    """A name that every file system accepts, for suggesting file names made from user texts."""
    return "".join("-" if character in '<>:"/\\|?*' else character for character in name)
