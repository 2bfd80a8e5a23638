"""Plan PDFs as records: verified whatever app version made them, the version's state named,
withdrawal, certificates inside their validity only, a protected personal certificate."""

import io
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pypdf import PdfReader, PdfWriter

from drempelkompas.documents import plan_files
from drempelkompas.documents.plan_files import (
    ALTERED,
    NOT_A_PDF,
    OUTSIDE_VALIDITY,
    UNALTERED,
    export_plan,
    save_plan,
    verify_file,
    verify_pdf,
)
from drempelkompas.documents.signing import PERSONAL_CERTIFICATE, personal_certificate, sign_pdf
from drempelkompas.domain.enums import Level, Precondition
from drempelkompas.domain.errors import DrempelError, ValidationError
from drempelkompas.report import plan_pdf
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, collaborations, plans
from drempelkompas.services.demo import fill_demo
from drempelkompas.services.plans import Signatory
from drempelkompas.storage.models import PlanExport
from tests.certificates import PASSPHRASE, days_from_now, personal, sign, valid_between

pytestmark = pytest.mark.both_backends

NAME = "Één loket voor mantelzorgers"
ALDERMAN = Signatory("Ingrid Jansen", "Wethouder Zorg", Level.ADMINISTRATIVE, date(2026, 11, 27))


@pytest.fixture
def demo(db_path, qapp):
    fill_demo()
    collaboration_id = collaborations.find_collaboration(NAME)
    plans.sign_off(collaboration_id, [ALDERMAN])
    return collaboration_id


@pytest.fixture
def nl(qapp):
    return i18n.Language("nl")


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def verified(path) -> plan_files.Verification:
    return verify_file(path, i18n.Language)


def state_lines(result) -> str:
    return " | ".join(result.state_lines(lambda context, text: text, date.isoformat))


def test_an_export_verifies_after_an_app_update_that_renders_differently(demo, nl, tmp_path, monkeypatch):
    exported = tmp_path / "v1.pdf"
    save_plan(exported, demo, 1, nl)
    monkeypatch.setattr(plan_pdf, "__version__", "99.0")  # the next version writes its own number
    assert export_plan(demo, 1, nl) != exported.read_bytes()
    result = verified(exported)
    assert (result.ok, result.outcome, result.version) == (True, UNALTERED, 1)
    # Without the record only a fresh rendering is left, and that differs now.
    PlanExport.delete().execute()
    assert verified(exported).outcome == ALTERED


def test_a_signed_export_verifies_after_an_app_update(demo, nl, tmp_path, monkeypatch):
    exported = tmp_path / "v1.pdf"
    save_plan(exported, demo, 1, nl)
    signed = sign(exported.read_bytes(), personal(tmp_path / "me", "Ingrid Jansen"))
    monkeypatch.setattr(plan_pdf, "__version__", "99.0")
    result = verify_pdf(signed, i18n.Language)
    assert (result.ok, result.outcome, len(result.signatures)) == (True, UNALTERED, 1)


def test_a_lossless_resave_by_another_program_is_named_as_such(demo, nl, tmp_path):
    exported = tmp_path / "v1.pdf"
    save_plan(exported, demo, 1, nl)
    writer = PdfWriter(clone_from=str(exported))
    buffer = io.BytesIO()
    writer.write(buffer)
    result = verify_pdf(buffer.getvalue(), i18n.Language)
    assert (result.ok, result.outcome, result.version) == (False, ALTERED, 1)
    assert "rewritten by another program" in result.outcome


def test_what_is_not_a_pdf_is_named_so(demo):
    assert verify_pdf(b"PK\x03\x04 a zip file", i18n.Language).outcome == NOT_A_PDF


