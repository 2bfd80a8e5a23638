"""Starting the desktop app: application object, language, database, crash handler, main window."""

import os
import sqlite3
import sys
from functools import partial
from pathlib import Path

from peewee import DatabaseError
from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from drempelkompas.app.routine_care import RoutineCare
from drempelkompas.domain.errors import (
    DamagedDatabaseError,
    DatabaseRefusedError,
    DrempelError,
    NewerDatabaseError,
    PasswordNeededError,
    TeamDatabaseError,
)
from drempelkompas.runtime import i18n, settings
from drempelkompas.runtime.crash_log import write_crash_log
from drempelkompas.runtime.instance_lock import DatabaseLock
from drempelkompas.runtime.locations import (
    database_path,
    local_database_path,
    on_network_drive,
    set_application_names,
    sync_risk,
)
from drempelkompas.runtime.passwords import forget_password, remember_password, remembered_password
from drempelkompas.storage.backup import newest_good_backup, replace_damaged
from drempelkompas.storage.database import close_database, copy_database, database_name, open_database
from drempelkompas.storage.salvage import salvage_in_place
from drempelkompas.storage.team_database import is_team_address, shown_address

# How long the window waits for the database check, which reads every page: a small or medium
# file is checked before its window is built; a large one goes on beside it.
CHECK_BEFORE_SHOWING_S = 0.25

# DREMPELKOMPAS_SCREENSHOT=picture.png: the app writes a picture of its main window once shown, and quits.
SCREENSHOT_VARIABLE = "DREMPELKOMPAS_SCREENSHOT"
SCREENSHOT_AFTER_MS = 300


def run_app(db_option: str | None = None, language: str | None = None, open_file: Path | None = None) -> int:
    """Runs the app until its window closes; `open_file` is an exchange file to import (shown in
    its preview first), as a file manager opens one with the app."""
    app = QApplication.instance() or QApplication(sys.argv)
    set_application_names()
    remembered = settings.LANGUAGE.read()
    if remembered not in i18n.available_languages():  # first start, or its file was removed since
        remembered = i18n.system_language()
    i18n.install_language(language or remembered)
    sys.excepthook = _report_unexpected_error

    path = database_path(db_option)
    lock = DatabaseLock(path)
    if not lock.acquire():
        if lock.ask_holder_to_raise(open_file) and open_file is not None:
            return 0  # the window that has the database open shows the file's preview
        _show_error(
            i18n.translate("App", "Already open"),
            i18n.translate("App", "{file} is already open in another Drempelkompas window.").format(
                file=path
            ),
        )
        return 1
    try:
        if is_team_address(path):
            return _run_on_team(app, path, lock, open_file)
        return _run_on(app, path, lock, open_file)
    finally:
        lock.release()


def _run_on_team(app: QApplication, address: str, lock: DatabaseLock, open_file: Path | None) -> int:
    """A team database: no file checks or backups (its server keeps those); a password asked when needed."""
    from drempelkompas.ui.main_window import MainWindow

    try:
        if not _open_team_database(address):
            return 1
    except DrempelError as error:
        _show_error(i18n.translate("App", "The team database cannot be opened"), i18n.error_text(error))
        return 1
    window = MainWindow(database_name())
    _show(window, lock, open_file)
    return app.exec()


def _open_team_database(address: str) -> bool:
    """Opens it with libpq's own password (PGPASSWORD, .pgpass), else the keyring's, else one the user
    types; False when the user gives up."""
    from drempelkompas.ui.team_login import PasswordDialog

    try:
        open_database(address)  # libpq's own places: PGPASSWORD, the .pgpass file
        return True
    except PasswordNeededError:
        pass
    kept = remembered_password(address)
    if kept is not None:
        try:
            open_database(address, password=kept)
            return True
        except PasswordNeededError:
            forget_password(address)  # remembered, but no longer right
    refused = kept is not None
    while True:
        dialog = PasswordDialog(shown_address(address), refused)
        if dialog.exec() != PasswordDialog.DialogCode.Accepted:
            return False
        password = dialog.password.text()
        try:
            open_database(address, password=password)
        except PasswordNeededError:
            refused = True
            continue
        if dialog.remember.isChecked():
            remember_password(address, password)
        return True


