"""Plan PDFs as files: export a version or the draft, sign it, and later verify an exported (or signed) file.

Verification re-renders the signed-off version that the file names and compares bytes: the
export is deterministic, so any altered byte shows. A digitally signed copy is the export plus
incremental updates; those are checked by validating the signatures (see `signing`).
The command line and the plan dialog both call these functions.
"""

import getpass
import re
from dataclasses import dataclass, field
from pathlib import Path

from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.report.plan_pdf import Language, render_plan
from drempelkompas.services import plans
from drempelkompas.storage.files import read_capped, write_atomically

MAX_PDF_BYTES = 100 * 1024 * 1024  # a plan with thousands of barriers is a few MB
_MARKER = re.compile(rb"drempelkompas-plan fingerprint=([0-9a-f]{64}) lang=([A-Za-z_]{2,12})")

# Verification outcomes; the texts are shown by the command line and the app.
UNALTERED = QT_TRANSLATE_NOOP("Verify", "unaltered export of a signed-off version")
NOT_A_PLAN = QT_TRANSLATE_NOOP("Verify", "not an action plan exported by Drempelkompas")
UNKNOWN_VERSION = QT_TRANSLATE_NOOP("Verify", "no signed-off version in this database has this fingerprint")
ALTERED = QT_TRANSLATE_NOOP("Verify", "ALTERED: the file differs from the signed-off version it names")
ALTERED_AFTER_SIGNING = QT_TRANSLATE_NOOP("Verify", "ALTERED: content was added after the last signature")
PAGES_CHANGED = QT_TRANSLATE_NOOP("Verify", "ALTERED: what the pages show was changed after the export")
UPDATED_OTHERWISE = QT_TRANSLATE_NOOP(
    "Verify", "ALTERED: the file was updated after the export by something other than a signature"
)
SIGNATURE_INVALID = QT_TRANSLATE_NOOP("Verify", "ALTERED: signature {number} does not match the file")
CHANGED_AFTER_SIGNATURE = QT_TRANSLATE_NOOP(
    "Verify", "ALTERED: something other than a signature was added after signature {number}"
)


@dataclass
class Verification:
    ok: bool
    outcome: str  # one of the texts above (English source; translate in context "Verify", then format)
    collaboration: str = ""
    version: int | None = None
    fingerprint: str = ""
    signatures: list = field(default_factory=list)  # signing.SignatureCheck, in signing order
    number: int | None = None  # the signature an outcome names

    def outcome_text(self, translate) -> str:
        """The outcome in words; `translate(context, text)` is the caller's translator."""
        return translate("Verify", self.outcome).format(number=self.number)


def export_plan(collaboration_id: int, version: int | None, language: Language) -> bytes:
    """The PDF of a signed-off version, or of the current draft when `version` is None."""
    if version is None:
        snapshot = plans.draft(collaboration_id)
    else:
        snapshot = plans.version_snapshot(collaboration_id, version)
    return render_plan(snapshot, language)


def save_plan(path: Path | str, collaboration_id: int, version: int | None, language: Language) -> None:
    """Writes the PDF of a version (or of the draft) to `path`, completely or not at all."""
    write_atomically(path, export_plan(collaboration_id, version, language))


def sign_plan_file(
    source: Path | str,
    target: Path | str,
    certificate: Path | None,
    personal_folder: Path,
    signer_name: str,
    passphrase: bytes | None = None,
) -> None:
    """Signs the PDF at `source` into `target`, with `certificate` (PKCS#12) or, when that is None,
    with the user's personal certificate in `personal_folder` (made on first use for `signer_name`)."""
    from drempelkompas.documents.signing import personal_certificate, sign_pdf  # pyHanko is slow to import

    data = read_capped(source, MAX_PDF_BYTES)
    p12 = certificate if certificate is not None else personal_certificate(personal_folder, signer_name)
    write_atomically(target, sign_pdf(data, p12, passphrase, shown_as=Path(source)))


def signer_name(chosen: str | None = None) -> str:
    """The name a new personal certificate is made for: the one chosen, else the login name."""
    return chosen or getpass.getuser()


def verify_file(path: Path | str, language_for) -> Verification:
    """Checks the PDF at `path` (see `verify_pdf`); what is read is capped."""
    return verify_pdf(read_capped(path, MAX_PDF_BYTES), language_for)


def verify_pdf(data: bytes, language_for) -> Verification:
    """Checks `data` against the database; `language_for(code)` gives the Language it was exported in."""
    marker = _MARKER.search(data)
    if marker is None:
        return Verification(False, NOT_A_PLAN)
    fingerprint, code = marker.group(1).decode(), marker.group(2).decode()
    snapshot = plans.find_by_fingerprint(fingerprint)
    if snapshot is None:
        return Verification(False, UNKNOWN_VERSION, fingerprint=fingerprint)
    result = Verification(False, ALTERED, snapshot["collaboration"]["name"], snapshot["version"], fingerprint)
    expected = render_plan(snapshot, language_for(code))
    if data == expected:
        result.ok, result.outcome = True, UNALTERED
    elif data.startswith(expected):
        _judge_signed_copy(data, result)
    return result


def _judge_signed_copy(data: bytes, result: Verification) -> None:
    """An export followed by incremental updates: unaltered only if each update is one signature,
    every signature matches the file, the pages show what the export showed, and the last
    signature covers the whole file."""
    from drempelkompas.documents.signing import UnreadablePdfError, check_signatures  # slow to import

    try:
        signed = check_signatures(data)
    except UnreadablePdfError:  # what was added after the export is not even a readable PDF
        return
    result.signatures = signed.signatures
    invalid = next((n for n, s in enumerate(signed.signatures, 1) if not s.valid), None)
    changed_after = next((n for n, s in enumerate(signed.signatures[:-1], 1) if s.changed_after), None)
    if signed.pages_changed:
        result.outcome = PAGES_CHANGED
    elif not signed.signatures or signed.revisions != 1 + len(signed.signatures):
        result.outcome = UPDATED_OTHERWISE
    elif invalid is not None:
        result.outcome, result.number = SIGNATURE_INVALID, invalid
    elif changed_after is not None:
        result.outcome, result.number = CHANGED_AFTER_SIGNATURE, changed_after
    elif not signed.signatures[-1].covers_whole_file:
        result.outcome = ALTERED_AFTER_SIGNING
    else:
        result.ok, result.outcome = True, UNALTERED
