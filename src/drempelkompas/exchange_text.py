"""An import report in the user's language, as the command line prints it and the app lists it."""

from drempelkompas import i18n
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services.exchange import KIND_LABELS, Change, ImportReport, Outcome

OUTCOME_LABELS = {
    Outcome.ADDED: QT_TRANSLATE_NOOP("Exchange", "Added"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("Exchange", "Updated"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("Exchange", "Conflict: both versions kept"),
    Outcome.KEPT: QT_TRANSLATE_NOOP("Exchange", "Changed only here: kept"),
}


def outcome_text(outcome: Outcome) -> str:
    return i18n.translate("Exchange", OUTCOME_LABELS[outcome])


def change_text(change: Change) -> str:
    kind = i18n.translate("Exchange", KIND_LABELS[change.kind])
    if change.collaboration and change.collaboration != change.name:
        return i18n.translate("Exchange", "{kind} “{name}” in {collaboration}").format(
            kind=kind, name=change.name, collaboration=change.collaboration
        )
    return i18n.translate("Exchange", "{kind} “{name}”").format(kind=kind, name=change.name)


def summary_text(report: ImportReport) -> str:
    counts = {outcome: len(report.of(outcome)) for outcome in Outcome}
    return i18n.translate(
        "Exchange",
        "{added} added, {updated} updated, {conflicts} in conflict, {kept} kept, {unchanged} unchanged.",
    ).format(
        added=counts[Outcome.ADDED],
        updated=counts[Outcome.UPDATED],
        conflicts=counts[Outcome.CONFLICT],
        kept=counts[Outcome.KEPT],
        unchanged=report.unchanged,
    )
