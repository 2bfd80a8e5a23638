"""The commitment the method asks for in each phase, and the gaps in a collaboration's matrix.

Exploring can start bottom-up; each further step needs broader backing, until every partner is
committed at all three levels.
"""

from dataclasses import dataclass

from drempelkompas.domain.enums import CommitmentState, Level, PartnerRole, Phase, Sector
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

ALL_LEVELS = tuple(Level)

# The levels at which each kind of partner must have committed, per phase.
REQUIRED_LEVELS: dict[Phase, dict[PartnerRole, tuple[Level, ...]]] = {
    Phase.EXPLORING: {PartnerRole.PROBLEM_OWNER: (Level.OPERATIONAL,), PartnerRole.SOLUTION_PROVIDER: ()},
    Phase.PILOT: {
        PartnerRole.PROBLEM_OWNER: (Level.MANAGEMENT, Level.OPERATIONAL),
        PartnerRole.SOLUTION_PROVIDER: (Level.OPERATIONAL,),
    },
    Phase.SCALING: {
        PartnerRole.PROBLEM_OWNER: ALL_LEVELS,
        PartnerRole.SOLUTION_PROVIDER: (Level.MANAGEMENT, Level.OPERATIONAL),
    },
    Phase.EMBEDDED: {PartnerRole.PROBLEM_OWNER: ALL_LEVELS, PartnerRole.SOLUTION_PROVIDER: ALL_LEVELS},
}
# From the pilot on, at least one partner has a committed administrative sponsor.
SPONSOR_FROM = (Phase.PILOT, Phase.SCALING, Phase.EMBEDDED)

MISSING_TEXTS = {
    #: A gap in the commitment matrix; {partner} is a partner's name.
    Level.ADMINISTRATIVE: QT_TRANSLATE_NOOP("Commitment", "{partner}: no committed administrative sponsor"),
    Level.MANAGEMENT: QT_TRANSLATE_NOOP("Commitment", "{partner}: no committed management"),
    #: A gap in the commitment matrix: nobody at the partner's execution level committed.
    Level.OPERATIONAL: QT_TRANSLATE_NOOP("Commitment", "{partner}: nobody committed in execution"),
}
WITHDRAWN_TEXTS = {
    Level.ADMINISTRATIVE: QT_TRANSLATE_NOOP(
        "Commitment", "{partner}: the administrative commitment was withdrawn"
    ),
    Level.MANAGEMENT: QT_TRANSLATE_NOOP("Commitment", "{partner}: the management commitment was withdrawn"),
    Level.OPERATIONAL: QT_TRANSLATE_NOOP("Commitment", "{partner}: the execution commitment was withdrawn"),
}
NO_SPONSOR_TEXT = QT_TRANSLATE_NOOP("Commitment", "No partner has a committed administrative sponsor")


@dataclass(frozen=True)
class PartnerFacts:
    uuid: str
    name: str
    sector: Sector
    role: PartnerRole


GAP_MISSING, GAP_WITHDRAWN, GAP_NO_SPONSOR = "missing", "withdrawn", "no_sponsor"


def gap_template(kind: str, level: str | None) -> str:
    """The words of a gap (English, context "Commitment"), with {partner} for the partner's name."""
    if kind == GAP_NO_SPONSOR:
        return NO_SPONSOR_TEXT
    return (MISSING_TEXTS if kind == GAP_MISSING else WITHDRAWN_TEXTS)[Level(level)]


@dataclass(frozen=True)
class Gap:
    """A commitment the phase asks for that is not there: missing or withdrawn at a partner's level,
    or no administrative sponsor at all."""

    kind: str
    level: Level | None = None
    partner: str = ""

    def text(self, translate) -> str:
        """The gap in words; `translate(context, text)` gives the template in the reader's language."""
        return translate("Commitment", gap_template(self.kind, self.level)).format(partner=self.partner)


def is_committed(commitments: dict[tuple[str, Level], CommitmentState], partner: str, level: Level) -> bool:
    return commitments.get((partner, level)) is CommitmentState.COMMITTED


def gaps(
    phase: Phase,
    partners: tuple[PartnerFacts, ...],
    commitments: dict[tuple[str, Level], CommitmentState],
) -> list[Gap]:
    """The commitments the phase asks for that are missing or withdrawn, partner by partner."""
    found = []
    # Named once for the collaboration, unless it is named for its partners one by one below.
    asked_of_everyone = all(Level.ADMINISTRATIVE in REQUIRED_LEVELS[phase][p.role] for p in partners)
    if (
        phase in SPONSOR_FROM
        and partners
        and not asked_of_everyone
        and not any(is_committed(commitments, p.uuid, Level.ADMINISTRATIVE) for p in partners)
    ):
        found.append(Gap(GAP_NO_SPONSOR))
    for partner in partners:
        for level in REQUIRED_LEVELS[phase][partner.role]:
            state = commitments.get((partner.uuid, level), CommitmentState.NOT_ASKED)
            if state is CommitmentState.WITHDRAWN:
                found.append(Gap(GAP_WITHDRAWN, level, partner.name))
            elif state is not CommitmentState.COMMITTED:
                found.append(Gap(GAP_MISSING, level, partner.name))
    return found
