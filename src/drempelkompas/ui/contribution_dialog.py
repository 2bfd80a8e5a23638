"""Adding or changing one contribution of the in-kind ledger: which partner brings in what, pledged
or delivered, in which period, and its value in euros if known."""

import re

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QVBoxLayout

from drempelkompas.domain.commitment import PartnerFacts
from drempelkompas.domain.enums import ContributionKind, ContributionState
from drempelkompas.services.contributions import ContributionView
from drempelkompas.services.validation import MAX_VALUE, TEXT_LIMIT
from drempelkompas.ui.due_date_field import DueDateField
from drempelkompas.ui.widgets import (
    EnumCombo,
    ErrorLabel,
    KeepsInput,
    Retranslating,
    form_with_labels,
    name_by_labels,
    with_error,
)

# Whole euros, with groups of three written with a point, comma or space ("12.500", "12,500").
_WHOLE_EUROS = re.compile(r"\d{1,3}([., ]\d{3})+|\d+")


def euros(text: str) -> int | None:
    """The whole euros typed, or None for nothing or for what is no whole amount ("7,50")."""
    cleaned = text.replace("€", "").strip()
    return int(re.sub(r"\D", "", cleaned)) if _WHOLE_EUROS.fullmatch(cleaned) else None


class ContributionDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, partners: tuple[PartnerFacts, ...], view: ContributionView | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("contributionDialog")
        self.view = view
        self.partner = QComboBox(objectName="contributionPartner")
        for partner in partners:
            self.partner.addItem(partner.name, partner.uuid)
        if view is not None:
            self.partner.setCurrentIndex(max(0, self.partner.findData(view.partner_uuid)))
        self.kind = EnumCombo(ContributionKind, view.kind if view else ContributionKind.KNOWLEDGE)
        self.kind.setObjectName("contributionKind")
        self.description = QPlainTextEdit(
            view.description if view else "", objectName="contributionDescription"
        )
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.state = EnumCombo(ContributionState, view.state if view else ContributionState.PLEDGED)
        self.state.setObjectName("contributionState")
        self.starts = DueDateField(view.starts_on if view else None)
        self.ends = DueDateField(view.ends_on if view else None)
        self.value = QLineEdit(
            "" if view is None or view.value is None else str(view.value), objectName="contributionValue"
        )
        self.value.textChanged.connect(self._update_ok)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.period_error = ErrorLabel()
        self.value_error = ErrorLabel()
        self.description.textChanged.connect(self._update_ok)
        for field in (self.starts, self.ends):
            field.changed.connect(self._update_ok)
        fields = [
            self.partner, self.kind, self.description, self.state, self.starts,
            with_error(self.ends, self.period_error), with_error(self.value, self.value_error),
        ]  # fmt: skip
        self.form, self._labels = form_with_labels(fields)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(520, 380)
        self.retranslate_ui()
        self._update_ok()
        self.keep_input_from_now()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New contribution") if self.view is None else self.tr("Edit contribution")
        )
        texts = (
            self.tr("&Partner"),
            self.tr("&Kind"),
            self.tr("&Description"),
            self.tr("&State"),
            self.tr("&From"),
            self.tr("&Until"),
            self.tr("&Value in euros"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        name_by_labels(self._labels)
        for combo in (self.kind, self.state):
            combo.retranslate_ui()
        for field in (self.starts, self.ends):
            field.retranslate_ui()
        self.description.setPlaceholderText(self.tr("What it is, e.g. legal advice on sharing energy"))
        self.value.setPlaceholderText(self.tr("Unknown"))

    def input_state(self) -> object:
        return (
            self.partner.currentIndex(),
            self.kind.currentIndex(),
            self.description.toPlainText(),
            self.state.currentIndex(),
            self.starts.value(),
            self.ends.value(),
            self.value.text(),
        )

    def fields(self) -> dict:
        """The contribution as the dialog shows it, for `contributions.add_contribution`."""
        return {
            "partner_uuid": self.partner.currentData(),
            "kind": self.kind.member(),
            "description": self.description.toPlainText(),
            "state": self.state.member(),
            "starts_on": self.starts.value(),
            "ends_on": self.ends.value(),
            "value": euros(self.value.text()),
        }

    def _update_ok(self) -> None:
        starts, ends = self.starts.value(), self.ends.value()
        backwards = starts is not None and ends is not None and ends < starts
        self.period_error.show_problem(
            self.tr("The period cannot end before it starts.") if backwards else ""
        )
        amount = euros(self.value.text())
        wrong_value = bool(self.value.text().strip()) and (amount is None or amount > MAX_VALUE)
        self.value_error.show_problem(
            self.tr("Give the value in whole euros, such as 12500 or 12.500.") if wrong_value else ""
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        fits = len(self.description.toPlainText()) <= TEXT_LIMIT
        ok.setEnabled(self.partner.count() > 0 and fits and not backwards and not wrong_value)
