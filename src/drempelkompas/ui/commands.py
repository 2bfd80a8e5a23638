"""Undoable changes: each command calls the services to do and to undo, so undo restores the database.

A command that fails (say, the barrier was removed meanwhile) reports the error and marks itself
obsolete, so the undo stack drops it instead of offering to undo what never happened. A command's
text is given in English (marked with `QT_TRANSLATE_NOOP(CONTEXT, ...)`) and shown translated;
`retranslate()` shows it in another language after the user switched.
"""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.barrier_views import BarrierView
from drempelkompas.services.collaborations import CollaborationView
from drempelkompas.ui.problems import PROBLEMS

ErrorReporter = Callable[[DrempelError | OSError], None]

# The fields of a barrier that the editor changes through `update_barrier`.
EDITOR_FIELDS = ("title", "description", "impact", "level", "owner", "due_date", "next_action")


CONTEXT = "Commands"  # the translation context of the commands' texts
WHOLE_BOARD = frozenset(Precondition)


class ServiceCommand(QUndoCommand):
    """Runs `do` on redo and `undo` on undo; a failure is reported, not raised.

    `columns` are the board columns the command changes (and its undo changes back), so the
    window re-reads only those; None when it changes more than the shown board. A command that
    only puts cards in another order (`order_only`) lets the window re-read just that order.
    """

    columns: frozenset[Precondition] | None = None
    order_only = False

    def __init__(self, text: str) -> None:
        super().__init__(QCoreApplication.translate(CONTEXT, text))
        self.source_text = text
        self.report_error: ErrorReporter = lambda error: None  # the window sets its own before pushing

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate(CONTEXT, self.source_text))

    def redo(self) -> None:
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except PROBLEMS as error:
            self.setObsolete(True)
            self.report_error(error)


class Together(ServiceCommand):
    """Several changes as one undo step, all or none: when one fails, those before it are undone."""

    def __init__(self, text: str, parts: list[ServiceCommand]) -> None:
        super().__init__(text)
        self.parts = parts
        if parts and all(part.columns is not None for part in parts):
            self.columns = frozenset().union(*(part.columns for part in parts))
            self.order_only = all(part.order_only for part in parts)

    def do(self) -> None:
        done: list[ServiceCommand] = []
        try:
            for part in self.parts:
                part.do()
                done.append(part)
        except PROBLEMS:
            for part in reversed(done):
                part.undo_it()
            raise

    def undo_it(self) -> None:
        for part in reversed(self.parts):
            part.undo_it()


class MoveBarrier(ServiceCommand):
    order_only = True

    def __init__(self, text: str, card: BarrierView, precondition: Precondition, position: int) -> None:
        super().__init__(text)
        self.barrier_id = card.id
        self.before = (card.precondition, card.position)
        self.after = (precondition, position)
        self.columns = frozenset({card.precondition, precondition})

    def do(self) -> None:
        barriers.move_barrier(self.barrier_id, *self.after)

    def undo_it(self) -> None:
        barriers.move_barrier(self.barrier_id, *self.before)


class EditBarrier(ServiceCommand):
    """Changes fields, status and lesson together, as the card editor does."""

    def __init__(self, text: str, before: BarrierView, after: BarrierView) -> None:
        super().__init__(text)
        self.barrier_id = before.id
        self.before, self.after = before, after
        self.columns = frozenset({before.precondition})

    def do(self) -> None:
        self._apply(self.after, self.before)

    def undo_it(self) -> None:
        self._apply(self.before, self.after)

    def _apply(self, target: BarrierView, current: BarrierView) -> None:
        """Changes what differs between `current` (as the user saw it) and `target`; refused when
        someone else changed one of those fields since (on a team database)."""
        changed = [
            f for f in (*EDITOR_FIELDS, "status", "lesson_id") if getattr(target, f) != getattr(current, f)
        ]
        fields = {f: getattr(target, f) for f in changed if f in EDITOR_FIELDS}
        barriers.edit_barrier(
            self.barrier_id,
            status=target.status if "status" in changed else None,
            lesson_id=target.lesson_id if "lesson_id" in changed else barriers.UNCHANGED,
            started_from={f: getattr(current, f) for f in changed},
            **fields,
        )


