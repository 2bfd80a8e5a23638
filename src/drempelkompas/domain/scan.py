"""The drempelscan: the twelve typical barriers as statements, scored from 0 (does not apply) to 4
(fully applies), and the profile per precondition that a round of answers gives."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from drempelkompas.domain.catalog import TYPICAL_BARRIERS
from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

SCORES = range(0, 5)
HIGH_SCORE = 3.0  # an average from here on: the barrier is there, so the scan proposes its card
SCAN_CONTEXT = "Scan"

SCORE_LABELS = (
    QT_TRANSLATE_NOOP("Scan", "Does not apply"),
    QT_TRANSLATE_NOOP("Scan", "Hardly applies"),
    QT_TRANSLATE_NOOP("Scan", "Partly applies"),
    QT_TRANSLATE_NOOP("Scan", "Largely applies"),
    QT_TRANSLATE_NOOP("Scan", "Fully applies"),
)

#: Each statement is read as "in our collaboration, …"; a respondent says how far it applies.
STATEMENTS = {
    "unclear-rules": QT_TRANSLATE_NOOP(
        "Scan",
        "We do not know where or how to start: the rules for innovating together with companies or "
        "competitors are unclear or hold us back.",
    ),
    "no-impact-view": QT_TRANSLATE_NOOP(
        "Scan",
        "We lack a view of what this development means for our own organisation, its processes "
        "and its system owners.",
    ),
    "no-good-practices": QT_TRANSLATE_NOOP(
        "Scan",
        "We do not know which good practices and building blocks (APIs, data) already exist to "
        "learn from or build on.",
    ),
    "no-urgency": QT_TRANSLATE_NOOP(
        "Scan",
        "Key stakeholders feel too little urgency to free up people and time for the next step.",
    ),
    "no-administrative-support": QT_TRANSLATE_NOOP(
        "Scan",
        "The administrative backing to carry on together is missing or fading.",
    ),
    "no-will-to-adopt": QT_TRANSLATE_NOOP(
        "Scan",
        "Our own organisation lacks the will or the courage to take the new service or product into use.",
    ),
    "no-funding-after-pilot": QT_TRANSLATE_NOOP(
        "Scan",
        "There is no money for the step after the first pilot, because management and "
        "administrators avoid the risk.",
    ),
    "fragmented-budgets": QT_TRANSLATE_NOOP(
        "Scan",
        "Budgets are spread over departments and organisations, so too many people must agree "
        "before money is spent.",
    ),
    "costs-before-benefits": QT_TRANSLATE_NOOP(
        "Scan",
        "The costs come long before the benefits and are not shared fairly among the partners.",
    ),
    "no-sandbox": QT_TRANSLATE_NOOP(
        "Scan", "We have no sandbox, no environment of our own in which to experiment safely."
    ),
    "no-building-blocks": QT_TRANSLATE_NOOP(
        "Scan",
        "We cannot get at the building blocks and documentation of partners or stakeholders.",
    ),
    "no-residents-or-science": QT_TRANSLATE_NOOP(
        "Scan",
        "We cannot test ideas and prototypes with residents or with researchers.",
    ),
}
STATEMENT_KEYS = tuple(b.key for b in TYPICAL_BARRIERS)  # in the catalog's order, four groups of three
PRECONDITION_OF = {b.key: b.precondition for b in TYPICAL_BARRIERS}


@dataclass(frozen=True)
class Answers:
    """One respondent's scores on one day, by statement key (a statement may be left out)."""

    held_on: date
    respondent: str
    scores: dict[str, int]


@dataclass(frozen=True)
class Profile:
    """The averages of one round (all answers of one day): per statement and per precondition."""

    held_on: date
    respondents: int
    statements: dict[str, float]  # only the statements someone scored
    preconditions: dict[Precondition, float | None]

    def high(self) -> list[str]:
        """The statements that score high, highest first (in the catalog's order among equals)."""
        found = [key for key in STATEMENT_KEYS if self.statements.get(key, 0.0) >= HIGH_SCORE]
        return sorted(found, key=lambda key: -self.statements[key])


def profile(held_on: date, answers: Iterable[Answers]) -> Profile:
    answers = list(answers)
    sums: dict[str, list[int]] = {}
    for one in answers:
        for key, score in one.scores.items():
            sums.setdefault(key, []).append(score)
    statements = {key: sum(scores) / len(scores) for key, scores in sums.items()}
    preconditions: dict[Precondition, float | None] = {}
    for precondition in Precondition:
        scored = [
            statements[k] for k in STATEMENT_KEYS if k in statements and PRECONDITION_OF[k] is precondition
        ]
        preconditions[precondition] = sum(scored) / len(scored) if scored else None
    return Profile(held_on, len(answers), statements, preconditions)


def profiles(answers: Iterable[Answers]) -> list[Profile]:
    """One profile per day on which answers were given, oldest first."""
    by_day: dict[date, list[Answers]] = {}
    for one in answers:
        by_day.setdefault(one.held_on, []).append(one)
    return [profile(day, by_day[day]) for day in sorted(by_day)]
