"""Governance in the desktop app, on the demo: the meetings dialog (proposing, recording, the pack),
the portfolio window, progress over time, the board on paper and a decision in a card's history."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from drempelkompas.domain.enums import Outcome, Phase, Status
from drempelkompas.services import barriers, decisions, meetings
from drempelkompas.services.collaborations import find_collaboration
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.meeting_dialog import MeetingDialog
from drempelkompas.ui.portfolio_dialog import PortfolioDialog
from drempelkompas.ui.progress_dialog import ProgressDialog
from drempelkompas.ui.proposal_dialog import ProposalDialog
from drempelkompas.ui.record_dialog import RecordDialog

ENERGY = "Energiecoöperatie Noordoost-Fryslân"


def texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def typed(monkeypatch, text: str) -> list[ProposalDialog]:
    """The proposal dialogs that open are typed `text` into and accepted; returns them."""
    seen = []

    def exec_(dialog) -> QDialog.DialogCode:
        seen.append(dialog)
        dialog.text.setPlainText(text)
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProposalDialog, "exec", exec_)
    return seen


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_the_dialog_opens_on_the_next_meeting_with_its_agenda_and_suggestions(qtbot, window, monkeypatch):
    collaboration = find_collaboration(ENERGY)
    dialog = MeetingDialog(collaboration, window)
    qtbot.addWidget(dialog)
    assert dialog.meeting_choice.currentText().endswith("Stuurgroep (planned)")
    assert dialog.case_number.text() == "Z/2026/004711"
    agenda = texts(dialog.points)
    assert agenda[0].startswith("1. De stuurgroep reserveert budget") and agenda[1].startswith("2. ")
    suggested = texts(dialog.candidates)
    assert suggested[0].startswith("Wethouder wisselt na verkiezingen") and "overdue" in suggested[0]

    dialog.candidates.setCurrentRow(0)
    proposal = typed(monkeypatch, "De stuurgroep wijst een nieuwe bestuurlijk sponsor aan.")
    dialog.candidate_button.click()
    assert proposal[0].about.text().startswith("About: Wethouder wisselt na verkiezingen")
    assert texts(dialog.points)[2].startswith("3. De stuurgroep wijst een nieuwe bestuurlijk sponsor aan.")
    assert not any(text.startswith("Wethouder wisselt") for text in texts(dialog.candidates))

    dialog.points.setCurrentRow(2)
    typed(monkeypatch, "Anders verwoord.")
    dialog.reword_button.click()
    assert texts(dialog.points)[2].startswith("3. Anders verwoord.")
    dialog.remove_button.click()
    assert len(decisions.pending_decisions(collaboration)) == 2


def test_recording_the_outcomes_gives_the_card_its_new_action(qtbot, window, monkeypatch, answer_dialog):
    collaboration = find_collaboration(ENERGY)
    dialog = MeetingDialog(collaboration, window)
    qtbot.addWidget(dialog)

    def decide(record: RecordDialog) -> None:
        first = record.editors[0]
        first.outcome.set_member(Outcome.TAKEN)
        first.wording.setPlainText("Budget van 80.000 euro gereserveerd.")
        first.action.setText("Begrotingswijziging opstellen")
        first.owner.setText("Wiebe Zijlstra")
        record.save()

    answer_dialog(RecordDialog, decide)
    dialog.record_button.click()
    assert dialog.changed
    assert dialog.meeting_choice.currentText().endswith("(recorded)")
    assert "Genomen" not in texts(dialog.points)[0]  # the tests run in English
    assert "Taken: Budget van 80.000 euro gereserveerd." in texts(dialog.points)[0]
    budget = next(c for c in barriers.board(collaboration)["funding"] if c.title == "Geen budget na de proef")
    assert (budget.next_action, budget.owner) == ("Begrotingswijziging opstellen", "Wiebe Zijlstra")
    assert dialog.decisions_button.isEnabled()
    # Point 2 was not discussed: it is on the next agenda again.
    assert [p.number for p in decisions.pending_decisions(collaboration)] == [1]

    editor = BarrierDialog(barriers.get_barrier(budget.id), window.board.owners(), window)
    qtbot.addWidget(editor)
    history = editor.history.toPlainText()
    assert "Taken — Budget van 80.000 euro gereserveerd." in history
    assert "Deferred — Eerst de uitkomsten van de proef afwachten." in history
    assert history.count("decision of Stuurgroep of ") == 2


def test_the_pack_is_written_in_a_worker_while_the_window_keeps_painting(
    qtbot, window, monkeypatch, tmp_path, message_boxes
):
    collaboration = find_collaboration(ENERGY)
    dialog = MeetingDialog(collaboration, window)
    qtbot.addWidget(dialog)
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    target = tmp_path / "vergaderstuk"  # typed without a suffix: it gets .pdf
    save_to(monkeypatch, target)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dialog.pack_button.click()
    timer.stop()
    written = tmp_path / "vergaderstuk.pdf"
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Meeting pack" in text and "De stuurgroep reserveert budget" in text
    assert ticks  # the event loop turned while the worker wrote

    save_to(monkeypatch, tmp_path / "vergaderstuk.odt")
    dialog.odt_button.click()
    assert (tmp_path / "vergaderstuk.odt").read_bytes()[:2] == b"PK"


def test_a_new_meeting_is_planned_from_its_details(qtbot, window):
    collaboration = find_collaboration("Digitale Tweeling Ĳsselmonde")
    dialog = MeetingDialog(collaboration, window)
    qtbot.addWidget(dialog)
    assert dialog.meeting_choice.currentText() == "New meeting (not saved yet)"
    assert not dialog.pack_button.isEnabled() and not dialog.record_button.isEnabled()
    dialog.body.setText("Bestuurlijk overleg")
    dialog.chair.setText("Gedeputeerde Smit")
    dialog.save_button.click()
    (planned,) = meetings.meetings(collaboration)
    assert (planned.body, planned.chair) == ("Bestuurlijk overleg", "Gedeputeerde Smit")
    assert dialog.pack_button.isEnabled() and not dialog.has_unsaved_input()


def test_the_portfolio_sorts_filters_and_opens_a_collaboration(qtbot, window):
    dialog = PortfolioDialog(window)
    qtbot.addWidget(dialog)
    opened = []
    dialog.opened.connect(opened.append)
    dialog.reload()
    assert dialog.filter.rowCount() == 3
    dialog.search.setText("energie")
    assert dialog.filter.rowCount() == 1
    name = dialog.filter.index(0, 0)
    assert name.data() == ENERGY
    dialog.table.doubleClicked.emit(name)
    assert opened == [find_collaboration(ENERGY)]
    dialog.search.clear()
    dialog.only_without_administrative.setChecked(True)
    shown = {dialog.filter.index(row, 0).data() for row in range(dialog.filter.rowCount())}
    assert ENERGY in shown  # its facilities have no administrative owner
    dialog.only_without_administrative.setChecked(False)
    dialog.phase.set_member(Phase.PILOT)
    assert [dialog.filter.index(row, 0).data() for row in range(dialog.filter.rowCount())] == [ENERGY]
    dialog.phase.set_member(None)
    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert "shown" in dialog.summary.text()


def test_the_portfolio_action_opens_the_collaboration_in_the_main_window(qtbot, window):
    window.governance_actions.portfolio_action.trigger()
    dialog = window.governance_actions._portfolio
    qtbot.addWidget(dialog)
    dialog.search.setText("energie")
    dialog.table.doubleClicked.emit(dialog.filter.index(0, 0))
    assert window.board.collaboration_id == find_collaboration(ENERGY)


def test_progress_over_time_shows_a_month_per_row_and_paints(qtbot, window):
    dialog = ProgressDialog(find_collaboration(ENERGY), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == len(dialog.data.months) > 3
    assert not dialog.chart.grab().isNull()


def test_proposing_a_decision_from_a_card(qtbot, window, monkeypatch):
    collaboration = window.board.collaboration_id
    before = len(decisions.pending_decisions(collaboration))
    window.board_view.select_card(window.board.all_cards()[0].id)
    typed(monkeypatch, "Een besluit over deze kaart")
    window.governance_actions.propose_action.trigger()
    pending = decisions.pending_decisions(collaboration)
    assert len(pending) == before + 1 and pending[-1].proposal == "Een besluit over deze kaart"


def test_the_board_on_paper_from_the_menu(qtbot, window, monkeypatch, tmp_path):
    save_to(monkeypatch, tmp_path / "bord.pdf")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    window.governance_actions.print_board_action.trigger()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "bord.pdf").pages)
    for card in window.board.all_cards():
        assert (" ".join(card.title.split()) in text) == (card.status is not Status.OVERCOME)
