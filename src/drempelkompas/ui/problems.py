"""How the desktop tells the user that what they asked for did not happen.

Every action that calls a service goes through `reports_problems` (or, for undoable changes,
through `commands.ServiceCommand`): our own errors, a read-only database, a full disk or a file
the system refuses all end in the same message box, never in the crash dialog.
"""

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from drempelkompas.domain.errors import CancelledError, DrempelError
from drempelkompas.runtime import i18n

PROBLEMS = (DrempelError, OSError)  # what a user can cause or meet; anything else is a bug


def show_problem(parent: QWidget | None, error: DrempelError | OSError) -> None:
    """Tells the user, in a warning box, why what they asked for did not happen."""
    title = QCoreApplication.translate("Errors", "This cannot be done")
    QMessageBox.warning(parent, title, i18n.problem_text(error))


def reports_problems(slot: Callable) -> Callable:
    """For a method of a widget (or of an object with a `window`): a problem becomes the message box."""

    @functools.wraps(slot)
    def guarded(self, *args, **kwargs):
        try:
            return slot(self, *args, **kwargs)
        except CancelledError as error:  # the user stopped it: no warning, a word in the status bar
            window = (self if isinstance(self, QWidget) else self.window).window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(i18n.problem_text(error), 10_000)
            return None
        except PROBLEMS as error:
            show_problem(self if isinstance(self, QWidget) else self.window, error)
            return None

    return guarded
