"""Board speed and memory on 1,000, 10,000 and 100,000 barriers, each figure next to its bare floor,
measured in the same run.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_board.py [1000 10000 100000]

Not part of the normal test run: timings depend on the machine, so nothing here asserts.
"""

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# (barriers, collaborations, cards in the largest): the largest holds a fifth of all barriers.
SCALES = ((1_000, 20, 200), (10_000, 200, 2_000), (100_000, 2_000, 20_000))
LARGEST_NAME = "Grootste samenwerking"
RUNS = 5

# The peak memory of the process itself (VmHWM), not ru_maxrss: that carries over the bench's own
# size from before the child's exec.
PEAK_KIB = "int(next(line for line in open('/proc/self/status') if line.startswith('VmHWM')).split()[1])"

BARE_WINDOW = f"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", {PEAK_KIB}, flush=True)
"""

# The app as `drempelkompas --db FILE` starts it, told to say when its window is shown and painted.
APP_WINDOW = f"""
import sys
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
QStandardPaths.setTestModeEnabled(True)

def shown():
    app.processEvents()  # the first paint
    (window,) = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"]
    assert len(window.board.all_cards()) == int(sys.argv[2])
    print("shown", {PEAK_KIB}, flush=True)
    app.quit()

QTimer.singleShot(0, shown)
from drempelkompas.app.start import run_app
run_app(sys.argv[1], "nl")
"""


def build_database(path: Path, barriers_in_all: int, collaborations_in_all: int, largest: int) -> None:
    from drempelkompas.services import barriers, collaborations
    from drempelkompas.storage.database import close_database, open_database
    from drempelkompas.storage.models import database

    rng = random.Random(7)
    open_database(path)
    rest = (barriers_in_all - largest) // (collaborations_in_all - 1)
    sizes = [largest] + [rest] * (collaborations_in_all - 1)
    sizes[-1] += barriers_in_all - sum(sizes)
    with database.atomic():
        for number, size in enumerate(sizes):
            name = LARGEST_NAME if number == 0 else f"Samenwerking {number:04d}"
            collaboration = collaborations.create_collaboration(name, ambition="Een gedeelde ambitie")
            rows = [
                barriers.new_barrier(
                    collaboration,
                    rng.choice(["knowledge", "commitment", "funding", "facilities"]),
                    f"Drempel {item} over {rng.choice(['data', 'budget', 'draagvlak', 'zandbak'])}",
                    description="Een omschrijving van de drempel " * 3,
                    status=rng.choice(["open", "open", "in_progress", "overcome"]),
                    owner=rng.choice(["Fatima", "Bram", "Ingrid", ""]),
                    impact=rng.randint(1, 5),
                )
                for item in range(size)
            ]
            barriers.append_barriers(rows, [None] * len(rows))
    close_database()


def time_child(code: str, *args: str) -> tuple[float, int]:
    """Seconds from starting a Python process until it says its window is shown, and its peak RSS."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait()
    assert line.startswith("shown"), line
    return elapsed, int(line.split()[1])


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_startup(path: Path, largest: int) -> list[tuple[str, str, str]]:
    from PySide6.QtCore import QSettings, QStandardPaths

    from drempelkompas.runtime.locations import set_application_names

    # Make the app open on the largest collaboration, as a user who left it there would.
    QStandardPaths.setTestModeEnabled(True)
    set_application_names()
    from drempelkompas.services.collaborations import find_collaboration, get_collaboration
    from drempelkompas.storage.database import close_database, open_database

    open_database(path)
    QSettings().setValue("collaboration/last", get_collaboration(find_collaboration(LARGEST_NAME)).uuid)
    QSettings().sync()
    close_database()

    bare = [time_child(BARE_WINDOW) for _ in range(RUNS)]
    app = [time_child(APP_WINDOW, str(path), str(largest)) for _ in range(RUNS)]
    bare_ms, app_ms = median_ms([b[0] for b in bare]), median_ms([a[0] for a in app])
    bare_mib = max(b[1] for b in bare) / 1024
    app_mib = max(a[1] for a in app) / 1024
    return [
        (
            "main window shown and painted (process start → shown)",
            f"{app_ms:.0f} ms",
            f"{bare_ms:.0f} ms bare QMainWindow ({app_ms / bare_ms:.2f}x)",
        ),
        ("peak memory with the database open", f"{app_mib:.0f} MiB", f"{bare_mib:.0f} MiB bare QMainWindow"),
    ]


