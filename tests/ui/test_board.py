"""The board as a user works it: mouse, keyboard, undo, filters, the editor, first run, settings."""

import subprocess
import sys
from datetime import date

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QListView, QMessageBox

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.services import barriers, collaborations
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.board_model import BarrierRole, Board
from drempelkompas.ui.catalog_dialog import CatalogDialog
from drempelkompas.ui.collaboration_dialog import CollaborationDialog
from drempelkompas.ui.collaboration_list import CollaborationListModel
from drempelkompas.ui.main_window import MainWindow
from tests.ui.helpers import column, shown_collaboration, stored_titles

K, C, F, A = Precondition


def select(view: QListView, row: int) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row))


def drop(source: QListView, row: int, target: QListView, before_row: int) -> None:
    """Drags the card at `row` of `source` and drops it above card `before_row` of `target`."""
    mime = source.model().mimeData([source.model().index(row)])
    if before_row < target.model().rowCount():
        point = target.visualRect(target.model().index(before_row)).topLeft() + QPoint(20, 2)
    else:
        point = QPoint(20, target.viewport().height() - 3)
    viewport = target.viewport()
    for event in (
        QDragEnterEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDragMoveEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
        QDropEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    ):
        QApplication.sendEvent(viewport, event)


def test_board_models_pass_the_model_tester(qtmodeltester, demo_db):
    board = Board()
    board.load(collaborations.list_collaborations()[0].id)
    for model in board.columns.values():
        qtmodeltester.check(model)
    names = CollaborationListModel()
    names.reload(include_archived=True)
    qtmodeltester.check(names)


def test_the_window_shows_four_columns_with_open_counts(window):
    collaboration = shown_collaboration(window)
    assert collaboration == collaborations.find_collaboration("Digitale Tweeling Ĳsselmonde")
    for precondition in Precondition:
        view = column(window, precondition)
        shown = [view.model().index(r).data() for r in range(view.model().rowCount())]
        stored = [
            c.title for c in barriers.board(collaboration)[precondition] if c.status is not Status.OVERCOME
        ]
        assert shown == stored
    assert window.findChild(QLabel, "header-knowledge").text() == "Knowledge"
    assert window.findChild(QLabel, "counts-knowledge").text() == "2 open · 1 in progress"


def test_column_counts_tell_in_progress_apart_and_follow_the_filters(window):
    collaboration = shown_collaboration(window)
    first = barriers.board(collaboration)[K][0]
    barriers.set_status(first.id, Status.IN_PROGRESS)
    window.refresh()
    counts = window.findChild(QLabel, "counts-knowledge")
    assert counts.text() == "1 open · 2 in progress"
    window.filter_bar.search.setText(first.title)
    assert counts.text() == "1 open · 2 in progress · 1 of 3 shown"


def test_drag_within_a_column_reorders_and_undo_puts_it_back(window):
    collaboration = shown_collaboration(window)
    before = stored_titles(collaboration, K)
    drop(column(window, K), 0, column(window, K), 2)
    assert stored_titles(collaboration, K) == [before[1], before[0], before[2]]
    window.undo_action.trigger()
    assert stored_titles(collaboration, K) == before


def test_drag_to_another_column_reclassifies_and_persists(window):
    collaboration = shown_collaboration(window)
    title = column(window, K).model().index(1).data()
    drop(column(window, K), 1, column(window, F), 0)
    assert stored_titles(collaboration, F)[0] == title
    assert title not in stored_titles(collaboration, K)
    assert column(window, F).model().index(0).data() == title
    window.undo_action.trigger()
    assert title in stored_titles(collaboration, K)
    window.redo_action.trigger()
    assert stored_titles(collaboration, F)[0] == title


def test_dropping_at_the_end_of_a_column(window):
    collaboration = shown_collaboration(window)
    title = column(window, C).model().index(0).data()
    drop(column(window, C), 0, column(window, A), column(window, A).model().rowCount())
    assert stored_titles(collaboration, A)[-1] == title


