"""The method's tools in the desktop app, on the demo: the commitment matrix beside the board, the
in-kind ledger, the drempelscan with its proposed cards, and the phase gate; each change undoable."""

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from drempelkompas.domain.enums import CommitmentState, ContributionKind, GateDecision, Level, Phase
from drempelkompas.services import collaborations, commitments, contributions, phase_gates, scans
from drempelkompas.services.collaborations import find_collaboration
from drempelkompas.services.partners import partner_facts
from drempelkompas.ui.commitment_dialog import CommitmentDialog
from drempelkompas.ui.contribution_dialog import ContributionDialog
from drempelkompas.ui.gate_dialog import GateDialog
from drempelkompas.ui.ledger_dialog import LedgerDialog
from drempelkompas.ui.scan_dialog import ScanDialog

ENERGY = "Energiecoöperatie Noordoost-Fryslân"
TWIN = "Digitale Tweeling Ĳsselmonde"


def show(window, name, qtbot=None):
    """Shows the collaboration, and waits for the panel, which is read a turn after the board."""
    collaboration = find_collaboration(name)
    window.refresh(collaboration)
    if qtbot is not None:
        qtbot.waitUntil(lambda: window.method_panel.collaboration_id == collaboration)
    return collaboration


def test_the_panel_shows_the_matrix_its_gaps_and_the_tools(window, qtbot):
    show(window, ENERGY, qtbot)
    panel = window.method_panel
    assert panel.isVisible()
    matrix = panel.matrix
    assert matrix.rowCount() == 5 and matrix.item(0, 0).text() == "Gemeente Noardeast-Fryslân"
    assert matrix.item(0, 1).toolTip().startswith("Gemeente Noardeast-Fryslân, Administrative: Committed")
    assert "Dorpsbelang Ternaard: no committed management" in panel.gaps.text()
    assert panel.gate.text() == "Gate to Scaling up: 1 of 3 criteria met."
    assert "Contributions: 6, worth € 93,000." in panel.ledger.text()


def test_a_cell_is_filled_in_and_undone(window, answer_dialog, qtbot):
    collaboration = show(window, ENERGY, qtbot)

    def fill(dialog):
        dialog.person.setText("Voorzitter Dorpsbelang")
        dialog.state.set_member(CommitmentState.COMMITTED)

    answer_dialog(CommitmentDialog, fill)
    row = 4  # Dorpsbelang Ternaard
    window.method_panel.matrix.cellActivated.emit(row, 2)  # management: a double-click or Enter
    cell = commitments.matrix(collaboration)[row * 3 + 1]
    assert (cell.person, cell.state, cell.level) == (
        "Voorzitter Dorpsbelang",
        CommitmentState.COMMITTED,
        Level.MANAGEMENT,
    )
    qtbot.waitUntil(lambda: "Dorpsbelang Ternaard: no committed" not in window.method_panel.gaps.text())
    window.undo_action.trigger()
    cell = commitments.matrix(collaboration)[row * 3 + 1]
    assert (cell.person, cell.state) == ("Bestuur Dorpsbelang", CommitmentState.ASKED)
    window.redo_action.trigger()
    assert commitments.matrix(collaboration)[row * 3 + 1].state is CommitmentState.COMMITTED


def test_the_ledger_adds_edits_deletes_undoes_and_exports(
    qtbot, window, answer_dialog, monkeypatch, tmp_path
):
    collaboration = show(window, TWIN)
    dialog = LedgerDialog(window, collaboration)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2

    def fill(contribution):
        contribution.partner.setCurrentIndex(2)  # GeoVisie & Partners
        contribution.kind.set_member(ContributionKind.FACILITIES)
        contribution.description.setPlainText("Een 3D-viewer voor de pilot")
        contribution.value.setText("7500")

    answer_dialog(ContributionDialog, fill)
    dialog.add_button.click()
    assert dialog.table.rowCount() == 3
    added = next(c for c in contributions.contributions(collaboration) if c.partner == "GeoVisie & Partners")
    assert (added.kind, added.value) == (ContributionKind.FACILITIES, 7500)
    assert "GeoVisie & Partners" not in dialog.totals.text().split("Without any contribution:")[-1]
    dialog.table.selectRow(
        next(r for r in range(3) if dialog.table.item(r, 0).text() == "GeoVisie & Partners")
    )
    dialog.delete_button.click()
    assert len(contributions.contributions(collaboration)) == 2
    dialog.undo_button.click()
    assert len(contributions.contributions(collaboration)) == 3 and dialog.table.rowCount() == 3
    path = tmp_path / "bijdragen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    dialog.export_button.click()
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Partner" and len(rows) == 4


def test_a_period_that_ends_before_it_starts_cannot_be_saved(qtbot, window):
    from datetime import date

    collaboration = show(window, TWIN)
    dialog = ContributionDialog(partner_facts(collaboration))
    qtbot.addWidget(dialog)
    dialog.starts.set_value(date(2027, 3, 1))
    dialog.ends.set_value(date(2027, 1, 1))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.period_error.text() == "The period cannot end before it starts."


