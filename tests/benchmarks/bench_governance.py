"""Governance speed on 1,000, 10,000 and 100,000 barriers, each figure beside its floor from the
same run:

- the meeting pack of the largest collaboration (a fifth of all barriers), rendered to PDF,
  against a bare reportlab document of the same rows (a table of every open barrier);
- the portfolio of every collaboration against raw sqlite3 counting the same open barriers;
- progress over time (the replay of the history) against raw sqlite3 reading the same history.

    python tests/benchmarks/bench_governance.py [1000 10000 100000]

Not part of the normal test run: timings depend on the machine, so nothing here asserts.
"""

import os
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks.bench_board import LARGEST_NAME, SCALES, build_database

RUNS = 5
FOLDER = Path("/tmp/drempelkompas-bench")


def timed(work, runs: int = RUNS) -> float:
    """The median of `runs` runs of `work`, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bare_table_pdf(rows: list[list[str]]) -> bytes:
    """The floor of the pack: reportlab alone laying out the same rows as one table."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from drempelkompas.report.styles import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=11)
    cells = [[Paragraph(text, style) for text in row] for row in rows]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Table(cells, repeatRows=1)])
    return buffer.getvalue()


def measure(path: Path) -> None:
    from drempelkompas.report.meeting_pdf import render_meeting
    from drempelkompas.runtime import i18n
    from drempelkompas.services import collaborations, meeting_documents, meetings
    from drempelkompas.services.portfolio import portfolio
    from drempelkompas.services.timelines import timeline
    from drempelkompas.storage.database import close_database, open_database

    open_database(path)
    i18n.ensure_core_application()
    language = i18n.Language("nl")
    largest = collaborations.find_collaboration(LARGEST_NAME)
    held_on = date.today() + timedelta(days=14)
    if meetings.find_meeting(largest, held_on) is None:
        meetings.plan_meeting(largest, held_on, "Stuurgroep")
    snapshot = meeting_documents.meeting_pack(largest, held_on)
    rows = [[a["title"], a["next_action"], a["owner"], a["due_date"] or ""] for a in snapshot["actions"]]
    pack = timed(lambda: render_meeting(meeting_documents.meeting_pack(largest, held_on), language), runs=3)
    floor = timed(lambda: bare_table_pdf(rows), runs=3)
    print(
        f"  meeting pack ({len(rows)} open barriers): {pack:7.0f} ms   bare reportlab table {floor:7.0f} ms"
        f"   {pack / floor:4.1f}×"
    )
    close_database()

    raw = sqlite3.connect(path)
    counting = (
        "SELECT collaboration_id, precondition, count(*), sum(due_date < ?), max(impact) FROM barrier "
        "WHERE deleted_at IS NULL AND status != 'overcome' GROUP BY collaboration_id, precondition"
    )
    raw_counts = timed(lambda: raw.execute(counting, (date.today().isoformat(),)).fetchall())
    history = (
        "SELECT b.id, c.field, c.old_value, c.new_value, c.changed_at FROM barrier b "
        "JOIN barrier_change c ON c.barrier_id = b.id WHERE b.collaboration_id = ? "
        "ORDER BY b.id, c.changed_at"
    )
    raw_history = timed(lambda: raw.execute(history, (largest,)).fetchall())
    raw.close()
    open_database(path)
    whole = timed(lambda: portfolio(date.today()))
    replayed = timed(lambda: timeline(largest, date.today()))
    print(
        f"  portfolio of every collaboration: {whole:7.1f} ms   raw sqlite3 counts {raw_counts:7.1f} ms"
        f"   {whole / raw_counts:4.1f}×"
    )
    print(
        f"  progress over time (largest):     {replayed:7.1f} ms   raw sqlite3 history {raw_history:7.1f} ms"
        f"   {replayed / raw_history:4.1f}×"
    )
    close_database()


def main() -> int:
    wanted = [int(n) for n in sys.argv[1:]] or [scale[0] for scale in SCALES]
    FOLDER.mkdir(exist_ok=True)
    for barriers, collaborations, largest in SCALES:
        if barriers not in wanted:
            continue
        path = FOLDER / f"governance-{barriers}.sqlite"
        if not path.exists():
            build_database(path, barriers, collaborations, largest)
        print(f"{barriers:,} barriers, {collaborations} collaborations, the largest {largest:,}:")
        measure(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
