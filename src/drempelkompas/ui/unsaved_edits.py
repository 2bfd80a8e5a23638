"""An edit that could not be saved on a team database: someone else changed the same fields, or
the server could not be reached. The user's version is never dropped without asking."""

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from drempelkompas.domain.errors import DrempelError, EditConflictError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers
from drempelkompas.services.barrier_views import BarrierView
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
            "{problem}\n\nYour changes are kept here until you try again or drop them.",
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


class Choice(Enum):
    """What the user does with an edit someone else's change overtook."""

    MINE = "save mine over theirs"
    THEIRS = "keep theirs"
    BACK = "back to my changes"


def ask_about_outdated_edit(parent, problem: EditConflictError) -> Choice:
    """Someone else changed what the user edited: save the user's version over theirs, keep theirs
    (and drop the user's), or go back to the editor. Closing the box goes back: nothing is lost."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UnsavedEdits", "Changed by someone else"),
        QCoreApplication.translate(
            "UnsavedEdits",
            "{problem}\n\nSave your version over theirs, or keep theirs and drop yours? Back to your "
            "changes leaves both as they are.",
        ).format(problem=i18n.error_text(problem)),
        parent=parent,
    )
    buttons = {
        box.addButton(
            QCoreApplication.translate("UnsavedEdits", "&Save mine"), QMessageBox.ButtonRole.AcceptRole
        ): Choice.MINE,
        box.addButton(
            QCoreApplication.translate("UnsavedEdits", "&Keep theirs"), QMessageBox.ButtonRole.DestructiveRole
        ): Choice.THEIRS,
    }
    back = box.addButton(
        QCoreApplication.translate("UnsavedEdits", "&Back to my changes"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.BACK)


def edit_until_saved(
    window,
    editor: QDialog,
    save: Callable[[object], DrempelError | None],
    shown: object,
    read_current: Callable[[], object],
) -> bool:
    """Runs `editor` and saves what it gives with `save(base)`, where `base` is the record as the
    user saw it (`shown` at first); True once saved.

    `save` returns the problem that kept it from saving, or None. When someone else changed the same
    fields, the user chooses: save the user's version over theirs (on the record as it is now,
    `read_current()`), keep theirs, or go back to the editor with everything typed still in it.
    When the server could not be reached, the user tries again or drops the edit.
    """
    base, asking = shown, editor.parentWidget() or window
    while editor.exec() == QDialog.DialogCode.Accepted:
        problem = save(base)
        while problem is not None:
            if isinstance(problem, EditConflictError):
                choice = ask_about_outdated_edit(asking, problem)
                if choice is Choice.BACK:
                    break
                window.show_changes_of_others()
                if choice is Choice.THEIRS:
                    return False
                try:
                    base = read_current()
                except DrempelError as error:
                    window.show_error(error)
                    return False
            elif not ask_to_try_again(asking, problem):
                return False
            problem = save(base)
        else:  # the loop ended without going back to the editor: saved
            return True
    return False


def pushed(window, command: commands.ServiceCommand) -> DrempelError | None:
    """Does the command on `window`; the problem that kept it from saving, or None (another
    failure is shown to the user as usual)."""
    unsaved: list[DrempelError] = []
    window.push(command, on_unsaved=unsaved.append)
    return unsaved[0] if unsaved else None