def test_keyboard_moves_between_and_within_columns(qtbot, window):
    collaboration = shown_collaboration(window)
    knowledge = column(window, K)
    select(knowledge, 0)
    title = knowledge.currentIndex().data()
    qtbot.keyClick(knowledge, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert title in stored_titles(collaboration, C)
    commitment = column(window, C)
    assert commitment.hasFocus() and commitment.currentIndex().data() == title
    qtbot.keyClick(commitment, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(collaboration, C).index(title) == 1
    qtbot.keyClick(commitment, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(collaboration, C).index(title) == 0
    qtbot.keyClick(commitment, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(collaboration, K)[0] == title
    for _ in range(4):
        window.undo_action.trigger()
    assert stored_titles(collaboration, K)[0] == title and title not in stored_titles(collaboration, C)


def test_arrow_keys_walk_the_board(qtbot, window):
    knowledge = column(window, K)
    select(knowledge, 1)
    qtbot.keyClick(knowledge, Qt.Key.Key_Down)
    assert knowledge.currentIndex().row() == 2
    qtbot.keyClick(knowledge, Qt.Key.Key_Right)
    commitment = column(window, C)
    assert commitment.hasFocus() and commitment.currentIndex().row() == 1


def test_delete_key_removes_a_card_and_undo_restores_it(qtbot, window):
    collaboration = shown_collaboration(window)
    knowledge = column(window, K)
    select(knowledge, 0)
    title = knowledge.currentIndex().data()
    qtbot.keyClick(knowledge, Qt.Key.Key_Delete)
    assert title not in stored_titles(collaboration, K)
    window.undo_action.trigger()
    assert stored_titles(collaboration, K)[0] == title


def test_status_shortcut_and_overcome_cards_hidden_until_shown(qtbot, window):
    collaboration = shown_collaboration(window)
    funding = column(window, F)
    select(funding, 0)
    card = funding.currentIndex().data(BarrierRole)
    qtbot.keyClick(funding, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert barriers.get_barrier(card.id).status is Status.OVERCOME
    assert card.title not in [funding.model().index(r).data() for r in range(funding.model().rowCount())]
    window.show_overcome_action.trigger()
    assert card.title in [funding.model().index(r).data() for r in range(funding.model().rowCount())]
    window.undo_action.trigger()
    assert barriers.get_barrier(card.id).status is Status.OPEN
    assert stored_titles(collaboration, F)


def test_search_level_and_owner_filters(qtbot, window):
    search = window.findChild(QLineEdit, "searchField")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    search.setText("WATERSCHAP")
    shown = {p: column(window, p).model().rowCount() for p in Precondition}
    assert shown == {K: 0, C: 1, F: 0, A: 1}
    search.clear()
    window.filter_bar.level.setCurrentIndex(window.filter_bar.level.findText("Administrative"))
    assert window.board.visible_count() == 1  # "Privacy bij sensordata" is the only open administrative one
    window.filter_bar.level.setCurrentIndex(0)
    window.filter_bar.owner.setCurrentIndex(window.filter_bar.owner.findText("Bram Verhoeven"))
    cards = [
        column(window, p).model().card(r)
        for p in Precondition
        for r in range(column(window, p).model().rowCount())
    ]
    assert cards and all(card.owner == "Bram Verhoeven" for card in cards)


def test_enter_opens_the_editor_and_an_edit_is_saved_and_undone(qtbot, window, answer_dialog):
    def edit(dialog):
        dialog.title.setText("Eén definitie afgesproken")
        dialog.owner.setText("Team Ĳssel")
        dialog.due.set_value(date(2027, 12, 31))
        dialog.status.set_member(Status.IN_PROGRESS)

    seen = answer_dialog(BarrierDialog, edit)
    knowledge = column(window, K)
    select(knowledge, 0)
    card = knowledge.currentIndex().data(BarrierRole)
    qtbot.keyClick(knowledge, Qt.Key.Key_Return)
    assert len(seen) == 1
    stored = barriers.get_barrier(card.id)
    assert (stored.title, stored.owner, stored.due_date, stored.status) == (
        "Eén definitie afgesproken",
        "Team Ĳssel",
        date(2027, 12, 31),
        Status.IN_PROGRESS,
    )
    window.undo_action.trigger()
    assert barriers.get_barrier(card.id).title == card.title
    assert barriers.get_barrier(card.id).status is card.status


def test_the_editor_explains_bad_input_and_saves_nothing(qtbot, window):
    card = column(window, K).model().card(0)
    dialog = BarrierDialog(card, [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.title.setText("   ")
    assert not ok.isEnabled() and dialog.title_error.isVisibleTo(dialog)
    assert "title" in dialog.title_error.text()
    dialog.title.setText("Goede titel")
    assert ok.isEnabled()
    dialog.reject()
    assert barriers.get_barrier(card.id) == card  # the card as it was before the editor opened


def test_the_lesson_picker_lists_suggested_lessons_first_and_history_is_readable(qtbot, window):
    collaboration = shown_collaboration(window)
    (barrier_id,) = barriers.add_typical_barriers(collaboration, ["no-funding-after-pilot"])
    barriers.update_barrier(barrier_id, owner="Karin")
    dialog = BarrierDialog(barriers.get_barrier(barrier_id), [])
    qtbot.addWidget(dialog)
    assert dialog.lesson.itemText(0) == "Suggested: Start with closed purses"
    assert dialog.lesson.itemText(1) == "Start with closed purses"
    assert "Owner changed from “none” to “Karin”" in dialog.history.toPlainText()


def test_ctrl_n_adds_a_blank_barrier_to_the_focused_column(qtbot, window, answer_dialog):
    answer_dialog(BarrierDialog, lambda dialog: dialog.title.setText("Nieuwe drempel"))
    collaboration = shown_collaboration(window)
    select(column(window, A), 0)
    qtbot.keyClick(column(window, A), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(collaboration, A)[-1] == "Nieuwe drempel"
    window.undo_action.trigger()
    assert "Nieuwe drempel" not in stored_titles(collaboration, A)


def test_several_typical_barriers_at_once_from_the_catalog(window, answer_dialog):
    def pick_all(dialog):
        for choice in dialog.choices.values():
            choice.setChecked(True)

    answer_dialog(CatalogDialog, pick_all)
    collaboration = shown_collaboration(window)
    before = len(stored_titles(collaboration, F))
    select(column(window, F), 0)
    window.board_actions.catalog_action.trigger()
    assert len(stored_titles(collaboration, F)) == before + 3
    window.undo_action.trigger()
    assert len(stored_titles(collaboration, F)) == before


def test_collaboration_edit_archive_and_delete_with_undo(window, answer_dialog, monkeypatch):
    collaboration = shown_collaboration(window)
    answer_dialog(CollaborationDialog, lambda dialog: dialog.name.setText("Tweeling 2.0"))
    window.collaboration_actions.edit_action.trigger()
    assert collaborations.get_collaboration(collaboration).name == "Tweeling 2.0"
    assert window.findChild(type(window.header.name), "collaborationName").text() == "Tweeling 2.0"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.collaboration_actions.delete_action.trigger()
    assert collaborations.find_collaboration("Tweeling 2.0") is None
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert collaborations.get_collaboration(collaboration).name == "Digitale Tweeling Ĳsselmonde"


def test_first_run_offers_demo_data_or_a_first_collaboration(qtbot, db_path, answer_dialog):
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget().objectName() == "welcomePage"
    answer_dialog(CollaborationDialog, lambda dialog: dialog.name.setText("Mijn eerste samenwerking"))
    qtbot.mouseClick(window.welcome_new, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget().objectName() != "welcomePage"
    assert window.panel.current_summary().name == "Mijn eerste samenwerking"


def test_the_demo_opens_its_own_database_in_its_own_window(qtbot, db_path, tmp_path, monkeypatch):
    """The user's database is untouched: the demo is a file of its own, opened by a second process."""
    from drempelkompas.ui import file_actions

    demo = tmp_path / "demo.sqlite"
    monkeypatch.setattr(file_actions, "demo_database_path", lambda: demo)
    started = []
    monkeypatch.setattr(file_actions, "start_window", started.append)
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.welcome_demo, Qt.MouseButton.LeftButton)
    assert window.panel.model.rowCount() == 0  # nothing added to the user's own database
    assert started and started[0][-4:] == ["--db", str(demo), "--lang", "en"]
    result = subprocess.run(
        [sys.executable, "-m", "drempelkompas", "--db", str(demo), "list"], capture_output=True
    )
    assert result.stdout.decode().count("\n") == 3  # the demo's three collaborations
    window.file_actions.demo_action.trigger()  # a second time: the demo file is opened as it is
    assert len(started) == 2


def test_a_window_on_the_demo_says_so_in_its_title(qtbot, tmp_path, monkeypatch):
    from drempelkompas.runtime import locations
    from drempelkompas.storage.database import close_database, open_database

    demo = tmp_path / "demo.sqlite"
    monkeypatch.setattr(locations, "demo_database_path", lambda: demo)
    open_database(demo)
    try:
        window = MainWindow(str(demo))
        qtbot.addWidget(window)
        window.show()
        assert "DEMO" in window.windowTitle()
    finally:
        close_database()


def test_settings_are_restored_in_a_new_window(qtbot, window):
    window.panel.view.setCurrentIndex(window.panel.model.index(2))
    window.show_overcome_action.trigger()
    window.splitter.setSizes([333, 900])
    window.move(12, 34)
    chosen, geometry = shown_collaboration(window), window.saveGeometry()
    window.close()
    assert QSettings().value("window/geometry") == geometry
    again = MainWindow("again")
    qtbot.addWidget(again)
    again.show()
    assert shown_collaboration(again) == chosen
    assert again.filter_bar.show_overcome.isChecked()
    assert again.splitter.sizes()[0] == 333
    assert again.saveGeometry() == geometry


def test_after_moves_and_their_undo_the_board_shows_what_the_database_holds(qtbot, window):
    """A move re-reads only its columns' order; each column then matches the stored one."""
    collaboration = shown_collaboration(window)

    def places(columns):
        return {p: [(c.id, c.precondition, c.position) for c in columns[p]] for p in Precondition}

    select(column(window, K), 1)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left):
        qtbot.keyClick(window.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        assert places({p: window.board.column_cards(p) for p in Precondition}) == places(
            barriers.board(collaboration)
        )
    for _ in range(5):
        window.undo_action.trigger()
        assert places({p: window.board.column_cards(p) for p in Precondition}) == places(
            barriers.board(collaboration)
        )


def test_a_move_shows_cards_another_window_added_meanwhile(qtbot, window):
    collaboration = shown_collaboration(window)
    barriers.add_barrier(collaboration, "knowledge", "Added in another window")  # not through this window
    knowledge = column(window, K)
    select(knowledge, 0)
    qtbot.keyClick(knowledge, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert "Added in another window" in [c.title for c in window.board.column_cards(K)]
    assert [c.id for c in window.board.column_cards(K)] == [c.id for c in barriers.board(collaboration)[K]]
