"""A card edit that could not be saved on a team database: someone else changed the same fields, or
the server could not be reached. The user's version is never dropped without asking."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers
from drempelkompas.services.barriers import BarrierView
from drempelkompas.ui import commands


def resolve_outdated_edit(window, barrier_id: int, mine: BarrierView) -> None:
    """Someone else changed the same fields while the user edited: their version stays, and the
    user's is kept beside it as a conflict to resolve, or dropped, as the user chooses."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UnsavedEdits", "Changed by someone else"),
        QCoreApplication.translate(
            "UnsavedEdits",
            "Someone else changed “{title}” while you were editing it, in the same fields, so your "
            "changes were not saved.\n\nKeep your version as a second card beside theirs, marked as "
            "a conflict (as after an exchange)? Or drop your changes and see theirs?",
        ).format(title=_stored_title(barrier_id, mine.title)),
        parent=window,
    )
    keep = box.addButton(
        QCoreApplication.translate("UnsavedEdits", "&Keep both"), QMessageBox.ButtonRole.AcceptRole
    )
    drop = box.addButton(
        QCoreApplication.translate("UnsavedEdits", "&Drop mine"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)  # closing the box never throws the user's text away
    box.exec()
    if box.clickedButton() is drop:
        window.show_changes_of_others()
        return
    command = commands.KeepMineBeside(QT_TRANSLATE_NOOP("Commands", "Keep both versions"), barrier_id, mine)
    window.push(command)
    window.show_changes_of_others()
    if command.copy_id is not None:
        window.board_view.select_card(command.copy_id)


def ask_to_try_again(window, problem: DrempelError) -> bool:
    """The edit was not saved (the team database could not be reached): True to try again, False
    when the user drops it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UnsavedEdits", "Not saved"),
        QCoreApplication.translate(
            "UnsavedEdits",
            "{problem}\n\nYour changes to the card are kept here until you try again or drop them.",
        ).format(problem=i18n.error_text(problem)),
        parent=window,
    )
    again = box.addButton(
        QCoreApplication.translate("UnsavedEdits", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    drop = box.addButton(
        QCoreApplication.translate("UnsavedEdits", "&Drop my changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(again)
    box.setEscapeButton(again)
    box.exec()
    return box.clickedButton() is not drop


def _stored_title(barrier_id: int, typed: str) -> str:
    """The card's title as it is stored now (the user may have retyped it)."""
    try:
        return barriers.get_barrier(barrier_id).title
    except DrempelError:
        return typed
