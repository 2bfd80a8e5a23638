"""The action plan of a collaboration: its gaps, sign-off, versions, PDF export and signing."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from drempelkompas.documents.plan_files import save_plan, sign_plan_file, signer_name
from drempelkompas.domain.enums import Level
from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.plan import gap_text
from drempelkompas.runtime import i18n
from drempelkompas.runtime.locations import signing_folder
from drempelkompas.services import plans
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.plans import Signatory
from drempelkompas.storage.files import safe_file_name
from drempelkompas.ui.problems import show_problem
from drempelkompas.ui.widgets import EnumCombo, ErrorLabel, Retranslating


class PlanDialog(Retranslating, QDialog):
    def __init__(self, collaboration_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanDialog")
        self.collaboration_id = collaboration_id
        self.heading = QLabel(objectName="planHeading", textFormat=Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.gaps = QListWidget(objectName="planGaps")
        self.gaps.setWordWrap(True)
        self.signatories = QTableWidget(0, 4, objectName="signatories")
        self.signatories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.signatories.verticalHeader().hide()
        self.add_signatory = QPushButton(clicked=lambda: self._add_signatory_row())
        self.remove_signatory = QPushButton(clicked=self._remove_signatory_row)
        self.sign_off_button = QPushButton(objectName="signOff", clicked=self.sign_off)
        self.sign_off_error = ErrorLabel()
        self.versions = QTreeWidget(objectName="planVersions")
        self.versions.setRootIsDecorated(False)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.language = QComboBox(objectName="exportLanguage")
        for code in i18n.available_languages():
            self.language.addItem(i18n.language_name(code), code)
        current = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.export_button = QPushButton(objectName="exportPdf", clicked=self.export_pdf)
        self.sign_button = QPushButton(objectName="signPdf", clicked=self.sign_pdf)
        self.language_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        self.gaps_box = QGroupBox()
        QVBoxLayout(self.gaps_box).addWidget(self.gaps)
        self.sign_off_box = QGroupBox()
        sign_off_layout = QVBoxLayout(self.sign_off_box)
        sign_off_layout.addWidget(self.signatories)
        row = QHBoxLayout()
        row.addWidget(self.add_signatory)
        row.addWidget(self.remove_signatory)
        row.addStretch(1)
        row.addWidget(self.sign_off_button)
        sign_off_layout.addLayout(row)
        sign_off_layout.addWidget(self.sign_off_error)
        self.versions_box = QGroupBox()
        versions_layout = QVBoxLayout(self.versions_box)
        versions_layout.addWidget(self.versions)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.sign_button)
        versions_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.gaps_box, 2)
        layout.addWidget(self.sign_off_box, 2)
        layout.addWidget(self.versions_box, 2)
        layout.addWidget(self.buttons)
        self._add_signatory_row()
        self.signatories.itemChanged.connect(self._update_gaps)
        self.resize(760, 720)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Action plan"))
        self.gaps_box.setTitle(self.tr("Points of attention in the draft"))
        self.sign_off_box.setTitle(self.tr("Sign-off"))
        self.versions_box.setTitle(self.tr("Versions"))
        self.signatories.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role or function"), self.tr("Level"), self.tr("Date")]
        )
        self.add_signatory.setText(self.tr("Add signatory"))
        self.remove_signatory.setText(self.tr("Remove signatory"))
        self.versions.setHeaderLabels(
            [self.tr("Version"), self.tr("Signed off"), self.tr("Signatories"), self.tr("State")]
        )
        self.language_label.setText(self.tr("PDF language:"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.sign_button.setText(self.tr("Sign a PDF…"))
        self.refresh()

    def refresh(self) -> None:
        collaboration = get_collaboration(self.collaboration_id)
        draft = plans.draft(self.collaboration_id, self._signatories(strict=False))
        self.heading.setText(
            self.tr("{name}: draft of version {number}").format(
                name=collaboration.name, number=draft["version"]
            )
        )
        self.sign_off_button.setText(self.tr("Sign off as version {number}").format(number=draft["version"]))
        self._show_gaps(draft["gaps"])
        self.versions.clear()
        QTreeWidgetItem(self.versions, [self.tr("Draft"), "", "", self.tr("not signed off")]).setData(
            0, Qt.ItemDataRole.UserRole, None
        )
        for version in reversed(plans.versions(self.collaboration_id, draft)):
            moment = QLocale().toString(QDate(version.signed_off_at.date()), QLocale.FormatType.ShortFormat)
            state = (
                self.tr("re-approval needed: the board changed")
                if version.out_of_date
                #: State of a signed-off version: it still matches the board.
                else self.tr("current")
            )
            item = QTreeWidgetItem(
                self.versions, [str(version.number), moment, ", ".join(version.signatories), state]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, version.number)
        self.versions.setCurrentItem(
            self.versions.topLevelItem(min(1, self.versions.topLevelItemCount() - 1))
        )

    def _update_gaps(self) -> None:
        self._show_gaps(plans.draft(self.collaboration_id, self._signatories(strict=False))["gaps"])

    def _show_gaps(self, gaps: list[dict]) -> None:
        self.gaps.clear()
        for gap in gaps:
            self.gaps.addItem(gap_text(gap, i18n.translate))
        if not gaps:
            self.gaps.addItem(self.tr("No gaps: every barrier has an owner and a next action."))

    # -- sign-off --------------------------------------------------------------------------

    def _add_signatory_row(self, name: str = "", role: str = "", level: Level = Level.ADMINISTRATIVE) -> None:
        row = self.signatories.rowCount()
        self.signatories.insertRow(row)
        self.signatories.setItem(row, 0, QTableWidgetItem(name))
        self.signatories.setItem(row, 1, QTableWidgetItem(role))
        combo = EnumCombo(Level, level)
        combo.currentIndexChanged.connect(self._update_gaps)
        self.signatories.setCellWidget(row, 2, combo)
        when = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.signatories.setCellWidget(row, 3, when)

    def _remove_signatory_row(self) -> None:
        if self.signatories.currentRow() >= 0:
            self.signatories.removeRow(self.signatories.currentRow())
            self._update_gaps()

    def _signatories(self, strict: bool) -> list[Signatory]:
        result = []
        for row in range(self.signatories.rowCount()):
            name = self.signatories.item(row, 0).text().strip() if self.signatories.item(row, 0) else ""
            role = self.signatories.item(row, 1).text().strip() if self.signatories.item(row, 1) else ""
            if not name and not strict:
                continue
            when = self.signatories.cellWidget(row, 3).date()
            result.append(
                Signatory(
                    name,
                    role,
                    self.signatories.cellWidget(row, 2).member(),
                    date(when.year(), when.month(), when.day()),
                )
            )
        return result

    def sign_off(self) -> None:
        signatories = [s for s in self._signatories(strict=True) if s.name or s.role]
        if signatories and not self._confirm_sign_off(signatories):
            return
        try:
            version = plans.sign_off(self.collaboration_id, signatories)
        except DrempelError as error:
            self.sign_off_error.show_problem(i18n.error_text(error))
            return
        self.sign_off_error.show_problem("")
        self._clear_signatories()  # the next version is signed off by whoever signs it then
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Signed off"),
            self.tr("Version {number} is signed off. Its fingerprint is {fingerprint}.").format(
                number=version.number, fingerprint=version.fingerprint
            ),
        )

    def _confirm_sign_off(self, signatories: list[Signatory]) -> bool:
        """Shows what is about to be frozen; True when the user goes ahead."""
        draft = plans.draft(self.collaboration_id, signatories)
        names = ", ".join(f"{s.name} ({i18n.label(s.level)})" for s in signatories)
        text = self.tr(
            "Sign off version {number}, signed by {names}?\n\nPoints of attention still open: {gaps}.\n\n"
            "A signed-off version cannot be changed afterwards; "
            "later changes to the board need a new version."
        ).format(number=draft["version"], names=names, gaps=len(draft["gaps"]))
        answer = QMessageBox.question(self, self.tr("Sign off"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _clear_signatories(self) -> None:
        self.signatories.setRowCount(0)
        self._add_signatory_row()

    # -- files -----------------------------------------------------------------------------

    def selected_version(self) -> int | None:
        item = self.versions.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def export_pdf(self) -> None:
        version = self.selected_version()
        name = get_collaboration(self.collaboration_id).name
        if version is None:
            suggestion = self.tr("{name} - action plan - draft.pdf").format(name=name)
        else:
            suggestion = self.tr("{name} - action plan - version {number}.pdf").format(
                name=name, number=version
            )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the plan as PDF"),
            str(Path.home() / safe_file_name(suggestion)),
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            save_plan(path, self.collaboration_id, version, i18n.Language(self.language.currentData()))
        except (DrempelError, OSError) as error:
            show_problem(self, error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Plan exported"),
            self.tr("The plan was saved as {file}. Open it now?").format(file=path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def sign_pdf(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the exported plan to sign"), str(Path.home()), self.tr("PDF (*.pdf)")
        )
        if not source:
            return
        certificate = self._choose_certificate()
        if certificate is False:  # cancelled: nothing is signed
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed plan as"),
            source.removesuffix(".pdf") + "-signed.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not target:
            return
        try:
            sign_plan_file(source, target, certificate, signing_folder(), signer_name())
        except (DrempelError, OSError) as error:
            show_problem(self, error)
            return
        QMessageBox.information(
            self, self.tr("Plan signed"), self.tr("The signed plan was saved as {file}.").format(file=target)
        )

    def _choose_certificate(self) -> Path | bool | None:
        """A certificate file, None for the personal certificate, or False when the user cancels."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sign a PDF"),
            self.tr("Sign with which certificate?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        personal = box.addButton(self.tr("My personal certificate"), QMessageBox.ButtonRole.AcceptRole)
        from_file = box.addButton(self.tr("A certificate file…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is personal:
            return None
        if box.clickedButton() is not from_file:
            return False
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose your certificate"), str(Path.home()), self.tr("Certificates (*.p12 *.pfx)")
        )
        return Path(path) if path else False
