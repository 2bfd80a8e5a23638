"""The records of an exchange file: their JSON form, their digests, and the checks on a file's records.

Every text read from a file passes the same checks and limits as text typed in the app; an
exchange file that breaks one is refused as a whole, naming the record.
It is longer than most modules on purpose: every field of the format, its JSON form and its check
stand together, so the format can be read (and changed) in one file.
"""

import functools
import hashlib
import json
import re
import uuid as uuid_module
from datetime import date, datetime

from drempelkompas.domain import plan
from drempelkompas.domain.catalog import LESSONS_BY_KEY, TYPICAL_BARRIERS_BY_KEY
from drempelkompas.domain.enums import IMPACT_RANGE, Level, PartnerRole, Phase, Precondition, Sector, Status
from drempelkompas.domain.errors import DrempelError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.progress import Progress
from drempelkompas.services import exchange_method_records as method
from drempelkompas.services import validation as v
from drempelkompas.storage.models import (
    Barrier,
    BarrierChange,
    Collaboration,
    Lesson,
    Partner,
    PlanVersion,
    builtin_lesson_uuid,
)

# What a digest leaves out: identity, children, and what changes without anyone editing the record
# (a card's position shifts when a neighbour moves).
# Who recorded a record is not part of what it says: it never makes two versions differ.
_NOT_DIGESTED = {
    "uuid", "updated_at", "position", "barriers", "plan_versions", "changes", "recorded_by", *method.KEYS
}  # fmt: skip

HISTORY_FIELDS = {
    "created", "deleted", "restored", "status", "lesson", "precondition", "position", "title",
    "description", "impact", "level", "owner", "due_date", "next_action",
    "decision",  # a governing body's decision about the barrier (services.meetings)
}  # fmt: skip
MAX_POSITION = 1_000_000
PROGRESS_EVERY = 500  # barriers checked between two reports of how far the check is
MAX_SNAPSHOT_CHARS = 5_000_000
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A UUID as `str(uuid.UUID(...))` writes it, and so as the app exports it; matched, not parsed.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_BUILTIN_LESSONS = {str(builtin_lesson_uuid(key)) for key in LESSONS_BY_KEY}


class ExchangeRecordError(DrempelError):
    """A record of an exchange file that breaks a rule; `problem` says which."""

    def __init__(self, where: str, problem: DrempelError) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The exchange file cannot be imported. Record {where}: {problem}"),
            where=where,
            problem=problem,
        )


# Digested only when set, so the digests (and merge bases) of records without them stay the same.
_DIGESTED_WHEN_SET = {"conflict_of"}


