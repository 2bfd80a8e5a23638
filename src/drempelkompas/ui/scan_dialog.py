"""The drempelscan: a respondent scores the twelve typical barriers as statements (0 does not
apply … 4 fully applies); the profile per round shows what improved, and the barriers that score
high can be put on the board with one click."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.catalog import CATALOG_CONTEXT, TYPICAL_BARRIERS_BY_KEY
from drempelkompas.domain.enums import Level, Precondition
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.scan import (
    PRECONDITION_OF,
    SCAN_CONTEXT,
    SCORE_LABELS,
    SCORES,
    STATEMENT_KEYS,
    STATEMENTS,
)
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, scans
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.partners import partner_facts
from drempelkompas.services.validation import TITLE_LIMIT
from drempelkompas.ui import commands, method_commands
from drempelkompas.ui.due_date_field import date_format, to_qdate
from drempelkompas.ui.scan_chart import ScanChart
from drempelkompas.ui.widgets import EnumCombo, KeepsInput, Retranslating, follow_changes

RECORD_ID = Qt.ItemDataRole.UserRole
ANSWERS_TAB, PROFILE_TAB = 0, 1


class ScanDialog(KeepsInput, Retranslating, QDialog):
    def __init__(self, window, collaboration_id: int) -> None:
        super().__init__(window)
        self.setObjectName("scanDialog")
        self.window, self.collaboration_id = window, collaboration_id
        self.tabs = QTabWidget(objectName="scanTabs")
        self.tabs.addTab(self._answers_page(), "")
        self.tabs.addTab(self._profile_page(), "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 680)
        follow_changes(self, window, self.reload)
        self.retranslate_ui()
        self.tabs.setCurrentIndex(PROFILE_TAB if scans.responses(collaboration_id) else ANSWERS_TAB)
        self.keep_input_from_now()

    # -- the answers of one respondent ---------------------------------------------------------

    def _answers_page(self) -> QWidget:
        page = QWidget()
        self.respondent = QLineEdit(objectName="scanRespondent", maxLength=TITLE_LIMIT)
        self.partner = QComboBox(objectName="scanPartner")
        self.partner.addItem("", "")
        for partner in partner_facts(self.collaboration_id):
            self.partner.addItem(partner.name, partner.uuid)
        self.level = EnumCombo(Level, None, none_text="")
        self.level.setObjectName("scanLevel")
        self.held_on = QDateEdit(to_qdate(date.today()), calendarPopup=True, objectName="scanDate")
        self.details = QFormLayout()
        self.detail_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.detail_labels, (self.respondent, self.partner, self.level, self.held_on), strict=True
        ):
            label.setBuddy(field)
            self.details.addRow(label, field)
        statements = QWidget()
        grid = QFormLayout(statements)  # unlike a grid, it gives a wrapped statement the height it needs
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.headings: dict[Precondition, QLabel] = {}
        self.statement_labels: dict[str, QLabel] = {}
        self.scores: dict[str, QComboBox] = {}
        for precondition in Precondition:
            heading = QLabel()
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.headings[precondition] = heading
            grid.addRow(heading)
            for key in (k for k in STATEMENT_KEYS if PRECONDITION_OF[k] is precondition):
                label = QLabel(wordWrap=True)
                label.setMinimumWidth(460)
                combo = QComboBox(objectName=f"score-{key}")
                label.setBuddy(combo)
                combo.currentIndexChanged.connect(self._update_record_button)
                self.statement_labels[key], self.scores[key] = label, combo
                grid.addRow(label, combo)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(statements)
        self.intro = QLabel(wordWrap=True)
        self.record_button = QPushButton(objectName="recordScan", clicked=self.record)
        self.respondent.textChanged.connect(self._update_record_button)
        layout = QVBoxLayout(page)
        layout.addLayout(self.details)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def answers(self) -> dict[str, int]:
        """The statements scored so far (the first choice, empty, is no answer)."""
        return {
            key: combo.currentIndex() - 1 for key, combo in self.scores.items() if combo.currentIndex() > 0
        }

    def input_state(self) -> object:
        return (
            self.respondent.text(),
            self.partner.currentIndex(),
            self.level.currentIndex(),
            self.answers(),
        )

    def record(self) -> None:
        picked = self.held_on.date()
        fields = {
            "respondent": self.respondent.text(),
            "scores": self.answers(),
            "held_on": date(picked.year(), picked.month(), picked.day()),
            "partner_uuid": self.partner.currentData() or None,
            "level": self.level.member(),
        }
        command = method_commands.add_scan_response(
            QT_TRANSLATE_NOOP("Commands", "Record scan answers"), self.collaboration_id, fields
        )
        self.window.push(command)
        if command.record_id is not None:  # recorded: the form empties for the next respondent
            self.respondent.clear()
            for combo in self.scores.values():
                combo.setCurrentIndex(0)
            self.keep_input_from_now()
            self.tabs.setCurrentIndex(PROFILE_TAB)

    def _update_record_button(self) -> None:
        writable = not self.window.read_only
        self.record_button.setEnabled(
            writable and bool(self.respondent.text().strip()) and bool(self.answers())
        )

    # -- the profile ---------------------------------------------------------------------------

    def _profile_page(self) -> QWidget:
        page = QWidget()
        self.chart = ScanChart()
        self.rounds = QLabel(objectName="scanRounds", wordWrap=True)
        self.rounds.setTextFormat(Qt.TextFormat.PlainText)
        self.responses = QListWidget(objectName="scanResponses")
        self.responses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.delete_button = QPushButton(objectName="deleteScanAnswers", clicked=self.delete_response)
        self.proposals_label = QLabel(wordWrap=True)
        self.proposals = QListWidget(objectName="scanProposals")
        self.add_cards_button = QPushButton(objectName="addProposedCards", clicked=self.add_cards)
        self.proposals.itemChanged.connect(self._update_profile_buttons)
        self.responses.itemSelectionChanged.connect(self._update_profile_buttons)
        self.responses_label = QLabel()
        lists = QGridLayout()
        lists.addWidget(self.responses_label, 0, 0)
        lists.addWidget(self.responses, 1, 0)
        lists.addWidget(self.delete_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        lists.addWidget(self.proposals_label, 0, 1)
        lists.addWidget(self.proposals, 1, 1)
        lists.addWidget(self.add_cards_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.rounds)
        layout.addLayout(lists)
        return page

    def reload(self) -> None:
        rounds = scans.profiles(self.collaboration_id)
        self.chart.show_rounds(rounds)
        lines = []
        for profile in rounds:
            scores = ", ".join(
                f"{i18n.label(p)} {'–' if s is None else i18n.format_number(s, 1)}"
                for p, s in profile.preconditions.items()
            )
            lines.append(
                self.tr("{date} (%n respondent(s)): {scores}", "", profile.respondents).format(
                    date=i18n.format_date(profile.held_on), scores=scores
                )
            )
        self.rounds.setText("\n".join(lines))
        self.responses.clear()
        for response in reversed(scans.responses(self.collaboration_id)):
            about = ", ".join(
                x for x in (response.partner, i18n.label(response.level) if response.level else "") if x
            )
            text = f"{i18n.format_date(response.held_on)} — {response.respondent}" + (
                f" ({about})" if about else ""
            )
            item = QListWidgetItem(text)
            item.setData(RECORD_ID, response.id)
            self.responses.addItem(item)
        self.proposals.clear()
        for key in scans.proposed_cards(self.collaboration_id):
            typical = TYPICAL_BARRIERS_BY_KEY[key]
            item = QListWidgetItem(
                f"{i18n.translate(CATALOG_CONTEXT, typical.title)} ({i18n.label(typical.precondition)})"
            )
            item.setData(RECORD_ID, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.proposals.addItem(item)
        self._update_profile_buttons()
        self._update_record_button()

    def _checked_keys(self) -> list[str]:
        items = (self.proposals.item(row) for row in range(self.proposals.count()))
        return [item.data(RECORD_ID) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _update_profile_buttons(self) -> None:
        writable = not self.window.read_only
        self.delete_button.setEnabled(writable and bool(self.responses.selectedItems()))
        self.add_cards_button.setEnabled(writable and bool(self._checked_keys()))

    def delete_response(self) -> None:
        items = self.responses.selectedItems()
        if items:
            command = method_commands.delete_scan_response(
                QT_TRANSLATE_NOOP("Commands", "Delete scan answers"), items[0].data(RECORD_ID)
            )
            self.window.push(command)

    def add_cards(self) -> None:
        keys = self._checked_keys()
        collaboration_id = self.collaboration_id
        command = commands.AddBarriers(
            QT_TRANSLATE_NOOP("Commands", "Add the scan's barriers"),
            lambda: barriers.add_typical_barriers(collaboration_id, keys, i18n.translate),
        )
        self.window.push(command)

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Drempelscan — {name}").format(name=get_collaboration(self.collaboration_id).name)
        )
        self.tabs.setTabText(ANSWERS_TAB, self.tr("&Answers"))
        self.tabs.setTabText(PROFILE_TAB, self.tr("&Profile"))
        texts = (self.tr("&Respondent"), self.tr("Partn&er"), self.tr("&Level"), self.tr("&Date"))
        for label, text in zip(self.detail_labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        self.respondent.setPlaceholderText(self.tr("Who answers"))
        self.level.retranslate_ui(none_text="")
        self.held_on.setDisplayFormat(date_format())
        self.intro.setText(
            self.tr(
                "How far does each statement apply to your collaboration? Leave out what you cannot judge."
            )
        )
        for precondition, heading in self.headings.items():
            heading.setText(i18n.label(precondition))
        for key, label in self.statement_labels.items():
            label.setText(i18n.translate(SCAN_CONTEXT, STATEMENTS[key]))
            combo = self.scores[key]
            chosen = combo.currentIndex()
            combo.clear()
            combo.addItem(self.tr("No answer"))
            for score in SCORES:
                combo.addItem(f"{score} — {i18n.translate(SCAN_CONTEXT, SCORE_LABELS[score])}")
            combo.setCurrentIndex(max(chosen, 0))
            combo.setAccessibleName(label.text())
        self.record_button.setText(self.tr("Record &these answers"))
        self.responses_label.setText(self.tr("Answers given"))
        self.delete_button.setText(self.tr("Delete t&hese answers"))
        self.proposals_label.setText(
            self.tr("Scoring high in the latest round, without a card on the board:")
        )
        self.add_cards_button.setText(self.tr("Put the &chosen barriers on the board"))
        self.reload()
