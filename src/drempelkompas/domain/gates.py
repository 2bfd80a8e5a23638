"""The phase gates: what the method asks of a collaboration before it moves on to its next phase.

Exploring is scoping with problem owners, not yet with solution providers, starting with closed
purses; the pilot needs an administrative sponsor; scaling needs funding for the next step and
commitment at all three levels; embedding needs every partner on board and nothing blocking.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from drempelkompas.domain import ledger
from drempelkompas.domain.commitment import ALL_LEVELS, PartnerFacts, is_committed
from drempelkompas.domain.enums import (
    MONEY_KINDS,
    CommitmentState,
    ContributionState,
    Level,
    PartnerRole,
    Phase,
    Precondition,
    Sector,
)
from drempelkompas.domain.ledger import ContributionFacts
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.scan import HIGH_SCORE, Profile

GATE_CONTEXT = "Gate"
PHASES = tuple(Phase)


def next_phase(phase: Phase) -> Phase | None:
    index = PHASES.index(phase)
    return PHASES[index + 1] if index + 1 < len(PHASES) else None


@dataclass(frozen=True)
class Facts:
    """What the gates look at, read from a collaboration."""

    phase: Phase
    partners: tuple[PartnerFacts, ...]
    commitments: dict[tuple[str, Level], CommitmentState]
    contributions: tuple[ContributionFacts, ...]  # the live ones
    latest_scan: Profile | None
    blocking_barriers: int  # open barriers of the highest impact
    today: date


@dataclass(frozen=True)
class Criterion:
    key: str
    met: bool
    # Who or what falls short, or meets it: partners' names, or Sector or Precondition members.
    names: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return CRITERION_TEXTS[self.key]


CRITERION_TEXTS = {
    "two-sectors": QT_TRANSLATE_NOOP("Gate", "Problem owners from at least two sectors take part"),
    "no-solution-yet": QT_TRANSLATE_NOOP(
        "Gate", "No solution provider yet: the scope is set with the problem owners first"
    ),
    "in-kind": QT_TRANSLATE_NOOP("Gate", "Every partner contributes in kind (start with closed purses)"),
    "scan-held": QT_TRANSLATE_NOOP("Gate", "A drempelscan has shown the barriers"),
    "sponsor": QT_TRANSLATE_NOOP("Gate", "A committed administrative sponsor"),
    "owners-all-levels": QT_TRANSLATE_NOOP("Gate", "Every problem owner is committed at all three levels"),
    "funding-next-step": QT_TRANSLATE_NOOP(
        "Gate", "Funding for the next step is arranged (membership or a subsidy)"
    ),
    "costs-spread": QT_TRANSLATE_NOOP(
        "Gate", "No partner carries more than twice the average share of the others"
    ),
    "everyone-all-levels": QT_TRANSLATE_NOOP("Gate", "Every partner is committed at all three levels"),
    "funding-delivered": QT_TRANSLATE_NOOP("Gate", "Money has been delivered, not only pledged"),
    "nothing-blocking": QT_TRANSLATE_NOOP("Gate", "No open barrier of the highest impact"),
    "scan-low": QT_TRANSLATE_NOOP("Gate", "The latest drempelscan scores no precondition high"),
}


def _owners(facts: Facts) -> list[PartnerFacts]:
    return [p for p in facts.partners if p.role is PartnerRole.PROBLEM_OWNER]


def _two_sectors(facts: Facts) -> Criterion:
    present = {p.sector for p in _owners(facts)}
    sectors = tuple(sector for sector in Sector if sector in present)
    return Criterion("two-sectors", len(sectors) >= 2, sectors)


def _no_solution_yet(facts: Facts) -> Criterion:
    providers = tuple(p.name for p in facts.partners if p.role is PartnerRole.SOLUTION_PROVIDER)
    return Criterion("no-solution-yet", not providers, providers)


def _in_kind(facts: Facts) -> Criterion:
    bringing = {c.partner for c in facts.contributions if ledger.in_kind(c)}
    short = tuple(p.name for p in facts.partners if p.uuid not in bringing)
    return Criterion("in-kind", bool(facts.partners) and not short, short)


def _scan_held(facts: Facts) -> Criterion:
    return Criterion("scan-held", facts.latest_scan is not None)


def _sponsor(facts: Facts) -> Criterion:
    sponsors = tuple(
        p.name for p in facts.partners if is_committed(facts.commitments, p.uuid, Level.ADMINISTRATIVE)
    )
    return Criterion("sponsor", bool(sponsors), sponsors)


def _all_levels(key: str, partners: list[PartnerFacts], facts: Facts) -> Criterion:
    short = tuple(
        p.name for p in partners if not all(is_committed(facts.commitments, p.uuid, lv) for lv in ALL_LEVELS)
    )
    return Criterion(key, bool(partners) and not short, short)


def _owners_all_levels(facts: Facts) -> Criterion:
    return _all_levels("owners-all-levels", _owners(facts), facts)


def _everyone_all_levels(facts: Facts) -> Criterion:
    return _all_levels("everyone-all-levels", list(facts.partners), facts)


def _funding_next_step(facts: Facts) -> Criterion:
    return Criterion("funding-next-step", ledger.money_arranged(facts.contributions, facts.today))


def _costs_spread(facts: Facts) -> Criterion:
    spread = ledger.spread(facts.partners, facts.contributions)
    names = {p.uuid: p.name for p in facts.partners}
    carrying = (names[spread.largest],) if spread.largest is not None and not spread.even else ()
    return Criterion("costs-spread", bool(spread.even), carrying)


def _funding_delivered(facts: Facts) -> Criterion:
    delivered = any(
        c.kind in MONEY_KINDS and c.state is ContributionState.DELIVERED for c in facts.contributions
    )
    return Criterion("funding-delivered", delivered)


def _nothing_blocking(facts: Facts) -> Criterion:
    return Criterion("nothing-blocking", facts.blocking_barriers == 0)


def _scan_low(facts: Facts) -> Criterion:
    if facts.latest_scan is None:
        return Criterion("scan-low", False)
    high = tuple(
        p
        for p in Precondition
        if (score := facts.latest_scan.preconditions.get(p)) is not None and score >= HIGH_SCORE
    )
    return Criterion("scan-low", not high, high)


# The gate out of each phase (into the next), its criteria in the order they are shown.
GATES: dict[Phase, tuple[Callable[[Facts], Criterion], ...]] = {
    Phase.EXPLORING: (_two_sectors, _no_solution_yet, _in_kind, _scan_held, _sponsor),
    Phase.PILOT: (_funding_next_step, _owners_all_levels, _costs_spread),
    Phase.SCALING: (_everyone_all_levels, _funding_delivered, _nothing_blocking, _scan_low),
    Phase.EMBEDDED: (),
}


def criterion_keys(phase: Phase) -> list[str]:
    """The keys of the criteria of the gate out of `phase`, in their order."""
    empty = Facts(phase, (), {}, (), None, 0, date.min)
    return [criterion(empty).key for criterion in GATES[phase]]


def check(facts: Facts) -> list[Criterion]:
    """The criteria of the gate out of the collaboration's phase, each met or not."""
    return [criterion(facts) for criterion in GATES[facts.phase]]
