"""Use cases for the phase gates: check what the method asks before the next phase, and record
the go or no-go (a go moves the collaboration on)."""

import json
from dataclasses import dataclass
from datetime import date

from drempelkompas.domain import gates
from drempelkompas.domain.enums import IMPACT_RANGE, GateDecision, Phase, Status
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.domain.gates import Criterion
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import commitments, contributions, scans
from drempelkompas.services import validation as v
from drempelkompas.services.collaborations import get_record
from drempelkompas.services.partners import partner_facts
from drempelkompas.storage.models import Barrier, Collaboration, PhaseGate, database, utc_now


@dataclass(frozen=True)
class GateCheck:
    phase: Phase
    next_phase: Phase | None  # None: the last phase has no gate
    criteria: list[Criterion]

    @property
    def all_met(self) -> bool:
        return all(c.met for c in self.criteria)


@dataclass(frozen=True)
class GateView:
    id: int
    from_phase: Phase
    to_phase: Phase
    decision: GateDecision
    decided_on: date
    decided_by: str
    note: str
    criteria: tuple[tuple[str, bool], ...]  # (criterion key, met) as it was checked
    meeting_on: date | None
    recorded_by: str = ""  # who recorded it in the app


def facts(collaboration_id: int, today: date | None = None) -> gates.Facts:
    collaboration = get_record(collaboration_id)
    blocking = (
        Barrier.select()
        .where(
            Barrier.collaboration == collaboration_id,
            Barrier.deleted_at.is_null(),
            Barrier.status != Status.OVERCOME,
            Barrier.impact == IMPACT_RANGE[-1],
        )
        .count()
    )
    return gates.Facts(
        phase=Phase(collaboration.phase),
        partners=partner_facts(collaboration_id),
        commitments=commitments.states(collaboration_id),
        contributions=tuple(c.facts for c in contributions.contributions(collaboration_id)),
        latest_scan=scans.latest_profile(collaboration_id),
        blocking_barriers=blocking,
        today=today or date.today(),
    )


def check_gate(collaboration_id: int, today: date | None = None) -> GateCheck:
    """The criteria of the gate out of the collaboration's current phase."""
    known = facts(collaboration_id, today)
    return GateCheck(known.phase, gates.next_phase(known.phase), gates.check(known))


def record_gate(
    collaboration_id: int,
    decision: GateDecision | str,
    decided_by: str,
    note: str = "",
    decided_on: date | None = None,
    meeting_on: date | None = None,
) -> int:
    """Records a go or no-go at the gate out of the current phase; a go moves the collaboration to
    the next phase. A go while criteria are unmet needs a note that says why. Returns its id."""
    decision = v.enum_value(GateDecision, decision, v.DECISION)
    decided_by = v.clean_line(decided_by, v.DECIDED_BY)
    note = v.clean_text(note, v.NOTE)
    decided_on = v.clean_due_date(decided_on) or date.today()
    meeting_on = v.clean_due_date(meeting_on)
    with database.atomic():
        checked = check_gate(collaboration_id, decided_on)
        if checked.next_phase is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The collaboration is embedded: there is no phase after it.")
            )
        if decision is GateDecision.GO and not checked.all_met and not note:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Not every criterion is met: say in a note why the collaboration goes on anyway.",
                )
            )
        gate = PhaseGate.create(
            collaboration=collaboration_id,
            from_phase=checked.phase,
            to_phase=checked.next_phase,
            decision=decision,
            decided_on=decided_on,
            decided_by=decided_by,
            note=note,
            criteria=json.dumps([[c.key, c.met] for c in checked.criteria]),
            meeting_on=meeting_on,
        )
        if decision is GateDecision.GO:
            _set_phase(collaboration_id, checked.next_phase)
        return gate.id


def withdraw_gate(gate_id: int) -> None:
    """Takes a recorded gate back (undo): a go's collaboration returns to the phase it came from."""
    with database.atomic():
        gate = PhaseGate.get_or_none(PhaseGate.id == gate_id, PhaseGate.deleted_at.is_null())
        if gate is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This phase gate decision no longer exists."))
        gate.deleted_at = utc_now()
        gate.save()
        if gate.decision == GateDecision.GO:
            _set_phase(gate.collaboration_id, Phase(gate.from_phase))


def restore_gate(gate_id: int) -> None:
    """Records a withdrawn gate again (redo)."""
    with database.atomic():
        gate = PhaseGate.get_or_none(PhaseGate.id == gate_id)
        if gate is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This phase gate decision no longer exists."))
        gate.deleted_at = None
        gate.save()
        if gate.decision == GateDecision.GO:
            _set_phase(gate.collaboration_id, Phase(gate.to_phase))


def gate_history(collaboration_id: int) -> list[GateView]:
    """The recorded gates, oldest first."""
    query = (
        PhaseGate.select()
        .where(PhaseGate.collaboration == collaboration_id, PhaseGate.deleted_at.is_null())
        .order_by(PhaseGate.decided_on, PhaseGate.id)
    )
    return [_view(gate) for gate in query]


def last_gate(collaboration_id: int) -> GateView | None:
    found = gate_history(collaboration_id)
    return found[-1] if found else None


def _set_phase(collaboration_id: int, phase: Phase) -> None:
    Collaboration.update(phase=phase, updated_at=utc_now()).where(
        Collaboration.id == collaboration_id
    ).execute()


def _view(gate: PhaseGate) -> GateView:
    return GateView(
        id=gate.id,
        from_phase=Phase(gate.from_phase),
        to_phase=Phase(gate.to_phase),
        decision=GateDecision(gate.decision),
        decided_on=gate.decided_on,
        decided_by=gate.decided_by,
        note=gate.note,
        criteria=tuple((key, bool(met)) for key, met in json.loads(gate.criteria)),
        meeting_on=gate.meeting_on,
        recorded_by=gate.recorded_by,
    )
