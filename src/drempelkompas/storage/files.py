"""Reading and writing the user's files safely: exports that never replace a database, never half
a file, and reads that never take more than a cap.

An export goes to a temporary file beside the target, is flushed and synced to disk, and only
then renamed over the target (an atomic step on the same volume). It refuses any target that is
the open database, one of its companion files or backups, or any other Drempelkompas database.
"""

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

from drempelkompas.domain.errors import ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

TEMPORARY_SUFFIX = ".drempelkompas-tmp"
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x44524D50  # "DRMP", in the header of every Drempelkompas database
_REPLACE_ATTEMPTS = 10  # on Windows a virus scanner or sync client may hold the file briefly

# Files and folders no export may replace: the open database's own, and the app's lock files.
# The files SQLite keeps beside a database while it is open or after a crash.
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")

_protected: set[Path] = set()
_protected_for_good: set[Path] = set()


def protect(*paths: Path, for_good: bool = False) -> None:
    """Keeps exports away from these files, and from everything inside these folders.

    Until `unprotect_database_files` (the database is closed), or `for_good`.
    """
    (_protected_for_good if for_good else _protected).update(_real(path) for path in paths)


def unprotect_database_files() -> None:
    _protected.clear()


def write_atomically(path: Path | str, data: bytes) -> None:
    """Replaces `path` by `data` completely, or leaves it as it was (raising OSError).

    The new file gets the permissions any program's saved file gets (the user's umask).
    """
    path = Path(path)
    refuse_protected_target(path)
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent
        )
    except OSError as error:  # no such folder, no permission: the user's file is what to name
        raise _about(error, path) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), 0o666 & ~_umask())
            os.fsync(handle.fileno())
        _replace(Path(temporary), path)
    except OSError as error:  # a full disk, say: the temporary file is gone, the target untouched
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _about(error, path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _about(error: OSError, path: Path) -> OSError:
    """The same error, naming the file the user chose instead of a temporary one (or none)."""
    return type(error)(error.errno, error.strerror or str(error), str(path))


def refuse_protected_target(path: Path) -> None:
    """Raises when writing `path` would replace a database (the open one's files or any other),
    or something that is not an ordinary file (a device such as /dev/null, a pipe, a folder)."""
    real = _real(path)
    if real.exists() and not real.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not an ordinary file; choose another name to save to."),
            file=path,
        )
    for protected in _protected | _protected_for_good:
        if real == protected or protected in real.parents or _same_file(real, protected):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is the open database or one of its own files; choose another name to save to.",
                ),
                file=path,
            )
    if is_drempelkompas_database(real) or any(
        real.name.endswith(suffix) and is_drempelkompas_database(real.with_name(real.name[: -len(suffix)]))
        for suffix in DATABASE_COMPANIONS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is a Drempelkompas database; an export never replaces one. Choose another name.",
            ),
            file=path,
        )


def is_drempelkompas_database(path: Path) -> bool:
    """Whether the file's header says it is a Drempelkompas database."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return header.startswith(SQLITE_HEADER) and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def read_capped(path: Path | str, limit: int) -> bytes:
    """The contents of a regular file, refused when it holds more than `limit` bytes.

    What is read is capped, not what the size says: /dev/zero and pipes report a size of 0.
    """
    path = Path(path)
    if not stat.S_ISREG(os.stat(path).st_mode):  # a folder, a device, a pipe: never opened
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not an ordinary file that can be read."), file=path
        )
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is larger than {megabytes} MB and is not read."),
            file=path,
            megabytes=limit // (1024 * 1024),
        )
    return data


def remove_leftovers(folder: Path) -> int:
    """Deletes temporary files that a crash left in `folder`; returns how many."""
    removed = 0
    for leftover in folder.glob(f".*{TEMPORARY_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def safe_file_name(name: str) -> str:
    """A name that every file system accepts, for suggesting file names made from user texts."""
    return "".join("-" if character in '<>:"/\\|?*' else character for character in name)


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def _real(path: Path) -> Path:
    """The path through links and `..`, compared without case (Windows and macOS ignore it)."""
    return Path(os.path.normcase(os.path.realpath(path)))


def _same_file(first: Path, second: Path) -> bool:
    """The same file under another name: a hard link, or a case-insensitive file system."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _umask() -> int:
    """The process's umask: read from Linux's /proc where it can be, else set and put straight back."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(next(line for line in status.splitlines() if line.startswith("Umask:")).split()[1], 8)
    except (OSError, StopIteration, ValueError, IndexError):
        umask = os.umask(0o077)
        os.umask(umask)
        return umask
