"""The snapshots a meeting's documents are rendered from: the meeting pack and the decision list.

A snapshot is plain data in the format of `domain.meeting`, gathered in one read: the same
database gives the same snapshot, and so the same PDF.
"""

from datetime import date

from drempelkompas.domain import meeting as m
from drempelkompas.domain import plan
from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.errors import NotFoundError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.timeline import replay
from drempelkompas.services import decisions, meetings, plans
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.decisions import DecisionView
from drempelkompas.services.meetings import MeetingView, moment_after
from drempelkompas.services.method_snapshot import method_snapshot
from drempelkompas.services.timelines import histories
from drempelkompas.storage.models import database


def meeting_pack(collaboration_id: int, held_on: date) -> dict:
    """What the body gets before the meeting on `held_on`."""
    return _snapshot(collaboration_id, held_on, m.PACK)


def decision_list(collaboration_id: int, held_on: date) -> dict:
    """What the meeting on `held_on` decided (its besluitenlijst)."""
    return _snapshot(collaboration_id, held_on, m.DECISION_LIST)


def _snapshot(collaboration_id: int, held_on: date, kind: str) -> dict:
    with database.atomic():  # one consistent read
        meeting = meetings.find_meeting(collaboration_id, held_on)
        if meeting is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no meeting on {date} for this collaboration."),
                date=held_on.isoformat(),
            )
        if kind == m.DECISION_LIST and not meeting.recorded:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "The meeting of {date} has not been recorded yet."),
                date=held_on.isoformat(),
            )
        collaboration = get_collaboration(collaboration_id)
        previous = meetings.previous_meeting(collaboration_id, held_on)
        draft = plans.draft(collaboration_id)
        on = held_on.isoformat()
        open_barriers = draft["barriers"]
        snapshot = {
            "format": m.SNAPSHOT_FORMAT,
            "format_version": m.SNAPSHOT_FORMAT_VERSION,
            "kind": kind,
            "created_at": on + "T00:00:00Z",
            "collaboration": {
                "name": collaboration.name,
                "ambition": collaboration.ambition,
                "phase": collaboration.phase.value,
            },
            "meeting": _meeting(meeting),
            "previous_meeting": previous.held_on.isoformat() if previous else None,
            "decisions": [_decision(point) for point in decisions.agenda(meeting)],
        }
        if kind == m.DECISION_LIST:
            return snapshot
        history = histories(collaboration_id)
        after = moment_after(previous.held_on) if previous else None
        snapshot |= {
            "changes": m.changes_since(
                [(about, barrier.events) for about, barrier in history], after, moment_after(held_on)
            ),
            "overdue": [_brief(b) for b in _by_due(open_barriers) if b["due_date"] and b["due_date"] < on],
            "undated": [_brief(b) for b in open_barriers if not b["due_date"]],
            "gaps": [
                gap
                for gap in plan.find_gaps(open_barriers, [], on)
                if gap["kind"] != plan.GAP_NO_ADMINISTRATIVE_SIGNATORY  # about a plan's sign-off
            ],
            "commitment": m.commitment_per_level(open_barriers),
            "actions": [_action(b) for b in _by_due(open_barriers)],
            "timeline": replay([barrier for _, barrier in history], held_on).as_dict(),
            "summary": draft["summary"],
            "plan": plans.plan_state(collaboration_id, draft),
            "method": method_snapshot(collaboration_id, held_on),
        }
        return snapshot


def _meeting(meeting: MeetingView) -> dict:
    return {
        "date": meeting.held_on.isoformat(),
        "body": meeting.body,
        "chair": meeting.chair,
        "case_number": meeting.case_number,
        "portfolio_holder": meeting.portfolio_holder,
        "recorded": meeting.recorded,
    }


def _decision(point: DecisionView) -> dict:
    return {
        "number": point.number,
        "proposal": point.proposal,
        "barrier": point.barrier_title or None,
        "precondition": point.precondition,
        "outcome": point.outcome.value if point.outcome else None,
        "wording": point.wording,
        "action": point.action,
        "action_owner": point.action_owner,
        "action_due": point.action_due.isoformat() if point.action_due else None,
        "recorded_by": point.recorded_by,
    }


def _by_due(barriers: list[dict]) -> list[dict]:
    """By due date (undated last), then by precondition, as an action list reads."""
    order = {p.value: n for n, p in enumerate(Precondition)}
    return sorted(
        barriers,
        key=lambda b: (b["due_date"] is None, b["due_date"] or "", order[b["precondition"]], b["title"]),
    )


def _brief(barrier: dict) -> dict:
    return {
        "title": barrier["title"],
        "precondition": barrier["precondition"],
        "owner": barrier["owner"],
        "due_date": barrier["due_date"],
    }


def _action(barrier: dict) -> dict:
    return _brief(barrier) | {"next_action": barrier["next_action"], "level": barrier["level"]}
