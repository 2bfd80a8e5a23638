"""Use cases for barriers: add, edit, move, change status, pair a lesson, delete and restore.

Every change is one transaction and leaves an entry per changed field in the barrier's history.
Longer than most modules on purpose: every way a barrier changes, and the rules for its place
in its column and its history, stand together, so none of them can drift from the others. The
board's reading half is in `barrier_views`; its names are offered here too, so a caller that
reads and changes barriers needs one module.
"""

import uuid
from collections.abc import Callable, Iterable
from datetime import date

from peewee import fn

from drempelkompas.domain.catalog import CATALOG_CONTEXT, TYPICAL_BARRIERS_BY_KEY
from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.domain.errors import EditConflictError, NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import validation as v
from drempelkompas.services.barrier_views import (  # noqa: F401 (offered here, see above)
    BarrierView,
    HistoryEntry,
    blank_barrier,
    board,
    column,
    column_order,
    get_barrier,
    history,
)
from drempelkompas.services.collaborations import get_record as get_collaboration_record
from drempelkompas.services.concurrent_edits import locked, outdated_fields
from drempelkompas.services.lessons import Translate, untranslated
from drempelkompas.storage.models import (
    Barrier,
    BarrierChange,
    Collaboration,
    Lesson,
    database,
    insert_rows,
    utc_now,
)

# Fields that `update_barrier` edits; the others have their own use case.
_EDITABLE = {
    "title": lambda value: v.clean_line(value, v.TITLE),
    "description": lambda value: v.clean_text(value, v.DESCRIPTION),
    "impact": v.clean_impact,
    "level": lambda value: None if value in (None, "") else v.enum_value(Level, value, v.LEVEL),
    "owner": lambda value: v.clean_optional_line(value, v.OWNER),
    "due_date": v.clean_due_date,
    "next_action": lambda value: v.clean_text(value, v.NEXT_ACTION),
}


def add_barrier(
    collaboration_id: int,
    precondition: Precondition | str,
    title: str,
    *,
    status: Status | str = Status.OPEN,
    lesson_id: int | None = None,
    catalog_key: str | None = None,
    position: int | None = None,
    **fields,
) -> int:
    """Adds a barrier at `position` in its column (default: at the end) and returns its id."""
    row = new_barrier(collaboration_id, precondition, title, status=status, catalog_key=catalog_key, **fields)
    with database.atomic():
        get_collaboration_record(collaboration_id)
        lock_boards([collaboration_id])
        row["lesson"] = _get_lesson(lesson_id)
        size = _column(collaboration_id, row["precondition"]).count()
        position = size if position is None else max(0, min(position, size))
        _shift(collaboration_id, row["precondition"], from_position=position, by=+1)
        barrier = Barrier.create(position=position, **row)
        _record(barrier, "created", None, barrier.title)
        return barrier.id


def new_barrier(
    collaboration_id: int,
    precondition: Precondition | str,
    title: str,
    *,
    status: Status | str = Status.OPEN,
    catalog_key: str | None = None,
    **fields,
) -> dict:
    """The checked fields of a new barrier (all but its position and lesson), as `add_barrier` takes them.

    Raises ValidationError, naming the field, for anything that breaks a rule.
    """
    precondition = v.enum_value(Precondition, precondition, v.PRECONDITION)
    status = v.enum_value(Status, status, v.STATUS)
    cleaned = _clean({"title": title, **fields})
    if catalog_key is not None and catalog_key not in TYPICAL_BARRIERS_BY_KEY:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown typical barrier {key}."), key=catalog_key)
    now = utc_now()
    return {
        "collaboration": collaboration_id,
        "precondition": precondition,
        "status": status,
        "catalog_key": catalog_key,
        "created_at": now,
        "updated_at": now,
        "overcome_at": now if status is Status.OVERCOME else None,
        **cleaned,
    }


APPEND_BATCH = 10_000  # rows an import writes between two reports of how far it is


