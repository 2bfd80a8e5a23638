"""The history of a collaboration's barriers, read in one query, and the timeline replayed from it."""

from datetime import date

from drempelkompas.domain.timeline import BarrierHistory, Event, Timeline, replay
from drempelkompas.storage.models import Barrier, BarrierChange

_HISTORY_SQL = (
    "SELECT b.id, b.title, b.precondition, b.status, c.field, c.old_value, c.new_value, c.changed_at "
    "FROM barrier b JOIN barrier_change c ON c.barrier_id = b.id "
    "WHERE b.collaboration_id = {mark} ORDER BY b.id, c.changed_at, c.id"
)


def histories(collaboration_id: int) -> list[tuple[dict, BarrierHistory]]:
    """Every barrier of the collaboration, deleted ones too, with its history oldest first."""
    found: dict[int, tuple[dict, BarrierHistory]] = {}
    cursor = Barrier._meta.database.execute_sql(
        _HISTORY_SQL.format(mark=Barrier._meta.database.param), (collaboration_id,)
    )
    to_datetime = BarrierChange.changed_at.python_value
    for barrier_id, title, precondition, status, field, old, new, changed_at in cursor:
        if barrier_id not in found:
            about = {"title": title, "precondition": precondition}
            found[barrier_id] = (about, BarrierHistory(precondition, status, []))
        found[barrier_id][1].events.append(Event(to_datetime(changed_at), field, old, new))
    return list(found.values())


def timeline(collaboration_id: int, until: date) -> Timeline:
    """Open barriers at each month's end and barriers overcome per month, up to `until`'s month."""
    return replay([history for _, history in histories(collaboration_id)], until)
