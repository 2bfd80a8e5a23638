"""Digital signatures on exported plans (PAdES, through pyHanko) and checking them afterwards.

pyHanko takes most of a second to import, so this module is imported only when signing or
checking signatures. Several people can sign the same file in turn: each signature is an
incremental update that leaves the earlier bytes, and so earlier signatures, intact.
"""

import logging
import os
import re
import stringprep
import zlib
from collections.abc import Callable
from dataclasses import dataclass
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
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext

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
    within_validity: bool = False  # signed while the certificate was valid
    certificate: str = "?"  # the start of the signer's certificate's SHA-256: tells two "Ingrid"s apart


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
_READ_ERRORS = (
    PdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    RecursionError,
    zlib.error,
)


def _unreadable(shown_as: Path | None, error: Exception) -> UnreadablePdfError:
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
    except _READ_ERRORS as error:
        raise _unreadable(shown_as, error) from None
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
        except _READ_ERRORS as error:
            raise _unreadable(shown_as, error) from None
        field = fields.SigFieldSpec(name, on_page=last_page, box=signature_box(existing))
    try:
        pdf_signer = signers.PdfSigner(metadata, signer, stamp_style=style, new_field_spec=field)
        return pdf_signer.sign_pdf(writer).getvalue()
    except (SigningError, PdfWriteError) as error:
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "The PDF could not be signed: {problem}"), problem=error
        ) from None
    except _READ_ERRORS as error:  # a structure that only breaks when the signature is added
        raise _unreadable(shown_as, error) from None


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
        fingerprint = certificate.sha256.hex()[:16]
    except Exception:  # a damaged certificate: the signature names nobody
        signer, fingerprint = "?", "?"
    try:
        status = validate_pdf_signature(signature, ValidationContext(allow_fetching=False))
    except Exception:  # a damaged signature (its date, its certificate) is simply not valid
        return SignatureCheck(signer, False, False, False, True, None, certificate=fingerprint)
    signed_at = status.signer_reported_dt
    return SignatureCheck(
        signer=signer,
        valid=bool(status.intact and status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=status.coverage.name == "ENTIRE_FILE",
        changed_after=status.modification_level not in _HARMLESS,
        signed_at=signed_at,
        within_validity=signed_at is not None and _within_validity(certificate, signed_at),
        certificate=fingerprint,
    )


def _within_validity(certificate, moment: datetime) -> bool:
    try:
        return certificate.not_valid_before <= moment <= certificate.not_valid_after
    except (TypeError, ValueError, AttributeError):  # a damaged certificate has no usable dates
        return False


# What a signature's revision may add to the document catalog; anything else changes the document.
_SIGNATURE_CATALOG_KEYS = {"/AcroForm", "/DSS", "/Extensions", "/Version"}
_VALIDATION_DATA_KEYS = {"/Type", "/Certs", "/OCSPs", "/CRLs", "/VRI"}
# What the form a signature adds may hold (no XFA, no appearances left to the viewer).
_SIGNATURE_FORM_KEYS = {"/Fields", "/SigFlags", "/DA", "/DR"}
# What a signer may bring up to date in the document information.
_SIGNER_INFO_KEYS = {"/ModDate", "/Producer"}
# What the XMP metadata must keep saying.
_XMP_FACTS = ("dc:title", "dc:description", "dc:creator", "pdf:Keywords", "pdfaid:part", "pdfaid:conformance")
_STAMP_TOLERANCE = 0.5  # points


def _pages_changed_since_first_revision(reader: PdfFileReader) -> bool:
    """Whether a later revision changed what the document shows or does, compared with the first
    (the export).

    pyHanko's own difference analysis looks only at what comes after a signature; this also
    covers updates made before the first signature and inside a signature's own revision. Each
    revision is compared with the export, so a change made and undone again is found too. A
    revision may only add a signature: the same catalog and pages, a signature form, and
    signature widgets that are invisible or sit in a box of the sign-off page's signature
    strip; the document information and its XMP copy may gain a new date and producer.
    """
    xrefs = reader.xrefs
    original = reader.get_historical_resolver(0)
    exported = {ref.idnum: ref for ref in xrefs.explicit_refs_in_revision(0)}
    pages = _page_refs(original.root.raw_get("/Pages"))
    last_page = pages[-1].idnum if pages else None
    info, metadata = _info_and_metadata(original)
    rewritten: set[int] = set()
    for revision in range(1, xrefs.total_revisions):
        if xrefs.refs_freed_in_revision(revision):
            return True
        rewritten |= {ref.idnum for ref in xrefs.explicit_refs_in_revision(revision)}
        state = reader.get_historical_resolver(revision)
        if state.root_ref.idnum != original.root_ref.idnum:
            return True  # a catalog of its own: a document of its own
        if _info_and_metadata(state)[0] != info:
            return True  # document information of its own (another title, say)
        for idnum in rewritten & exported.keys():
            ref = exported[idnum]
            old, new = original.get_object(ref), state.get_object(ref)
            if idnum == original.root_ref.idnum:
                changed = _catalog_changed(old, new)
            elif any(page.idnum == idnum for page in pages):
                changed = _page_changed(old, new, on_last_page=idnum == last_page)
            elif idnum == info:
                changed = _info_changed(old, new)
            elif idnum == metadata:
                changed = _xmp_facts(old) != _xmp_facts(new)
            else:
                changed = _shallow(old) != _shallow(new)
            if changed:
                return True
    return False


def _catalog_changed(old, new) -> bool:
    if set(new) - set(old) - _SIGNATURE_CATALOG_KEYS:
        return True
    if any(_raw(old, key) != _raw(new, key) for key in set(old) - {"/AcroForm"}):
        return True
    form = new.raw_get("/AcroForm").get_object() if "/AcroForm" in new else None
    if form is not None and set(form) - _SIGNATURE_FORM_KEYS:
        return True
    return "/DSS" in new and not _is_validation_data(new.raw_get("/DSS").get_object())


def _is_validation_data(store) -> bool:
    """A document security store (long-term validation) that holds certificates, OCSP responses
    and CRLs only, as streams: nothing a viewer would show or run."""
    if not isinstance(store, dict) or set(store) - _VALIDATION_DATA_KEYS:
        return False
    for key in ("/Certs", "/OCSPs", "/CRLs"):
        items = store.raw_get(key).get_object() if key in store else []
        if not isinstance(items, list):
            return False
        if not all(isinstance(item.get_object(), generic.StreamObject) for item in items):
            return False
    return True


def _page_changed(old, new, on_last_page: bool) -> bool:
    """A page may gain signature widgets in /Annots, and nothing else."""
    if {key for key in set(old) | set(new) if key != "/Annots" and _raw(old, key) != _raw(new, key)}:
        return True
    old_annotations = {_shallow(a) for a in _annotation_refs(old)}
    added = [a for a in _annotation_refs(new) if _shallow(a) not in old_annotations]
    return not all(_is_signature_stamp(a.get_object(), on_last_page) for a in added)


def _is_signature_stamp(annotation, on_last_page: bool) -> bool:
    """A signed signature's widget, without actions, invisible or in a box of the signature strip."""
    if annotation.get("/Subtype") != "/Widget" or "/A" in annotation or "/AA" in annotation:
        return False
    field = _signature_field(annotation)
    if field is None or "/V" not in field:  # an empty signature field can show anything
        return False
    x1, y1, x2, y2 = (float(v) for v in annotation.get("/Rect", (0, 0, 0, 0)))
    if abs(x2 - x1) < _STAMP_TOLERANCE or abs(y2 - y1) < _STAMP_TOLERANCE:
        return True  # invisible
    boxes = [signature_box(slot) for slot in range(SIGNATURE_SLOTS)]
    found = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
    return on_last_page and any(
        all(abs(a - b) <= _STAMP_TOLERANCE for a, b in zip(box, found, strict=True)) for box in boxes
    )


def _signature_field(annotation):
    field = annotation
    for _ in range(40):
        if field is None:
            return None
        if field.get("/FT") == "/Sig":
            return field
        parent = field.get("/Parent")
        field = parent.get_object() if parent is not None else None
    return None


def _info_changed(old, new) -> bool:
    keys = (set(old) | set(new)) - _SIGNER_INFO_KEYS
    return any(_raw(old, key) != _raw(new, key) for key in keys)


def _xmp_facts(stream) -> dict[str, str]:
    """What the XMP metadata says of the document, whether written as elements or as attributes."""
    text = bytes(stream.data).decode("utf-8", "replace")
    facts = {}
    for name in _XMP_FACTS:
        element = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}>", text, re.DOTALL)
        attribute = re.search(rf'{name}="([^"]*)"', text)
        value = element.group(1) if element else attribute.group(1) if attribute else ""
        facts[name] = re.sub(r"<[^>]+>|\s+", "", value)
    return facts


