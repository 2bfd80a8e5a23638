"""Long work off the GUI thread: a worker thread and a progress dialog, while the window keeps painting."""

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from drempelkompas.storage.models import database

Result = TypeVar("Result")

SHOW_AFTER_MS = 300  # quick work finishes without a dialog flashing up


def run_with_progress(parent: QWidget, label: str, work: Callable[[], Result]) -> Result:
    """Runs `work` in a worker thread and returns its result (or raises its error) here.

    Meanwhile a modal dialog says what is happening; the event loop keeps turning, so the
    window repaints. The worker has a database connection of its own, closed when it is done.
    """
    outcome: dict = {}
    loop = QEventLoop()
    dialog = QProgressDialog(label, "", 0, 0, parent)  # no known end: a busy indicator
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.reset()  # a new QProgressDialog shows itself unless reset
    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(dialog.show)

    def worker() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed to the GUI thread, which reports it
            outcome["error"] = error
        finally:
            if not database.is_closed():
                database.close()  # this thread's own connection
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    thread = threading.Thread(target=worker, name="drempelkompas-worker", daemon=True)
    timer.start()
    thread.start()
    loop.exec()
    thread.join()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
