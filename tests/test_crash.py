"""A crash loses nothing the user saw done: kill a writer at a random moment, then check the file.

The child applies edits in a loop and reports each one after its transaction returned. After
SIGKILL, the reopened database must pass integrity_check and hold every reported edit.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from drempelkompas.services import barriers, collaborations
from drempelkompas.storage.database import close_database, open_database

TRIALS = 20

WRITER = """
import sys
from drempelkompas.storage.database import open_database
from drempelkompas.services import barriers, collaborations

open_database(sys.argv[1])
collaboration = collaborations.create_collaboration("Crash")
first = barriers.add_barrier(collaboration, "knowledge", "edit 0")
print("ready", flush=True)
number = 0
while True:
    number += 1
    if number % 3 == 0:
        barriers.update_barrier(first, owner=f"owner {number}")
        print(f"owner {number}", flush=True)
    elif number % 3 == 1:
        barriers.add_barrier(collaboration, "funding", f"edit {number}", position=0)
        print(f"add {number}", flush=True)
    else:
        barriers.move_barrier(first, "commitment" if number % 2 else "knowledge", 0)
        print(f"move {number}", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.timeout(300)
def test_killed_writer_loses_no_reported_edit(tmp_path):
    rng = random.Random(20261128)
    lost = reported_total = 0
    for trial in range(TRIALS):
        path = tmp_path / f"crash-{trial}.sqlite"
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, bufsize=1
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.8))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reported = child.stdout.read().split("\n")[:-1]  # a last line without newline was cut off

        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        open_database(path)
        try:
            board = barriers.board(collaborations.find_collaboration("Crash"))
            titles = {card.title for column in board.values() for card in column}
            first = barriers.get_barrier(1)
        finally:
            close_database()
        added = {f"edit {line.split()[1]}" for line in reported if line.startswith("add")}
        owners = [int(line.split()[1]) for line in reported if line.startswith("owner")]
        lost += len(added - titles)
        if owners:
            lost += int(first.owner.split()[1]) < owners[-1]
        assert len(reported) > 0
        reported_total += len(reported)
    print(f"\ncrash test: {TRIALS} kills, {reported_total} reported edits, {lost} lost")
    assert lost == 0
