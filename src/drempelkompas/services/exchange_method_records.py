"""The method's records in an exchange file: commitments, contributions, scan answers and phase
gates, their JSON form, their fields for the database, and the checks on a file's records.

They travel inside their collaboration's record, each list under its own key; a commitment and a
contribution name their partner by UUID, which must be one of the collaboration's partners.
"""

import json
from datetime import date, datetime

from drempelkompas.domain.enums import (
    CommitmentState,
    ContributionKind,
    ContributionState,
    GateDecision,
    Level,
    Phase,
)
from drempelkompas.domain.gates import CRITERION_TEXTS, next_phase
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.scan import SCORES, STATEMENTS
from drempelkompas.services import validation as v
from drempelkompas.storage.models import (
    Collaboration,
    Commitment,
    Contribution,
    Partner,
    PhaseGate,
    ScanResponse,
    commitment_uuid,
)

KEYS = ("commitments", "contributions", "scan_responses", "phase_gates")
_T = (str, type(None))  # an optional text


def method_json(collaboration: Collaboration) -> dict[str, list]:
    """The collaboration's method records as an exchange file holds them, by key."""
    partner_uuids = {p.id: str(p.uuid) for p in collaboration.partners}
    in_partners = Partner.collaboration == collaboration
    return {
        "commitments": [
            commitment_json(c, partner_uuids)
            for c in Commitment.select().join(Partner).where(in_partners).order_by(Commitment.id)
        ],
        "contributions": [
            contribution_json(c, partner_uuids)
            for c in Contribution.select().join(Partner).where(in_partners).order_by(Contribution.id)
        ],
        "scan_responses": [
            scan_response_json(r, partner_uuids)
            for r in ScanResponse.select()
            .where(ScanResponse.collaboration == collaboration)
            .order_by(ScanResponse.id)
        ],
        "phase_gates": [
            phase_gate_json(g)
            for g in PhaseGate.select().where(PhaseGate.collaboration == collaboration).order_by(PhaseGate.id)
        ],
    }


def commitment_json(c: Commitment, partner_uuids: dict[int, str]) -> dict:
    return {
        "uuid": str(c.uuid),
        "partner": partner_uuids[c.partner_id],
        "level": c.level,
        "person": c.person,
        "state": c.state,
        "asked_on": _day(c.asked_on),
        "committed_on": _day(c.committed_on),
        "withdrawn_on": _day(c.withdrawn_on),
        "note": c.note,
        "updated_at": _moment(c.updated_at),
    }


def contribution_json(c: Contribution, partner_uuids: dict[int, str]) -> dict:
    return {
        "uuid": str(c.uuid),
        "partner": partner_uuids[c.partner_id],
        "kind": c.kind,
        "description": c.description,
        "state": c.state,
        "starts_on": _day(c.starts_on),
        "ends_on": _day(c.ends_on),
        "value": c.value,
        "created_at": _moment(c.created_at),
        "updated_at": _moment(c.updated_at),
        "deleted_at": _moment(c.deleted_at),
    }


def scan_response_json(r: ScanResponse, partner_uuids: dict[int, str]) -> dict:
    return {
        "uuid": str(r.uuid),
        "held_on": _day(r.held_on),
        "respondent": r.respondent,
        "partner": partner_uuids.get(r.partner_id),
        "level": r.level,
        "answers": json.loads(r.answers),
        "created_at": _moment(r.created_at),
        "deleted_at": _moment(r.deleted_at),
    }


def phase_gate_json(g: PhaseGate) -> dict:
    return {
        "uuid": str(g.uuid),
        "from_phase": g.from_phase,
        "to_phase": g.to_phase,
        "decision": g.decision,
        "decided_on": _day(g.decided_on),
        "decided_by": g.decided_by,
        "note": g.note,
        "criteria": json.loads(g.criteria),
        "meeting_on": _day(g.meeting_on),
        "created_at": _moment(g.created_at),
        "deleted_at": _moment(g.deleted_at),
        "recorded_by": g.recorded_by,
    }


# -- from checked JSON to the database -----------------------------------------------------------


