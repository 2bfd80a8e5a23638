"""Unexpected errors: write the traceback to a log file, tell the user one line about it."""

import logging
import os
import traceback
from datetime import datetime
from pathlib import Path

from drempelkompas import __version__
from drempelkompas.runtime.locations import log_folder

log = logging.getLogger("drempelkompas")


def write_crash_log(error: BaseException) -> Path | None:
    """Appends the error and its traceback to today's crash log; returns the log's path."""
    try:
        path = log_folder() / f"crash-{datetime.now():%Y-%m-%d}.log"
        # Private: a traceback can show the user's data.
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.chmod(path, 0o600)  # also a log made before this rule
        with os.fdopen(descriptor, "a", encoding="utf-8") as log_file:
            log_file.write(f"--- {datetime.now().isoformat()} Drempelkompas {__version__}\n")
            log_file.write("".join(traceback.format_exception(error)))
        return path
    except OSError:
        log.exception("could not write the crash log")
        return None
