"""The user's personal signing certificate: made once for the name (and organisation) they give,
its key protected by a passphrase they choose."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from drempelkompas.documents.signing import MIN_PASSPHRASE
from drempelkompas.ui.widgets import ErrorLabel


class CertificateDialog(QDialog):
    """Asks for what a new personal certificate carries; `passphrase()` once accepted."""

    def __init__(self, name: str, organisation: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificateDialog")
        self.setWindowTitle(self.tr("Your personal certificate"))
        intro = QLabel(
            self.tr(
                "Your signatures carry this name. The certificate is kept in your own data folder; "
                "the passphrase protects it, so a copy of that folder cannot sign in your name. "
                "It is asked every time you sign."
            ),
            wordWrap=True,
        )
        self.name = QLineEdit(name, objectName="certificateName")
        self.organisation = QLineEdit(organisation, objectName="certificateOrganisation")
        self.first = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(objectName="passphraseAgain", echoMode=QLineEdit.EchoMode.Password)
        self.problem = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat the passphrase:"), self.second)
        for field, label in (
            (self.name, self.tr("Name")),
            (self.organisation, self.tr("Organisation")),
            (self.first, self.tr("Passphrase")),
            (self.second, self.tr("Repeat the passphrase")),
        ):
            field.setAccessibleName(label)
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Give the name your signatures carry.")
        elif len(self.first.text()) < MIN_PASSPHRASE:
            problem = self.tr("The passphrase needs at least {count} characters.").format(
                count=MIN_PASSPHRASE
            )
        elif self.first.text() != self.second.text():
            problem = self.tr("The two passphrases differ.")
        touched = any(field.isModified() for field in (self.first, self.second))
        self.problem.show_problem(problem if touched or not self.name.text().strip() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def passphrase(self) -> bytes:
        return self.first.text().encode()
