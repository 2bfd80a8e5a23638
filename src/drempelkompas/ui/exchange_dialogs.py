"""Dialogs for exchange files: choosing what to export, and reviewing an import before it happens."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from drempelkompas.runtime import i18n
from drempelkompas.services import exchange_texts
from drempelkompas.services.collaborations import CollaborationSummary
from drempelkompas.services.exchange import ImportReport, Outcome
from drempelkompas.ui.widgets import Retranslating


class ExportDialog(Retranslating, QDialog):
    """A checklist of collaborations; the current one is ticked."""

    def __init__(self, summaries: list[CollaborationSummary], current_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.explanation = QLabel(wordWrap=True)
        self.choices = QListWidget(objectName="exportChoices")
        for summary in summaries:
            item = QListWidgetItem(summary.name, self.choices)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            checked = summary.id == current_id or len(summaries) == 1
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choices.itemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export an exchange file"))
        self.choices.setAccessibleName(self.tr("Collaborations to export"))
        self.explanation.setText(
            self.tr(
                "Choose the collaborations to pass on. The file holds their barriers, history, your own "
                "lessons they use and their signed-off plans; a colleague imports it with File › Import "
                "an exchange file."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))

    def selected_ids(self) -> list[int]:
        return [
            self.choices.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.choices.count())
            if self.choices.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.selected_ids()))


class ImportPreviewDialog(Retranslating, QDialog):
    """What an import will add, update and keep, and its conflicts; nothing happens until Import."""

    def __init__(self, file_name: str, report: ImportReport, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewDialog")
        self._file_name = file_name
        self._report = report
        self.heading = QLabel(wordWrap=True, objectName="previewHeading")
        self.summary = QLabel(wordWrap=True, objectName="previewSummary")
        self.changes = QTreeWidget(objectName="previewChanges")
        self.changes.setHeaderHidden(True)
        self.conflict_note = QLabel(wordWrap=True, objectName="conflictNote")
        self.conflict_note.setVisible(bool(report.of(Outcome.CONFLICT)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import an exchange file"))
        self.changes.setAccessibleName(self.tr("What the import changes"))
        self.heading.setText(
            self.tr("This is what importing {file} will change. Nothing has been imported yet.").format(
                file=self._file_name
            )
        )
        self.summary.setText(exchange_texts.summary_text(self._report, i18n.translate))
        self.conflict_note.setText(
            self.tr(
                "Conflicts are records changed both here and in the file. Both versions are kept: a "
                "conflicting barrier appears twice on the board, the imported one marked “Conflict”; keep "
                "the one you want and delete the other. A collaboration's other texts are added to its notes."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self._fill()

    def _fill(self) -> None:
        self.changes.clear()
        for outcome in (Outcome.CONFLICT, Outcome.ADDED, Outcome.UPDATED, Outcome.KEPT):
            changes = self._report.of(outcome)
            if not changes:
                continue
            group = QTreeWidgetItem(
                self.changes, [f"{exchange_texts.outcome_text(outcome, i18n.translate)} ({len(changes)})"]
            )
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for change in changes:
                QTreeWidgetItem(group, [exchange_texts.change_text(change, i18n.translate)])
            group.setExpanded(outcome is not Outcome.KEPT)