class KeepMineBeside(ServiceCommand):
    """After an edit refused as outdated: the user's version as a second card, marked as a conflict."""

    def __init__(self, text: str, barrier_id: int, mine: BarrierView) -> None:
        super().__init__(text)
        self.barrier_id, self.mine = barrier_id, mine
        self.copy_id: int | None = None
        self.columns = frozenset({mine.precondition})

    def do(self) -> None:
        if self.copy_id is None:
            self.copy_id = barriers.add_conflicting_copy(self.barrier_id, self.mine)
        else:
            barriers.restore_barrier(self.copy_id)

    def undo_it(self) -> None:
        barriers.delete_barrier(self.copy_id)


class SetStatus(EditBarrier):
    def __init__(self, text: str, card: BarrierView, status: Status) -> None:
        super().__init__(text, card, replace(card, status=status))


class KeepBoth(ServiceCommand):
    """Resolves an import conflict by keeping both cards; undo marks the card as a conflict again."""

    def __init__(self, text: str, barrier_id: int) -> None:
        super().__init__(text)
        self.barrier_id = barrier_id
        self.original: str | None = None
        self.columns = WHOLE_BOARD

    def do(self) -> None:
        self.original = barriers.keep_both(self.barrier_id)

    def undo_it(self) -> None:
        barriers.mark_conflict(self.barrier_id, self.original)


class DeleteBarrier(ServiceCommand):
    def __init__(self, text: str, barrier_id: int) -> None:
        super().__init__(text)
        self.barrier_id = barrier_id
        self.columns = WHOLE_BOARD

    def do(self) -> None:
        barriers.delete_barrier(self.barrier_id)

    def undo_it(self) -> None:
        barriers.restore_barrier(self.barrier_id)


class AddBarriers(ServiceCommand):
    """Adds one blank barrier or several typical ones; undo takes them off the board again."""

    def __init__(self, text: str, add: Callable[[], list[int]]) -> None:
        super().__init__(text)
        self._add = add
        self.barrier_ids: list[int] = []
        self.columns = WHOLE_BOARD

    def do(self) -> None:
        if self.barrier_ids:  # redo after undo: bring the same records back
            for barrier_id in self.barrier_ids:
                barriers.restore_barrier(barrier_id)
        else:
            self.barrier_ids = self._add()

    def undo_it(self) -> None:
        for barrier_id in reversed(self.barrier_ids):
            barriers.delete_barrier(barrier_id)


class CreateCollaboration(ServiceCommand):
    def __init__(self, text: str, view: CollaborationView) -> None:
        super().__init__(text)
        self.view = view
        self.collaboration_id: int | None = None

    def do(self) -> None:
        if self.collaboration_id is None:
            view = self.view
            self.collaboration_id = collaborations.create_collaboration(
                view.name, view.ambition, view.phase, view.notes, view.partners
            )
        else:
            collaborations.restore_collaboration(self.collaboration_id)

    def undo_it(self) -> None:
        collaborations.delete_collaboration(self.collaboration_id)


class EditCollaboration(ServiceCommand):
    def __init__(self, text: str, before: CollaborationView, after: CollaborationView) -> None:
        super().__init__(text)
        self.before, self.after = before, after

    def do(self) -> None:
        self._apply(self.after, self.before)
        # New partners got their identity now: a redo after an undo gives them the same again.
        self.after = replace(self.after, partners=collaborations.get_collaboration(self.after.id).partners)

    def undo_it(self) -> None:
        self._apply(self.before, self.after)

    def _apply(self, target: CollaborationView, current: CollaborationView) -> None:
        """Changes only what differs between `current` (as the user saw it) and `target`; refused
        when someone else changed one of those fields since (on a team database)."""
        fields = ("name", "ambition", "phase", "notes")
        changed = {f: getattr(target, f) for f in fields if getattr(target, f) != getattr(current, f)}
        collaborations.update_collaboration(
            target.id,
            partners=target.partners if target.partners != current.partners else None,
            started_from=current,
            **changed,
        )


class ArchiveCollaboration(ServiceCommand):
    def __init__(self, text: str, collaboration_id: int, archived: bool) -> None:
        super().__init__(text)
        self.collaboration_id, self.archived = collaboration_id, archived

    def do(self) -> None:
        collaborations.set_archived(self.collaboration_id, self.archived)

    def undo_it(self) -> None:
        collaborations.set_archived(self.collaboration_id, not self.archived)


class DeleteCollaboration(ServiceCommand):
    def __init__(self, text: str, collaboration_id: int) -> None:
        super().__init__(text)
        self.collaboration_id = collaboration_id

    def do(self) -> None:
        collaborations.delete_collaboration(self.collaboration_id)

    def undo_it(self) -> None:
        collaborations.restore_collaboration(self.collaboration_id)