def append_barriers(
    rows: list[dict], lesson_ids: list[int | None], progress: Callable[[int], None] | None = None
) -> None:
    """Adds many barriers (from `new_barrier`) at the ends of their columns, many rows per statement.

    For imports: each column is counted once, not once per barrier. The caller has checked that
    the collaborations and lessons exist, and holds the transaction. `progress` hears how many
    rows are written so far, after each batch of APPEND_BATCH.
    """
    lock_boards(row["collaboration"] for row in rows)
    counted = (
        Barrier.select(Barrier.collaboration, Barrier.precondition, fn.COUNT(Barrier.id))
        .where(Barrier.deleted_at.is_null())
        .group_by(Barrier.collaboration, Barrier.precondition)
        .tuples()
    )
    sizes = {(collaboration, precondition): count for collaboration, precondition, count in counted}
    new = []
    for row, lesson_id in zip(rows, lesson_ids, strict=True):
        its_column = (row["collaboration"], str(row["precondition"]))
        position = sizes.get(its_column, 0)
        sizes[its_column] = position + 1
        new.append(row | {"uuid": uuid.uuid4().hex, "position": position, "lesson": lesson_id})
    for start in range(0, len(new), APPEND_BATCH):
        batch = new[start : start + APPEND_BATCH]
        (last_id,) = database.execute_sql("SELECT coalesce(max(id), 0) FROM barrier").fetchone()
        insert_rows(Barrier, batch)
        # The transaction is ours alone: every row after the last id is one of this batch.
        ids = dict(
            database.execute_sql(f"SELECT uuid, id FROM barrier WHERE id > {database.param}", (last_id,))
        )
        created = [
            {
                "uuid": uuid.uuid4().hex,
                "barrier": ids[row["uuid"]],
                "field": "created",
                "new_value": row["title"],
            }
            for row in batch
        ]
        insert_rows(BarrierChange, created)
        if progress is not None:
            progress(start + len(batch))


def add_typical_barriers(
    collaboration_id: int, keys: Iterable[str], translate: Translate = untranslated
) -> list[int]:
    """Adds typical barriers from the catalog, worded in the user's language, in one transaction."""
    with database.atomic():
        ids = []
        for key in keys:
            typical = TYPICAL_BARRIERS_BY_KEY.get(key)
            if typical is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown typical barrier {key}."), key=key)
            ids.append(
                add_barrier(
                    collaboration_id,
                    typical.precondition,
                    translate(CATALOG_CONTEXT, typical.title),
                    description=translate(CATALOG_CONTEXT, typical.description),
                    catalog_key=key,
                )
            )
        return ids


def update_barrier(barrier_id: int, **changes) -> None:
    """Edits any of title, description, impact, level, owner, due_date and next_action."""
    cleaned = _clean(changes)
    with database.atomic():
        barrier = _get(barrier_id)
        for field, value in cleaned.items():
            _change(barrier, field, value)
        barrier.save()


UNCHANGED = object()


def edit_barrier(
    barrier_id: int,
    *,
    status: Status | str | None = None,
    lesson_id=UNCHANGED,
    started_from: dict | None = None,
    **fields,
) -> None:
    """Applies an editor's changes (fields, status and lesson) in one transaction.

    `started_from` holds what the editor showed of each field it changes ("status" and "lesson_id"
    too). When someone else has since given one of those fields another value than this edit does,
    nothing is saved: EditConflictError. Changes to other fields, theirs and these, both stay.
    """
    with database.atomic():
        if started_from:
            changes = {**fields, "status": status, "lesson_id": lesson_id}
            _refuse_an_outdated_edit(_get(barrier_id), started_from, changes)
        if fields:
            update_barrier(barrier_id, **fields)
        if status is not None:
            set_status(barrier_id, status)
        if lesson_id is not UNCHANGED:
            pair_lesson(barrier_id, lesson_id)


def set_status(barrier_id: int, status: Status | str) -> None:
    status = v.enum_value(Status, status, v.STATUS)
    with database.atomic():
        barrier = _get(barrier_id)
        if _change(barrier, "status", status):
            barrier.overcome_at = utc_now() if status is Status.OVERCOME else None
        barrier.save()


