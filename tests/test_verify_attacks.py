"""`verify` attacked as a reviewer or a forger would: content slipped in around real signatures.

Before, a line such as "Besluit: budget van EUR 5 miljoen goedgekeurd" added to a page as an
incremental update and then signed with a self-made certificate verified as "unaltered".
"""

from datetime import date
from io import BytesIO

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from drempelkompas.documents.plan_files import (
    ALTERED,
    CHANGED_AFTER_SIGNATURE,
    PAGES_CHANGED,
    SIGNATURE_INVALID,
    UNALTERED,
    export_plan,
    save_plan,
    verify_pdf,
)
from drempelkompas.domain.enums import Level
from drempelkompas.runtime import i18n
from drempelkompas.services import collaborations, plans
from drempelkompas.services.demo import fill_demo
from tests.certificates import PASSPHRASE, personal, sign

DECISION = b"BT /F1 18 Tf 60 420 Td (Besluit: budget van EUR 5 miljoen goedgekeurd) Tj ET"


@pytest.fixture(params=["recorded", "unrecorded"])
def export(request, db_path, qapp, tmp_path):
    """The export of version 1: one this database recorded (recognised by its SHA-256), or one
    it has no record of (checked against a fresh rendering). Both must hold against every attack."""
    fill_demo()
    collaboration_id = collaborations.find_collaboration("Één loket voor mantelzorgers")
    signatory = plans.Signatory("Ingrid Jansen", "Wethouder", Level.ADMINISTRATIVE, date.today())
    plans.sign_off(collaboration_id, [signatory])
    if request.param == "unrecorded":
        return export_plan(collaboration_id, 1, i18n.Language("nl"))
    save_plan(tmp_path / "v1.pdf", collaboration_id, 1, i18n.Language("nl"))
    return (tmp_path / "v1.pdf").read_bytes()


@pytest.fixture
def certificate(tmp_path):
    return personal(tmp_path / "forger", "Vervalser")


def with_decision(writer: IncrementalPdfFileWriter) -> None:
    """Adds a line of text to the first page's content."""
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    contents = page["/Contents"]
    added = writer.add_object(generic.StreamObject(stream_data=DECISION))
    existing = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    page["/Contents"] = generic.ArrayObject([*existing, added])
    writer.update_container(page)


def updated(data: bytes, change) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(data))
    change(writer)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def verdict(data: bytes):
    result = verify_pdf(data, i18n.Language)
    return result.ok, result.outcome, result.number


def test_a_genuinely_signed_export_verifies(export, certificate, tmp_path):
    twice = sign(sign(export, certificate), personal(tmp_path / "b", "Peter"))
    assert verdict(twice) == (True, UNALTERED, None)


def test_a_line_added_then_signed_is_altered(export, certificate):
    forged = sign(updated(export, with_decision), certificate)
    assert verdict(forged) == (False, PAGES_CHANGED, None)


def test_a_line_added_between_two_signatures_is_altered(export, certificate, tmp_path):
    first = sign(export, personal(tmp_path / "ingrid", "Ingrid Jansen"))
    forged = sign(updated(first, with_decision), certificate)
    assert verdict(forged)[:2] == (False, PAGES_CHANGED)


def test_a_line_slipped_into_the_signatures_own_revision_is_altered(export, certificate):
    writer = IncrementalPdfFileWriter(BytesIO(export))
    with_decision(writer)
    signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(certificate), passphrase=PASSPHRASE)
    metadata = signers.PdfSignatureMetadata(field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES)
    forged = signers.sign_pdf(writer, metadata, signer=signer).getvalue()
    assert verdict(forged) == (False, PAGES_CHANGED, None)


