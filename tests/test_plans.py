"""Action plans: the draft, sign-off into frozen versions, the PDF, and verifying it afterwards."""

import copy
import io
import os
import re
import shutil
import subprocess
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from drempelkompas.documents.plan_files import UNALTERED, export_plan, verify_pdf
from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.domain.errors import ValidationError
from drempelkompas.domain.plan import is_well_formed
from drempelkompas.report.plan_pdf import render_plan
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, collaborations, plans
from drempelkompas.services.demo import fill_demo
from drempelkompas.services.plans import Signatory
from drempelkompas.services.validation import TEXT_LIMIT, TITLE_LIMIT
from tests.certificates import personal, sign
from tests.sizes import examples

pytestmark = pytest.mark.both_backends

NAME = "Één loket voor mantelzorgers"
SIGNATORIES = [
    Signatory("Ingrid Jansen", "Wethouder Zorg", Level.ADMINISTRATIVE, date(2026, 11, 27)),
    Signatory("Peter van Dijk", "Programmamanager", Level.MANAGEMENT, date(2026, 11, 28)),
]


@pytest.fixture(scope="module")
def nl(qapp_module):
    return i18n.Language("nl")


@pytest.fixture(scope="module")
def en(qapp_module):
    return i18n.Language("en")


@pytest.fixture(scope="module")
def qapp_module():
    return i18n.ensure_core_application()


@pytest.fixture
def demo(db_path):
    fill_demo()
    return collaborations.find_collaboration(NAME)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def test_the_draft_lists_every_open_barrier_once_with_its_lesson(demo, nl):
    board = barriers.board(demo)
    cards = [card for column in board.values() for card in column]
    text = pdf_text(export_plan(demo, None, nl))
    for card in cards:
        if card.status is Status.OVERCOME:
            assert card.title not in text
        else:
            assert text.count(card.title) >= 1
    assert "Haal vanaf het begin kennis van buiten binnen" in text  # a suggested lesson, in Dutch
    assert "Les (voorgesteld door de methode)" in text
    snapshot = plans.draft(demo)
    assert len(snapshot["barriers"]) == sum(1 for card in cards if card.status is not Status.OVERCOME)
    assert all(barrier["lesson"] for barrier in snapshot["barriers"])
    assert snapshot["summary"]["knowledge"] == {"open": 0, "in_progress": 1, "overcome": 1}


def test_gaps_are_flagged_but_do_not_block_sign_off(demo):
    kinds = {gap["kind"] for gap in plans.draft(demo)["gaps"]}
    assert {"no_owner", "no_next_action", "no_administrative_signatory", "no_administrative_owner"} <= kinds
    version = plans.sign_off(demo, SIGNATORIES[1:])
    assert version.number == 1
    assert any(g["kind"] == "no_administrative_signatory" for g in plans.version_snapshot(demo, 1)["gaps"])


def test_sign_off_freezes_a_version_and_later_edits_mark_it_out_of_date(demo):
    first = plans.sign_off(demo, SIGNATORIES)
    frozen = plans.version_snapshot(demo, 1)
    assert (first.number, first.out_of_date, first.signatories) == (
        1,
        False,
        ("Ingrid Jansen", "Peter van Dijk"),
    )
    card = barriers.board(demo)[Precondition.FUNDING][0]
    barriers.update_barrier(card.id, title="Nieuwe titel na vaststelling")
    assert plans.version_snapshot(demo, 1) == frozen
    assert plans.versions(demo)[0].out_of_date
    second = plans.sign_off(demo, SIGNATORIES)
    assert second.number == 2 and not second.out_of_date
    assert [v.number for v in plans.versions(demo)] == [1, 2]


def test_sign_off_needs_a_named_signatory(demo):
    with pytest.raises(ValidationError):
        plans.sign_off(demo, [])
    with pytest.raises(ValidationError):
        plans.sign_off(demo, [Signatory("  ", "x", Level.MANAGEMENT, date.today())])
    assert plans.versions(demo) == []


def test_dutch_and_english_fixed_texts_and_metadata(demo, nl, en):
    plans.sign_off(demo, SIGNATORIES)
    dutch, english = export_plan(demo, 1, nl), export_plan(demo, 1, en)
    dutch_text, english_text = pdf_text(dutch), pdf_text(english)
    for text in (
        "Actieplan",
        "Samenvatting",
        "Vaststelling",
        "Pagina 1 van",
        "Handtekening",
        "27 november 2026",
    ):
        assert text in dutch_text
    for text in ("Action plan", "Summary", "Sign-off", "Page 1 of", "Signature", "27 November 2026"):
        assert text in english_text
    assert "CONCEPT" not in dutch_text
    fingerprint = plans.versions(demo)[0].fingerprint
    assert fingerprint in dutch_text.replace(" ", "") or (
        fingerprint[:32] in dutch_text and fingerprint[32:] in dutch_text
    )
    metadata = PdfReader(io.BytesIO(dutch)).metadata
    assert metadata.title == f"Actieplan — {NAME}"
    assert f"fingerprint={fingerprint}" in metadata["/Keywords"]


