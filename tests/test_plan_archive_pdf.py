"""The plan PDF as an archive record (PDF/A-2b, read with pikepdf) and as a readable document."""

import io
import re
from datetime import date, timedelta

import pikepdf
import pytest
from pypdf import PdfReader

from drempelkompas.documents.plan_files import export_plan, save_plan
from drempelkompas.domain.catalog import CATALOG_CONTEXT, LESSONS_BY_KEY, precondition_info
from drempelkompas.domain.enums import Level, Precondition
from drempelkompas.report.styles import MISSING_GLYPH
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, collaborations, plans
from drempelkompas.services.demo import fill_demo
from drempelkompas.services.plans import Signatory
from tests.certificates import personal, sign

NAME = "Één loket voor mantelzorgers"
XMP = {
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}


@pytest.fixture
def demo(db_path, qapp):
    fill_demo()
    collaboration_id = collaborations.find_collaboration(NAME)
    alderman = Signatory("Ingrid Jansen", "Wethouder", Level.ADMINISTRATIVE, date(2026, 11, 27))
    plans.sign_off(collaboration_id, [alderman])
    return collaboration_id


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    return i18n.Language(request.param)


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def xmp_value(pdf: pikepdf.Pdf, path: str) -> str:
    from xml.etree import ElementTree

    root = ElementTree.fromstring(pdf.Root.Metadata.read_bytes())
    found = root.find(f".//{path}", XMP)
    if found is not None:
        return "".join(found.itertext()).strip()
    prefix, name = path.split(":")  # RDF may also write a simple property as an attribute
    for description in root.iter(f"{{{XMP['rdf']}}}Description"):
        value = description.get(f"{{{XMP[prefix]}}}{name}")
        if value is not None:
            return value
    raise AssertionError(f"{path} is not in the XMP metadata")


def assert_pdf_a_2b(data: bytes, language_code: str) -> None:
    """What PDF/A-2b asks that can be checked without a validator (see the README)."""
    assert data.startswith(b"%PDF-1.7\n")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.check_pdf_syntax() == []  # qpdf's own structural check
        assert xmp_value(pdf, "pdfaid:part") == "2" and xmp_value(pdf, "pdfaid:conformance") == "B"
        assert "/Filter" not in pdf.Root.Metadata.stream_dict
        info = pdf.docinfo
        assert xmp_value(pdf, "dc:title") == str(info.Title)
        assert xmp_value(pdf, "dc:description") == str(info.Subject)
        assert xmp_value(pdf, "dc:language") == language_code == str(pdf.Root.Lang)
        assert xmp_value(pdf, "pdf:Keywords") == str(info.Keywords)
        created = str(info.CreationDate)  # D:20261201103000+00'00'
        assert (
            xmp_value(pdf, "xmp:CreateDate").replace("-", "").replace(":", "").replace("T", "")[:14]
            == (created[2:16])
        )
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        assert intent.DestOutputProfile.N == 3 and intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        tags = []
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descriptor = font.FontDescriptor
                assert "/FontFile2" in descriptor, font.BaseFont  # every font embedded
                tags.append(str(font.BaseFont).split("+")[0])
        assert all(re.fullmatch(r"/[A-Z]{6}", tag) for tag in tags)
        assert len({str(f.BaseFont) for p in pdf.pages for f in p.Resources.Font.values()}) == len(set(tags))
        assert "/Encrypt" not in pdf.trailer and "/JavaScript" not in pdf.Root.get("/Names", {})


def test_an_exported_version_is_pdf_a_2b(demo, language):
    assert_pdf_a_2b(export_plan(demo, 1, language), language.code)
    assert_pdf_a_2b(export_plan(demo, None, language), language.code)


def test_signing_keeps_it_pdf_a(demo, language, tmp_path):
    signed = sign(export_plan(demo, 1, language), personal(tmp_path / "me", "Ingrid Jansen"))
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        assert pdf.check_pdf_syntax() == []
        assert xmp_value(pdf, "pdfaid:part") == "2" and xmp_value(pdf, "pdfaid:conformance") == "B"
        assert len(pdf.Root.OutputIntents) == 1


