"""Digital signatures on exported plans (PAdES, through pyHanko): the personal certificate, and
signing a PDF, with a visible stamp on a signed-off version's sign-off page.

pyHanko takes most of a second to import, so this module is imported only when signing or
checking signatures (`signature_checks`). Several people can sign the same file in turn: each
signature is an incremental update that leaves the earlier bytes, and so earlier signatures,
intact.
"""

import logging
import os
import stringprep
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import content, generic, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.metadata import model as metadata_model
from pyhanko.pdf_utils.misc import PdfError, PdfWriteError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.stamp import StaticStampStyle

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.report.styles import SIGNATURE_SLOTS, signature_box
from drempelkompas.storage.files import read_capped

# Protected by a passphrase. (Versions before 0.4 kept an unprotected one named after the login,
# "personal-signing-certificate.p12"; it is no longer used.)
PERSONAL_CERTIFICATE = "personal-signing-key.p12"
MIN_PASSPHRASE = 8
MAX_NAME = 64  # characters: what X.509 allows for a name (and an organisation)
MAX_CERTIFICATE_BYTES = 1024 * 1024

# pyHanko logs a traceback for every self-signed (personal) certificate it meets; the outcome is
# reported in signature_checks.SignatureCheck.trusted instead.
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)


def has_personal_certificate(folder: Path) -> bool:
    return (folder / PERSONAL_CERTIFICATE).exists()


def personal_certificate(folder: Path, name: str, organisation: str, passphrase: bytes) -> Path:
    """The user's own signing certificate, made on first use for `name` (and `organisation`), its
    key protected by `passphrase`, so that a copy of the data folder cannot sign in their name."""
    path = folder / PERSONAL_CERTIFICATE
    if path.exists():
        return path
    if not name.strip():
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "A personal certificate needs the name of its holder.")
        )
    _refuse_unmatchable_characters(name, organisation)
    if len(name.strip()) > MAX_NAME or len(organisation.strip()) > MAX_NAME:
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors", "A certificate holds a name and an organisation of at most {count} characters each."
            ),
            count=MAX_NAME,
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors", "The passphrase of a personal certificate needs at least {count} characters."
            ),
            count=MIN_PASSPHRASE,
        )
    folder.mkdir(parents=True, exist_ok=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if organisation.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    subject = x509.Name(attributes)
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
        name.strip().encode(), key, certificate, None, serialization.BestAvailableEncryption(passphrase)
    )
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    return path


def _refuse_unmatchable_characters(*texts: str) -> None:
    """Signature checkers compare certificate names after RFC 4518's preparation, which knows
    the characters of Unicode 3.2 only: a name with a later one (an emoji, say) would make every
    signature it makes look invalid."""
    for text in texts:
        if any(stringprep.in_table_a1(character) for character in text):
            raise DrempelError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{name}” has characters a certificate cannot carry reliably (such as emoji); "
                    "use letters, digits and punctuation.",
                ),
                name=text,
            )


class UnreadablePdfError(DrempelError):
    """Bytes that pyHanko cannot read as a PDF."""


# What pyHanko raises on a file that is not a PDF, is cut off or has junk in its structure
# (nested without end, even).
READ_ERRORS = (
    PdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    RecursionError,
    zlib.error,
)


def unreadable(shown_as: Path | None, error: Exception) -> UnreadablePdfError:
    return UnreadablePdfError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a PDF that can be read ({problem})."),
        file=shown_as or "PDF",
        problem=type(error).__name__,
    )


def ensure_signable(data: bytes, shown_as: Path | None = None) -> int:
    """Refuses bytes that are not a readable PDF; else the number of signatures it has."""
    try:
        existing = len(PdfFileReader(BytesIO(data)).embedded_signatures)
        IncrementalPdfFileWriter(BytesIO(data))
    except READ_ERRORS as error:
        raise unreadable(shown_as, error) from None
    return existing


