"""Use cases for the meetings of a governing body: plan one, change its details, find the ones
held before; the decisions proposed to them are in `decisions`."""

from dataclasses import dataclass
from datetime import date, datetime

from drempelkompas.domain.errors import EditConflictError, NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import validation as v
from drempelkompas.services.collaborations import locked_record
from drempelkompas.services.concurrent_edits import edited_fields, locked, outdated_fields
from drempelkompas.storage.models import Meeting, database


@dataclass(frozen=True)
class MeetingView:
    id: int
    collaboration_id: int
    held_on: date
    body: str
    chair: str
    case_number: str
    portfolio_holder: str
    recorded: bool


def plan_meeting(
    collaboration_id: int,
    held_on: date,
    body: str,
    chair: str = "",
    case_number: str = "",
    portfolio_holder: str = "",
) -> int:
    """The meeting on `held_on`, made or brought up to date with these details; returns its id."""
    with database.atomic():
        found = find_meeting(collaboration_id, held_on)
        if found is None:
            return create_meeting(collaboration_id, held_on, body, chair, case_number, portfolio_holder)
        update_meeting(found.id, held_on, body, chair, case_number, portfolio_holder)
        return found.id


def create_meeting(
    collaboration_id: int,
    held_on: date,
    body: str,
    chair: str = "",
    case_number: str = "",
    portfolio_holder: str = "",
) -> int:
    """A new meeting on `held_on`; refused when the collaboration has one on that day already."""
    fields = _details(held_on, body, chair, case_number, portfolio_holder)
    with database.atomic():
        locked_record(collaboration_id)  # two people planning the same day: the second is told
        _ensure_free(collaboration_id, held_on)
        return Meeting.create(collaboration=collaboration_id, held_on=held_on, **fields).id


def update_meeting(
    meeting_id: int,
    held_on: date,
    body: str,
    chair: str = "",
    case_number: str = "",
    portfolio_holder: str = "",
    started_from: MeetingView | None = None,
) -> None:
    """Changes a meeting's details; a meeting not yet recorded may move to another free day.

    `started_from` is the meeting as the editor showed it: when someone else has since changed a
    detail this edit changes, to something else, nothing is saved (EditConflictError).
    """
    fields = _details(held_on, body, chair, case_number, portfolio_holder)
    with database.atomic():
        meeting = locked_meeting(meeting_id)
        if started_from is not None:
            edited = edited_fields(started_from, fields | {"held_on": held_on})
            if outdated_fields(meeting, vars(started_from), edited):
                raise EditConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Someone else changed this meeting's details while you were editing them: "
                        "nothing was saved.",
                    )
                )
        if held_on != meeting.held_on:
            if meeting.recorded_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A recorded meeting keeps its date: it took place on it.")
                )
            _ensure_free(meeting.collaboration_id, held_on)
        Meeting.update(held_on=held_on, **fields).where(Meeting.id == meeting_id).execute()


def locked_meeting(meeting_id: int) -> Meeting:
    """The meeting for a change, locked (`concurrent_edits.locked`)."""
    meeting = locked(Meeting.select().where(Meeting.id == meeting_id))
    if meeting is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This meeting no longer exists."))
    return meeting


def _details(held_on: date, body: str, chair: str, case_number: str, portfolio_holder: str) -> dict:
    if not isinstance(held_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a date."), value=held_on)
    return {
        "body": v.clean_line(body, v.BODY),
        "chair": v.clean_optional_line(chair, v.CHAIR),
        "case_number": v.clean_optional_line(case_number, v.CASE_NUMBER),
        "portfolio_holder": v.clean_optional_line(portfolio_holder, v.PORTFOLIO_HOLDER),
    }


def _ensure_free(collaboration_id: int, held_on: date) -> None:
    if Meeting.select().where(Meeting.collaboration == collaboration_id, Meeting.held_on == held_on).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is a meeting on {date} already; choose it in the list."),
            date=held_on.isoformat(),
        )


def ensure_meeting(collaboration_id: int, held_on: date, default_body: str, **details: str | None) -> int:
    """The meeting on `held_on`: made if there is none (of `default_body` unless a body is given),
    its details updated with those given (None: leave as it is)."""
    with database.atomic():
        found = find_meeting(collaboration_id, held_on)
        given = {key: value for key, value in details.items() if value is not None}
        if found is not None and not given:
            return found.id
        current = {
            "body": found.body if found else default_body,
            "chair": found.chair if found else "",
            "case_number": found.case_number if found else "",
            "portfolio_holder": found.portfolio_holder if found else "",
        }
        merged = current | given
        merged["body"] = merged["body"] or default_body
        return plan_meeting(collaboration_id, held_on, **merged)


def meetings(collaboration_id: int) -> list[MeetingView]:
    """The collaboration's meetings, earliest first."""
    rows = Meeting.select().where(Meeting.collaboration == collaboration_id).order_by(Meeting.held_on)
    return [_meeting_view(row) for row in rows]


def get_meeting(meeting_id: int) -> MeetingView:
    row = Meeting.get_or_none(Meeting.id == meeting_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This meeting no longer exists."))
    return _meeting_view(row)


def find_meeting(collaboration_id: int, held_on: date) -> MeetingView | None:
    row = Meeting.get_or_none(Meeting.collaboration == collaboration_id, Meeting.held_on == held_on)
    return _meeting_view(row) if row else None


def previous_meeting(collaboration_id: int, held_on: date) -> MeetingView | None:
    """The last meeting that took place (was recorded) before `held_on`."""
    row = (
        Meeting.select()
        .where(
            Meeting.collaboration == collaboration_id,
            Meeting.held_on < held_on,
            Meeting.recorded_at.is_null(False),
        )
        .order_by(Meeting.held_on.desc())
        .first()
    )
    return _meeting_view(row) if row else None


def _meeting_view(row: Meeting) -> MeetingView:
    return MeetingView(
        id=row.id,
        collaboration_id=row.collaboration_id,
        held_on=row.held_on,
        body=row.body,
        chair=row.chair,
        case_number=row.case_number,
        portfolio_holder=row.portfolio_holder,
        recorded=row.recorded_at is not None,
    )


def moment_after(day: date) -> datetime:
    """The end of a meeting's day, as the history counts time (UTC, naive)."""
    return datetime(day.year, day.month, day.day, 23, 59, 59)
