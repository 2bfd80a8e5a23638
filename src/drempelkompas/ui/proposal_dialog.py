"""Typing a proposed decision: what it is about (a barrier and why it calls for a decision, or the
collaboration as a whole) above a text field that wraps, as long as the proposal needs."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from drempelkompas.services.validation import TEXT_LIMIT
from drempelkompas.ui.widgets import KeepsInput, Retranslating


class ProposalDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, about: str, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDialog")
        self.about_text = about
        self.about = QLabel(wordWrap=True, objectName="proposalAbout")
        self.label = QLabel()
        self.text = QPlainTextEdit(text, objectName="proposalText")
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        self.retranslate_ui()
        self._update_ok()
        self.keep_input_from_now()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Proposed decision"))
        self.about.setText(self.about_text)
        self.label.setText(self.tr("The &decision the body is asked to take:"))

    def input_state(self) -> object:
        return self.text.toPlainText()

    def proposal(self) -> str:
        return self.text.toPlainText()

    def _update_ok(self) -> None:
        typed = self.text.toPlainText()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(typed.strip()) and len(typed) <= TEXT_LIMIT)


def ask_proposal(parent, about: str, text: str = "") -> str | None:
    """The proposal typed, or None when the user cancelled."""
    dialog = ProposalDialog(about, text, parent)
    return dialog.proposal() if dialog.exec() == QDialog.DialogCode.Accepted else None
