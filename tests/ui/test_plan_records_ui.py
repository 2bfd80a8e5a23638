"""Records in the app: withdrawing a version, signing with a protected personal certificate,
*File › Verify a PDF…*, and long work that leaves the window painting."""

import time
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from drempelkompas.documents.plan_files import save_plan, verify_pdf
from drempelkompas.domain.enums import Level
from drempelkompas.runtime import i18n
from drempelkompas.services import plans
from drempelkompas.services.plans import Signatory
from drempelkompas.ui import plan_dialog
from drempelkompas.ui.background import run_with_progress
from drempelkompas.ui.certificate_dialog import CertificateDialog
from drempelkompas.ui.plan_dialog import PlanDialog
from tests.certificates import PASSPHRASE

ALDERMAN = Signatory("Fatima el Amrani", "Wethouder", Level.ADMINISTRATIVE, date(2026, 11, 27))


@pytest.fixture
def signed_off(window):
    collaboration = window.board.collaboration_id
    plans.sign_off(collaboration, [ALDERMAN])
    return collaboration


def answer_text(monkeypatch, method: str, *answer):
    asked = []
    monkeypatch.setattr(QInputDialog, method, lambda *args, **kwargs: asked.append(args) or answer)
    return asked


def test_a_version_is_withdrawn_with_a_reason_and_stays_listed(qtbot, window, signed_off, answer_dialog):
    dialog = PlanDialog(signed_off, window)
    qtbot.addWidget(dialog)
    dialog.versions.setCurrentItem(dialog.versions.topLevelItem(1))
    assert dialog.withdraw_button.isEnabled()
    answer_dialog(QInputDialog, accept=False)  # cancelled
    dialog.withdraw_button.click()
    assert plans.versions(signed_off)[0].withdrawal is None
    asked = answer_dialog(QInputDialog, lambda ask: ask.setTextValue("Verkeerde begroting"))
    dialog.withdraw_button.click()
    assert "Why is version 1 withdrawn?" in asked[0].labelText()
    (version,) = plans.versions(signed_off)
    assert version.withdrawal.reason == "Verkeerde begroting" and version.withdrawal.by
    item = dialog.versions.topLevelItem(1)
    assert item.text(0) == "1" and item.text(3) == "withdrawn: Verkeerde begroting"
    dialog.versions.setCurrentItem(item)
    assert not dialog.withdraw_button.isEnabled()


def test_the_first_signature_makes_a_protected_personal_certificate(
    qtbot, window, signed_off, monkeypatch, tmp_path, answer_dialog
):
    monkeypatch.setattr(plan_dialog, "signing_folder", lambda: tmp_path / "signing")
    source, target = tmp_path / "plan.pdf", tmp_path / "plan-signed.pdf"
    save_plan(source, signed_off, 1, i18n.Language("en"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog = PlanDialog(signed_off, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "_choose_certificate", lambda: None)  # "My personal certificate"

    def fill(certificate_dialog):
        certificate_dialog.name.setText("Fatima el Amrani")
        certificate_dialog.organisation.setText("Gemeente Zwolle")
        certificate_dialog.first.setText(PASSPHRASE.decode())
        certificate_dialog.second.setText(PASSPHRASE.decode())

    answer_dialog(CertificateDialog, fill)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    dialog.sign_pdf()
    result = verify_pdf(target.read_bytes(), i18n.Language)
    assert result.ok and result.signatures[0].signer == "Fatima el Amrani"

    # The next time only the passphrase is asked; cancelling it signs nothing.
    target.unlink()
    asked = answer_text(monkeypatch, "getText", "", False)
    dialog.sign_pdf()
    assert asked and not target.exists()
    answer_text(monkeypatch, "getText", PASSPHRASE.decode(), True)
    dialog.sign_pdf()
    assert verify_pdf(target.read_bytes(), i18n.Language).ok


def test_the_certificate_dialog_accepts_only_a_name_and_a_repeated_passphrase(qtbot):
    dialog = CertificateDialog("", "", None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("Fatima el Amrani")
    qtbot.keyClicks(dialog.first, "kort")
    assert not ok.isEnabled() and "at least 8" in dialog.problem.text()
    qtbot.keyClicks(dialog.first, " en lang genoeg")
    qtbot.keyClicks(dialog.second, "iets anders")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "kort en lang genoeg")
    assert ok.isEnabled() and dialog.passphrase() == b"kort en lang genoeg"


def test_verify_a_pdf_from_the_file_menu(qtbot, window, signed_off, monkeypatch, tmp_path):
    pdf = tmp_path / "plan.pdf"
    save_plan(pdf, signed_off, 1, i18n.Language("en"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(pdf), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())))
    window.file_actions.verify_action.trigger()
    ((text, details),) = shown
    assert text == "plan.pdf: unaltered export of a signed-off version"
    assert "version 1" in details and "Version 1 is the version in force." in details

    altered = bytearray(pdf.read_bytes())
    altered[len(altered) // 3] ^= 0x20
    pdf.write_bytes(bytes(altered))
    window.file_actions.verify_action.trigger()
    assert shown[-1][0].startswith("plan.pdf: ALTERED")


def test_long_work_keeps_the_event_loop_turning(qtbot, window):
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert run_with_progress(window, "Working…", lambda: time.sleep(0.5) or 42) == 42
    timer.stop()
    assert ticks  # the GUI thread went on handling events while the work ran

    def fails():
        raise ValueError("in the worker")

    with pytest.raises(ValueError, match="in the worker"):
        run_with_progress(window, "Working…", fails)
