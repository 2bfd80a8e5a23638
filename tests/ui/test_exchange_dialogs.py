"""Exchange files in the app: export the current collaboration, review an import, resolve a conflict."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from drempelkompas.domain.enums import Precondition
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.exchange import export_file
from drempelkompas.storage.database import close_database, open_database
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.exchange_dialogs import ExportDialog, ImportPreviewDialog
from tests.ui.helpers import shown_collaboration


@pytest.fixture
def choose_file(monkeypatch):
    def choose(path):
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, lambda *args, **kwargs: (str(path), ""))

    return choose


def test_exporting_offers_the_current_collaboration_and_writes_the_file(
    window, answer_dialog, choose_file, tmp_path
):
    seen = answer_dialog(ExportDialog)
    choose_file(tmp_path / "doorgeven")
    window.file_actions.export_exchange_action.trigger()
    (dialog,) = seen
    ticked = [dialog.choices.item(row).text() for row in range(dialog.choices.count())
              if dialog.choices.item(row).checkState() == Qt.CheckState.Checked]  # fmt: skip
    assert ticked == [collaborations.get_collaboration(shown_collaboration(window)).name]
    assert (tmp_path / "doorgeven.drempel").exists()
    assert "doorgeven.drempel" in window.statusBar().currentMessage()


def test_an_import_is_reviewed_first_and_cancelling_changes_nothing(
    window, answer_dialog, choose_file, tmp_path, db_path
):
    file = exchange_file_from_another_laptop(tmp_path, db_path)
    choose_file(file)
    seen = answer_dialog(ImportPreviewDialog, accept=False)
    window.file_actions.import_exchange_action.trigger()
    (dialog,) = seen
    groups = [dialog.changes.topLevelItem(i).text(0) for i in range(dialog.changes.topLevelItemCount())]
    assert groups == ["Added (4)"]
    assert "Added: 4 added" not in dialog.summary.text() and "4 added" in dialog.summary.text()
    assert "Van de buren" not in names_in_list(window)
    seen = answer_dialog(ImportPreviewDialog)
    window.file_actions.import_exchange_action.trigger()
    assert "Van de buren" in names_in_list(window)
    assert window.undo_stack.count() == 0


def test_a_conflicting_card_is_marked_and_can_be_kept(window, answer_dialog, choose_file, tmp_path, db_path):
    file = exchange_file_from_another_laptop(tmp_path, db_path)
    window.refresh()
    choose_file(file)
    answer_dialog(ImportPreviewDialog)
    window.file_actions.import_exchange_action.trigger()
    collaboration_id = collaborations.find_collaboration("Van de buren")
    card = barriers.board(collaboration_id)[Precondition.KNOWLEDGE][0]
    barriers.update_barrier(card.id, owner="Hier")
    edit_on_the_other_laptop(tmp_path, db_path, file)
    seen = answer_dialog(ImportPreviewDialog)
    window.file_actions.import_exchange_action.trigger()
    assert [dialog.changes.topLevelItem(0).text(0) for dialog in seen] == ["Conflict: both versions kept (1)"]
    column = barriers.board(collaboration_id)[Precondition.KNOWLEDGE]
    assert [(c.title, c.owner, c.conflict) for c in column] == [
        ("Eén", "Hier", False),
        ("Eén", "Daar", True),
        ("Twee", "", False),
        ("Drie", "", False),
    ]

    window.panel.reload(collaboration_id)
    copy = column[1]

    def keep_both(dialog):
        assert dialog.conflict_note.isVisibleTo(dialog)
        dialog.keep_both.setChecked(True)

    answer_dialog(BarrierDialog, keep_both)
    window.board_actions.open_barrier(copy.id)
    assert not barriers.get_barrier(copy.id).conflict
    window.undo_action.trigger()  # keeping both is one undoable step, like any edit
    assert barriers.get_barrier(copy.id).conflict
    window.redo_action.trigger()
    assert not barriers.get_barrier(copy.id).conflict


def test_a_card_that_vanishes_while_it_is_edited_gives_a_message(window, answer_dialog, message_boxes):
    card = window.board.all_cards()[0]

    def delete_it_meanwhile(dialog):
        barriers.delete_barrier(card.id)  # e.g. by an import in the command line
        dialog.title.setText("Nieuwe titel")

    answer_dialog(BarrierDialog, delete_it_meanwhile)
    window.board_actions.open_barrier(card.id)
    assert [kind for kind, _, _ in message_boxes] == ["warning"]
    assert "no longer exists" in message_boxes[0][2]
    message_boxes.clear()
    assert window.undo_stack.count() == 0  # nothing to undo: nothing happened


def names_in_list(window) -> list[str]:
    return [s.name for s in collaborations.list_collaborations(include_archived=True)]


def exchange_file_from_another_laptop(tmp_path, db_path):
    """A collaboration with three barriers, exported on another laptop; the app's database stays open."""
    other = tmp_path / "other.sqlite"
    close_database()
    open_database(other)
    collaboration_id = collaborations.create_collaboration("Van de buren")
    for title in ("Eén", "Twee", "Drie"):
        barriers.add_barrier(collaboration_id, Precondition.KNOWLEDGE, title)
    file = tmp_path / "buren.drempel"
    export_file(file, [collaboration_id])
    close_database()
    open_database(db_path)
    return file


def edit_on_the_other_laptop(tmp_path, db_path, file):
    close_database()
    open_database(tmp_path / "other.sqlite")
    collaboration_id = collaborations.find_collaboration("Van de buren")
    card = barriers.board(collaboration_id)[Precondition.KNOWLEDGE][0]
    barriers.update_barrier(card.id, owner="Daar")
    export_file(file, [collaboration_id])
    close_database()
    open_database(db_path)
