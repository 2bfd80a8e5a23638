"""The action plan of a collaboration: its gaps, sign-off, versions (and their withdrawal), PDF
export and signing."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
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
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from drempelkompas.documents.plan_files import save_plan, sign_plan_file
from drempelkompas.domain.enums import Level
from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.plan import gap_text
from drempelkompas.runtime import i18n, settings
from drempelkompas.runtime.locations import signing_folder
from drempelkompas.services import plans, session
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.plans import Signatory, VersionSummary
from drempelkompas.ui.background import run_with_progress
from drempelkompas.ui.document_export import export_document
from drempelkompas.ui.file_dialogs import open_file
from drempelkompas.ui.problems import show_problem
from drempelkompas.ui.user_name import current_user_name
from drempelkompas.ui.widgets import EnumCombo, ErrorLabel, KeepsInput, Retranslating


class PlanDialog(KeepsInput, Retranslating, QDialog):
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
        self.add_signatory = QPushButton(clicked=self._start_new_signatory)
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
        self.withdraw_button = QPushButton(objectName="withdrawVersion", clicked=self.withdraw)
        self.versions.currentItemChanged.connect(self._update_withdraw_button)
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
        row.addWidget(self.withdraw_button)
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
        self.keep_input_from_now()

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
        self.withdraw_button.setText(self.tr("Withdraw…"))
        self.withdraw_button.setToolTip(
            self.tr("Withdraw the selected version; it stays listed, marked withdrawn")
        )
        self.refresh()

    def refresh(self) -> None:
        collaboration = get_collaboration(self.collaboration_id)
        draft = plans.draft_outline(self.collaboration_id, self._signatories(strict=False))
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
        self.withdrawn = set()
        for version in reversed(plans.versions(self.collaboration_id, draft)):
            moment = QLocale().toString(QDate(version.signed_off_at.date()), QLocale.FormatType.ShortFormat)
            item = QTreeWidgetItem(
                self.versions,
                [str(version.number), moment, ", ".join(version.signatories), self._state_text(version)],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, version.number)
            if version.signed_off_by:
                by = self.tr("Signed off in the app by {name}").format(name=version.signed_off_by)
                item.setToolTip(1, by)
            if version.withdrawal is not None:
                self.withdrawn.add(version.number)
        self.versions.setCurrentItem(
            self.versions.topLevelItem(min(1, self.versions.topLevelItemCount() - 1))
        )
        self._update_withdraw_button()

    def _state_text(self, version: VersionSummary) -> str:
        if version.withdrawal is not None:
            text = self.tr("withdrawn: {reason}").format(reason=version.withdrawal.reason)
        elif version.superseded_by is not None:
            text = self.tr("superseded by version {number}").format(number=version.superseded_by[0])
        elif version.out_of_date:
            text = self.tr("to be signed off again: the board changed")
        else:
            #: State of a signed-off version: it still matches the board.
            text = self.tr("current")
        if version.received:
            text += self.tr(" (received in an exchange file)")
        return text

    def _update_withdraw_button(self) -> None:
        version = self.selected_version()
        self.withdraw_button.setEnabled(version is not None and version not in getattr(self, "withdrawn", ()))

    def input_state(self) -> tuple:
        """The signatories typed and not yet signed off (an empty row is nothing typed)."""
        return tuple((s.name, s.role) for s in self._signatories(strict=True) if s.name or s.role)

    def _update_gaps(self) -> None:
        self._show_gaps(plans.draft_outline(self.collaboration_id, self._signatories(strict=False))["gaps"])

    def _show_gaps(self, gaps: list[dict]) -> None:
        self.gaps.clear()
        for gap in gaps:
            self.gaps.addItem(gap_text(gap, i18n.translate, i18n.format_date))
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
        when.setAccessibleName(self.tr("Date"))
        self.signatories.setCellWidget(row, 3, when)

    def _start_new_signatory(self) -> None:
        """A new row, its name being typed: what the user types lands there, not on the button."""
        self._add_signatory_row()
        row = self.signatories.rowCount() - 1
        self.signatories.setCurrentCell(row, 0)
        self.signatories.setFocus()
        self.signatories.editItem(self.signatories.item(row, 0))

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
        self.keep_input_from_now()
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
        draft = plans.draft_outline(self.collaboration_id, signatories)
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

    def withdraw(self) -> None:
        number = self.selected_version()
        if number is None:
            return
        reason = self._ask_reason(number)
        if reason is None:
            return
        try:
            plans.withdraw(self.collaboration_id, number, reason)  # by the user the history records
        except DrempelError as error:
            show_problem(self, error)
            return
        self.refresh()

    def _ask_reason(self, number: int) -> str | None:
        """The reason for withdrawing a version, or None when the user cancels."""
        ask = QInputDialog(self, objectName="withdrawalReason")
        ask.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        ask.setWindowTitle(self.tr("Withdraw version {number}").format(number=number))
        ask.setLabelText(
            self.tr(
                "Why is version {number} withdrawn? It stays listed and verifiable, marked withdrawn "
                "with this reason; a PDF exported from now on says so on every page."
            ).format(number=number)
        )
        for label in ask.findChildren(QLabel):
            label.setWordWrap(True)  # a long question would make the dialog as wide as the screen
        ask.resize(460, 260)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return None
        return ask.textValue()

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
        language = i18n.Language(self.language.currentData())
        export_document(
            self,
            self.tr("Export the plan as PDF"),
            suggestion,
            self.tr("PDF (*.pdf)"),
            self.tr("Exporting the plan…"),
            lambda path, progress: (
                save_plan(path, self.collaboration_id, version, language, progress).missing_characters
            ),
        )

    def sign_pdf(self) -> None:
        source = open_file(self, self.tr("Choose the exported plan to sign"), self.tr("PDF (*.pdf)"))
        if not source:
            return
        certificate = self._choose_certificate()
        if certificate is False:  # cancelled: nothing is signed
            return
        unlocked = self._unlock(certificate)
        if unlocked is None:
            return
        certificate, passphrase = unlocked
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed plan as"),
            source.removesuffix(".pdf") + "-signed.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not target:
            return
        try:
            run_with_progress(
                self,
                self.tr("Signing the plan…"),
                lambda: sign_plan_file(source, target, certificate, passphrase, i18n.Language),
            )
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
        path = open_file(self, self.tr("Choose your certificate"), self.tr("Certificates (*.p12 *.pfx)"))
        return Path(path) if path else False

    def _unlock(self, certificate: Path | None) -> tuple[Path, bytes | None] | None:
        """The certificate file and its passphrase; the personal certificate made first if need be.
        None when the user cancels."""
        from drempelkompas.documents.signing import (
            PERSONAL_CERTIFICATE,
            has_personal_certificate,
            personal_certificate,
        )

        if certificate is None and not has_personal_certificate(signing_folder()):
            from drempelkompas.ui.certificate_dialog import CertificateDialog

            dialog = CertificateDialog(current_user_name(), "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            name = dialog.name.text().strip()
            settings.USER_NAME.write(name)
            session.set_user_name(name)
            try:
                made = run_with_progress(
                    self,
                    self.tr("Making your personal certificate…"),
                    lambda: personal_certificate(
                        signing_folder(), name, dialog.organisation.text(), dialog.passphrase()
                    ),
                )
            except DrempelError as error:
                show_problem(self, error)
                return None
            return made, dialog.passphrase()
        prompt = (
            self.tr("Passphrase of your personal certificate:")
            if certificate is None
            else self.tr("Password of {file} (empty if it has none):").format(file=certificate.name)
        )
        typed, given = QInputDialog.getText(self, self.tr("Sign a PDF"), prompt, QLineEdit.EchoMode.Password)
        if not given:
            return None
        path = certificate if certificate is not None else signing_folder() / PERSONAL_CERTIFICATE
        return path, typed.encode() or None
