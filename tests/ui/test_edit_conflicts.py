"""A colleague changed what the user is editing (a contribution, a commitment, a meeting, its
agenda): the user saves theirs over it, keeps the colleague's, or goes back to the editor with
everything typed still there. The colleague is played by the services between the editor's opening
and its OK, as a second laptop on a team database would; on a file the detection is the same."""

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from drempelkompas.domain.enums import Outcome
from drempelkompas.services import commitments, contributions, decisions, meetings
from drempelkompas.services.collaborations import find_collaboration
from drempelkompas.ui.commitment_dialog import CommitmentDialog
from drempelkompas.ui.contribution_dialog import ContributionDialog
from drempelkompas.ui.ledger_dialog import LedgerDialog
from drempelkompas.ui.meeting_dialog import MeetingDialog
from drempelkompas.ui.record_dialog import RecordDialog
from tests.ui.helpers import answer_box

ENERGY = "Energiecoöperatie Noordoost-Fryslân"
TWIN = "Digitale Tweeling Ĳsselmonde"


def editor_answers(monkeypatch, dialog_class, *answers):
    """Each exec() of the dialog runs the next answer (a function of the dialog) and returns what
    it returns: True to press OK, False to cancel. Returns the dialogs seen, one per exec()."""
    seen, given = [], iter(answers)

    def exec_(dialog):
        seen.append(dialog)
        accepted = next(given)(dialog)
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def open_ledger(window, qtbot):
    collaboration = find_collaboration(TWIN)
    window.refresh(collaboration)
    ledger = LedgerDialog(window, collaboration)
    qtbot.addWidget(ledger)
    ledger.table.selectRow(0)
    return contributions.get_contribution(ledger._chosen_id()), ledger


@pytest.mark.parametrize("choice", ["Save mine", "Keep theirs"])
def test_a_contribution_a_colleague_changed_meanwhile(window, qtbot, monkeypatch, choice):
    shown, ledger = open_ledger(window, qtbot)

    def mine_while_a_colleague_changes_it(dialog) -> bool:
        dialog.value.setText("9000")
        dialog.description.setPlainText("Door mij herschreven")
        contributions.update_contribution(shown.id, value=5000, state="delivered")  # the colleague
        return True

    editor_answers(monkeypatch, ContributionDialog, mine_while_a_colleague_changes_it)
    asked = answer_box(monkeypatch, choice)
    steps = window.undo_stack.count()
    ledger.edit_button.click()
    assert "Someone else changed this contribution" in asked[0]
    now = contributions.get_contribution(shown.id)
    assert now.state.value == "delivered"  # a field the user left alone stays the colleague's
    if choice == "Save mine":
        assert (now.value, now.description) == (9000, "Door mij herschreven")
        assert ledger.undo_button.isEnabled()
        ledger.undo_button.click()
        now = contributions.get_contribution(shown.id)
        assert (now.value, now.description) == (5000, shown.description)
    else:
        assert (now.value, now.description) == (5000, shown.description)
        assert window.undo_stack.count() == steps  # nothing of the user's to undo
    assert "5,000" in " ".join(ledger.table.item(0, c).text() for c in range(ledger.table.columnCount()))


def test_back_to_the_changes_shows_the_editor_again_with_what_was_typed(window, qtbot, monkeypatch):
    shown, ledger = open_ledger(window, qtbot)

    def mine_while_a_colleague_changes_it(dialog) -> bool:
        dialog.value.setText("9000")
        contributions.update_contribution(shown.id, value=5000)
        return True

    seen = editor_answers(
        monkeypatch, ContributionDialog, mine_while_a_colleague_changes_it, lambda dialog: False
    )
    asked = answer_box(monkeypatch, "Back to my changes")
    ledger.edit_button.click()
    assert len(asked) == 1 and len(seen) == 2 and seen[0] is seen[1]
    assert seen[1].value.text() == "9000"  # what the user typed is there when the editor comes back
    assert contributions.get_contribution(shown.id).value == 5000


def test_a_commitment_a_colleague_changed_meanwhile_is_saved_over_theirs(window, qtbot, monkeypatch):
    collaboration = find_collaboration(ENERGY)
    window.refresh(collaboration)
    qtbot.waitUntil(lambda: window.method_panel.collaboration_id == collaboration)
    cell = commitments.matrix(collaboration)[4 * 3 + 1]  # Dorpsbelang Ternaard, management

    def mine_while_a_colleague_changes_it(dialog) -> bool:
        dialog.person.setText("Voorzitter Dorpsbelang")
        commitments.set_commitment(
            collaboration, cell.partner_uuid, cell.level, person="Secretaris", note="Bel"
        )
        return True

    editor_answers(monkeypatch, CommitmentDialog, mine_while_a_colleague_changes_it)
    asked = answer_box(monkeypatch, "Save mine")
    window.method_panel.matrix.cellActivated.emit(4, 2)
    assert "Someone else changed this commitment" in asked[0]
    now = commitments.matrix(collaboration)[4 * 3 + 1]
    assert (now.person, now.note) == ("Voorzitter Dorpsbelang", "Bel")