def test_an_annotation_drawn_over_a_page_is_altered(export, certificate):
    def annotate(writer):
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        note = generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
                generic.NameObject("/Rect"): generic.ArrayObject(
                    [generic.NumberObject(n) for n in (50, 400, 500, 440)]
                ),
                generic.NameObject("/Contents"): generic.TextStringObject("Besluit: goedgekeurd"),
            }
        )
        page["/Annots"] = generic.ArrayObject([writer.add_object(note)])
        writer.update_container(page)

    forged = sign(updated(export, annotate), certificate)
    assert verdict(forged) == (False, PAGES_CHANGED, None)


def test_an_update_that_is_no_signature_is_altered(export, certificate):
    def retitle(writer):
        writer.set_info(
            generic.DictionaryObject({generic.NameObject("/Title"): generic.TextStringObject("Iets anders")})
        )

    # The title a viewer shows changed: that alone makes it another document.
    assert verdict(sign(updated(export, retitle), certificate))[:2] == (False, PAGES_CHANGED)


def test_one_changed_byte_at_the_end_of_a_twice_signed_file_is_altered(export, certificate, tmp_path):
    twice = bytearray(sign(sign(export, certificate), personal(tmp_path / "b", "Peter")))
    start = twice.rindex(b"/Contents <") + len(b"/Contents <") + 40  # inside signature 2's own bytes
    twice[start] = ord("0") if twice[start] != ord("0") else ord("1")
    ok, outcome, _ = verdict(bytes(twice))
    assert not ok and outcome in (ALTERED, SIGNATURE_INVALID, CHANGED_AFTER_SIGNATURE)


@pytest.mark.parametrize("where", ["date", "certificate"])
def test_a_damaged_signature_gives_a_verdict_not_an_error(export, certificate, where):
    signed = bytearray(sign(export, certificate))
    if where == "date":
        position = (
            signed.index(b"/M (D") + len(b"/M (D") + 6
        )  # a digit of the year (':' is written as an octal escape)
        signed[position] = ord("X")
    else:
        position = signed.index(b"/Contents <") + 400  # inside the certificate in the signature's CMS data
        signed[position] = ord("f") if signed[position] != ord("f") else ord("0")
    ok, _, _ = verdict(bytes(signed))
    assert not ok


# -- forged inside a signature's own revision, or after a genuine signature -----------------------
# Found by attacking the verifier: each of these verified as unaltered before.


def name(text: str) -> generic.NameObject:
    return generic.NameObject(text)


def script(code: str) -> generic.DictionaryObject:
    return generic.DictionaryObject(
        {name("/S"): name("/JavaScript"), name("/JS"): generic.TextStringObject(code)}
    )


def first_page(writer):
    reference = writer.root["/Pages"]["/Kids"][0]
    return reference, reference.get_object()


def new_catalog(writer):
    """A catalog and page tree of its own, whose first page carries the forged decision."""
    old_root, old_pages = writer.root, writer.root["/Pages"]
    _, page = first_page(writer)
    pages = generic.DictionaryObject({name("/Type"): name("/Pages"), name("/Count"): old_pages["/Count"]})
    pages_ref = writer.add_object(pages)
    forged = generic.DictionaryObject({key: page.raw_get(key) for key in page})
    decision = writer.add_object(generic.StreamObject(stream_data=DECISION))
    forged[name("/Contents")] = generic.ArrayObject([page.raw_get("/Contents"), decision])
    forged[name("/Parent")] = pages_ref
    pages[name("/Kids")] = generic.ArrayObject(
        [writer.add_object(forged), *list(old_pages.raw_get("/Kids"))[1:]]
    )
    catalog = generic.DictionaryObject({key: old_root.raw_get(key) for key in old_root})
    catalog[name("/Pages")] = pages_ref
    writer._root = writer.add_object(catalog)


def page_script(writer):
    _, page = first_page(writer)
    page[name("/AA")] = generic.DictionaryObject({name("/O"): script("app.alert('pwned')")})
    writer.update_container(page)


def page_trim_box(writer):
    _, page = first_page(writer)
    page[name("/TrimBox")] = generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 100, 100)])
    writer.update_container(page)


