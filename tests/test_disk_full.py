"""A disk that fills up during edits or a backup: a clear message, every reported edit kept, no half file.

Each scenario runs in a child process that cannot write past a limit: a file-size limit
(RLIMIT_FSIZE, anywhere on Linux and macOS) and, where the test may mount one, a real small
tmpfs that runs out of space (ENOSPC).
"""

import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits and mounts")

CHILD = r"""
import json, resource, signal, sys
from pathlib import Path
from drempelkompas.runtime import i18n
from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import backups, barriers, collaborations
from drempelkompas.storage.database import open_database

scenario, path, limit = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
i18n.ensure_core_application()
open_database(path)
collaboration_id = collaborations.find_collaboration("Vol") or collaborations.create_collaboration("Vol")

def limit_file_size(extra):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    size = path.stat().st_size + extra
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

def report(**fields):
    print(json.dumps(fields), flush=True)

if scenario == "edits":
    if limit == "rlimit":
        limit_file_size(150_000)
    for number in range(100_000):
        try:
            barriers.add_barrier(
                collaboration_id, Precondition.KNOWLEDGE, f"Drempel {number}", description="x" * 8000
            )
        except DrempelError as error:
            report(refused=i18n.error_text(error), kind=type(error).__name__)
            break
        report(saved=f"Drempel {number}")
elif scenario == "backup":
    if limit == "rlimit":
        limit_file_size(-path.stat().st_size // 2)  # room for half a copy
    try:
        backups.create_backup()
        report(saved="backup")
    except DrempelError as error:
        report(refused=i18n.error_text(error), kind=type(error).__name__)
"""


def run_child(scenario: str, database, limit: str) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, scenario, str(database), limit],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(params=["rlimit", "tmpfs"])
def small_disk(request, tmp_path):
    """A folder where writing stops early: (folder, how)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if request.param == "tmpfs":
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
        )
        if mounted.returncode != 0:
            pytest.skip("mounting a small tmpfs needs root")
        yield folder, "none"
        subprocess.run(["umount", str(folder)], check=True)
    else:
        yield folder, "rlimit"


def stored_titles(database) -> set[str]:
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {title for (title,) in connection.execute("SELECT title FROM barrier")}


def test_a_full_disk_during_edits_keeps_every_saved_edit_and_says_so(small_disk):
    folder, limit = small_disk
    database = folder / "vol.sqlite"
    lines = run_child("edits", database, limit)
    saved = [line["saved"] for line in lines if "saved" in line]
    (refusal,) = [line for line in lines if "refused" in line]
    assert len(saved) > 3
    assert refusal["kind"] == "WriteFailedError"
    assert "the change was not saved" in refusal["refused"]
    assert stored_titles(database) == set(saved)


def test_a_full_disk_during_a_backup_leaves_no_half_backup(small_disk, tmp_path):
    folder, limit = small_disk
    prepared = tmp_path / "prepared.sqlite"
    lines = run_child("edits", prepared, "rlimit")  # about 150 kB of barriers, then refused
    database = folder / "vol.sqlite"
    with closing(sqlite3.connect(prepared)) as source:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(prepared, database)
    if limit == "none":  # fill the tmpfs so that no copy fits beside the database
        (folder / "ballast").write_bytes(b"\0" * (1024 * 1024 - 2 * database.stat().st_size))
    before = database.read_bytes()
    (result,) = run_child("backup", database, limit)
    assert result["kind"] == "WriteFailedError"
    assert "No backup could be written" in result["refused"]
    backups = folder / "vol-backups"
    assert not backups.exists() or list(backups.iterdir()) == []
    assert stored_titles(database) == {line["saved"] for line in lines if "saved" in line}
    assert database.read_bytes()[:100] == before[:100]
