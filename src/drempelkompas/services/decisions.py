"""Use cases for the decisions proposed to a governing body: propose them (the app suggests the
barriers that call for one), record what a meeting decided, and keep the decision log.

A proposed decision is pending until a meeting is recorded: then every pending point goes into
that meeting with its outcome, in the order it was proposed (the order the pack numbers them).
A deferred point comes back as a new pending point for the next meeting. A decision about a
barrier is written into the barrier's history, and a new action it gives becomes the barrier's
next action.
"""

import json
from dataclasses import dataclass
from datetime import date

from drempelkompas.domain.enums import Outcome
from drempelkompas.domain.errors import EditConflictError, NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.meeting import candidate_reasons
from drempelkompas.services import validation as v
from drempelkompas.services.barrier_views import BarrierView, board
from drempelkompas.services.barriers import update_barrier
from drempelkompas.services.collaborations import get_record as get_collaboration_record
from drempelkompas.services.concurrent_edits import locked, outdated_fields
from drempelkompas.services.meetings import MeetingView, locked_meeting
from drempelkompas.storage.models import (
    Barrier,
    BarrierChange,
    DecisionPoint,
    Meeting,
    current_actor,
    database,
    utc_now,
)

DECISION_FIELD = "decision"  # the history entry of a decision about a barrier


@dataclass(frozen=True)
class DecisionView:
    id: int
    number: int  # as the meeting's documents number it, from 1
    barrier_id: int | None
    barrier_title: str
    precondition: str | None
    proposal: str
    outcome: Outcome | None
    wording: str
    action: str
    action_owner: str
    action_due: date | None
    held_on: date | None  # the meeting it was decided in; None while pending
    recorded_by: str = ""  # who recorded the outcome in the app


@dataclass(frozen=True)
class Recorded:
    """What a meeting decided about one of its points; `action` is a new action it gave."""

    number: int
    outcome: Outcome | str
    wording: str = ""
    action: str = ""
    action_owner: str = ""
    action_due: date | None = None


@dataclass(frozen=True)
class Candidate:
    """A barrier the app suggests putting to the body, and why (domain.meeting.WHY_TEXTS keys)."""

    barrier: BarrierView
    reasons: tuple[str, ...]


def decision_candidates(collaboration_id: int, on: date) -> list[Candidate]:
    """Open barriers that call for a decision on `on` and are not on the agenda yet: high impact,
    an owner at the administrative level, or overdue. Highest impact first."""
    proposed = {point.barrier_id for point in _pending(collaboration_id)}
    found = []
    for column in board(collaboration_id).values():
        for card in column:
            if card.id in proposed:
                continue
            facts = {
                "status": card.status.value,
                "impact": card.impact,
                "level": card.level.value if card.level else None,
                "owner": card.owner,
                "due_date": card.due_date.isoformat() if card.due_date else None,
            }
            reasons = candidate_reasons(facts, on.isoformat())
            if reasons:
                found.append(Candidate(card, tuple(reasons)))
    return sorted(found, key=lambda c: (-c.barrier.impact, c.barrier.due_date or date.max, c.barrier.title))


def propose_decision(collaboration_id: int, proposal: str, barrier_id: int | None = None) -> int:
    """Puts a decision on the agenda of the next meeting, about a barrier or about the whole."""
    proposal = v.clean_text(proposal, v.PROPOSAL)
    if not proposal:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} cannot be empty."), field=v.PROPOSAL)
    with database.atomic():
        get_collaboration_record(collaboration_id)
        if barrier_id is not None:
            barrier = Barrier.get_or_none(
                Barrier.id == barrier_id,
                Barrier.collaboration == collaboration_id,
                Barrier.deleted_at.is_null(),
            )
            if barrier is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This barrier no longer exists."))
        return DecisionPoint.create(collaboration=collaboration_id, barrier=barrier_id, proposal=proposal).id


def reword_proposal(point_id: int, proposal: str, started_from: str | None = None) -> None:
    """Gives a pending proposal new words; it keeps its place on the agenda. `started_from`: the
    words the editor showed; when someone else has reworded it since, nothing is saved
    (EditConflictError)."""
    proposal = v.clean_text(proposal, v.PROPOSAL)
    if not proposal:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} cannot be empty."), field=v.PROPOSAL)
    with database.atomic():
        point = locked(
            DecisionPoint.select().where(DecisionPoint.id == point_id, DecisionPoint.meeting.is_null())
        )
        if point is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This proposed decision is no longer on the agenda.")
            )
        if started_from is not None and outdated_fields(
            point, {"proposal": started_from}, {"proposal": proposal}
        ):
            raise EditConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else reworded this proposed decision while you were editing it: nothing was "
                    "saved.",
                )
            )
        DecisionPoint.update(proposal=proposal).where(DecisionPoint.id == point_id).execute()


