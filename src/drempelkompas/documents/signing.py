"""Digital signatures on exported plans (PAdES, through pyHanko) and checking them afterwards.

pyHanko takes most of a second to import, so this module is imported only when signing or
checking signatures. Several people can sign the same file in turn: each signature is an
incremental update that leaves the earlier bytes, and so earlier signatures, intact.
"""

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

PERSONAL_CERTIFICATE = "personal-signing-certificate.p12"

# pyHanko logs a traceback for every self-signed (personal) certificate it meets; the outcome is
# reported in SignatureCheck.trusted instead.
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)

# Changes after a signature that do not alter what was signed: further signatures, timestamps.
_HARMLESS = {ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING}


@dataclass(frozen=True)
class SignatureCheck:
    signer: str
    valid: bool  # the signature matches the bytes it covers, cryptographically
    trusted: bool  # the certificate chains to a trusted authority (a personal one does not)
    covers_whole_file: bool
    changed_after: bool  # something other than further signatures changed after this one
    signed_at: datetime | None


def personal_certificate(folder: Path, name: str) -> Path:
    """The user's own signing certificate, created on first use; readable by the user only."""
    path = folder / PERSONAL_CERTIFICATE
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=5 * 365))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name.encode(), key, certificate, None, serialization.NoEncryption()
    )
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    return path


class UnreadablePdfError(DrempelError):
    """Bytes that pyHanko cannot read as a PDF."""


# What pyHanko raises on a file that is not a PDF, is cut off or has junk in its structure.
_READ_ERRORS = (PdfReadError, ValueError, KeyError, IndexError, TypeError, AttributeError)


def _unreadable(shown_as: Path | None, error: Exception) -> UnreadablePdfError:
    return UnreadablePdfError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a PDF that can be read ({problem})."),
        file=shown_as or "PDF",
        problem=type(error).__name__,
    )


def sign_pdf(data: bytes, p12: Path, passphrase: bytes | None = None, shown_as: Path | None = None) -> bytes:
    """Adds a signature to the PDF as an incremental update and returns the signed bytes."""
    try:
        signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(p12), passphrase=passphrase)
    except (OSError, ValueError):
        signer = None
    if signer is None:
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not a certificate file that can be opened (wrong password?)."
            ),
            file=p12,
        )
    try:
        existing = len(PdfFileReader(BytesIO(data)).embedded_signatures)
        writer = IncrementalPdfFileWriter(BytesIO(data))
    except _READ_ERRORS as error:
        raise _unreadable(shown_as, error) from None
    metadata = signers.PdfSignatureMetadata(
        field_name=f"Signature{existing + 1}", subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    try:
        return signers.sign_pdf(writer, metadata, signer=signer).getvalue()
    except SigningError as error:
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "The PDF could not be signed: {problem}"), problem=error
        ) from None
    except _READ_ERRORS as error:  # a structure that only breaks when the signature is added
        raise _unreadable(shown_as, error) from None


def check_signatures(data: bytes) -> list[SignatureCheck]:
    """Every signature in the PDF, in signing order, validated offline."""
    try:
        signatures = PdfFileReader(BytesIO(data)).embedded_signatures
    except _READ_ERRORS as error:
        raise _unreadable(None, error) from None
    checks = []
    for signature in signatures:
        status = validate_pdf_signature(signature, ValidationContext(allow_fetching=False))
        certificate = signature.signer_cert
        checks.append(
            SignatureCheck(
                signer=certificate.subject.native.get("common_name", certificate.subject.human_friendly),
                valid=bool(status.intact and status.valid),
                trusted=bool(status.trusted),
                covers_whole_file=status.coverage.name == "ENTIRE_FILE",
                changed_after=status.modification_level not in _HARMLESS,
                signed_at=status.signer_reported_dt,
            )
        )
    return checks
