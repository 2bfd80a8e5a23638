"""Meetings of a governing body as plain data: which barriers call for a decision, what changed
since the last meeting, the commitment per level, and the documents' snapshot format."""

from datetime import datetime

from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.timeline import Event

SNAPSHOT_FORMAT = "drempelkompas-meeting"
SNAPSHOT_FORMAT_VERSION = 3  # 2: the method's tools ("method"); 3: who recorded each decision
PACK, DECISION_LIST = "pack", "decisions"  # the two documents of a meeting

HIGH_IMPACT = 4  # from this impact on, an open barrier is a candidate for a decision

# Why the app suggests putting a barrier to the body.
WHY_HIGH_IMPACT = "high_impact"
WHY_ADMINISTRATIVE = "administrative_owner"
WHY_OVERDUE = "overdue"
WHY_TEXTS = {
    WHY_HIGH_IMPACT: QT_TRANSLATE_NOOP("Meeting", "high impact"),
    WHY_ADMINISTRATIVE: QT_TRANSLATE_NOOP("Meeting", "owner at the administrative level"),
    WHY_OVERDUE: QT_TRANSLATE_NOOP("Meeting", "overdue"),
}

# What changed about a barrier since the previous meeting.
CHANGE_NEW, CHANGE_OVERCOME, CHANGE_MOVED, CHANGE_REASSIGNED = "new", "overcome", "moved", "reassigned"
CHANGE_KINDS = (CHANGE_NEW, CHANGE_OVERCOME, CHANGE_MOVED, CHANGE_REASSIGNED)


def candidate_reasons(barrier: dict, on: str) -> list[str]:
    """Why an open barrier (in plan snapshot form) should go to the body on `on` (ISO); [] if not."""
    if barrier["status"] == Status.OVERCOME.value:
        return []
    reasons = []
    if barrier["impact"] >= HIGH_IMPACT:
        reasons.append(WHY_HIGH_IMPACT)
    if barrier["level"] == Level.ADMINISTRATIVE.value and barrier["owner"]:
        reasons.append(WHY_ADMINISTRATIVE)
    if barrier["due_date"] and barrier["due_date"] < on[:10]:
        reasons.append(WHY_OVERDUE)
    return reasons


def changes_since(
    barriers: list[tuple[dict, list[Event]]], after: datetime | None, until: datetime
) -> list[dict]:
    """What happened to the barriers between two moments (after `after`, up to `until`): new ones,
    overcome ones, moves to another precondition and new owners, one entry per barrier and kind.

    `barriers` pairs each barrier ({"title", "precondition"}, as it is now) with its history.
    """
    found: dict[tuple[str, int], dict] = {}
    for number, (barrier, events) in enumerate(barriers):
        about = {"title": barrier["title"], "precondition": barrier["precondition"]}
        for event in events:
            if (after is not None and event.at <= after) or event.at > until:
                continue
            kind = _kind_of(event)
            if kind is None:
                continue
            key = (kind, number)
            if key in found:  # moved twice, or owners changed twice: from the first to the last
                found[key]["to"] = event.new or ""
            else:
                found[key] = {"kind": kind, **about, "from": event.old or "", "to": event.new or ""}
    changes = list(found.values())
    return [c for c in changes if c["kind"] in (CHANGE_NEW, CHANGE_OVERCOME) or c["from"] != c["to"]]


def _kind_of(event: Event) -> str | None:
    if event.field == "created":
        return CHANGE_NEW
    if event.field == "status" and event.new == Status.OVERCOME.value:
        return CHANGE_OVERCOME
    if event.field == "precondition":
        return CHANGE_MOVED
    if event.field == "owner":
        return CHANGE_REASSIGNED
    return None


def commitment_per_level(barriers: list[dict]) -> dict:
    """For the open barriers (plan snapshot form): per level, per precondition, how many there are
    and how many have an owner; "none" for barriers without a level."""
    levels = [level.value for level in Level] + ["none"]
    table = {level: {p.value: {"open": 0, "owned": 0} for p in Precondition} for level in levels}
    for barrier in barriers:
        if barrier["status"] == Status.OVERCOME.value:
            continue
        cell = table[barrier["level"] or "none"][barrier["precondition"]]
        cell["open"] += 1
        cell["owned"] += bool(barrier["owner"])
    return table