def withdraw_proposal(point_id: int) -> None:
    """Takes a pending proposal off the agenda; a decided one stays in the log."""
    with database.atomic():
        deleted = (
            DecisionPoint.delete()
            .where(DecisionPoint.id == point_id, DecisionPoint.meeting.is_null())
            .execute()
        )
        if not deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This proposed decision is no longer on the agenda.")
            )


def pending_decisions(collaboration_id: int) -> list[DecisionView]:
    """The proposals for the next meeting, numbered in the order they were proposed."""
    return _views((DecisionPoint.collaboration == collaboration_id) & DecisionPoint.meeting.is_null())


def meeting_decisions(meeting_id: int) -> list[DecisionView]:
    """The points a recorded meeting decided on, numbered as its documents number them."""
    return _views(DecisionPoint.meeting == meeting_id)


def agenda(meeting: MeetingView) -> list[DecisionView]:
    """A meeting's points: what it decided once recorded, else what is pending for it."""
    if meeting.recorded:
        return meeting_decisions(meeting.id)
    return pending_decisions(meeting.collaboration_id)


def decision_log(collaboration_id: int) -> list[DecisionView]:
    """Every decision recorded for the collaboration, by meeting date, then number."""
    rows = (
        DecisionPoint.select()
        .join(Meeting)
        .where(DecisionPoint.collaboration == collaboration_id)
        .order_by(Meeting.held_on, DecisionPoint.created_at, DecisionPoint.id)
    )
    log, numbers = [], {}
    for row in rows:
        numbers[row.meeting_id] = numbers.get(row.meeting_id, 0) + 1
        log.append(_view(row, numbers[row.meeting_id]))
    return log


def record_meeting(
    meeting_id: int, decided: list[Recorded], started_from: list[DecisionView] | None = None
) -> list[DecisionView]:
    """Records what the meeting decided, in one transaction, and returns its decisions.

    Every pending point goes into the meeting: those `decided` names by number get their
    outcome, the others count as deferred. Recording a meeting again corrects the outcomes it
    names and leaves the others as they were. `started_from` is the agenda as the editor showed
    it: when someone else has changed it since (a point, its words or an outcome), nothing is
    saved (EditConflictError), so a number never names another point than the user saw.
    """
    with database.atomic():
        meeting = locked_meeting(meeting_id)
        if started_from is not None:
            _refuse_an_outdated_agenda(meeting, started_from)
        if meeting.recorded_at is None:
            points = list(
                _pending(meeting.collaboration_id).order_by(DecisionPoint.created_at, DecisionPoint.id)
            )
        else:
            points = list(_ordered(DecisionPoint.select().where(DecisionPoint.meeting == meeting_id)))
        by_number = _by_number(decided, len(points))
        for number, point in enumerate(points, 1):
            if number in by_number:
                _record_point(point, meeting, by_number[number])
            elif meeting.recorded_at is None:  # not discussed: on the next agenda again
                _record_point(point, meeting, Recorded(number, Outcome.DEFERRED))
        Meeting.update(recorded_at=utc_now()).where(Meeting.id == meeting_id).execute()
    return meeting_decisions(meeting_id)


def _refuse_an_outdated_agenda(meeting: Meeting, shown: list[DecisionView]) -> None:
    if meeting.recorded_at is None:
        now = pending_decisions(meeting.collaboration_id)
    else:
        now = meeting_decisions(meeting.id)
    if [(point.id, point.proposal) for point in now] != [(point.id, point.proposal) for point in shown]:
        raise EditConflictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed the agenda of this meeting while you were recording it (a "
                "proposed decision was added, reworded or taken off): nothing was saved.",
            )
        )
    if list(map(_outcome, now)) != list(map(_outcome, shown)):
        raise EditConflictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else recorded outcomes of this meeting while you were recording them: nothing "
                "was saved.",
            )
        )


def _outcome(point: DecisionView) -> tuple:
    return point.outcome, point.wording, point.action, point.action_owner, point.action_due


def _by_number(decided: list[Recorded], count: int) -> dict[int, Recorded]:
    by_number = {}
    for item in decided:
        if not isinstance(item.number, int) or not 1 <= item.number <= count:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no proposed decision {number} in this meeting."),
                number=item.number,
            )
        if item.number in by_number:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Proposed decision {number} is given twice."), number=item.number
            )
        by_number[item.number] = item
    return by_number