def test_bookmarks_lead_to_every_section_and_precondition(demo, language):
    data = export_plan(demo, 1, language)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.Root.PageMode == "/UseOutlines"
        with pdf.open_outline() as outline:
            top = [item.title for item in outline.root]
            pages = {item.title: pikepdf.Page(item.destination[0]).index for item in outline.root}
    words = language.translate
    assert top[0].startswith(words("Report", "Action plan"))
    assert top[1:] == [
        words("Report", "Summary"),
        words("Report", "Progress over time"),
        words("Report", "Points of attention"),
        words("Report", "Commitment of the partners"),
        words("Report", "Contributions (closed purses)"),
        words("Report", "Drempelscan"),
        words("Report", "Phase gate"),
        *(words(CATALOG_CONTEXT, precondition_info(p).title) for p in Precondition),
        words("Report", "Lessons used"),
        words("Report", "Sign-off"),
    ]
    assert list(pages.values()) == sorted(pages.values())  # each points at its own page, in order
    assert pages[top[-1]] == len(PdfReader(io.BytesIO(data)).pages) - 1


def test_each_lesson_is_printed_once_and_each_barrier_names_its_lesson(demo):
    nl = i18n.Language("nl")
    text = pdf_text(export_plan(demo, 1, nl))
    snapshot = plans.version_snapshot(demo, 1)
    used = {b["lesson"]["key"] for b in snapshot["barriers"] if b["lesson"]}
    assert len(used) < len([b for b in snapshot["barriers"] if b["lesson"]])  # lessons are shared
    for key in used:
        lesson = LESSONS_BY_KEY[key]
        summary = nl.translate(CATALOG_CONTEXT, lesson.summary)
        assert text.count(re.sub(r"\s+", " ", summary)[:60]) == 1
    assert text.count("zie les ") == len([b for b in snapshot["barriers"] if b["lesson"]])


def test_barriers_are_listed_by_impact_then_due_date(db_path, qapp):
    collaboration = collaborations.create_collaboration("Volgorde")
    soon, later = date.today() + timedelta(days=10), date.today() + timedelta(days=40)
    barriers.add_barrier(collaboration, Precondition.FUNDING, "Laag", impact=1, due_date=soon)
    barriers.add_barrier(collaboration, Precondition.FUNDING, "Hoog zonder datum", impact=5)
    barriers.add_barrier(collaboration, Precondition.FUNDING, "Hoog later", impact=5, due_date=later)
    barriers.add_barrier(collaboration, Precondition.FUNDING, "Hoog eerst", impact=5, due_date=soon)
    text = pdf_text(export_plan(collaboration, None, i18n.Language("en")))
    positions = [
        text.index(f". {title}") for title in ("Hoog eerst", "Hoog later", "Hoog zonder datum", "Laag")
    ]
    assert positions == sorted(positions)


def test_missing_and_passed_due_dates_are_points_of_attention(db_path, qapp):
    collaboration = collaborations.create_collaboration("Deadlines")
    known = {"owner": "Karin", "next_action": "Bellen"}
    barriers.add_barrier(collaboration, Precondition.KNOWLEDGE, "Zonder deadline", **known)
    barriers.add_barrier(
        collaboration,
        Precondition.KNOWLEDGE,
        "Te laat",
        **known,
        due_date=date.today() - timedelta(days=3),
    )
    text = pdf_text(export_plan(collaboration, None, i18n.Language("en")))
    attention = text[text.index("Points of attention") :]
    assert "“Zonder deadline” has no due date." in attention
    assert "“Te laat” is overdue: it was due on" in attention


def test_a_draft_does_not_promise_verification(demo):
    text = pdf_text(export_plan(demo, None, i18n.Language("en")))
    assert "drempelkompas verify" not in text and "Fingerprint (SHA-256)" not in text
    assert "only a signed-off version can be checked afterwards" in text
    assert "DRAFT, NOT SIGNED OFF" in text


def test_the_chart_shows_its_values(demo):
    with pikepdf.open(io.BytesIO(export_plan(demo, 1, i18n.Language("en")))) as pdf:
        summary_page = pdf.pages[1]
        operators = pikepdf.parse_content_stream(summary_page)
    shown = [
        bytes(operands[0]).decode("latin-1")
        for operands, operator in operators
        if str(operator) == "Tj" and operands and isinstance(operands[0], pikepdf.String)
    ]
    counts = plans.version_snapshot(demo, 1)["summary"]
    highest = max(n for by_status in counts.values() for n in by_status.values())
    assert str(highest) in shown


