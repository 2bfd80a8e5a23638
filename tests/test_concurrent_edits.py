"""Two people editing the same record (on a team database, or one after the other on a file): an
edit made on an outdated copy is refused when it would overwrite someone else's change to the same
fields, and keeps their changes to other fields. Cards and collaborations are in test_services."""

import threading
from datetime import date

import pytest

from drempelkompas.domain.enums import CommitmentState, ContributionKind, ContributionState, Level, Outcome
from drempelkompas.domain.errors import EditConflictError
from drempelkompas.services import collaborations, commitments, contributions, decisions, meetings
from drempelkompas.services.collaborations import PartnerView
from drempelkompas.services.decisions import Recorded
from drempelkompas.storage.models import database

pytestmark = pytest.mark.both_backends


@pytest.fixture
def collaboration(db_path):
    cid = collaborations.create_collaboration(
        "Samen", partners=[PartnerView("Gemeente", "government", "problem_owner")]
    )
    return cid, collaborations.get_collaboration(cid).partners[0].uuid


def test_a_contribution_edited_on_an_outdated_copy(collaboration):
    cid, partner = collaboration
    kept = contributions.add_contribution(cid, partner, ContributionKind.HOURS, "Uren", value=1000)
    shown = contributions.get_contribution(kept)  # what the editor showed
    contributions.update_contribution(kept, value=2000)  # meanwhile, someone else
    contributions.update_contribution(kept, started_from={"description": "Uren"}, description="Projectleider")
    now = contributions.get_contribution(kept)
    assert (now.description, now.value) == ("Projectleider", 2000)
    with pytest.raises(EditConflictError, match="contribution"):
        contributions.update_contribution(
            kept, started_from={"value": shown.value, "state": shown.state}, value=1500, state="delivered"
        )
    now = contributions.get_contribution(kept)
    assert (now.value, now.state) == (2000, ContributionState.PLEDGED)  # nothing of it was saved
    contributions.update_contribution(kept, started_from={"value": shown.value}, value=2000)  # the same value


def test_a_commitment_edited_on_an_outdated_copy(collaboration):
    cid, partner = collaboration

    def cell():
        return next(c for c in commitments.matrix(cid) if c.level is Level.MANAGEMENT)

    shown = cell()
    commitments.set_commitment(cid, partner, Level.MANAGEMENT, person="Directeur")  # someone else
    commitments.set_commitment(cid, partner, Level.MANAGEMENT, note="Via de regiegroep", started_from=shown)
    assert (cell().person, cell().note) == ("Directeur", "Via de regiegroep")
    with pytest.raises(EditConflictError, match="commitment"):
        commitments.set_commitment(
            cid, partner, Level.MANAGEMENT, person="Afdelingshoofd", started_from=shown
        )
    commitments.set_commitment(cid, partner, Level.MANAGEMENT, CommitmentState.ASKED, on=date(2026, 11, 2))
    with pytest.raises(EditConflictError):  # they asked on another day
        commitments.set_commitment(
            cid, partner, Level.MANAGEMENT, CommitmentState.ASKED, on=date(2026, 11, 5), started_from=shown
        )
    assert (cell().person, cell().state, cell().since) == (
        "Directeur",
        CommitmentState.ASKED,
        date(2026, 11, 2),
    )


def test_undoing_a_commitment_someone_changed_since_is_refused(collaboration):
    cid, partner = collaboration
    before = commitments.set_commitment(cid, partner, Level.OPERATIONAL, person="Projectleider")
    after = next(c for c in commitments.matrix(cid) if c.level is Level.OPERATIONAL)
    commitments.set_commitment(cid, partner, Level.OPERATIONAL, person="Adviseur")  # someone else
    with pytest.raises(EditConflictError):
        commitments.restore_commitment(cid, before, started_from=after)
    assert next(c for c in commitments.matrix(cid) if c.level is Level.OPERATIONAL).person == "Adviseur"


