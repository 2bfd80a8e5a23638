"""The phase gate: what the method asks before the collaboration moves on to its next phase, each
criterion met or not, the gates recorded so far, and recording a go or a no-go."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.enums import CommitmentState, GateDecision, Labelled
from drempelkompas.domain.gates import GATE_CONTEXT
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.palette import COMMITMENT_COLOURS, WARNING
from drempelkompas.runtime import i18n
from drempelkompas.services import meetings, phase_gates
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.validation import TEXT_LIMIT, TITLE_LIMIT
from drempelkompas.ui import method_commands
from drempelkompas.ui.due_date_field import date_format, to_qdate
from drempelkompas.ui.widgets import ErrorLabel, KeepsInput, Retranslating, name_by_labels

MET_COLOUR, UNMET_COLOUR = COMMITMENT_COLOURS[CommitmentState.COMMITTED], WARNING


class GateDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, window, collaboration_id: int) -> None:
        super().__init__(window)
        self.setObjectName("gateDialog")
        self.window, self.collaboration_id = window, collaboration_id
        self.checked = phase_gates.check_gate(collaboration_id)
        self.heading = QLabel(objectName="gateHeading", wordWrap=True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.criteria = QListWidget(objectName="gateCriteria")
        self.history = QListWidget(objectName="gateHistory")
        for listing in (self.criteria, self.history):
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(objectName="gateSummaryLine", wordWrap=True)
        self.go = QRadioButton(objectName="gateGo", checked=self.checked.all_met)
        self.no_go = QRadioButton(objectName="gateNoGo", checked=not self.checked.all_met)
        self.decision = QButtonGroup(self)
        for button in (self.go, self.no_go):
            self.decision.addButton(button)
            button.toggled.connect(self._update_ok)
        choices = QWidget()
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.go)
        row.addWidget(self.no_go)
        row.addStretch(1)
        self.decided_on = QDateEdit(to_qdate(date.today()), calendarPopup=True, objectName="gateDate")
        self.decided_by = QLineEdit(objectName="gateDecidedBy", maxLength=TITLE_LIMIT)
        self.meeting = QComboBox(objectName="gateMeeting")
        self.meeting.addItem("", None)
        for meeting in meetings.meetings(collaboration_id):
            self.meeting.addItem(f"{i18n.format_date(meeting.held_on)} — {meeting.body}", meeting.held_on)
        self.note = QPlainTextEdit(objectName="gateNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.error = ErrorLabel()
        self.error.setWordWrap(True)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2)  # no jumping fields
        for signal in (self.decided_by.textChanged, self.note.textChanged):
            signal.connect(self._update_ok)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        fields = (choices, self.decided_on, self.decided_by, self.meeting, self.note)
        for label, field in zip(self.form_labels, fields, strict=True):
            label.setBuddy(self.go if field is choices else field)
            self.form.addRow(label, field)
        self.history_label = QLabel()
        self.history.setMaximumHeight(110)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.criteria, 1)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.retranslate_ui()
        self.keep_input_from_now()

    def retranslate_ui(self) -> None:
        name = get_collaboration(self.collaboration_id).name
        self.setWindowTitle(self.tr("Phase gate — {name}").format(name=name))
        checked = self.checked
        if checked.next_phase is None:
            self.heading.setText(self.tr("{phase}: the last phase, there is no gate after it.").format(
                phase=i18n.label(checked.phase)))  # fmt: skip
        else:
            self.heading.setText(
                self.tr("From {phase} to {next}").format(
                    phase=i18n.label(checked.phase), next=i18n.label(checked.next_phase)
                )
            )
        self.criteria.clear()
        for criterion in checked.criteria:
            names = ", ".join(i18n.label(n) if isinstance(n, Labelled) else n for n in criterion.names)
            text = f"{'✓' if criterion.met else '✗'}  {i18n.translate(GATE_CONTEXT, criterion.text)}"
            if names:
                text += f" ({names})"
            item = QListWidgetItem(text)
            item.setForeground(QColor(MET_COLOUR if criterion.met else UNMET_COLOUR))
            state = self.tr("met") if criterion.met else self.tr("not met")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{state}: {text[3:]}")
            self.criteria.addItem(item)
        met = sum(c.met for c in checked.criteria)
        self.summary.setText(
            self.tr("{met} of {count} criteria met.").format(met=met, count=len(checked.criteria))
            + ("" if checked.all_met else " " + self.tr("A go anyway needs a note that says why."))
        )
        self.go.setText(self.tr("&Go: on to the next phase"))
        self.no_go.setText(self.tr("&No go: the phase stays"))
        texts = (self.tr("Decision"), self.tr("&Date"), self.tr("Decided &by"), self.tr("In the &meeting of"),
                 self.tr("N&ote"))  # fmt: skip
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        name_by_labels(self.form_labels[1:])
        self.decided_by.setPlaceholderText(self.tr("e.g. the steering group"))
        self.meeting.setItemText(0, self.tr("no meeting"))
        self.decided_on.setDisplayFormat(date_format())
        self.history_label.setText(self.tr("Gates recorded so far"))
        self.history.clear()
        for gate in reversed(phase_gates.gate_history(self.collaboration_id)):
            line = self.tr("{date}: {decision} from {phase} to {next}, by {by}").format(
                date=i18n.format_date(gate.decided_on),
                decision=i18n.label(gate.decision),
                phase=i18n.label(gate.from_phase),
                next=i18n.label(gate.to_phase),
                by=gate.decided_by,
            )
            line += f" — {gate.note}" if gate.note else ""
            if gate.recorded_by:
                line = self.tr("{line} (recorded by {name})").format(line=line, name=gate.recorded_by)
            self.history.addItem(line)
        if not self.history.count():
            self.history.addItem(self.tr("None yet."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self._update_ok()

    def input_state(self) -> object:
        return (
            self.go.isChecked(),
            self.decided_by.text(),
            self.meeting.currentIndex(),
            self.note.toPlainText(),
        )

    def fields(self) -> dict:
        picked = self.decided_on.date()
        return {
            "decision": GateDecision.GO if self.go.isChecked() else GateDecision.NO_GO,
            "decided_by": self.decided_by.text(),
            "note": self.note.toPlainText(),
            "decided_on": date(picked.year(), picked.month(), picked.day()),
            "meeting_on": self.meeting.currentData(),
        }

    def _update_ok(self) -> None:
        problem = ""
        if not self.decided_by.text().strip():
            problem = self.tr("Say who decided, e.g. the steering group.")
        elif self.go.isChecked() and not self.checked.all_met and not self.note.toPlainText().strip():
            problem = self.tr(
                "Not every criterion is met: say in the note why the collaboration goes on anyway."
            )
        elif len(self.note.toPlainText()) > TEXT_LIMIT:
            problem = self.tr("The note may hold at most {limit} characters.").format(limit=TEXT_LIMIT)
        self.error.show_problem(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.checked.next_phase is not None and not self.window.read_only and not problem)


def record_gate(window, collaboration_id: int) -> None:
    """Shows the gate; a recorded decision is one undoable step."""
    dialog = GateDialog(window, collaboration_id)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            window.push(
                method_commands.record_gate(
                    QT_TRANSLATE_NOOP("Commands", "Record a phase gate"), collaboration_id, dialog.fields()
                )
            )
    finally:
        dialog.deleteLater()
