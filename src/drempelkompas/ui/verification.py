"""*File › Verify a PDF…*: the same verdict as `drempelkompas verify`, in a message box."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from drempelkompas.documents.plan_files import Verification, verify_file
from drempelkompas.runtime import i18n
from drempelkompas.ui.background import run_with_progress
from drempelkompas.ui.file_dialogs import open_file


def verify_a_pdf(parent: QWidget) -> None:
    """Asks for a PDF, checks it (in the background: a long plan takes a while) and shows the verdict."""
    path = open_file(
        parent,
        QCoreApplication.translate("Verification", "Choose the PDF to verify"),
        QCoreApplication.translate("Verification", "PDF (*.pdf)"),
    )
    if not path:
        return
    result = run_with_progress(
        parent,
        QCoreApplication.translate("Verification", "Verifying {file}…").format(file=Path(path).name),
        lambda: verify_file(path, i18n.Language),
    )
    show_verification(parent, Path(path), result)


def show_verification(parent: QWidget, path: Path, result: Verification) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information
        if result.ok and (result.state is None or result.state.withdrawal is None)
        else QMessageBox.Icon.Warning,
        QCoreApplication.translate("Verification", "Verify a PDF"),
        f"{path.name}: {result.outcome_text(i18n.translate)}",
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("verification")
    box.setInformativeText("\n".join(verification_details(result)))
    box.exec()
    return box


def verification_details(result: Verification) -> list[str]:
    """The lines under the verdict: which plan and version, its state, each digital signature."""
    lines = []
    if result.version is not None:
        lines.append(
            QCoreApplication.translate("Verification", "Collaboration: {name}; version {number}").format(
                name=result.collaboration, number=result.version
            )
        )
        lines.append(
            QCoreApplication.translate("Verification", "Fingerprint: {fingerprint}").format(
                fingerprint=result.fingerprint
            )
        )
    lines += result.state_lines(i18n.translate, i18n.format_date)
    for number, signature in enumerate(result.signatures, 1):
        facts = [
            i18n.format_datetime(signature.signed_at) if signature.signed_at else "?",
            QCoreApplication.translate("Verification", "valid")
            if signature.valid
            else QCoreApplication.translate("Verification", "INVALID"),
            QCoreApplication.translate("Verification", "from a trusted authority")
            if signature.trusted
            else QCoreApplication.translate("Verification", "personal certificate"),
            QCoreApplication.translate("Verification", "within the certificate's validity")
            if signature.within_validity
            else QCoreApplication.translate("Verification", "OUTSIDE the certificate's validity"),
            QCoreApplication.translate("Verification", "certificate {fingerprint}").format(
                fingerprint=signature.certificate
            ),
        ]
        lines.append(
            QCoreApplication.translate("Verification", "Signature {number}: {signer}").format(
                number=number, signer=signature.signer
            )
            + " — "
            + "; ".join(facts)
        )
    return lines
