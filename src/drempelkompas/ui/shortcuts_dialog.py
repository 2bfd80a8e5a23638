"""*Help › Keyboard shortcuts* (F1): every action of the window that has a key, with that key."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    """Lists the shortcuts as the window's actions have them now, in the interface's language."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(what the action does, its keys) for each action of the window with a shortcut, by name."""
    rows = {}
    for action in window.findChildren(QAction):
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        keys = list(
            dict.fromkeys(key for key in keys if key)
        )  # once each; none for a key this platform lacks
        # The icon text: Qt's short form of the text, and for Undo and Redo their name without
        # what they would undo now.
        text = action.iconText().split("\t")[0].rstrip("…").strip()
        if keys and text:
            rows[text] = ", ".join(keys)
    return sorted(rows.items(), key=lambda row: row[0].casefold())