def test_a_respondent_answers_and_the_high_scores_become_cards(qtbot, window):
    collaboration = show(window, TWIN)
    dialog = ScanDialog(window, collaboration)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(0)
    assert not dialog.record_button.isEnabled()
    dialog.respondent.setText("Eva de Wit")
    dialog.scores["no-impact-view"].setCurrentIndex(5)  # 4: fully applies
    dialog.scores["no-building-blocks"].setCurrentIndex(1)  # 0
    dialog.record_button.click()
    assert dialog.respondent.text() == "" and dialog.tabs.currentIndex() == 1
    latest = scans.latest_profile(collaboration)
    assert latest.held_on.isoformat() == scans.responses(collaboration)[-1].held_on.isoformat()
    assert scans.responses(collaboration)[-1].scores == {"no-impact-view": 4, "no-building-blocks": 0}
    proposed = [
        dialog.proposals.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.proposals.count())
    ]
    assert proposed == ["no-impact-view"]  # the latest round: today's
    before = len(window.board.all_cards())
    dialog.add_cards_button.click()
    assert len(window.board.all_cards()) == before + len(proposed)
    assert scans.proposed_cards(collaboration) == []
    window.undo_action.trigger()  # the cards go again
    assert len(window.board.all_cards()) == before


def test_a_gate_is_passed_with_a_note_and_undone(qtbot, window, answer_dialog):
    collaboration = show(window, TWIN)

    def fill(gate):
        assert not gate.checked.all_met and gate.no_go.isChecked()
        gate.go.setChecked(True)
        gate.decided_by.setText("Stuurgroep Digitale Tweeling")
        assert not gate.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # a note first
        gate.note.setPlainText("De wethouder zegt in januari toe; GeoVisie levert alleen data.")
        assert gate.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    answer_dialog(GateDialog, fill)
    window.method_actions.gate_action.trigger()
    assert collaborations.get_collaboration(collaboration).phase is Phase.PILOT
    assert "Phase: Pilot" in window.header.details.text()
    last = phase_gates.last_gate(collaboration)
    assert (last.decision, last.decided_by) == (GateDecision.GO, "Stuurgroep Digitale Tweeling")
    window.undo_action.trigger()
    assert collaborations.get_collaboration(collaboration).phase is Phase.EXPLORING
    assert phase_gates.last_gate(collaboration) is None


def test_the_panel_can_be_hidden_and_stays_hidden(window):
    window.method_actions.panel_action.setChecked(False)
    assert not window.method_panel.isVisible()
    from drempelkompas.runtime import settings

    assert settings.SHOW_METHOD_PANEL.read() is False


def test_a_value_is_whole_euros_as_people_write_them(qtbot, window):
    collaboration = show(window, TWIN)
    dialog = ContributionDialog(partner_facts(collaboration))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for typed, value in (("12.500", 12500), ("€ 7,500", 7500), ("300", 300), ("", None)):
        dialog.value.setText(typed)
        assert ok.isEnabled() and dialog.fields()["value"] == value
    for typed in ("7.500,50", "7,5", "twaalf", "99999999999999"):  # found by a new user: it crashed
        dialog.value.setText(typed)
        assert not ok.isEnabled(), typed
        assert dialog.value_error.text() == "Give the value in whole euros, such as 12500 or 12.500."


def test_redo_has_each_of_its_keys_once(window):
    keys = [key.toString() for key in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys and len(keys) == len(set(keys))  # twice: ambiguous


def test_a_partner_with_records_stays_in_the_editor_with_the_reason(qtbot, window, message_boxes):
    from drempelkompas.ui.collaboration_dialog import CollaborationDialog

    collaboration = show(window, ENERGY)
    dialog = CollaborationDialog(collaborations.get_collaboration(collaboration), window)
    qtbot.addWidget(dialog)
    rows = dialog.partners.rowCount()
    dialog.partners.setCurrentCell(0, 0)  # a partner with commitments in the demo
    dialog.remove_partner.click()
    assert dialog.partners.rowCount() == rows
    assert [text for _, _, text in message_boxes if "remove those before the partner" in text]
    message_boxes.clear()
    dialog.add_partner.click()  # a new row, not saved yet: taken off without a word
    dialog.remove_partner.click()
    assert dialog.partners.rowCount() == rows


def test_the_panels_buttons_open_the_ledger_the_scan_and_the_gate(window, qtbot, answer_dialog):
    from drempelkompas.ui.gate_dialog import GateDialog

    show(window, TWIN, qtbot)

    def close(dialog):
        dialog.done(0)  # as a real one ends, so it stops following the window's changes

    opened = [answer_dialog(kind, close, accept=False) for kind in (LedgerDialog, ScanDialog, GateDialog)]
    panel = window.method_panel
    for button in (panel.ledger_button, panel.scan_button, panel.gate_button):
        button.click()
    assert [len(seen) for seen in opened] == [1, 1, 1]
