"""The steering group's meetings of a collaboration: plan one, put decisions on its agenda (with the
barriers the method suggests), print the meeting pack, record the outcomes, print the decision list.

Each change is saved at once, in its own transaction; only the meeting's details wait for Save.
"""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from drempelkompas.documents.meeting_files import save_decision_list, save_meeting_pack
from drempelkompas.domain.errors import EditConflictError, NotFoundError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.meeting import WHY_TEXTS
from drempelkompas.runtime import i18n
from drempelkompas.services import decisions, meetings, session
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.meetings import MeetingView
from drempelkompas.ui.document_export import export_document
from drempelkompas.ui.due_date_field import date_format, to_qdate
from drempelkompas.ui.problems import reports_problems
from drempelkompas.ui.proposal_dialog import ask_proposal
from drempelkompas.ui.unsaved_edits import Choice, ask_about_outdated_edit
from drempelkompas.ui.widgets import KeepsInput, Retranslating, form_with_labels, name_by_labels

NEXT_MEETING_AFTER = timedelta(days=14)  # a new meeting is first offered two weeks from today


class MeetingDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, collaboration_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.collaboration_id = collaboration_id
        self.changed = False  # whether the board may have changed (a decision's new action)
        self.read_only = session.is_read_only()
        self.name = get_collaboration(collaboration_id).name
        self._create_widgets()
        self.resize(820, 720)
        self.retranslate_ui()
        upcoming = [m for m in meetings.meetings(collaboration_id) if m.held_on >= date.today()]
        self._load(upcoming[0].held_on if upcoming else None)

    # -- construction ----------------------------------------------------------------------

    def _create_widgets(self) -> None:
        self.meeting_choice = QComboBox(objectName="meetingChoice")
        self.meeting_choice.activated.connect(self._chosen)
        self.new_button = QPushButton(objectName="newMeeting")
        self.new_button.clicked.connect(lambda: self._load(None))
        self.choice_label = QLabel()
        self.choice_label.setBuddy(self.meeting_choice)
        top = QHBoxLayout()
        top.addWidget(self.choice_label)
        top.addWidget(self.meeting_choice, 1)
        top.addWidget(self.new_button)

        self.held_on = QDateEdit(calendarPopup=True, objectName="meetingDate")
        self.body = QLineEdit(objectName="meetingBody")
        self.chair = QLineEdit(objectName="meetingChair")
        self.case_number = QLineEdit(objectName="caseNumber")
        self.portfolio_holder = QLineEdit(objectName="portfolioHolder")
        fields = [self.held_on, self.body, self.chair, self.case_number, self.portfolio_holder]
        form, self.detail_labels = form_with_labels(fields)
        self.save_button = QPushButton(objectName="saveMeeting")
        self.save_button.clicked.connect(self.save_details)
        self.details = QGroupBox()
        details_layout = QVBoxLayout(self.details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        self.points = QListWidget(objectName="proposedDecisions")
        self.points.setWordWrap(True)
        self.points.itemDoubleClicked.connect(self.reword)
        self.points.currentRowChanged.connect(self._update_buttons)
        self.propose_button = QPushButton(objectName="proposeGeneral")
        self.propose_button.clicked.connect(self.propose_general)
        self.reword_button = QPushButton(objectName="rewordProposal")
        self.reword_button.clicked.connect(self.reword)
        self.remove_button = QPushButton(objectName="removeProposal")
        self.remove_button.clicked.connect(self.remove)
        self.agenda = QGroupBox()
        agenda_layout = QGridLayout(self.agenda)
        agenda_layout.addWidget(self.points, 0, 0, 1, 4)
        agenda_layout.addWidget(self.propose_button, 1, 0)
        agenda_layout.addWidget(self.reword_button, 1, 1)
        agenda_layout.addWidget(self.remove_button, 1, 2)

        self.candidates = QListWidget(objectName="decisionCandidates")
        self.candidates.setWordWrap(True)
        self.candidates.itemDoubleClicked.connect(self.propose_candidate)
        self.candidates.currentRowChanged.connect(self._update_buttons)
        self.candidate_button = QPushButton(objectName="proposeCandidate")
        self.candidate_button.clicked.connect(self.propose_candidate)
        self.suggested = QGroupBox()
        suggested_layout = QVBoxLayout(self.suggested)
        suggested_layout.addWidget(self.candidates)
        suggested_layout.addWidget(self.candidate_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.pack_button = QPushButton(objectName="meetingPackPdf")
        self.pack_button.clicked.connect(lambda: self.export_pack(".pdf"))
        self.odt_button = QPushButton(objectName="meetingPackOdt")
        self.odt_button.clicked.connect(lambda: self.export_pack(".odt"))
        self.record_button = QPushButton(objectName="recordMeeting")
        self.record_button.clicked.connect(self.record)
        self.decisions_button = QPushButton(objectName="decisionList")
        self.decisions_button.clicked.connect(self.export_decisions)
        documents = QHBoxLayout()
        for button in (self.pack_button, self.odt_button, self.record_button, self.decisions_button):
            documents.addWidget(button)
        documents.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.agenda, 3)
        layout.addWidget(self.suggested, 2)
        layout.addLayout(documents)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Meetings — {name}").format(name=self.name))
        self.choice_label.setText(self.tr("&Meeting:"))
        self.new_button.setText(self.tr("&New meeting"))
        self.details.setTitle(self.tr("Details"))
        for label, text in zip(
            self.detail_labels,
            (
                self.tr("&Date"),
                self.tr("&Body"),
                self.tr("C&hair"),
                self.tr("Case n&umber"),
                self.tr("P&ortfolio holder"),
            ),
            strict=True,
        ):
            label.setText(text)
        name_by_labels(self.detail_labels)
        self.held_on.setDisplayFormat(date_format())
        self.body.setPlaceholderText(self.tr("e.g. Steering group"))
        self.save_button.setText(self.tr("&Save details"))
        self.propose_button.setText(self.tr("Pro&pose a decision…"))
        self.reword_button.setText(self.tr("Re&word…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.suggested.setTitle(self.tr("Barriers that call for a decision"))
        self.candidate_button.setText(self.tr("Propose a decision about &this barrier…"))
        self.pack_button.setText(self.tr("Meeting pack (PD&F)…"))
        self.odt_button.setText(self.tr("Meeting pack (&editable, .odt)…"))
        self.decisions_button.setText(self.tr("Decision &list…"))
        if self.meeting_choice.count():
            self._fill_choice(self._current.held_on if self._current else None)
            self._show_points()

    # -- showing ---------------------------------------------------------------------------

    _current: MeetingView | None = None

    def _load(self, held_on: date | None) -> None:
        """Shows the meeting on `held_on`, or a new one (not saved yet) when None."""
        self._current = meetings.find_meeting(self.collaboration_id, held_on) if held_on else None
        self._fill_choice(held_on)
        current = self._current
        # A new meeting: the next free day two weeks on, with the details of the last meeting.
        like = current or next(reversed(meetings.meetings(self.collaboration_id)), None)
        self.held_on.setDate(to_qdate(current.held_on if current else self._free_day()))
        self.held_on.setEnabled(current is None or not current.recorded)  # a held meeting keeps its day
        self.body.setText(like.body if like else self.tr("Steering group"))
        self.chair.setText(like.chair if like else "")
        self.case_number.setText(like.case_number if like else "")
        self.portfolio_holder.setText(like.portfolio_holder if like else "")
        self._show_points()
        self.keep_input_from_now()

    def _fill_choice(self, held_on: date | None) -> None:
        self.meeting_choice.clear()
        for meeting in meetings.meetings(self.collaboration_id):
            state = self.tr("recorded") if meeting.recorded else self.tr("planned")
            text = f"{i18n.format_date(meeting.held_on)} — {meeting.body} ({state})"
            self.meeting_choice.addItem(text, meeting.held_on.isoformat())
        if held_on is None:
            self.meeting_choice.addItem(self.tr("New meeting (not saved yet)"), "")
        self.meeting_choice.setCurrentIndex(
            max(0, self.meeting_choice.findData(held_on.isoformat() if held_on else ""))
        )

    def _free_day(self) -> date:
        taken = {meeting.held_on for meeting in meetings.meetings(self.collaboration_id)}
        day = date.today() + NEXT_MEETING_AFTER
        while day in taken:
            day += timedelta(days=1)
        return day

    def _show_points(self) -> None:
        current = self._current
        chosen = self._chosen_point()  # kept chosen when it is still there
        self.points.clear()
        self.candidates.clear()
        recorded = current is not None and current.recorded
        if recorded:
            self.agenda.setTitle(self.tr("What the meeting decided"))
            points = decisions.meeting_decisions(current.id)
        else:
            self.agenda.setTitle(self.tr("Proposed decisions (the agenda of the next meeting)"))
            points = decisions.pending_decisions(self.collaboration_id)
        for point in points:
            about = point.barrier_title or self.tr("the collaboration as a whole")
            text = f"{point.number}. {point.proposal}\n    " + self.tr("About: {about}").format(about=about)
            if point.outcome is not None:
                outcome = i18n.label(point.outcome)
                text += "\n    " + (f"{outcome}: {point.wording}" if point.wording else outcome)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, point.id)
            self.points.addItem(item)
            if point.id == chosen:
                self.points.setCurrentItem(item)
        if not points:
            self.points.addItem(self.tr("No decisions proposed yet."))
            self.points.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        on = current.held_on if current else date.today() + NEXT_MEETING_AFTER
        for candidate in [] if recorded else decisions.decision_candidates(self.collaboration_id, on):
            reasons = ", ".join(i18n.translate("Meeting", WHY_TEXTS[why]) for why in candidate.reasons)
            card = candidate.barrier
            item = QListWidgetItem(f"{card.title} ({i18n.label(card.precondition)}) — {reasons}")
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            self.candidates.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self._current
        saved = current is not None
        recorded = saved and current.recorded
        writable = not self.read_only
        chosen = self._chosen_point() is not None
        for widget in (self.body, self.chair, self.case_number, self.portfolio_holder):
            widget.setReadOnly(not writable)
        self.save_button.setEnabled(writable)
        self.propose_button.setEnabled(writable and not recorded)
        self.reword_button.setEnabled(writable and not recorded and chosen)
        self.remove_button.setEnabled(writable and not recorded and chosen)
        self.candidate_button.setEnabled(
            writable and not recorded and self.candidates.currentItem() is not None
        )
        self.suggested.setVisible(not recorded)
        self.pack_button.setEnabled(saved)
        self.odt_button.setEnabled(self.pack_button.isEnabled())
        self.record_button.setEnabled(saved and writable)
        self.record_button.setText(
            self.tr("&Correct the outcomes…") if recorded else self.tr("&Record the outcomes…")
        )
        self.decisions_button.setEnabled(recorded)

    def _chosen_point(self) -> int | None:
        item = self.points.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _chosen(self, index: int) -> None:
        value = self.meeting_choice.itemData(index)
        self._load(date.fromisoformat(value) if value else None)

    # -- changing --------------------------------------------------------------------------

    def input_state(self) -> object:
        return (
            self.held_on.date(),
            self.body.text(),
            self.chair.text(),
            self.case_number.text(),
            self.portfolio_holder.text(),
        )

    @reports_problems
    def save_details(self) -> None:
        picked: QDate = self.held_on.date()
        details = {
            "held_on": date(picked.year(), picked.month(), picked.day()),
            "body": self.body.text(),
            "chair": self.chair.text(),
            "case_number": self.case_number.text(),
            "portfolio_holder": self.portfolio_holder.text(),
        }
        shown = self._current
        if shown is None:
            meetings.create_meeting(self.collaboration_id, **details)
            self._load(details["held_on"])
            return
        mine = {field: value for field, value in details.items() if value != getattr(shown, field)}
        base = shown
        while True:
            kept = {field: getattr(base, field) for field in details}
            try:
                meetings.update_meeting(base.id, **(kept | mine), started_from=base)
                break
            except EditConflictError as conflict:
                choice = ask_about_outdated_edit(self, conflict)
                if choice is Choice.BACK:
                    return
                base = meetings.get_meeting(shown.id)
                if choice is Choice.THEIRS:
                    self._load(base.held_on)
                    return
        self._load((kept | mine)["held_on"])

    @reports_problems
    def propose_general(self) -> None:
        text = ask_proposal(self, self.tr("About the collaboration as a whole."))
        if text is not None:
            decisions.propose_decision(self.collaboration_id, text)
            self._show_points()

    @reports_problems
    def propose_candidate(self, *_) -> None:
        item = self.candidates.currentItem()
        if item is None:
            return
        text = ask_proposal(self, self.tr("About: {about}").format(about=item.text()))
        if text is not None:
            decisions.propose_decision(self.collaboration_id, text, item.data(Qt.ItemDataRole.UserRole))
            self._show_points()

    @reports_problems
    def reword(self, *_) -> None:
        point_id = self._chosen_point()
        if point_id is None or (self._current is not None and self._current.recorded):
            return
        point = self._pending_point(point_id)
        about = point.barrier_title or self.tr("the collaboration as a whole")
        text, base = ask_proposal(self, self.tr("About: {about}").format(about=about), point.proposal), point
        while text is not None:
            try:
                decisions.reword_proposal(point.id, text, started_from=base.proposal)
                break
            except EditConflictError as conflict:
                choice = ask_about_outdated_edit(self, conflict)
                if choice is Choice.THEIRS:
                    break
                if choice is Choice.BACK:
                    text = ask_proposal(self, self.tr("About: {about}").format(about=about), text)
                else:
                    base = self._pending_point(point.id)
        self._show_points()

    def _pending_point(self, point_id: int):
        found = [p for p in decisions.pending_decisions(self.collaboration_id) if p.id == point_id]
        if not found:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "This proposed decision is no longer on the agenda.")
            )
        return found[0]

    @reports_problems
    def remove(self) -> None:
        point_id = self._chosen_point()
        if point_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the proposed decision"),
            self.tr("Take this proposed decision off the agenda?\n\n{text}").format(
                text=self.points.currentItem().text()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            decisions.withdraw_proposal(point_id)
            self._show_points()

    @reports_problems
    def record(self) -> None:
        from drempelkompas.ui.record_dialog import RecordDialog

        current = self._current
        if current is None:
            return
        if current.held_on > date.today() and not current.recorded:
            answer = QMessageBox.question(
                self,
                self.tr("A meeting still to come"),
                self.tr("The meeting of {date} has not taken place yet. Record its outcomes anyway?").format(
                    date=i18n.format_date(current.held_on)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        points = decisions.agenda(current)
        dialog = RecordDialog(current, points, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self._load(current.held_on)

    def export_pack(self, suffix: str) -> None:
        current = self._current
        if current is None:
            return
        language = i18n.Language(i18n.current_language())
        name = self.tr("{name} - meeting pack {date}").format(
            name=self.name, date=current.held_on.isoformat()
        )
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("OpenDocument text (*.odt)")
        export_document(
            self,
            self.tr("Save the meeting pack"),
            name + suffix,
            filters,
            self.tr("Writing the meeting pack…"),
            lambda path, progress: save_meeting_pack(
                path, self.collaboration_id, current.held_on, language, progress
            ),
        )

    def export_decisions(self) -> None:
        current = self._current
        if current is None:
            return
        language = i18n.Language(i18n.current_language())
        name = self.tr("{name} - decision list {date}").format(
            name=self.name, date=current.held_on.isoformat()
        )
        export_document(
            self,
            self.tr("Save the decision list"),
            name + ".pdf",
            self.tr("PDF (*.pdf);;OpenDocument text (*.odt)"),
            self.tr("Writing the decision list…"),
            lambda path, progress: save_decision_list(
                path, self.collaboration_id, current.held_on, language, progress
            ),
        )