def form_with_xfa(writer):
    xfa = writer.add_object(
        generic.StreamObject(stream_data=b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'/>")
    )
    writer.root[name("/AcroForm")] = generic.DictionaryObject(
        {
            name("/Fields"): generic.ArrayObject(),
            name("/XFA"): xfa,
            name("/NeedAppearances"): generic.BooleanObject(True),
        }
    )
    writer.update_root()


def script_in_the_security_store(writer):
    writer.root[name("/DSS")] = generic.DictionaryObject({name("/JS"): script("x")})
    writer.update_root()


def new_title(writer):
    info = writer.trailer["/Info"]
    info[name("/Title")] = generic.TextStringObject("Een heel ander plan")
    writer.update_container(info)


def empty_signature_widget(writer, rect=(0, 0, 595, 842), **extra):
    """An unsigned signature field's widget that draws a white page with the forged decision."""
    page_ref, page = first_page(writer)
    appearance = generic.StreamObject(
        {
            name("/Type"): name("/XObject"),
            name("/Subtype"): name("/Form"),
            name("/BBox"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 595, 842)]),
            name("/Resources"): page.raw_get("/Resources"),
        },
        stream_data=b"1 1 1 rg 0 0 595 842 re f " + DECISION,
    )
    widget = generic.DictionaryObject(
        {
            name("/Type"): name("/Annot"),
            name("/Subtype"): name("/Widget"),
            name("/FT"): name("/Sig"),
            name("/T"): generic.TextStringObject("Decoy"),
            name("/Rect"): generic.ArrayObject([generic.NumberObject(n) for n in rect]),
            name("/P"): page_ref,
            name("/AP"): generic.DictionaryObject({name("/N"): writer.add_object(appearance)}),
            **extra,
        }
    )
    reference = writer.add_object(widget)
    existing = list(page.raw_get("/Annots")) if "/Annots" in page else []
    page[name("/Annots")] = generic.ArrayObject([*existing, reference])
    writer.update_container(page)
    if "/AcroForm" in writer.root:
        form = writer.root["/AcroForm"]
        form["/Fields"].append(reference)
        writer.update_container(form)
    else:
        writer.root[name("/AcroForm")] = generic.DictionaryObject(
            {name("/Fields"): generic.ArrayObject([reference])}
        )
        writer.update_root()


def widget_with_script(writer):
    empty_signature_widget(
        writer, rect=(0, 0, 0, 0), **{name("/AA"): generic.DictionaryObject({name("/PO"): script("x")})}
    )


FORGERIES = {
    "a catalog of its own": new_catalog,
    "a page script": page_script,
    "a page box": page_trim_box,
    "an XFA form": form_with_xfa,
    "a script in the security store": script_in_the_security_store,
    "another title": new_title,
    "a page-sized signature widget": empty_signature_widget,
    "a signature widget with a script": widget_with_script,
}


def signed_with(data: bytes, change, certificate) -> bytes:
    """Signed with `certificate`, `change` made in the signature's own revision."""
    writer = IncrementalPdfFileWriter(BytesIO(data))
    change(writer)
    signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(certificate), passphrase=PASSPHRASE)
    metadata = signers.PdfSignatureMetadata(field_name="Forged", subfilter=fields.SigSeedSubFilter.PADES)
    return signers.sign_pdf(writer, metadata, signer=signer).getvalue()


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forgery_inside_the_first_signature_is_altered(export, certificate, forgery):
    result = verify_pdf(signed_with(export, FORGERIES[forgery], certificate), i18n.Language)
    assert not result.ok and result.outcome == PAGES_CHANGED


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forgery_after_a_genuine_signature_is_altered(export, certificate, forgery, tmp_path):
    genuine = sign(export, personal(tmp_path / "ingrid", "Ingrid Jansen"))
    assert verify_pdf(genuine, i18n.Language).ok
    result = verify_pdf(signed_with(genuine, FORGERIES[forgery], certificate), i18n.Language)
    assert not result.ok and result.outcome == PAGES_CHANGED
