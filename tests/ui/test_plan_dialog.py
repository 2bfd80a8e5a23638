"""The plan dialog: gaps follow the signatories, sign-off freezes a version, export writes the PDF."""

from PySide6.QtWidgets import QFileDialog

from drempelkompas.documents.plan_files import verify_pdf
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, plans
from drempelkompas.ui.plan_dialog import PlanDialog


def texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_sign_off_and_export_from_the_dialog(qtbot, window, monkeypatch, tmp_path, message_boxes):
    collaboration = window.board.collaboration_id
    dialog = PlanDialog(collaboration, window)
    qtbot.addWidget(dialog)
    assert "No signatory at the administrative level." in texts(dialog.gaps)

    dialog.sign_off_button.click()  # the empty first row: no signatory yet
    assert plans.versions(collaboration) == []
    assert dialog.sign_off_error.isVisibleTo(dialog)

    dialog.signatories.item(0, 0).setText("Fatima el Amrani")
    dialog.signatories.item(0, 1).setText("Wethouder")
    assert "No signatory at the administrative level." not in texts(dialog.gaps)
    dialog.sign_off_button.click()
    (version,) = plans.versions(collaboration)
    assert version.signatories == ("Fatima el Amrani",)
    assert message_boxes.pop()[1] == "Signed off"
    assert dialog.versions.topLevelItem(1).text(3) == "current"

    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    dialog.versions.setCurrentItem(dialog.versions.topLevelItem(1))
    dialog.export_pdf()
    assert verify_pdf(target.read_bytes(), i18n.Language).ok
    assert message_boxes.pop()[1] == "Plan exported"  # "open it now?"

    card = barriers.board(collaboration)["knowledge"][0]
    barriers.update_barrier(card.id, title="Veranderd na vaststelling")
    dialog.refresh()
    assert dialog.versions.topLevelItem(1).text(3) == "re-approval needed: the board changed"
