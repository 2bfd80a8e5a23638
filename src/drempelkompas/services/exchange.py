"""Use cases for exchanging collaborations between laptops: export, preview an import, import.

Records are matched by UUID. Whether a record changed on this laptop, in the file or on both
sides is decided against its merge base: the digest of the record as it was last exchanged
(stored in `ExchangeBase` at every export and import). Changed on one side: that side's version
wins. Changed on both sides (or never exchanged before and different): a conflict, and both
versions are kept — a barrier as a second card marked as conflicting, a collaboration's other
texts appended to its notes. Signed-off plan versions are only ever added, never altered.

An import runs in one transaction after a backup; a preview runs the same import and rolls it
back, so what it reports is exactly what an import would do.
"""

import hashlib
import uuid as uuid_module
from collections.abc import Iterable
from pathlib import Path

from drempelkompas.domain.errors import DrempelError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.progress import Progress
from drempelkompas.services import collaborations
from drempelkompas.services import exchange_records as records
from drempelkompas.services.barriers import lock_boards
from drempelkompas.services.exchange_file import (
    ExchangeFileError,
    exchange_data,
    read_file_bytes,
    write_exchange_file,
)
from drempelkompas.services.exchange_lookup import bases, existing, ids_by_uuid, uuids_stored
from drempelkompas.services.exchange_method_merge import MethodMerge
from drempelkompas.services.exchange_method_records import KEYS as METHOD_KEYS
from drempelkompas.services.exchange_records import ExchangeRecordError
from drempelkompas.services.exchange_report import KIND_LABELS, Change, ImportReport, Kind, Outcome
from drempelkompas.services.plans import ORIGIN_EXCHANGE
from drempelkompas.services.validation import name_key
from drempelkompas.storage.database import database_is_read_only, ensure_writable, safety_copy
from drempelkompas.storage.models import (
    Barrier,
    BarrierChange,
    Collaboration,
    Commitment,
    Contribution,
    ExchangeBase,
    Lesson,
    Partner,
    PhaseGate,
    PlanVersion,
    ScanResponse,
    database,
    insert_rows,
    stored_uuid,
)

__all__ = [
    "KIND_LABELS",
    "Change",
    "ExchangeFileError",
    "ExchangeRecordError",
    "ImportReport",
    "Kind",
    "Outcome",
    "export_file",
    "import_file",
]


# -- export ---------------------------------------------------------------------------------


def export_file(path: Path | str, collaboration_ids: Iterable[int]) -> int:
    """Writes the collaborations to an exchange file; returns how many barriers it holds."""
    with database.atomic():
        chosen = [collaborations.get_record(cid) for cid in collaboration_ids]
        if not chosen:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one collaboration to export."))
        exported = [records.collaboration_json(c) for c in chosen]
        lesson_uuids = {b["lesson"] for c in exported for b in c["barriers"] if b["lesson"]}
        own_lessons = Lesson.select().where(Lesson.catalog_key.is_null(), Lesson.uuid.in_(lesson_uuids))
        data = {
            "collaborations": exported,
            "lessons": [records.lesson_json(lesson) for lesson in own_lessons.order_by(Lesson.id)],
        }
        write_exchange_file(path, data)
        if not database_is_read_only():
            _remember_bases(data)
    return sum(len(c["barriers"]) for c in exported)


# -- import ---------------------------------------------------------------------------------


def import_file(path: Path | str, dry_run: bool = False, progress: Progress | None = None) -> ImportReport:
    """Imports an exchange file completely, or (on any error) changes nothing.

    With `dry_run`, the report says what an import would do, and nothing is written. `progress`
    hears how many of the file's barriers are merged, and may stop the import (see Progress).
    """
    ensure_writable()
    steps = _Steps(progress)
    data = _checked_data(Path(path), steps.checked)
    if not dry_run:
        safety_copy("before-import")
    report = ImportReport()
    with database.atomic():  # also a preview: it reads one state of the database throughout
        if not dry_run:
            lock_boards(ids_by_uuid(Collaboration, [c["uuid"] for c in data["collaborations"]]).values())
        _Merge(data, report, writes=not dry_run, steps=steps).run()
    if not dry_run:
        _forget_checked()  # imported: nothing will ask for it again
    return report


