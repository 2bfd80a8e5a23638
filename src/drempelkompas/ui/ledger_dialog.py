"""The in-kind ledger ("gesloten beurzen") of a collaboration: every contribution, the totals per
partner and per sector, how evenly the costs are spread, and the ledger as a CSV file."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.services import contributions
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.partners import partner_facts
from drempelkompas.ui import method_commands
from drempelkompas.ui.contribution_dialog import ContributionDialog
from drempelkompas.ui.document_export import export_document
from drempelkompas.ui.unsaved_edits import edit_until_saved, pushed
from drempelkompas.ui.widgets import Retranslating, follow_changes

CONTRIBUTION_ID = Qt.ItemDataRole.UserRole


class LedgerDialog(Retranslating, QDialog):
    def __init__(self, window, collaboration_id: int) -> None:
        super().__init__(window)
        self.setObjectName("ledgerDialog")
        self.window, self.collaboration_id = window, collaboration_id
        self.table = QTableWidget(0, 6, objectName="ledgerTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellActivated.connect(lambda *_: self.edit())  # a double-click or Enter, once
        self.totals = QLabel(objectName="ledgerTotals", wordWrap=True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(objectName="addContribution", clicked=self.add)
        self.edit_button = QPushButton(objectName="editContribution", clicked=self.edit)
        self.delete_button = QPushButton(objectName="deleteContribution", clicked=self.delete)
        self.undo_button = QPushButton(objectName="undoInLedger", clicked=self._undo)
        self.export_button = QPushButton(objectName="exportLedger", clicked=self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.totals)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        follow_changes(self, window, self.reload)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = get_collaboration(self.collaboration_id).name
        self.setWindowTitle(self.tr("Contributions — {name}").format(name=name))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Kind"), self.tr("State"), self.tr("Period"), self.tr("Value"),
             self.tr("Description")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Contributions"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.undo_button.setText(self.tr("&Undo"))
        self.export_button.setText(self.tr("E&xport as CSV…"))
        self.reload()

    def reload(self) -> None:
        chosen = self._chosen_id()
        found = contributions.contributions(self.collaboration_id)
        self.table.setRowCount(len(found))
        for row, contribution in enumerate(found):
            period = ""
            if contribution.starts_on or contribution.ends_on:
                period = " – ".join(
                    i18n.format_date(day) if day else "…"
                    for day in (contribution.starts_on, contribution.ends_on)
                )
            value = "" if contribution.value is None else "€ " + i18n.format_number(contribution.value)
            texts = [
                contribution.partner,
                i18n.label(contribution.kind),
                i18n.label(contribution.state),
                period,
                value,
                contribution.description.replace("\n", " "),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(CONTRIBUTION_ID, contribution.id)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if contribution.id == chosen:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.totals.setText(self._totals_text())
        self._update_buttons()

    def _totals_text(self) -> str:
        summary = contributions.summary(self.collaboration_id)
        if not summary.total.contributions:
            return self.tr(
                "No contributions yet. Start with closed purses: what can each partner bring in kind?"
            )
        lines = []
        for partner in summary.partners:
            totals = summary.per_partner[partner.uuid]
            lines.append(
                self.tr("{partner}: {value}, {share}% of the costs the partners carry").format(
                    partner=partner.name,
                    value="€ " + i18n.format_number(totals.value),
                    share=round(summary.spread.shares[partner.uuid] * 100),
                )
            )
        sectors = ", ".join(
            f"{i18n.label(sector)} € {i18n.format_number(totals.value)}"
            for sector, totals in summary.per_sector.items()
        )
        lines.append(self.tr("Per sector: {sectors}").format(sectors=sectors))
        names = {p.uuid: p.name for p in summary.partners}
        if summary.spread.even is None:
            lines.append(self.tr("No contribution has a value yet, so the spread of the costs is unknown."))
        elif summary.spread.even:
            lines.append(self.tr("The costs are spread evenly enough."))
        else:
            lines.append(
                self.tr(
                    "Unevenly spread: {partner} carries more than twice the average of the others."
                ).format(partner=names[summary.spread.largest])
            )
        if summary.spread.without:
            lines.append(
                self.tr("Without any contribution: {partners}.").format(
                    partners=", ".join(names[uuid] for uuid in summary.spread.without)
                )
            )
        return "\n".join(lines)

    def _chosen_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(CONTRIBUTION_ID) if items else None

    def _update_buttons(self) -> None:
        writable = not self.window.read_only
        chosen = self._chosen_id() is not None
        self.add_button.setEnabled(writable and bool(partner_facts(self.collaboration_id)))
        self.edit_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        stack = self.window.undo_stack
        last = stack.command(stack.index() - 1) if stack.index() > 0 else None
        self.undo_button.setEnabled(getattr(last, "from_ledger", False))  # only what this dialog did
        self.export_button.setEnabled(self.table.rowCount() > 0)

    def add(self) -> None:
        dialog = ContributionDialog(partner_facts(self.collaboration_id), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            command = method_commands.add_contribution(
                QT_TRANSLATE_NOOP("Commands", "Add a contribution"), self.collaboration_id, dialog.fields()
            )
            self._push(command)

    def edit(self) -> None:
        chosen = self._chosen_id()
        if chosen is None or self.window.read_only:
            return
        view = contributions.get_contribution(chosen)
        dialog = ContributionDialog(partner_facts(self.collaboration_id), view, parent=self)

        def save(base: contributions.ContributionView) -> DrempelError | None:
            mine = {field: value for field, value in dialog.fields().items() if value != getattr(view, field)}
            if not mine:
                return None
            command = method_commands.EditContribution(
                QT_TRANSLATE_NOOP("Commands", "Change a contribution"), base, mine
            )
            command.from_ledger = True
            return pushed(self.window, command)

        edit_until_saved(self.window, dialog, save, view, lambda: contributions.get_contribution(chosen))
        self.reload()  # also when theirs was kept: this dialog shows it

    def delete(self) -> None:
        chosen = self._chosen_id()
        if chosen is not None:
            self._push(
                method_commands.delete_contribution(
                    QT_TRANSLATE_NOOP("Commands", "Delete a contribution"), chosen
                )
            )

    def _undo(self) -> None:
        if self.undo_button.isEnabled():
            self.window.undo_stack.undo()

    def _push(self, command) -> None:
        command.from_ledger = True
        self.window.push(command)

    def export(self) -> None:
        from drempelkompas.documents.method_files import save_ledger_csv

        name = get_collaboration(self.collaboration_id).name
        language = i18n.Language(i18n.current_language())
        export_document(
            self,
            self.tr("Export the contributions"),
            self.tr("{name} - contributions").format(name=name) + ".csv",
            self.tr("CSV (*.csv)"),
            self.tr("Writing the contributions…"),
            lambda path, progress: save_ledger_csv(path, self.collaboration_id, language) and "",
        )