def _run_on(app: QApplication, path: Path, lock: DatabaseLock, open_file: Path | None) -> int:
    on_network = on_network_drive(path)
    try:
        # RoutineCare checks it, beside the window.
        open_database(path, check_integrity=False, on_network=on_network)
    except NewerDatabaseError as error:
        _show_error(i18n.translate("App", "The database cannot be opened"), i18n.error_text(error))
        return 1
    except DatabaseRefusedError as error:
        if not _offer_backup(path, error):
            return 1
    except OSError as error:
        _show_error(i18n.translate("App", "The database cannot be opened"), i18n.problem_text(error))
        return 1
    path = _offer_to_leave_network_drive(path) if on_network else _offer_to_leave_synced_folder(path)
    while True:
        care = RoutineCare(path)
        care.start()
        window = _window_unless_damaged(path, care)
        if window is not None:
            _show(window, lock, open_file)
            care.damaged.connect(window.close)  # found after it appeared: closed, then the offer below
            try:
                code = app.exec()
            finally:
                care.join()
            if care.damage is None:
                return code
        close_database()
        if not _offer_backup(path, care.damage):
            return 1


def _window_unless_damaged(path: Path, care: RoutineCare):
    """The main window on the open database; None when the check found it damaged before it appeared."""
    from drempelkompas.ui.main_window import MainWindow  # the check runs meanwhile, in its thread

    # Before the window reads the board: a damaged page met in one of its slots would reach the
    # user as an unexpected error. A large file's check goes on beside the window.
    if care.wait_for_check(CHECK_BEFORE_SHOWING_S) and care.damage is not None:
        return None
    try:
        return MainWindow(str(path))
    except (DatabaseError, sqlite3.DatabaseError):  # a damaged page was read: the check will say so
        care.wait_for_check()
        if care.damage is None:
            raise
        return None


def _offer_backup(path: Path, error: DatabaseRefusedError) -> bool:
    """For a refused database: offer its newest good backup, or for a damaged one without a backup,
    to salvage it. True when that was done and the database is open."""
    good = newest_good_backup(path)
    if good is None and isinstance(error, DamagedDatabaseError):
        return _offer_salvage(path, error)
    if good is None:  # not a Drempelkompas database at all: nothing to salvage, and nothing is touched
        _show_error(i18n.translate("App", "The database cannot be opened"), i18n.error_text(error))
        return False
    restore = _ask(
        i18n.translate("App", "The database cannot be opened"),
        i18n.translate(
            "App",
            "{problem}\n\nThere is a good backup from {when} with {collaborations} collaborations and "
            "{barriers} barriers. Restore it? The damaged file is kept, unchanged, beside it.",
        ).format(
            problem=i18n.error_text(error),
            when=QLocale().toString(QDateTime(good.created), QLocale.FormatType.ShortFormat),
            collaborations=good.collaborations,
            barriers=good.barriers,
        ),
    )
    if not restore:
        return False
    replace_damaged(path, good.path)
    open_database(path)
    return True


COPY_HERE, USE_TEAM_DATABASE = 0, 1


def _offer_to_leave_network_drive(path: Path) -> Path:
    """A database file on a network drive is opened read-only: offers a copy on this computer, or a
    team database. Returns the database now open: the copy if the user chose it, else `path`."""
    target = local_database_path()
    choice = _choose(
        i18n.translate("App", "Database on a network drive"),
        i18n.translate(
            "App",
            "{file} is on a network drive. A database file there can be damaged when two computers use "
            "it at once, so it is opened read-only.\n\nCopy it to {target} on this computer and work "
            "there, or open a team database on a server that your team shares?",
        ).format(file=path, target=target),
        [
            i18n.translate("App", "&Copy to this computer"),
            i18n.translate("App", "Open a &team database…"),
            i18n.translate("App", "&Only look"),
        ],
    )
    if choice == USE_TEAM_DATABASE:
        from drempelkompas.ui.file_actions import open_team_window
        from drempelkompas.ui.team_login import TeamAddressDialog

        dialog = TeamAddressDialog()
        if dialog.exec() == TeamAddressDialog.DialogCode.Accepted:
            open_team_window(dialog.chosen())
        return path
    if choice != COPY_HERE:
        return path
    return _copy_here(path, target)


def _copy_here(path: Path, target: Path) -> Path:
    """Copies the open database to `target` and opens that; on a failure says so and keeps `path`."""
    try:
        copy_database(target)
    except (OSError, sqlite3.Error) as error:
        _show_error(i18n.translate("App", "The database cannot be copied"), _failure_text(error))
        return path
    close_database()
    open_database(target)
    return target