class _Steps:
    """How far an import is, told to its Progress in steps: each barrier checked, each merged, and
    the writing at the end as one. A file checked before (for its preview) starts halfway."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress

    def checked(self, done: int, barriers: int) -> None:
        self._report(done, barriers)

    def merged(self, done: int, barriers: int) -> None:
        self._report(barriers + done, barriers)

    def written(self, barriers: int) -> None:
        self._report(2 * barriers + 1, barriers)

    def _report(self, done: int, barriers: int) -> None:
        if self.progress is not None:
            self.progress(done, 2 * barriers + 1)


# The file last read and checked, by the SHA-256 of its bytes: the import that follows its preview
# reuses that work. (The merge itself depends on the database and is done again.)
_last_checked: tuple[str, dict] | None = None


def _checked_data(path: Path, progress: Progress | None = None) -> dict:
    global _last_checked
    raw = read_file_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()
    if _last_checked is not None and _last_checked[0] == digest:
        return _last_checked[1]
    data = records.checked(exchange_data(path, raw), path.name, progress)
    _last_checked = (digest, data)
    return data


def _forget_checked() -> None:
    global _last_checked
    _last_checked = None


class _Merge:
    """One import, inside the caller's transaction; without `writes`, a preview that writes nothing.

    A preview decides everything an import decides, from the same reads: what the import would
    create is given no id (None), and the names and plan numbers it would take are kept here.
    """

    def __init__(
        self, data: dict, report: ImportReport, writes: bool = True, steps: _Steps | None = None
    ) -> None:
        self.data = data
        self.report = report
        self.writes = writes
        self.steps = steps or _Steps(None)
        self.merged, self.in_all = 0, sum(len(c["barriers"]) for c in data["collaborations"])
        self.touched_columns: set[tuple[int, str]] = set()
        # Read up front in a few queries, not one per record: a file may hold thousands.
        lessons = Lesson.select(Lesson.id, Lesson.uuid).tuples()
        self.lesson_ids: dict[str, int | None] = {str(u): i for i, u in lessons}  # lesson UUID -> local id
        self.lesson_uuids = {i: u for u, i in self.lesson_ids.items()}
        incoming = [b for c in data["collaborations"] for b in c["barriers"]]
        self.barriers = existing(Barrier, [b["uuid"] for b in incoming])
        changes = [c["uuid"] for b in incoming for c in b["changes"]]
        self.known_changes = {record for record, _ in uuids_stored(BarrierChange, None, changes)}
        method_records = [r["uuid"] for c in data["collaborations"] for key in METHOD_KEYS for r in c[key]]
        self.bases = bases([b["uuid"] for b in incoming] + [r["uuid"] for r in data["collaborations"]]
                           + [r["uuid"] for r in data["lessons"]] + method_records)  # fmt: skip
        self.names: dict[str, object] = collaborations.name_index()  # as the import changes them
        self.plan_numbers: dict[int | None, set[int]] = {}  # per collaboration, as the import takes them
        self.new_barriers: list[dict] = []
        self.new_changes: list[tuple[str, dict]] = []  # (barrier UUID, change)
        self.method = MethodMerge(data, writes, self._classify, self._note)

    def run(self) -> None:
        _refuse_identity_collisions(self.data)
        for lesson in self.data["lessons"]:
            self._merge_lesson(lesson)
        for collaboration in self.data["collaborations"]:
            self._merge_collaboration(collaboration)
        if not self.writes:
            return
        self.steps.merged(self.in_all, self.in_all)  # writing what was merged is the last step
        self._insert_new_rows()
        for collaboration_id, precondition in self.touched_columns:
            _renumber(collaboration_id, precondition)
        _remember_bases(self.data)
        self.steps.written(self.in_all)

    def _classify(self, local: dict | None, incoming: dict) -> Outcome | None:
        base = self.bases.get(incoming["uuid"])
        return _classify(local, incoming, base.digest if base else None)

    def _note(self, outcome: Outcome | None, kind: Kind, name: str, collaboration: str = "") -> None:
        if outcome is None:
            self.report.unchanged += 1
        else:
            self.report.changes.append(Change(outcome, kind, name, collaboration))

    # lessons

    def _merge_lesson(self, incoming: dict) -> None:
        local = Lesson.get_or_none(Lesson.uuid == uuid_module.UUID(incoming["uuid"]))
        if local is not None and local.catalog_key is not None:
            raise ExchangeRecordError(
                incoming["uuid"],
                DrempelError(QT_TRANSLATE_NOOP("Errors", "a built-in lesson cannot be replaced.")),
            )
        outcome = self._classify(local and records.lesson_json(local), incoming)
        fields = records.lesson_fields(incoming)
        if outcome is Outcome.ADDED:
            local = self._create(Lesson, uuid=incoming["uuid"], **fields)
        elif outcome is Outcome.UPDATED and self.writes:
            Lesson.update(**fields).where(Lesson.id == local.id).execute()
        elif outcome is Outcome.CONFLICT:
            local = self._create(Lesson, **fields)  # the file's version beside ours, under a new UUID
        self.lesson_ids[incoming["uuid"]] = local.id if local is not None else None
        if local is not None:
            self.lesson_uuids[local.id] = str(local.uuid)
        self._note(outcome, Kind.LESSON, incoming["title"])

    def _create(self, model, **fields):
        """The new record; in a preview, which creates nothing, None."""
        return model.create(**fields) if self.writes else None

    # collaborations

    def _merge_collaboration(self, incoming: dict) -> None:
        local = Collaboration.get_or_none(Collaboration.uuid == uuid_module.UUID(incoming["uuid"]))
        outcome = self._classify(local and records.collaboration_json(local, children=False), incoming)
        fields = records.collaboration_fields(incoming)
        collaboration_id, name = (local.id, local.name) if local is not None else (None, "")
        if outcome in (Outcome.ADDED, Outcome.UPDATED):
            name = fields["name"] = collaborations.free_name(fields["name"], collaboration_id, self.names)
        if outcome is Outcome.ADDED:
            created = self._create(Collaboration, uuid=incoming["uuid"], **fields)
            collaboration_id = created.id if created is not None else None
        elif outcome is Outcome.UPDATED and self.writes:
            Collaboration.update(**fields).where(Collaboration.id == local.id).execute()
        elif outcome is Outcome.CONFLICT and self.writes:
            notes = records.conflict_notes(local.notes, incoming)
            Collaboration.update(notes=notes).where(Collaboration.id == local.id).execute()
        if outcome in (Outcome.ADDED, Outcome.UPDATED):
            self._take_name(name, collaboration_id, renamed=local is not None)
            if self.writes:
                collaborations.replace_partners(
                    collaboration_id, _partner_fields(incoming), keep_referenced=True
                )
        self._note(outcome, Kind.COLLABORATION, incoming["name"])
        for barrier in incoming["barriers"]:
            self._merge_barrier(collaboration_id, name, barrier)
            self.merged += 1
            if self.merged % PROGRESS_EVERY == 0:
                self.steps.merged(self.merged, self.in_all)
        for version in incoming["plan_versions"]:
            self._merge_plan_version(collaboration_id, name, version)
        self.method.run(collaboration_id, name, incoming)

    def _take_name(self, name: str, collaboration_id: int | None, renamed: bool) -> None:
        if renamed:  # its old name is free again
            self.names = {key: cid for key, cid in self.names.items() if cid != collaboration_id}
        # A preview's new collaboration has no id yet: a fresh object stands for it, unlike any other.
        self.names[name_key(name)] = collaboration_id if collaboration_id is not None else object()

    # barriers

    def _merge_barrier(self, collaboration_id: int | None, name: str, incoming: dict) -> None:
        local = self.barriers.get(incoming["uuid"])
        if local is not None and local.collaboration_id != collaboration_id:
            raise ExchangeRecordError(
                incoming["uuid"],
                DrempelError(
                    QT_TRANSLATE_NOOP("Errors", "this barrier belongs to another collaboration here.")
                ),
            )
        outcome = self._classify(local and records.barrier_json(local, self.lesson_uuids), incoming)
        fields = records.barrier_fields(incoming, self._lesson_id(incoming["lesson"]))
        if outcome is Outcome.ADDED:
            identity = {"uuid": stored_uuid(incoming["uuid"]), "collaboration": collaboration_id}
            self.new_barriers.append(identity | fields)
        elif outcome is Outcome.UPDATED:
            if fields["precondition"] == local.precondition:
                fields["position"] = self._merged_position(local, incoming)
            if self.writes:
                Barrier.update(**fields).where(Barrier.id == local.id).execute()
        elif local.precondition == incoming["precondition"]:
            # In the same column on both sides (the content may differ, too): merge its place.
            position = self._merged_position(local, incoming)
            if position != local.position:
                if self.writes:
                    Barrier.update(position=position).where(Barrier.id == local.id).execute()
                outcome = outcome or Outcome.UPDATED
        if outcome is Outcome.CONFLICT:
            # Just after ours in the same column: positions are renumbered at the end.
            self.new_barriers.append(
                fields
                | {"uuid": uuid_module.uuid4(), "collaboration": collaboration_id, "conflict_of": local.uuid}
                | {"precondition": local.precondition, "position": local.position}
            )
        if outcome is not None:
            self.touched_columns.add((collaboration_id, fields["precondition"]))
        # The card may leave its column, or gain a twin in it.
        if outcome in (Outcome.UPDATED, Outcome.CONFLICT):
            self.touched_columns.add((collaboration_id, local.precondition))
        self._note(outcome, Kind.BARRIER, incoming["title"], name)
        for change in incoming["changes"]:
            self._merge_history(incoming["uuid"], change)

    def _merged_position(self, local: Barrier, incoming: dict) -> int:
        base = self.bases.get(incoming["uuid"])
        return _merged_position(local.position, incoming["position"], base.position if base else None)

    def _lesson_id(self, lesson_uuid: str | None) -> int | None:
        if lesson_uuid is None:
            return None
        if lesson_uuid not in self.lesson_ids:
            raise ExchangeRecordError(
                lesson_uuid,
                DrempelError(QT_TRANSLATE_NOOP("Errors", "a barrier refers to a lesson that is missing.")),
            )
        return self.lesson_ids[lesson_uuid]

    def _merge_history(self, barrier_uuid: str, incoming: dict) -> None:
        if incoming["uuid"] in self.known_changes:
            return
        self.known_changes.add(incoming["uuid"])
        change = records.change_fields(incoming)
        self.new_changes.append((barrier_uuid, change | {"uuid": stored_uuid(change["uuid"])}))
        self.report.history_entries += 1

    def _insert_new_rows(self) -> None:
        """The added barriers and history entries, many rows per statement."""
        insert_rows(Barrier, self.new_barriers)
        ids = ids_by_uuid(Barrier, list({u for u, _ in self.new_changes}))
        rows = [change | {"barrier": ids[barrier_uuid]} for barrier_uuid, change in self.new_changes]
        insert_rows(BarrierChange, rows)

    # plan versions

    def _merge_plan_version(self, collaboration_id: int | None, name: str, incoming: dict) -> None:
        label = f"{name} — {incoming['number']}"
        local = PlanVersion.get_or_none(PlanVersion.uuid == uuid_module.UUID(incoming["uuid"]))
        if local is not None:
            if local.fingerprint != incoming["fingerprint"]:  # a signed-off version is never altered
                self._note(Outcome.CONFLICT, Kind.PLAN_VERSION, label, name)
            elif local.withdrawn_at is None and incoming["withdrawal"] is not None:
                # Withdrawn on the other laptop: a withdrawal is never undone, so it is taken over.
                if self.writes:
                    PlanVersion.update(**records.withdrawal_fields(incoming)).where(
                        PlanVersion.id == local.id
                    ).execute()
                self._note(Outcome.UPDATED, Kind.PLAN_VERSION, label, name)
            else:
                self._note(None, Kind.PLAN_VERSION, label)
            return
        taken = self._plan_numbers(collaboration_id)
        number = incoming["number"] if incoming["number"] not in taken else max(taken) + 1
        taken.add(number)
        self._create(
            PlanVersion,
            collaboration=collaboration_id,
            number=number,
            origin=ORIGIN_EXCHANGE,  # anyone can compute a fingerprint: verify says it came from elsewhere
            **records.plan_version_fields(incoming),
        )
        self._note(Outcome.ADDED, Kind.PLAN_VERSION, f"{name} — {number}", name)

    def _plan_numbers(self, collaboration_id: int | None) -> set[int]:
        """The plan version numbers the collaboration has, and those the import gives it."""
        if collaboration_id not in self.plan_numbers:
            stored = PlanVersion.select(PlanVersion.number).where(
                PlanVersion.collaboration == collaboration_id
            )
            self.plan_numbers[collaboration_id] = {n for (n,) in stored.tuples()}
        return self.plan_numbers[collaboration_id]


def _classify(local: dict | None, incoming: dict, base: str | None) -> Outcome | None:
    """What an import does with a record, given its merge base: None when both sides agree."""
    if local is None:
        return Outcome.ADDED
    ours, theirs = records.digest(local), records.digest(incoming)
    if ours == theirs:
        return None
    if base == ours:
        return Outcome.UPDATED
    if base == theirs:
        return Outcome.KEPT
    return Outcome.CONFLICT


PROGRESS_EVERY = 100  # barriers merged between two reports of how far an import is


def _refuse_identity_collisions(data: dict) -> None:
    """Refuses a file whose records claim an identity that here belongs to something else: a record
    of another kind, or a partner, barrier, history entry, plan version or method record of another
    owner."""
    claims: dict[str, tuple[type, str | None]] = {}  # UUID -> (the kind of record, its owner's UUID)
    for lesson in data["lessons"]:
        claims[lesson["uuid"]] = (Lesson, None)
    for collaboration in data["collaborations"]:
        owner = collaboration["uuid"]
        claims[owner] = (Collaboration, None)
        claims.update({partner["uuid"]: (Partner, owner) for partner in collaboration["partners"]})
        claims.update({version["uuid"]: (PlanVersion, owner) for version in collaboration["plan_versions"]})
        for barrier in collaboration["barriers"]:
            claims[barrier["uuid"]] = (Barrier, owner)
            claims.update({change["uuid"]: (BarrierChange, barrier["uuid"]) for change in barrier["changes"]})
        claims.update({r["uuid"]: (Commitment, r["partner"]) for r in collaboration["commitments"]})
        claims.update({r["uuid"]: (Contribution, r["partner"]) for r in collaboration["contributions"]})
        claims.update({r["uuid"]: (ScanResponse, owner) for r in collaboration["scan_responses"]})
        claims.update({r["uuid"]: (PhaseGate, owner) for r in collaboration["phase_gates"]})
    owners = {
        Partner: Collaboration,
        PlanVersion: Collaboration,
        Barrier: Collaboration,
        BarrierChange: Barrier,
        Commitment: Partner,
        Contribution: Partner,
        ScanResponse: Collaboration,
        PhaseGate: Collaboration,
    }
    uuids = list(claims)
    for model in (Lesson, Collaboration, Partner, PlanVersion, Barrier, BarrierChange, *MethodMerge.models()):
        for record, owner_here in uuids_stored(model, owners.get(model), uuids):
            kind, owner_in_file = claims[record]
            if kind is not model or owner_here != owner_in_file:
                raise ExchangeRecordError(
                    record,
                    DrempelError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "this identifier belongs to another record here, so nothing was imported.",
                        )
                    ),
                )


def _merged_position(ours: int, theirs: int, base: int | None) -> int:
    """A card's place in its column after a three-way merge: a move made on one side wins.

    When both sides moved it, both laptops take the same (the later) place, so they converge.
    """
    if ours == theirs or base == theirs:
        return ours
    if base == ours:
        return theirs
    return max(ours, theirs)


def _remember_bases(data: dict) -> None:
    """Stores the digest of every record in `data` (and each barrier's position) as its merge base."""
    rows = [(lesson["uuid"], records.digest(lesson), None) for lesson in data["lessons"]]
    for collaboration in data["collaborations"]:
        rows.append((collaboration["uuid"], records.digest(collaboration), None))
        rows.extend((b["uuid"], records.digest(b), b["position"]) for b in collaboration["barriers"])
        rows.extend((r["uuid"], records.digest(r), None) for key in METHOD_KEYS for r in collaboration[key])
    insert_rows(
        ExchangeBase,
        [{"record_uuid": stored_uuid(u), "digest": d, "position": p} for u, d, p in rows],
        replace=True,
    )


def _partner_fields(collaboration: dict) -> list[dict]:
    return [
        {key: partner[key] for key in ("uuid", "name", "sector", "role")}
        for partner in collaboration["partners"]
    ]


def _renumber(collaboration_id: int, precondition: str) -> None:
    """Positions 0, 1, 2... again in a column; a conflicting copy comes just after its original."""
    cards = (
        Barrier.select(Barrier.id, Barrier.position, Barrier.conflict_of, Barrier.uuid)
        .where(
            Barrier.collaboration == collaboration_id,
            Barrier.precondition == precondition,
            Barrier.deleted_at.is_null(),
        )
        .tuples()
    )
    # Ties go by UUID, which both laptops share, so both come to the same order.
    ordered = sorted(cards, key=lambda card: (card[1], card[2] is not None, str(card[3])))
    for position, (barrier_id, old_position, _, _) in enumerate(ordered):
        if position != old_position:
            Barrier.update(position=position).where(Barrier.id == barrier_id).execute()
