"""Undoable changes to the method's tools: a cell of the commitment matrix, a contribution, a
respondent's scan answers and a phase gate decision. None of them changes the board's cards; a
gate's go changes the collaboration's phase, so the window re-reads everything after it."""

from collections.abc import Callable

from drempelkompas.services import commitments, contributions, phase_gates, scans
from drempelkompas.services.commitments import CommitmentView
from drempelkompas.services.contributions import ContributionView
from drempelkompas.ui.commands import ServiceCommand

NO_CARDS = frozenset()  # the board's columns these commands change: none


class SetCommitment(ServiceCommand):
    """Changes a cell of the commitment matrix the editor showed as `shown`."""

    columns = NO_CARDS

    def __init__(self, text: str, collaboration_id: int, shown: CommitmentView, change: dict) -> None:
        super().__init__(text)
        self.collaboration_id, self.shown, self.change = collaboration_id, shown, change
        self.before: CommitmentView | None = None
        self.after: CommitmentView | None = None

    def do(self) -> None:
        if self.after is None:
            self.before = commitments.set_commitment(
                self.collaboration_id, started_from=self.shown, **self.change
            )
            self.after = _cell(self.collaboration_id, self.before)
        else:
            commitments.restore_commitment(self.collaboration_id, self.after, started_from=self.before)

    def undo_it(self) -> None:
        commitments.restore_commitment(self.collaboration_id, self.before, started_from=self.after)


def _cell(collaboration_id: int, like: CommitmentView) -> CommitmentView:
    return next(
        cell
        for cell in commitments.matrix(collaboration_id)
        if cell.partner_uuid == like.partner_uuid and cell.level is like.level
    )


class Recorded(ServiceCommand):
    """Adds a record on do, takes it back on undo, brings the same record back on redo."""

    columns = NO_CARDS

    def __init__(self, text: str, add: Callable[[], int], remove: Callable[[int], None], restore) -> None:
        super().__init__(text)
        self._add, self._remove, self._restore = add, remove, restore
        self.record_id: int | None = None

    def do(self) -> None:
        if self.record_id is None:
            self.record_id = self._add()
        else:
            self._restore(self.record_id)

    def undo_it(self) -> None:
        self._remove(self.record_id)


class Removed(ServiceCommand):
    columns = NO_CARDS

    def __init__(self, text: str, record_id: int, remove, restore) -> None:
        super().__init__(text)
        self.record_id, self._remove, self._restore = record_id, remove, restore

    def do(self) -> None:
        self._remove(self.record_id)

    def undo_it(self) -> None:
        self._restore(self.record_id)


def add_contribution(text: str, collaboration_id: int, fields: dict) -> Recorded:
    return Recorded(
        text,
        lambda: contributions.add_contribution(collaboration_id, **fields),
        contributions.delete_contribution,
        contributions.restore_contribution,
    )


def delete_contribution(text: str, contribution_id: int) -> Removed:
    return Removed(
        text, contribution_id, contributions.delete_contribution, contributions.restore_contribution
    )


class EditContribution(ServiceCommand):
    """Gives a contribution, as the editor showed it (`shown`), the new values in `after`."""

    columns = NO_CARDS

    def __init__(self, text: str, shown: ContributionView, after: dict) -> None:
        super().__init__(text)
        self.contribution_id = shown.id
        self.before = {field: getattr(shown, field) for field in after}
        self.after = after

    def do(self) -> None:
        self._apply(self.after, self.before)

    def undo_it(self) -> None:
        self._apply(self.before, self.after)

    def _apply(self, target: dict, current: dict) -> None:
        """Refused when someone else changed one of those fields since (on a team database)."""
        changed = {field: value for field, value in target.items() if value != current[field]}
        contributions.update_contribution(
            self.contribution_id, started_from={field: current[field] for field in changed}, **changed
        )


def add_scan_response(text: str, collaboration_id: int, fields: dict) -> Recorded:
    return Recorded(
        text,
        lambda: scans.add_response(collaboration_id, **fields),
        scans.delete_response,
        scans.restore_response,
    )


def delete_scan_response(text: str, response_id: int) -> Removed:
    return Removed(text, response_id, scans.delete_response, scans.restore_response)


def record_gate(text: str, collaboration_id: int, fields: dict) -> Recorded:
    command = Recorded(
        text,
        lambda: phase_gates.record_gate(collaboration_id, **fields),
        phase_gates.withdraw_gate,
        phase_gates.restore_gate,
    )
    command.columns = None  # a go changes the phase: the header and the list are read again
    return command
