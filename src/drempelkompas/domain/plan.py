"""Action plans as plain data: the frozen snapshot that is signed off, exported and verified.

A snapshot is a JSON-ready dict in a versioned format. Its fingerprint is the SHA-256 of its
canonical JSON, so the same snapshot always gives the same fingerprint, on any laptop.
"""

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from drempelkompas.domain.enums import (
    CommitmentState,
    GateDecision,
    Level,
    Phase,
    Precondition,
    Sector,
    Status,
)
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

SNAPSHOT_FORMAT = "drempelkompas-plan"
# 2: due dates among the gaps (missing, or passed on the snapshot's date).
# 3: progress over time (the timeline) and what changed since the previous signed-off version.
# 4: the method's tools: the commitment matrix, the contributions, the latest drempelscan, the gates.
SNAPSHOT_FORMAT_VERSION = 4

# What a gap is about.
GAP_NO_OWNER = "no_owner"
GAP_NO_NEXT_ACTION = "no_next_action"
GAP_NO_ADMINISTRATIVE_OWNER = "no_administrative_owner"
GAP_NO_ADMINISTRATIVE_SIGNATORY = "no_administrative_signatory"
GAP_NO_DUE_DATE = "no_due_date"
GAP_OVERDUE = "overdue"

# What each kind of gap says, in the PDF and in the plan dialog alike.
GAP_TEXTS = {
    GAP_NO_OWNER: QT_TRANSLATE_NOOP("Report", "“{title}” has no owner."),
    GAP_NO_NEXT_ACTION: QT_TRANSLATE_NOOP("Report", "“{title}” has no next action."),
    GAP_NO_ADMINISTRATIVE_OWNER: QT_TRANSLATE_NOOP(
        "Report", "{precondition} has open barriers but none with an owner at the administrative level."
    ),
    GAP_NO_ADMINISTRATIVE_SIGNATORY: QT_TRANSLATE_NOOP("Report", "No signatory at the administrative level."),
    GAP_NO_DUE_DATE: QT_TRANSLATE_NOOP("Report", "“{title}” has no due date."),
    GAP_OVERDUE: QT_TRANSLATE_NOOP("Report", "“{title}” is overdue: it was due on {date}."),
}


@dataclass(frozen=True)
class Withdrawal:
    """Why, when and by whom a signed-off version was withdrawn (its snapshot stays as it was)."""

    at: datetime
    by: str
    reason: str


# The parts of a snapshot that describe the collaboration's state, as opposed to its sign-off
# ("method" since format 4).
CONTENT_KEYS = ("collaboration", "summary", "barriers", "method")


def canonical_json(snapshot: dict) -> str:
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def fingerprint(snapshot: dict) -> str:
    return hashlib.sha256(canonical_json(snapshot).encode("utf-8")).hexdigest()


def content_fingerprint(snapshot: dict) -> str:
    """Changes when the plan's content changes, whatever happened to its sign-off."""
    return fingerprint({key: snapshot[key] for key in CONTENT_KEYS if key in snapshot})


def summarise(statuses: Iterable[tuple[Precondition, Status]]) -> dict:
    summary = {p.value: {s.value: 0 for s in Status} for p in Precondition}
    for precondition, status in statuses:
        summary[precondition.value][status.value] += 1
    return summary


def gap_text(
    gap: dict, translate: Callable[[str, str], str], format_date: Callable[[date], str] = date.isoformat
) -> str:
    """A gap in words; `translate(context, text)` translates into the language wanted."""
    precondition = gap.get("precondition")
    name = translate("Precondition", Precondition(precondition).label) if precondition else ""
    due = format_date(date.fromisoformat(gap["due_date"])) if "due_date" in gap else ""
    return translate("Report", GAP_TEXTS[gap["kind"]]).format(
        title=gap.get("title", ""), precondition=name, date=due
    )


def open_counts(summary: dict) -> dict[str, int]:
    """Per precondition, the barriers open or in progress in a snapshot's summary."""
    return {
        p.value: summary[p.value][Status.OPEN.value] + summary[p.value][Status.IN_PROGRESS.value]
        for p in Precondition
    }


