"""The File menu's work with files and whole databases: demo data, backups, exchange files, verify."""

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.runtime.locations import app_command, demo_database_path
from drempelkompas.services import collaborations, session
from drempelkompas.services.exchange_file import SUFFIX
from drempelkompas.storage.files import safe_file_name
from drempelkompas.storage.team_database import without_password
from drempelkompas.ui.background import run_with_progress
from drempelkompas.ui.file_dialogs import open_file, save_file
from drempelkompas.ui.problems import reports_problems


class FileActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        add = window.add_action
        self.demo_action = add("openDemo", self.open_demo)
        self.team_action = add("openTeamDatabase", self.open_team_database)
        self.backups_action = add("backups", self.open_backups)
        if session.is_shared():
            self.backups_action.setEnabled(False)  # the server keeps the backups
        self.export_exchange_action = add("exportExchange", self.export_exchange)
        self.import_exchange_action = add("importExchange", self.import_exchange)
        self.verify_action = add("verifyPdf", self.verify_pdf)

    def retranslate_ui(self) -> None:
        self.demo_action.setText(self.tr("Open the &demo"))
        self.demo_action.setToolTip(
            self.tr("Opens demo collaborations in a window of their own; your own data is not touched")
        )
        self.team_action.setText(self.tr("Open a &team database…"))
        self.team_action.setToolTip(
            self.tr("Opens a database on a PostgreSQL server, shared with your team, in a window of its own")
        )
        self.backups_action.setText(self.tr("&Backups and restore…"))
        self.import_exchange_action.setText(self.tr("&Import an exchange file…"))
        self.export_exchange_action.setText(self.tr("E&xport an exchange file…"))
        self.verify_action.setText(self.tr("&Verify a PDF…"))
        self.verify_action.setToolTip(self.tr("Check that a PDF is an unaltered export of a signed-off plan"))

    @reports_problems
    def verify_pdf(self) -> None:
        from drempelkompas.ui.verification import verify_a_pdf

        verify_a_pdf(self.window)

    @reports_problems
    def open_demo(self) -> None:
        """The demo in its own database and window (made with three collaborations the first time);
        this window, and the user's database, stay as they are."""
        path = demo_database_path()
        if not path.exists():
            run_with_progress(self.window, self.tr("Preparing the demo…"), lambda: _make_demo(path))
        # Its own process: a database of its own, its own undo history, its own window.
        start_window([*app_command(), "--db", str(path), "--lang", i18n.current_language()])

    @reports_problems
    def open_team_database(self) -> None:
        """A team database in a window of its own; this window stays on its database."""
        from drempelkompas.ui.team_login import TeamAddressDialog

        dialog = TeamAddressDialog(self.window)
        if dialog.exec() == TeamAddressDialog.DialogCode.Accepted:
            open_team_window(dialog.chosen())

    @reports_problems
    def open_backups(self) -> None:
        from drempelkompas.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.window)
        dialog.exec()
        if dialog.restored:
            self.window.undo_stack.clear()  # its commands describe the data that was replaced
            self.window.refresh()

    @reports_problems
    def export_exchange(self) -> None:
        from drempelkompas.services.exchange import export_file
        from drempelkompas.ui.exchange_dialogs import ExportDialog

        summaries = collaborations.list_collaborations(include_archived=True)
        dialog = ExportDialog(summaries, self.window.panel.current_id(), self.window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        chosen = dialog.selected_ids()
        names = [s.name for s in summaries if s.id in chosen]
        suggestion = names[0] if len(names) == 1 else self.tr("Collaborations")
        path = save_file(
            self.window,
            self.tr("Export an exchange file"),
            safe_file_name(f"{suggestion}{SUFFIX}"),
            self.tr("Drempelkompas exchange files (*.drempel)"),
        )
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        count = run_with_progress(
            self.window,
            self.tr("Writing {file}…").format(file=Path(path).name),
            lambda: export_file(path, chosen),
        )
        self.window.statusBar().showMessage(
            self.tr(
                "Exported %n collaboration(s) with {barriers} barriers to {file}.", "", len(chosen)
            ).format(barriers=count, file=path),
            10_000,
        )

    def import_exchange(self) -> None:
        path = open_file(
            self.window,
            self.tr("Import an exchange file"),
            self.tr("Drempelkompas exchange files (*.drempel);;All files (*)"),
        )
        if path:
            self.import_exchange_file(path)

    @reports_problems
    def import_exchange_file(self, path: str | Path) -> None:
        """Shows what the exchange file would change, and imports it when the user agrees (also
        for a file the app was started with, as a file manager opens it)."""
        from drempelkompas.services.exchange import import_file
        from drempelkompas.ui.exchange_dialogs import ImportPreviewDialog

        if self.window.read_only:
            raise DrempelError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This database is open read-only, so {file} cannot be imported into it."
                ),
                file=Path(path).name,
            )
        name = Path(path).name
        preview = run_with_progress(
            self.window,
            self.tr("Reading {file}…").format(file=name),
            lambda progress: import_file(path, dry_run=True, progress=progress),
            cancellable=True,
        )
        if not preview.changes_anything:
            QMessageBox.information(
                self.window,
                self.tr("Import an exchange file"),
                self.tr("Everything in {file} is already here; there is nothing to import.").format(
                    file=name
                ),
            )
            return
        review = ImportPreviewDialog(Path(path).name, preview, self.window)
        if review.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return
        importing = self.tr("Importing {file}…").format(file=name)
        run_with_progress(
            self.window, importing, lambda progress: import_file(path, progress=progress), cancellable=True
        )
        self.window.undo_stack.clear()  # its commands may describe records the import changed
        self.window.refresh()
        self.window.show_collaboration(self.window.panel.current_id())  # its board may have changed


def _make_demo(path: Path) -> None:
    """The demo database with its three collaborations, made by the command line's `demo`."""
    made = subprocess.run([*app_command(), "--db", str(path), "demo"], capture_output=True, text=True)
    if made.returncode != 0:
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "The demo could not be prepared: {problem}"),
            problem=made.stderr.strip() or made.returncode,
        )


def start_window(command: list[str], environment: dict | None = None) -> None:
    """Starts the app in a process of its own, which outlives this one."""
    subprocess.Popen(command, start_new_session=True, env=environment)


def open_team_window(address: str) -> None:
    """The app on a team database in a window of its own. A password written in the address goes to
    the new process in PGPASSWORD, libpq's own place for it, not on its command line."""
    address, password = without_password(address)
    environment = {**os.environ, "PGPASSWORD": password} if password else None
    start_window([*app_command(), "--db", address, "--lang", i18n.current_language()], environment)
