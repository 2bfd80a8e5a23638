"""The method's catalog: what each precondition means, its typical barriers, the lessons, the levels.

Written in our own words after the Digicampus blog "Innovatiedrempels overwinnen". English is
the source language; every text is marked with context "Catalog" and translated where shown.
"""

from dataclasses import dataclass

from drempelkompas.domain.enums import Level, Precondition, Sector
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

CATALOG_CONTEXT = "Catalog"


@dataclass(frozen=True)
class PreconditionInfo:
    precondition: Precondition
    title: str
    explanation: str


@dataclass(frozen=True)
class TypicalBarrier:
    key: str
    precondition: Precondition
    title: str
    description: str
    lesson_keys: tuple[str, ...]  # best fit first


@dataclass(frozen=True)
class LessonInfo:
    key: str
    title: str
    summary: str
    key_points: tuple[str, ...]
    preconditions: tuple[Precondition, ...]


@dataclass(frozen=True)
class LevelInfo:
    level: Level
    explanation: str


@dataclass(frozen=True)
class SectorInfo:
    sector: Sector
    explanation: str


PRECONDITIONS = (
    PreconditionInfo(
        Precondition.KNOWLEDGE,
        QT_TRANSLATE_NOOP("Catalog", "Knowledge"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Partners share a basic understanding of what the development or technology is, "
            "what it means for society, how to work together across organisations, and which "
            "solutions already exist.",
        ),
    ),
    PreconditionInfo(
        Precondition.COMMITMENT,
        QT_TRANSLATE_NOOP("Catalog", "Commitment"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Every partner backs the work at every layer: administrative, management and "
            "execution. Exploring can start bottom-up, but each further step needs broader "
            "backing, and interests should be put on the table for everyone to see.",
        ),
    ),
    PreconditionInfo(
        Precondition.FUNDING,
        QT_TRANSLATE_NOOP("Catalog", "Funding"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "There is money for the steps after the first. An exploration often starts without a "
            "budget, but costs grow as the collaboration moves on.",
        ),
    ),
    PreconditionInfo(
        Precondition.FACILITIES,
        QT_TRANSLATE_NOOP("Catalog", "Access to neutral facilities"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "The collaboration can use what innovation needs: a place to experiment, ways to "
            "reach end users, and documentation of the systems and building blocks it builds on.",
        ),
    ),
)

LESSONS = (
    LessonInfo(
        "outside-knowledge",
        QT_TRANSLATE_NOOP("Catalog", "Bring outside knowledge in from the start"),
        QT_TRANSLATE_NOOP("Catalog", "Involve outside expertise early and find neutral ground to work on."),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Work with a lawyer who can tell on which terms partners may cooperate and "
                "share intellectual property and building blocks.",
            ),
            QT_TRANSLATE_NOOP("Catalog", "Ask a neutral intermediary to guide the innovation process."),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Meet on neutral ground, away from your own organisation, where knowledge of the "
                "process and the technology is at hand.",
            ),
        ),
        (Precondition.KNOWLEDGE, Precondition.FACILITIES),
    ),
    LessonInfo(
        "closed-purses",
        QT_TRANSLATE_NOOP("Catalog", "Start with closed purses"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Begin with contributions in kind and pay for later steps in a way that keeps the "
            "partners equal.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Put in your own knowledge, network, communication and facilities instead of money.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "When a next step needs money, find it in membership fees or a subsidy.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Avoid a client and contractor relationship: it slows most innovation down.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Place the funding outside your own organisation, or spread it over the "
                "partners, to stay independent.",
            ),
        ),
        (Precondition.FUNDING, Precondition.FACILITIES),
    ),
    LessonInfo(
        "problem-owners",
        QT_TRANSLATE_NOOP("Catalog", "Begin with the problem owners"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Scope the problem first with the parties who own it, not with those who sell "
            "solutions, and let them contribute so they feel ownership.",
        ),
        (
            QT_TRANSLATE_NOOP(
                "Catalog",
                "In the first phase, define the scope and gather the problem owners; solution "
                "providers come later.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Let problem owners contribute real content: that creates a sense of ownership.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Work deliberately at three levels: administrative, management and execution.",
            ),
        ),
        (Precondition.COMMITMENT, Precondition.KNOWLEDGE, Precondition.FACILITIES),
    ),
    LessonInfo(
        "fitting-governance",
        QT_TRANSLATE_NOOP("Catalog", "Fit the governance to the ambition"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Shape how the collaboration is steered around what it wants to achieve and the "
            "barriers it has to remove.",
        ),
        (
            QT_TRANSLATE_NOOP("Catalog", "Decide which parties you need now and which you will need later."),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "People make the difference: their mindset and their behaviour.",
            ),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Use administrative sponsors to keep support alive inside and outside the organisations.",
            ),
        ),
        (Precondition.COMMITMENT, Precondition.FUNDING, Precondition.FACILITIES),
    ),
)

