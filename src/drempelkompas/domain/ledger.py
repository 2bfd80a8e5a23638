"""The in-kind ledger's sums ("start with closed purses"): what each partner and each sector brings
in, and how evenly the costs are spread over the partners."""

from dataclasses import dataclass, field
from datetime import date

from drempelkompas.domain.commitment import PartnerFacts
from drempelkompas.domain.enums import MONEY_KINDS, ContributionKind, ContributionState, Sector


@dataclass(frozen=True)
class ContributionFacts:
    partner: str  # the partner's UUID
    kind: ContributionKind
    state: ContributionState
    value: int | None  # whole euros
    ends_on: date | None = None


@dataclass
class Totals:
    """What a partner (or a sector) brings in: the number of contributions per kind, and their value."""

    counts: dict[ContributionKind, int] = field(default_factory=dict)
    pledged: int = 0  # euros, of the contributions still only pledged
    delivered: int = 0

    @property
    def value(self) -> int:
        return self.pledged + self.delivered

    @property
    def contributions(self) -> int:
        return sum(self.counts.values())

    def add(self, contribution: ContributionFacts) -> None:
        self.counts[contribution.kind] = self.counts.get(contribution.kind, 0) + 1
        if contribution.value is not None:
            if contribution.state is ContributionState.DELIVERED:
                self.delivered += contribution.value
            else:
                self.pledged += contribution.value


@dataclass(frozen=True)
class Spread:
    """How the value of the contributions is spread over the partners."""

    shares: dict[str, float]  # partner UUID -> its share of the costs the partners carry (0..1)
    largest: str | None  # the UUID of the partner that carries the most
    even: bool | None  # None when no contribution has a value
    without: tuple[str, ...]  # UUIDs of the partners that bring in nothing at all


def even_limit(partners: int) -> float:
    """The largest share one partner may carry for the spread to count as even: twice the average
    share of the others (s = 2(1 - s)/(n - 1), so s = 2/(n + 1)); one partner alone is always even."""
    return 1.0 if partners <= 1 else 2 / (partners + 1)


def per_partner(
    partners: tuple[PartnerFacts, ...], contributions: tuple[ContributionFacts, ...]
) -> dict[str, Totals]:
    totals = {p.uuid: Totals() for p in partners}
    for contribution in contributions:
        if contribution.partner in totals:
            totals[contribution.partner].add(contribution)
    return totals


def per_sector(
    partners: tuple[PartnerFacts, ...], contributions: tuple[ContributionFacts, ...]
) -> dict[Sector, Totals]:
    sector_of = {p.uuid: p.sector for p in partners}
    totals: dict[Sector, Totals] = {}
    for contribution in contributions:
        if contribution.partner in sector_of:
            totals.setdefault(sector_of[contribution.partner], Totals()).add(contribution)
    return {sector: totals[sector] for sector in Sector if sector in totals}


def spread(partners: tuple[PartnerFacts, ...], contributions: tuple[ContributionFacts, ...]) -> Spread:
    """How the costs the partners carry themselves are spread: every contribution's value but a
    subsidy's, which is money from outside (the method's way to keep the purses closed)."""
    carried = tuple(c for c in contributions if c.kind is not ContributionKind.SUBSIDY)
    totals = per_partner(partners, carried)
    whole = sum(t.value for t in totals.values())
    shares = {uuid: (t.value / whole if whole else 0.0) for uuid, t in totals.items()}
    largest = max(shares, key=lambda uuid: (shares[uuid], uuid)) if whole else None
    even = None if not whole else shares[largest] <= even_limit(len(partners)) + 1e-9
    bringing = {c.partner for c in contributions}
    without = tuple(p.uuid for p in partners if p.uuid not in bringing)
    return Spread(shares, largest, even, without)


def money_arranged(contributions: tuple[ContributionFacts, ...], on: date) -> bool:
    """Whether money (membership or a subsidy) is pledged or delivered for the time from `on`."""
    return any(c.kind in MONEY_KINDS and (c.ends_on is None or c.ends_on >= on) for c in contributions)


def in_kind(contribution: ContributionFacts) -> bool:
    return contribution.kind not in MONEY_KINDS
