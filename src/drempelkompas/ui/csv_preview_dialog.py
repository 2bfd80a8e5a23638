"""Reviewing a CSV import before it happens: how many barriers go where, and each one's title."""

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from drempelkompas.runtime import i18n
from drempelkompas.services.csv_io import ImportResult
from drempelkompas.ui.widgets import Retranslating

SHOWN_ROWS = 2000  # more would only slow the dialog down; the summary counts them all


class CsvPreviewDialog(Retranslating, QDialog):
    def __init__(self, file_name: str, preview: ImportResult, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CsvPreviewDialog")
        self._file_name = file_name
        self._preview = preview
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText, objectName="csvSummary")
        self.rows = QTreeWidget(objectName="csvRows", rootIsDecorated=False, uniformRowHeights=True)
        self.rows.setColumnCount(4)
        self.more = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        preview = self._preview
        self.setWindowTitle(self.tr("Import barriers from CSV"))
        per_collaboration = Counter(row.collaboration for row in preview.rows)
        created = set(preview.created_collaborations)
        lines = [
            self.tr("{file} adds %n barrier(s):", "", preview.barriers).format(file=self._file_name),
            *(
                (
                    self.tr("• %n to {name} (a new collaboration)", "", count)
                    if name in created
                    else self.tr("• %n to {name}", "", count)
                ).format(name=name)
                for name, count in per_collaboration.items()
            ),
        ]
        if preview.folded_cells:
            lines.append(
                self.tr("Line breaks in one-line cells (such as titles) become spaces: {count}.").format(
                    count=preview.folded_cells
                )
            )
        lines.append(self.tr("Nothing else changes; a backup is made first."))
        self.summary.setText("\n".join(lines))
        headers = (self.tr("Collaboration"), self.tr("Precondition"), self.tr("Title"), self.tr("Status"))
        self.rows.setHeaderLabels(list(headers))
        self.rows.setAccessibleName(self.tr("Barriers to import"))
        self.rows.clear()
        self.rows.addTopLevelItems(
            [
                QTreeWidgetItem(
                    [row.collaboration, i18n.label(row.precondition), row.title, i18n.label(row.status)]
                )
                for row in preview.rows[:SHOWN_ROWS]
            ]
        )
        for column in range(3):
            self.rows.resizeColumnToContents(column)
        hidden = len(preview.rows) - SHOWN_ROWS
        self.more.setText(self.tr("… and %n more.", "", hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
