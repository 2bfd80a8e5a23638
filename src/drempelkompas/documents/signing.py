"""Digital signatures on exported plans (PAdES, through pyHanko) and checking them afterwards.

pyHanko takes most of a second to import, so this module is imported only when signing or
checking signatures. Several people can sign the same file in turn: each signature is an
incremental update that leaves the earlier bytes, and so earlier signatures, intact.
"""

import logging
import os
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
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


@dataclass(frozen=True)
class SignedFile:
    """What the signatures on a file say, and whether anything but signatures was added to it."""

    signatures: list[SignatureCheck]
    pages_changed: bool  # what a page shows differs from the original revision (the export)
    revisions: int  # the original revision plus one per incremental update


def check_signatures(data: bytes) -> SignedFile:
    """Every signature in the PDF, in signing order, validated offline; and what the updates changed."""
    try:
        reader = PdfFileReader(BytesIO(data))
        signatures = reader.embedded_signatures
    except _READ_ERRORS as error:
        raise _unreadable(None, error) from None
    try:
        pages_changed = _pages_changed_since_first_revision(reader)
    except (
        *_READ_ERRORS,
        zlib.error,
        RecursionError,
    ):  # revisions that cannot be compared are not the export
        pages_changed = True
    return SignedFile(
        [_check(signature) for signature in signatures], pages_changed, reader.xrefs.total_revisions
    )


def _check(signature) -> SignatureCheck:
    try:
        certificate = signature.signer_cert
        signer = certificate.subject.native.get("common_name", certificate.subject.human_friendly)
    except Exception:  # a damaged certificate: the signature names nobody
        signer = "?"
    try:
        status = validate_pdf_signature(signature, ValidationContext(allow_fetching=False))
    except Exception:  # a damaged signature (its date, its certificate) is simply not valid
        return SignatureCheck(signer, False, False, False, True, None)
    return SignatureCheck(
        signer=signer,
        valid=bool(status.intact and status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=status.coverage.name == "ENTIRE_FILE",
        changed_after=status.modification_level not in _HARMLESS,
        signed_at=status.signer_reported_dt,
    )


# What a signature's revision may add to the document catalog; anything else changes the document.
_SIGNATURE_CATALOG_KEYS = {"/AcroForm", "/DSS", "/Perms", "/Extensions", "/Version"}
# What a page is drawn from; a signature may add widgets to /Annots, and nothing more.
_PAGE_APPEARANCE_KEYS = ("/Contents", "/Resources", "/MediaBox", "/CropBox", "/Rotate", "/UserUnit", "/Group")


def _pages_changed_since_first_revision(reader: PdfFileReader) -> bool:
    """Whether a later revision changed what the pages show, compared with the first (the export).

    pyHanko's own difference analysis looks only at what comes after a signature; this also
    covers updates made before the first signature and inside a signature's own revision.
    """
    if reader.xrefs.total_revisions == 1:
        return False
    original = reader.get_historical_resolver(0)
    old_root, new_root = original.root, reader.root
    if set(new_root) - set(old_root) - _SIGNATURE_CATALOG_KEYS:
        return True
    for key in set(old_root) - {"/AcroForm", "/Pages"}:
        if key not in new_root or _plain(old_root[key]) != _plain(new_root[key]):
            return True
    old_pages, new_pages = _pages(old_root["/Pages"]), _pages(new_root["/Pages"])
    if len(old_pages) != len(new_pages):
        return True
    for old, new in zip(old_pages, new_pages, strict=True):
        if any(_plain(old.get(key)) != _plain(new.get(key)) for key in _PAGE_APPEARANCE_KEYS):
            return True
        old_annotations = {_plain(a) for a in _annotations(old)}
        if any(_plain(a) not in old_annotations and not _is_signature_widget(a) for a in _annotations(new)):
            return True
    return False


def _pages(node) -> list:
    node = node.get_object()
    if node.get("/Type") == "/Page":
        return [node]
    return [page for kid in node.get("/Kids", []) for page in _pages(kid)]


def _annotations(page) -> list:
    annotations = page.get("/Annots")
    return [a.get_object() for a in annotations.get_object()] if annotations is not None else []


def _is_signature_widget(annotation) -> bool:
    field = annotation
    while field is not None:
        if field.get("/FT") == "/Sig":
            return annotation.get("/Subtype") == "/Widget"
        parent = field.get("/Parent")
        field = parent.get_object() if parent is not None else None
    return False


def _plain(value, depth: int = 0):
    """A PDF object as plain, comparable Python values, references followed (streams by their data)."""
    if depth > 40:
        raise ValueError("nested too deeply")
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, generic.StreamObject):
        return ("stream", _plain(generic.DictionaryObject(value), depth + 1), bytes(value.data))
    if isinstance(value, dict):
        return tuple(
            sorted((str(k), _plain(v, depth + 1)) for k, v in value.items() if k not in ("/Parent", "/P"))
        )
    if isinstance(value, list):
        return tuple(_plain(v, depth + 1) for v in value)
    return repr(value)
