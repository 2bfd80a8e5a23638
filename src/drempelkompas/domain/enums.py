"""The fixed vocabularies of the method: preconditions, statuses, levels, sectors, phases, roles,
what a governing body can decide, and the states of commitments, contributions and phase gates."""

from enum import StrEnum

from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

# A barrier's impact: 1 (a nuisance) to 5 (it stops the collaboration).
IMPACT_RANGE = range(1, 6)
DEFAULT_IMPACT = 3


class Labelled(StrEnum):
    """An enum whose members carry an English label; the class name is its translation context."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class Precondition(Labelled):
    KNOWLEDGE = "knowledge"
    COMMITMENT = "commitment"
    FUNDING = "funding"
    FACILITIES = "facilities"


class Status(Labelled):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    OVERCOME = "overcome"


class Level(Labelled):
    ADMINISTRATIVE = "administrative"
    MANAGEMENT = "management"
    OPERATIONAL = "operational"


class Sector(Labelled):
    GOVERNMENT = "government"
    MARKET = "market"
    SCIENCE = "science"
    SOCIETY = "society"


class Phase(Labelled):
    EXPLORING = "exploring"
    PILOT = "pilot"
    SCALING = "scaling"
    EMBEDDED = "embedded"


class PartnerRole(Labelled):
    PROBLEM_OWNER = "problem_owner"
    SOLUTION_PROVIDER = "solution_provider"


class Outcome(Labelled):
    """What a governing body did with a proposed decision."""

    TAKEN = "taken"
    DEFERRED = "deferred"
    REJECTED = "rejected"


class CommitmentState(Labelled):
    """How far a partner's commitment at one level has come."""

    NOT_ASKED = "not_asked"
    ASKED = "asked"
    COMMITTED = "committed"
    WITHDRAWN = "withdrawn"


class ContributionKind(Labelled):
    """What a partner brings in ("start with closed purses": in kind first, money through
    membership or a subsidy)."""

    KNOWLEDGE = "knowledge"
    NETWORK = "network"
    COMMUNICATION = "communication"
    FACILITIES = "facilities"
    HOURS = "hours"
    MEMBERSHIP = "membership"
    SUBSIDY = "subsidy"


MONEY_KINDS = frozenset({ContributionKind.MEMBERSHIP, ContributionKind.SUBSIDY})


class ContributionState(Labelled):
    PLEDGED = "pledged"
    DELIVERED = "delivered"


class GateDecision(Labelled):
    """What was decided at a phase gate: on to the next phase, or not yet."""

    GO = "go"
    NO_GO = "no_go"