def test_a_draft_says_so_on_every_page(demo, en):
    reader = PdfReader(io.BytesIO(export_plan(demo, None, en)))
    assert all("DRAFT, NOT SIGNED OFF" in page.extract_text() for page in reader.pages)


def test_fonts_are_embedded_and_dutch_letters_print(demo, nl):
    collaborations.update_collaboration(demo, ambition="Ĳsselmonde, € 1.250, „aanhalingstekens” en café")
    data = export_plan(demo, None, nl)
    reader = PdfReader(io.BytesIO(data))
    fonts = {}  # every font a page actually sets (Tf), and whether the file embeds it
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")
        for resource_name in set(re.findall(r"(/F\d+(?:\+\d+)?) [\d.]+ Tf", content)):
            font = page["/Resources"]["/Font"][resource_name].get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[font["/BaseFont"]] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name for name in fonts)
    assert "Ĳsselmonde, € 1.250, „aanhalingstekens” en café" in pdf_text(data)


def test_re_export_is_byte_identical(demo, nl):
    plans.sign_off(demo, SIGNATORIES)
    assert export_plan(demo, 1, nl) == export_plan(demo, 1, nl)


def test_the_pdf_is_dated_at_its_sign_off_whatever_the_environment_says(demo, nl, monkeypatch):
    version = plans.sign_off(demo, SIGNATORIES)
    first = export_plan(demo, 1, nl)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    environment = dict(os.environ)
    assert export_plan(demo, 1, nl) == first
    assert dict(os.environ) == environment  # rendering changes nothing outside itself
    signed_off = version.signed_off_at.strftime("%Y%m%d")
    assert f"/CreationDate (D:{signed_off}".encode() in first


