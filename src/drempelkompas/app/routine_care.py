"""The start-up's care beside the window: the database check, then the daily backup and cleaning up.

Reading every page of a large database takes longer than the window needs to appear, so the
check runs in a thread of its own while the window is built. A damage it finds reaches the
window at once through `damaged`; the daily backup is made only of a database that passed.
"""

import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from drempelkompas.domain.errors import DatabaseRefusedError, DrempelError

log = logging.getLogger("drempelkompas")


class RoutineCare(QObject):
    damaged = Signal()  # emitted from the care thread; received in the window's thread

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.damage: DatabaseRefusedError | None = None
        self._checked = threading.Event()
        self._thread = threading.Thread(target=self._run, name="drempelkompas-care", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait_for_check(self, timeout: float | None = None) -> bool:
        """Waits until the database check is done (at most `timeout` seconds); True once it is."""
        return self._checked.wait(timeout)

    def join(self) -> None:
        """Waits for the thread, so a backup under way is finished before the app goes."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        from drempelkompas.storage.database import check_integrity_of

        try:
            check_integrity_of(self.path)
        except DatabaseRefusedError as damage:
            self.damage = damage
        finally:
            self._checked.set()
        if self.damage is not None:
            self.damaged.emit()
            return
        self._back_up_and_clean()

    def _back_up_and_clean(self) -> None:
        from drempelkompas.services.backups import daily_backup
        from drempelkompas.storage.files import remove_leftovers
        from drempelkompas.storage.models import database

        try:
            daily_backup()
            remove_leftovers(self.path.parent)
        except (OSError, DrempelError, sqlite3.Error) as error:
            log.warning("routine care at start-up failed: %s", error)
        finally:
            if not database.is_closed():
                database.close()  # this thread's own connection
