"""Every control a keyboard reaches has a name a screen reader can say."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from drempelkompas.domain.enums import Precondition
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.csv_io import import_csv
from drempelkompas.services.exchange import ImportReport
from drempelkompas.ui.backup_dialog import BackupDialog
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.catalog_dialog import CatalogDialog
from drempelkompas.ui.certificate_dialog import CertificateDialog
from drempelkompas.ui.collaboration_dialog import CollaborationDialog, new_collaboration_view
from drempelkompas.ui.csv_preview_dialog import CsvPreviewDialog
from drempelkompas.ui.exchange_dialogs import ExportDialog, ImportPreviewDialog
from drempelkompas.ui.method_dialog import MethodDialog
from drempelkompas.ui.plan_dialog import PlanDialog
from drempelkompas.ui.shortcuts_dialog import ShortcutsDialog
from tests.test_csv import HEADER_EN


def unnamed_controls(top: QWidget) -> list[str]:
    """The visible controls that take the keyboard's focus but have no accessible name."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if widget.objectName() == "qt_spinbox_lineedit":  # the text part of a spin box: its name counts
            widget = parent
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_main_window_names_every_control(qtbot, window):
    assert unnamed_controls(window) == []


def test_the_dialogs_name_every_control(qtbot, window, tmp_path):
    card = barriers.board(window.board.collaboration_id)[Precondition.KNOWLEDGE][0]
    csv_file = tmp_path / "in.csv"
    csv_file.write_text(HEADER_EN + "Proeftuin,knowledge,Geen data,,,,,,,,\n", encoding="utf-8")
    summaries = collaborations.list_collaborations()
    for dialog in (
        BarrierDialog(card, [], window),
        CollaborationDialog(new_collaboration_view(), window),
        CollaborationDialog(collaborations.get_collaboration(window.board.collaboration_id), window),
        PlanDialog(window.board.collaboration_id, window),
        CatalogDialog(Precondition.FUNDING, set(), window),
        MethodDialog(window),
        ShortcutsDialog(window),
        BackupDialog(window),
        CertificateDialog("Ingrid Jansen", "Gemeente Zwolle", window),
        ExportDialog(summaries, summaries[0].id, window),
        ImportPreviewDialog("x.drempel", ImportReport(), window),
        CsvPreviewDialog(csv_file.name, import_csv(csv_file, dry_run=True), window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_a_new_collaborations_partner_table_has_room_for_every_sector_and_role(qtbot, window):
    from drempelkompas.domain.enums import PartnerRole, Sector
    from drempelkompas.runtime import i18n

    dialog = CollaborationDialog(new_collaboration_view(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_partner.click()
    metrics = dialog.partners.fontMetrics()
    for column, choices in ((1, Sector), (2, PartnerRole)):
        widest = max(metrics.horizontalAdvance(i18n.label(member)) for member in choices)
        assert dialog.partners.columnWidth(column) > widest + 16  # the text and the combo's arrow
