"""The dialogs that reach a team database: its address, and the user's password for it."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
)

from drempelkompas.runtime import settings
from drempelkompas.runtime.passwords import keyring_available
from drempelkompas.storage.team_database import is_team_address, without_password
from drempelkompas.ui.widgets import ErrorLabel


class TeamAddressDialog(QDialog):
    """Asks for a team database's address, such as postgresql://anna@server/drempelkompas."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a team database"))
        self.address = QLineEdit(settings.LAST_TEAM_DATABASE.read(), objectName="teamAddress")
        self.address.setPlaceholderText("postgresql://anna@server.example.nl/drempelkompas")
        self.address.setMinimumWidth(420)
        self.address.textChanged.connect(self._check)
        explanation = QLabel(
            self.tr(
                "A team database on a PostgreSQL server is shared by everyone in your team: each "
                "change is saved there at once, and the board shows within seconds what others change. "
                "Your administrator gives you its address."
            ),
            wordWrap=True,
        )
        explanation.setMinimumWidth(460)
        self.problem = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the problem shown
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        text = self.address.text().strip()
        good = is_team_address(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(good)
        self.problem.show_problem("" if good or not text else self.tr("An address starts with postgresql://"))

    def accept(self) -> None:
        settings.LAST_TEAM_DATABASE.write(without_password(self.chosen())[0])  # never a password on disk
        super().accept()

    def chosen(self) -> str:
        return self.address.text().strip()


class PasswordDialog(QDialog):
    """Asks for the user's password for a team database; it may be kept in the system's keyring."""

    def __init__(self, address: str, refused: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for the team database"))
        text = (
            self.tr("The password was not accepted. Your password for {address}:")
            if refused
            else self.tr("Your password for {address}:")
        )
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="password")
        self.password.setMinimumWidth(360)
        self.remember = QCheckBox(self.tr("&Remember it in this computer's keyring"), objectName="remember")
        self.remember.setVisible(keyring_available())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        question = QLabel(text.format(address=address), wordWrap=True)
        question.setMinimumWidth(360)
        layout.addWidget(question)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