def since_previous(previous: dict, barriers: list[dict], summary: dict, overcome: set[str]) -> dict:
    """What changed since the `previous` signed-off snapshot: the open barriers per precondition then
    and now, and which barriers were overcome (their uuids in `overcome`), taken off the board, or
    are new. `barriers` and `summary` are the new plan's."""
    now = {barrier["uuid"] for barrier in barriers}
    before = {barrier["uuid"] for barrier in previous["barriers"]}
    gone = [barrier for barrier in previous["barriers"] if barrier["uuid"] not in now]
    return {
        "version": previous["version"],
        "open_before": open_counts(previous["summary"]),
        "open_now": open_counts(summary),
        "overcome": [barrier["title"] for barrier in gone if barrier["uuid"] in overcome],
        "removed": [barrier["title"] for barrier in gone if barrier["uuid"] not in overcome],
        "new": [barrier["title"] for barrier in barriers if barrier["uuid"] not in before],
    }


def find_gaps(barriers: list[dict], signatories: list[dict], on: str | None = None) -> list[dict]:
    """What the plan lacks: owners, next actions, due dates, administrative owners and signatories.

    `barriers` are the plan's (open and in progress) barriers in snapshot form; `on` is the
    plan's date (ISO), against which due dates count as passed. Without it (snapshots of format
    1) due dates are not looked at.
    """
    gaps = []
    for barrier in barriers:
        about = {"barrier": barrier["uuid"], "title": barrier["title"]}
        if not barrier["owner"]:
            gaps.append({"kind": GAP_NO_OWNER, **about})
        if not barrier["next_action"]:
            gaps.append({"kind": GAP_NO_NEXT_ACTION, **about})
        if on is not None and not barrier["due_date"]:
            gaps.append({"kind": GAP_NO_DUE_DATE, **about})
        elif on is not None and barrier["due_date"] < on[:10]:
            gaps.append({"kind": GAP_OVERDUE, **about, "due_date": barrier["due_date"]})
    for precondition in Precondition:
        in_column = [b for b in barriers if b["precondition"] == precondition.value]
        administrative = [b for b in in_column if b["level"] == Level.ADMINISTRATIVE.value and b["owner"]]
        if in_column and not administrative:
            gaps.append({"kind": GAP_NO_ADMINISTRATIVE_OWNER, "precondition": precondition.value})
    if not any(s["level"] == Level.ADMINISTRATIVE.value for s in signatories):
        gaps.append({"kind": GAP_NO_ADMINISTRATIVE_SIGNATORY})
    return gaps


_TEXT, _OPTIONAL_TEXT, _NUMBER = str, (str, type(None)), int
_LESSON_SHAPE = {
    "uuid": _TEXT, "key": _OPTIONAL_TEXT, "title": _TEXT, "summary": _TEXT, "key_points": [_TEXT],
    "suggested": bool,
}  # fmt: skip
_BARRIER_SHAPE = {
    "uuid": _TEXT, "precondition": tuple(p.value for p in Precondition), "title": _TEXT, "description": _TEXT,
    "status": tuple(s.value for s in Status), "impact": _NUMBER,
    "level": (*(level.value for level in Level), None), "owner": _TEXT, "due_date": _OPTIONAL_TEXT,
    "next_action": _TEXT, "lesson": (None, _LESSON_SHAPE),
}  # fmt: skip
_SNAPSHOT_SHAPE = {
    "format": (SNAPSHOT_FORMAT,), "format_version": (1, 2, 3, SNAPSHOT_FORMAT_VERSION), "status": _TEXT,
    "version": _NUMBER, "created_at": _TEXT,
    "collaboration": {
        "uuid": _TEXT, "name": _TEXT, "ambition": _TEXT, "phase": _TEXT,
        "partners": [{"name": _TEXT, "sector": _TEXT, "role": _TEXT}],
    },
    "summary": {p.value: {s.value: _NUMBER for s in Status} for p in Precondition},
    "barriers": [_BARRIER_SHAPE],
    "signatories": [
        {"name": _TEXT, "role": _TEXT, "level": tuple(level.value for level in Level), "date": _TEXT,
         "decision": _TEXT},
    ],
    "gaps": list,
}  # fmt: skip