def sign_pdf(
    data: bytes,
    p12: Path,
    passphrase: bytes | None = None,
    shown_as: Path | None = None,
    stamp: Callable[[str, str], bytes] | None = None,
) -> bytes:
    """Adds a signature to the PDF as an incremental update and returns the signed bytes.

    With `stamp`, the signature is visible: `stamp(name, organisation)` gives the stamp (a
    one-page PDF) that is placed in the next free box of the last page's signature strip.
    """
    # Read with a cap first: a certificate file is a few kB, /dev/zero or a pipe would never end.
    certificate_file = read_capped(p12, MAX_CERTIFICATE_BYTES)
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(certificate_file, (), passphrase=passphrase)
    except (OSError, ValueError, TypeError):
        signer = None
    if signer is None:
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not a certificate file that can be opened (wrong password?)."
            ),
            file=p12,
        )
    _refuse_outside_validity(signer.signing_cert, p12)
    existing = ensure_signable(data, shown_as)
    writer = _ArchivalWriter(BytesIO(data))
    name = f"Signature{existing + 1}"
    metadata = signers.PdfSignatureMetadata(
        field_name=name, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    style, field = None, None
    if stamp is not None and existing < SIGNATURE_SLOTS:
        holder, organisation = _holder(signer.signing_cert)
        style = StaticStampStyle(
            background=_StampPage(stamp(holder, organisation)),
            background_layout=layout.SimpleBoxLayoutRule(  # the stamp is made to the box's size
                x_align=layout.AxisAlignment.ALIGN_MIN,
                y_align=layout.AxisAlignment.ALIGN_MIN,
                inner_content_scaling=layout.InnerScaling.STRETCH_FILL,
            ),
            border_width=0,
            background_opacity=1.0,
        )
        try:
            last_page = int(writer.root["/Pages"]["/Count"]) - 1
        except READ_ERRORS as error:
            raise unreadable(shown_as, error) from None
        field = fields.SigFieldSpec(name, on_page=last_page, box=signature_box(existing))
    try:
        pdf_signer = signers.PdfSigner(metadata, signer, stamp_style=style, new_field_spec=field)
        return pdf_signer.sign_pdf(writer).getvalue()
    except (SigningError, PdfWriteError) as error:
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "The PDF could not be signed: {problem}"), problem=error
        ) from None
    except READ_ERRORS as error:  # a structure that only breaks when the signature is added
        raise unreadable(shown_as, error) from None


def _refuse_outside_validity(certificate, p12: Path) -> None:
    now = datetime.now(UTC)
    if now < certificate.not_valid_before:
        raise DrempelError(
            QT_TRANSLATE_NOOP(
                "Errors", "The certificate in {file} is not valid yet: it is valid from {date}."
            ),
            file=p12,
            date=certificate.not_valid_before.date().isoformat(),
        )
    if now > certificate.not_valid_after:
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "The certificate in {file} expired on {date}."),
            file=p12,
            date=certificate.not_valid_after.date().isoformat(),
        )


class _ArchivalWriter(IncrementalPdfFileWriter):
    """pyHanko's incremental writer, keeping the document information equal to the XMP metadata,
    as PDF/A asks: pyHanko writes itself as the XMP's producer, but adds itself to the
    information's."""

    def _update_meta(self) -> None:
        super()._update_meta()
        if self._info is not None and "/Metadata" in self.root:
            self._info.get_object()["/Producer"] = generic.TextStringObject(metadata_model.VENDOR)
            self.mark_update(self._info)


def _holder(certificate) -> tuple[str, str]:
    """The certificate holder's name and organisation."""
    subject = certificate.subject.native
    return subject.get("common_name", ""), subject.get("organization_name", "")


class _StampPage(content.ImportedPdfPage):
    """A stamp given as PDF bytes (pyHanko's own reads a file)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(file_name=None)
        self.data = data

    def render(self) -> bytes:
        xobject = self._ensure_writer.import_page_as_xobject(PdfFileReader(BytesIO(self.data)), page_ix=0)
        self.resources.xobject["/Stamp"] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return b"/Stamp Do"
