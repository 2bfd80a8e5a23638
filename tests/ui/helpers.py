"""Helpers for widget tests: find the views, read what the database holds."""

from PySide6.QtWidgets import QListView

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
