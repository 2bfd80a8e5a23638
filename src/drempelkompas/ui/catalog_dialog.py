"""Picks typical barriers from the method's catalog for one precondition, several at once."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from drempelkompas import i18n
from drempelkompas.domain.catalog import CATALOG_CONTEXT, precondition_info, typical_barriers_for
from drempelkompas.domain.enums import Precondition


class CatalogDialog(QDialog):
    def __init__(self, precondition: Precondition, keys_on_board: set[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogDialog")
        self._precondition = precondition
        self._keys_on_board = keys_on_board
        self.intro = QLabel(wordWrap=True)
        self.choices = QListWidget(objectName="catalogChoices")
        self.choices.setWordWrap(True)
        self.choices.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choices.itemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        info = precondition_info(self._precondition)
        self.setWindowTitle(
            self.tr("Typical barriers: {precondition}").format(precondition=i18n.label(self._precondition))
        )
        self.intro.setText(i18n.translate(CATALOG_CONTEXT, info.explanation))
        checked = set(self.selected_keys())
        self.choices.blockSignals(True)
        self.choices.clear()
        for barrier in typical_barriers_for(self._precondition):
            title = i18n.translate(CATALOG_CONTEXT, barrier.title)
            if barrier.key in self._keys_on_board:
                title = self.tr("{title} (already on the board)").format(title=title)
            item = QListWidgetItem(f"{title}\n{i18n.translate(CATALOG_CONTEXT, barrier.description)}")
            item.setData(Qt.ItemDataRole.UserRole, barrier.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if barrier.key in checked else Qt.CheckState.Unchecked)
            self.choices.addItem(item)
        self.choices.blockSignals(False)
        self._update_ok()

    def selected_keys(self) -> list[str]:
        return [
            self.choices.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.choices.count())
            if self.choices.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.selected_keys()))
