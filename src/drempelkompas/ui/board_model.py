"""The board's data for Qt: one list model per precondition column, filtered, with drag and drop.

`Board` loads a collaboration's barriers once through the services and hands each column model
the cards that pass the filter. Dropping cards does not change the model: it asks for a move
(`moveRequested`), which the window turns into an undoable service call, after which the board
is reloaded.
"""

import json
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers as barrier_service
from drempelkompas.services.barrier_views import BarrierView, board
from drempelkompas.services.lessons import list_lessons

BARRIER_MIME_TYPE = "application/x-drempelkompas-barrier-ids"

BarrierRole = Qt.ItemDataRole.UserRole + 2  # the BarrierView
# All a card shows, in one call: (card, lesson title, lesson only suggested, overdue).
CardFactsRole = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class BoardFilter:
    text: str = ""
    show_overcome: bool = False
    level: Level | None = None
    owner: str | None = None  # None: any owner; "": cards without owner

    def accepts(self, card: BarrierView, search_text: str) -> bool:
        if card.status is Status.OVERCOME and not self.show_overcome:
            return False
        if self.level is not None and card.level is not self.level:
            return False
        if self.owner is not None and card.owner != self.owner:
            return False
        return not self.text or self.text.casefold() in search_text


class BoardColumnModel(QAbstractListModel):
    """The visible cards of one precondition column."""

    moveRequested = Signal(int, object, int)  # barrier id, target Precondition, target position

    def __init__(self, precondition: Precondition, lesson_titles: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self.precondition = precondition
        self._lesson_titles = lesson_titles
        self._cards: list[BarrierView] = []
        self._column_size = 0  # cards in the whole column, filtered or not
        self._today = date.today()

    # -- reading ---------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.description or card.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken_text(card)
        if role == BarrierRole:
            return card
        if role == CardFactsRole:  # asked for each card at each layout: one call instead of four
            lesson = self._lesson_titles.get(card.effective_lesson_id, "")
            return card, lesson, card.lesson_id is None, self._is_overdue(card)
        return None

    def spoken_text(self, card: BarrierView) -> str:
        """All a card shows, in sentences a screen reader can read out."""
        parts = [
            card.title,
            i18n.label(card.status),
            self.tr("Impact {impact} of 5").format(impact=card.impact),
        ]
        if card.conflict:
            parts.append(self.tr("In conflict with another card"))
        if card.level is not None:
            parts.append(self.tr("Level: {level}").format(level=i18n.label(card.level)))
        parts.append(
            self.tr("Owner: {owner}").format(owner=card.owner) if card.owner else self.tr("No owner")
        )
        if card.due_date:
            when = QLocale().toString(
                QDate(card.due_date.year, card.due_date.month, card.due_date.day),
                QLocale.FormatType.LongFormat,
            )
            parts.append(
                self.tr("Overdue since {date}").format(date=when)
                if self._is_overdue(card)
                else self.tr("Due {date}").format(date=when)
            )
        lesson = self._lesson_titles.get(card.effective_lesson_id, "")
        if lesson:
            parts.append(
                self.tr("Lesson: {lesson}").format(lesson=lesson)
                if card.lesson_id is not None
                else self.tr("Suggested lesson: {lesson}").format(lesson=lesson)
            )
        return ". ".join(part.rstrip(".") for part in parts) + "."

    def _is_overdue(self, card: BarrierView) -> bool:
        return bool(card.due_date and card.due_date < self._today and card.status is not Status.OVERCOME)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def card(self, row: int) -> BarrierView:
        return self._cards[row]

    def row_of(self, barrier_id: int) -> int | None:
        return next((row for row, card in enumerate(self._cards) if card.id == barrier_id), None)

    def target_position(self, row: int, moving: BarrierView | None = None) -> int:
        """The column position a card gets when placed before visible `row` (or at the end).

        Positions count all cards of the column, hidden ones too, and are taken after the moving
        card has left its place, as `move_barrier` expects.
        """
        if 0 <= row < len(self._cards):
            position = self._cards[row].position
        elif self._cards:
            position = self._cards[-1].position + 1
        else:
            position = self._column_size
        same_column = moving is not None and moving.precondition is self.precondition
        if same_column and moving.position < position:
            position -= 1
        return position

    # -- updating --------------------------------------------------------------------------

    def set_cards(self, cards: list[BarrierView], column_size: int) -> None:
        """Shows `cards`; only repaints changed rows when the same cards stay in the same order."""
        self._column_size = column_size
        self._today = date.today()
        if [c.id for c in cards] == [c.id for c in self._cards]:
            changed = [
                row for row, (old, new) in enumerate(zip(self._cards, cards, strict=True)) if old != new
            ]
            self._cards = cards
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [BARRIER_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        ids = [self._cards[index.row()].id for index in indexes if index.isValid()]
        mime.setData(BARRIER_MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(BARRIER_MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(BARRIER_MIME_TYPE)).decode())]
        except (ValueError, TypeError):
            return False
        if parent.isValid():  # dropped onto a card: place it before that card
            row = parent.row()
        if row < 0:
            row = len(self._cards)
        board_model = self.parent()
        for barrier_id in ids:
            moving = board_model.card_by_id(barrier_id) if isinstance(board_model, Board) else None
            self.moveRequested.emit(barrier_id, self.precondition, self.target_position(row, moving))
        # The move happens through the services; there is nothing for the view to remove.
        return False


@dataclass
class _Loaded:
    collaboration_id: int | None = None
    cards: dict[Precondition, list[BarrierView]] = field(default_factory=dict)
    search_texts: dict[int, str] = field(default_factory=dict)


class Board(QObject):
    """A collaboration's barriers, the filter, and one column model per precondition."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lesson_titles: dict[int, str] = {}
        self.columns = {p: BoardColumnModel(p, self._lesson_titles, self) for p in Precondition}
        self._loaded = _Loaded()
        self._filter = BoardFilter()

    @property
    def collaboration_id(self) -> int | None:
        return self._loaded.collaboration_id

    def load(self, collaboration_id: int | None) -> None:
        """Reads the collaboration's barriers from the database and shows them."""
        self._lesson_titles.clear()
        self._lesson_titles.update({lesson.id: lesson.title for lesson in list_lessons(i18n.translate)})
        cards = board(collaboration_id) if collaboration_id is not None else {p: [] for p in Precondition}
        search_texts = {card.id: _search_text(card) for cards_of in cards.values() for card in cards_of}
        self._loaded = _Loaded(collaboration_id, cards, search_texts)
        self._apply()

    def reload_columns(self, preconditions: frozenset[Precondition]) -> None:
        """Re-reads only these columns, after a change that touched nothing else."""
        collaboration_id = self._loaded.collaboration_id
        if collaboration_id is None:
            return
        if preconditions >= set(Precondition):
            self.load(collaboration_id)
            return
        for precondition in preconditions:
            cards = barrier_service.column(collaboration_id, precondition)
            self._loaded.cards[precondition] = cards
            self._loaded.search_texts.update({card.id: _search_text(card) for card in cards})
        self._apply(preconditions)

    def reorder_columns(self, preconditions: frozenset[Precondition]) -> None:
        """After cards were only moved: re-reads these columns' order, not their cards."""
        collaboration_id = self._loaded.collaboration_id
        if collaboration_id is None:
            return
        cards = {card.id: card for p in preconditions for card in self._loaded.cards.get(p, [])}
        order = barrier_service.column_order(collaboration_id, preconditions)
        if sorted(cards) != sorted(barrier_id for column in order.values() for barrier_id, _ in column):
            self.reload_columns(preconditions)  # cards came or went meanwhile (another window)
            return
        for precondition, column in order.items():
            self._loaded.cards[precondition] = [
                _placed(cards[barrier_id], precondition, position) for barrier_id, position in column
            ]
        self._apply(preconditions)

    def set_filter(self, board_filter: BoardFilter) -> None:
        if board_filter != self._filter:
            self._filter = board_filter
            self._apply()

    def card_by_id(self, barrier_id: int) -> BarrierView | None:
        for column in self._loaded.cards.values():
            for card in column:
                if card.id == barrier_id:
                    return card
        return None

    def column_cards(self, precondition: Precondition) -> list[BarrierView]:
        """The column's cards, the filters aside."""
        return self._loaded.cards.get(precondition, [])

    def all_cards(self) -> list[BarrierView]:
        return [card for column in self._loaded.cards.values() for card in column]

    def open_counts(self) -> dict[Precondition, int]:
        """Per column, the barriers not yet overcome, as the collaboration list counts them."""
        return {
            precondition: sum(1 for card in cards if card.status is not Status.OVERCOME)
            for precondition, cards in self._loaded.cards.items()
        }

    def owners(self) -> list[str]:
        return sorted({card.owner for card in self.all_cards() if card.owner}, key=str.casefold)

    def visible_count(self) -> int:
        return sum(model.rowCount() for model in self.columns.values())

    def _apply(self, preconditions=frozenset(Precondition)) -> None:
        accepts, texts = self._filter.accepts, self._loaded.search_texts
        for precondition in preconditions:
            cards = self._loaded.cards.get(precondition, [])
            self.columns[precondition].set_cards(
                [card for card in cards if accepts(card, texts[card.id])], len(cards)
            )
        self.changed.emit()


def _placed(card: BarrierView, precondition: Precondition, position: int) -> BarrierView:
    if card.precondition is precondition and card.position == position:
        return card
    return card.placed(precondition, position)


def _search_text(card: BarrierView) -> str:
    return "\n".join((card.title, card.description, card.owner, card.next_action)).casefold()
