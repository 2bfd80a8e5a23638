"""The board: four columns of cards, one per precondition, that work by mouse and by keyboard."""

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.runtime import i18n
from drempelkompas.services.barrier_views import BarrierView
from drempelkompas.ui.board_model import BARRIER_MIME_TYPE, BarrierRole, Board, BoardColumnModel
from drempelkompas.ui.card_delegate import (
    CardDelegate,
    paint_focus_ring,
    paint_placeholder,
    placeholder_height,
)
from drempelkompas.ui.quick_add import QuickAddField

LAYOUT_BATCH = 20  # cards laid out between two turns of the event loop: a tall screen's worth
ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200)  # the board's text sizes, in percent


class BoardColumnView(QListView):
    """One column's cards. Left/Right hop to the neighbour column; Enter opens the card."""

    neighbourRequested = Signal(int)  # -1: the column to the left, +1: to the right
    openRequested = Signal(int)  # barrier id
    dropTargetChanged = Signal(bool)  # a dragged card is over this column, or no longer

    def __init__(self, model: BoardColumnModel, parent=None) -> None:
        super().__init__(parent)
        self._scroll_to: QPersistentModelIndex | None = None  # a card to scroll to once laid out
        self.setObjectName(f"column-{model.precondition.value}")
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)  # cards re-wrap to the column's width
        # A long column is laid out a batch at a time, so the window shows and answers at once.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setSpacing(0)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # the placeholder shows where a card lands
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.drop_row: int | None = None  # where a dragged card would land; the delegate leaves room
        self.doubleClicked.connect(lambda index: self.openRequested.emit(index.data(BarrierRole).id))

    @property
    def precondition(self) -> Precondition:
        return self.model().precondition

    def current_card(self) -> BarrierView | None:
        index = self.currentIndex()
        return index.data(BarrierRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if self.model().rowCount() == 0:
            return
        index = self.model().index(max(0, min(row, self.model().rowCount() - 1)))
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._scroll_to = QPersistentModelIndex(index)
        self._scroll_when_laid_out()

    def updateGeometries(self) -> None:
        super().updateGeometries()  # after each batch of the layout
        self._scroll_when_laid_out()

    def _scroll_when_laid_out(self) -> None:
        """Scrolls to the chosen card once the batched layout has reached it."""
        if self._scroll_to is None:
            return
        if not self._scroll_to.isValid():
            self._scroll_to = None
            return
        index = self.model().index(self._scroll_to.row(), 0)
        if not self.visualRect(index).isEmpty():
            self.scrollTo(index)
            self._scroll_to = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbourRequested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_card() is not None:
            self.openRequested.emit(self.current_card().id)
            return
        super().keyPressEvent(event)

    # -- dragging cards in ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        super().dragEnterEvent(event)
        if event.mimeData().hasFormat(BARRIER_MIME_TYPE):
            event.acceptProposedAction()
            self.dropTargetChanged.emit(True)
            self._place_placeholder(self._row_at(event.position().toPoint()))

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat(BARRIER_MIME_TYPE):
            event.acceptProposedAction()
            self._place_placeholder(self._row_at(event.position().toPoint()))

    def dragLeaveEvent(self, event) -> None:
        super().dragLeaveEvent(event)
        self._end_drag()

    def dropEvent(self, event) -> None:
        row = self.drop_row if self.drop_row is not None else self._row_at(event.position().toPoint())
        self._end_drag()
        if self.model().dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex()):
            event.acceptProposedAction()
        else:  # the move goes through the services: nothing for Qt to remove from the source column
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
        self.stopAutoScroll()

    def _row_at(self, point) -> int:
        """The row a card dropped at `point` goes before: over a card's lower half, the next one."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if point.y() > rect.center().y() else 0)

    def _place_placeholder(self, row: int) -> None:
        if row != self.drop_row:
            self.drop_row = row
            self.scheduleDelayedItemsLayout()  # the card at `row` grows to hold the placeholder
            self.viewport().update()

    def _end_drag(self) -> None:
        self.dropTargetChanged.emit(False)
        if self.drop_row is not None:
            self.drop_row = None
            self.scheduleDelayedItemsLayout()
            self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        rows = self.model().rowCount()
        if rows == 0 and self.hasFocus():  # an empty column has no card to ring: ring the column
            painter = QPainter(self.viewport())
            paint_focus_ring(painter, self.viewport().rect(), self)
            painter.end()
        if self.drop_row is not None and self.drop_row >= rows:  # at the end: below the last card
            top = self.visualRect(self.model().index(rows - 1)).bottom() + 1 if rows else 0
            painter = QPainter(self.viewport())
            paint_placeholder(painter, QRect(0, top, self.viewport().width(), placeholder_height(self)), self)
            painter.end()

    def relayout(self) -> None:
        """Lays the cards out again, e.g. for another text size."""
        self.scheduleDelayedItemsLayout()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid():
            self.select_row(0)


class BoardView(QWidget):
    """Four precondition columns side by side, each headed by its name and open count."""

    openRequested = Signal(int)
    quickAddRequested = Signal(object, str)  # Precondition, title

    def __init__(self, board: Board, parent=None) -> None:
        super().__init__(parent)
        self.board = board
        self.columns: dict[Precondition, BoardColumnView] = {}
        self._headers: dict[Precondition, QLabel] = {}
        self._counts: dict[Precondition, QLabel] = {}
        self.quick_adds: dict[Precondition, QuickAddField] = {}
        self._last_focused = Precondition.KNOWLEDGE
        self.zoom = 100
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for precondition, model in board.columns.items():
            layout.addWidget(self._build_column(precondition, model), 1)
        board.changed.connect(self.update_headers)
        self.set_zoom(100)
        self.retranslate_ui()

    def _build_column(self, precondition: Precondition, model: BoardColumnModel) -> QWidget:
        frame = QFrame(objectName=f"frame-{precondition.value}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        label = QLabel(objectName=f"header-{precondition.value}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # a long translation wraps instead of widening the window
        layout.addWidget(label)
        counts = QLabel(objectName=f"counts-{precondition.value}")
        counts.setTextFormat(Qt.TextFormat.PlainText)
        counts.setWordWrap(True)
        layout.addWidget(counts)
        view = BoardColumnView(model)
        view.neighbourRequested.connect(lambda step, p=precondition: self._focus_neighbour(p, step))
        view.openRequested.connect(self.openRequested)
        view.installEventFilter(self)
        view.dropTargetChanged.connect(lambda on, f=frame: self._highlight_drop_target(f, on))
        layout.addWidget(view, 1)
        quick_add = QuickAddField(precondition.value)
        quick_add.titleEntered.connect(lambda title, p=precondition: self.quickAddRequested.emit(p, title))
        quick_add.closed.connect(view.setFocus)
        layout.addWidget(quick_add)
        self.columns[precondition] = view
        self._headers[precondition] = label
        self._counts[precondition] = counts
        self.quick_adds[precondition] = quick_add
        return frame

    @staticmethod
    def _highlight_drop_target(frame: QFrame, on: bool) -> None:
        """The column a dragged card is over gets a border in the highlight colour."""
        name = frame.objectName()
        frame.setStyleSheet(
            f"#{name} {{ border: 2px solid palette(highlight); border-radius: 4px; }}" if on else ""
        )

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.FocusIn and isinstance(watched, BoardColumnView):
            self._last_focused = watched.precondition
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        for precondition, quick_add in self.quick_adds.items():
            quick_add.set_texts(
                self.tr("+ Add a barrier"),
                self.tr("Add a barrier to {column}").format(column=i18n.label(precondition)),
                self.tr("Title, then Enter"),
            )
        for precondition, view in self.columns.items():
            view.setAccessibleName(self.tr("Barriers: {column}").format(column=i18n.label(precondition)))
        self.update_headers()

    def update_headers(self) -> None:
        for precondition, label in self._headers.items():
            label.setText(i18n.label(precondition))
            self._counts[precondition].setText(
                self.column_counts(
                    self.board.column_cards(precondition), self.columns[precondition].model().rowCount()
                )
            )

    def column_counts(self, column: list[BarrierView], shown: int) -> str:
        """What a column holds, by status, and how many of them the filters show."""
        by_status = Counter(card.status for card in column)
        parts = [
            text
            for count, text in (
                (by_status[Status.OPEN], self.tr("%n open", "", by_status[Status.OPEN])),
                (
                    by_status[Status.IN_PROGRESS],
                    self.tr("%n in progress", "", by_status[Status.IN_PROGRESS]),
                ),
                (by_status[Status.OVERCOME], self.tr("%n overcome", "", by_status[Status.OVERCOME])),
            )
            if count
        ]
        if not parts:
            return self.tr("No barriers")
        if shown < len(column):
            parts.append(self.tr("{shown} of {total} shown").format(shown=shown, total=len(column)))
        return " · ".join(parts)

    def set_zoom(self, percent: int) -> int:
        """Sets the text size of cards and headers to the nearest step; returns the step chosen."""
        self.zoom = min(ZOOM_STEPS, key=lambda step: abs(step - percent))
        base = QApplication.font()
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * self.zoom / 100)
        header = QFont(font)
        header.setBold(True)
        header.setPointSizeF(font.pointSizeF() * 1.1)
        for precondition, view in self.columns.items():
            view.setFont(font)
            view.relayout()
            self._counts[precondition].setFont(font)
            self._headers[precondition].setFont(header)
        return self.zoom

    def zoom_step(self, steps: int) -> int:
        """One step larger (+1) or smaller (-1) than now."""
        position = ZOOM_STEPS.index(self.zoom) + steps
        return self.set_zoom(ZOOM_STEPS[max(0, min(position, len(ZOOM_STEPS) - 1))])

    def open_quick_add(self, precondition: Precondition | None = None) -> None:
        """Opens the title field at the bottom of a column (default: the focused one)."""
        self.quick_adds[precondition or self._last_focused].open()

    def quick_add_done(self, precondition: Precondition) -> None:
        self.quick_adds[precondition].added()

    def is_typing_new_card(self) -> bool:
        return any(quick_add.field.hasFocus() for quick_add in self.quick_adds.values())

    def unadded_titles(self) -> list[str]:
        """Titles typed in a title field but not added yet."""
        return [q.field.text().strip() for q in self.quick_adds.values() if q.field.text().strip()]

    def set_adding_enabled(self, enabled: bool) -> None:
        for quick_add in self.quick_adds.values():
            quick_add.setEnabled(enabled)
            if not enabled:
                quick_add.close_field()

    @property
    def focused_precondition(self) -> Precondition:
        """The column that has, or last had, the keyboard focus."""
        return self._last_focused

    def current_card(self) -> BarrierView | None:
        return self.columns[self._last_focused].current_card()

    def select_card(self, barrier_id: int, focus: bool = True) -> bool:
        for precondition, view in self.columns.items():
            row = view.model().row_of(barrier_id)
            if row is not None:
                view.select_row(row)
                self._last_focused = precondition
                if focus:
                    view.setFocus()
                return True
        return False

    def _focus_neighbour(self, precondition: Precondition, step: int) -> None:
        order = list(Precondition)
        position = order.index(precondition) + step
        if not 0 <= position < len(order):
            return
        target = order[position]
        row = max(self.columns[precondition].currentIndex().row(), 0)
        self.columns[target].setFocus()
        self.columns[target].select_row(row)