def _record_point(point: DecisionPoint, meeting: Meeting, given: Recorded) -> None:
    outcome = v.enum_value(Outcome, given.outcome, v.OUTCOME)
    wording = v.clean_text(given.wording, v.WORDING)
    action = v.clean_text(given.action, v.ACTION)
    owner = v.clean_optional_line(given.action_owner, v.OWNER)
    due = v.clean_due_date(given.action_due)
    was_pending = point.meeting_id is None
    unchanged = not was_pending and (point.outcome, point.wording, point.action, point.action_owner) == (
        outcome.value,
        wording,
        action,
        owner,
    )
    if unchanged and point.action_due == due:
        return  # saved again as it was: nothing to record
    if not was_pending and point.outcome == Outcome.DEFERRED.value and outcome is not Outcome.DEFERRED:
        _drop_follow_up(point)
    DecisionPoint.update(
        meeting=meeting.id,
        outcome=outcome.value,
        wording=wording,
        action=action,
        action_owner=owner,
        action_due=due,
        recorded_by=current_actor(),
    ).where(DecisionPoint.id == point.id).execute()
    if outcome is Outcome.DEFERRED and (was_pending or point.outcome != Outcome.DEFERRED.value):
        DecisionPoint.create(
            collaboration=point.collaboration_id, barrier=point.barrier_id, proposal=point.proposal
        )
    if point.barrier_id is None:
        return
    barrier_alive = Barrier.get_or_none(Barrier.id == point.barrier_id, Barrier.deleted_at.is_null())
    if barrier_alive is None:
        return
    BarrierChange.create(
        barrier=point.barrier_id,
        field=DECISION_FIELD,
        old_value=None,
        new_value=decision_entry(meeting.held_on, meeting.body, outcome, wording, corrected=not was_pending),
    )
    if action:
        changes = {"next_action": action}
        if owner:
            changes["owner"] = owner
        if due is not None:
            changes["due_date"] = due
        update_barrier(point.barrier_id, **changes)


def _drop_follow_up(point: DecisionPoint) -> None:
    """A deferral corrected into another outcome takes its copy off the next agenda."""
    DecisionPoint.delete().where(
        DecisionPoint.collaboration == point.collaboration_id,
        DecisionPoint.meeting.is_null(),
        DecisionPoint.barrier == point.barrier_id,
        DecisionPoint.proposal == point.proposal,
    ).execute()


def _pending(collaboration_id: int):
    return DecisionPoint.select().where(
        DecisionPoint.collaboration == collaboration_id, DecisionPoint.meeting.is_null()
    )


def _ordered(query):
    return query.order_by(DecisionPoint.created_at, DecisionPoint.id)


def _views(condition) -> list[DecisionView]:
    rows = _ordered(DecisionPoint.select().where(condition))
    return [_view(row, number) for number, row in enumerate(rows, 1)]


def _view(row: DecisionPoint, number: int) -> DecisionView:
    barrier = Barrier.get_or_none(Barrier.id == row.barrier_id) if row.barrier_id else None
    meeting = Meeting.get_or_none(Meeting.id == row.meeting_id) if row.meeting_id else None
    return DecisionView(
        id=row.id,
        number=number,
        barrier_id=row.barrier_id,
        barrier_title=barrier.title if barrier else "",
        precondition=barrier.precondition if barrier else None,
        proposal=row.proposal,
        outcome=Outcome(row.outcome) if row.outcome else None,
        wording=row.wording,
        action=row.action,
        action_owner=row.action_owner,
        action_due=row.action_due,
        held_on=meeting.held_on if meeting else None,
        recorded_by=row.recorded_by,
    )


def decision_entry(held_on: date, body: str, outcome: Outcome, wording: str, corrected: bool = False) -> str:
    """A decision as the barrier's history keeps it (JSON, so the history can show it in any
    language); `corrected`: it replaces what was recorded of that meeting before."""
    entry = {"date": held_on.isoformat(), "body": body, "outcome": outcome.value, "wording": wording}
    if corrected:
        entry["corrected"] = True
    return json.dumps(entry, ensure_ascii=False, sort_keys=True)


def read_decision_entry(text: str | None) -> dict | None:
    """The decision of a history entry, or None when the text is not one (a damaged import)."""
    try:
        entry = json.loads(text or "")
        Outcome(entry["outcome"])
        date.fromisoformat(entry["date"])
        found = {key: str(entry.get(key, "")) for key in ("date", "body", "outcome", "wording")}
        return found | {"corrected": entry.get("corrected") is True}
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
