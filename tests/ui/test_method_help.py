"""*Help › The method* shows the whole method from the catalog, in the language of the interface."""

from drempelkompas.domain.catalog import CATALOG_CONTEXT, LESSONS, LEVELS, PRECONDITIONS, TYPICAL_BARRIERS
from drempelkompas.runtime import i18n
from tests.ui.helpers import choose_language


def test_the_method_lists_preconditions_typical_barriers_lessons_and_levels(window, qtbot):
    window.help_actions.method_action.trigger()
    dialog = window.findChild(type(window.help_actions.method_dialog), "MethodDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    for info in PRECONDITIONS:
        assert i18n.label(info.precondition) in text
    for item in [*TYPICAL_BARRIERS, *LESSONS]:
        assert i18n.translate(CATALOG_CONTEXT, item.title) in text
    for level in LEVELS:
        assert i18n.translate(CATALOG_CONTEXT, level.explanation) in text
    window.help_actions.method_action.trigger()  # asked again: the same window, not a second one
    assert len(window.findChildren(type(dialog))) == 1


def test_the_method_follows_a_switch_to_dutch(window, qtbot):
    window.help_actions.method_action.trigger()
    dialog = window.help_actions.method_dialog
    english = dialog.text.toPlainText()
    choose_language(window, "nl")
    try:
        dutch = dialog.text.toPlainText()
        assert dutch != english
        assert "De vier lessen" in dutch and "Begin met gesloten beurzen" in dutch
        assert dialog.windowTitle() == "De methode"
    finally:
        choose_language(window, "en")
