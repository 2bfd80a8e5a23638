"""CSV files from the File menu: an import shows what it adds first, an export writes the shown board."""

import csv

from PySide6.QtWidgets import QFileDialog

from drempelkompas.services import barriers, collaborations
from drempelkompas.ui.csv_preview_dialog import CsvPreviewDialog
from tests.test_csv import HEADER_EN, board_snapshot
from tests.ui.helpers import choose_language

ROWS = (
    HEADER_EN
    + "Nieuwe proeftuin,knowledge,Geen data,,,,,,,,\nNieuwe proeftuin,funding,Geen geld,,open,4,,,,,\n"
)


def pick_file(monkeypatch, path, kind="getOpenFileName"):
    monkeypatch.setattr(QFileDialog, kind, lambda *args, **kwargs: (str(path), ""))


def test_an_import_shows_its_rows_first_and_adds_them_when_confirmed(
    window, monkeypatch, answer_dialog, tmp_path
):
    path = tmp_path / "drempels.csv"
    path.write_text(ROWS, encoding="utf-8")
    pick_file(monkeypatch, path)
    seen = []

    def review(dialog):
        seen.append((dialog.summary.text(), dialog.rows.topLevelItemCount()))
        assert collaborations.find_collaboration("Nieuwe proeftuin") is None  # not yet

    answer_dialog(CsvPreviewDialog, review)
    choose_language(window, "en")  # as the app starts: English with its plural forms
    window.csv_actions.import_action.trigger()
    ((summary, rows),) = seen
    assert "2 barriers" in summary and "Nieuwe proeftuin (a new collaboration)" in summary and rows == 2
    collaboration = collaborations.find_collaboration("Nieuwe proeftuin")
    assert window.board.collaboration_id == collaboration  # the board shows what came in
    assert sorted(c.title for c in window.board.all_cards()) == ["Geen data", "Geen geld"]
    assert "Imported 2 barriers" in window.statusBar().currentMessage()


def test_a_cancelled_preview_changes_nothing(window, monkeypatch, answer_dialog, tmp_path):
    path = tmp_path / "drempels.csv"
    path.write_text(ROWS, encoding="utf-8")
    pick_file(monkeypatch, path)
    before = board_snapshot()
    answer_dialog(CsvPreviewDialog, accept=False)
    window.csv_actions.import_action.trigger()
    assert board_snapshot() == before


def test_a_bad_file_is_explained_and_changes_nothing(window, monkeypatch, message_boxes, tmp_path):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\xff\xd8\xff\xe0 not text")
    pick_file(monkeypatch, path)
    before = board_snapshot()
    window.csv_actions.import_action.trigger()
    ((kind, _, text),) = message_boxes
    message_boxes.clear()
    assert kind == "warning" and "not a CSV file" in text
    assert board_snapshot() == before


def test_the_export_writes_the_shown_collaboration_in_the_interface_language(window, monkeypatch, tmp_path):
    target = tmp_path / "bord"
    pick_file(monkeypatch, target, "getSaveFileName")
    choose_language(window, "nl")
    try:
        window.csv_actions.export_action.trigger()
    finally:
        choose_language(window, "en")
    written = (tmp_path / "bord.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(written.splitlines(), delimiter=";"))
    shown = barriers.board(window.board.collaboration_id)
    assert rows[0][0] == "samenwerking"
    assert len(rows) - 1 == sum(len(column) for column in shown.values())


def test_the_next_file_dialog_starts_in_the_folder_last_used(window, monkeypatch, tmp_path):
    folder = tmp_path / "stuurgroep"
    folder.mkdir()
    pick_file(monkeypatch, folder / "bord.csv", "getSaveFileName")
    window.csv_actions.export_action.trigger()
    started_in = []

    def record(parent, title, directory, filters):
        started_in.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", record)
    window.file_actions.import_exchange_action.trigger()
    assert started_in == [str(folder)]
