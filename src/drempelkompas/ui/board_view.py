"""The board: four columns of cards, one per precondition, that work by mouse and by keyboard."""

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.runtime import i18n
from drempelkompas.services.barriers import BarrierView
from drempelkompas.ui.board_model import BarrierRole, Board, BoardColumnModel
from drempelkompas.ui.card_delegate import CardDelegate


class BoardColumnView(QListView):
    """One column's cards. Left/Right hop to the neighbour column; Enter opens the card."""

    neighbourRequested = Signal(int)  # -1: the column to the left, +1: to the right
    openRequested = Signal(int)  # barrier id

    def __init__(self, model: BoardColumnModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"column-{model.precondition.value}")
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
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
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbourRequested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_card() is not None:
            self.openRequested.emit(self.current_card().id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid():
            self.select_row(0)


class BoardView(QWidget):
    """Four precondition columns side by side, each headed by its name and open count."""

    openRequested = Signal(int)
    addRequested = Signal(object)  # Precondition

    def __init__(self, board: Board, parent=None) -> None:
        super().__init__(parent)
        self.board = board
        self.columns: dict[Precondition, BoardColumnView] = {}
        self._headers: dict[Precondition, QLabel] = {}
        self._add_buttons: dict[Precondition, QToolButton] = {}
        self._last_focused = Precondition.KNOWLEDGE
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for precondition, model in board.columns.items():
            layout.addWidget(self._build_column(precondition, model), 1)
        board.changed.connect(self.update_headers)
        self.retranslate_ui()

    def _build_column(self, precondition: Precondition, model: BoardColumnModel) -> QWidget:
        frame = QFrame(objectName=f"frame-{precondition.value}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(4, 4, 4, 4)
        header = QHBoxLayout()
        label = QLabel(objectName=f"header-{precondition.value}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # a long translation wraps instead of widening the window
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        add = QToolButton(text="+", autoRaise=True)
        add.clicked.connect(lambda: self.addRequested.emit(precondition))
        header.addWidget(label, 1)
        header.addWidget(add)
        layout.addLayout(header)
        view = BoardColumnView(model)
        view.neighbourRequested.connect(lambda step, p=precondition: self._focus_neighbour(p, step))
        view.openRequested.connect(self.openRequested)
        view.installEventFilter(self)
        layout.addWidget(view, 1)
        self.columns[precondition] = view
        self._headers[precondition] = label
        self._add_buttons[precondition] = add
        return frame

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.FocusIn and isinstance(watched, BoardColumnView):
            self._last_focused = watched.precondition
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        for precondition, button in self._add_buttons.items():
            button.setToolTip(self.tr("Add a barrier to {column}").format(column=i18n.label(precondition)))
            button.setAccessibleName(button.toolTip())  # a screen reader would say "plus"
        for precondition, view in self.columns.items():
            view.setAccessibleName(self.tr("Barriers: {column}").format(column=i18n.label(precondition)))
        self.update_headers()

    def update_headers(self) -> None:
        cards = self.board.all_cards()
        for precondition, label in self._headers.items():
            still_open = sum(
                1 for c in cards if c.precondition is precondition and c.status is not Status.OVERCOME
            )
            label.setText(
                self.tr("{column} · %n open", "", still_open).format(column=i18n.label(precondition))
            )

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
