"""CSV files from and for spreadsheets: import barriers after a preview, export a collaboration's."""

from pathlib import Path

from PySide6.QtCore import QObject

from drempelkompas.runtime import i18n
from drempelkompas.services import collaborations
from drempelkompas.services.csv_io import export_csv, import_csv
from drempelkompas.storage.files import safe_file_name
from drempelkompas.ui.background import run_with_progress
from drempelkompas.ui.file_dialogs import open_file, save_file
from drempelkompas.ui.problems import reports_problems


class CsvActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = window.add_action("importCsv", self.import_file)
        self.export_action = window.add_action("exportCsv", self.export_file)

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("Import barriers from &CSV…"))
        self.import_action.setToolTip(
            self.tr("Adds barriers from a spreadsheet saved as CSV, after showing what will be added")
        )
        self.export_action.setText(self.tr("Export barriers to CS&V…"))
        self.export_action.setToolTip(self.tr("Saves this collaboration's barriers for a spreadsheet"))

    @reports_problems
    def import_file(self) -> None:
        from drempelkompas.ui.csv_preview_dialog import CsvPreviewDialog

        path = open_file(
            self.window, self.tr("Import barriers from CSV"), self.tr("CSV files (*.csv);;All files (*)")
        )
        if not path:
            return
        languages = i18n.all_language_translators()
        preview = run_with_progress(
            self.window,
            self.tr("Reading {file}…").format(file=Path(path).name),
            lambda progress: import_csv(path, translators=languages, progress=progress, dry_run=True),
            cancellable=True,
        )
        review = CsvPreviewDialog(Path(path).name, preview, self.window)
        if review.exec() != CsvPreviewDialog.DialogCode.Accepted:
            return
        result = run_with_progress(
            self.window,
            self.tr("Importing {file}…").format(file=Path(path).name),
            lambda progress: import_csv(path, translators=languages, progress=progress),
            cancellable=True,
        )
        self.window.undo_stack.clear()  # its commands may describe a board the import changed
        first = result.rows[0].collaboration if result.rows else None
        self.window.refresh(collaborations.find_collaboration(first) if first else None)
        self.window.show_collaboration(self.window.panel.current_id())
        self.window.statusBar().showMessage(
            self.tr("Imported %n barrier(s) from {file}.", "", result.barriers).format(file=Path(path).name),
            10_000,
        )

    @reports_problems
    def export_file(self) -> None:
        summary = self.window.panel.current_summary()
        if summary is None:
            return
        path = save_file(
            self.window,
            self.tr("Export barriers to CSV"),
            safe_file_name(f"{summary.name}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        count = export_csv(path, summary.id, i18n.current_language(), i18n.translate)
        self.window.statusBar().showMessage(
            self.tr("Exported %n barrier(s) to {file}.", "", count).format(file=path), 10_000
        )