def bench_in_app(path: Path, largest_size: int) -> list[tuple[str, str, str]]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    from drempelkompas.services import barriers
    from drempelkompas.services.collaborations import find_collaboration
    from drempelkompas.storage.database import open_database
    from drempelkompas.ui.main_window import MainWindow

    open_database(path)
    window = MainWindow(str(path))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    largest, small = find_collaboration(LARGEST_NAME), find_collaboration("Samenwerking 0001")

    def row_index(collaboration_id):
        return window.panel.model.index(window.panel.model.row_of(collaboration_id))

    switch = []  # what a click in the collaboration list does
    for _ in range(10):
        window.panel.view.setCurrentIndex(row_index(small))
        app.processEvents()
        start = time.perf_counter()
        window.panel.view.setCurrentIndex(row_index(largest))
        window.repaint()
        switch.append(time.perf_counter() - start)
    assert len(window.board.all_cards()) == largest_size

    bare = QMainWindow()
    bare.resize(1400, 900)
    bare.show()
    app.processEvents()
    bare_paint = []
    for _ in range(10):
        start = time.perf_counter()
        bare.repaint()
        bare_paint.append(time.perf_counter() - start)

    keystroke = []
    for text in ["d", "da", "dat", "data", "dat", "da", "d", "", "z", "za", "zan", ""] * 2:
        start = time.perf_counter()
        window.filter_bar.search.setText(text)
        window.repaint()
        keystroke.append(time.perf_counter() - start)

    from drempelkompas.domain.enums import Precondition

    # A card moved as the keyboard or a drop does: saved, its columns re-read; timed until the event
    # loop has repainted both columns (what the user waits for), and until both are laid out to
    # their last card (which the batched layout does in the turns after that).
    columns = window.board_view.columns
    painted: dict[object, float] = {}
    spy = paint_spy(painted)
    for view in columns.values():
        view.viewport().installEventFilter(spy)
    ui_moves, ui_moves_laid_out = [], []
    rng = random.Random(4)
    while len(ui_moves) < 30:
        source, target = rng.choice(list(Precondition)[:3]), rng.choice(list(Precondition)[:3])
        shown = columns[source].model()  # a card the user can see and take
        if not shown.rowCount():
            continue
        card = shown.card(rng.randrange(shown.rowCount()))
        position = rng.randrange(len(window.board.column_cards(target)) + 1)
        if target is source and position in (card.position, card.position + 1):
            continue  # not a move: nothing to repaint
        changed = {columns[source].viewport(), columns[target].viewport()}
        painted.clear()
        start = time.perf_counter()
        window.board_actions.move_to(card.id, target, position)
        while not changed <= painted.keys():
            app.processEvents()
            if time.perf_counter() - start > 10:
                raise AssertionError(f"no repaint after moving {card.title} to {target} {position}")
        ui_moves.append(max(painted[v] for v in changed) - start)
        app.processEvents()
        ui_moves_laid_out.append(time.perf_counter() - start)

    rng = random.Random(3)
    moves = []
    for _ in range(50):
        board = barriers.board(largest)
        card = rng.choice(board[Precondition.KNOWLEDGE] + board[Precondition.FUNDING])
        start = time.perf_counter()
        barriers.move_barrier(card.id, rng.choice(["knowledge", "funding"]), rng.randrange(0, 400))
        moves.append(time.perf_counter() - start)
    window.close()
    raw_move = raw_sqlite_move_ms(path)
    return [
        (
            f"switch to the largest collaboration ({largest_size:,} cards)",
            f"{median_ms(switch):.1f} ms",
            f"{median_ms(bare_paint):.2f} ms bare window repaint",
        ),
        (
            "search keystroke → repainted board",
            f"{median_ms(keystroke):.1f} ms",
            f"{median_ms(bare_paint):.2f} ms bare window repaint",
        ),
        (
            "one card move saved to disk (service)",
            f"{median_ms(moves):.2f} ms",
            f"{raw_move:.2f} ms raw sqlite3, same statements",
        ),
        (
            "one card move, saved, until both columns are repainted (UI)",
            f"{median_ms(ui_moves):.1f} ms",
            f"{raw_move:.2f} ms raw sqlite3 save ({median_ms(ui_moves) / raw_move:.1f}x)",
        ),
        (
            "one card move, until both columns are laid out to their last card",
            f"{median_ms(ui_moves_laid_out):.1f} ms",
            f"{raw_move:.2f} ms raw sqlite3 save ({median_ms(ui_moves_laid_out) / raw_move:.1f}x)",
        ),
    ]


