"""Recording what a meeting decided: per proposed decision its outcome, the decision's wording, and
a new action (with owner and due date) that becomes the barrier's next action."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.enums import Outcome
from drempelkompas.domain.errors import DrempelError, EditConflictError
from drempelkompas.runtime import i18n
from drempelkompas.services import decisions, meetings
from drempelkompas.services.decisions import DecisionView, Recorded
from drempelkompas.services.meetings import MeetingView
from drempelkompas.ui.due_date_field import DueDateField
from drempelkompas.ui.problems import show_problem
from drempelkompas.ui.unsaved_edits import Choice, ask_about_outdated_edit
from drempelkompas.ui.widgets import EnumCombo, KeepsInput, Retranslating, form_with_labels, name_by_labels


class OutcomeEditor(QGroupBox):
    """The outcome of one proposed decision."""

    def __init__(self, point: DecisionView) -> None:
        super().__init__()
        self.point = point
        self.setObjectName(f"point{point.number}")
        self.outcome = EnumCombo(Outcome, point.outcome or Outcome.DEFERRED)
        self.outcome.setObjectName("outcome")
        self.wording = QPlainTextEdit(point.wording, objectName="wording")
        self.wording.setTabChangesFocus(True)
        self.wording.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.action = QLineEdit(point.action, objectName="action")
        self.owner = QLineEdit(point.action_owner, objectName="actionOwner")
        self.due = DueDateField(point.action_due)
        self.proposal = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.proposal)
        form, self.labels = form_with_labels([self.outcome, self.wording, self.action, self.owner, self.due])
        layout.addLayout(form)
        for field in (self.action, self.owner, self.due):
            field.setEnabled(point.barrier_id is not None)  # a new action is a barrier's next action

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Proposed decision {number}").format(number=self.point.number))
        about = self.point.barrier_title or self.tr("the collaboration as a whole")
        self.proposal.setText(
            self.tr("{proposal}\nAbout: {about}").format(proposal=self.point.proposal, about=about)
        )
        self.outcome.retranslate_ui()
        self.due.retranslate_ui()
        for label, text in zip(
            self.labels,
            (
                self.tr("&Outcome"),
                self.tr("&Decision"),
                self.tr("New &action"),
                self.tr("&Who"),
                self.tr("D&ue"),
            ),
            strict=True,
        ):
            label.setText(text)
        name_by_labels(self.labels)

    def state(self) -> tuple:
        return (
            self.outcome.member(),
            self.wording.toPlainText(),
            self.action.text(),
            self.owner.text(),
            self.due.value(),
        )

    def recorded(self) -> Recorded:
        outcome, wording, action, owner, due = self.state()
        return Recorded(self.point.number, outcome, wording, action, owner, due if action.strip() else None)


class RecordDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, meeting: MeetingView, points: list[DecisionView], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.meeting, self.points = meeting, points
        self.editors = [OutcomeEditor(point) for point in points]
        self.intro = QLabel(wordWrap=True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for editor in self.editors:
            inner_layout.addWidget(editor)
        inner_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self.retranslate_ui()
        self.keep_input_from_now()
        self.shown_states = self.input_state()  # a point whose editor the user changed is the user's

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Record the meeting of {date}").format(date=i18n.format_date(self.meeting.held_on))
        )
        self.intro.setText(
            self.tr(
                "Record per proposed decision what the meeting decided. A deferred point returns on the "
                "agenda of the next meeting; a new action becomes the barrier's next action."
            )
        )
        for editor in self.editors:
            editor.retranslate_ui()

    def input_state(self) -> object:
        return [editor.state() for editor in self.editors]

    def save(self) -> None:
        entries = [editor.recorded() for editor in self.editors]
        try:
            try:
                decisions.record_meeting(self.meeting.id, entries, started_from=self.points)
            except EditConflictError as conflict:
                if not self._save_over_theirs(conflict, entries):
                    return
        except (DrempelError, OSError) as error:
            show_problem(self, error)
            return
        self.accept()

    def _save_over_theirs(self, conflict: EditConflictError, entries: list[Recorded]) -> bool:
        """Someone else recorded or changed this meeting meanwhile: True once the user's outcomes
        are saved over theirs, or when the user keeps theirs (the dialog may close)."""
        now = decisions.agenda(meetings.get_meeting(self.meeting.id))
        if [(p.id, p.proposal) for p in now] != [(p.id, p.proposal) for p in self.points]:
            show_problem(self, conflict)  # other points: the numbers would not name what the user saw
            return False
        choice = ask_about_outdated_edit(self, conflict)
        if choice is Choice.BACK:
            return False
        if choice is Choice.MINE:  # the points the user filled in; the others stay as they recorded them
            mine = [
                entry
                for entry, editor, state in zip(entries, self.editors, self.shown_states, strict=True)
                if editor.state() != state
            ]
            decisions.record_meeting(self.meeting.id, mine, started_from=now)
        return True
