"""Fixtures for widget tests: the main window on demo data, and dialogs answered by the test."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from drempelkompas.runtime.locations import set_application_names
from drempelkompas.services.demo import fill_demo
from drempelkompas.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def clean_settings(qapp):
    set_application_names()
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """No message box may block a test: each is recorded and answered with its default button.

    A test that expects one checks `message_boxes` and clears it; any other one fails the test.
    """
    shown = []

    def record(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    yield shown
    unexpected = [box for box in shown if box[0] != "question"]
    assert not unexpected, f"unexpected message box: {unexpected}"


@pytest.fixture
def demo_db(db_path):
    fill_demo()
    return db_path


@pytest.fixture
def window(qtbot, demo_db):
    window = MainWindow(str(demo_db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=60_000)  # pytest-qt's 5 s default is tight on a busy machine
    return window


@pytest.fixture
def answer_dialog(monkeypatch):
    """answer_dialog(DialogClass, fill) makes the dialog's exec() run `fill(dialog)` and accept."""

    def install(dialog_class, fill=lambda dialog: None, accept=True):
        seen = []

        def exec_(dialog):
            seen.append(dialog)
            fill(dialog)
            return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

        monkeypatch.setattr(dialog_class, "exec", exec_)
        return seen

    return install