def paint_spy(painted: dict):
    """An event filter noting when each watched viewport was first painted since `painted` was cleared."""
    from PySide6.QtCore import QEvent, QObject

    class Spy(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched not in painted:
                painted[watched] = time.perf_counter()
            return False

    return Spy()


def raw_sqlite_move_ms(path: Path) -> float:
    """The floor for a move: the same statements as `move_barrier`, on raw sqlite3, committed."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("PRAGMA synchronous=FULL")
    rng = random.Random(5)
    samples = []
    for _ in range(50):
        barrier_id, precondition, position = connection.execute(
            "SELECT id, precondition, position FROM barrier "
            "WHERE collaboration_id = 1 AND deleted_at IS NULL ORDER BY random() LIMIT 1"
        ).fetchone()
        target, new_position = rng.choice(["knowledge", "funding"]), rng.randrange(0, 400)
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute(
            "UPDATE barrier SET position = position - 1 WHERE collaboration_id = 1 AND precondition = ? "
            "AND position > ? AND deleted_at IS NULL",
            (precondition, position),
        )
        connection.execute(
            "UPDATE barrier SET position = position + 1 WHERE collaboration_id = 1 AND precondition = ? "
            "AND position >= ? AND deleted_at IS NULL AND id != ?",
            (target, new_position, barrier_id),
        )
        connection.execute(
            "UPDATE barrier SET precondition = ?, position = ?, updated_at = datetime('now') WHERE id = ?",
            (target, new_position, barrier_id),
        )
        connection.execute(
            "INSERT INTO barrier_change (uuid, barrier_id, field, old_value, new_value, changed_at) "
            "VALUES (lower(hex(randomblob(16))), ?, 'position', ?, ?, datetime('now'))",
            (barrier_id, str(position), str(new_position)),
        )
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    connection.close()
    return median_ms(samples)


def main() -> None:
    folder = Path(tempfile.gettempdir()) / "drempelkompas-bench"
    folder.mkdir(exist_ok=True)
    chosen = [scale for scale in SCALES if not sys.argv[1:] or str(scale[0]) in sys.argv[1:]]
    for barriers_in_all, collaborations_in_all, largest in chosen:
        path = folder / f"board-{barriers_in_all}-v2.sqlite"
        if not path.exists():
            started = time.perf_counter()
            build_database(path, barriers_in_all, collaborations_in_all, largest)
            print(f"built {path} in {time.perf_counter() - started:.1f} s")
        rows = bench_startup(path, largest) + bench_in_app(path, largest)
        width = max(len(row[0]) for row in rows)
        scale = f"{barriers_in_all:,} barriers in {collaborations_in_all:,} collaborations"
        print(f"\n{scale}, {largest:,} in the largest")
        print(f"{'measure':<{width}}  {'app':>10}  floor")
        for name, value, floor in rows:
            print(f"{name:<{width}}  {value:>10}  {floor}")


if __name__ == "__main__":
    main()
