"""Saving one of the app's documents (a plan, a meeting pack, the portfolio, the board on paper):
choose the file, write it in a worker with a progress dialog and Cancel, warn about characters
the PDF cannot show, and offer to open the result."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from drempelkompas.domain.errors import CancelledError, DrempelError
from drempelkompas.domain.progress import Progress
from drempelkompas.storage.files import safe_file_name
from drempelkompas.ui.background import run_with_progress
from drempelkompas.ui.file_dialogs import save_file
from drempelkompas.ui.problems import show_problem

# What a document writer returns: the characters its PDF could not show ("" for none).
Writer = Callable[[str, Progress], str]


def export_document(
    parent: QWidget, title: str, suggestion: str, filters: str, busy_text: str, write: Writer
) -> str | None:
    """Asks where to save, writes there and returns the path; None when cancelled or refused.

    `suggestion` is a file name whose suffix is the default kind; a name typed without a suffix
    gets it.
    """
    path = save_file(parent, title, safe_file_name(suggestion), filters)
    if not path:
        return None
    if not Path(path).suffix:
        path += Path(suggestion).suffix
    try:
        missing = run_with_progress(
            parent, busy_text, lambda progress: write(path, progress), cancellable=True
        )
    except CancelledError:
        return None  # nothing was written
    except (DrempelError, OSError) as error:
        show_problem(parent, error)
        return None
    if missing:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DocumentExport", "Characters the PDF cannot show"),
            QCoreApplication.translate(
                "DocumentExport",
                "The PDF's fonts cannot show these characters: {characters}. "
                "The PDF prints \ufffd in their place.",
            ).format(characters=" ".join(missing)),
        )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DocumentExport", "Saved"),
        QCoreApplication.translate("DocumentExport", "The document was saved as {file}. Open it now?").format(
            file=path
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    return path