def test_a_superseded_version_says_which_version_replaced_it(demo, nl, tmp_path):
    save_plan(tmp_path / "v1.pdf", demo, 1, nl)
    barriers.add_barrier(demo, Precondition.FUNDING, "Nieuwe subsidie nodig")
    plans.sign_off(demo, [ALDERMAN])
    save_plan(tmp_path / "v2.pdf", demo, 2, nl)
    old, new = verified(tmp_path / "v1.pdf"), verified(tmp_path / "v2.pdf")
    assert old.ok and f"Version 1 was superseded by version 2 of {date.today().year}-" in state_lines(old)
    assert new.ok and state_lines(new) == "Version 2 is the version in force."


def test_a_withdrawn_version_stays_verifiable_and_its_pdf_says_withdrawn(demo, nl, tmp_path):
    save_plan(tmp_path / "before.pdf", demo, 1, nl)
    with pytest.raises(ValidationError):
        plans.withdraw(demo, 1, "   ", "Peter van Dijk")
    plans.withdraw(demo, 1, "Begroting bleek onjuist", "Peter van Dijk")
    with pytest.raises(ValidationError):
        plans.withdraw(demo, 1, "Nog eens", "Peter van Dijk")
    before = verified(tmp_path / "before.pdf")
    assert (
        before.ok and "WITHDRAWN" in state_lines(before) and "Begroting bleek onjuist" in state_lines(before)
    )
    save_plan(tmp_path / "after.pdf", demo, 1, nl)
    data = (tmp_path / "after.pdf").read_bytes()
    for page in PdfReader(io.BytesIO(data)).pages:
        assert "INGETROKKEN" in page.extract_text()
    assert "Ingetrokken op" in pdf_text(data) and "Begroting bleek onjuist" in pdf_text(data)
    assert verified(tmp_path / "after.pdf").ok
    # A fresh rendering (no record) of the marked PDF verifies too.
    (tmp_path / "again.pdf").write_bytes(export_plan(demo, 1, nl))
    assert verified(tmp_path / "again.pdf").ok
    assert [v.number for v in plans.versions(demo)] == [1]  # listed still, never deleted


def test_after_withdrawal_the_same_plan_can_be_signed_off_again(demo):
    plans.withdraw(demo, 1, "Verkeerde ondertekenaar", "Peter van Dijk")
    assert plans.sign_off(demo, [ALDERMAN]).number == 2


def test_an_expired_or_not_yet_valid_certificate_is_refused_at_signing(demo, nl, tmp_path):
    data = export_plan(demo, 1, nl)
    expired = valid_between(tmp_path / "old.p12", "Oud", days_from_now(-400), days_from_now(-35))
    early = valid_between(tmp_path / "new.p12", "Nieuw", days_from_now(10), days_from_now(400))
    with pytest.raises(DrempelError, match="expired"):
        sign_pdf(data, expired, PASSPHRASE)
    with pytest.raises(DrempelError, match="not valid yet"):
        sign_pdf(data, early, PASSPHRASE)


def test_a_signature_made_outside_the_certificates_validity_does_not_verify(demo, nl, tmp_path):
    """A forger's tool signs with an expired certificate anyway; verify names it."""
    save_plan(tmp_path / "v1.pdf", demo, 1, nl)
    expired = valid_between(tmp_path / "old.p12", "Oud", days_from_now(-400), days_from_now(-35))
    signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(expired), passphrase=PASSPHRASE)
    writer = IncrementalPdfFileWriter(io.BytesIO((tmp_path / "v1.pdf").read_bytes()))
    metadata = signers.PdfSignatureMetadata(field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES)
    forged = signers.sign_pdf(writer, metadata, signer=signer).getvalue()
    result = verify_pdf(forged, i18n.Language)
    assert (result.ok, result.outcome, result.number) == (False, OUTSIDE_VALIDITY, 1)
    assert not result.signatures[0].within_validity


