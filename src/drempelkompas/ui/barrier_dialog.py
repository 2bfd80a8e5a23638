"""The card editor: every field of a barrier, the lesson picker, and the barrier's history."""

from dataclasses import replace
from datetime import UTC, date

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.enums import Level, Outcome, Precondition, Status
from drempelkompas.runtime import i18n
from drempelkompas.services.barrier_views import BarrierView, HistoryEntry, history
from drempelkompas.services.decisions import DECISION_FIELD, read_decision_entry
from drempelkompas.services.lessons import LessonView, list_lessons, ranked_lessons
from drempelkompas.services.validation import TEXT_LIMIT, TITLE_LIMIT
from drempelkompas.ui.due_date_field import DueDateField
from drempelkompas.ui.widgets import (
    EnumCombo,
    ErrorLabel,
    KeepsInput,
    Retranslating,
    form_with_labels,
    name_by_labels,
    with_error,
)


class BarrierDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, card: BarrierView, owners: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("BarrierDialog")
        self._card = card
        self.title = QLineEdit(card.title, objectName="titleField", maxLength=TITLE_LIMIT)
        self.title_error = ErrorLabel()
        self.description = QPlainTextEdit(card.description, objectName="descriptionField")
        self.description.setTabChangesFocus(True)
        self.precondition = EnumCombo(Precondition, card.precondition)
        self.status = EnumCombo(Status, card.status)
        self.impact = QSpinBox(minimum=1, maximum=5, value=card.impact, objectName="impactField")
        self.level = EnumCombo(Level, card.level, none_text="")
        self.owner = QLineEdit(card.owner, objectName="ownerField", maxLength=TITLE_LIMIT)
        self.owner.setCompleter(QCompleter(owners, self))
        self.due = DueDateField(card.due_date)
        self.lesson = QComboBox(objectName="lessonField")
        self.lesson_summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.next_action = QPlainTextEdit(card.next_action, objectName="nextActionField")
        self.next_action.setTabChangesFocus(True)
        self.text_error = ErrorLabel()
        self.history = QTextBrowser(objectName="historyView")
        self.conflict_note = QLabel(wordWrap=True, objectName="conflictNote")
        self.keep_both = QCheckBox(objectName="keepBoth")
        self.conflict_note.setVisible(card.conflict)
        self.keep_both.setVisible(card.conflict)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form, self._labels = form_with_labels(
            [
                with_error(self.title, self.title_error),
                self.description,
                self.precondition,
                self.status,
                self.impact,
                self.level,
                self.owner,
                self.due,
                self.lesson,
                self.lesson_summary,
                with_error(self.next_action, self.text_error),
            ]
        )
        details = QWidget()
        details.setLayout(self.form)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, "")
        self.tabs.addTab(self.history, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.keep_both)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        self.title.textChanged.connect(self._validate)
        for edit in (self.description, self.next_action):
            edit.textChanged.connect(self._validate)
        self.lesson.currentIndexChanged.connect(self._show_lesson_summary)
        self.resize(640, 680)
        self.retranslate_ui()
        self._validate()
        self.keep_input_from_now()
        self.title.setFocus()  # typing starts in the title, not on the tab bar

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Barrier"))
        labels = (
            self.tr("Title"),
            self.tr("Description"),
            self.tr("Precondition"),
            self.tr("Status"),
            self.tr("Impact (1–5)"),
            self.tr("Level"),
            self.tr("Owner"),
            self.tr("Due date"),
            self.tr("Lesson"),
            "",
            self.tr("Next action"),
        )
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        name_by_labels(self._labels)
        self.conflict_note.setText(
            self.tr(
                "Conflict: this is the version of an imported file, and this barrier was also changed here. "
                "Keep the card you want and delete the other, or keep both."
            )
        )
        self.keep_both.setText(self.tr("Keep both cards: the conflict is resolved"))
        self.tabs.setAccessibleName(self.tr("Barrier"))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("History"))
        self.level.retranslate_ui(none_text=self.tr("Not set"))
        self.precondition.retranslate_ui()
        self.status.retranslate_ui()
        self.due.retranslate_ui()
        self._fill_lessons()
        self._fill_history()

    def show_only(self) -> None:
        """For a read-only database: every field can be read, nothing can be saved."""
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        for editor in (self.title, self.owner):
            editor.setReadOnly(True)
        self.due.set_read_only(True)
        for editor in (self.description, self.next_action):
            editor.setReadOnly(True)
        for combo in (self.precondition, self.status, self.level, self.lesson, self.impact, self.keep_both):
            combo.setEnabled(False)

    def input_state(self) -> tuple:
        texts = (self.title.text(), self.owner.text(), self.due.value())
        plain = (self.description.toPlainText(), self.next_action.toPlainText())
        choices = (self.precondition, self.status, self.level, self.lesson)
        return (
            texts,
            plain,
            tuple(c.currentIndex() for c in choices),
            self.impact.value(),
            self.keep_both.isChecked(),
        )

    def edited_card(self) -> BarrierView:
        """The barrier as the editor now shows it (only meaningful while the input is valid)."""
        return replace(
            self._card,
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            precondition=self.precondition.member(),
            status=self.status.member(),
            impact=self.impact.value(),
            level=self.level.member(),
            owner=self.owner.text().strip(),
            due_date=self.due.value(),
            lesson_id=self.lesson.currentData() or None,
            next_action=self.next_action.toPlainText().strip(),
            conflict=self._card.conflict and not self.keep_both.isChecked(),
        )

    def _validate(self) -> None:
        title = "" if self.title.text().strip() else self.tr("A barrier needs a title.")
        too_long = any(len(edit.toPlainText()) > TEXT_LIMIT for edit in (self.description, self.next_action))
        text = (
            self.tr("Description and next action may hold at most {limit} characters.").format(
                limit=TEXT_LIMIT
            )
            if too_long
            else ""
        )
        # A new card's empty title is no error until the user has typed in it.
        self.title_error.show_problem(title if self.title.isModified() or self._card.title else "")
        self.text_error.show_problem(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not (title or text))

    def _fill_lessons(self) -> None:
        """The suggested lesson first (the default), then every lesson from best to least fitting."""
        ranked = ranked_lessons(self._card.precondition, self._card.catalog_key, i18n.translate)
        self._lessons = {lesson.id: lesson for lesson in ranked}
        suggested = self._lessons.get(self._card.suggested_lesson_id)
        self.lesson.blockSignals(True)
        self.lesson.clear()
        self.lesson.addItem(
            self.tr("Suggested: {lesson}").format(lesson=suggested.title)
            if suggested
            else self.tr("No lesson"),
            0,
        )
        for lesson in ranked:
            self.lesson.addItem(lesson.title, lesson.id)
        self.lesson.setCurrentIndex(max(0, self.lesson.findData(self._card.lesson_id or 0)))
        self.lesson.blockSignals(False)
        self._show_lesson_summary()

    def _show_lesson_summary(self) -> None:
        chosen = self.lesson.currentData() or self._card.suggested_lesson_id
        lesson: LessonView | None = self._lessons.get(chosen)
        self.lesson_summary.setText(lesson.summary if lesson else "")

    def _fill_history(self) -> None:
        lessons = {lesson.uuid: lesson.title for lesson in list_lessons(i18n.translate)}
        entries = reversed(history(self._card.id))
        lines = [self._with_actor(entry, self._describe(entry, lessons)) for entry in entries]
        self.history.setPlainText("\n".join(lines) if lines else self.tr("No changes yet."))

    def _with_actor(self, entry: HistoryEntry, text: str) -> str:
        return self.tr("{change} — {actor}").format(change=text, actor=entry.actor) if entry.actor else text

    def _describe(self, entry: HistoryEntry, lessons: dict[str, str]) -> str:
        local = entry.changed_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        when = QLocale().toString(QDateTime(local), QLocale.FormatType.ShortFormat)
        if entry.field == "created":
            return self.tr("{when}: created").format(when=when)
        if entry.field == "deleted":
            return self.tr("{when}: deleted").format(when=when)
        if entry.field == "restored":
            return self.tr("{when}: restored").format(when=when)
        if entry.field == DECISION_FIELD and (decision := read_decision_entry(entry.new_value)) is not None:
            return self._decision_text(when, decision)
        return self.tr("{when}: {field} changed from “{old}” to “{new}”").format(
            when=when,
            field=self._field_label(entry.field),
            old=self._value_text(entry.field, entry.old_value, lessons),
            new=self._value_text(entry.field, entry.new_value, lessons),
        )

    def _decision_text(self, when: str, decision: dict) -> str:
        """A governing body's decision about the barrier, when it was recorded and of which meeting."""
        day = QDate.fromString(decision["date"], Qt.DateFormat.ISODate)
        held_on = QLocale().toString(day, QLocale.FormatType.ShortFormat)
        outcome = i18n.label(Outcome(decision["outcome"]))
        if decision["corrected"]:
            template = self.tr("{when}: decision of {body} of {date} corrected: {outcome}")
        else:
            template = self.tr("{when}: decision of {body} of {date}: {outcome}")
        text = template.format(when=when, body=decision["body"], date=held_on, outcome=outcome)
        return f"{text} — {decision['wording']}" if decision["wording"] else text

    def _field_label(self, field: str) -> str:
        labels = {
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "precondition": self.tr("Precondition"),
            "status": self.tr("Status"),
            "impact": self.tr("Impact (1–5)"),
            "level": self.tr("Level"),
            "owner": self.tr("Owner"),
            "due_date": self.tr("Due date"),
            "next_action": self.tr("Next action"),
            "lesson": self.tr("Lesson"),
            "position": self.tr("Place in column"),
        }
        return labels.get(field, field)

    def _value_text(self, field: str, value: str | None, lessons: dict[str, str]) -> str:
        if value is None or value == "":
            return self.tr("none")
        enums = {"precondition": Precondition, "status": Status, "level": Level}
        if field in enums:
            return i18n.label(enums[field](value))
        if field == "lesson":
            return lessons.get(value, self.tr("a removed lesson"))
        if field == "due_date":
            return i18n.format_date(date.fromisoformat(value))
        if field == "position":
            return str(int(value) + 1)
        return value if len(value) <= 80 else value[:79] + "…"