def test_verify_accepts_the_export_and_rejects_any_changed_byte(demo, nl):
    plans.sign_off(demo, SIGNATORIES)
    data = export_plan(demo, 1, nl)
    result = verify_pdf(data, i18n.Language)
    assert (result.ok, result.outcome, result.collaboration, result.version) == (True, UNALTERED, NAME, 1)
    for position in (100, len(data) // 2, len(data) - 10):
        changed = bytearray(data)
        changed[position] ^= 0x01
        assert not verify_pdf(bytes(changed), i18n.Language).ok
    assert not verify_pdf(export_plan(demo, None, nl), i18n.Language).ok  # a draft is no signed-off version
    assert not verify_pdf(b"%PDF-1.4 not ours", i18n.Language).ok


HOSTILE = [
    "R&D < 5",
    "<b>vet</b>",
    "<font size=40>groot</font>",
    '<img src="/etc/hostname"/>',
    "a <b",
    "&amp;",
]


@pytest.mark.long
@settings(**examples(25, 200, HealthCheck.function_scoped_fixture))
@given(
    title=st.sampled_from(HOSTILE) | st.text(min_size=1, max_size=60).filter(lambda t: t.strip()),
    description=st.text(max_size=200),
)
def test_hostile_text_is_printed_literally(db_path, en, title, description):
    from drempelkompas.domain.errors import DrempelError

    snapshot = plans_snapshot_template()
    snapshot["barriers"][0].update(title=title, description=description)
    snapshot["collaboration"]["name"] = title
    try:
        data = render_plan(snapshot, en)
    except DrempelError:
        pytest.fail("a text made the PDF fail")
    text = pdf_text(data)
    if title in HOSTILE:
        assert title in text
    assert b"/etc/hostname" not in data or title == HOSTILE[3]


@pytest.mark.parametrize("title", HOSTILE)
def test_each_hostile_title_is_printed_literally(db_path, en, title):
    """Every one of HOSTILE for certain: the default run's few examples need not draw them all."""
    test_hostile_text_is_printed_literally.hypothesis.inner_test(db_path, en, title, description="")


def plans_snapshot_template() -> dict:
    """A one-barrier plan, built once through the services."""
    if not _TEMPLATE:
        collaboration = collaborations.create_collaboration("Sjabloon")
        barriers.add_barrier(collaboration, "knowledge", "x", owner="o", next_action="a")
        _TEMPLATE.append(plans.draft(collaboration))
    return copy.deepcopy(_TEMPLATE[0])


_TEMPLATE: list[dict] = []


@pytest.mark.timeout(120)
def test_texts_at_the_field_limits_lay_out_without_error(demo, nl):
    long_words = "ab" * (TEXT_LIMIT // 2)  # one word that fits no line
    barriers.add_barrier(
        demo,
        "funding",
        "T" * TITLE_LIMIT,
        description=long_words,
        next_action=("Actie. " * 3000)[:TEXT_LIMIT],
        owner="O" * TITLE_LIMIT,
    )
    plans.sign_off(
        demo, [Signatory("N" * TITLE_LIMIT, "R" * TITLE_LIMIT, Level.ADMINISTRATIVE, date.today())]
    )
    data = export_plan(demo, 1, nl)
    assert len(PdfReader(io.BytesIO(data)).pages) > 8


def test_signed_copies_validate_with_pyhanko_and_pdfsig(demo, nl, tmp_path):
    from drempelkompas.documents.signature_checks import check_signatures
    from drempelkompas.documents.signing import PERSONAL_CERTIFICATE

    plans.sign_off(demo, SIGNATORIES)
    data = export_plan(demo, 1, nl)
    once = sign(data, personal(tmp_path / "ingrid", "Ingrid Jansen"))
    twice = sign(once, personal(tmp_path / "peter", "Peter van Dijk"))
    assert oct((tmp_path / "ingrid" / PERSONAL_CERTIFICATE).stat().st_mode & 0o777) == "0o600"
    checks = check_signatures(twice).signatures
    assert [(c.signer, c.valid, c.changed_after) for c in checks] == [
        ("Ingrid Jansen", True, False),
        ("Peter van Dijk", True, False),
    ]
    result = verify_pdf(twice, i18n.Language)
    assert result.ok and len(result.signatures) == 2

    pdfsig = shutil.which("pdfsig")
    assert pdfsig, "poppler-utils (pdfsig) is needed: .ci/run installs it"
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(twice)
    output = subprocess.run([pdfsig, str(signed)], capture_output=True, text=True).stdout
    assert output.count("Signature Validation: Signature is Valid.") == 2, output
    assert "Ingrid Jansen" in output and "Peter van Dijk" in output

    tampered = bytearray(twice)
    tampered[len(data) // 2] ^= 0x01
    signed.write_bytes(bytes(tampered))
    output = subprocess.run([pdfsig, str(signed)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." not in output
    assert not verify_pdf(bytes(tampered), i18n.Language).ok
    assert not check_signatures(bytes(tampered)).signatures[0].valid


def test_a_version_shows_progress_over_time_and_what_changed_since_the_previous(demo, en):
    first = plans.sign_off(demo, SIGNATORIES)
    assert plans.version_snapshot(demo, first.number)["since_previous"] is None
    cards = [
        card
        for column in barriers.board(demo).values()
        for card in column
        if card.status is not Status.OVERCOME
    ]
    overcome, removed = cards[0], cards[1]
    barriers.set_status(overcome.id, Status.OVERCOME)
    barriers.delete_barrier(removed.id)
    barriers.add_barrier(demo, Precondition.FUNDING, "Nieuw budgetgat")
    second = plans.sign_off(demo, SIGNATORIES)
    snapshot = plans.version_snapshot(demo, second.number)
    since = snapshot["since_previous"]
    assert (since["version"], since["overcome"], since["removed"], since["new"]) == (
        1,
        [overcome.title],
        [removed.title],
        ["Nieuw budgetgat"],
    )
    assert sum(since["open_before"].values()) == sum(since["open_now"].values()) + 1
    assert snapshot["timeline"]["months"][-1] == date.today().isoformat()[:7]
    assert is_well_formed(snapshot)
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(export_plan(demo, 2, en))).pages
    )
    assert "Progress over time" in text and "Since version 1" in text
    assert f"Overcome (1): “{overcome.title}”" in text and "New (1): “Nieuw budgetgat”" in text


def test_snapshots_of_every_format_are_read_and_a_half_one_is_refused(demo):
    plans.sign_off(demo, SIGNATORIES)
    snapshot = plans.version_snapshot(demo, 1)
    older = {
        key: value for key, value in snapshot.items() if key not in ("timeline", "since_previous", "method")
    }
    assert is_well_formed(older | {"format_version": 2})
    assert not is_well_formed(older)  # format 4 without its progress and method
    third = {key: value for key, value in snapshot.items() if key != "method"}
    assert is_well_formed(third | {"format_version": 3})
    assert not is_well_formed(third)  # format 4 without the method's tools
    assert not is_well_formed(snapshot | {"format_version": 3})
    assert not is_well_formed(snapshot | {"format_version": 2})  # format 2 with keys it never had
    assert not is_well_formed(snapshot | {"since_previous": {"version": 1}})
