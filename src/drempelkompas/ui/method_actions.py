"""What the user does with the method's own tools: the commitment matrix beside the board, the
in-kind ledger, the drempelscan and the phase gate of the shown collaboration."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import settings
from drempelkompas.services import commitments
from drempelkompas.services.commitments import CommitmentView
from drempelkompas.ui import method_commands
from drempelkompas.ui.problems import reports_problems
from drempelkompas.ui.unsaved_edits import edit_until_saved, pushed

PANEL_FROM_WIDTH = 1200  # window pixels


class MethodActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        add = window.add_action
        self.ledger_action = add("ledger", self.open_ledger, ["Ctrl+Shift+L"])
        self.scan_action = add("drempelscan", self.open_scan, ["Ctrl+Shift+D"])
        self.gate_action = add("phaseGate", self.open_gate, ["Ctrl+Shift+G"])
        self.panel_action = QAction(window, checkable=True, objectName="showMethodPanel")
        self.panel_action.setChecked(settings.SHOW_METHOD_PANEL.read())
        self.panel_action.toggled.connect(self._show_panel)
        panel = window.method_panel
        self.fit_panel()
        panel.cellChosen.connect(self.edit_commitment)
        panel.ledgerRequested.connect(self.open_ledger)
        panel.scanRequested.connect(self.open_scan)
        panel.gateRequested.connect(self.open_gate)

    def collaboration_actions(self) -> list[QAction]:
        """The actions about the shown collaboration (disabled without one)."""
        return [self.ledger_action, self.scan_action, self.gate_action]

    def retranslate_ui(self) -> None:
        self.ledger_action.setText(self.tr("&Contributions (closed purses)…"))
        self.scan_action.setText(self.tr("&Drempelscan…"))
        self.gate_action.setText(self.tr("Phase &gate…"))
        self.panel_action.setText(self.tr("Show the &commitment and method panel"))
        self.window.method_panel.retranslate_ui()

    def _collaboration(self) -> int | None:
        return self.window.board.collaboration_id

    def _show_panel(self, shown: bool) -> None:
        settings.SHOW_METHOD_PANEL.write(shown)
        self.fit_panel()

    def fit_panel(self) -> None:
        """Shows the panel when the user wants it and the window is wide enough to keep the board's
        cards readable beside it (on a 1024-pixel screen the board needs all the room)."""
        wide = self.window.width() >= PANEL_FROM_WIDTH
        panel = self.window.method_panel
        shown = self.panel_action.isChecked() and wide
        if panel.isVisibleTo(panel.parentWidget()) != shown:
            panel.setVisible(shown)
            panel.parentWidget().layout().activate()  # the board takes the room at once, not a turn later

    @reports_problems
    def edit_commitment(self, cell: CommitmentView) -> None:
        collaboration_id = self._collaboration()
        if collaboration_id is None or self.window.read_only:
            return
        from drempelkompas.ui.commitment_dialog import CommitmentDialog

        dialog = CommitmentDialog(cell, self.window)

        def save(base: CommitmentView) -> DrempelError | None:
            change = dialog.change()
            if change is None:
                return None
            text = QT_TRANSLATE_NOOP("Commands", "Change a commitment")
            return pushed(self.window, method_commands.SetCommitment(text, collaboration_id, base, change))

        def read_current() -> CommitmentView:
            return next(
                now
                for now in commitments.matrix(collaboration_id)
                if now.partner_uuid == cell.partner_uuid and now.level is cell.level
            )

        try:
            edit_until_saved(self.window, dialog, save, cell, read_current)
        finally:
            dialog.deleteLater()

    @reports_problems
    def open_ledger(self) -> None:
        from drempelkompas.ui.ledger_dialog import LedgerDialog

        self._run(LedgerDialog)

    @reports_problems
    def open_scan(self) -> None:
        from drempelkompas.ui.scan_dialog import ScanDialog

        self._run(ScanDialog)

    @reports_problems
    def open_gate(self) -> None:
        from drempelkompas.ui.gate_dialog import record_gate

        collaboration_id = self._collaboration()
        if collaboration_id is not None:
            record_gate(self.window, collaboration_id)

    def _run(self, dialog_class) -> None:
        collaboration_id = self._collaboration()
        if collaboration_id is None:
            return
        dialog = dialog_class(self.window, collaboration_id)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
