"""Restoring a backup from the app: the data comes back and the window shows it."""

from drempelkompas.services import backups, collaborations
from drempelkompas.ui.backup_dialog import BackupDialog


def test_restore_a_backup_from_the_dialog(qtbot, window, answer_dialog):
    made = backups.create_backup()
    collaboration = window.board.collaboration_id
    window.panel.view.setFocus()
    window.collaboration_actions.delete_action.trigger()  # asks; the test answers yes
    assert collaborations.find_collaboration("Digitale Tweeling Ĳsselmonde") is None

    def restore_newest(dialog):
        assert dialog.list.topLevelItem(0).data(0, 256) == str(made)
        dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
        dialog.restore_selected()

    answer_dialog(BackupDialog, restore_newest)
    window.file_actions.backups_action.trigger()
    assert collaborations.find_collaboration("Digitale Tweeling Ĳsselmonde") == collaboration
    assert window.panel.model.rowCount() == 3
    assert not window.undo_stack.canUndo()  # the undo history described the replaced data
