"""Renders the app offscreen on demo data and saves screenshots (for the README and for review).

QT_QPA_PLATFORM=offscreen python tests/make_screenshots.py resources/screenshots [--lang nl] [--dark]
    [--size 1024x768]

Without --size the main window is 1280×800 and the files are named `board-nl.png`; with it,
the size is part of the name (`board-nl-1024x768.png`), so several sizes can sit side by side.
"""

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3c40",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#4a4d52",
        QPalette.ColorRole.PlaceholderText: "#8c8f94",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", help="the main window's size, e.g. 1024x768")
    args = parser.parse_args()
    width, height = (int(n) for n in (args.size or "1280x800").split("x"))
    args.folder.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    from drempelkompas.runtime import i18n
    from drempelkompas.runtime.locations import set_application_names
    from drempelkompas.services import barriers
    from drempelkompas.services.demo import fill_demo
    from drempelkompas.storage.database import open_database
    from drempelkompas.ui.barrier_dialog import BarrierDialog
    from drempelkompas.ui.catalog_dialog import CatalogDialog
    from drempelkompas.ui.collaboration_dialog import CollaborationDialog
    from drempelkompas.ui.main_window import MainWindow

    set_application_names()
    from PySide6.QtCore import QSettings

    QSettings().clear()
    i18n.install_language(args.lang)
    suffix = f"{args.lang}{'-dark' if args.dark else ''}{f'-{args.size}' if args.size else ''}"

    def save(widget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(args.folder / f"{name}-{suffix}.png"))

    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "screenshots.sqlite")
        window = MainWindow("screenshots.sqlite")
        window.resize(width, height)
        save(window, "welcome")
        fill_demo()
        window.refresh()
        window.panel.reload(window.panel.model.summary(1).id)
        window.board_view.columns[window.board_view.focused_precondition].setFocus()
        window.board_view.columns[window.board_view.focused_precondition].select_row(0)
        save(window, "board")
        window.filter_bar.search.setText("subsidie")
        save(window, "board-search")
        window.filter_bar.search.clear()
        window.board_view.open_quick_add(window.board_view.focused_precondition)
        window.board_view.quick_adds[window.board_view.focused_precondition].field.setText("Geen data")
        save(window, "board-quick-add")
        window.board_view.quick_adds[window.board_view.focused_precondition].field.clear()
        window.board_view.quick_adds[window.board_view.focused_precondition].close_field()
        window.board_view.set_zoom(150)
        save(window, "board-zoom-150")
        window.board_view.set_zoom(100)
        from drempelkompas.ui.method_dialog import MethodDialog

        method = MethodDialog(window)
        save(method, "method")
        dismiss(method)
        save_csv_preview(Path(folder), window, save)
        card = window.board.all_cards()[0]
        barriers.update_barrier(card.id, owner=card.owner or "Ingrid Jansen")
        editor = BarrierDialog(barriers.get_barrier(card.id), window.board.owners(), window)
        save(editor, "barrier-editor")
        editor.tabs.setCurrentIndex(1)
        save(editor, "barrier-history")
        editor.tabs.setCurrentIndex(0)
        editor.title.setText("")
        editor.due.set_value(None)
        save(editor, "barrier-editor-invalid")
        dismiss(editor)
        from drempelkompas.services.collaborations import get_collaboration

        dialog = CollaborationDialog(get_collaboration(window.board.collaboration_id), window)
        save(dialog, "collaboration-editor")
        dismiss(dialog)
        catalog = CatalogDialog(window.board_view.focused_precondition, {"unclear-rules"}, window)
        save(catalog, "catalog")
        dismiss(catalog)
        from drempelkompas.domain.enums import Level
        from drempelkompas.services.plans import Signatory, sign_off
        from drempelkompas.ui.plan_dialog import PlanDialog

        sign_off(
            window.board.collaboration_id,
            [
                Signatory(
                    "Ingrid Jansen",
                    "Wethouder Zorg",
                    Level.ADMINISTRATIVE,
                    date.today(),
                )
            ],
        )
        barriers.update_barrier(card.id, owner="Joost Mulder")
        plan = PlanDialog(window.board.collaboration_id, window)
        plan.signatories.item(0, 0).setText("Ingrid Jansen")
        plan.signatories.item(0, 1).setText("Wethouder Zorg")
        save(plan, "plan")
        dismiss(plan)
        save_exchange_states(window, card, Path(folder), save)
        save_governance_states(window, save)
        save_method_states(window, save)
        window.close()
    return 0


def save_governance_states(window, save) -> None:
    """The meetings of the demo's energy cooperative, recording one, the portfolio and progress."""
    from drempelkompas.services import decisions, meetings
    from drempelkompas.services.collaborations import find_collaboration
    from drempelkompas.ui.meeting_dialog import MeetingDialog
    from drempelkompas.ui.portfolio_dialog import PortfolioDialog
    from drempelkompas.ui.progress_dialog import ProgressDialog
    from drempelkompas.ui.record_dialog import RecordDialog

    collaboration = find_collaboration("Energiecoöperatie Noordoost-Fryslân")
    window.refresh(collaboration)
    save(window, "board-energy")
    dialog = MeetingDialog(collaboration, window)
    dialog.candidates.setCurrentRow(0)
    save(dialog, "meetings")
    past = meetings.meetings(collaboration)[0]
    dialog._load(past.held_on)
    save(dialog, "meetings-recorded")
    dialog._load(None)
    save(dialog, "meetings-new")
    from drempelkompas.ui.proposal_dialog import ProposalDialog

    proposal = ProposalDialog(
        "About: Wethouder wisselt na verkiezingen (Commitment) — high impact", "", dialog
    )
    proposal.text.setPlainText(
        "De stuurgroep wijst een bestuurlijk sponsor aan voor de periode na de verkiezingen."
    )
    save(proposal, "meeting-proposal")
    dismiss(proposal)
    upcoming = meetings.meetings(collaboration)[-1]
    record = RecordDialog(upcoming, decisions.agenda(upcoming), dialog)
    save(record, "meeting-record")
    dismiss(record)
    dismiss(dialog)
    portfolio = PortfolioDialog(window)
    portfolio.reload()
    save(portfolio, "portfolio")
    dismiss(portfolio)
    progress = ProgressDialog(collaboration, window)
    save(progress, "progress")
    dismiss(progress)


