"""What the user can do with the cards on the board: add, open and edit, move, mark, delete.

Each action becomes an undoable command (see `commands`) pushed through the window, which
re-reads the board after every change.
"""

from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.domain.errors import DrempelError, EditConflictError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers
from drempelkompas.ui import commands
from drempelkompas.ui.problems import reports_problems
from drempelkompas.ui.unsaved_edits import ask_to_try_again, resolve_outdated_edit

MOVE_KEYS = {"left": "Ctrl+Left", "right": "Ctrl+Right", "up": "Ctrl+Up", "down": "Ctrl+Down"}
STATUS_KEYS = dict(zip(Status, ("Ctrl+1", "Ctrl+2", "Ctrl+3"), strict=True))


class BoardActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.board = window.board
        self.view = window.board_view
        add = window.add_action
        self.new_barrier_action = add("newBarrier", self.new_barrier, [QKeySequence.StandardKey.New])
        self.quick_add_action = add("quickAdd", lambda: self.view.open_quick_add(), ["Ctrl+T"])
        self.catalog_action = add("addFromCatalog", self.add_from_catalog, ["Ctrl+Shift+K"])
        self.open_barrier_action = add("openBarrier", self.open_current_barrier)
        self.delete_barrier_action = add(
            "deleteBarrier",
            self.delete_barrier,
            [QKeySequence.StandardKey.Delete],
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.move_actions = {
            direction: add(f"move{direction.title()}", lambda _=False, d=direction: self.move_card(d), [key])
            for direction, key in MOVE_KEYS.items()
        }
        self.status_actions = {
            status: add(f"status-{status.value}", lambda _=False, s=status: self.set_status(s), [key])
            for status, key in STATUS_KEYS.items()
        }
        self.view.addAction(self.delete_barrier_action)
        self.view.openRequested.connect(self.open_barrier)
        self.view.quickAddRequested.connect(self.quick_add)
        for model in self.board.columns.values():
            model.moveRequested.connect(self.move_to)

    def card_menu(self) -> list[QAction]:
        """The actions of a right-click on a card."""
        return [
            self.open_barrier_action,
            *self.status_actions.values(),
            self.move_actions["left"],
            self.move_actions["right"],
            self.delete_barrier_action,
        ]

    def changing_actions(self) -> list[QAction]:
        """The actions that change the board: enabled only for a writable database and a collaboration."""
        return [
            self.new_barrier_action,
            self.quick_add_action,
            self.catalog_action,
            self.delete_barrier_action,
            *self.move_actions.values(),
            *self.status_actions.values(),
        ]

    def retranslate_ui(self) -> None:
        self.new_barrier_action.setText(self.tr("&New barrier…"))
        self.quick_add_action.setText(self.tr("Add barriers by &typing"))
        self.catalog_action.setText(self.tr("Typical barriers from the &method…"))
        self.open_barrier_action.setText(self.tr("&Open barrier…\tEnter"))
        self.delete_barrier_action.setText(self.tr("&Delete barrier"))
        self.move_actions["left"].setText(self.tr("Move to previous column"))
        self.move_actions["right"].setText(self.tr("Move to next column"))
        self.move_actions["up"].setText(self.tr("Move up"))
        self.move_actions["down"].setText(self.tr("Move down"))
        # Whole sentences, so each language can write the status as it reads inside one.
        marks = {
            Status.OPEN: self.tr("Mark as open"),
            Status.IN_PROGRESS: self.tr("Mark as in progress"),
            Status.OVERCOME: self.tr("Mark as overcome"),
        }
        for status, action in self.status_actions.items():
            action.setText(marks[status])

    # -- adding ----------------------------------------------------------------------------

    @reports_problems
    def new_barrier(self, precondition: Precondition | None = None) -> None:
        from drempelkompas.ui.barrier_dialog import BarrierDialog

        collaboration_id = self.board.collaboration_id
        if collaboration_id is None:
            return
        if not isinstance(precondition, Precondition):  # triggered(checked) passes a bool
            precondition = self.view.focused_precondition
        dialog = BarrierDialog(
            barriers.blank_barrier(collaboration_id, precondition), self.board.owners(), self.window
        )
        if dialog.exec() != BarrierDialog.DialogCode.Accepted:
            return
        card = dialog.edited_card()

        def add() -> list[int]:
            return [
                barriers.add_barrier(
                    collaboration_id,
                    card.precondition,
                    card.title,
                    status=card.status,
                    lesson_id=card.lesson_id,
                    description=card.description,
                    impact=card.impact,
                    level=card.level,
                    owner=card.owner,
                    due_date=card.due_date,
                    next_action=card.next_action,
                )
            ]

        self._push_addition(commands.AddBarriers(QT_TRANSLATE_NOOP("Commands", "New barrier"), add))

    @reports_problems
    def add_from_catalog(self) -> None:
        collaboration_id = self.board.collaboration_id
        if collaboration_id is None:
            return
        from drempelkompas.ui.catalog_dialog import CatalogDialog

        on_board = {card.catalog_key for card in self.board.all_cards() if card.catalog_key}
        dialog = CatalogDialog(self.view.focused_precondition, on_board, self.window)
        if dialog.exec() != CatalogDialog.DialogCode.Accepted:
            return
        keys = dialog.selected_keys()
        self._push_addition(
            commands.AddBarriers(
                QT_TRANSLATE_NOOP("Commands", "Add typical barriers"),
                lambda: barriers.add_typical_barriers(collaboration_id, keys, i18n.translate),
            )
        )

    def quick_add(self, precondition: Precondition, title: str) -> None:
        """Adds a card with just a title, typed at the bottom of a column."""
        collaboration_id = self.board.collaboration_id
        if collaboration_id is None or self.window.read_only:
            return
        command = commands.AddBarriers(
            QT_TRANSLATE_NOOP("Commands", "New barrier"),
            lambda: [barriers.add_barrier(collaboration_id, precondition, title)],
        )
        self._push_addition(command, focus=False)
        if command.barrier_ids:  # added: the field empties for the next one; else the title stays
            self.view.quick_add_done(precondition)

    def _push_addition(self, command: commands.AddBarriers, focus: bool = True) -> None:
        self.window.push(command)
        if command.barrier_ids:
            self.view.select_card(command.barrier_ids[0], focus=focus)

    # -- editing ---------------------------------------------------------------------------

    def open_current_barrier(self) -> None:
        card = self.view.current_card()
        if card is not None:
            self.open_barrier(card.id)

    @reports_problems
    def open_barrier(self, barrier_id: int) -> None:
        from drempelkompas.ui.barrier_dialog import BarrierDialog

        before = self.board.card_by_id(barrier_id)
        if before is None:
            return
        dialog = BarrierDialog(before, self.board.owners(), self.window)
        if self.window.read_only:
            dialog.show_only()
        if dialog.exec() != BarrierDialog.DialogCode.Accepted:
            return
        after = dialog.edited_card()
        keeps_both = before.conflict and not after.conflict
        edited = replace(after, precondition=before.precondition, conflict=before.conflict)
        if not keeps_both and edited == before and after.precondition is before.precondition:
            return
        # Everything the editor changed is one undo step; what could not be saved is not dropped unasked.
        while True:
            unsaved: list[DrempelError] = []
            parts = self._editor_changes(before, after, edited, keeps_both)
            edit = commands.Together(QT_TRANSLATE_NOOP("Commands", "Edit barrier"), parts)
            self.window.push(edit, barrier_id, unsaved.append)
            if not unsaved:
                self.view.select_card(barrier_id)
                return
            if isinstance(unsaved[0], EditConflictError):
                resolve_outdated_edit(self.window, barrier_id, edited)
                return
            if not ask_to_try_again(self.window, unsaved[0]):
                return

    def _editor_changes(self, before, after, edited, keeps_both: bool) -> list[commands.ServiceCommand]:
        barrier_id = before.id
        parts: list[commands.ServiceCommand] = []
        if keeps_both:
            parts.append(commands.KeepBoth(QT_TRANSLATE_NOOP("Commands", "Keep both cards"), barrier_id))
        if edited != before:
            parts.append(commands.EditBarrier(QT_TRANSLATE_NOOP("Commands", "Edit barrier"), before, edited))
        if after.precondition is not before.precondition:
            end = len([c for c in self.board.all_cards() if c.precondition is after.precondition])
            parts.append(
                commands.MoveBarrier(
                    QT_TRANSLATE_NOOP("Commands", "Move barrier"), before, after.precondition, end
                )
            )
        return parts

    def delete_barrier(self) -> None:
        card = self.view.current_card()
        if card is not None:
            self.window.push(commands.DeleteBarrier(QT_TRANSLATE_NOOP("Commands", "Delete barrier"), card.id))
            self.window.statusBar().showMessage(
                self.tr("Deleted “{title}”. Undo brings it back (Ctrl+Z).").format(title=card.title), 8000
            )

    def set_status(self, status: Status) -> None:
        card = self.view.current_card()
        if card is not None and card.status is not status:
            self.window.push(
                commands.SetStatus(QT_TRANSLATE_NOOP("Commands", "Change status"), card, status), card.id
            )

    # -- moving ----------------------------------------------------------------------------

    def move_card(self, direction: str) -> None:
        """Moves the selected card to the neighbouring column ("left", "right") or place ("up", "down")."""
        column = self.view.columns[self.view.focused_precondition]
        card, row = column.current_card(), column.currentIndex().row()
        if card is None:
            return
        if direction in ("left", "right"):
            order = list(Precondition)
            index = order.index(card.precondition) + (-1 if direction == "left" else 1)
            if 0 <= index < len(order):
                target = self.board.columns[order[index]]
                self.move_to(
                    card.id, target.precondition, target.target_position(min(row, target.rowCount()))
                )
            return
        model = column.model()
        neighbour = row - 1 if direction == "up" else row + 1
        if 0 <= neighbour < model.rowCount():
            self.move_to(card.id, card.precondition, model.card(neighbour).position)

    def move_to(self, barrier_id: int, precondition: Precondition, position: int) -> None:
        """Moves a card, as a drop or a key asks; the board shows the database's order afterwards."""
        card = self.board.card_by_id(barrier_id)
        if card is None or (card.precondition is precondition and card.position == position):
            return
        self.window.push(
            commands.MoveBarrier(QT_TRANSLATE_NOOP("Commands", "Move barrier"), card, precondition, position),
            barrier_id,
        )
        self.view.select_card(barrier_id)
