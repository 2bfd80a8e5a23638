"""The board on a team database (PostgreSQL) beside the same board in a file, each figure beside its
floor from the same run:

- reading a board of 1,000 barriers, against psycopg (or sqlite3) reading the same rows;
- a card moved to the top of a column of 250, against the same column's positions shifted down and
  back by bare UPDATEs in one transaction;
- a field edit, its own transaction with its history, against one bare UPDATE committed;
- the look for others' changes a window makes every three seconds, against a bare SELECT 1.

    DREMPELKOMPAS_TEST_POSTGRES="$(.ci/postgres-server)" python tests/benchmarks/bench_team.py

Not part of the normal test run: timings depend on the machine, so nothing here asserts.
"""

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks.bench_governance import timed as median_ms  # after the path is set

BARRIERS = 1000
RUNS = 25


def timed(work) -> float:
    """The median of RUNS runs of `work`, in milliseconds."""
    return median_ms(work, RUNS)


def fill() -> tuple[int, list[int]]:
    from drempelkompas.domain.enums import Precondition
    from drempelkompas.services import barriers, collaborations
    from drempelkompas.services.barriers import new_barrier

    cid = collaborations.create_collaboration("Groot bord")
    preconditions = list(Precondition)
    rows = [
        new_barrier(cid, preconditions[n % 4], f"Drempel {n}", owner=f"Eigenaar {n % 9}")
        for n in range(BARRIERS)
    ]
    from drempelkompas.storage.models import database

    with database.atomic():
        barriers.append_barriers(rows, [None] * len(rows))
    ids = [card.id for column in barriers.board(cid).values() for card in column]
    return cid, ids


def measure(target, floor_read, floor_shift, floor_update, floor_ping) -> dict[str, tuple[float, float]]:
    from drempelkompas.domain.enums import Precondition
    from drempelkompas.services import barriers, session
    from drempelkompas.storage.database import close_database, open_database

    open_database(target)
    cid, ids = fill()
    moves = iter(range(10**6))
    figures = {
        "board of 1,000 read": (timed(lambda: barriers.board(cid)), timed(lambda: floor_read(cid))),
        "card moved": (
            timed(lambda: barriers.move_barrier(ids[next(moves) % 50], Precondition.FUNDING, 0)),
            timed(lambda: floor_shift(cid)),
        ),
        "field edited": (
            timed(lambda: barriers.update_barrier(ids[1], owner=f"Nieuw {next(moves)}")),
            timed(lambda: floor_update(ids[1], next(moves))),
        ),
        "look for others' changes": (timed(session.changed_elsewhere), timed(floor_ping)),
    }
    close_database()
    return figures


def on_a_file(folder: Path) -> dict[str, tuple[float, float]]:
    from drempelkompas.storage.database import close_database, open_database

    path = folder / "bench.sqlite"
    open_database(path)  # made by the app before the bare connection opens it
    close_database()
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = wal")
    raw.execute("PRAGMA synchronous = 2")

    def read(cid):
        raw.execute(
            "SELECT * FROM barrier WHERE collaboration_id = ? AND deleted_at IS NULL", (cid,)
        ).fetchall()

    def shift(cid):
        raw.execute("BEGIN")
        for by in (1, -1):
            raw.execute(
                "UPDATE barrier SET position = position + ? WHERE collaboration_id = ? AND precondition = ?",
                (by, cid, "funding"),
            )
        raw.execute("COMMIT")

    def update(barrier_id, number):
        raw.execute("UPDATE barrier SET owner = ? WHERE id = ?", (f"Raw {number}", barrier_id))

    return measure(path, read, shift, update, lambda: raw.execute("SELECT 1").fetchone())


def on_a_team_database(server: str) -> dict[str, tuple[float, float]]:
    from urllib.parse import urlsplit

    import psycopg

    name = "drempelkompas_bench"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    address = urlsplit(server)._replace(path=f"/{name}").geturl()
    try:
        with psycopg.connect(address, autocommit=True) as raw:

            def read(cid):
                raw.execute(
                    "SELECT * FROM barrier WHERE collaboration_id = %s AND deleted_at IS NULL", (cid,)
                ).fetchall()

            def shift(cid):
                with raw.transaction():
                    for by in (1, -1):
                        raw.execute(
                            "UPDATE barrier SET position = position + %s "
                            "WHERE collaboration_id = %s AND precondition = %s",
                            (by, cid, "funding"),
                        )

            def update(barrier_id, number):
                raw.execute("UPDATE barrier SET owner = %s WHERE id = %s", (f"Raw {number}", barrier_id))

            return measure(address, read, shift, update, lambda: raw.execute("SELECT 1").fetchone())
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    server = os.environ.get("DREMPELKOMPAS_TEST_POSTGRES")
    results = {"file (SQLite)": on_a_file(Path(tempfile.mkdtemp()))}
    if server:
        results["team database (PostgreSQL)"] = on_a_team_database(server)
    else:
        print("No DREMPELKOMPAS_TEST_POSTGRES: only the file is measured (see .ci/postgres-server).")
    for backend, figures in results.items():
        print(f"\n{backend}, median of {RUNS} runs")
        for what, (ours, floor) in figures.items():
            print(f"  {what:<26} {ours:8.2f} ms   floor {floor:6.2f} ms")


if __name__ == "__main__":
    main()
