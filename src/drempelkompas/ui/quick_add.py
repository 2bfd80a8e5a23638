"""Adding cards by typing, at the bottom of a column: a title, Enter, and the next title.

The field stays open after each card, so a list of barriers goes in as fast as it can be typed.
Esc closes it; what was typed and not yet added stays in the field for the next time.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QToolButton


class TitleEdit(QLineEdit):
    """The title field: Enter hands the title on, Esc closes the field."""

    entered = Signal(str)
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.text().strip():
                self.entered.emit(self.text().strip())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self.text().strip() and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.closed.emit()  # clicked elsewhere with nothing typed: back to the button


class QuickAddField(QStackedWidget):
    """A button "Add a barrier" that turns into a title field."""

    titleEntered = Signal(str)
    closed = Signal()  # closed from the keyboard: the focus goes back to the column

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.button = QToolButton(objectName=f"quickAdd-{name}", autoRaise=True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(self.open)
        self.field = TitleEdit(objectName=f"quickAddField-{name}")
        self.field.entered.connect(self.titleEntered)
        self.field.closed.connect(self.close_field)
        self.addWidget(self.button)
        self.addWidget(self.field)

    def set_texts(self, button: str, name: str, placeholder: str) -> None:
        self.button.setText(button)
        self.button.setAccessibleName(name)
        self.field.setAccessibleName(name)
        self.field.setPlaceholderText(placeholder)

    @property
    def is_open(self) -> bool:
        return self.currentWidget() is self.field

    def open(self) -> None:
        self.setCurrentWidget(self.field)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    def close_field(self) -> None:
        had_focus = self.field.hasFocus()
        self.setCurrentWidget(self.button)
        if had_focus:
            self.closed.emit()

    def added(self) -> None:
        """The card was added: the field empties for the next title."""
        self.field.clear()
        self.field.setFocus()
