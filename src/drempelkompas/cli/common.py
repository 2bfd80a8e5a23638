"""What the commands share: opening the database, finding a collaboration by name, the output language."""

import getpass
import sys

from drempelkompas.domain.errors import DrempelError, NotFoundError, PasswordNeededError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.runtime.identity import system_full_name
from drempelkompas.runtime.locations import database_path, on_network_drive
from drempelkompas.services.collaborations import find_collaboration, find_loosely
from drempelkompas.storage.database import ensure_writable, open_database, set_actor
from drempelkompas.storage.team_database import is_team_address, shown_address

WRITER_WAIT_MS = 3000  # how long a writing command waits for the app to let go of the database


def open_for(args, lock: bool = False, writable: bool = False) -> None:
    """Opens the database of `--db`.

    `lock`: first wait (briefly) until the app lets go of it, and hold it until the command ends;
    for a command that writes, or that keeps records (an export notes what it exported).
    `writable`: also refuse a read-only database before anything is done.
    """
    path = database_path(args.db)
    if (lock or writable) and not is_team_address(path):  # a team database is shared by design
        from drempelkompas.runtime.instance_lock import DatabaseLock  # Qt's network module: only here

        args.lock = DatabaseLock(path)  # released when the process ends
        if not args.lock.acquire(WRITER_WAIT_MS):
            raise DrempelError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is in use by the Drempelkompas app; close it and try again."
                ),
                file=path,
            )
    if is_team_address(path):
        _open_team_database(path)
    else:
        open_database(path, on_network=on_network_drive(path))
        set_actor(_user_name())  # who the history records; a team database records its user
    if writable:
        ensure_writable()


def _user_name() -> str:
    """The name given in the app (Edit › Your name in the history…), else the system's."""
    from drempelkompas.runtime import settings
    from drempelkompas.runtime.locations import set_application_names

    set_application_names()  # the app's own settings file
    return settings.USER_NAME.read() or system_full_name()


def _open_team_database(address: str) -> None:
    """With libpq's own password (PGPASSWORD, .pgpass), else one typed at the terminal (three tries)."""
    try:
        open_database(address)
        return
    except PasswordNeededError:
        if not sys.stdin.isatty():
            raise DrempelError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The team database {address} asks for your password, or did not accept the one given: "
                    "set PGPASSWORD or put it in your .pgpass file.",
                ),
                address=shown_address(address),
            ) from None
    prompt = i18n.translate("Cli", "Password for {address}: ").format(address=shown_address(address))
    for attempt in range(3):
        try:
            password = getpass.getpass(prompt)
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            raise DrempelError(QT_TRANSLATE_NOOP("Errors", "No password given: nothing was done.")) from None
        try:
            open_database(address, password=password)
            return
        except PasswordNeededError:
            if attempt == 2:
                raise DrempelError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The password was not accepted three times: nothing was done."
                    )
                ) from None
            print(i18n.translate("Cli", "The password was not accepted."), file=sys.stderr)


def terminal_progress():
    """Reports progress on stderr when it is a terminal (not in a script's log); else None."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        text = i18n.translate("Cli", "{percent}% done…").format(percent=done * 100 // total)
        print(f"\r{text}", end="\n" if done == total else "", file=sys.stderr, flush=True)

    return report


def collaboration_id(name: str) -> int:
    """The collaboration of this name, as typed on a keyboard without accents too."""
    found = find_collaboration(name)
    if found is None:
        found = find_loosely(name)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no collaboration named {name}."), name=name)
    return found


def output_language(args) -> i18n.Language:
    """The language of what a command writes: `--lang`, else the system's."""
    return i18n.Language(language_code(args))


def language_code(args) -> str:
    return args.lang or i18n.system_language()
