"""What an import of an exchange file did, or would do: one change per record, by kind and outcome."""

from dataclasses import dataclass, field
from enum import StrEnum

from drempelkompas.domain.markers import QT_TRANSLATE_NOOP


class Kind(StrEnum):
    COLLABORATION = "collaboration"
    BARRIER = "barrier"
    LESSON = "lesson"
    PLAN_VERSION = "plan_version"
    COMMITMENT = "commitment"
    CONTRIBUTION = "contribution"
    SCAN_RESPONSE = "scan_response"
    PHASE_GATE = "phase_gate"


KIND_LABELS = {
    Kind.COLLABORATION: QT_TRANSLATE_NOOP("Exchange", "Collaboration"),
    Kind.BARRIER: QT_TRANSLATE_NOOP("Exchange", "Barrier"),
    Kind.LESSON: QT_TRANSLATE_NOOP("Exchange", "Lesson"),
    Kind.PLAN_VERSION: QT_TRANSLATE_NOOP("Exchange", "Signed-off plan"),
    #: A partner's commitment at one level, in the list of what an import changes.
    Kind.COMMITMENT: QT_TRANSLATE_NOOP("Exchange", "Commitment"),
    #: A partner's contribution in the in-kind ledger.
    Kind.CONTRIBUTION: QT_TRANSLATE_NOOP("Exchange", "Contribution"),
    #: One respondent's answers to the drempelscan.
    Kind.SCAN_RESPONSE: QT_TRANSLATE_NOOP("Exchange", "Scan answers"),
    #: A go or no-go at the gate to the next phase.
    Kind.PHASE_GATE: QT_TRANSLATE_NOOP("Exchange", "Phase gate"),
}


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    CONFLICT = "conflict"
    KEPT = "kept"  # changed only here: this laptop's version stays


@dataclass(frozen=True)
class Change:
    outcome: Outcome
    kind: Kind
    name: str  # the record's title or name
    collaboration: str  # the collaboration it belongs to ("" for a lesson)


@dataclass
class ImportReport:
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    history_entries: int = 0

    def of(self, outcome: Outcome) -> list[Change]:
        return [c for c in self.changes if c.outcome is outcome]

    @property
    def changes_anything(self) -> bool:
        return bool(self.of(Outcome.ADDED) or self.of(Outcome.UPDATED) or self.of(Outcome.CONFLICT)) or bool(
            self.history_entries
        )