def _offer_to_leave_synced_folder(path: Path) -> Path:
    """Warns once per file about a cloud-synced folder and offers a local copy.

    Returns the database now open: the local copy if the user chose it, else `path`.
    """
    service = sync_risk(path)
    warned = settings.synced_folder_warning(path)
    if service is None or warned.read():
        return path
    warned.write(True)
    target = local_database_path()
    move = _ask(
        i18n.translate("App", "Database in a synchronised folder"),
        i18n.translate(
            "App",
            "{file} is in a folder kept in sync by {service}. Sync clients copy a database while it "
            "changes and can damage it or lose your latest edits. Copy it to {target} on this "
            "computer and work there? The original stays where it is.",
        ).format(file=path, service=service, target=target),
    )
    if not move:
        return path
    return _copy_here(path, target)


def _offer_salvage(path: Path, error: DatabaseRefusedError) -> bool:
    """Without a good backup: offer to save what can still be read. True when that was done."""
    if not path.is_file() or path.stat().st_size == 0:
        _show_error(i18n.translate("App", "The database cannot be opened"), i18n.error_text(error))
        return False
    salvage = _ask(
        i18n.translate("App", "The database cannot be opened"),
        i18n.translate(
            "App",
            "{problem}\n\nThere is no good backup. Save what can still be read into a new database? "
            "The damaged file is kept, unchanged, beside it.",
        ).format(problem=i18n.error_text(error)),
    )
    if not salvage:
        return False
    try:
        aside, report = salvage_in_place(path)
    except (OSError, sqlite3.Error) as failure:
        _show_error(i18n.translate("App", "The database cannot be opened"), _failure_text(failure))
        return False
    open_database(path)
    if not any(report.rows.values()):
        _show_error(
            i18n.translate("App", "Nothing could be saved"),
            i18n.translate(
                "App",
                "Nothing could be read from the damaged file; it is kept as {file}. "
                "Drempelkompas goes on with an empty database.",
            ).format(file=aside),
            QMessageBox.Icon.Warning,
        )
        return True
    _show_error(
        i18n.translate("App", "Salvaged"),
        i18n.translate(
            "App",
            "Saved {collaborations} collaborations and {barriers} barriers. "
            "The damaged file is kept as {file}.",
        ).format(
            collaborations=report.rows.get("collaboration", 0),
            barriers=report.rows.get("barrier", 0),
            file=aside,
        ),
        QMessageBox.Icon.Information,
    )
    return True


def _show(window, lock: DatabaseLock, open_file: Path | None) -> None:
    """Shows the main window, which from now on answers a second copy of the app: it comes to the
    front, and imports the exchange file that copy was started with."""
    window.show()
    lock.listen_for_raise(partial(_bring_to_front, window), window.file_actions.import_exchange_file)
    if open_file is not None:
        QTimer.singleShot(0, partial(window.file_actions.import_exchange_file, open_file))
    if picture := os.environ.get(SCREENSHOT_VARIABLE):
        # Once the window has painted what it read (the method panel is read a turn later).
        QTimer.singleShot(
            0, lambda: QTimer.singleShot(SCREENSHOT_AFTER_MS, partial(_screenshot, window, picture))
        )


def _screenshot(window, picture: str) -> None:
    """For support and the frozen build's smoke test: a picture of the main window, then quit."""
    if not window.grab().save(picture):
        print(f"drempelkompas: no screenshot written to {picture}", file=sys.stderr)
    window.close()


def _bring_to_front(window) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _failure_text(error: OSError | sqlite3.Error) -> str:
    """A failed copy or salvage in the user's language; SQLite's own reason is added as it is."""
    if isinstance(error, OSError):
        return i18n.problem_text(error)
    return i18n.translate("App", "SQLite could not read or write the file ({reason}).").format(reason=error)


def _ask(title: str, text: str) -> bool:
    """A warning with Yes and No; True for Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def _choose(title: str, text: str, choices: list[str]) -> int:
    """A warning with a button per choice, the last one the safe way out; the index of the one chosen."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
    box.setEscapeButton(buttons[-1])
    box.setDefaultButton(buttons[-1])
    box.exec()
    return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else len(choices) - 1


def _show_error(title: str, text: str, icon=QMessageBox.Icon.Critical) -> None:
    box = QMessageBox(icon, title, text)
    box.exec()


def _report_unexpected_error(kind, error, trace) -> None:
    """Replaces Python's default hook: log the traceback, tell the user in one sentence."""
    if isinstance(error, TeamDatabaseError):  # the server went away while the window read from it
        _show_error(i18n.translate("App", "The team database cannot be reached"), i18n.error_text(error))
        return
    log_path = write_crash_log(error.with_traceback(trace))
    text = i18n.translate(
        "App",
        "Something unexpected went wrong ({error}). Your data is safe: every change you saw "
        "completed was saved. Details are in {log}.",
    ).format(error=kind.__name__, log=log_path or Path("?"))
    _show_error(i18n.translate("App", "Unexpected error"), text)