def digest(record: dict) -> str:
    content = {
        key: value
        for key, value in record.items()
        if key not in _NOT_DIGESTED and not (key in _DIGESTED_WHEN_SET and value is None)
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# -- from the database to JSON ----------------------------------------------------------------


def collaboration_json(collaboration: Collaboration, children: bool = True) -> dict:
    record = {
        "uuid": str(collaboration.uuid),
        "name": collaboration.name,
        "ambition": collaboration.ambition,
        "phase": collaboration.phase,
        "notes": collaboration.notes,
        "archived": bool(collaboration.archived),
        "created_at": _datetime_text(collaboration.created_at),
        "updated_at": _datetime_text(collaboration.updated_at),
        "partners": [
            {"uuid": str(p.uuid), "name": p.name, "sector": p.sector, "role": p.role}
            for p in collaboration.partners.order_by(Partner.position, Partner.id)
        ],
    }
    if children:
        lesson_uuids = {i: str(u) for i, u in Lesson.select(Lesson.id, Lesson.uuid).tuples()}
        history: dict[int, list] = {}
        in_collaboration = BarrierChange.select().join(Barrier).where(Barrier.collaboration == collaboration)
        for change in in_collaboration.order_by(BarrierChange.id):
            history.setdefault(change.barrier_id, []).append(change)
        record["barriers"] = [
            barrier_json(b, lesson_uuids, history.get(b.id, []))
            for b in collaboration.barriers.order_by(Barrier.id)
        ]
        record["plan_versions"] = [
            {
                "uuid": str(p.uuid),
                "number": p.number,
                "snapshot": p.snapshot,
                "fingerprint": p.fingerprint,
                "content_fingerprint": p.content_fingerprint,
                "signed_off_at": _datetime_text(p.signed_off_at),
                "signed_off_by": p.signed_off_by,
                "withdrawal": None
                if p.withdrawn_at is None
                else {
                    "at": _datetime_text(p.withdrawn_at),
                    "by": p.withdrawn_by,
                    "reason": p.withdrawal_reason,
                },
            }
            for p in collaboration.plan_versions.order_by(PlanVersion.number)
        ]
        record.update(method.method_json(collaboration))
    return record


def barrier_json(barrier: Barrier, lesson_uuids: dict[int, str], changes: list | None = None) -> dict:
    """The barrier as an exchange file holds it, with its history when `changes` are given.

    `lesson_uuids` maps lesson ids to UUIDs, so no record costs a query of its own.
    """
    lesson_uuid = lesson_uuids.get(barrier.lesson_id)
    record = {
        "uuid": str(barrier.uuid),
        "precondition": barrier.precondition,
        "position": barrier.position,
        "title": barrier.title,
        "description": barrier.description,
        "status": barrier.status,
        "impact": barrier.impact,
        "level": barrier.level,
        "owner": barrier.owner,
        "due_date": barrier.due_date.isoformat() if barrier.due_date else None,
        "lesson": lesson_uuid,
        "next_action": barrier.next_action,
        "catalog_key": barrier.catalog_key,
        "created_at": _datetime_text(barrier.created_at),
        "updated_at": _datetime_text(barrier.updated_at),
        "overcome_at": _datetime_text(barrier.overcome_at),
        "deleted_at": _datetime_text(barrier.deleted_at),
        "conflict_of": str(barrier.conflict_of) if barrier.conflict_of else None,
    }
    if changes is not None:
        record["changes"] = [
            {
                "uuid": str(c.uuid),
                "field": c.field,
                "old_value": c.old_value,
                "new_value": c.new_value,
                "changed_at": _datetime_text(c.changed_at),
                "actor": c.actor,
            }
            for c in changes
        ]
    return record


def lesson_json(lesson: Lesson) -> dict:
    return {
        "uuid": str(lesson.uuid),
        "title": lesson.title,
        "summary": lesson.summary,
        "preconditions": [p for p in lesson.preconditions.split(",") if p],
        "created_at": _datetime_text(lesson.created_at),
    }


def _datetime_text(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


# -- from checked JSON to the database -----------------------------------------------------------


def collaboration_fields(record: dict) -> dict:
    return {
        "name": record["name"],
        "ambition": record["ambition"],
        "phase": record["phase"],
        "notes": record["notes"],
        "archived": record["archived"],
        "created_at": datetime.fromisoformat(record["created_at"]),
        "updated_at": datetime.fromisoformat(record["updated_at"]),
    }


def barrier_fields(record: dict, lesson_id: int | None) -> dict:
    return {
        "precondition": record["precondition"],
        "position": record["position"],
        "title": record["title"],
        "description": record["description"],
        "status": record["status"],
        "impact": record["impact"],
        "level": record["level"],
        "owner": record["owner"],
        "due_date": date.fromisoformat(record["due_date"]) if record["due_date"] else None,
        "lesson": lesson_id,
        "next_action": record["next_action"],
        "catalog_key": record["catalog_key"],
        "created_at": datetime.fromisoformat(record["created_at"]),
        "updated_at": datetime.fromisoformat(record["updated_at"]),
        "overcome_at": _optional_datetime(record["overcome_at"]),
        "deleted_at": _optional_datetime(record["deleted_at"]),
        "conflict_of": uuid_module.UUID(record["conflict_of"]) if record["conflict_of"] else None,
    }


def change_fields(record: dict) -> dict:
    return {
        "uuid": record["uuid"],
        "field": record["field"],
        "old_value": record["old_value"],
        "new_value": record["new_value"],
        "changed_at": datetime.fromisoformat(record["changed_at"]),
        "actor": record["actor"],
    }


def lesson_fields(record: dict) -> dict:
    return {
        "title": record["title"],
        "summary": record["summary"],
        "preconditions": ",".join(record["preconditions"]),
        "created_at": datetime.fromisoformat(record["created_at"]),
    }


def plan_version_fields(record: dict) -> dict:
    return {
        "uuid": record["uuid"],
        "snapshot": record["snapshot"],
        "fingerprint": record["fingerprint"],
        "content_fingerprint": record["content_fingerprint"],
        "signed_off_at": datetime.fromisoformat(record["signed_off_at"]),
        "signed_off_by": record["signed_off_by"],
    } | withdrawal_fields(record)


def withdrawal_fields(record: dict) -> dict:
    """A plan version's withdrawal as the model holds it (nothing when it was not withdrawn)."""
    withdrawal = record["withdrawal"]
    if withdrawal is None:
        return {}
    return {
        "withdrawn_at": datetime.fromisoformat(withdrawal["at"]),
        "withdrawn_by": withdrawal["by"],
        "withdrawal_reason": withdrawal["reason"],
    }


def _optional_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def conflict_notes(notes: str, incoming: dict) -> str:
    """Our notes with the file's differing version of the collaboration appended, so neither is lost."""
    lines = [
        "",
        "",
        f"--- {incoming['updated_at'][:16].replace('T', ' ')} ({incoming['uuid'][:8]}) ---",
        incoming["name"],
    ]
    lines += [text for text in (incoming["ambition"], incoming["notes"]) if text]
    lines += [f"{p['name']} ({p['sector']}, {p['role']})" for p in incoming["partners"]]
    return (notes + "\n".join(lines)).strip()


# -- checking a file's records ------------------------------------------------------------------


def checked(data: object, file_name: str, progress: Progress | None = None) -> dict:
    """The file's data, checked record by record; raises ExchangeRecordError naming the first bad one.

    `progress` hears now and then how many of the file's barriers are checked.
    """
    checker = _Checker(file_name, progress)
    root = checker.object(data, "", {"collaborations": list, "lessons": list})
    checker.barriers_in_all = sum(
        len(c["barriers"])
        for c in root["collaborations"]
        if isinstance(c, dict) and isinstance(c.get("barriers"), list)
    )
    for index, lesson in enumerate(root["lessons"]):
        checker.lesson(lesson, f"lessons/{index}")
    for index, collaboration in enumerate(root["collaborations"]):
        checker.collaboration(collaboration, f"collaborations/{index}")
    for index, collaboration in enumerate(root["collaborations"]):
        for position, barrier in enumerate(collaboration["barriers"]):
            lesson = barrier["lesson"]
            if lesson is not None and lesson not in checker.lessons and lesson not in _BUILTIN_LESSONS:
                checker.fail(
                    f"collaborations/{index}/barriers/{position}/lesson",
                    QT_TRANSLATE_NOOP("Errors", "refers to a lesson that is not in the file."),
                )
    return root


class _Checker:
    def __init__(self, file_name: str, progress: Progress | None = None) -> None:
        self.file_name = file_name
        self.seen: set[str] = set()
        self.lessons: set[str] = set()
        self.progress = progress
        self.barriers_checked, self.barriers_in_all = 0, 0

    def fail(self, where: str, template: str, **params) -> None:
        raise ExchangeRecordError(where, ValidationError(template, **params))

    def object(self, value: object, where: str, shape: dict) -> dict:
        if not isinstance(value, dict):
            self.fail(where or "/", QT_TRANSLATE_NOOP("Errors", "expected a record."))
        if value.keys() != shape.keys():
            for key in shape:
                if key not in value:
                    self.fail(
                        where or "/", QT_TRANSLATE_NOOP("Errors", "the field “{name}” is missing."), name=key
                    )
            for key in value:
                if key not in shape:
                    self.fail(f"{where}/{key}", QT_TRANSLATE_NOOP("Errors", "is not a known field."))
        for key, kind in shape.items():
            if type(value[key]) not in _types(kind):
                self.fail(f"{where}/{key}", QT_TRANSLATE_NOOP("Errors", "has the wrong type."))
        return value

    def identity(self, record: dict, where: str) -> None:
        """The record's UUID: well-formed, and the only record in the file with it."""
        self.reference(record["uuid"], f"{where}/uuid")
        if record["uuid"] in self.seen:
            self.fail(
                f"{where}/uuid", QT_TRANSLATE_NOOP("Errors", "this identifier appears twice in the file.")
            )
        self.seen.add(record["uuid"])

    def reference(self, value: str, where: str) -> None:
        if not _CANONICAL_UUID.fullmatch(value):
            self.fail(where, QT_TRANSLATE_NOOP("Errors", "is not a valid identifier."))

    def text(self, record: dict, key: str, where: str, cleaner, field) -> None:
        try:
            cleaned = cleaner(record[key], field)
        except DrempelError as problem:
            raise ExchangeRecordError(f"{where}/{key}", problem) from None
        if cleaned != record[key]:
            self.fail(
                f"{where}/{key}",
                QT_TRANSLATE_NOOP("Errors", "has spaces or line breaks the app does not keep."),
            )

    def member(self, record: dict, key: str, where: str, kind, optional: bool = False) -> None:
        if optional and record[key] is None:
            return
        if not isinstance(record[key], str) or record[key] not in {m.value for m in kind}:
            self.fail(
                f"{where}/{key}",
                QT_TRANSLATE_NOOP("Errors", "{value} is not a known value."),
                value=record[key],
            )

    def moment(self, record: dict, key: str, where: str, pattern=_DATETIME, optional: bool = False) -> None:
        value = record[key]
        if optional and value is None:
            return
        parse = date.fromisoformat if pattern is _DATE else datetime.fromisoformat
        try:
            valid = isinstance(value, str) and pattern.fullmatch(value) and parse(value).isoformat() == value
        except ValueError:
            valid = False
        if not valid:
            self.fail(
                f"{where}/{key}", QT_TRANSLATE_NOOP("Errors", "{value} is not a valid date."), value=value
            )

    def number(self, record: dict, key: str, where: str, allowed: range) -> None:
        if record[key] not in allowed:
            self.fail(
                f"{where}/{key}", QT_TRANSLATE_NOOP("Errors", "{value} is out of range."), value=record[key]
            )

    def lesson(self, record: object, where: str) -> None:
        shape = {"uuid": str, "title": str, "summary": str, "preconditions": list, "created_at": str}
        record = self.object(record, where, shape)
        self.identity(record, where)
        if record["uuid"] in _BUILTIN_LESSONS:
            self.fail(f"{where}/uuid", QT_TRANSLATE_NOOP("Errors", "a built-in lesson cannot be replaced."))
        self.text(record, "title", where, v.clean_line, v.TITLE)
        self.text(record, "summary", where, v.clean_text, v.SUMMARY)
        for index, _ in enumerate(record["preconditions"]):
            self.member(record["preconditions"], index, f"{where}/preconditions", Precondition)
        if len(set(record["preconditions"])) != len(record["preconditions"]):
            self.fail(f"{where}/preconditions", QT_TRANSLATE_NOOP("Errors", "names a precondition twice."))
        self.moment(record, "created_at", where)
        self.lessons.add(record["uuid"])

    def collaboration(self, record: object, where: str) -> None:
        shape = {
            "uuid": str, "name": str, "ambition": str, "phase": str, "notes": str, "archived": bool,
            "created_at": str, "updated_at": str, "partners": list, "barriers": list, "plan_versions": list,
            "commitments": list, "contributions": list, "scan_responses": list, "phase_gates": list,
        }  # fmt: skip
        record = self.object(record, where, shape)
        self.identity(record, where)
        self.text(record, "name", where, v.clean_line, v.NAME)
        self.text(record, "ambition", where, v.clean_text, v.AMBITION)
        self.text(record, "notes", where, v.clean_text, v.NOTES)
        self.member(record, "phase", where, Phase)
        self.moment(record, "created_at", where)
        self.moment(record, "updated_at", where)
        for index, partner in enumerate(record["partners"]):
            here = f"{where}/partners/{index}"
            partner = self.object(partner, here, {"uuid": str, "name": str, "sector": str, "role": str})
            self.identity(partner, here)
            self.text(partner, "name", here, v.clean_line, v.PARTNER)
            self.member(partner, "sector", here, Sector)
            self.member(partner, "role", here, PartnerRole)
        for index, barrier in enumerate(record["barriers"]):
            self.barrier(barrier, f"{where}/barriers/{index}")
        numbers = set()
        for index, version in enumerate(record["plan_versions"]):
            self.plan_version(version, f"{where}/plan_versions/{index}")
            if version["number"] in numbers:
                self.fail(
                    f"{where}/plan_versions/{index}/number", QT_TRANSLATE_NOOP("Errors", "appears twice.")
                )
            numbers.add(version["number"])
        method.check(self, record, where, _DATE)

    def barrier(self, record: object, where: str) -> None:
        optional_text = (str, type(None))
        shape = {
            "uuid": str, "precondition": str, "position": int, "title": str, "description": str,
            "status": str, "impact": int, "level": optional_text, "owner": str, "due_date": optional_text,
            "lesson": optional_text, "next_action": str, "catalog_key": optional_text, "created_at": str,
            "updated_at": str, "overcome_at": optional_text, "deleted_at": optional_text, "changes": list,
            "conflict_of": optional_text,
        }  # fmt: skip
        record = self.object(record, where, shape)
        self.identity(record, where)
        self.member(record, "precondition", where, Precondition)
        self.number(record, "position", where, range(MAX_POSITION))
        self.text(record, "title", where, v.clean_line, v.TITLE)
        self.text(record, "description", where, v.clean_text, v.DESCRIPTION)
        self.member(record, "status", where, Status)
        self.number(record, "impact", where, IMPACT_RANGE)
        self.member(record, "level", where, Level, optional=True)
        self.text(record, "owner", where, v.clean_optional_line, v.OWNER)
        self.moment(record, "due_date", where, _DATE, optional=True)
        if record["lesson"] is not None:
            self.reference(record["lesson"], f"{where}/lesson")
        if record["conflict_of"] is not None:
            self.reference(record["conflict_of"], f"{where}/conflict_of")
        self.text(record, "next_action", where, v.clean_text, v.NEXT_ACTION)
        if record["catalog_key"] is not None and record["catalog_key"] not in TYPICAL_BARRIERS_BY_KEY:
            self.fail(
                f"{where}/catalog_key",
                QT_TRANSLATE_NOOP("Errors", "{value} is not a known value."),
                value=record["catalog_key"],
            )
        for key in ("created_at", "updated_at"):
            self.moment(record, key, where)
        for key in ("overcome_at", "deleted_at"):
            self.moment(record, key, where, optional=True)
        for index, change in enumerate(record["changes"]):
            self.change(change, f"{where}/changes/{index}")
        self.barriers_checked += 1
        if self.progress is not None and self.barriers_checked % PROGRESS_EVERY == 0:
            self.progress(self.barriers_checked, self.barriers_in_all)

    def change(self, record: object, where: str) -> None:
        optional_text = (str, type(None))
        shape = {"uuid": str, "field": str, "old_value": optional_text, "new_value": optional_text,
                 "changed_at": str, "actor": str}  # fmt: skip
        record = self.object(record, where, shape)
        self.identity(record, where)
        if record["field"] not in HISTORY_FIELDS:
            self.fail(
                f"{where}/field",
                QT_TRANSLATE_NOOP("Errors", "{value} is not a known value."),
                value=record["field"],
            )
        for key in ("old_value", "new_value"):
            if record[key] is not None:
                self.text(record, key, where, _history_text, v.DESCRIPTION)
        self.moment(record, "changed_at", where)
        self.text(record, "actor", where, v.clean_optional_line, v.ACTOR)

    def plan_version(self, record: object, where: str) -> None:
        shape = {"uuid": str, "number": int, "snapshot": str, "fingerprint": str, "content_fingerprint": str,
                 "signed_off_at": str, "signed_off_by": str, "withdrawal": (dict, type(None))}  # fmt: skip
        record = self.object(record, where, shape)
        self.identity(record, where)
        self.number(record, "number", where, range(1, MAX_POSITION))
        self.moment(record, "signed_off_at", where)
        self.text(record, "signed_off_by", where, v.clean_optional_line, v.ACTOR)
        if record["withdrawal"] is not None:
            withdrawal = self.object(
                record["withdrawal"], f"{where}/withdrawal", {"at": str, "by": str, "reason": str}
            )
            self.moment(withdrawal, "at", f"{where}/withdrawal")
            self.text(withdrawal, "by", f"{where}/withdrawal", v.clean_line, v.NAME)
            self.text(withdrawal, "reason", f"{where}/withdrawal", v.clean_text, v.REASON)
            if not withdrawal["reason"]:
                self.fail(f"{where}/withdrawal/reason", QT_TRANSLATE_NOOP("Errors", "cannot be empty."))
        snapshot = None
        if len(record["snapshot"]) <= MAX_SNAPSHOT_CHARS:
            try:
                snapshot = json.loads(record["snapshot"], parse_constant=_refuse_constant)
            except ValueError:
                snapshot = None
        sound = (
            plan.is_well_formed(snapshot)
            and plan.canonical_json(snapshot) == record["snapshot"]
            and plan.fingerprint(snapshot) == record["fingerprint"]
            and plan.content_fingerprint(snapshot) == record["content_fingerprint"]
        )
        if not sound or not _HEX64.fullmatch(record["fingerprint"]):
            self.fail(
                f"{where}/fingerprint",
                QT_TRANSLATE_NOOP("Errors", "the signed-off plan does not match its fingerprint."),
            )


def _history_text(value: str, field) -> str:
    v.clean_text(value, field)  # its limits; a history value keeps its spaces as they were
    return value


def _refuse_constant(name: str):
    raise ValueError(name)


@functools.cache
def _types(kind: type | tuple[type, ...]) -> frozenset[type]:
    """The exact types a field of `kind` may have. JSON gives exactly str, int, float, bool, None,
    list and dict, so comparing types is enough, and keeps JSON true from passing as a number."""
    return frozenset(kind if isinstance(kind, tuple) else (kind,))