def commitment_fields(record: dict) -> dict:
    return {
        "level": record["level"],
        "person": record["person"],
        "state": record["state"],
        "asked_on": _to_day(record["asked_on"]),
        "committed_on": _to_day(record["committed_on"]),
        "withdrawn_on": _to_day(record["withdrawn_on"]),
        "note": record["note"],
        "updated_at": datetime.fromisoformat(record["updated_at"]),
    }


def contribution_fields(record: dict) -> dict:
    return {
        "kind": record["kind"],
        "description": record["description"],
        "state": record["state"],
        "starts_on": _to_day(record["starts_on"]),
        "ends_on": _to_day(record["ends_on"]),
        "value": record["value"],
        "created_at": datetime.fromisoformat(record["created_at"]),
        "updated_at": datetime.fromisoformat(record["updated_at"]),
        "deleted_at": _to_moment(record["deleted_at"]),
    }


def scan_response_fields(record: dict) -> dict:
    return {
        "held_on": _to_day(record["held_on"]),
        "respondent": record["respondent"],
        "level": record["level"],
        "answers": json.dumps(dict(sorted(record["answers"].items())), separators=(",", ":")),
        "created_at": datetime.fromisoformat(record["created_at"]),
        "deleted_at": _to_moment(record["deleted_at"]),
    }


def phase_gate_fields(record: dict) -> dict:
    return {
        "from_phase": record["from_phase"],
        "to_phase": record["to_phase"],
        "decision": record["decision"],
        "decided_on": _to_day(record["decided_on"]),
        "decided_by": record["decided_by"],
        "note": record["note"],
        "criteria": json.dumps(record["criteria"]),
        "meeting_on": _to_day(record["meeting_on"]),
        "created_at": datetime.fromisoformat(record["created_at"]),
        "deleted_at": _to_moment(record["deleted_at"]),
        "recorded_by": record["recorded_by"],
    }


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _to_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _to_moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# -- checking a file's records ------------------------------------------------------------------


def check(checker, record: dict, where: str, day_pattern) -> None:
    """Checks the method records of the collaboration `record` with exchange_records' checker."""
    partners = {p["uuid"] for p in record["partners"] if isinstance(p, dict)}
    shapes = {
        "commitments": _check_commitment,
        "contributions": _check_contribution,
        "scan_responses": _check_scan_response,
        "phase_gates": _check_phase_gate,
    }
    for key, check_one in shapes.items():
        for index, item in enumerate(record[key]):
            check_one(checker, item, f"{where}/{key}/{index}", partners, day_pattern)


def _partner(checker, record: dict, where: str, partners: set[str], optional: bool = False) -> None:
    if optional and record["partner"] is None:
        return
    if record["partner"] not in partners:
        checker.fail(
            f"{where}/partner",
            QT_TRANSLATE_NOOP("Errors", "refers to a partner that is not in the collaboration."),
        )


def _check_commitment(checker, item, where: str, partners: set[str], day) -> None:
    shape = {"uuid": str, "partner": str, "level": str, "person": str, "state": str, "asked_on": _T,
             "committed_on": _T, "withdrawn_on": _T, "note": str, "updated_at": str}  # fmt: skip
    record = checker.object(item, where, shape)
    checker.identity(record, where)
    _partner(checker, record, where, partners)
    checker.member(record, "level", where, Level)
    checker.member(record, "state", where, CommitmentState)
    if record["uuid"] != str(commitment_uuid(record["partner"], record["level"])):
        checker.fail(
            f"{where}/uuid", QT_TRANSLATE_NOOP("Errors", "is not the identifier of this partner's level.")
        )
    checker.text(record, "person", where, v.clean_optional_line, v.PERSON)
    checker.text(record, "note", where, v.clean_text, v.NOTE)
    for key in ("asked_on", "committed_on", "withdrawn_on"):
        checker.moment(record, key, where, day, optional=True)
    checker.moment(record, "updated_at", where)


