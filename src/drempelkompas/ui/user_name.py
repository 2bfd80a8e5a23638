"""The name a database file's history records for the user: given once, changed here."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from drempelkompas.domain.errors import ValidationError
from drempelkompas.runtime import settings
from drempelkompas.runtime.identity import system_full_name
from drempelkompas.services import session, validation
from drempelkompas.ui.problems import show_problem


def current_user_name() -> str:
    return settings.USER_NAME.read() or system_full_name()


def ask_user_name(window) -> None:
    """Asks the name to record for the changes made from now on (a team database records its user)."""
    name, given = QInputDialog.getText(
        window,
        QCoreApplication.translate("UserName", "Your name in the history"),
        QCoreApplication.translate(
            "UserName",
            "The history of every card, sign-off and withdrawal records who made it. Your name:",
        ),
        QLineEdit.EchoMode.Normal,
        current_user_name(),
    )
    if not given:
        return
    try:
        name = validation.clean_line(name, validation.NAME)
    except ValidationError as problem:
        show_problem(window, problem)
        return
    settings.USER_NAME.write(name)
    session.set_user_name(name)
