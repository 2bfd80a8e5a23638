"""The method beside the board: the commitment matrix of the shown collaboration, what its phase
still lacks, and one line each on its contributions, its drempelscan and its next phase gate."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from drempelkompas.domain import commitment, gates, ledger
from drempelkompas.domain.commitment import Gap
from drempelkompas.domain.enums import CommitmentState, Level
from drempelkompas.domain.errors import NotFoundError
from drempelkompas.domain.gates import Facts
from drempelkompas.domain.palette import COMMITMENT_COLOURS
from drempelkompas.domain.scan import Profile
from drempelkompas.runtime import i18n
from drempelkompas.services import commitments, phase_gates, scans
from drempelkompas.services.commitments import CommitmentView

MARKS = {
    CommitmentState.NOT_ASKED: "○",
    CommitmentState.ASKED: "◐",
    CommitmentState.COMMITTED: "●",
    CommitmentState.WITHDRAWN: "✕",
}
CELL = Qt.ItemDataRole.UserRole  # a cell's CommitmentView
SHOWN_GAPS = 4  # more are summed up in one line


class MethodPanel(QFrame):
    cellChosen = Signal(object)  # a CommitmentView to edit
    ledgerRequested = Signal()
    scanRequested = Signal()
    gateRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="methodPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.collaboration_id: int | None = None
        self.title = QLabel(objectName="methodTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.matrix = QTableWidget(0, 1 + len(Level), objectName="commitmentMatrix")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the partner's name, elided
        for column in range(1, 1 + len(Level)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.matrix.verticalHeader().hide()
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.matrix.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.setWordWrap(False)
        self.matrix.cellActivated.connect(self._chosen)  # a double-click or Enter, once
        self.legend = QLabel(objectName="commitmentLegend", wordWrap=True)
        self.gaps = QLabel(objectName="commitmentGaps", wordWrap=True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.ledger = QLabel(objectName="ledgerSummary", wordWrap=True)
        self.scan = QLabel(objectName="scanSummary", wordWrap=True)
        self.gate = QLabel(objectName="gateSummary", wordWrap=True)
        self.ledger_button = QPushButton(objectName="openLedger")
        self.scan_button = QPushButton(objectName="openScan")
        self.gate_button = QPushButton(objectName="openGate")
        # Connected signal to signal: PySide6 refuses a signal as the `clicked=` of the constructor
        # (TypeError when the button is pressed).
        self.ledger_button.clicked.connect(self.ledgerRequested)
        self.scan_button.clicked.connect(self.scanRequested)
        self.gate_button.clicked.connect(self.gateRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.matrix)
        layout.addWidget(self.legend)
        layout.addWidget(self.gaps)
        for label, button in ((self.ledger, self.ledger_button), (self.scan, self.scan_button),
                              (self.gate, self.gate_button)):  # fmt: skip
            layout.addSpacing(6)
            layout.addWidget(label)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        # Read a turn after the board: a switch or a card move shows the board first.
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(lambda: self.load(self._soon_id))
        self._soon_id: int | None = None
        self.setFixedWidth(320)  # never wider with a longer text: the board keeps its width
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        short = {
            #: Short for the administrative level (bestuurlijk), a narrow column's heading.
            Level.ADMINISTRATIVE: self.tr("Adm."),
            #: Short for the management level, a narrow column's heading.
            Level.MANAGEMENT: self.tr("Man."),
            #: Short for the execution level (uitvoering), a narrow column's heading.
            Level.OPERATIONAL: self.tr("Exe."),
        }
        self.matrix.setHorizontalHeaderLabels([self.tr("Partner"), *short.values()])
        header = self.matrix.horizontalHeader()
        for column, level in enumerate(Level, 1):
            self.matrix.horizontalHeaderItem(column).setToolTip(i18n.label(level))
            width = header.fontMetrics().horizontalAdvance(short[level]) + 20
            self.matrix.setColumnWidth(column, max(width, self.fontMetrics().horizontalAdvance("●") + 24))
        self.matrix.setAccessibleName(self.tr("Commitment matrix"))
        self.legend.setText(
            "  ".join(f"{MARKS[state]}\u00a0{i18n.label(state)}" for state in CommitmentState)
        )
        self.ledger_button.setText(self.tr("Contributions…"))
        self.scan_button.setText(self.tr("Drempelscan…"))
        self.gate_button.setText(self.tr("Phase gate…"))
        self.load(self.collaboration_id)

    def load_soon(self, collaboration_id: int | None) -> None:
        """Shows the collaboration's method once the event loop is free (several calls: one read)."""
        self._soon_id = collaboration_id
        self._soon.start()

    def load(self, collaboration_id: int | None) -> None:
        """Shows the collaboration's method (nothing without one)."""
        self.collaboration_id = collaboration_id
        if collaboration_id is None:
            self.matrix.setRowCount(0)
            for label in (self.title, self.gaps, self.ledger, self.scan, self.gate):
                label.clear()
            return
        try:
            cells = commitments.matrix(collaboration_id)
            facts = phase_gates.facts(collaboration_id)  # read once, for every line below
        except NotFoundError:  # gone meanwhile (deleted, or another database opened)
            self.load(None)
            return
        self.title.setText(self.tr("Commitment per partner"))
        self._show_matrix(cells)
        self._show_gaps(commitment.gaps(facts.phase, facts.partners, facts.commitments))
        self._show_ledger(facts)
        self._show_scan(collaboration_id, facts.latest_scan)
        self._show_gate(facts)

    def _show_matrix(self, cells: list[CommitmentView]) -> None:
        rows = [cells[start : start + len(Level)] for start in range(0, len(cells), len(Level))]
        current = self.matrix.currentRow(), self.matrix.currentColumn()
        self.matrix.setRowCount(len(rows))
        for row, partner_cells in enumerate(rows):
            name = QTableWidgetItem(partner_cells[0].partner)
            name.setToolTip(partner_cells[0].partner)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.matrix.setItem(row, 0, name)
            for column, cell in enumerate(partner_cells, 1):
                item = QTableWidgetItem(MARKS[cell.state])
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(QColor(COMMITMENT_COLOURS[cell.state]))
                item.setData(CELL, cell)
                description = self._describe(cell)
                item.setToolTip(description)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, description)
                self.matrix.setItem(row, column, item)
        # As high as its rows (up to a dozen, then it scrolls), so the rest of the panel stays in view.
        shown = min(len(rows), 12)
        frame = 2 * self.matrix.frameWidth() + self.matrix.horizontalHeader().sizeHint().height()
        self.matrix.setFixedHeight(frame + shown * self.matrix.verticalHeader().defaultSectionSize() + 2)
        if rows and current[0] >= 0:
            self.matrix.setCurrentCell(min(current[0], len(rows) - 1), max(current[1], 1))

    def _describe(self, cell: CommitmentView) -> str:
        words = {"partner": cell.partner, "level": i18n.label(cell.level), "state": i18n.label(cell.state)}
        since = cell.since if cell.state is not CommitmentState.NOT_ASKED else None
        words |= {"person": cell.person, "date": i18n.format_date(since) if since else ""}
        if cell.person and since:
            return self.tr("{partner}, {level}: {state} — {person}, since {date}").format(**words)
        if cell.person:
            return self.tr("{partner}, {level}: {state} — {person}").format(**words)
        if since:
            return self.tr("{partner}, {level}: {state}, since {date}").format(**words)
        return self.tr("{partner}, {level}: {state}").format(**words)

    def _show_gaps(self, gaps: list[Gap]) -> None:
        found = [gap.text(i18n.translate) for gap in gaps]
        if not found:
            self.gaps.setText(self.tr("The phase has the commitment it asks for."))
            return
        lines = found[:SHOWN_GAPS]
        if len(found) > SHOWN_GAPS:
            lines.append(self.tr("and %n more", "", len(found) - SHOWN_GAPS))
        self.gaps.setText(self.tr("Still lacking:") + "\n" + "\n".join(f"• {line}" for line in lines))

    def _show_ledger(self, facts: Facts) -> None:
        if not facts.contributions:
            self.ledger.setText(self.tr("Contributions: none recorded yet."))
            return
        value = sum(c.value or 0 for c in facts.contributions)
        text = self.tr("Contributions: %n, worth {value}.", "", len(facts.contributions)).format(
            value="€ " + i18n.format_number(value)
        )
        spread = ledger.spread(facts.partners, facts.contributions)
        if spread.even is False:
            names = {p.uuid: p.name for p in facts.partners}
            text += " " + self.tr("{partner} carries {share}% of the costs.").format(
                partner=names[spread.largest], share=round(spread.shares[spread.largest] * 100)
            )
        self.ledger.setText(text)

    def _show_scan(self, collaboration_id: int, latest: Profile | None) -> None:
        if latest is None:
            self.scan.setText(self.tr("Drempelscan: not held yet."))
            return
        proposed = len(scans.proposed_cards(collaboration_id, latest))
        text = self.tr("Drempelscan of {date}: %n respondent(s).", "", latest.respondents).format(
            date=i18n.format_date(latest.held_on)
        )
        if proposed:
            text += " " + self.tr("%n barrier(s) score high without a card.", "", proposed)
        self.scan.setText(text)

    def _show_gate(self, facts: Facts) -> None:
        coming = gates.next_phase(facts.phase)
        if coming is None:
            self.gate.setText(self.tr("Embedded: the last phase."))
            return
        criteria = gates.check(facts)
        met = sum(c.met for c in criteria)
        self.gate.setText(
            self.tr("Gate to {phase}: {met} of {count} criteria met.").format(
                phase=i18n.label(coming), met=met, count=len(criteria)
            )
        )

    def _chosen(self, row: int, column: int) -> None:
        item = self.matrix.item(row, max(column, 1))  # the partner's name: its first level
        if item is not None:
            self.cellChosen.emit(item.data(CELL))