def test_the_personal_certificate_needs_its_passphrase_and_carries_the_name_given(demo, nl, tmp_path):
    folder = tmp_path / "signing"
    with pytest.raises(DrempelError, match="at least"):
        personal_certificate(folder, "Ingrid Jansen", "Gemeente Zwolle", b"kort")
    p12 = personal_certificate(folder, "Ingrid Jansen", "Gemeente Zwolle", PASSPHRASE)
    assert p12.name == PERSONAL_CERTIFICATE and oct(p12.stat().st_mode & 0o777) == "0o600"
    data = export_plan(demo, 1, nl)
    for wrong in (None, b"niet de juiste zin"):  # a copy of the folder alone cannot sign
        with pytest.raises(DrempelError, match="wrong password"):
            sign_pdf(data, p12, wrong)
    signed = sign_pdf(data, p12, PASSPHRASE)
    check = verify_pdf(signed, i18n.Language).signatures[0]
    assert check.signer == "Ingrid Jansen" and check.within_validity and not check.trusted
    certificate = signers.SimpleSigner.load_pkcs12(pfx_file=str(p12), passphrase=PASSPHRASE).signing_cert
    assert certificate.subject.native["organization_name"] == "Gemeente Zwolle"
    validity = certificate.not_valid_after - datetime.now(UTC)
    assert timedelta(days=365) < validity < timedelta(days=6 * 365)


def test_the_command_line_signs_with_a_personal_certificate_and_withdraws(run_cli, tmp_path):
    db = str(tmp_path / "cli.sqlite")
    assert run_cli("demo", "--db", db).returncode == 0
    signatory = "Ingrid Jansen|Wethouder|bestuurlijk"
    assert (
        run_cli("plan", "signoff", "--db", db, "--collaboration", NAME, "--signatory", signatory).returncode
        == 0
    )
    pdf, signed = tmp_path / "v1.pdf", tmp_path / "v1-signed.pdf"
    export = ("plan", "export", "--db", db, "--collaboration", NAME, "--version", "1", "-o", str(pdf))
    assert run_cli(*export).returncode == 0
    no_name = run_cli(
        "plan", "sign", str(pdf), "-o", str(signed), env={"DREMPELKOMPAS_P12_PASSWORD": "x" * 12}
    )
    assert no_name.returncode == 1 and "--name" in no_name.stderr and not signed.exists()
    no_passphrase = run_cli(
        "plan", "sign", str(pdf), "--name", "Ingrid Jansen", "-o", str(signed), stdin=subprocess.DEVNULL
    )
    assert no_passphrase.returncode == 1 and "DREMPELKOMPAS_P12_PASSWORD" in no_passphrase.stderr
    passphrase = {"DREMPELKOMPAS_P12_PASSWORD": PASSPHRASE.decode()}
    made = run_cli(
        "plan", "sign", str(pdf), "--name", "Ingrid Jansen", "--organisation", "Gemeente Zwolle",
        "-o", str(signed), env=passphrase,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    withdrawn = run_cli(
        "plan", "withdraw", "--db", db, "--collaboration", NAME, "--version", "1",
        "--reason", "Verkeerde cijfers", "--by", "Peter van Dijk", "--lang", "en",
    )  # fmt: skip
    assert withdrawn.returncode == 0, withdrawn.stderr
    result = run_cli("verify", str(signed), "--db", db, "--lang", "en")
    assert result.returncode == 0, result.stdout
    assert "WITHDRAWN" in result.stdout and "by Peter van Dijk: Verkeerde cijfers" in result.stdout
    assert (
        "Signature 1: Ingrid Jansen, " in result.stdout
        and "within the certificate's validity" in result.stdout
    )


def moment(year: int, month: int) -> datetime:
    return datetime(year, month, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "claimed"),
    [
        (
            datetime(2020, 1, 1, tzinfo=UTC),
            datetime(2021, 1, 1, tzinfo=UTC),
            datetime(2020, 6, 1, tzinfo=UTC),
        ),
        (
            datetime(2030, 1, 1, tzinfo=UTC),
            datetime(2031, 1, 1, tzinfo=UTC),
            datetime(2030, 6, 1, tzinfo=UTC),
        ),
    ],
    ids=["expired, backdated", "not yet valid, postdated"],
)
def test_a_signature_claiming_a_time_inside_the_validity_is_not_believed(
    demo, nl, tmp_path, monkeypatch, valid_from, valid_until, claimed
):
    """The time in a signature is what its signer wrote: before the sign-off or after now, it is false."""
    import pyhanko.sign.signers.pdf_signer as pdf_signer

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return claimed.astimezone(tz)

    save_plan(tmp_path / "v1.pdf", demo, 1, nl)
    p12 = valid_between(tmp_path / "forged.p12", "Ingrid Jansen", valid_from, valid_until)
    monkeypatch.setattr(pdf_signer, "datetime", Clock)
    signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(p12), passphrase=PASSPHRASE)
    writer = IncrementalPdfFileWriter(io.BytesIO((tmp_path / "v1.pdf").read_bytes()))
    metadata = signers.PdfSignatureMetadata(field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES)
    forged = signers.sign_pdf(writer, metadata, signer=signer).getvalue()
    monkeypatch.undo()
    result = verify_pdf(forged, i18n.Language)
    assert (result.ok, result.outcome, result.number) == (False, OUTSIDE_VALIDITY, 1)
    assert not result.signatures[0].within_validity


