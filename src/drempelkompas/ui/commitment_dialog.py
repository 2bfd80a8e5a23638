"""Filling in one cell of the commitment matrix: who commits for a partner at a level, how far it
has come (not asked, asked, committed, withdrawn) and since when, with a note."""

from datetime import date

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from drempelkompas.domain.enums import CommitmentState
from drempelkompas.runtime import i18n
from drempelkompas.services.commitments import CommitmentView
from drempelkompas.services.validation import TEXT_LIMIT, TITLE_LIMIT
from drempelkompas.ui.due_date_field import date_format, to_qdate
from drempelkompas.ui.widgets import EnumCombo, KeepsInput, Retranslating, form_with_labels, name_by_labels


class CommitmentDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, cell: CommitmentView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentDialog")
        self.cell = cell
        self.about = QLabel(wordWrap=True, objectName="commitmentAbout")
        self.person = QLineEdit(cell.person, objectName="commitmentPerson", maxLength=TITLE_LIMIT)
        self.state = EnumCombo(CommitmentState, cell.state)
        self.state.setObjectName("commitmentState")
        self.since = QDateEdit(
            to_qdate(cell.since or date.today()), calendarPopup=True, objectName="commitmentSince"
        )
        self.note = QPlainTextEdit(cell.note, objectName="commitmentNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.state.currentIndexChanged.connect(self._state_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._update_ok)
        self.form, self._labels = form_with_labels([self.person, self.state, self.since, self.note])
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(480, 300)
        self.retranslate_ui()
        self._state_changed()
        self.keep_input_from_now()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Commitment"))
        self.about.setText(
            self.tr("{partner} at the {level} level").format(
                partner=self.cell.partner, level=i18n.label(self.cell.level).lower()
            )
        )
        texts = (self.tr("&Person"), self.tr("&State"), self.tr("S&ince"), self.tr("&Note"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        name_by_labels(self._labels)
        self.person.setPlaceholderText(self.tr("Who commits, e.g. the alderman"))
        self.state.retranslate_ui()
        self.since.setDisplayFormat(date_format())

    def input_state(self) -> object:
        return (self.person.text(), self.state.currentIndex(), self.since.date(), self.note.toPlainText())

    def change(self) -> dict | None:
        """The change for `commitments.set_commitment`: what the user changed (None: left as it
        was), the state's day only when it was changed; None when nothing was."""
        picked = self.since.date()
        since = date(picked.year(), picked.month(), picked.day())
        state = self.state.member()
        dated = state is not self.cell.state or since != self.cell.since
        person, note = self.person.text(), self.note.toPlainText()
        if not dated and person == self.cell.person and note == self.cell.note:
            return None
        return {
            "partner_uuid": self.cell.partner_uuid,
            "level": self.cell.level,
            "state": state if dated else None,
            "person": person if person != self.cell.person else None,
            "on": since if dated and state is not CommitmentState.NOT_ASKED else None,
            "note": note if note != self.cell.note else None,
        }

    def _state_changed(self) -> None:
        state = self.state.member()
        self.since.setEnabled(state is not CommitmentState.NOT_ASKED)
        if state is not self.cell.state:
            self.since.setDate(to_qdate(date.today()))  # a new state is reached today, unless told otherwise

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(self.note.toPlainText()) <= TEXT_LIMIT)
