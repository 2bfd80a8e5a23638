"""Long work off the GUI thread: a worker thread and a progress dialog, while the window keeps painting."""

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from drempelkompas.domain.progress import cancelled
from drempelkompas.storage.models import database

Result = TypeVar("Result")

SHOW_AFTER_MS = 300  # quick work finishes without a dialog flashing up
UPDATE_MS = 100  # how often the dialog shows how far the work is


def run_with_progress(
    parent: QWidget, label: str, work: Callable[..., Result], *, cancellable: bool = False
) -> Result:
    """Runs `work` in a worker thread and returns its result (or raises its error) here.

    Meanwhile a modal dialog says what is happening; the event loop keeps turning, so the
    window repaints. The worker has a database connection of its own, closed when it is done.
    A `cancellable` work is called with a `Progress` callback: the dialog then shows how far it
    is and has a Cancel button, after which the callback raises CancelledError in the worker.
    """
    outcome: dict = {}
    loop = QEventLoop()
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)  # and no known end: a busy indicator
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.reset()  # a new QProgressDialog shows itself unless reset
    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(dialog.show)
    steps = _Steps()
    # Qt would hide the dialog at once, leaving the window free while the work winds down.
    dialog.canceled.disconnect(dialog.cancel)
    dialog.canceled.connect(lambda: _stop(steps, dialog))
    updates = QTimer(interval=UPDATE_MS)
    updates.timeout.connect(lambda: steps.show_in(dialog))

    def worker() -> None:
        try:
            outcome["result"] = work(steps.progress) if cancellable else work()
        except BaseException as error:  # handed to the GUI thread, which reports it
            outcome["error"] = error
        finally:
            if not database.is_closed():
                database.close()  # this thread's own connection
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    thread = threading.Thread(target=worker, name="drempelkompas-worker", daemon=True)
    timer.start()
    updates.start()
    thread.start()
    loop.exec()
    thread.join()
    timer.stop()
    updates.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _stop(steps: "_Steps", dialog: QProgressDialog) -> None:
    """Cancel pressed: the worker stops at its next report; till then the dialog says so."""
    steps.stop()
    dialog.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))
    if (button := dialog.findChild(QPushButton)) is not None:
        button.setEnabled(False)


class _Steps:
    """How far the worker is, written there and read here; and whether the user cancelled."""

    def __init__(self) -> None:
        self.done, self.total = 0, 0
        self._stop = threading.Event()

    def progress(self, done: int, total: int) -> None:  # in the worker
        self.done, self.total = done, total
        if self._stop.is_set():
            raise cancelled()

    def stop(self) -> None:
        self._stop.set()

    def show_in(self, dialog: QProgressDialog) -> None:
        if self.total and not self._stop.is_set():
            dialog.setMaximum(self.total)
            dialog.setValue(min(self.done, self.total))
