"""Small widgets the dialogs share: an inline error label, combo boxes for our enums, forms, and
the question before typed input is thrown away."""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from drempelkompas.domain import palette
from drempelkompas.runtime import i18n


class Retranslating:
    """For windows and dialogs: `retranslate_ui()` runs again when the user picks another language."""

    def changeEvent(self, event: QEvent) -> None:
        # A closed dialog stays alive until its parent goes, but is never shown again.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate_ui()
        super().changeEvent(event)


class KeepsInput:
    """For dialogs: Esc, Cancel and the close button ask before throwing away what was typed.

    The dialog gives `input_state()`, a comparable picture of its fields, and calls
    `keep_input_from_now()` once they are filled; a change since then is asked about.
    """

    _kept = None

    def input_state(self) -> object:
        raise NotImplementedError

    def keep_input_from_now(self) -> None:
        self._kept = self.input_state()

    def has_unsaved_input(self) -> bool:
        return self._kept is not None and self.input_state() != self._kept

    def reject(self) -> None:
        if self.has_unsaved_input() and not discarding_confirmed(self):
            return
        super().reject()


def discarding_confirmed(parent: QWidget) -> bool:
    """Asks whether what was typed may go; the default answer keeps it."""
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        parent,
        translate("KeepsInput", "Discard changes?"),
        translate("KeepsInput", "What you typed in this window is not saved. Throw it away?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class ErrorLabel(QLabel):
    """Explains next to a field what is wrong with it; hidden while all is well."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {palette.WARNING};")
        self.hide()

    def show_problem(self, problem: str) -> None:
        self.setText(problem)
        self.setVisible(bool(problem))


class EnumCombo(QComboBox):
    """A combo box of an enum's translated labels, optionally with a first "none" choice."""

    def __init__(self, enum_type, current=None, none_text: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._enum_type = enum_type
        self._none_text = none_text
        self.retranslate_ui()
        self.set_member(current)

    def retranslate_ui(self, none_text: str | None = None) -> None:
        """(Re)fills the choices in the current language, keeping the chosen one."""
        current = self.member()
        self._none_text = none_text if none_text is not None else self._none_text
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, "")
        for member in self._enum_type:
            self.addItem(i18n.label(member), member.value)  # plain strings compare reliably in Qt
        self.set_member(current)
        self.blockSignals(False)

    def member(self):
        value = self.currentData()
        return self._enum_type(value) if value else None

    def set_member(self, member) -> None:
        self.setCurrentIndex(max(0, self.findData(member.value if member is not None else "")))


def form_with_labels(fields: list[QWidget]) -> tuple[QFormLayout, list[QLabel]]:
    """A form with one (initially empty) label per field, so retranslate_ui can set their texts."""
    form = QFormLayout()
    labels = []
    for field in fields:
        label = QLabel()
        # The label names the field itself (for the keyboard and screen readers), not its box.
        label.setBuddy(getattr(field, "field", field))
        form.addRow(label, field)
        labels.append(label)
    return form, labels


def name_by_labels(labels: list[QLabel]) -> None:
    """Gives each labelled field its label's text as accessible name (Qt finds a label only when
    it sits beside the field, and a field with an error label sits in a box of its own)."""
    for label in labels:
        if label.buddy() is not None and label.text():
            label.buddy().setAccessibleName(label.text().replace("&", ""))


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """The field with its error label right below it; a hidden error takes no space."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.field = getattr(field, "field", field)  # a date field names its picker
    return box


def follow_changes(dialog: QWidget, window: QWidget, reload) -> None:
    """Runs `reload` after every do, undo and redo of the window's changes, until the dialog is
    done or the window goes (its undo stack, clearing itself on the way out, would call it still)."""
    stack = window.undo_stack
    stack.indexChanged.connect(reload)
    followed = [True]

    def stop() -> None:
        if followed[0]:
            followed[0] = False
            stack.indexChanged.disconnect(reload)

    dialog.finished.connect(stop)
    window.destroyed.connect(stop)
