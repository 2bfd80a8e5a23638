"""The portfolio: every collaboration against the four preconditions, for the programme manager.

Per collaboration and precondition: the open barriers, how many are overdue, the highest impact
among them and whether one has an owner at the administrative level; and per collaboration its
phase, its last activity and the state of its action plan. Read in a few grouped queries.
"""

from datetime import date

from peewee import Case, fn

from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.services import plans
from drempelkompas.services.collaborations import sort_key
from drempelkompas.storage.models import Barrier, BarrierChange, Collaboration, PlanVersion, database

SNAPSHOT_FORMAT = "drempelkompas-portfolio"
NO_PLAN = {"state": plans.PLAN_NONE, "version": None, "signed_off_on": None, "signatories": []}


def portfolio(on: date, include_archived: bool = False) -> dict:
    """The portfolio as plain data (rows sorted by name), counting overdue against `on`."""
    with database.atomic():  # one consistent read
        query = Collaboration.select().where(Collaboration.deleted_at.is_null())
        if not include_archived:
            query = query.where(Collaboration.archived == False)  # noqa: E712 - peewee expression
        collaborations = list(query)
        cells = _cells(on)
        activity = _last_activity()
        versioned = {row[0] for row in PlanVersion.select(PlanVersion.collaboration).distinct().tuples()}
        rows = []
        for collaboration in collaborations:
            own = cells.get(collaboration.id, {})
            per_precondition = {p.value: own.get(p.value, _empty_cell()) for p in Precondition}
            last = max(filter(None, [activity.get(collaboration.id), collaboration.updated_at]))
            rows.append(
                {
                    "id": collaboration.id,
                    "name": collaboration.name,
                    "phase": collaboration.phase,
                    "archived": collaboration.archived,
                    "cells": per_precondition,
                    "open": sum(cell["open"] for cell in per_precondition.values()),
                    "overdue": sum(cell["overdue"] for cell in per_precondition.values()),
                    "impact": max(cell["impact"] for cell in per_precondition.values()),
                    "administrative": all(
                        cell["administrative"] or not cell["open"] for cell in per_precondition.values()
                    ),
                    "last_activity": last.date().isoformat(),
                    "plan": plans.plan_state(collaboration.id) if collaboration.id in versioned else NO_PLAN,
                }
            )
    rows.sort(key=lambda row: sort_key(row["name"]))
    return {"format": SNAPSHOT_FORMAT, "created_at": on.isoformat() + "T00:00:00Z", "rows": rows}


def _empty_cell() -> dict:
    return {"open": 0, "overdue": 0, "impact": 0, "administrative": False}


def _cells(on: date) -> dict[int, dict[str, dict]]:
    """Per collaboration and precondition, what its open barriers add up to."""
    administrative = Case(
        None, [((Barrier.level == Level.ADMINISTRATIVE.value) & (Barrier.owner != ""), 1)], 0
    )
    overdue = Case(None, [(Barrier.due_date < on, 1)], 0)
    rows = (
        Barrier.select(
            Barrier.collaboration,
            Barrier.precondition,
            fn.COUNT(Barrier.id),
            fn.SUM(overdue),
            fn.MAX(Barrier.impact),
            fn.MAX(administrative),
        )
        .where(Barrier.deleted_at.is_null(), Barrier.status != Status.OVERCOME.value)
        .group_by(Barrier.collaboration, Barrier.precondition)
        .tuples()
    )
    cells: dict[int, dict[str, dict]] = {}
    for collaboration_id, precondition, count, overdue_count, impact, has_administrative in rows:
        cells.setdefault(collaboration_id, {})[precondition] = {
            "open": count,
            "overdue": int(overdue_count or 0),
            "impact": impact or 0,
            "administrative": bool(has_administrative),
        }
    return cells


def _last_activity() -> dict:
    """Per collaboration, the moment of the latest change to any of its barriers."""
    rows = (
        Barrier.select(Barrier.collaboration, fn.MAX(BarrierChange.changed_at))
        .join(BarrierChange)
        .group_by(Barrier.collaboration)
        .tuples()
    )
    to_datetime = BarrierChange.changed_at.python_value
    return {collaboration_id: to_datetime(moment) for collaboration_id, moment in rows}
