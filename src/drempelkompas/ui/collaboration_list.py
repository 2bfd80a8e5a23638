"""The list of collaborations on the left of the main window."""

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.services.collaborations import CollaborationSummary, list_collaborations

CollaborationIdRole = Qt.ItemDataRole.UserRole + 1


class CollaborationListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CollaborationSummary] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n open barrier(s)", "", row.open_total)
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == CollaborationIdRole:
            return row.id
        return None

    def reload(self, include_archived: bool) -> None:
        rows = list_collaborations(include_archived=include_archived)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_open_counts(self, collaboration_id: int | None, counts: dict) -> None:
        """Updates one collaboration's open counts, known from its board, without a query."""
        row = self.row_of(collaboration_id)
        if row is not None:
            self._rows[row] = replace(self._rows[row], open_counts={**self._rows[row].open_counts, **counts})
            self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, collaboration_id: int | None) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == collaboration_id), None)

    def summary(self, row: int) -> CollaborationSummary:
        return self._rows[row]


class CollaborationPanel(QWidget):
    """The collaborations, buttons for the usual actions, and a toggle for archived ones."""

    selected = Signal(object)  # collaboration id, or None when nothing is selected

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = CollaborationListModel(self)
        self.view = QListView(objectName="collaborationList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)  # one line each: a changed count does not lay out the list again
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.show_archived = QCheckBox(objectName="showArchived")
        self.show_archived.toggled.connect(lambda: self.reload(self.current_id()))

        self._button_row = QHBoxLayout()
        self._button_row.setContentsMargins(0, 0, 0, 0)
        self._button_row.addStretch(1)
        self._buttons: list[tuple[QToolButton, object]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._button_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_archived)
        self.retranslate_ui()

    def set_buttons(self, actions) -> None:
        """`actions`: (action, short label) pairs for the buttons above the list; the short labels
        keep the list narrow, the actions' full texts show in the menus and as tooltips."""
        for action, short_label in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            action.changed.connect(lambda b=button, label=short_label: self._shorten(b, label))
            self._button_row.insertWidget(len(self._buttons), button)
            self._buttons.append((button, short_label))
            self._shorten(button, short_label)

    def retranslate_ui(self) -> None:
        self.show_archived.setText(self.tr("Show archived"))
        self.view.setAccessibleName(self.tr("Collaborations"))
        for button, short_label in self._buttons:
            self._shorten(button, short_label)

    @staticmethod
    def _shorten(button: QToolButton, short_label) -> None:
        """Keeps the button's own short text when its action's text changes."""
        action = button.defaultAction()
        button.setToolTip(action.text().replace("&", ""))
        text = short_label() if short_label else action.text()
        if button.text() != text:
            button.setText(text)

    def reload(self, select_id: int | None = None) -> None:
        """Re-reads the list and selects `select_id`, else the row nearest to the old one."""
        old_row = self.view.currentIndex().row()
        self.model.reload(self.show_archived.isChecked())
        row = self.model.row_of(select_id)
        if row is None and self.model.rowCount():
            row = max(0, min(old_row, self.model.rowCount() - 1))
        if row is None:
            self.view.selectionModel().clearCurrentIndex()
            self.selected.emit(None)
            return
        index = self.model.index(row)
        if index == self.view.currentIndex():
            self.selected.emit(self.current_id())  # the same row, but the data may have changed
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def set_open_counts(self, collaboration_id: int | None, counts: dict) -> None:
        self.model.set_open_counts(collaboration_id, counts)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(CollaborationIdRole) if index.isValid() else None

    def current_summary(self) -> CollaborationSummary | None:
        index = self.view.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.selected.emit(current.data(CollaborationIdRole) if current.isValid() else None)
