"""Use cases for action plans: the live draft, signing it off as a numbered version, the versions.

A signed-off version is its snapshot, stored once and never changed; later edits to the board
only mark it "to be signed off again" (its content no longer matches the current draft).
"""

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from drempelkompas.domain import plan
from drempelkompas.domain.enums import Level, Status
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.plan import Withdrawal
from drempelkompas.services import validation as v
from drempelkompas.services.barrier_views import board
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.lessons import list_lessons
from drempelkompas.services.method_snapshot import method_snapshot
from drempelkompas.services.timelines import timeline
from drempelkompas.storage.models import PlanExport, PlanVersion, current_actor, database

DRAFT, SIGNED_OFF = "draft", "signed_off"
# The state of a collaboration's plan, as the meeting pack and the portfolio report it.
PLAN_NONE, PLAN_CURRENT, PLAN_OUT_OF_DATE, PLAN_WITHDRAWN = "none", "current", "out_of_date", "withdrawn"
ORIGIN_HERE, ORIGIN_EXCHANGE = "here", "exchange"


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str
    level: Level
    date: date
    decision: str = "approved"


@dataclass(frozen=True)
class VersionSummary:
    number: int
    fingerprint: str
    signed_off_at: datetime
    signatories: tuple[str, ...]
    out_of_date: bool  # the board changed since: to be signed off again
    received: bool = False  # signed off elsewhere; this database holds a copy from an exchange file
    withdrawal: Withdrawal | None = None
    superseded_by: tuple[int, datetime] | None = None  # the later version (number, signed off) in force
    signed_off_by: str = ""  # who recorded the sign-off in the app ("" before schema version 8)


@dataclass(frozen=True)
class ExportedVersion:
    """A signed-off version as `verify` needs it: the snapshot, its state, and how a file was exported."""

    collaboration_id: int
    snapshot: dict
    summary: VersionSummary
    language: str | None = None  # the language of a recorded export


def draft(collaboration_id: int, signatories: list[Signatory] | None = None) -> dict:
    """The plan as the board stands now, not signed off."""
    return _snapshot(collaboration_id, signatories or [], _next_number(collaboration_id), DRAFT, _now())


def draft_outline(collaboration_id: int, signatories: list[Signatory] | None = None) -> dict:
    """The draft without its progress over time (the replay of the history): what the plan dialog
    shows again at every keystroke in its signatories."""
    number = _next_number(collaboration_id)
    return _snapshot(collaboration_id, signatories or [], number, DRAFT, _now(), with_progress=False)


def sign_off(collaboration_id: int, signatories: list[Signatory]) -> VersionSummary:
    """Freezes the current plan as the next numbered version, signed off by `signatories`.

    Refused when the plan is the same as the latest version's: a second identical version
    would only make two versions look current.
    """
    cleaned = [_clean_signatory(s) for s in signatories]
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A plan needs at least one signatory to be signed off.")
        )
    with database.atomic():
        number = _next_number(collaboration_id)
        now = _now()
        snapshot = _snapshot(collaboration_id, cleaned, number, SIGNED_OFF, now)
        latest = (
            PlanVersion.select()
            .where(PlanVersion.collaboration == collaboration_id, PlanVersion.withdrawn_at.is_null())
            .order_by(PlanVersion.number.desc())
            .first()
        )
        if latest is not None and latest.content_fingerprint == plan.content_fingerprint(snapshot):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Nothing changed since version {number}: that version is still current."
                ),
                number=latest.number,
            )
        PlanVersion.create(
            collaboration=collaboration_id,
            number=number,
            snapshot=plan.canonical_json(snapshot),
            fingerprint=plan.fingerprint(snapshot),
            content_fingerprint=plan.content_fingerprint(snapshot),
            signed_off_at=now,
        )
    return VersionSummary(
        number=number,
        fingerprint=plan.fingerprint(snapshot),
        signed_off_at=now,
        signatories=tuple(s.name for s in cleaned),
        out_of_date=False,
        signed_off_by=current_actor(),
    )


def versions(collaboration_id: int, current_draft: dict | None = None) -> list[VersionSummary]:
    """The signed-off versions, oldest first; `current_draft` saves building the draft again."""
    current = plan.content_fingerprint(current_draft or draft_outline(collaboration_id))
    return _summaries(collaboration_id, current)