_COUNTS = {p.value: _NUMBER for p in Precondition}
_PROGRESS_SHAPE = {
    "timeline": {
        "months": [_TEXT],
        "open": {p.value: [_NUMBER] for p in Precondition},
        "overcome": {p.value: [_NUMBER] for p in Precondition},
    },
    "since_previous": (
        None,
        {
            "version": _NUMBER, "open_before": _COUNTS, "open_now": _COUNTS, "overcome": [_TEXT],
            "removed": [_TEXT], "new": [_TEXT],
        },
    ),
}  # fmt: skip


_LEVELS = tuple(level.value for level in Level)
_PHASES = tuple(phase.value for phase in Phase)
_SECTORS = tuple(sector.value for sector in Sector)
_CRITERIA = [[(_TEXT, bool)]]  # [criterion key, met]
_ROUND = {"held_on": _TEXT, "scores": {p.value: (None, _NUMBER) for p in Precondition}}  # tenths
_METHOD_SHAPE = {
    "method": {
        "commitments": [
            {"partner": _TEXT, "level": _LEVELS, "state": tuple(s.value for s in CommitmentState),
             "person": _TEXT, "since": _OPTIONAL_TEXT},
        ],
        "commitment_gaps": [
            {"kind": ("missing", "withdrawn", "no_sponsor"), "level": (*_LEVELS, None), "partner": _TEXT},
        ],
        "ledger": {
            "partners": [
                {"name": _TEXT, "sector": _SECTORS, "contributions": _NUMBER, "pledged": _NUMBER,
                 "delivered": _NUMBER, "share": _NUMBER},
            ],
            "sectors": [
                {"sector": _SECTORS, "contributions": _NUMBER, "pledged": _NUMBER, "delivered": _NUMBER},
            ],
            "even": (None, bool), "largest": _OPTIONAL_TEXT, "without": [_TEXT],
        },
        "scan": (None, _ROUND | {"respondents": _NUMBER, "previous": (None, _ROUND), "high": [_TEXT]}),
        "gate": (
            None,
            {"from_phase": _PHASES, "to_phase": _PHASES, "decision": tuple(d.value for d in GateDecision),
             "decided_on": _TEXT, "decided_by": _TEXT, "note": _TEXT, "criteria": _CRITERIA},
        ),
        "next_gate": {"to_phase": (*_PHASES, None), "criteria": _CRITERIA},
    },
}  # fmt: skip
_SHAPES = {
    1: _SNAPSHOT_SHAPE,
    2: _SNAPSHOT_SHAPE,
    3: _SNAPSHOT_SHAPE | _PROGRESS_SHAPE,
    4: _SNAPSHOT_SHAPE | _PROGRESS_SHAPE | _METHOD_SHAPE,
}


def is_well_formed(snapshot: object) -> bool:
    """Whether a snapshot from elsewhere (an exchange file) has exactly the shape the app writes."""
    version = snapshot.get("format_version") if isinstance(snapshot, dict) else None
    shape = _SHAPES.get(version, _SNAPSHOT_SHAPE) if type(version) is int else _SNAPSHOT_SHAPE
    if not _fits(snapshot, shape):
        return False
    on = snapshot["created_at"] if snapshot["format_version"] >= 2 else None
    return snapshot["gaps"] == find_gaps(snapshot["barriers"], snapshot["signatories"], on)


def _fits(value: object, shape) -> bool:
    """`shape`: a type, a tuple of allowed values/types/shapes, [item shape] or {key: shape}."""
    if isinstance(shape, dict):
        return (
            isinstance(value, dict)
            and value.keys() == shape.keys()
            and all(_fits(value[key], item) for key, item in shape.items())
        )
    if isinstance(shape, list):
        return isinstance(value, list) and all(_fits(item, shape[0]) for item in value)
    if isinstance(shape, tuple):
        return any(_fits(value, option) for option in shape)
    if isinstance(shape, type):
        return isinstance(value, shape) and (shape is bool or not isinstance(value, bool))
    return value == shape and type(value) is type(shape)
