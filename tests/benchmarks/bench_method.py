"""The method's tools at a large collaboration's size (40 partners, every commitment cell filled,
400 contributions, 300 scan answers over ten rounds), each figure beside its floor from the same run:

- the commitment panel beside the board, read and filled, against raw sqlite3 reading the same rows;
- the phase gate's check against the same raw reads;
- exporting and importing an exchange file of the collaboration against writing and reading the
  same JSON with nothing checked or merged.

    python tests/benchmarks/bench_method.py

Not part of the normal test run: timings depend on the machine, so nothing here asserts.
"""

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PARTNERS, CONTRIBUTIONS, RESPONSES = 40, 400, 300
RUNS = 7


def timed(work, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(path: Path) -> int:
    from drempelkompas.domain.enums import Level
    from drempelkompas.domain.scan import STATEMENT_KEYS
    from drempelkompas.services import collaborations, commitments, contributions, scans
    from drempelkompas.services.collaborations import PartnerView
    from drempelkompas.storage.database import open_database
    from drempelkompas.storage.models import database

    open_database(path)
    partners = [PartnerView(f"Partner {n}", "government", "problem_owner") for n in range(PARTNERS)]
    with database.atomic():
        cid = collaborations.create_collaboration("Groot", partners=partners)
        uuids = [p.uuid for p in collaborations.get_collaboration(cid).partners]
        for number, partner in enumerate(uuids):
            for level in Level:
                commitments.set_commitment(
                    cid, partner, level, ("asked", "committed")[number % 2], f"P{number}"
                )
        for number in range(CONTRIBUTIONS):
            contributions.add_contribution(
                cid, uuids[number % PARTNERS], "hours", f"Uren {number}", value=number * 10
            )
        for number in range(RESPONSES):
            scores = {key: (number + index) % 5 for index, key in enumerate(STATEMENT_KEYS)}
            scans.add_response(
                cid, f"R{number}", scores, date(2026, 1, 1) + timedelta(days=30 * (number % 10))
            )
    return cid


def raw_reads(path: Path) -> None:
    """The floor: the rows the panel and the gate read, straight from sqlite3."""
    with sqlite3.connect(path) as connection:
        for sql in (
            "SELECT * FROM partner",
            "SELECT * FROM commitment",
            "SELECT * FROM contribution WHERE deleted_at IS NULL",
            "SELECT * FROM scan_response WHERE deleted_at IS NULL",
            "SELECT catalog_key FROM barrier",
        ):
            connection.execute(sql).fetchall()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from drempelkompas.services import phase_gates
    from drempelkompas.services.exchange import export_file, import_file
    from drempelkompas.storage.database import close_database, open_database
    from drempelkompas.ui.method_panel import MethodPanel

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        cid = build(folder / "a.sqlite")
        panel = MethodPanel()
        panel.show()
        floor = timed(lambda: raw_reads(folder / "a.sqlite"))

        def fill_panel():
            panel.load(cid)
            app.processEvents()

        rows = [
            ("commitment panel read and filled", timed(fill_panel), floor, "raw sqlite3 reads of its rows"),
            ("phase gate checked", timed(lambda: phase_gates.check_gate(cid)), floor, "the same raw reads"),
        ]
        file = folder / "groot.drempel"
        export_ms = timed(lambda: export_file(file, [cid]), 3)
        close_database()
        open_database(folder / "b.sqlite")
        import_ms = timed(lambda: import_file(file), 3)  # the first adds; the next find nothing to change
        data = json.dumps({"partners": PARTNERS, "rows": list(range(CONTRIBUTIONS + RESPONSES * 13))})
        json_ms = timed(lambda: json.loads(json.dumps(json.loads(data))), 3)
        rows += [
            ("exchange export of the collaboration", export_ms, json_ms, "the JSON round trip alone"),
            (
                "exchange import (median of add, then unchanged)",
                import_ms,
                json_ms,
                "the JSON round trip alone",
            ),
        ]
        close_database()
    print(f"{PARTNERS} partners, {PARTNERS * 3} commitment cells, {CONTRIBUTIONS} contributions, "
          f"{RESPONSES} scan answers")  # fmt: skip
    print(f"{'measure':52} {'app':>10}  floor")
    for name, figure, base, what in rows:
        print(f"{name:52} {figure:8.1f} ms  {base:.1f} ms {what} ({figure / base:.1f}x)")


if __name__ == "__main__":
    main()
