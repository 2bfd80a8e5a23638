"""Checking the digital signatures on a plan PDF, and that nothing but signatures was added after
the export: every revision compared with the export, object by object.
"""

import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from drempelkompas.documents.signing import READ_ERRORS, unreadable
from drempelkompas.report.styles import SIGNATURE_SLOTS, signature_box

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
    except READ_ERRORS as error:
        raise unreadable(None, error) from None
    try:
        pages_changed = _pages_changed_since_first_revision(reader)
    except (
        *READ_ERRORS,
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
    except (*READ_ERRORS, zlib.error, RecursionError):
        return ""
    return str(keywords) if keywords is not None else ""
