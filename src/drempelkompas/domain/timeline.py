"""Progress over time, replayed from the barriers' history: open barriers at the end of each month
and barriers overcome in it, per precondition."""

from dataclasses import dataclass, field
from datetime import date, datetime

from drempelkompas.domain.enums import Precondition, Status

MAX_MONTHS = 24  # a chart or table shows at most the last two years


@dataclass(frozen=True)
class Event:
    """One entry of a barrier's history, as the timeline needs it."""

    at: datetime
    field: str  # "created", "deleted", "restored", "status", "precondition", …
    old: str | None
    new: str | None


@dataclass(frozen=True)
class BarrierHistory:
    """A barrier as it is now, with its history oldest first."""

    precondition: str
    status: str
    events: list[Event]


@dataclass
class Timeline:
    """Per month (its first day): open barriers at its end, and barriers overcome in it."""

    months: list[date] = field(default_factory=list)
    open: dict[str, list[int]] = field(default_factory=dict)  # precondition value -> count per month
    overcome: dict[str, list[int]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "months": [month.isoformat()[:7] for month in self.months],
            "open": self.open,
            "overcome": self.overcome,
        }


def month_start(day: date) -> date:
    return day.replace(day=1)


def _number(day: date) -> int:
    """A month as one number (year × 12 + month − 1), so months count without date arithmetic."""
    return day.year * 12 + day.month - 1


def months_between(first: date, last: date) -> list[date]:
    """The first days of the months from `first`'s to `last`'s, at most the last MAX_MONTHS."""
    end = _number(last)
    start = max(_number(first), end - MAX_MONTHS + 1)
    return [date(number // 12, number % 12 + 1, 1) for number in range(start, end + 1)]


def replay(barriers: list[BarrierHistory], until: date) -> Timeline:
    """The timeline up to and including the month of `until`.

    A barrier counts as open (open or in progress) at a month's end when it was created by
    then, not deleted at that moment, and its status then was not overcome; it counts in the
    column it stood in then.
    """
    created = [b.events[0].at.date() for b in barriers if b.events and b.events[0].field == "created"]
    if not created:
        return Timeline()
    months = months_between(min(created), until)
    timeline = Timeline(
        months=months,
        open={p.value: [0] * len(months) for p in Precondition},
        overcome={p.value: [0] * len(months) for p in Precondition},
    )
    numbers = [_number(month) for month in months]
    for barrier in barriers:
        _replay_one(barrier, numbers, timeline)
    return timeline


def _replay_one(barrier: BarrierHistory, numbers: list[int], timeline: Timeline) -> None:
    events = barrier.events
    if not events or events[0].field != "created":
        return
    # The state at creation: a field's first change says what it was before.
    status = next((e.old for e in events if e.field == "status"), None) or barrier.status
    precondition = next((e.old for e in events if e.field == "precondition"), None) or barrier.precondition
    exists = False
    index = 0
    for column, month in enumerate(numbers):
        while index < len(events) and _number(events[index].at) <= month:
            event = events[index]
            if event.field in ("created", "restored"):
                exists = True
            elif event.field == "deleted":
                exists = False
            elif event.field == "status" and event.new:
                overcome_now = event.new == Status.OVERCOME.value and status != Status.OVERCOME.value
                if (
                    overcome_now
                    and exists
                    and _number(event.at) == month
                    and precondition in timeline.overcome
                ):
                    timeline.overcome[precondition][column] += 1
                status = event.new
            elif event.field == "precondition" and event.new:
                precondition = event.new
            index += 1
        if exists and status != Status.OVERCOME.value and precondition in timeline.open:
            timeline.open[precondition][column] += 1
