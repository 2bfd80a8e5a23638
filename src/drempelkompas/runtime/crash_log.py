"""Unexpected errors: write the traceback to a log file, tell the user one line about it."""

import logging
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
        with path.open("a", encoding="utf-8") as log_file:
            log_file.write(f"--- {datetime.now().isoformat()} Drempelkompas {__version__}\n")
            log_file.write("".join(traceback.format_exception(error)))
        return path
    except OSError:
        log.exception("could not write the crash log")
        return None
