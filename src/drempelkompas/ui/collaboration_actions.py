"""What the user can do with a collaboration: create, edit, archive, delete, and open its action plan."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import collaborations
from drempelkompas.ui import commands
from drempelkompas.ui.problems import reports_problems


class CollaborationActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.panel
        add = window.add_action
        self.new_action = add("newCollaboration", self.new_collaboration, ["Ctrl+Shift+N"])
        self.edit_action = add("editCollaboration", self.edit_collaboration, ["F2"])
        self.archive_action = add("archiveCollaboration", self.toggle_archived)
        self.delete_action = add(
            "deleteCollaboration",
            self.delete_collaboration,
            [QKeySequence.StandardKey.Delete],
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.plan_action = add("actionPlan", self.open_plan, [QKeySequence.StandardKey.Print])
        self.panel.addAction(self.delete_action)

    def changing_actions(self) -> list[QAction]:
        """The actions that change the selected collaboration."""
        return [self.edit_action, self.archive_action, self.delete_action]

    def retranslate_ui(self) -> None:
        self.new_action.setText(self.tr("&New collaboration…"))
        self.edit_action.setText(self.tr("&Edit collaboration…"))
        self.plan_action.setText(self.tr("Action &plan…"))
        self.delete_action.setText(self.tr("&Delete collaboration…"))
        self.update_archive_text()

    def update_archive_text(self) -> None:
        summary = self.panel.current_summary()
        archived = bool(summary and summary.archived)
        #: "Archive" is a verb here: put the collaboration in the archive.
        self.archive_action.setText(self.tr("&Restore from archive") if archived else self.tr("&Archive"))

    @reports_problems
    def new_collaboration(self) -> None:
        from drempelkompas.ui.collaboration_dialog import CollaborationDialog, new_collaboration_view

        dialog = CollaborationDialog(new_collaboration_view(), self.window)
        if dialog.exec() != CollaborationDialog.DialogCode.Accepted:
            return
        command = commands.CreateCollaboration(
            QT_TRANSLATE_NOOP("Commands", "New collaboration"), dialog.result_view()
        )
        self.window.push(command)
        if command.collaboration_id is not None:
            self.panel.reload(command.collaboration_id)

    @reports_problems
    def edit_collaboration(self) -> None:
        collaboration_id = self.panel.current_id()
        if collaboration_id is None:
            return
        from drempelkompas.ui.collaboration_dialog import CollaborationDialog

        before = collaborations.get_collaboration(collaboration_id)
        dialog = CollaborationDialog(before, self.window)
        if dialog.exec() == CollaborationDialog.DialogCode.Accepted and dialog.result_view() != before:
            self.window.push(
                commands.EditCollaboration(
                    QT_TRANSLATE_NOOP("Commands", "Edit collaboration"), before, dialog.result_view()
                )
            )

    def toggle_archived(self) -> None:
        summary = self.panel.current_summary()
        if summary is not None:
            if summary.archived:
                text = QT_TRANSLATE_NOOP("Commands", "Restore from archive")
            else:
                #: Undo history entry; "Archive" is a verb.
                text = QT_TRANSLATE_NOOP("Commands", "Archive")
            self.window.push(commands.ArchiveCollaboration(text, summary.id, not summary.archived))

    def delete_collaboration(self) -> None:
        summary = self.panel.current_summary()
        if summary is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete collaboration"),
            self.tr("Delete “{name}” with all its barriers? You can undo this with Edit › Undo.").format(
                name=summary.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.push(
                commands.DeleteCollaboration(
                    QT_TRANSLATE_NOOP("Commands", "Delete collaboration"), summary.id
                )
            )

    @reports_problems
    def open_plan(self) -> None:
        from drempelkompas.ui.plan_dialog import PlanDialog

        if self.window.board.collaboration_id is not None:
            PlanDialog(self.window.board.collaboration_id, self.window).exec()
