"""An import report in words, as the command line prints it and the app lists it.

`translate(context, text)` is the caller's translator (Qt's, at run time), so this stays free of Qt.
"""

from collections.abc import Callable

from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services.exchange import KIND_LABELS, Change, ImportReport, Outcome

Translate = Callable[[str, str], str]

OUTCOME_LABELS = {
    Outcome.ADDED: QT_TRANSLATE_NOOP("Exchange", "Added"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("Exchange", "Updated"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("Exchange", "Conflict: both versions kept"),
    Outcome.KEPT: QT_TRANSLATE_NOOP("Exchange", "Changed only here: kept"),
}


def outcome_text(outcome: Outcome, translate: Translate) -> str:
    return translate("Exchange", OUTCOME_LABELS[outcome])


def change_text(change: Change, translate: Translate) -> str:
    kind = translate("Exchange", KIND_LABELS[change.kind])
    if change.collaboration and change.collaboration != change.name:
        return translate("Exchange", "{kind} “{name}” in {collaboration}").format(
            kind=kind, name=change.name, collaboration=change.collaboration
        )
    return translate("Exchange", "{kind} “{name}”").format(kind=kind, name=change.name)


def summary_text(report: ImportReport, translate: Translate) -> str:
    counts = {outcome: len(report.of(outcome)) for outcome in Outcome}
    return translate(
        "Exchange",
        "{added} added, {updated} updated, {conflicts} in conflict, {kept} kept, {unchanged} unchanged.",
    ).format(
        added=counts[Outcome.ADDED],
        updated=counts[Outcome.UPDATED],
        conflicts=counts[Outcome.CONFLICT],
        kept=counts[Outcome.KEPT],
        unchanged=report.unchanged,
    )