def pair_lesson(barrier_id: int, lesson_id: int | None) -> None:
    """Pairs a lesson with the barrier; None returns it to the method's suggestion."""
    with database.atomic():
        barrier = _get(barrier_id)
        lesson = _get_lesson(lesson_id)
        old = barrier.lesson
        if (old.id if old else None) != lesson_id:
            barrier.lesson = lesson
            _touch_and_record(barrier, "lesson", _lesson_text(old), _lesson_text(lesson))
        barrier.save()


def move_barrier(barrier_id: int, precondition: Precondition | str, position: int) -> None:
    """Moves a barrier to `position` in the column of `precondition` (the same or another)."""
    precondition = v.enum_value(Precondition, precondition, v.PRECONDITION)
    with database.atomic():
        # Only the place is read and written: a move is the board's most frequent change.
        collaboration_id, old_precondition, old_position = _place(barrier_id)
        if lock_boards([collaboration_id]):  # someone else may have moved it meanwhile
            collaboration_id, old_precondition, old_position = _place(barrier_id)
        _shift(collaboration_id, old_precondition, from_position=old_position + 1, by=-1)
        size = _column(collaboration_id, precondition).where(Barrier.id != barrier_id).count()
        position = max(0, min(position, size))
        _shift(collaboration_id, precondition, from_position=position, by=+1, skip=barrier_id)
        changes = [
            (field, old, new)
            for field, old, new in (
                ("precondition", old_precondition, precondition.value),
                ("position", old_position, position),
            )
            if old != new
        ]
        if changes:
            Barrier.update(precondition=precondition.value, position=position, updated_at=utc_now()).where(
                Barrier.id == barrier_id
            ).execute()
        for field, old, new in changes:
            BarrierChange.create(barrier=barrier_id, field=field, old_value=str(old), new_value=str(new))


def _place(barrier_id: int) -> tuple[int, str, int]:
    """The collaboration, column and position of a barrier on the board."""
    place = (
        Barrier.select(Barrier.collaboration, Barrier.precondition, Barrier.position)
        .where(Barrier.id == barrier_id, Barrier.deleted_at.is_null())
        .tuples()
        .first()
    )
    if place is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This barrier no longer exists."))
    return place


def lock_boards(collaboration_ids: Iterable[int]) -> bool:
    """Makes whoever else changes these collaborations' boards wait until this transaction ends, so
    the positions in their columns stay gapless. True when that was needed: on a team database,
    which locks the collaborations' rows (a file has one writer at a time already)."""
    if not database.obj.for_update:
        return False
    ids = sorted(set(collaboration_ids))  # always in the same order: two imports never deadlock
    if ids:
        Collaboration.select(Collaboration.id).where(Collaboration.id.in_(ids)).order_by(
            Collaboration.id
        ).for_update().execute()
    return True


def delete_barrier(barrier_id: int) -> None:
    """Takes a barrier off the board; its history stays and `restore_barrier` brings it back."""
    with database.atomic():
        lock_boards([_place(barrier_id)[0]])
        barrier = _get(barrier_id)  # read after the lock: its position is the current one
        _shift(barrier.collaboration_id, barrier.precondition, barrier.position + 1, by=-1)
        barrier.deleted_at = utc_now()
        _touch_and_record(barrier, "deleted", None, None)
        barrier.save()
        # Deleting either card of a conflicting pair resolves the conflict.
        Barrier.update(conflict_of=None).where(Barrier.conflict_of == barrier.uuid).execute()
        Barrier.update(conflict_of=None).where(Barrier.id == barrier.id).execute()


def add_conflicting_copy(barrier_id: int, version: BarrierView) -> int:
    """Keeps `version` of a barrier (an edit refused as outdated) as a second card just after it,
    marked as in conflict with it, as an exchange keeps both versions; returns the new card's id."""
    with database.atomic():
        original = _get(barrier_id)
        copy = add_barrier(
            original.collaboration_id,
            original.precondition,
            version.title,
            status=version.status,
            lesson_id=version.lesson_id,
            position=original.position + 1,
            **{field: getattr(version, field) for field in COPIED_FIELDS},
        )
        Barrier.update(conflict_of=original.uuid).where(Barrier.id == copy).execute()
        return copy