TYPICAL_BARRIERS = (
    TypicalBarrier(
        "unclear-rules",
        Precondition.KNOWLEDGE,
        QT_TRANSLATE_NOOP("Catalog", "Not knowing where or how to start"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Vague or restrictive rules for joint innovation leave people unsure what is "
            "allowed: when may government innovate with companies, and how do you work with a "
            "competitor?",
        ),
        ("outside-knowledge",),
    ),
    TypicalBarrier(
        "no-impact-view",
        Precondition.KNOWLEDGE,
        QT_TRANSLATE_NOOP("Catalog", "No view of the opportunities and impact for us"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "It is unclear what the development means for our own organisation, which current "
            "processes it touches and which system owners are involved.",
        ),
        ("outside-knowledge", "problem-owners"),
    ),
    TypicalBarrier(
        "no-good-practices",
        Precondition.KNOWLEDGE,
        QT_TRANSLATE_NOOP("Catalog", "No overview of good practices and repositories"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Nobody knows which earlier examples and building blocks, such as APIs and data, "
            "exist to learn from or to build on.",
        ),
        ("outside-knowledge",),
    ),
    TypicalBarrier(
        "no-urgency",
        Precondition.COMMITMENT,
        QT_TRANSLATE_NOOP("Catalog", "Too little sense of urgency"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Key stakeholders do not free up the people and time that the next step needs.",
        ),
        ("problem-owners", "fitting-governance"),
    ),
    TypicalBarrier(
        "no-administrative-support",
        Precondition.COMMITMENT,
        QT_TRANSLATE_NOOP("Catalog", "Too little (inter)administrative support"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "After the first pilot, the administrative backing to carry on together fades away.",
        ),
        ("fitting-governance", "problem-owners"),
    ),
    TypicalBarrier(
        "no-will-to-adopt",
        Precondition.COMMITMENT,
        QT_TRANSLATE_NOOP("Catalog", "Little will or courage to adopt"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Our own organisation hesitates to take an innovative service or product into use.",
        ),
        ("problem-owners", "fitting-governance"),
    ),
    TypicalBarrier(
        "no-funding-after-pilot",
        Precondition.FUNDING,
        QT_TRANSLATE_NOOP("Catalog", "No money after the first pilot"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Management and administrators shy away from the risk of paying for the next step.",
        ),
        ("closed-purses", "fitting-governance"),
    ),
    TypicalBarrier(
        "fragmented-budgets",
        Precondition.FUNDING,
        QT_TRANSLATE_NOOP("Catalog", "Fragmented innovation budgets"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Budgets are spread over departments and organisations, so many people have to "
            "agree before money is allocated.",
        ),
        ("closed-purses", "fitting-governance"),
    ),
    TypicalBarrier(
        "costs-before-benefits",
        Precondition.FUNDING,
        QT_TRANSLATE_NOOP("Catalog", "Costs come long before the benefits"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "The costs arrive well ahead of the returns and are not shared fairly among the stakeholders.",
        ),
        ("closed-purses",),
    ),
    TypicalBarrier(
        "no-sandbox",
        Precondition.FACILITIES,
        QT_TRANSLATE_NOOP("Catalog", "No sandbox to experiment in"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "There is no experimental environment of our own in which to try things out safely.",
        ),
        ("outside-knowledge", "closed-purses"),
    ),
    TypicalBarrier(
        "no-building-blocks",
        Precondition.FACILITIES,
        QT_TRANSLATE_NOOP("Catalog", "No access to partners' building blocks and documentation"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Partners or stakeholders do not open up the components and documentation that the "
            "innovation depends on.",
        ),
        ("fitting-governance", "outside-knowledge"),
    ),
    TypicalBarrier(
        "no-residents-or-science",
        Precondition.FACILITIES,
        QT_TRANSLATE_NOOP("Catalog", "No access to residents and researchers"),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Ideas and prototypes cannot be tested with residents or with the scientific world.",
        ),
        ("outside-knowledge", "problem-owners"),
    ),
)

LEVELS = (
    LevelInfo(
        Level.ADMINISTRATIVE,
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Administrators and sponsors who set the direction and decide on mandate and money.",
        ),
    ),
    LevelInfo(
        Level.MANAGEMENT,
        QT_TRANSLATE_NOOP("Catalog", "Managers who free up people, budget and priority for the work."),
    ),
    LevelInfo(
        Level.OPERATIONAL,
        QT_TRANSLATE_NOOP("Catalog", "The people who do the work and will use the result every day."),
    ),
)

SECTORS = (
    SectorInfo(
        Sector.GOVERNMENT,
        QT_TRANSLATE_NOOP("Catalog", "Public bodies: ministries, provinces, municipalities, agencies."),
    ),
    SectorInfo(
        Sector.MARKET,
        QT_TRANSLATE_NOOP("Catalog", "Companies, from start-ups to large suppliers."),
    ),
    SectorInfo(
        Sector.SCIENCE,
        QT_TRANSLATE_NOOP(
            "Catalog", "Universities, universities of applied sciences and research institutes."
        ),
    ),
    SectorInfo(
        Sector.SOCIETY,
        QT_TRANSLATE_NOOP("Catalog", "Residents, civil society organisations and interest groups."),
    ),
)

LESSONS_BY_KEY = {lesson.key: lesson for lesson in LESSONS}
TYPICAL_BARRIERS_BY_KEY = {barrier.key: barrier for barrier in TYPICAL_BARRIERS}


def typical_barriers_for(precondition: Precondition) -> tuple[TypicalBarrier, ...]:
    return tuple(b for b in TYPICAL_BARRIERS if b.precondition is precondition)


def precondition_info(precondition: Precondition) -> PreconditionInfo:
    return next(info for info in PRECONDITIONS if info.precondition is precondition)
