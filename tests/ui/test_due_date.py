"""The card editor's due date: picked from a calendar or typed, or "No date"; never an invalid one."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from drempelkompas.domain.enums import Precondition
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.due_date_field import DueDateField, date_format
from tests.ui.helpers import shown_collaboration


def test_no_date_clears_the_due_date_and_a_picked_date_is_saved(window, qtbot):
    card = barriers.board(shown_collaboration(window))[Precondition.KNOWLEDGE][0]
    barriers.update_barrier(card.id, due_date=date(2027, 3, 1))
    dialog = BarrierDialog(barriers.get_barrier(card.id), [], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due.value() == date(2027, 3, 1) and dialog.due.picker.isEnabled()
    qtbot.mouseClick(dialog.due.none, Qt.MouseButton.LeftButton)
    assert dialog.due.value() is None and not dialog.due.picker.isEnabled()
    assert dialog.edited_card().due_date is None
    qtbot.mouseClick(dialog.due.none, Qt.MouseButton.LeftButton)
    dialog.due.picker.setDate(dialog.due.picker.date().addDays(30))
    assert dialog.edited_card().due_date == date(2027, 3, 31)
    assert dialog.has_unsaved_input()


def test_a_card_without_a_date_offers_one_two_weeks_ahead(qapp):
    field = DueDateField(None)
    assert field.value() is None and not field.picker.isEnabled()
    field.none.setChecked(False)
    assert field.value() == date.today() + timedelta(days=14)


def test_the_picker_writes_dates_as_the_language_does_with_four_digit_years(qapp, qtbot):
    try:
        for language, shown in (("nl", "31-12-2027"), ("en", "31/12/2027")):
            i18n.install_language(language)
            field = DueDateField(date(2027, 12, 31))
            qtbot.addWidget(field)
            assert "yyyy" in date_format()
            assert field.picker.text() == shown, language
            assert field.picker.calendarPopup()
    finally:
        i18n.install_language("en")


def test_a_date_far_outside_the_usual_range_survives_the_editor_unchanged(window, qtbot):
    card = barriers.board(shown_collaboration(window))[Precondition.KNOWLEDGE][0]
    barriers.update_barrier(card.id, due_date=date(1850, 6, 1))  # e.g. from an imported file
    dialog = BarrierDialog(barriers.get_barrier(card.id), [], window)
    qtbot.addWidget(dialog)
    assert dialog.edited_card().due_date == date(1850, 6, 1)
    assert not dialog.has_unsaved_input()
    dialog.done(QDialog.DialogCode.Rejected)
