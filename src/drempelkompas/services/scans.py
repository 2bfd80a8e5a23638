"""Use cases for the drempelscan: record a respondent's answers, the profile per round, and the
cards the scan proposes for the barriers that score high."""

import json
from dataclasses import dataclass
from datetime import date

from peewee import JOIN

from drempelkompas.domain import scan
from drempelkompas.domain.catalog import TYPICAL_BARRIERS_BY_KEY
from drempelkompas.domain.enums import Level
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.scan import Answers, Profile
from drempelkompas.services import validation as v
from drempelkompas.services.collaborations import get_record
from drempelkompas.services.partners import partner_record
from drempelkompas.storage.models import Barrier, Partner, ScanResponse, database, utc_now


@dataclass(frozen=True)
class ResponseView:
    id: int
    held_on: date
    respondent: str
    partner: str  # the partner's name, "" if none
    level: Level | None
    scores: dict[str, int]

    @property
    def answers(self) -> Answers:
        return Answers(self.held_on, self.respondent, self.scores)


def answers_json(scores: dict[str, int]) -> str:
    return json.dumps(dict(sorted(scores.items())), separators=(",", ":"))


def clean_scores(scores: dict) -> dict[str, int]:
    if not isinstance(scores, dict) or not scores:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A scan needs at least one answer."))
    for key, score in scores.items():
        if key not in scan.STATEMENTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{value} is not a statement of the drempelscan."), value=key
            )
        if isinstance(score, bool) or not isinstance(score, int) or score not in scan.SCORES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A score is a whole number from 0 to 4, not {value}."),
                value=score,
            )
    return dict(scores)


def add_response(
    collaboration_id: int,
    respondent: str,
    scores: dict[str, int],
    held_on: date | None = None,
    partner_uuid: str | None = None,
    level: Level | str | None = None,
) -> int:
    """Records one respondent's answers on `held_on` (default today); returns its id."""
    respondent = v.clean_line(respondent, v.RESPONDENT)
    scores = clean_scores(scores)
    held_on = v.clean_due_date(held_on) or date.today()
    level = None if level is None else v.enum_value(Level, level, v.LEVEL)
    with database.atomic():
        get_record(collaboration_id)
        partner = partner_record(collaboration_id, partner_uuid) if partner_uuid else None
        return ScanResponse.create(
            collaboration=collaboration_id,
            held_on=held_on,
            respondent=respondent,
            partner=partner,
            level=level,
            answers=answers_json(scores),
        ).id


def delete_response(response_id: int) -> None:
    with database.atomic():
        record = _get(response_id)
        record.deleted_at = utc_now()
        record.save()


def restore_response(response_id: int) -> None:
    with database.atomic():
        updated = ScanResponse.update(deleted_at=None).where(ScanResponse.id == response_id).execute()
        if not updated:
            raise _gone()


def responses(collaboration_id: int) -> list[ResponseView]:
    """The scan's answers, oldest round first."""
    query = (
        ScanResponse.select(
            ScanResponse.id,
            ScanResponse.held_on,
            ScanResponse.respondent,
            Partner.name,
            ScanResponse.level,
            ScanResponse.answers,
        )
        .join(Partner, JOIN.LEFT_OUTER, on=ScanResponse.partner == Partner.id)
        .where(ScanResponse.collaboration == collaboration_id, ScanResponse.deleted_at.is_null())
        .order_by(ScanResponse.held_on, ScanResponse.id)
        .tuples()  # hundreds of answers read fast
    )
    return [
        ResponseView(
            record_id,
            held_on,
            respondent,
            partner or "",
            Level(level) if level else None,
            json.loads(answers),
        )
        for record_id, held_on, respondent, partner, level, answers in query
    ]


def profiles(collaboration_id: int) -> list[Profile]:
    """One profile per round (day) of the scan, oldest first."""
    return scan.profiles(r.answers for r in responses(collaboration_id))


def latest_profile(collaboration_id: int) -> Profile | None:
    found = profiles(collaboration_id)
    return found[-1] if found else None


def proposed_cards(collaboration_id: int, latest: Profile | None = None) -> list[str]:
    """The statements of the latest round that score high and have no card on the board yet;
    `latest` saves reading that round again."""
    latest = latest or latest_profile(collaboration_id)
    if latest is None:
        return []
    on_board = {
        key
        for (key,) in Barrier.select(Barrier.catalog_key)
        .where(Barrier.collaboration == collaboration_id, Barrier.deleted_at.is_null())
        .tuples()
    }
    return [key for key in latest.high() if key not in on_board and key in TYPICAL_BARRIERS_BY_KEY]


def _get(response_id: int) -> ScanResponse:
    record = ScanResponse.get_or_none(ScanResponse.id == response_id, ScanResponse.deleted_at.is_null())
    if record is None:
        raise _gone()
    return record


def _gone() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Errors", "These answers no longer exist."))
