"""The app on a team database: it shows what others change, reaches the database by its address, and
asks for a password when the server wants one."""

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from drempelkompas.domain.enums import Precondition
from drempelkompas.runtime import settings
from drempelkompas.services import barriers
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.team_login import PasswordDialog, TeamAddressDialog
from tests.ui.helpers import answer_box

pytestmark = pytest.mark.team_only


def as_a_colleague(address: str, statements: str) -> None:
    """Runs the services in a process of its own on the same team database, as a colleague's laptop."""
    script = (
        f"from drempelkompas.storage.database import open_database\nopen_database({address!r})\n{statements}"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=100)


def titles(window, precondition) -> list[str]:
    return [card.title for card in window.board.column_cards(precondition)]


def test_a_colleagues_new_card_appears_and_the_users_card_stays_selected(window, demo_db):
    cid = window.board.collaboration_id
    mine = window.board.column_cards(Precondition.KNOWLEDGE)[0]
    window.board_view.select_card(mine.id)
    window.others_changes.look()  # nothing changed yet
    assert "Nieuw van een collega" not in titles(window, Precondition.FUNDING)
    as_a_colleague(
        demo_db,
        "from drempelkompas.services import barriers\n"
        f"barriers.add_barrier({cid}, 'funding', 'Nieuw van een collega')",
    )
    window.others_changes.look()
    assert "Nieuw van een collega" in titles(window, Precondition.FUNDING)
    assert window.board_view.current_card().id == mine.id
    assert "changes made by others" in window.statusBar().currentMessage()
    assert "team database" in window.windowTitle()


def test_the_users_own_change_does_not_count_as_someone_elses(window):
    cid = window.board.collaboration_id
    barriers.add_barrier(cid, Precondition.FUNDING, "Van mijzelf")
    window.statusBar().clearMessage()
    window.others_changes.look()
    assert window.statusBar().currentMessage() == ""


def test_backups_are_the_servers_business(window):
    assert not window.file_actions.backups_action.isEnabled()


def test_the_address_dialog_takes_only_a_team_address(qtbot):
    dialog = TeamAddressDialog()
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    dialog.address.setText("server/drempelkompas")
    assert not open_button.isEnabled() and "postgresql://" in dialog.problem.text()
    dialog.address.setText("postgresql://anna:S3cret@server/drempelkompas")
    assert open_button.isEnabled() and dialog.problem.isHidden()
    dialog.accept()
    assert settings.LAST_TEAM_DATABASE.read() == "postgresql://anna@server/drempelkompas"  # no password kept


def test_the_app_asks_for_the_password_again_until_it_is_right(password_role, answer_dialog, monkeypatch):
    from drempelkompas.app import start

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(start, "remembered_password", lambda address: None)
    typed = iter(["fout", "geheim"])
    seen = answer_dialog(PasswordDialog, lambda dialog: dialog.password.setText(next(typed)))
    assert start._open_team_database(password_role)
    assert len(seen) == 2 and seen[1].windowTitle() == "Password for the team database"
    assert "was not accepted" in seen[1].findChild(QLabel).text()


def test_giving_up_on_the_password_opens_nothing(password_role, answer_dialog, monkeypatch):
    from drempelkompas.app import start

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(start, "remembered_password", lambda address: None)
    answer_dialog(PasswordDialog, accept=False)
    assert not start._open_team_database(password_role)


@pytest.mark.parametrize("choice", ["Keep both", "Drop mine"])
def test_an_edit_of_a_card_a_colleague_changed_meanwhile_is_kept_beside_it_or_dropped(
    window, demo_db, answer_dialog, monkeypatch, choice
):
    card = window.board.column_cards(Precondition.KNOWLEDGE)[0]
    as_a_colleague(
        demo_db,
        f"from drempelkompas.services import barriers\nbarriers.update_barrier({card.id}, owner='Collega')",
    )
    answer_dialog(BarrierDialog, lambda dialog: dialog.owner.setText("Ikzelf"))
    asked = answer_box(monkeypatch, choice)
    window.board_actions.open_barrier(card.id)  # the window has not seen the colleague's change yet
    assert "while you were editing it" in asked[0]
    cards = [c for c in window.board.column_cards(Precondition.KNOWLEDGE) if c.title == card.title]
    if choice == "Keep both":
        assert [(c.owner, c.conflict) for c in cards] == [("Collega", False), ("Ikzelf", True)]
        window.undo_stack.undo()
        cards = [c for c in window.board.column_cards(Precondition.KNOWLEDGE) if c.title == card.title]
    assert [c.owner for c in cards] == ["Collega"]


def test_a_server_restart_is_a_message_in_the_status_bar_and_the_window_goes_on(window):
    from tests.test_team_database import REPOSITORY, _server_folder

    folder = _server_folder()
    subprocess.run([REPOSITORY / ".ci" / "postgres-server", "restart", folder], check=True)
    window.others_changes.look()  # the connection it had is gone
    assert "was lost" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.others_changes.look()  # connected again
    assert window.statusBar().currentMessage() == ""
    assert window.board.column_cards(Precondition.KNOWLEDGE)


def test_undoing_an_edit_a_colleague_has_changed_since_says_so_and_keeps_theirs(
    window, demo_db, answer_dialog, message_boxes
):
    card = window.board.column_cards(Precondition.KNOWLEDGE)[0]
    answer_dialog(BarrierDialog, lambda dialog: dialog.owner.setText("Ikzelf"))
    window.board_actions.open_barrier(card.id)
    as_a_colleague(
        demo_db,
        f"from drempelkompas.services import barriers\nbarriers.update_barrier({card.id}, owner='Collega')",
    )
    window.undo_stack.undo()
    assert any("while you were editing it" in text for _, _, text in message_boxes)
    message_boxes.clear()
    assert barriers.get_barrier(card.id).owner == "Collega"


@pytest.mark.parametrize("choice", ["Try again", "Drop my changes"])
def test_an_edit_the_server_did_not_take_is_kept_until_the_user_tries_again_or_drops_it(
    window, answer_dialog, monkeypatch, choice
):
    from drempelkompas.domain.errors import TeamDatabaseError

    card = window.board.column_cards(Precondition.KNOWLEDGE)[0]
    real, failures = barriers.edit_barrier, iter([True])

    def unreachable_once(*args, **kwargs):
        if next(failures, False):
            raise TeamDatabaseError("The connection to the team database {address} was lost.", address="x")
        return real(*args, **kwargs)

    monkeypatch.setattr(barriers, "edit_barrier", unreachable_once)
    answer_dialog(BarrierDialog, lambda dialog: dialog.owner.setText("Onderweg getypt"))
    asked = answer_box(monkeypatch, choice)
    window.board_actions.open_barrier(card.id)
    assert "kept here until you try again" in asked[0]
    expected = "Onderweg getypt" if choice == "Try again" else card.owner
    assert barriers.get_barrier(card.id).owner == expected
