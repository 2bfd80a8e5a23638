"""A backup of the open team database with PostgreSQL's pg_dump, when it is installed."""

import contextlib
import os
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.storage.files import TEMPORARY_SUFFIX, refuse_protected_target, safe_file_name
from drempelkompas.storage.models import database
from drempelkompas.storage.team_database import without_password

DUMP_TIMEOUT_S = 3600


def dump_team_database(folder: Path) -> Path:
    """Writes the whole team database to `folder` as <name>-<date-time>.dump (pg_dump's custom
    format, restored with pg_restore); the file appears only when the dump is complete."""
    program = shutil.which("pg_dump")
    if program is None:
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "pg_dump is not installed on this computer, so no backup was made. Install PostgreSQL's "
                "client programs, or ask the administrator of {address}: the server makes its own "
                "backups.",
            ),
            address=database.obj.address,
        )
    if not Path(folder).is_dir():
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist, so no backup was made."),
            folder=str(folder),
        )
    params = database.obj.connect_params
    address, written_password = without_password(params["conninfo"])
    name = safe_file_name(database.obj.address.rsplit("/", 1)[-1] or "drempelkompas")
    target = Path(folder) / f"{name}-{datetime.now():%Y-%m-%d-%H%M%S}.dump"
    refuse_protected_target(target)
    descriptor, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX, dir=folder)
    os.close(descriptor)
    environment = dict(os.environ)
    password = params.get("password") or written_password
    if password:
        environment["PGPASSWORD"] = password  # never on the command line, where others see it
    try:
        finished = subprocess.run(
            [program, "--format=custom", f"--file={partial}", f"--dbname={address}"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=DUMP_TIMEOUT_S,
        )
        if finished.returncode != 0:
            raise DrempelError(
                QT_TRANSLATE_NOOP("Errors", "pg_dump could not make the backup: {reason}"),
                reason=(finished.stderr.strip().splitlines() or ["?"])[-1],
            )
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(partial)
    return target
