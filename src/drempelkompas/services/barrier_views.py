"""Reading barriers: a collaboration's board per column, one barrier, a blank one for an editor,
and a barrier's history. The use cases that change barriers are in `barriers`, which offers these
names too."""

import copy
from dataclasses import dataclass
from datetime import date, datetime

from drempelkompas.domain.enums import DEFAULT_IMPACT, Level, Precondition, Status
from drempelkompas.domain.errors import NotFoundError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.pairing import suggested_lesson
from drempelkompas.services.lessons import lesson_fits
from drempelkompas.storage.models import (
    Barrier,
    BarrierChange,
    database,
    read_date,
    read_datetime,
    utc_now,
    uuid_text,
)


@dataclass(frozen=True)
class BarrierView:
    id: int
    uuid: str
    collaboration_id: int
    precondition: Precondition
    position: int
    title: str
    description: str
    status: Status
    impact: int
    level: Level | None
    owner: str
    due_date: date | None
    lesson_id: int | None  # the lesson chosen on the card
    suggested_lesson_id: int | None  # what the method suggests; applies when none is chosen
    next_action: str
    catalog_key: str | None
    created_at: datetime
    updated_at: datetime
    overcome_at: datetime | None
    conflict: bool = False  # an imported version that conflicts with another card; see keep_both

    @property
    def effective_lesson_id(self) -> int | None:
        return self.lesson_id if self.lesson_id is not None else self.suggested_lesson_id

    def placed(self, precondition: Precondition, position: int) -> "BarrierView":
        """This card at another place. A move renumbers hundreds of cards, and this copy takes half
        the time of `dataclasses.replace`, which runs every field through `__init__` again."""
        moved = copy.copy(self)
        object.__setattr__(moved, "precondition", precondition)
        object.__setattr__(moved, "position", position)
        return moved


@dataclass(frozen=True)
class HistoryEntry:
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: datetime
    actor: str = ""  # who made the change ("" when not known: before schema version 8)


def get_barrier(barrier_id: int) -> BarrierView:
    found = _views(Barrier.select().where(Barrier.id == barrier_id, Barrier.deleted_at.is_null()))
    if not found:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This barrier no longer exists."))
    return found[0]


def blank_barrier(collaboration_id: int, precondition: Precondition) -> BarrierView:
    """What a new, still unsaved barrier looks like in an editor (id 0)."""
    best = suggested_lesson(precondition, None, lesson_fits())
    now = utc_now()
    return BarrierView(
        id=0,
        uuid="",
        collaboration_id=collaboration_id,
        precondition=precondition,
        position=0,
        title="",
        description="",
        status=Status.OPEN,
        impact=DEFAULT_IMPACT,
        level=None,
        owner="",
        due_date=None,
        lesson_id=None,
        suggested_lesson_id=best.lesson_id if best else None,
        next_action="",
        catalog_key=None,
        created_at=now,
        updated_at=now,
        overcome_at=None,
    )


def board(collaboration_id: int) -> dict[Precondition, list[BarrierView]]:
    """The barriers of a collaboration per precondition column, in board order."""
    columns: dict[Precondition, list[BarrierView]] = {p: [] for p in Precondition}
    for view in _views(_board_query(collaboration_id).order_by(Barrier.precondition, Barrier.position)):
        columns[view.precondition].append(view)
    return columns


def column(collaboration_id: int, precondition: Precondition) -> list[BarrierView]:
    """The barriers of one column of a collaboration's board, in board order."""
    query = _board_query(collaboration_id).where(Barrier.precondition == precondition)
    return _views(query.order_by(Barrier.position))


def column_order(
    collaboration_id: int, preconditions: frozenset[Precondition]
) -> dict[Precondition, list[tuple[int, int]]]:
    """Per column, its barriers' ids and positions in board order: what a move changes."""
    order: dict[Precondition, list[tuple[int, int]]] = {p: [] for p in preconditions}
    values = [p.value for p in preconditions]
    rows = database.execute_sql(
        _COLUMN_ORDER_SQL.format(mark=database.param, marks=", ".join([database.param] * len(values))),
        [collaboration_id, *values],
    )
    for barrier_id, precondition, position in rows:
        order[_PRECONDITIONS[precondition]].append((barrier_id, position))
    return order


# As `_board_query` selects, written out: peewee would take longer to build it than SQLite to run it.
_COLUMN_ORDER_SQL = (
    "SELECT id, precondition, position FROM barrier "
    "WHERE collaboration_id = {mark} AND deleted_at IS NULL AND precondition IN ({marks}) "
    "ORDER BY precondition, position"
)


def _board_query(collaboration_id: int):
    return Barrier.select().where(Barrier.collaboration == collaboration_id, Barrier.deleted_at.is_null())


def history(barrier_id: int) -> list[HistoryEntry]:
    """Every recorded change of the barrier, oldest first."""
    changes = (
        BarrierChange.select()
        .where(BarrierChange.barrier == barrier_id)
        .order_by(BarrierChange.changed_at, BarrierChange.id)
    )
    return [HistoryEntry(c.field, c.old_value, c.new_value, c.changed_at, c.actor) for c in changes]


# The columns a BarrierView needs, in its field order (suggested_lesson_id is computed).
_VIEW_COLUMNS = (
    Barrier.id,
    Barrier.uuid,
    Barrier.collaboration,
    Barrier.precondition,
    Barrier.position,
    Barrier.title,
    Barrier.description,
    Barrier.status,
    Barrier.impact,
    Barrier.level,
    Barrier.owner,
    Barrier.due_date,
    Barrier.lesson,
    Barrier.next_action,
    Barrier.catalog_key,
    Barrier.created_at,
    Barrier.updated_at,
    Barrier.overcome_at,
    Barrier.conflict_of,
)
_PRECONDITIONS = {p.value: p for p in Precondition}
_STATUSES = {s.value: s for s in Status}
_LEVELS = {level.value: level for level in Level}


def _views(query) -> list[BarrierView]:
    """Builds views from the raw rows: peewee's per-value conversion would dominate a 2,000-card board."""
    fits = lesson_fits()
    suggestions: dict[tuple[str, str | None], int | None] = {}
    sql, params = query.select(*_VIEW_COLUMNS).sql()
    views = []
    for (
        barrier_id,
        hex_uuid,
        collaboration_id,
        precondition,
        position,
        title,
        description,
        status,
        impact,
        level,
        owner,
        due,
        lesson_id,
        next_action,
        catalog_key,
        created,
        updated,
        overcome,
        conflict_of,
    ) in database.execute_sql(sql, params):
        key = (precondition, catalog_key)
        if key not in suggestions:
            best = suggested_lesson(_PRECONDITIONS[precondition], catalog_key, fits)
            suggestions[key] = best.lesson_id if best else None
        views.append(
            BarrierView(
                barrier_id,
                uuid_text(hex_uuid),
                collaboration_id,
                _PRECONDITIONS[precondition],
                position,
                title,
                description,
                _STATUSES[status],
                impact,
                _LEVELS.get(level),
                owner,
                read_date(due),
                lesson_id,
                suggestions[key],
                next_action,
                catalog_key,
                read_datetime(created),
                read_datetime(updated),
                read_datetime(overcome),
                conflict_of is not None,
            )
        )
    return views