def save_method_states(window, save) -> None:
    """The method's tools on the demo: the panel, a commitment, the ledger, the scan, the gate."""
    from drempelkompas.services.collaborations import find_collaboration
    from drempelkompas.services.commitments import matrix
    from drempelkompas.services.partners import partner_facts
    from drempelkompas.ui.commitment_dialog import CommitmentDialog
    from drempelkompas.ui.contribution_dialog import ContributionDialog
    from drempelkompas.ui.gate_dialog import GateDialog
    from drempelkompas.ui.ledger_dialog import LedgerDialog
    from drempelkompas.ui.scan_dialog import ANSWERS_TAB, ScanDialog

    for name in ("Digitale Tweeling Ĳsselmonde", "Energiecoöperatie Noordoost-Fryslân"):
        collaboration = find_collaboration(name)
        window.refresh(collaboration)
        save(window, f"method-panel-{collaboration}")
    cell = CommitmentDialog(matrix(collaboration)[13], window)
    save(cell, "commitment")
    dismiss(cell)
    for make, title in (
        (lambda: LedgerDialog(window, collaboration), "ledger"),
        (lambda: ContributionDialog(partner_facts(collaboration), parent=window), "contribution"),
        (lambda: GateDialog(window, collaboration), "gate"),
    ):
        dialog = make()
        save(dialog, title)
        dismiss(dialog)
    scan = ScanDialog(window, collaboration)
    save(scan, "scan-profile")
    scan.tabs.setCurrentIndex(ANSWERS_TAB)
    scan.respondent.setText("Eva de Wit")
    scan.scores["no-sandbox"].setCurrentIndex(4)
    save(scan, "scan-answers")
    dismiss(scan)


def dismiss(dialog) -> None:
    """Closes a dialog without its question about unsaved input: a screenshot saves nothing."""
    dialog.done(0)


def save_csv_preview(folder: Path, window, save) -> None:
    """What an import from a spreadsheet would add, before it does."""
    from drempelkompas.runtime import i18n
    from drempelkompas.services.csv_io import import_csv
    from drempelkompas.ui.csv_preview_dialog import CsvPreviewDialog

    file = folder / "drempels-uit-excel.csv"
    file.write_text(
        "samenwerking;randvoorwaarde;titel;omschrijving;status;impact;niveau;eigenaar;deadline;actie;les\n"
        "Één loket voor mantelzorgers;financiering;Geen budget na de pilot;;open;4;;;;;\n"
        "Één loket voor mantelzorgers;commitment;Wethouder nog niet aangehaakt;;;5;bestuurlijk;;;;\n"
        "Proeftuin Slimme Mobiliteit;kennis;Geen data over verkeersstromen;;;3;;;;;\n",
        encoding="utf-8",
    )
    preview = import_csv(file, translators=i18n.all_language_translators(), dry_run=True)
    dialog = CsvPreviewDialog(file.name, preview, window)
    save(dialog, "csv-preview")
    dismiss(dialog)


def save_exchange_states(window, card, folder: Path, save) -> None:
    """The export dialog, an import preview with a conflict, and the conflicting card on the board."""
    from drempelkompas.services import barriers, collaborations
    from drempelkompas.services.exchange import export_file, import_file
    from drempelkompas.services.exchange_file import read_exchange_file, write_exchange_file
    from drempelkompas.ui.barrier_dialog import BarrierDialog
    from drempelkompas.ui.exchange_dialogs import ExportDialog, ImportPreviewDialog

    export = ExportDialog(collaborations.list_collaborations(), window.board.collaboration_id, window)
    save(export, "exchange-export")
    dismiss(export)
    file = folder / "van-een-collega.drempel"
    export_file(file, [window.board.collaboration_id])
    data = read_exchange_file(file)  # what a colleague changed meanwhile
    for record in data["collaborations"][0]["barriers"]:
        if record["uuid"] == card.uuid:
            record["owner"] = "Piet de Vries"
        else:
            record["next_action"] = record["next_action"] or "Bespreken in de stuurgroep"
    write_exchange_file(file, data)
    barriers.update_barrier(card.id, owner="Ingrid Jansen")
    preview = ImportPreviewDialog(file.name, import_file(file, dry_run=True), window)
    save(preview, "exchange-preview")
    dismiss(preview)
    import_file(file)
    window.refresh()
    window.panel.reload(window.board.collaboration_id)
    save(window, "board-conflict")
    copy = next(c for c in window.board.all_cards() if c.conflict)
    editor = BarrierDialog(copy, window.board.owners(), window)
    save(editor, "barrier-conflict")
    dismiss(editor)


if __name__ == "__main__":
    raise SystemExit(main())
