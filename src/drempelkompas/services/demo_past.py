"""The demo's past: when its barriers arose and were overcome, a steering-group meeting that took
place with its decisions, and the proposals for the next one; so the meeting pack, the decision
list and the progress over time show something real on the demo."""

from datetime import date, datetime, time, timedelta

from drempelkompas.domain.enums import Status
from drempelkompas.services import decisions, meetings
from drempelkompas.services.barriers import set_status
from drempelkompas.storage.models import (
    Barrier,
    BarrierChange,
    Collaboration,
    DecisionPoint,
    Meeting,
    utc_now,
)

STARTED_DAYS_AGO = 200  # the first barrier of a demo collaboration arose this long ago
SPREAD_DAYS = 14  # its next barriers, each this many days later
OVERCOME_AFTER_DAYS = 45  # an overcome barrier took this long
PAST_MEETING_DAYS_AGO = 35
NEXT_MEETING_IN_DAYS = 14

# The demo's meeting, for its first collaboration: (barrier title, proposal, outcome, wording, action).
PAST_DECISIONS = (
    (
        "Wethouder wisselt na verkiezingen",
        "De stuurgroep vraagt de portefeuillehouder om na de verkiezingen bestuurlijk sponsor te blijven.",
        "taken",
        "Wethouder Bakker blijft sponsor tot de coalitie het overneemt.",
        "Overdrachtsnotitie voor de nieuwe wethouder schrijven",
    ),
    (
        "Geen budget na de proef",
        "De stuurgroep reserveert budget voor de opschaling na de proef.",
        "deferred",
        "Eerst de uitkomsten van de proef afwachten.",
        "",
    ),
)
NEXT_PROPOSAL = (
    "Kosten liggen bij de gemeente, baten bij inwoners",
    "De stuurgroep stemt in met een verdeelsleutel voor kosten en baten tussen gemeente en coöperatie.",
)


def give_past(collaboration_ids: list[int], today: date) -> None:
    """Dates the demo's barriers back and overcomes the overcome ones at a date in the past (the
    caller holds the transaction); the first collaboration gets a past and a next meeting."""
    for collaboration_id in collaboration_ids:
        _date_back(collaboration_id, today)
    _meetings(collaboration_ids[0], today)


def _date_back(collaboration_id: int, today: date) -> None:
    started = _moment(today - timedelta(days=STARTED_DAYS_AGO))
    Collaboration.update(created_at=started, updated_at=started).where(
        Collaboration.id == collaboration_id
    ).execute()
    barriers = Barrier.select().where(Barrier.collaboration == collaboration_id).order_by(Barrier.id)
    for number, barrier in enumerate(barriers):
        arose = started + timedelta(days=number * SPREAD_DAYS % (STARTED_DAYS_AGO - 30))
        overcome = barrier.status == Status.OVERCOME.value
        if overcome:  # it was open first: the history shows when it was overcome
            Barrier.update(status=Status.OPEN.value, overcome_at=None).where(
                Barrier.id == barrier.id
            ).execute()
            set_status(barrier.id, Status.OVERCOME)
        changes = BarrierChange.select().where(BarrierChange.barrier == barrier.id)
        for change in changes:
            moment = _overcome_moment(arose, today) if change.field == "status" else arose
            BarrierChange.update(changed_at=moment).where(BarrierChange.id == change.id).execute()
        done = _overcome_moment(arose, today) if overcome else None
        Barrier.update(created_at=arose, updated_at=done or arose, overcome_at=done).where(
            Barrier.id == barrier.id
        ).execute()


def _meetings(collaboration_id: int, today: date) -> None:
    held_on = today - timedelta(days=PAST_MEETING_DAYS_AGO)
    past = meetings.plan_meeting(
        collaboration_id, held_on, "Stuurgroep", "Burgemeester De Jong", "Z/2026/004711", "Wethouder Bakker"
    )
    decided = []
    for number, (title, proposal, outcome, wording, action) in enumerate(PAST_DECISIONS, 1):
        decisions.propose_decision(collaboration_id, proposal, _barrier_id(collaboration_id, title))
        decided.append(
            decisions.Recorded(number, outcome, wording, action, "Sietske de Vries" if action else "", None)
        )
    _propose_at(collaboration_id, held_on - timedelta(days=7))
    recording = utc_now()
    decisions.record_meeting(past, decided)
    Meeting.update(recorded_at=_moment(held_on) + timedelta(hours=12)).where(Meeting.id == past).execute()
    _decided_at(collaboration_id, held_on, recording)
    meetings.plan_meeting(
        collaboration_id,
        today + timedelta(days=NEXT_MEETING_IN_DAYS),
        "Stuurgroep",
        "Burgemeester De Jong",
        "Z/2026/004711",
        "Wethouder Bakker",
    )
    title, proposal = NEXT_PROPOSAL
    decisions.propose_decision(collaboration_id, proposal, _barrier_id(collaboration_id, title))


def _propose_at(collaboration_id: int, moment: date) -> None:
    """The proposals made so far were made a week before the meeting."""
    DecisionPoint.update(created_at=_moment(moment)).where(
        DecisionPoint.collaboration == collaboration_id
    ).execute()


def _decided_at(collaboration_id: int, held_on: date, since: datetime) -> None:
    """The history entries the meeting's recording wrote (from `since` on) are dated on its day."""
    ids = Barrier.select(Barrier.id).where(Barrier.collaboration == collaboration_id)
    BarrierChange.update(changed_at=_moment(held_on) + timedelta(hours=12)).where(
        BarrierChange.barrier.in_(ids), BarrierChange.changed_at >= since
    ).execute()


def _overcome_moment(arose: datetime, today: date) -> datetime:
    """When a barrier that arose at `arose` was overcome: a while later, but before today."""
    return min(arose + timedelta(days=OVERCOME_AFTER_DAYS), _moment(today - timedelta(days=2)))


def _barrier_id(collaboration_id: int, title: str) -> int:
    return Barrier.get(Barrier.collaboration == collaboration_id, Barrier.title == title).id


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(9, 0))
