"""The due date of a card: a date picker with a calendar, and "No date" beside it."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2999, 12, 31)
NEW_DATE_AFTER = timedelta(days=14)  # a first due date offered: two weeks from today


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_format() -> str:
    """The language's short date format, with the year in four digits."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class DueDateField(QWidget):
    changed = Signal()

    def __init__(self, value: date | None, parent=None) -> None:
        super().__init__(parent)
        start = value or date.today() + NEW_DATE_AFTER
        self.picker = QDateEdit(to_qdate(start), calendarPopup=True, objectName="dueField")
        self.picker.setDateRange(to_qdate(min(start, FIRST_DATE)), to_qdate(max(start, LAST_DATE)))
        self.none = QCheckBox(objectName="noDueDate", checked=value is None)
        self.picker.setEnabled(value is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.none)
        self.none.toggled.connect(self._toggled)
        self.picker.dateChanged.connect(self.changed)
        self.field = self.picker  # what the form's label points at
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.picker.setDisplayFormat(date_format())
        self.none.setText(self.tr("No date"))

    def value(self) -> date | None:
        if self.none.isChecked():
            return None
        picked = self.picker.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        self.none.setChecked(value is None)
        if value is not None:
            self.picker.setDate(to_qdate(value))

    def set_read_only(self, read_only: bool) -> None:
        self.picker.setReadOnly(read_only)
        self.none.setEnabled(not read_only)

    def _toggled(self, no_date: bool) -> None:
        self.picker.setEnabled(not no_date)
        if not no_date:
            self.picker.setFocus()
        self.changed.emit()