def test_characters_the_fonts_lack_are_marked_and_reported(db_path, qapp, tmp_path):
    collaboration = collaborations.create_collaboration("Tekens")
    barriers.add_barrier(collaboration, Precondition.KNOWLEDGE, "Samenwerking met 中国 partners")
    exported = save_plan(tmp_path / "plan.pdf", collaboration, None, i18n.Language("nl"))
    assert set(exported.missing_characters) == {"中", "国"}
    text = pdf_text((tmp_path / "plan.pdf").read_bytes())
    assert f"Samenwerking met {MISSING_GLYPH}{MISSING_GLYPH} partners" in text


def test_a_re_export_stays_byte_identical(demo, language):
    assert export_plan(demo, 1, language) == export_plan(demo, 1, language)


def test_each_digital_signature_shows_a_stamp_on_the_sign_off_page(demo, tmp_path):
    from drempelkompas.documents.plan_files import sign_plan_file
    from drempelkompas.documents.signing import personal_certificate
    from drempelkompas.report.styles import SIGNATURE_SLOTS, signature_box
    from tests.certificates import PASSPHRASE

    p12 = personal_certificate(tmp_path / "me", "Fatima el Amrani", "Gemeente Zwolle", PASSPHRASE)
    current = tmp_path / "signed-0.pdf"
    save_plan(current, demo, 1, i18n.Language("nl"))
    for number in range(1, SIGNATURE_SLOTS + 2):  # one more than there are boxes
        signed = tmp_path / f"signed-{number}.pdf"
        sign_plan_file(current, signed, p12, PASSPHRASE, i18n.Language)
        current = signed
    with pikepdf.open(current) as pdf:
        last = pdf.pages[-1]
        widgets = [a for a in last.Annots if a.get("/FT") == "/Sig"]
        boxes = [tuple(round(float(v), 1) for v in w.Rect) for w in widgets]
        assert boxes[:SIGNATURE_SLOTS] == [
            tuple(round(v, 1) for v in signature_box(slot)) for slot in range(SIGNATURE_SLOTS)
        ]
        assert len(widgets) == SIGNATURE_SLOTS
        (invisible,) = [a for a in pdf.pages[0].get("/Annots", []) if a.get("/FT") == "/Sig"]
        assert float(invisible.Rect[2]) == 0  # no box was left for the seventh
        stamp = widgets[0].AP.N
        fonts = [
            font for xobject in stamp.Resources.XObject.values() for font in xobject.Resources.Font.values()
        ]
        assert fonts and all("/FontFile2" in font.FontDescriptor for font in fonts)  # still PDF/A
        assert xmp_value(pdf, "pdfaid:part") == "2"
    assert verify_pdf_ok(current)


def verify_pdf_ok(path) -> bool:
    from drempelkompas.documents.plan_files import verify_file

    return verify_file(path, i18n.Language).ok


def test_the_stamp_says_who_signed_for_which_organisation_and_when(qapp):
    from datetime import datetime

    from drempelkompas.report.stamp import signature_stamp

    data = signature_stamp(
        "Fatima el Amrani", "Gemeente Zwolle", datetime(2026, 12, 3, 14, 5), i18n.Language("nl")
    )
    text = pdf_text(data)
    assert "Digitaal ondertekend door" in text and "Fatima el Amrani" in text
    assert "Gemeente Zwolle" in text and "3 december 2026 14:05" in text


def test_a_draft_is_signed_without_a_stamp(demo, tmp_path):
    from drempelkompas.documents.plan_files import sign_plan_file
    from tests.certificates import PASSPHRASE

    draft, signed = tmp_path / "draft.pdf", tmp_path / "signed.pdf"
    save_plan(draft, demo, None, i18n.Language("nl"))
    sign_plan_file(draft, signed, personal(tmp_path / "me", "Fatima"), PASSPHRASE, i18n.Language)
    with pikepdf.open(signed) as pdf:
        (widget,) = [a for p in pdf.pages for a in p.get("/Annots", []) if a.get("/FT") == "/Sig"]
        assert float(widget.Rect[2]) - float(widget.Rect[0]) == 0  # invisible: the draft has no strip