def test_a_meetings_details_edited_on_an_outdated_copy(collaboration):
    cid, _ = collaboration
    meeting = meetings.create_meeting(cid, date(2027, 2, 9), "Stuurgroep", chair="Wethouder")
    shown = meetings.get_meeting(meeting)
    meetings.update_meeting(meeting, date(2027, 2, 9), "Stuurgroep", "Burgemeester")  # someone else
    mine = {"held_on": date(2027, 2, 9), "body": "Stuurgroep", "chair": "Burgemeester", "case_number": "Z-7"}
    meetings.update_meeting(meeting, **mine, started_from=shown)  # a field they left alone
    with pytest.raises(EditConflictError, match="meeting"):
        meetings.update_meeting(meeting, **(mine | {"chair": "Gedeputeerde"}), started_from=shown)
    now = meetings.get_meeting(meeting)
    assert (now.chair, now.case_number) == ("Burgemeester", "Z-7")


def test_a_proposal_reworded_on_an_outdated_copy(collaboration):
    cid, _ = collaboration
    point = decisions.propose_decision(cid, "Besluit over de pilot")
    decisions.reword_proposal(point, "Besluit over de pilot in Zwolle")  # someone else
    with pytest.raises(EditConflictError, match="reworded"):
        decisions.reword_proposal(point, "Besluit over de proef", started_from="Besluit over de pilot")
    decisions.reword_proposal(point, "Besluit over de proef", started_from="Besluit over de pilot in Zwolle")
    assert [p.proposal for p in decisions.pending_decisions(cid)] == ["Besluit over de proef"]


def test_a_meeting_recorded_on_an_outdated_agenda_is_refused_so_numbers_name_what_was_seen(collaboration):
    cid, _ = collaboration
    meeting = meetings.create_meeting(cid, date(2026, 11, 10), "Stuurgroep")
    first = decisions.propose_decision(cid, "Eerste")
    decisions.propose_decision(cid, "Tweede")
    shown = decisions.agenda(meetings.get_meeting(meeting))
    decisions.withdraw_proposal(first)  # someone else: "Tweede" is number 1 now
    with pytest.raises(EditConflictError, match="agenda"):
        decisions.record_meeting(meeting, [Recorded(1, Outcome.REJECTED)], started_from=shown)
    assert not meetings.get_meeting(meeting).recorded
    shown = decisions.agenda(meetings.get_meeting(meeting))
    decisions.record_meeting(meeting, [Recorded(1, Outcome.TAKEN, "Ja")])  # someone else records it
    with pytest.raises(EditConflictError, match="recorded outcomes"):
        decisions.record_meeting(meeting, [Recorded(1, Outcome.REJECTED)], started_from=shown)
    (decided,) = decisions.meeting_decisions(meeting)
    assert (decided.proposal, decided.outcome, decided.wording) == ("Tweede", Outcome.TAKEN, "Ja")
    now = decisions.agenda(meetings.get_meeting(meeting))
    decisions.record_meeting(meeting, [Recorded(1, Outcome.REJECTED, "Nee")], started_from=now)  # mine over
    assert decisions.meeting_decisions(meeting)[0].outcome is Outcome.REJECTED


@pytest.mark.team_only  # a file has one writer at a time
def test_two_people_filling_in_the_same_new_cell_at_once_both_get_an_answer(collaboration):
    cid, partner = collaboration
    answers = []

    def fill(person: str) -> None:
        try:
            for _ in range(5):
                commitments.set_commitment(cid, partner, Level.ADMINISTRATIVE, person=person)
            answers.append(person)
        except Exception as error:  # reported below
            answers.append(error)
        finally:
            database.close()  # each thread has its own connection, as a second laptop would

    workers = [threading.Thread(target=fill, args=(person,)) for person in ("Wethouder", "Burgemeester")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(answers) == ["Burgemeester", "Wethouder"]
    (cell,) = [c for c in commitments.matrix(cid) if c.level is Level.ADMINISTRATIVE]
    assert cell.person in answers
