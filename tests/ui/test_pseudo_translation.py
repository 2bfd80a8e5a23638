"""Nothing escapes translation: in a pseudo-language every fixed text must come out marked.

The pseudo-translation is generated from the sources (every letter accented, 40% longer; see
`i18n_tools.pseudo`). Each window, dialog, menu, context menu and painted card is opened in it,
and so is an exported PDF; after taking out the user's data (names, titles, dates), any plain
ASCII word left is a text that did not pass through translation.
"""

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from drempelkompas.documents.plan_files import export_plan
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.demo import fill_demo
from drempelkompas.services.exchange import ImportReport
from drempelkompas.tools.translation_files import write_pseudo_translation
from drempelkompas.ui.backup_dialog import BackupDialog
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.catalog_dialog import CatalogDialog
from drempelkompas.ui.collaboration_dialog import CollaborationDialog
from drempelkompas.ui.exchange_dialogs import ExportDialog, ImportPreviewDialog
from drempelkompas.ui.main_window import MainWindow
from drempelkompas.ui.method_dialog import MethodDialog
from drempelkompas.ui.plan_dialog import PlanDialog

SOURCES = Path(__file__).resolve().parents[2] / "src" / "drempelkompas"
PSEUDO = "eo"  # a language Qt knows (for dates) and nobody here translates into
PLAIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Not ours to translate: the app's name, each language's own name, Qt's standard buttons (which
# Qt's qtbase translations cover in real languages), keyboard names in shortcuts.
NOT_TRANSLATED = {
    "Drempelkompas",
    "English",
    "Nederlands",
    "Esperanto",
    "OK",
    "Cancel",
    "Close",
    "Enter",
    "Del",
    "Ctrl",
}


# Only what users type: enum values and keys in other columns are English words the app must
# never show as they are, so they are not taken out.
USER_TEXT_COLUMNS = {
    "collaboration": ("name", "ambition", "notes"),
    "partner": ("name",),
    "barrier": ("title", "description", "owner", "next_action"),
    "lesson": ("title", "summary"),
    "commitment": ("person", "note"),
    "contribution": ("description",),
    "scan_response": ("respondent",),
    "phase_gate": ("decided_by", "note", "recorded_by"),
    # Who did it: the user's name, as the app was given it.
    "barrier_change": ("actor",),
    "plan_version": ("signed_off_by", "withdrawn_by"),
}


@pytest.fixture
def pseudo_language(tmp_path_factory, monkeypatch, qapp):
    folder = tmp_path_factory.mktemp("pseudo")
    write_pseudo_translation(SOURCES, folder, PSEUDO)
    monkeypatch.setenv("DREMPELKOMPAS_TRANSLATIONS", str(folder))
    i18n.install_language(PSEUDO)
    yield
    monkeypatch.delenv("DREMPELKOMPAS_TRANSLATIONS")
    i18n.install_language("en")


def user_data(database: Path) -> list[str]:
    """Every text the user (here: the demo) typed, and the month and day names of the locale."""
    texts = set()
    with closing(sqlite3.connect(database)) as connection:
        for table, columns in USER_TEXT_COLUMNS.items():
            for row in connection.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                for value in row:
                    if isinstance(value, str):
                        texts.add(value)
                        texts.update(value.splitlines())
        texts.update(
            value
            for row in connection.execute(
                "SELECT old_value, new_value FROM barrier_change WHERE field IN "
                "('title', 'description', 'owner', 'next_action', 'due_date', 'created')"
            )
            for value in row
            if value
        )
    locale = QLocale()
    for number in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            texts.add(locale.monthName(number, form))
            texts.add(locale.standaloneMonthName(number, form))
            texts.add(locale.dayName(min(number, 7), form))
    return sorted((t for t in texts if t.strip()), key=len, reverse=True)


def escaped(texts: list[tuple[str, str]], data: list[str]) -> list[tuple[str, str]]:
    """The (where, text) whose text still holds a plain word once the user's data is taken out."""
    found = []
    for where, text in texts:
        fragment = text.rstrip("…").strip()
        if fragment and any(fragment in value for value in data):
            continue  # part of a wrapped or shortened title on a card
        rest = text
        for value in data:
            if value in rest:
                rest = rest.replace(value, " ")
        rest = re.sub(r"\b[0-9a-f]{16,}\b", " ", rest)  # fingerprints
        words = [w for w in PLAIN_WORD.findall(rest) if w not in NOT_TRANSLATED]
        if words:
            found.append((where, text))
    return found


