"""Helpers for widget tests: find the views, read what the database holds."""

from PySide6.QtWidgets import QListView, QMessageBox

from drempelkompas.domain.enums import Precondition
from drempelkompas.services import barriers


def column(window, precondition: Precondition) -> QListView:
    return window.findChild(QListView, f"column-{precondition.value}")


def shown_collaboration(window) -> int:
    return window.board.collaboration_id


def stored_titles(collaboration_id: int, precondition: Precondition) -> list[str]:
    """What the database holds, in board order: the truth the tests check."""
    return [card.title for card in barriers.board(collaboration_id)[precondition]]


def choose_language(window, code: str) -> None:
    """As a user picks it from the menu; the switch reaches the widgets through the event loop."""
    from PySide6.QtWidgets import QApplication

    next(a for a in window.language_actions.actions() if a.data() == code).trigger()
    QApplication.processEvents()


def answer_box(monkeypatch, *button_texts: str) -> list[str]:
    """The next QMessageBoxes the app builds are answered by clicking the buttons with these texts,
    one per box; returns the texts the boxes showed."""
    shown, answers = [], iter(button_texts)

    def exec_(box):
        shown.append(box.text())
        wanted = next(answers)
        next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown
