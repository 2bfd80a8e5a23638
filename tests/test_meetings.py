"""Steering-group meetings through the services: planning, proposed decisions and their candidates,
recording outcomes (with new actions and deferrals), the decision log, and what the pack reports."""

from datetime import date, datetime, timedelta

import pytest

from drempelkompas.domain import meeting as m
from drempelkompas.domain.enums import Level, Outcome, Precondition, Status
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.domain.timeline import BarrierHistory, Event, replay
from drempelkompas.services import barriers, collaborations, decisions, meeting_documents, meetings, plans
from drempelkompas.services.barriers import history
from drempelkompas.services.decisions import Recorded
from drempelkompas.services.plans import Signatory
from drempelkompas.services.timelines import timeline

pytestmark = pytest.mark.both_backends

TODAY = date.today()


@pytest.fixture
def collaboration(db_path):
    return collaborations.create_collaboration("Slimme dijken")


def add(collaboration, title, precondition=Precondition.COMMITMENT, **fields):
    return barriers.add_barrier(collaboration, precondition, title, **fields)


def test_a_meeting_is_planned_once_per_date_and_its_details_can_change(collaboration):
    first = meetings.plan_meeting(collaboration, date(2027, 1, 12), "Stuurgroep", "Mr. Chair")
    again = meetings.plan_meeting(collaboration, date(2027, 1, 12), "Bestuurlijk overleg", case_number="Z-1")
    assert first == again
    (found,) = meetings.meetings(collaboration)
    assert (found.body, found.chair, found.case_number, found.recorded) == (
        "Bestuurlijk overleg",
        "",
        "Z-1",
        False,
    )
    with pytest.raises(ValidationError):
        meetings.plan_meeting(collaboration, date(2027, 1, 13), "   ")
    assert len(meetings.meetings(collaboration)) == 1


def test_candidates_are_open_barriers_of_high_impact_administrative_or_overdue(collaboration):
    add(collaboration, "Hoog", impact=5)
    add(collaboration, "Bestuurlijk", level=Level.ADMINISTRATIVE, owner="Wethouder")
    add(collaboration, "Te laat", due_date=TODAY - timedelta(days=1))
    add(collaboration, "Gewoon", impact=2, due_date=TODAY + timedelta(days=9))
    add(collaboration, "Opgelost", impact=5, status=Status.OVERCOME)
    reasons = {c.barrier.title: c.reasons for c in decisions.decision_candidates(collaboration, TODAY)}
    assert reasons == {
        "Hoog": (m.WHY_HIGH_IMPACT,),
        "Bestuurlijk": (m.WHY_ADMINISTRATIVE,),
        "Te laat": (m.WHY_OVERDUE,),
    }
    decisions.propose_decision(collaboration, "Besluit over hoog", _id(collaboration, "Hoog"))
    assert "Hoog" not in {c.barrier.title for c in decisions.decision_candidates(collaboration, TODAY)}


def test_a_barrier_can_have_several_proposals_and_one_can_be_reworded(collaboration):
    barrier = add(collaboration, "Budget")
    decisions.propose_decision(collaboration, "Eerste tekst", barrier)
    decisions.propose_decision(collaboration, "Tweede tekst", barrier)
    decisions.propose_decision(collaboration, "Over het geheel")
    pending = decisions.pending_decisions(collaboration)
    assert [(p.number, p.proposal, p.barrier_title) for p in pending] == [
        (1, "Eerste tekst", "Budget"),
        (2, "Tweede tekst", "Budget"),
        (3, "Over het geheel", ""),
    ]
    decisions.reword_proposal(pending[0].id, "Eerste tekst, beter")
    assert decisions.pending_decisions(collaboration)[0].proposal == "Eerste tekst, beter"
    with pytest.raises(ValidationError):
        decisions.propose_decision(collaboration, "  \n ")
    decisions.withdraw_proposal(pending[2].id)
    assert len(decisions.pending_decisions(collaboration)) == 2


def test_recording_a_meeting_keeps_decisions_gives_actions_and_defers_the_rest(collaboration):
    budget = add(collaboration, "Budget", precondition=Precondition.FUNDING)
    sponsor = add(collaboration, "Sponsor")
    decisions.propose_decision(collaboration, "Reserveer budget", budget)
    decisions.propose_decision(collaboration, "Wijs een sponsor aan", sponsor)
    decisions.propose_decision(collaboration, "Niet besproken")
    held = meetings.plan_meeting(collaboration, date(2026, 11, 3), "Stuurgroep")
    due = date(2027, 2, 1)
    recorded = decisions.record_meeting(
        held,
        [
            Recorded(1, Outcome.TAKEN, "Akkoord met 50.000 euro", "Begroting aanpassen", "Anna", due),
            Recorded(2, "rejected", "Nog niet nodig"),
        ],
    )
    assert [(p.number, p.outcome) for p in recorded] == [
        (1, Outcome.TAKEN),
        (2, Outcome.REJECTED),
        (3, Outcome.DEFERRED),
    ]
    card = barriers.get_barrier(budget)
    assert (card.next_action, card.owner, card.due_date) == ("Begroting aanpassen", "Anna", due)
    decision = next(entry for entry in history(budget) if entry.field == decisions.DECISION_FIELD)
    assert decisions.read_decision_entry(decision.new_value) == {
        "date": "2026-11-03",
        "body": "Stuurgroep",
        "outcome": "taken",
        "wording": "Akkoord met 50.000 euro",
        "corrected": False,
    }
    # What was not discussed is on the next agenda again; the meeting is recorded.
    assert [p.proposal for p in decisions.pending_decisions(collaboration)] == ["Niet besproken"]
    assert meetings.meetings(collaboration)[0].recorded
    assert [p.outcome for p in decisions.decision_log(collaboration)] == [
        Outcome.TAKEN,
        Outcome.REJECTED,
        Outcome.DEFERRED,
    ]


def test_recording_again_corrects_only_the_points_it_names(collaboration):
    decisions.propose_decision(collaboration, "Een")
    decisions.propose_decision(collaboration, "Twee")
    held = meetings.plan_meeting(collaboration, date(2026, 11, 3), "Stuurgroep")
    decisions.record_meeting(held, [Recorded(1, Outcome.TAKEN), Recorded(2, Outcome.DEFERRED)])
    assert [p.proposal for p in decisions.pending_decisions(collaboration)] == ["Twee"]
    corrected = decisions.record_meeting(held, [Recorded(2, Outcome.TAKEN, "Toch genomen")])
    assert [p.outcome for p in corrected] == [Outcome.TAKEN, Outcome.TAKEN]
    assert decisions.pending_decisions(collaboration) == []  # the deferral's copy is gone again


@pytest.mark.parametrize(
    "decided",
    [
        [Recorded(3, Outcome.TAKEN)],
        [Recorded(1, Outcome.TAKEN), Recorded(1, Outcome.REJECTED)],
        [Recorded(1, "postponed")],
        [Recorded(1, Outcome.TAKEN, "x" * 30_000)],
    ],
    ids=["no such number", "twice", "unknown outcome", "too long"],
)
def test_a_wrong_record_changes_nothing(collaboration, decided):
    barrier = add(collaboration, "Budget")
    decisions.propose_decision(collaboration, "Een", barrier)
    decisions.propose_decision(collaboration, "Twee")
    held = meetings.plan_meeting(collaboration, date(2026, 11, 3), "Stuurgroep")
    with pytest.raises(ValidationError):
        decisions.record_meeting(held, decided)
    assert len(decisions.pending_decisions(collaboration)) == 2
    assert not meetings.meetings(collaboration)[0].recorded
    assert [entry.field for entry in history(barrier)] == ["created"]


def test_a_decision_list_needs_a_recorded_meeting(collaboration):
    meetings.plan_meeting(collaboration, date(2026, 11, 3), "Stuurgroep")
    with pytest.raises(NotFoundError):
        meeting_documents.decision_list(collaboration, date(2026, 11, 3))
    with pytest.raises(NotFoundError):
        meeting_documents.meeting_pack(collaboration, date(2026, 11, 4))


def test_changes_since_the_previous_meeting_are_new_overcome_moved_and_reassigned():
    before, between = datetime(2026, 10, 1, 12), datetime(2026, 10, 20, 12)
    after = datetime(2026, 10, 10, 23, 59)
    events = {
        "Old": [Event(before, "created", None, "Old"), Event(between, "status", "open", "overcome")],
        "New": [Event(between, "created", None, "New")],
        "Moved": [
            Event(before, "created", None, "Moved"),
            Event(between, "precondition", "knowledge", "funding"),
            Event(between + timedelta(hours=1), "precondition", "funding", "facilities"),
        ],
        "There and back": [
            Event(before, "created", None, "x"),
            Event(between, "owner", "Anna", "Bram"),
            Event(between + timedelta(hours=1), "owner", "Bram", "Anna"),
        ],
        "Reassigned": [Event(before, "created", None, "x"), Event(between, "owner", "", "Bram")],
    }
    found = m.changes_since(
        [({"title": title, "precondition": "knowledge"}, history) for title, history in events.items()],
        after,
        datetime(2026, 10, 31, 23, 59),
    )
    assert [(c["kind"], c["title"], c["from"], c["to"]) for c in found] == [
        (m.CHANGE_OVERCOME, "Old", "open", "overcome"),
        (m.CHANGE_NEW, "New", "", "New"),
        (m.CHANGE_MOVED, "Moved", "knowledge", "facilities"),
        (m.CHANGE_REASSIGNED, "Reassigned", "", "Bram"),
    ]


def test_the_timeline_replays_creation_moves_overcoming_deletion_and_restoring():
    day = datetime(2026, 1, 15, 9)
    moved = BarrierHistory(
        "funding",
        "open",
        [
            Event(day, "created", None, "a"),
            Event(day + timedelta(days=31), "precondition", "knowledge", "funding"),
        ],
    )
    overcome = BarrierHistory(
        "knowledge",
        "overcome",
        [
            Event(day, "created", None, "b"),
            Event(day + timedelta(days=45), "status", "in_progress", "overcome"),
        ],
    )
    deleted = BarrierHistory(
        "commitment",
        "open",
        [
            Event(day, "created", None, "c"),
            Event(day + timedelta(days=20), "deleted", None, None),
            Event(day + timedelta(days=70), "restored", None, None),
        ],
    )
    found = replay([moved, overcome, deleted], date(2026, 4, 2))
    assert [month.isoformat() for month in found.months] == [
        "2026-01-01",
        "2026-02-01",
        "2026-03-01",
        "2026-04-01",
    ]
    assert found.open == {
        "knowledge": [2, 1, 0, 0],
        "commitment": [1, 0, 1, 1],
        "funding": [0, 1, 1, 1],
        "facilities": [0, 0, 0, 0],
    }
    assert found.overcome["knowledge"] == [0, 0, 1, 0]


def test_the_timeline_of_a_real_board_counts_what_the_board_shows(collaboration):
    add(collaboration, "Een", precondition=Precondition.KNOWLEDGE)
    done = add(collaboration, "Twee", precondition=Precondition.KNOWLEDGE)
    barriers.set_status(done, Status.OVERCOME)
    gone = add(collaboration, "Drie", precondition=Precondition.FUNDING)
    barriers.delete_barrier(gone)
    found = timeline(collaboration, TODAY)
    assert found.open["knowledge"][-1] == 1 and found.open["funding"][-1] == 0
    assert found.overcome["knowledge"][-1] == 1


def test_the_pack_holds_what_the_body_needs(collaboration):
    late = add(
        collaboration,
        "Wethouder wisselt",
        level=Level.ADMINISTRATIVE,
        owner="Sietske",
        due_date=date(2026, 11, 1),
        next_action="Overdracht regelen",
    )
    add(collaboration, "Zonder datum", precondition=Precondition.FACILITIES, owner="Jelle")
    decisions.propose_decision(collaboration, "Blijf sponsor", late)
    meetings.plan_meeting(collaboration, TODAY, "Stuurgroep", "Voorzitter", "Z-9", "Wethouder B")
    plans.sign_off(collaboration, [Signatory("Ingrid", "Wethouder", Level.ADMINISTRATIVE, TODAY)])
    pack = meeting_documents.meeting_pack(collaboration, TODAY)
    assert pack["meeting"] | {"recorded": None} == {
        "date": TODAY.isoformat(),
        "body": "Stuurgroep",
        "chair": "Voorzitter",
        "case_number": "Z-9",
        "portfolio_holder": "Wethouder B",
        "recorded": None,
    }
    assert [(d["number"], d["proposal"], d["barrier"]) for d in pack["decisions"]] == [
        (1, "Blijf sponsor", "Wethouder wisselt")
    ]
    assert [b["title"] for b in pack["overdue"]] == ["Wethouder wisselt"]
    assert [b["title"] for b in pack["undated"]] == ["Zonder datum"]
    assert pack["commitment"]["administrative"]["commitment"] == {"open": 1, "owned": 1}
    assert pack["actions"][0]["next_action"] == "Overdracht regelen"
    assert {c["kind"] for c in pack["changes"]} == {m.CHANGE_NEW}
    assert pack["plan"]["state"] == plans.PLAN_CURRENT
    assert all(g["kind"] != "no_administrative_signatory" for g in pack["gaps"])
    add(collaboration, "Later erbij")
    assert meeting_documents.meeting_pack(collaboration, TODAY)["plan"]["state"] == plans.PLAN_OUT_OF_DATE


def _id(collaboration, title):
    return next(c.id for column in barriers.board(collaboration).values() for c in column if c.title == title)


def test_the_portfolio_counts_per_collaboration_and_precondition(collaboration):
    from drempelkompas.services.portfolio import portfolio

    other = collaborations.create_collaboration("Archief")
    collaborations.set_archived(other, True)
    add(
        collaboration, "Laat", precondition=Precondition.FUNDING, impact=5, due_date=TODAY - timedelta(days=3)
    )
    add(
        collaboration,
        "Op tijd",
        precondition=Precondition.FUNDING,
        impact=2,
        due_date=TODAY + timedelta(days=3),
    )
    add(collaboration, "Bestuurlijk", level=Level.ADMINISTRATIVE, owner="Wethouder")
    add(collaboration, "Zonder eigenaar", level=Level.ADMINISTRATIVE)
    add(collaboration, "Opgelost", precondition=Precondition.FACILITIES, status=Status.OVERCOME)
    (row,) = portfolio(TODAY)["rows"]
    assert row["cells"]["funding"] == {"open": 2, "overdue": 1, "impact": 5, "administrative": False}
    assert row["cells"]["commitment"] == {"open": 2, "overdue": 0, "impact": 3, "administrative": True}
    assert row["cells"]["facilities"]["open"] == 0
    assert (row["open"], row["overdue"], row["impact"], row["administrative"]) == (4, 1, 5, False)
    assert row["plan"]["state"] == plans.PLAN_NONE and row["last_activity"] == TODAY.isoformat()
    assert [r["name"] for r in portfolio(TODAY, include_archived=True)["rows"]] == [
        "Archief",
        "Slimme dijken",
    ]
    plans.sign_off(collaboration, [Signatory("Ingrid", "Wethouder", Level.ADMINISTRATIVE, TODAY)])
    assert portfolio(TODAY)["rows"][0]["plan"] | {"signed_off_on": None} == {
        "state": plans.PLAN_CURRENT,
        "version": 1,
        "signed_off_on": None,
        "signatories": ["Ingrid"],
    }


@pytest.mark.parametrize("until", [date(9999, 12, 31), date(1, 1, 1), date(2026, 2, 28)])
def test_the_timeline_holds_at_the_ends_of_the_calendar(until):
    history = BarrierHistory("funding", "open", [Event(datetime(2026, 1, 15, 9), "created", None, "a")])
    found = replay([history], until)
    assert len(found.months) <= 24
    if until.year == 2026:
        assert found.open["funding"] == [1, 1]
    else:
        assert found.open["funding"] == [1] * len(found.months)


def test_a_meeting_pack_far_in_the_future_or_past(collaboration, tmp_path, qapp):
    from drempelkompas.documents.meeting_files import save_meeting_pack
    from drempelkompas.runtime import i18n

    add(collaboration, "Een")
    for day in (date(9999, 12, 31), date(1, 1, 1)):
        meetings.plan_meeting(collaboration, day, "Stuurgroep")
        save_meeting_pack(tmp_path / f"{day.year}.pdf", collaboration, day, i18n.Language("en"))
        assert (tmp_path / f"{day.year}.pdf").read_bytes().startswith(b"%PDF-")


def test_a_proposal_pages_long_flows_over_the_pages_of_the_pack_and_the_decision_list(
    collaboration, tmp_path, qapp
):
    from pypdf import PdfReader

    from drempelkompas.documents.meeting_files import save_decision_list, save_meeting_pack
    from drempelkompas.runtime import i18n

    long_text = " ".join(f"Overweging {n} van het voorstel aan de stuurgroep." for n in range(350))
    decisions.propose_decision(collaboration, long_text, add(collaboration, "Budget"))
    held = meetings.plan_meeting(collaboration, date(2027, 1, 5), "Stuurgroep")
    save_meeting_pack(tmp_path / "pack.pdf", collaboration, date(2027, 1, 5), i18n.Language("en"))
    decisions.record_meeting(held, [Recorded(1, Outcome.TAKEN, long_text)])
    save_decision_list(tmp_path / "list.pdf", collaboration, date(2027, 1, 5), i18n.Language("en"))
    for name in ("pack.pdf", "list.pdf"):
        text = "".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)
        assert "Overweging 349 van het voorstel" in text
