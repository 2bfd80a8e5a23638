"""What the user does for governance: the meetings of a collaboration, the portfolio of all of
them, progress over time, the board on paper, and proposing a decision about a card."""

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from drempelkompas.runtime import i18n
from drempelkompas.services import collaborations, decisions
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.ui.document_export import export_document
from drempelkompas.ui.problems import reports_problems


class GovernanceActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        add = window.add_action
        self.meetings_action = add("meetings", self.open_meetings, ["Ctrl+Shift+M"])
        self.portfolio_action = add("portfolio", self.open_portfolio, ["Ctrl+Shift+O"])
        self.progress_action = add("progressOverTime", self.open_progress)
        self.print_board_action = add("printBoard", self.print_board)
        self.propose_action = add("proposeDecision", self.propose_about_card)
        self._portfolio = None

    def collaboration_actions(self) -> list[QAction]:
        """The actions about the selected collaboration (disabled without one)."""
        return [self.meetings_action, self.progress_action, self.print_board_action]

    def retranslate_ui(self) -> None:
        self.meetings_action.setText(self.tr("&Meetings…"))
        self.meetings_action.setIconText(self.tr("Meetings"))
        self.portfolio_action.setText(self.tr("&Portfolio of all collaborations…"))
        self.portfolio_action.setIconText(self.tr("Portfolio"))
        self.progress_action.setText(self.tr("Progress &over time…"))
        self.print_board_action.setText(self.tr("&Board as PDF…"))
        self.propose_action.setText(self.tr("Pro&pose a decision…"))

    def _collaboration(self) -> int | None:
        return self.window.board.collaboration_id

    @reports_problems
    def open_meetings(self) -> None:
        from drempelkompas.ui.meeting_dialog import MeetingDialog

        collaboration_id = self._collaboration()
        if collaboration_id is None:
            return
        dialog = MeetingDialog(collaboration_id, self.window)
        dialog.exec()
        if dialog.changed:  # a decision's new action changed cards
            self.window.undo_stack.clear()  # the undo steps no longer match what is stored
            self.window.refresh()

    @reports_problems
    def open_portfolio(self) -> None:
        from drempelkompas.ui.portfolio_dialog import PortfolioDialog

        if self._portfolio is None:
            self._portfolio = PortfolioDialog(self.window)
            self._portfolio.opened.connect(self._show_collaboration)
        self._portfolio.reload()
        self._portfolio.show()
        self._portfolio.raise_()
        self._portfolio.activateWindow()

    def _show_collaboration(self, collaboration_id: int) -> None:
        """Shows a collaboration the portfolio opened, in the main window (an archived one too)."""
        summary = next(
            (s for s in collaborations.list_collaborations(True) if s.id == collaboration_id), None
        )
        if summary is not None and summary.archived:
            self.window.panel.show_archived.setChecked(True)
        self.window.refresh(collaboration_id)
        self.window.raise_()
        self.window.activateWindow()

    @reports_problems
    def open_progress(self) -> None:
        from drempelkompas.ui.progress_dialog import ProgressDialog

        collaboration_id = self._collaboration()
        if collaboration_id is not None:
            ProgressDialog(collaboration_id, self.window).exec()

    def print_board(self) -> None:
        from drempelkompas.documents.overview_files import save_board  # reportlab: slow to import

        collaboration_id = self._collaboration()
        if collaboration_id is None:
            return
        language = i18n.Language(i18n.current_language())
        name = get_collaboration(collaboration_id).name

        def write(path: str, progress) -> str:
            save_board(path, collaboration_id, language, date.today())
            return ""

        export_document(
            self.window,
            self.tr("Save the board as PDF"),
            self.tr("{name} - board {date}").format(name=name, date=date.today().isoformat()) + ".pdf",
            self.tr("PDF (*.pdf)"),
            self.tr("Writing the board…"),
            write,
        )

    @reports_problems
    def propose_about_card(self) -> None:
        card = self.window.board_view.current_card()
        if card is None:
            return
        from drempelkompas.ui.proposal_dialog import ask_proposal

        about = self.tr("About: {title}. The proposal goes on the agenda of the next meeting.")
        text = ask_proposal(self.window, about.format(title=card.title))
        if text is not None:
            decisions.propose_decision(card.collaboration_id, text, card.id)
            count = len(decisions.pending_decisions(card.collaboration_id))
            self.window.statusBar().showMessage(
                self.tr("Proposed; the next meeting has {count} proposed decisions.").format(count=count),
                5000,
            )