def _info_and_metadata(original) -> tuple[int | None, int | None]:
    """The object numbers of the export's document information and of its XMP metadata."""
    info = original.trailer_view.get_value_as_reference("/Info", optional=True)
    metadata = original.root.raw_get("/Metadata") if "/Metadata" in original.root else None
    metadata = metadata if isinstance(metadata, generic.IndirectObject) else None
    return (info.idnum if info is not None else None, metadata.idnum if metadata is not None else None)


def _page_refs(node, depth: int = 0) -> list:
    if depth > 40:
        raise ValueError("page tree nested too deeply")
    result = []
    for kid in node.get_object().raw_get("/Kids") if "/Kids" in node.get_object() else []:
        target = kid.get_object()
        result += [kid] if target.get("/Type") == "/Page" else _page_refs(kid, depth + 1)
    return result


def _raw(dictionary, key: str):
    """A dictionary's entry, compared as it is written (a reference is not followed)."""
    return _shallow(dictionary.raw_get(key)) if key in dictionary else None


def _annotation_refs(page) -> list:
    if "/Annots" not in page:
        return []
    annotations = page.raw_get("/Annots")
    return list(annotations.get_object() if isinstance(annotations, generic.IndirectObject) else annotations)


def _shallow(value, depth: int = 0):
    """A PDF object as plain, comparable Python values; references stay references (by number),
    so each rewritten object is compared on its own. Streams compare by their data."""
    if depth > 40:
        raise ValueError("nested too deeply")
    if isinstance(value, generic.IndirectObject):
        return ("ref", value.idnum, value.generation)
    if isinstance(value, generic.StreamObject):
        return ("stream", _shallow(generic.DictionaryObject(value), depth + 1), bytes(value.data))
    if isinstance(value, dict):
        return tuple(sorted((str(k), _shallow(value.raw_get(k), depth + 1)) for k in value))
    if isinstance(value, list):
        return tuple(_shallow(v, depth + 1) for v in value)
    return repr(value)


def document_keywords(data: bytes) -> str:
    """The keywords in the PDF's document information, or "" when it has none or cannot be read."""
    try:
        info = PdfFileReader(BytesIO(data)).trailer_view.get("/Info")
        keywords = info.get_object().get("/Keywords") if info is not None else None
    except (*_READ_ERRORS, zlib.error, RecursionError):
        return ""
    return str(keywords) if keywords is not None else ""
