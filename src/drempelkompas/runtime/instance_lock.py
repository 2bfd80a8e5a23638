"""One writer per database: the app holds a lock while it has a database open.

A second copy of the app on the same database asks the first to come to the front (and to open the
exchange file it was started with, if any) and stops; writing commands of the command line wait
briefly for the lock, reading ones do not need it. The lock lives in the user's data folder (not
beside the database, which may be read-only).
"""

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from drempelkompas.runtime.locations import data_folder, path_key
from drempelkompas.storage import files

RAISE_REQUEST = b"raise"
OPEN_REQUEST = b"open "  # followed by the file's path, UTF-8
MAX_REQUEST = 64 * 1024  # longer than any path
HANDSHAKE_MS = 2000  # generous: on a busy laptop the first copy may answer late


class DatabaseLock:
    def __init__(self, db_path: Path) -> None:
        key = path_key(db_path)
        folder = data_folder() / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        files.protect(folder, for_good=True)  # no export may replace a lock
        self._file = QLockFile(str(folder / f"{key}.lock"))
        self._file.setStaleLockTime(0)  # a lock is stale only when its process is gone
        self._server_name = f"drempelkompas-{key}"
        self._server: QLocalServer | None = None

    def acquire(self, wait_ms: int = 0) -> bool:
        return self._file.tryLock(wait_ms)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._file.unlock()

    def listen_for_raise(
        self, on_raise: Callable[[], None], on_open: Callable[[Path], None] | None = None
    ) -> None:
        """While the lock is ours: a second copy of the app may ask us to come to the front, and to
        open a file (`on_open`)."""
        if self._server is not None:  # listening for an earlier window
            self._server.close()
        QLocalServer.removeServer(self._server_name)  # left behind by a crash
        self._server = QLocalServer()
        self._server.newConnection.connect(lambda: self._answer(on_raise, on_open))
        self._server.listen(self._server_name)

    def ask_holder_to_raise(self, open_file: Path | None = None) -> bool:
        """Asks the copy of the app that holds the lock to come to the front (and to open
        `open_file`); False when it does not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self._server_name)
        if not socket.waitForConnected(HANDSHAKE_MS):
            return False
        socket.write(
            RAISE_REQUEST if open_file is None else OPEN_REQUEST + str(open_file.absolute()).encode()
        )
        socket.waitForBytesWritten(HANDSHAKE_MS)
        socket.disconnectFromServer()
        return True

    def _answer(self, on_raise: Callable[[], None], on_open: Callable[[Path], None] | None) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            request = b""
            while len(request) < MAX_REQUEST and connection.waitForReadyRead(HANDSHAKE_MS):
                request += bytes(connection.readAll())  # a long path may come in parts
            request += bytes(connection.readAll())
            connection.disconnectFromServer()
            if request != RAISE_REQUEST and not request.startswith(OPEN_REQUEST):
                continue  # not from a copy of this app
            on_raise()
            if request.startswith(OPEN_REQUEST) and on_open is not None:
                with contextlib.suppress(UnicodeDecodeError):
                    on_open(Path(request[len(OPEN_REQUEST) :].decode()))
