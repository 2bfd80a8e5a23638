"""Switching the language while working: every window, menu, column and Qt's own buttons follow at once."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from drempelkompas.domain.enums import Precondition
from drempelkompas.runtime import i18n
from drempelkompas.services import collaborations
from drempelkompas.ui.collaboration_dialog import CollaborationDialog
from tests.ui.helpers import choose_language


def test_the_language_menu_lists_each_language_under_its_own_name(window):
    names = [action.text() for action in window.language_menu.actions()]
    assert names == ["English", "Nederlands"]


def test_switching_applies_at_once_everywhere_and_is_remembered(window, qtbot):
    i18n.install_language("en")
    dialog = CollaborationDialog(collaborations.get_collaboration(window.board.collaboration_id), window)
    qtbot.addWidget(dialog)
    dialog.show()  # an open dialog follows too
    assert window.file_menu.title() == "&File"
    choose_language(window, "nl")
    try:
        assert window.file_menu.title() == "&Bestand"
        assert window.language_menu.title() == "&Taal"
        assert window.board_actions.new_barrier_action.text() == "&Nieuwe drempel…"
        header = window.findChild(QLabel, f"header-{Precondition.KNOWLEDGE.value}").text()
        assert header == "Kennis"
        counts = window.findChild(QLabel, f"counts-{Precondition.KNOWLEDGE.value}").text()
        assert "open" in counts
        assert window.status_label.text().endswith("getoond")
        assert dialog.windowTitle() == "Samenwerking bewerken"
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Annuleren"  # Qt's own translation
        assert QSettings().value("language") == "nl"
        assert [a.data() for a in window.language_actions.actions() if a.isChecked()] == ["nl"]
        choose_language(window, "en")
        assert window.file_menu.title() == "&File"
        assert dialog.windowTitle() == "Edit collaboration"
    finally:
        i18n.install_language("en")


def test_undo_texts_follow_the_language(window):
    i18n.install_language("en")
    window.collaboration_actions.archive_action.trigger()
    assert window.undo_action.text() == "&Undo Archive"
    choose_language(window, "nl")
    try:
        assert window.undo_action.text().startswith("&Ongedaan maken")
    finally:
        i18n.install_language("en")


def test_plurals_are_right_in_both_languages(qapp, db_path):
    from PySide6.QtCore import Qt

    from drempelkompas.services import barriers
    from drempelkompas.ui.collaboration_list import CollaborationListModel

    for name, count in (("Eén", 1), ("Twee", 2)):
        collaboration_id = collaborations.create_collaboration(name)
        for number in range(count):
            barriers.add_barrier(collaboration_id, Precondition.FUNDING, f"Drempel {number}")
    model = CollaborationListModel()
    model.reload(include_archived=False)
    tips = {}
    try:
        for code in ("en", "nl"):
            i18n.install_language(code)
            tips[code] = [model.data(model.index(row), Qt.ItemDataRole.ToolTipRole) for row in range(2)]
    finally:
        i18n.install_language("en")
    assert tips == {
        "en": ["1 open barrier", "2 open barriers"],
        "nl": ["1 open drempel", "2 open drempels"],
    }


def test_dates_follow_the_language_and_english_ones_are_day_first(qapp):
    from PySide6.QtCore import QDate, QLocale

    day = QDate(2026, 12, 5)
    try:
        shown = {}
        for code in ("nl", "en"):
            i18n.install_language(code)
            shown[code] = QLocale().toString(day, QLocale.FormatType.ShortFormat)
    finally:
        i18n.install_language("en")
    assert shown == {"nl": "05-12-2026", "en": "05/12/2026"}


def test_qts_own_file_dialog_speaks_dutch_too(qtbot):
    """Qt's Dutch translation lacks the file dialog's "&Look in:" and "Files of &type:"."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n.install_language("nl")
    try:
        dialog = QFileDialog(None, "Kies")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels == ["&Zoeken in:", "Bestands&naam:", "Bestands&type:"]
    finally:
        i18n.install_language("en")


def test_the_undo_history_follows_a_language_switch(qtbot, window):
    """Before, the undo button read "Ongedaan maken: Change status" after switching to Dutch."""
    from drempelkompas.domain.enums import Status

    window.board_view.columns[Precondition.KNOWLEDGE].setFocus()
    window.board_actions.status_actions[Status.IN_PROGRESS].trigger()
    assert window.undo_action.text() == "&Undo Change status"
    dutch = next(action for action in window.language_actions.actions() if action.data() == "nl")
    dutch.trigger()
    try:
        qtbot.waitUntil(
            lambda: "Status wijzigen" in window.undo_action.text()
        )  # Qt tells widgets a moment later
    finally:
        next(a for a in window.language_actions.actions() if a.data() == "en").trigger()
