"""Picks typical barriers from the method's catalog for one precondition, several at once."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from drempelkompas.domain.catalog import CATALOG_CONTEXT, precondition_info, typical_barriers_for
from drempelkompas.domain.enums import Precondition
from drempelkompas.runtime import i18n
from drempelkompas.ui.widgets import Retranslating


class CatalogDialog(Retranslating, QDialog):
    def __init__(self, precondition: Precondition, keys_on_board: set[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogDialog")
        self._precondition = precondition
        self._keys_on_board = keys_on_board
        self.intro = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.choices: dict[str, QCheckBox] = {}
        self._descriptions: dict[str, QLabel] = {}
        for barrier in typical_barriers_for(precondition):
            choice = QCheckBox(objectName=f"typical-{barrier.key}")
            font = choice.font()
            font.setBold(True)
            choice.setFont(font)
            choice.toggled.connect(self._update_ok)
            description = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            description.setIndent(24)
            layout.addSpacing(6)
            layout.addWidget(choice)
            layout.addWidget(description)
            self.choices[barrier.key] = choice
            self._descriptions[barrier.key] = description
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        info = precondition_info(self._precondition)
        self.setWindowTitle(
            self.tr("Typical barriers: {precondition}").format(precondition=i18n.label(self._precondition))
        )
        self.intro.setText(i18n.translate(CATALOG_CONTEXT, info.explanation))
        for barrier in typical_barriers_for(self._precondition):
            title = i18n.translate(CATALOG_CONTEXT, barrier.title)
            if barrier.key in self._keys_on_board:
                title = self.tr("{title} (already on the board)").format(title=title)
            self.choices[barrier.key].setText(title)
            # A check box does not wrap: let it widen the dialog rather than be cut off.
            self.choices[barrier.key].setMinimumWidth(self.choices[barrier.key].sizeHint().width())
            self._descriptions[barrier.key].setText(i18n.translate(CATALOG_CONTEXT, barrier.description))
        self._update_ok()
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the wrapped texts at the current width (Qt sizes a dialog without wrapping)."""
        width = max(self.width(), self.minimumWidth(), self.layout().minimumSize().width())
        self.resize(width, self.layout().totalHeightForWidth(width))

    def selected_keys(self) -> list[str]:
        return [key for key, choice in self.choices.items() if choice.isChecked()]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.selected_keys()))
