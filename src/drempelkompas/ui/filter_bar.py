"""The filter bar above the board: search text, show overcome barriers, level and owner."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from drempelkompas.domain.enums import Level
from drempelkompas.ui.board_model import BoardFilter
from drempelkompas.ui.widgets import EnumCombo

_ANY_OWNER = "\x00any"  # combo data for "any owner"; "" stands for "no owner"


class FilterBar(QWidget):
    changed = Signal(object)  # BoardFilter

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="searchField")
        self.search.setClearButtonEnabled(True)
        self.show_overcome = QCheckBox(objectName="showOvercome")
        self.level_label = QLabel()
        self.level = EnumCombo(Level, None, none_text="", parent=self)
        self.level.setObjectName("levelFilter")
        self.owner_label = QLabel()
        self.owner = QComboBox(objectName="ownerFilter")
        self.owner.setMinimumContentsLength(12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.show_overcome)
        layout.addWidget(self.level_label)
        layout.addWidget(self.level)
        layout.addWidget(self.owner_label)
        layout.addWidget(self.owner, 1)
        # Left to right, as they are shown (the level box had its parent first).
        for first, second in ((self.search, self.show_overcome), (self.show_overcome, self.level)):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.level, self.owner)
        self._owners: list[str] = []
        self.search.textChanged.connect(self._emit)
        self.show_overcome.toggled.connect(self._emit)
        self.level.currentIndexChanged.connect(self._emit)
        self.owner.currentIndexChanged.connect(self._emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        hint = self.tr("Search titles, descriptions, owners and actions (Ctrl+F)")
        self.search.setPlaceholderText(hint)
        self.search.setToolTip(hint)  # on a narrow screen the placeholder is cut short
        self.search.setAccessibleName(self.tr("Search the board"))
        self.show_overcome.setText(self.tr("Show overcome"))
        self.level_label.setText(self.tr("Level:"))
        self.level.retranslate_ui(none_text=self.tr("All levels"))
        self.owner_label.setText(self.tr("Owner:"))
        self.set_owners(self._owners)

    def set_owners(self, owners: list[str]) -> None:
        """Offers the owners of the shown collaboration, keeping the choice when it still exists."""
        self._owners = owners
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), _ANY_OWNER)
        self.owner.addItem(self.tr("Without owner"), "")
        for owner in owners:
            self.owner.addItem(owner, owner)
        index = self.owner.findData(current) if current is not None else 0
        self.owner.setCurrentIndex(max(0, index))
        self.owner.blockSignals(False)
        if index < 0:
            self._emit()

    def current_filter(self) -> BoardFilter:
        owner = self.owner.currentData()
        return BoardFilter(
            text=self.search.text().strip(),
            show_overcome=self.show_overcome.isChecked(),
            level=self.level.member(),
            owner=None if owner in (None, _ANY_OWNER) else owner,
        )

    def apply(self, board_filter: BoardFilter) -> None:
        """Shows a remembered filter (e.g. from the settings)."""
        self.show_overcome.setChecked(board_filter.show_overcome)
        self.level.set_member(board_filter.level)
        self.search.setText(board_filter.text)

    def _emit(self) -> None:
        self.changed.emit(self.current_filter())