def plan_state(collaboration_id: int, current_draft: dict | None = None) -> dict:
    """Whether the plan has a version in force, and whether the board changed since it (plain data)."""
    every = versions(collaboration_id, current_draft)
    if not every:
        return {"state": PLAN_NONE, "version": None, "signed_off_on": None, "signatories": []}
    in_force = [version for version in every if version.withdrawal is None]
    latest = in_force[-1] if in_force else every[-1]
    if not in_force:
        state = PLAN_WITHDRAWN
    elif latest.out_of_date:
        state = PLAN_OUT_OF_DATE
    else:
        state = PLAN_CURRENT
    return {
        "state": state,
        "version": latest.number,
        "signed_off_on": latest.signed_off_at.date().isoformat(),
        "signatories": list(latest.signatories),
    }


def _summaries(collaboration_id: int, current_content: str | None) -> list[VersionSummary]:
    """Every version with its state; `out_of_date` compares with `current_content` when given."""
    rows = list(
        PlanVersion.select().where(PlanVersion.collaboration == collaboration_id).order_by(PlanVersion.number)
    )
    in_force = [row for row in rows if row.withdrawn_at is None]
    summaries = []
    for row in rows:
        later = next((other for other in in_force if other.number > row.number), None)
        summaries.append(
            VersionSummary(
                number=row.number,
                fingerprint=row.fingerprint,
                signed_off_at=row.signed_off_at,
                signatories=tuple(s["name"] for s in json.loads(row.snapshot)["signatories"]),
                out_of_date=current_content is not None and row.content_fingerprint != current_content,
                received=row.origin == ORIGIN_EXCHANGE,
                withdrawal=_withdrawal(row),
                superseded_by=None if later is None else (later.number, later.signed_off_at),
                signed_off_by=row.signed_off_by,
            )
        )
    return summaries


def withdraw(collaboration_id: int, number: int, reason: str, by: str | None = None) -> VersionSummary:
    """Withdraws a signed-off version: it stays listed and verifiable, marked withdrawn for `reason`
    by `by` (default: who makes the change, see `models.current_actor`)."""
    reason = v.clean_text(reason, v.REASON)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason the version is withdrawn."))
    by = v.clean_line(by or current_actor(), v.NAME)
    with database.atomic():
        row = _version_row(collaboration_id, number)
        if row.withdrawn_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Version {number} was already withdrawn."), number=number
            )
        row.withdrawn_at, row.withdrawn_by, row.withdrawal_reason = _now(), by, reason
        row.save()
    return next(s for s in _summaries(collaboration_id, None) if s.number == number)


def withdrawal_of(collaboration_id: int, number: int) -> Withdrawal | None:
    return _withdrawal(_version_row(collaboration_id, number))


def _withdrawal(row: PlanVersion) -> Withdrawal | None:
    if row.withdrawn_at is None:
        return None
    return Withdrawal(row.withdrawn_at, row.withdrawn_by, row.withdrawal_reason)


def record_export(collaboration_id: int, number: int, sha256: str, language: str, app_version: str) -> None:
    """Notes that a PDF with this SHA-256 was exported of the version, so it verifies by its bytes."""
    row = _version_row(collaboration_id, number)
    if not PlanExport.select().where(PlanExport.plan_version == row, PlanExport.sha256 == sha256).exists():
        PlanExport.create(plan_version=row, sha256=sha256, language=language, app_version=app_version)


def find_export(sha256: str) -> ExportedVersion | None:
    """The version a recorded export with this SHA-256 was made of."""
    export = PlanExport.select().where(PlanExport.sha256 == sha256).first()
    if export is None:
        return None
    found = _exported(export.plan_version)
    return ExportedVersion(found.collaboration_id, found.snapshot, found.summary, export.language)


def recorded_by(collaboration_id: int, number: int) -> str:
    """Who recorded the version's sign-off in the app ("" when not known)."""
    return _version_row(collaboration_id, number).signed_off_by


def version_snapshot(collaboration_id: int, number: int) -> dict:
    return json.loads(_version_row(collaboration_id, number).snapshot)


def find_by_fingerprint(fingerprint: str) -> ExportedVersion | None:
    """The signed-off version whose snapshot has this fingerprint, in any collaboration."""
    row = PlanVersion.get_or_none(PlanVersion.fingerprint == fingerprint)
    return _exported(row) if row else None