_LABELS = {
    #: One of the method's four preconditions for innovation (a column of the board).
    Precondition.KNOWLEDGE: QT_TRANSLATE_NOOP("Precondition", "Knowledge"),
    #: A precondition: the parties' commitment (a noun, "commitment"; not the verb "to commit").
    Precondition.COMMITMENT: QT_TRANSLATE_NOOP("Precondition", "Commitment"),
    #: A precondition: money for the innovation (Dutch: financiering).
    Precondition.FUNDING: QT_TRANSLATE_NOOP("Precondition", "Funding"),
    #: A precondition: access to (neutral) facilities such as test environments.
    Precondition.FACILITIES: QT_TRANSLATE_NOOP("Precondition", "Facilities"),
    #: Status of a barrier: not yet worked on (an adjective, not the verb to open).
    Status.OPEN: QT_TRANSLATE_NOOP("Status", "Open"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "In progress"),
    #: Status of a barrier: it has been overcome (a past participle).
    Status.OVERCOME: QT_TRANSLATE_NOOP("Status", "Overcome"),
    #: Level of commitment: the political-administrative level (Dutch: bestuurlijk).
    Level.ADMINISTRATIVE: QT_TRANSLATE_NOOP("Level", "Administrative"),
    Level.MANAGEMENT: QT_TRANSLATE_NOOP("Level", "Management"),
    #: Level of commitment: the people doing the work (Dutch: uitvoering).
    Level.OPERATIONAL: QT_TRANSLATE_NOOP("Level", "Execution"),
    Sector.GOVERNMENT: QT_TRANSLATE_NOOP("Sector", "Government"),
    #: Sector of a partner: companies (the market as a party), not a marketplace.
    Sector.MARKET: QT_TRANSLATE_NOOP("Sector", "Market"),
    Sector.SCIENCE: QT_TRANSLATE_NOOP("Sector", "Science"),
    Sector.SOCIETY: QT_TRANSLATE_NOOP("Sector", "Society"),
    Phase.EXPLORING: QT_TRANSLATE_NOOP("Phase", "Exploring"),
    #: Phase of a collaboration: a trial (a noun).
    Phase.PILOT: QT_TRANSLATE_NOOP("Phase", "Pilot"),
    Phase.SCALING: QT_TRANSLATE_NOOP("Phase", "Scaling up"),
    #: Phase of a collaboration: the innovation is part of regular work.
    Phase.EMBEDDED: QT_TRANSLATE_NOOP("Phase", "Embedded"),
    PartnerRole.PROBLEM_OWNER: QT_TRANSLATE_NOOP("PartnerRole", "Problem owner"),
    PartnerRole.SOLUTION_PROVIDER: QT_TRANSLATE_NOOP("PartnerRole", "Solution provider"),
    #: Outcome of a proposed decision in a meeting: the body took the decision (Dutch: genomen).
    Outcome.TAKEN: QT_TRANSLATE_NOOP("Outcome", "Taken"),
    #: Outcome of a proposed decision: put off to a later meeting (Dutch: aangehouden).
    Outcome.DEFERRED: QT_TRANSLATE_NOOP("Outcome", "Deferred"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("Outcome", "Rejected"),
    #: State of a partner's commitment at one level: nobody asked for it yet.
    CommitmentState.NOT_ASKED: QT_TRANSLATE_NOOP("CommitmentState", "Not asked"),
    CommitmentState.ASKED: QT_TRANSLATE_NOOP("CommitmentState", "Asked"),
    #: State of a partner's commitment: the person has committed (Dutch: toegezegd).
    CommitmentState.COMMITTED: QT_TRANSLATE_NOOP("CommitmentState", "Committed"),
    #: State of a partner's commitment: given once, then taken back (Dutch: ingetrokken).
    CommitmentState.WITHDRAWN: QT_TRANSLATE_NOOP("CommitmentState", "Withdrawn"),
    ContributionKind.KNOWLEDGE: QT_TRANSLATE_NOOP("ContributionKind", "Knowledge"),
    ContributionKind.NETWORK: QT_TRANSLATE_NOOP("ContributionKind", "Network"),
    ContributionKind.COMMUNICATION: QT_TRANSLATE_NOOP("ContributionKind", "Communication"),
    ContributionKind.FACILITIES: QT_TRANSLATE_NOOP("ContributionKind", "Facilities"),
    #: A contribution of working time (a number of hours), not of money.
    ContributionKind.HOURS: QT_TRANSLATE_NOOP("ContributionKind", "Hours"),
    #: Money from the partners' membership fees (Dutch: lidmaatschap).
    ContributionKind.MEMBERSHIP: QT_TRANSLATE_NOOP("ContributionKind", "Money: membership"),
    ContributionKind.SUBSIDY: QT_TRANSLATE_NOOP("ContributionKind", "Money: subsidy"),
    #: State of a contribution: promised (Dutch: toegezegd).
    ContributionState.PLEDGED: QT_TRANSLATE_NOOP("ContributionState", "Pledged"),
    #: State of a contribution: actually given (Dutch: geleverd).
    ContributionState.DELIVERED: QT_TRANSLATE_NOOP("ContributionState", "Delivered"),
    #: Decision at a phase gate: the collaboration moves on to the next phase.
    GateDecision.GO: QT_TRANSLATE_NOOP("GateDecision", "Go"),
    #: Decision at a phase gate: the collaboration stays in its phase for now.
    GateDecision.NO_GO: QT_TRANSLATE_NOOP("GateDecision", "No go"),
}