def widget_texts(top: QWidget) -> list[tuple[str, str]]:
    """Every text a user can see in a window or dialog, with where it is."""
    texts = [(f"{type(top).__name__} title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        name = f"{type(top).__name__}/{type(widget).__name__}:{widget.objectName()}"
        if widget.toolTip():
            texts.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            texts.append((name, re.sub(r"<[^>]+>", " ", widget.text())))
        elif isinstance(widget, QAbstractButton) and not _qt_standard_button(widget):
            texts.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QTabWidget):
            texts += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append((f"{name} placeholder", widget.placeholderText()))
        elif isinstance(widget, QTextBrowser):
            texts.append((name, widget.toPlainText()))
        elif isinstance(widget, QPlainTextEdit):
            texts.append((f"{name} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += [(name, text) for text in _model_texts(widget.model())]
    for action in top.actions():
        texts.append((f"{type(top).__name__} action", action.text()))
    return [(where, text) for where, text in texts if text]


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    texts = [(where, menu.title())]
    for action in menu.actions():
        if action.menu():
            texts += menu_texts(action.menu(), f"{where} › {action.menu().title()}")
        elif not action.isSeparator():
            texts.append((where, action.text()))
    return texts


def _model_texts(model, parent=QModelIndex()) -> list[str]:  # noqa: B008 - Qt's idiom
    texts = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            texts.append(header)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
            if column == 0 and _has_children(model, index):
                texts += _model_texts(model, index)
    return texts


def _has_children(model, index) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # list and table models keep it private: they are flat
        return False


def _qt_standard_button(button: QAbstractButton) -> bool:
    """A standard button whose text Qt set (and Qt's own translations cover)."""
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parent()
    return (
        box is not None
        and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        and (button.text().replace("&", "") in NOT_TRANSLATED)
    )


@pytest.fixture
def painted_texts(monkeypatch):
    """Texts the card delegate paints, recorded on their way to the screen."""
    painted = []
    original = QPainter.drawText

    def record(painter, *args):
        painted.extend(arg for arg in args if isinstance(arg, str))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    return painted


def test_every_window_dialog_and_menu_is_translated(
    pseudo_language, qtbot, db_path, message_boxes, painted_texts
):
    texts = []
    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    texts += widget_texts(window)  # the welcome page
    fill_demo()
    window.refresh()
    window.panel.reload(window.panel.model.summary(0).id)
    QApplication.processEvents()
    texts += widget_texts(window)
    for action in window.menuBar().actions():
        texts += menu_texts(action.menu(), "menu")
    for view in [*window.board_view.columns.values(), window.panel.view]:
        texts += [("context menu", action.text()) for action in view.actions()]
    for view in window.board_view.columns.values():
        view.grab()  # paints the cards
    texts += [("card", text) for text in painted_texts]

    collaboration_id = window.board.collaboration_id
    card = window.board.all_cards()[0]
    barrier = BarrierDialog(barriers.get_barrier(card.id), window.board.owners(), window)
    for tab in range(barrier.tabs.count()):
        barrier.tabs.setCurrentIndex(tab)
        barrier.show()
        texts += widget_texts(barrier)
    barrier.title.setText("")
    barrier.due.set_value(None)
    texts += widget_texts(barrier)
    barrier.close()
    dialogs = [
        CollaborationDialog(collaborations.get_collaboration(collaboration_id), window),
        CatalogDialog(window.board_view.focused_precondition, set(), window),
        PlanDialog(collaboration_id, window),
        BackupDialog(window),
        ExportDialog(collaborations.list_collaborations(), collaboration_id, window),
        ImportPreviewDialog("x.drempel", ImportReport(), window),
        MethodDialog(window),
    ]
    for dialog in dialogs:
        dialog.show()
        texts += widget_texts(dialog)
        for tabs in dialog.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                texts += widget_texts(dialog)
        dialog.close()

    window.help_actions.show_about()
    window.collaboration_actions.delete_collaboration()  # asks first
    window.show_error(barriers_error())
    texts += [(f"message box {kind}", f"{title} {text}") for kind, title, text in message_boxes]
    message_boxes.clear()

    assert len(texts) > 300
    found = escaped(texts, [str(db_path), "x.drempel", *user_data(db_path)])
    assert found == [], "\n".join(f"{where}: {text!r}" for where, text in found)


def barriers_error():
    from drempelkompas.domain.errors import NotFoundError
    from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

    return NotFoundError(QT_TRANSLATE_NOOP("Errors", "This barrier no longer exists."))


def test_a_pdf_in_the_pseudo_language_has_every_fixed_text_marked(pseudo_language, db_path, tmp_path):
    ids = fill_demo()
    pdf = export_plan(ids[0], None, i18n.Language(PSEUDO))
    (tmp_path / "plan.pdf").write_bytes(pdf)
    reader = PdfReader(tmp_path / "plan.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "⟦" in text and len(reader.pages) > 2
    data = [" ".join(value.split()) for value in user_data(db_path)]
    leftovers = escaped([("pdf", text)], sorted(data, key=len, reverse=True))
    assert leftovers == [], _plain_words(leftovers, data)


def test_the_check_finds_text_that_escapes(pseudo_language, db_path):
    """The same check on the English PDF fails: the test can see what it looks for."""
    ids = fill_demo()
    reader = PdfReader(__import__("io").BytesIO(export_plan(ids[0], None, i18n.Language("en"))))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert escaped([("pdf", text)], user_data(db_path)) != []


def _plain_words(leftovers, data) -> list[str]:
    """The offending words, for the failure message."""
    words = []
    for _, text in leftovers:
        for value in data:
            text = text.replace(value, " ")
        words += [w for w in PLAIN_WORD.findall(text) if w not in NOT_TRANSLATED]
    return words[:40]
