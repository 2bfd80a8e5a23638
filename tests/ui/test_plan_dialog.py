"""The plan dialog: gaps follow the signatories, sign-off freezes a version, export writes the PDF."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

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
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dialog.sign_off_button.click()  # the confirmation, answered No: nothing is frozen
    assert plans.versions(collaboration) == []

    def answer_yes(parent, title, text):
        message_boxes.append(("question", title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    dialog.sign_off_button.click()
    (version,) = plans.versions(collaboration)
    assert version.signatories == ("Fatima el Amrani",)
    assert message_boxes.pop()[1] == "Signed off"
    confirmation = message_boxes.pop()[2]
    assert "Sign off version 1, signed by Fatima el Amrani (Administrative)?" in confirmation
    assert "cannot be changed afterwards" in confirmation
    assert dialog.versions.topLevelItem(1).text(3) == "current"
    assert dialog.signatories.rowCount() == 1 and not dialog.signatories.item(0, 0).text()  # for the next one

    dialog.signatories.item(0, 0).setText("Fatima el Amrani")
    dialog.sign_off_button.click()  # nothing changed on the board since version 1
    assert "Nothing changed since version 1" in dialog.sign_off_error.text()
    assert len(plans.versions(collaboration)) == 1

    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    dialog.versions.setCurrentItem(dialog.versions.topLevelItem(1))
    dialog.export_pdf()
    assert verify_pdf(target.read_bytes(), i18n.Language).ok
    assert message_boxes.pop()[1] == "Saved"  # "open it now?"

    card = barriers.board(collaboration)["knowledge"][0]
    barriers.update_barrier(card.id, title="Veranderd na vaststelling")
    dialog.refresh()
    assert dialog.versions.topLevelItem(1).text(3) == "to be signed off again: the board changed"


def test_cancelling_the_choice_of_certificate_signs_nothing(qtbot, window, monkeypatch, tmp_path):
    (tmp_path / "plans").mkdir()
    source = tmp_path / "plans" / "plan.pdf"
    source.write_bytes(b"%PDF-1.4 not read when cancelled")
    dialog = PlanDialog(window.board.collaboration_id, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    saved = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: saved.append(1) or ("", ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    dialog.sign_pdf()
    assert saved == [] and sorted(p.name for p in source.parent.iterdir()) == ["plan.pdf"]