COPIED_FIELDS = ("description", "impact", "level", "owner", "due_date", "next_action", "catalog_key")


def keep_both(barrier_id: int) -> str | None:
    """Resolves an import conflict by keeping both cards as separate barriers.

    Returns the UUID of the card it conflicted with, for `mark_conflict` to undo this.
    """
    with database.atomic():
        barrier = _get(barrier_id)
        original = barrier.conflict_of
        Barrier.update(conflict_of=None).where(Barrier.id == barrier.id).execute()
        return str(original) if original is not None else None


def mark_conflict(barrier_id: int, original_uuid: str | None) -> None:
    """Marks the barrier again as an imported version in conflict with `original_uuid`."""
    with database.atomic():
        barrier = _get(barrier_id)
        Barrier.update(conflict_of=original_uuid).where(Barrier.id == barrier.id).execute()


def restore_barrier(barrier_id: int) -> None:
    with database.atomic():
        owner = Barrier.select(Barrier.collaboration).where(Barrier.id == barrier_id).scalar()
        lock_boards([owner] if owner is not None else [])
        barrier = Barrier.get_or_none(Barrier.id == barrier_id, Barrier.deleted_at.is_null(False))
        if barrier is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This barrier no longer exists."))
        size = _column(barrier.collaboration_id, barrier.precondition).count()
        barrier.position = min(barrier.position, size)
        _shift(barrier.collaboration_id, barrier.precondition, barrier.position, by=+1)
        barrier.deleted_at = None
        _touch_and_record(barrier, "restored", None, None)
        barrier.save()


def _clean(changes: dict) -> dict:
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"not editable with update_barrier: {sorted(unknown)}")
    return {field: _EDITABLE[field](value) for field, value in changes.items()}


def _refuse_an_outdated_edit(barrier: Barrier, started_from: dict, changes: dict) -> None:
    """`started_from`: what the editor showed of each field the edit changes."""
    if outdated_fields(barrier, started_from, changes):
        raise EditConflictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this barrier while you were editing it, in the same fields: "
                "nothing was saved.",
            )
        )


def _get(barrier_id: int) -> Barrier:
    """The barrier for a change, locked (`concurrent_edits.locked`)."""
    barrier = locked(Barrier.select().where(Barrier.id == barrier_id, Barrier.deleted_at.is_null()))
    if barrier is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This barrier no longer exists."))
    return barrier


def _get_lesson(lesson_id: int | None) -> Lesson | None:
    if lesson_id is None:
        return None
    lesson = Lesson.get_or_none(Lesson.id == lesson_id)
    if lesson is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This lesson no longer exists."))
    return lesson


def _column(collaboration_id: int, precondition: str):
    return Barrier.select().where(
        Barrier.collaboration == collaboration_id,
        Barrier.precondition == precondition,
        Barrier.deleted_at.is_null(),
    )


def _shift(collaboration_id, precondition, from_position: int, by: int, skip: int | None = None):
    """Moves every card at or after `from_position` in a column by `by` places."""
    query = Barrier.update(position=Barrier.position + by).where(
        Barrier.collaboration == collaboration_id,
        Barrier.precondition == precondition,
        Barrier.position >= from_position,
        Barrier.deleted_at.is_null(),
    )
    if skip is not None:
        query = query.where(Barrier.id != skip)
    query.execute()


def _change(barrier: Barrier, field: str, value) -> bool:
    """Sets a field (not saved yet) and records it in the history if it really changed."""
    old = getattr(barrier, field)
    if old == value:
        return False
    setattr(barrier, field, value)
    _touch_and_record(barrier, field, _as_text(old), _as_text(value))
    return True


def _touch_and_record(barrier: Barrier, field: str, old: str | None, new: str | None) -> None:
    barrier.updated_at = utc_now()
    _record(barrier, field, old, new)


def _record(barrier: Barrier, field: str, old: str | None, new: str | None) -> None:
    BarrierChange.create(barrier=barrier, field=field, old_value=old, new_value=new)


def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _lesson_text(lesson: Lesson | None) -> str | None:
    """Lessons are named by UUID in the history, so it survives renaming and exchange."""
    return str(lesson.uuid) if lesson else None
