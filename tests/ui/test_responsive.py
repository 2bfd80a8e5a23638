"""Long work never freezes the window: while it runs, the event loop keeps turning, and an import
can be cancelled, leaving everything as it was (issue 14).

Each test makes the work itself slow (as a large database would) and counts the ticks of a
timer on the GUI thread meanwhile; a frozen window would count none.
"""

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton

from drempelkompas.services import backups, barriers, collaborations, csv_io, exchange
from drempelkompas.services.exchange_file import read_exchange_file, write_exchange_file
from drempelkompas.ui.backup_dialog import BackupDialog
from drempelkompas.ui.csv_preview_dialog import CsvPreviewDialog
from drempelkompas.ui.exchange_dialogs import ExportDialog, ImportPreviewDialog
from tests.test_csv import HEADER_EN

SLOW = 0.4  # seconds the work takes
TICK_MS = 20


def slowed(function):
    def slow(*args, **kwargs):
        time.sleep(SLOW)
        return function(*args, **kwargs)

    return slow


@pytest.fixture
def ticks():
    """A timer on the GUI thread; the list grows while the event loop turns."""
    counted: list[float] = []
    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(lambda: counted.append(time.monotonic()))
    timer.start()
    yield counted
    timer.stop()


def assert_kept_turning(counted: list[float]) -> None:
    # Half of the ticks the slow work would allow are plenty on a busy machine, and none without a worker.
    assert len(counted) >= SLOW * 1000 / TICK_MS / 4, counted


def test_exporting_an_exchange_file_keeps_the_window_turning(
    window, monkeypatch, answer_dialog, tmp_path, ticks
):
    monkeypatch.setattr(exchange, "export_file", slowed(exchange.export_file))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.drempel"), ""))
    answer_dialog(ExportDialog)
    window.file_actions.export_exchange_action.trigger()
    assert (tmp_path / "x.drempel").exists()
    assert_kept_turning(ticks)


def test_previewing_and_importing_an_exchange_file_keeps_the_window_turning(
    window, monkeypatch, answer_dialog, tmp_path, ticks
):
    file = tmp_path / "x.drempel"
    exchange.export_file(file, [window.board.collaboration_id])
    data = read_exchange_file(file)  # what a colleague changed meanwhile
    data["collaborations"][0]["barriers"][0]["next_action"] = "Bespreken in de stuurgroep"
    write_exchange_file(file, data)
    monkeypatch.setattr(exchange, "import_file", slowed(exchange.import_file))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    answer_dialog(ImportPreviewDialog)
    window.file_actions.import_exchange_action.trigger()
    cards = barriers.board(window.board.collaboration_id)
    assert "Bespreken in de stuurgroep" in {card.next_action for column in cards.values() for card in column}
    assert_kept_turning(ticks)


def test_importing_a_csv_file_keeps_the_window_turning(window, monkeypatch, answer_dialog, tmp_path, ticks):
    file = tmp_path / "in.csv"
    file.write_text(HEADER_EN + "Proeftuin,knowledge,Geen data,,,,,,,,\n", encoding="utf-8")
    monkeypatch.setattr(csv_io, "import_csv", slowed(csv_io.import_csv))
    monkeypatch.setattr("drempelkompas.ui.csv_actions.import_csv", slowed(csv_io.import_csv))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    answer_dialog(CsvPreviewDialog)
    window.csv_actions.import_action.trigger()
    assert collaborations.find_collaboration("Proeftuin") is not None
    assert_kept_turning(ticks)


def test_a_backup_by_hand_keeps_the_window_turning(window, monkeypatch, qtbot, ticks):
    monkeypatch.setattr(backups, "create_backup", slowed(backups.create_backup))
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    before = dialog.list.topLevelItemCount()
    dialog.create_backup()
    assert dialog.list.topLevelItemCount() == before + 1
    assert_kept_turning(ticks)


def cancel_when_under_way(monkeypatch, module, name: str) -> list[tuple[int, int]]:
    """Makes `module.name` (an import taking `progress`) wait at its first report until the
    progress dialog's Cancel is pressed, as a user would; returns the reports the import made."""
    under_way, pressed = threading.Event(), threading.Event()
    reports: list = []
    real = getattr(module, name)

    def waiting(*args, progress=None, **kwargs):
        if kwargs.get("dry_run"):  # the preview before it runs to its end
            return real(*args, progress=progress, **kwargs)

        def report(done, total):
            reports.append((done, total))
            under_way.set()
            pressed.wait(10)
            progress(done, total)

        return real(*args, progress=report if progress is not None else None, **kwargs)

    def press_cancel():
        if under_way.is_set() and not pressed.is_set():
            for dialog in QApplication.allWidgets():
                if isinstance(dialog, QProgressDialog) and "Importing" in dialog.labelText():
                    dialog.findChild(QPushButton).click()
                    reports.append(dialog.labelText())  # till the worker stops: not hidden, but saying so
                    pressed.set()
                    presser.stop()

    presser = QTimer(QApplication.instance(), interval=10)  # lives on after this function returns
    presser.timeout.connect(press_cancel)
    presser.start()
    monkeypatch.setattr(module, name, waiting)
    return reports


def test_a_cancelled_exchange_import_changes_nothing_and_says_so(
    window, monkeypatch, answer_dialog, tmp_path
):
    file = tmp_path / "x.drempel"
    exchange.export_file(file, [window.board.collaboration_id])
    data = read_exchange_file(file)
    data["collaborations"][0]["barriers"][0]["next_action"] = "Bespreken in de stuurgroep"
    write_exchange_file(file, data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    answer_dialog(ImportPreviewDialog)
    reports = cancel_when_under_way(monkeypatch, exchange, "import_file")
    window.file_actions.import_exchange_action.trigger()
    cards = barriers.board(window.board.collaboration_id)
    assert "Bespreken in de stuurgroep" not in {c.next_action for column in cards.values() for c in column}
    assert reports[0][1] > 0 and reports[1] == "Cancelling…"
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed."


def test_a_cancelled_csv_import_changes_nothing_and_says_so(window, monkeypatch, answer_dialog, tmp_path):
    file = tmp_path / "in.csv"
    rows = "".join(f"Proeftuin,knowledge,Drempel {n},,,,,,,,\n" for n in range(250))
    file.write_text(HEADER_EN + rows, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    answer_dialog(CsvPreviewDialog)
    import drempelkompas.ui.csv_actions as csv_actions

    reports = cancel_when_under_way(monkeypatch, csv_actions, "import_csv")
    window.csv_actions.import_action.trigger()
    assert collaborations.find_collaboration("Proeftuin") is None
    assert reports == [(100, 500), "Cancelling…"]  # stopped at its first report
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed."