@pytest.mark.parametrize("choice", ["Save mine", "Keep theirs"])
def test_a_meetings_details_a_colleague_changed_meanwhile(window, qtbot, monkeypatch, choice):
    collaboration = find_collaboration(ENERGY)
    dialog = MeetingDialog(collaboration, window)
    qtbot.addWidget(dialog)
    shown = dialog._current
    dialog.chair.setText("Burgemeester")
    meetings.update_meeting(
        shown.id, shown.held_on, shown.body, "Gedeputeerde", "Z/2027/1", shown.portfolio_holder
    )  # the colleague
    asked = answer_box(monkeypatch, choice)
    dialog.save_button.click()
    assert "Someone else changed this meeting's details" in asked[0]
    now = meetings.get_meeting(shown.id)
    assert now.case_number == "Z/2027/1"  # a field the user left alone stays the colleague's
    assert now.chair == ("Burgemeester" if choice == "Save mine" else "Gedeputeerde")
    assert dialog.chair.text() == now.chair and not dialog.has_unsaved_input()


def test_outcomes_a_colleague_recorded_meanwhile_are_saved_over_or_the_changed_agenda_said(
    window, qtbot, monkeypatch, message_boxes
):
    collaboration = find_collaboration(ENERGY)
    dialog = MeetingDialog(collaboration, window)
    qtbot.addWidget(dialog)
    meeting = dialog._current
    monkeypatch.setattr(
        "drempelkompas.ui.meeting_dialog.QMessageBox.question", lambda *args: QMessageBox.StandardButton.Yes
    )

    def mine_while_a_colleague_records(record: RecordDialog) -> bool:
        record.editors[0].outcome.set_member(Outcome.REJECTED)  # the user leaves point 2 alone
        decisions.record_meeting(meeting.id, [decisions.Recorded(2, Outcome.TAKEN, "Van de collega")])
        record.save()
        return record.result() == QDialog.DialogCode.Accepted

    editor_answers(monkeypatch, RecordDialog, mine_while_a_colleague_records)
    asked = answer_box(monkeypatch, "Save mine")
    dialog.record_button.click()
    assert "recorded outcomes of this meeting" in asked[0]
    first, second = decisions.meeting_decisions(meeting.id)
    assert first.outcome is Outcome.REJECTED  # mine
    assert (second.outcome, second.wording) == (Outcome.TAKEN, "Van de collega")  # theirs, untouched

    def on_an_agenda_that_changed(record: RecordDialog) -> bool:
        record.editors[0].outcome.set_member(Outcome.TAKEN)
        decisions.withdraw_proposal(decisions.pending_decisions(collaboration)[0].id)
        record.save()
        return record.result() == QDialog.DialogCode.Accepted

    next_meeting = meetings.create_meeting(
        collaboration, meeting.held_on.replace(year=meeting.held_on.year + 1), "Stuurgroep"
    )
    decisions.propose_decision(collaboration, "Nog een besluit")
    dialog._load(meetings.get_meeting(next_meeting).held_on)
    editor_answers(monkeypatch, RecordDialog, on_an_agenda_that_changed)
    dialog.record_button.click()
    assert [text for _, _, text in message_boxes if "changed the agenda" in text]
    message_boxes.clear()
    assert not meetings.get_meeting(next_meeting).recorded  # the dialog stayed open, nothing saved


def test_a_proposal_a_colleague_reworded_meanwhile_is_saved_over_theirs(window, qtbot, monkeypatch):
    collaboration = find_collaboration(ENERGY)
    dialog = MeetingDialog(collaboration, window)
    qtbot.addWidget(dialog)
    point = decisions.pending_decisions(collaboration)[0]
    dialog.points.setCurrentRow(0)

    def typed(parent, about, text=""):
        decisions.reword_proposal(point.id, "Door de collega verwoord.")
        return "Door mij verwoord."

    monkeypatch.setattr("drempelkompas.ui.meeting_dialog.ask_proposal", typed)
    asked = answer_box(monkeypatch, "Save mine")
    dialog.reword_button.click()
    assert "reworded this proposed decision" in asked[0]
    assert decisions.pending_decisions(collaboration)[0].proposal == "Door mij verwoord."
