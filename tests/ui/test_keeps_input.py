"""Nothing typed is lost: Esc, Cancel or the close button ask before a dialog's input goes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from drempelkompas.domain.enums import Precondition
from drempelkompas.services import barriers
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.collaboration_dialog import CollaborationDialog, new_collaboration_view
from drempelkompas.ui.plan_dialog import PlanDialog


@pytest.fixture
def answers(monkeypatch):
    """The answers given to "Discard changes?", in order (then Discard, as when the test's widgets
    are closed at its end); what was asked is recorded."""
    asked, given = [], []

    def question(parent, title, text, buttons=None, default=None):
        asked.append(title)
        return given.pop(0) if given else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, given


def card_dialog(qtbot, window):
    card = barriers.board(window.board.collaboration_id)[Precondition.KNOWLEDGE][0]
    dialog = BarrierDialog(card, [], window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_escape_in_an_untouched_editor_closes_it_without_a_question(qtbot, window, answers):
    dialog = card_dialog(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answers[0] == []


def test_escape_after_typing_asks_and_keeps_the_input_unless_told_to_discard(qtbot, window, answers):
    asked, given = answers
    dialog = card_dialog(qtbot, window)
    qtbot.keyClicks(dialog.owner, "Ingrid Jansen")
    given.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert (
        dialog.isVisible() and dialog.owner.text().endswith("Ingrid Jansen") and asked == ["Discard changes?"]
    )
    given.append(QMessageBox.StandardButton.Discard)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible()


def test_typing_and_undoing_it_is_no_change(qtbot, window, answers):
    dialog = card_dialog(qtbot, window)
    original = dialog.title.text()
    dialog.title.setText(original + " en meer")
    dialog.title.setText(original)
    dialog.close()
    assert not dialog.isVisible() and answers[0] == []


def test_the_new_collaboration_dialog_and_the_signatory_table_ask_too(qtbot, window, answers):
    asked, given = answers
    dialog = CollaborationDialog(new_collaboration_view(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Slimme dijken")
    given.append(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible() and dialog.name.text() == "Slimme dijken"

    plan = PlanDialog(window.board.collaboration_id, window)
    qtbot.addWidget(plan)
    plan.show()
    plan.signatories.item(0, 0).setText("Fatima el Amrani")
    given.append(QMessageBox.StandardButton.Cancel)
    plan.reject()
    assert plan.isVisible()
    given.append(QMessageBox.StandardButton.Discard)
    plan.reject()
    assert not plan.isVisible() and asked == ["Discard changes?"] * 3
    given.append(QMessageBox.StandardButton.Discard)
    dialog.reject()


def test_a_signed_off_version_leaves_nothing_to_ask_about(qtbot, window, answers, monkeypatch):
    plan = PlanDialog(window.board.collaboration_id, window)
    qtbot.addWidget(plan)
    plan.show()
    plan.signatories.item(0, 0).setText("Fatima el Amrani")
    plan._confirm_sign_off = lambda signatories: True
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    plan.sign_off()
    assert plan.versions.topLevelItemCount() == 2 and not plan.has_unsaved_input()
    plan.reject()
    assert not plan.isVisible() and answers[0] == []


def test_a_new_cards_title_has_the_focus_so_typing_goes_there(qtbot, window, monkeypatch):
    typed = []

    def type_a_title(dialog):
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.title)
        qtbot.keyClicks(dialog.focusWidget(), "Geen budget")
        typed.append(dialog.title.text())
        return BarrierDialog.DialogCode.Rejected

    def show_and_type(dialog):
        dialog.show()
        dialog.activateWindow()
        return type_a_title(dialog)

    monkeypatch.setattr(BarrierDialog, "exec", show_and_type)
    window.board_actions.new_barrier()
    assert typed == ["Geen budget"]


def test_add_signatory_starts_editing_the_new_name(qtbot, window):
    plan = PlanDialog(window.board.collaboration_id, window)
    qtbot.addWidget(plan)
    plan.show()
    plan.add_signatory.click()
    qtbot.waitUntil(lambda: plan.signatories.state() == plan.signatories.State.EditingState)
    viewport = plan.signatories.viewport()
    (editor,) = [e for e in viewport.findChildren(QLineEdit) if e.parent() is viewport and e.isVisible()]
    assert plan.signatories.currentRow() == 1 and plan.focusWidget() is editor
    qtbot.keyClicks(editor, "Peter van Dijk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits it a moment later
    qtbot.waitUntil(lambda: plan.signatories.item(1, 0).text() == "Peter van Dijk")


def test_an_empty_title_is_an_error_only_once_it_was_touched(qtbot, window):
    dialog = BarrierDialog(
        barriers.blank_barrier(window.board.collaboration_id, Precondition.FUNDING), [], window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not dialog.title_error.isVisible() and not ok.isEnabled()
    qtbot.keyClicks(dialog.title, "x")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)
    assert dialog.title_error.isVisible() and "needs a title" in dialog.title_error.text()
    collaboration = CollaborationDialog(new_collaboration_view(), window)
    qtbot.addWidget(collaboration)
    collaboration.show()
    assert not collaboration.name_error.isVisible()


def test_help_lists_the_keyboard_shortcuts(qtbot, window, monkeypatch):
    from drempelkompas.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows

    rows = dict(shortcut_rows(window))
    assert rows["Keyboard shortcuts"] == "F1" and rows["Undo"] == "Ctrl+Z" and "" not in rows.values()
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog.table.rowCount()))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown == [len(rows)]