def _check_contribution(checker, item, where: str, partners: set[str], day) -> None:
    shape = {"uuid": str, "partner": str, "kind": str, "description": str, "state": str, "starts_on": _T,
             "ends_on": _T, "value": (int, type(None)), "created_at": str, "updated_at": str,
             "deleted_at": _T}  # fmt: skip
    record = checker.object(item, where, shape)
    checker.identity(record, where)
    _partner(checker, record, where, partners)
    checker.member(record, "kind", where, ContributionKind)
    checker.member(record, "state", where, ContributionState)
    checker.text(record, "description", where, v.clean_text, v.DESCRIPTION)
    for key in ("starts_on", "ends_on"):
        checker.moment(record, key, where, day, optional=True)
    if record["starts_on"] and record["ends_on"] and record["ends_on"] < record["starts_on"]:
        checker.fail(f"{where}/ends_on", QT_TRANSLATE_NOOP("Errors", "A period cannot end before it starts."))
    if record["value"] is not None:
        checker.number(record, "value", where, range(v.MAX_VALUE + 1))
    for key in ("created_at", "updated_at"):
        checker.moment(record, key, where)
    checker.moment(record, "deleted_at", where, optional=True)


def _check_scan_response(checker, item, where: str, partners: set[str], day) -> None:
    shape = {"uuid": str, "held_on": str, "respondent": str, "partner": _T, "level": _T,
             "answers": dict, "created_at": str, "deleted_at": _T}  # fmt: skip
    record = checker.object(item, where, shape)
    checker.identity(record, where)
    checker.moment(record, "held_on", where, day)
    checker.text(record, "respondent", where, v.clean_line, v.RESPONDENT)
    _partner(checker, record, where, partners, optional=True)
    checker.member(record, "level", where, Level, optional=True)
    if not record["answers"]:
        checker.fail(f"{where}/answers", QT_TRANSLATE_NOOP("Errors", "cannot be empty."))
    for key, score in record["answers"].items():
        if key not in STATEMENTS:
            checker.fail(
                f"{where}/answers", QT_TRANSLATE_NOOP("Errors", "{value} is not a known value."), value=key
            )
        if type(score) is not int or score not in SCORES:
            checker.fail(
                f"{where}/answers/{key}", QT_TRANSLATE_NOOP("Errors", "{value} is out of range."), value=score
            )
    checker.moment(record, "created_at", where)
    checker.moment(record, "deleted_at", where, optional=True)


def _check_phase_gate(checker, item, where: str, partners: set[str], day) -> None:
    shape = {"uuid": str, "from_phase": str, "to_phase": str, "decision": str, "decided_on": str,
             "decided_by": str, "note": str, "criteria": list, "meeting_on": _T, "created_at": str,
             "deleted_at": _T, "recorded_by": str}  # fmt: skip
    record = checker.object(item, where, shape)
    checker.identity(record, where)
    checker.member(record, "from_phase", where, Phase)
    checker.member(record, "to_phase", where, Phase)
    if next_phase(Phase(record["from_phase"])) != record["to_phase"]:
        checker.fail(
            f"{where}/to_phase", QT_TRANSLATE_NOOP("Errors", "is not the phase after the one it leaves.")
        )
    checker.member(record, "decision", where, GateDecision)
    checker.moment(record, "decided_on", where, day)
    checker.text(record, "decided_by", where, v.clean_line, v.DECIDED_BY)
    checker.text(record, "recorded_by", where, v.clean_optional_line, v.ACTOR)
    checker.text(record, "note", where, v.clean_text, v.NOTE)
    for index, criterion in enumerate(record["criteria"]):
        sound = (
            isinstance(criterion, list)
            and len(criterion) == 2
            and isinstance(criterion[0], str)
            and criterion[0] in CRITERION_TEXTS
            and type(criterion[1]) is bool
        )
        if not sound:
            checker.fail(f"{where}/criteria/{index}", QT_TRANSLATE_NOOP("Errors", "expected a record."))
    checker.moment(record, "meeting_on", where, day, optional=True)
    checker.moment(record, "created_at", where)
    checker.moment(record, "deleted_at", where, optional=True)