def test_a_name_a_certificate_cannot_carry_is_refused_when_it_is_made(tmp_path):
    """Found by attacking: with an emoji in the name every signature looked invalid."""
    for name in ("Ingrid 🚀 Jansen", "x" * 65):
        with pytest.raises(DrempelError):
            personal_certificate(tmp_path / "signing", name, "", PASSPHRASE)
    assert not (tmp_path / "signing" / PERSONAL_CERTIFICATE).exists()
    made = personal_certificate(tmp_path / "signing", "Ingrid Ja\u0308nsen", "中文", PASSPHRASE)  # NFD, CJK
    assert made.exists()


def test_verify_keeps_its_exit_code_when_its_output_is_cut_off(run_cli, tmp_path):
    db = tmp_path / "cli.sqlite"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    pdf = tmp_path / "not-a-plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    command = f"set -o pipefail; '{sys.executable}' -m drempelkompas verify '{pdf}' --db '{db}' | head -c 1"
    result = subprocess.run(["bash", "-c", command], capture_output=True, timeout=100)
    assert result.returncode == 1


def test_an_export_tells_how_far_it_is_and_a_cancelled_one_writes_and_records_nothing(demo, tmp_path):
    from drempelkompas.domain.errors import CancelledError
    from drempelkompas.domain.progress import cancelled

    target = tmp_path / "plan.pdf"
    reports = []

    def stop_at_once(done, total):
        reports.append((done, total))
        raise cancelled()

    with pytest.raises(CancelledError):
        save_plan(target, demo, 1, i18n.Language("en"), stop_at_once)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("drempelkompas.sqlite")] == []
    assert PlanExport.select().count() == 0
    assert len(reports) == 1 and reports[0][1] > 0

    seen = []
    save_plan(target, demo, 1, i18n.Language("en"), lambda done, total: seen.append((done, total)))
    assert verify_pdf(target.read_bytes(), i18n.Language).ok and PlanExport.select().count() == 1
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and seen[-1][0] == seen[-1][1]


def test_the_pdf_names_who_recorded_the_sign_off_and_still_verifies_by_rendering(db_path, qapp, nl, tmp_path):
    from drempelkompas.services import session

    if not session.is_shared():
        session.set_user_name("Anna de Vries")
    fill_demo()
    collaboration_id = collaborations.find_collaboration(NAME)
    plans.sign_off(collaboration_id, [ALDERMAN])
    exported = tmp_path / "v1.pdf"
    save_plan(exported, collaboration_id, 1, nl)
    assert f"in Drempelkompas vastgelegd door {session.actor()}" in pdf_text(exported.read_bytes())
    PlanExport.delete().execute()  # as on another laptop, which has only the version: rendered again
    assert verified(exported).outcome == UNALTERED