def _exported(row: PlanVersion) -> ExportedVersion:
    summary = next(s for s in _summaries(row.collaboration_id, None) if s.number == row.number)
    return ExportedVersion(row.collaboration_id, json.loads(row.snapshot), summary)


def _version_row(collaboration_id: int, number: int) -> PlanVersion:
    row = PlanVersion.get_or_none(PlanVersion.collaboration == collaboration_id, PlanVersion.number == number)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no signed-off version {number}."), number=number
        )
    return row


def _snapshot(
    collaboration_id: int,
    signatories: list[Signatory],
    number: int,
    status: str,
    now: datetime,
    with_progress: bool = True,
) -> dict:
    collaboration = get_collaboration(collaboration_id)
    lessons = {lesson.id: lesson for lesson in list_lessons()}
    cards = [card for column in board(collaboration_id).values() for card in column]
    planned = [_barrier(card, lessons) for card in cards if card.status is not Status.OVERCOME]
    summary = plan.summarise((card.precondition, card.status) for card in cards)
    signers = [
        {
            "name": s.name,
            "role": s.role,
            "level": s.level.value,
            "date": s.date.isoformat(),
            "decision": s.decision,
        }
        for s in signatories
    ]
    snapshot = {
        "format": plan.SNAPSHOT_FORMAT,
        "format_version": plan.SNAPSHOT_FORMAT_VERSION,
        "status": status,
        "version": number,
        "created_at": now.isoformat() + "Z",
        "collaboration": {
            "uuid": collaboration.uuid,
            "name": collaboration.name,
            "ambition": collaboration.ambition,
            "phase": collaboration.phase.value,
            "partners": [
                {"name": p.name, "sector": p.sector.value, "role": p.role.value}
                for p in collaboration.partners
            ],
        },
        "summary": summary,
        "barriers": planned,
        "signatories": signers,
        "gaps": plan.find_gaps(planned, signers, now.isoformat()),
    }
    if with_progress:
        snapshot["timeline"] = timeline(collaboration_id, now.date()).as_dict()
        snapshot["since_previous"] = _since_previous(collaboration_id, number, planned, summary, cards)
    # Part of the content even in an outline: the plan is out of date when the method's tools change.
    snapshot["method"] = method_snapshot(collaboration_id, now.date())
    return snapshot


def _since_previous(
    collaboration_id: int, number: int, planned: list[dict], summary: dict, cards
) -> dict | None:
    """What changed since the latest version in force before `number`; None when there is none."""
    previous = (
        PlanVersion.select()
        .where(
            PlanVersion.collaboration == collaboration_id,
            PlanVersion.number < number,
            PlanVersion.withdrawn_at.is_null(),
        )
        .order_by(PlanVersion.number.desc())
        .first()
    )
    if previous is None:
        return None
    overcome = {card.uuid for card in cards if card.status is Status.OVERCOME}
    return plan.since_previous(json.loads(previous.snapshot), planned, summary, overcome)


def _barrier(card, lessons) -> dict:
    lesson = lessons.get(card.effective_lesson_id)
    return {
        "uuid": card.uuid,
        "precondition": card.precondition.value,
        "title": card.title,
        "description": card.description,
        "status": card.status.value,
        "impact": card.impact,
        "level": card.level.value if card.level else None,
        "owner": card.owner,
        "due_date": card.due_date.isoformat() if card.due_date else None,
        "next_action": card.next_action,
        "lesson": None
        if lesson is None
        else {
            "uuid": lesson.uuid,
            "key": lesson.catalog_key,  # built-in: title and key points come from the catalog
            "title": lesson.title,
            "summary": lesson.summary,
            "key_points": list(lesson.key_points),
            "suggested": card.lesson_id is None,
        },
    }


def _clean_signatory(signatory: Signatory) -> Signatory:
    if not isinstance(signatory.date, date):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a date."), value=signatory.date)
    return Signatory(
        name=v.clean_line(signatory.name, v.NAME),
        role=v.clean_optional_line(signatory.role, v.ROLE),
        level=v.enum_value(Level, signatory.level, v.LEVEL),
        date=signatory.date,
        decision="approved",
    )


def _next_number(collaboration_id: int) -> int:
    last = (
        PlanVersion.select(PlanVersion.number)
        .where(PlanVersion.collaboration == collaboration_id)
        .order_by(PlanVersion.number.desc())
        .first()
    )
    return (last.number if last else 0) + 1


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)
