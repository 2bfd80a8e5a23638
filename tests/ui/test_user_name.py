"""The name a file's history records: given once in the app, and used for every change after it."""

from PySide6.QtWidgets import QInputDialog

from drempelkompas.domain.enums import Precondition
from drempelkompas.runtime import settings
from drempelkompas.services import barriers


def test_the_name_given_once_is_recorded_in_the_history_from_then_on(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("  Anna de Vries ", True))
    window.user_name_action.trigger()
    assert settings.USER_NAME.read() == "Anna de Vries"
    card = window.board.column_cards(Precondition.KNOWLEDGE)[0]
    barriers.update_barrier(card.id, owner="Nieuw")
    assert barriers.history(card.id)[-1].actor == "Anna de Vries"


def test_an_empty_name_is_refused_and_the_old_one_stays(window, monkeypatch, message_boxes):
    settings.USER_NAME.write("Bo")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("   ", True))
    window.user_name_action.trigger()
    assert settings.USER_NAME.read() == "Bo"
    assert message_boxes and "cannot be empty" in message_boxes[0][2]
    message_boxes.clear()
