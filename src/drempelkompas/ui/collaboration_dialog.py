"""The dialog to create or edit a collaboration: name, ambition, phase, notes and partners."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from drempelkompas.domain.enums import PartnerRole, Phase, Sector
from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import collaborations
from drempelkompas.services.collaborations import CollaborationView, PartnerView
from drempelkompas.services.validation import TEXT_LIMIT, TITLE_LIMIT
from drempelkompas.ui.problems import show_problem
from drempelkompas.ui.widgets import (
    EnumCombo,
    ErrorLabel,
    KeepsInput,
    Retranslating,
    form_with_labels,
    name_by_labels,
    with_error,
)

PARTNER_UUID = Qt.ItemDataRole.UserRole


class CollaborationDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, view: CollaborationView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CollaborationDialog")
        self._original = view
        self.name = QLineEdit(view.name, objectName="nameField", maxLength=TITLE_LIMIT)
        self.name_error = ErrorLabel()
        self.ambition = QPlainTextEdit(view.ambition, objectName="ambitionField")
        self.ambition.setTabChangesFocus(True)
        self.phase = EnumCombo(Phase, view.phase)
        self.notes = QPlainTextEdit(view.notes, objectName="notesField")
        self.notes.setTabChangesFocus(True)
        self.text_error = ErrorLabel()
        self.partners = QTableWidget(0, 3, objectName="partnersTable")
        self.partners.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partners.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.partners.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.partners.setMinimumHeight(180)
        for edit in (self.ambition, self.notes):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        self.partners.verticalHeader().hide()
        for partner in view.partners:
            self._add_partner_row(partner)
        self.add_partner = QPushButton(clicked=lambda: self._add_partner_row(None))
        self.remove_partner = QPushButton(clicked=self._remove_partner_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form, self._labels = form_with_labels(
            [
                with_error(self.name, self.name_error),
                self.ambition,
                self.phase,
                with_error(self.notes, self.text_error),
            ]
        )
        partner_buttons = QHBoxLayout()
        partner_buttons.addWidget(self.add_partner)
        partner_buttons.addWidget(self.remove_partner)
        partner_buttons.addStretch(1)
        self.partners_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.partners_label)
        layout.addWidget(self.partners, 1)
        layout.addLayout(partner_buttons)
        layout.addWidget(self.buttons)
        for signal in (self.name.textChanged, self.ambition.textChanged, self.notes.textChanged):
            signal.connect(self._validate)
        self.resize(680, 620)
        self.retranslate_ui()
        self._validate()
        self.keep_input_from_now()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New collaboration") if self._original.id == 0 else self.tr("Edit collaboration")
        )
        texts = (self.tr("Name"), self.tr("Ambition"), self.tr("Phase"), self.tr("Notes"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        name_by_labels(self._labels)
        self.ambition.setPlaceholderText(self.tr("What stands when the collaboration is done?"))
        self.partners_label.setText(self.tr("Partners"))
        self.partners.setAccessibleName(self.tr("Partners"))
        self.partners.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Sector"), self.tr("Role")])
        # Wide enough for the longest sector and role in this language, even with no partner yet.
        for column, choices in ((1, Sector), (2, PartnerRole)):
            header_width = self.partners.horizontalHeader().sectionSizeFromContents(column).width()
            self.partners.setColumnWidth(column, max(EnumCombo(choices).sizeHint().width(), header_width))
        self.add_partner.setText(self.tr("Add partner"))
        self.remove_partner.setText(self.tr("Remove partner"))

    def input_state(self) -> tuple:
        rows = [
            (
                self.partners.item(row, 0).text() if self.partners.item(row, 0) else "",
                self.partners.cellWidget(row, 1).currentIndex(),
                self.partners.cellWidget(row, 2).currentIndex(),
            )
            for row in range(self.partners.rowCount())
        ]
        texts = (self.name.text(), self.ambition.toPlainText(), self.notes.toPlainText())
        return texts, self.phase.currentIndex(), tuple(row for row in rows if row[0].strip())

    def result_view(self) -> CollaborationView:
        """The collaboration as the dialog now shows it."""
        partners = []
        for row in range(self.partners.rowCount()):
            name = (self.partners.item(row, 0).text() if self.partners.item(row, 0) else "").strip()
            if name:
                sector = self.partners.cellWidget(row, 1).member()
                role = self.partners.cellWidget(row, 2).member()
                uuid = self.partners.item(row, 0).data(PARTNER_UUID)
                partners.append(PartnerView(name, sector, role, uuid or ""))
        return replace(
            self._original,
            name=self.name.text().strip(),
            ambition=self.ambition.toPlainText().strip(),
            phase=self.phase.member(),
            notes=self.notes.toPlainText().strip(),
            partners=tuple(partners),
        )

    def _validate(self) -> None:
        name_problem = self.tr("A collaboration needs a name.") if not self.name.text().strip() else ""
        too_long = any(len(edit.toPlainText()) > TEXT_LIMIT for edit in (self.ambition, self.notes))
        text_problem = (
            self.tr("Ambition and notes may hold at most {limit} characters.").format(limit=TEXT_LIMIT)
            if too_long
            else ""
        )
        # A new collaboration's empty name is no error until the user has typed in it.
        self.name_error.show_problem(name_problem if self.name.isModified() or self._original.name else "")
        self.text_error.show_problem(text_problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not (name_problem or text_problem))

    def _add_partner_row(self, partner: PartnerView | None) -> None:
        row = self.partners.rowCount()
        self.partners.insertRow(row)
        name = QTableWidgetItem(partner.name if partner else "")
        name.setData(PARTNER_UUID, partner.uuid if partner else "")  # a renamed partner stays itself
        self.partners.setItem(row, 0, name)
        self.partners.setCellWidget(
            row, 1, EnumCombo(Sector, partner.sector if partner else Sector.GOVERNMENT)
        )
        self.partners.setCellWidget(
            row, 2, EnumCombo(PartnerRole, partner.role if partner else PartnerRole.PROBLEM_OWNER)
        )
        if partner is None:
            self.partners.setCurrentCell(row, 0)
            self.partners.editItem(self.partners.item(row, 0))

    def _remove_partner_row(self) -> None:
        row = self.partners.currentRow()
        if row < 0:
            return
        partner_uuid = self.partners.item(row, 0).data(PARTNER_UUID)
        if partner_uuid:
            try:
                collaborations.ensure_partner_removable(self._original.id, partner_uuid)
            except (DrempelError, OSError) as error:
                show_problem(self, error)
                return
        self.partners.removeRow(row)


def new_collaboration_view() -> CollaborationView:
    return CollaborationView(0, "", "", "", Phase.EXPLORING, "", False, ())
