"""On a team database: shows, within a few seconds, what someone else changed."""

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from drempelkompas.domain.errors import DrempelError
from drempelkompas.runtime import i18n
from drempelkompas.services import session

LOOK_EVERY_MS = 3000


class OthersChanges(QObject):
    """Asks the team database every few seconds whether someone else changed it, and if so reloads the
    window, keeping the collaboration and the card the user works on. Not while a dialog is open: the
    dialog's data stays as the user sees it, and the window catches up when it closes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, interval=LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return
        if self.window.board_view.is_typing_new_card():
            return  # a title half typed stays as it is; the next look catches up
        try:
            changed = session.changed_elsewhere()
        except DrempelError as error:  # the server is gone for a moment: said, and tried again later
            self.window.statusBar().showMessage(i18n.error_text(error), LOOK_EVERY_MS)
            return
        if changed:
            self.window.show_changes_of_others()
