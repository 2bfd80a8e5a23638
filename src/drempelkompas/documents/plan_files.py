"""Plan PDFs as files: export a version or the draft, sign it, and later verify an exported (or signed) file.

Every export of a signed-off version is recorded by its SHA-256, so `verify` recognises the file
whichever version of the app made it. A file this database has no record of is re-rendered
from the version it names and compared byte for byte (the export is deterministic). A digitally
signed copy is the export plus incremental updates; those are checked by validating the
signatures (see `signing`). The command line and the app both call these functions.
"""

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from drempelkompas import __version__
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.plan import Withdrawal
from drempelkompas.domain.progress import Progress
from drempelkompas.report.plan_pdf import Language, missing_characters, render_plan
from drempelkompas.report.stamp import signature_stamp
from drempelkompas.services import plans
from drempelkompas.storage.database import database_is_read_only
from drempelkompas.storage.files import read_capped, write_atomically
from drempelkompas.storage.models import database

MAX_PDF_BYTES = 100 * 1024 * 1024  # a plan with thousands of barriers is a few MB
_MARKER = re.compile(rb"drempelkompas-plan fingerprint=([0-9a-f]{64}) lang=([A-Za-z_]{2,12})")
# A signed-off version exported since version 0.2: its last page keeps a strip for stamps.
_STAMPABLE = re.compile(
    rb"drempelkompas-plan fingerprint=[0-9a-f]{64} lang=([A-Za-z_]{2,12}) status=signed_off"
)
_END_OF_REVISION = re.compile(rb"%%EOF(\r\n|\r|\n)?")
CLOCK_SKEW = timedelta(minutes=10)  # computers' clocks differ a little
_MAX_REVISIONS = 64  # more updates than this is not a file people signed in turn

# Verification outcomes; the texts are shown by the command line and the app.
UNALTERED = QT_TRANSLATE_NOOP("Verify", "unaltered export of a signed-off version")
NOT_A_PDF = QT_TRANSLATE_NOOP("Verify", "not a PDF file")
NOT_A_PLAN = QT_TRANSLATE_NOOP("Verify", "not an action plan exported by Drempelkompas")
UNKNOWN_VERSION = QT_TRANSLATE_NOOP("Verify", "no signed-off version in this database has this fingerprint")
ALTERED = QT_TRANSLATE_NOOP(
    "Verify",
    "ALTERED: the file is not the export of the signed-off version it names "
    "(it was changed, or rewritten by another program)",
)
ALTERED_AFTER_SIGNING = QT_TRANSLATE_NOOP("Verify", "ALTERED: content was added after the last signature")
PAGES_CHANGED = QT_TRANSLATE_NOOP(
    "Verify", "ALTERED: what the document shows or does was changed after the export"
)
UPDATED_OTHERWISE = QT_TRANSLATE_NOOP(
    "Verify", "ALTERED: the file was updated after the export by something other than a signature"
)
SIGNATURE_INVALID = QT_TRANSLATE_NOOP("Verify", "ALTERED: signature {number} does not match the file")
CHANGED_AFTER_SIGNATURE = QT_TRANSLATE_NOOP(
    "Verify", "ALTERED: something other than a signature was added after signature {number}"
)
OUTSIDE_VALIDITY = QT_TRANSLATE_NOOP(
    "Verify", "NOT VALID: signature {number} was made outside its certificate's validity period"
)

# What the database says about the version a file is of.
IN_FORCE = QT_TRANSLATE_NOOP("Verify", "Version {number} is the version in force.")
SUPERSEDED = QT_TRANSLATE_NOOP("Verify", "Version {number} was superseded by version {later} of {date}.")
WITHDRAWN = QT_TRANSLATE_NOOP("Verify", "Version {number} was WITHDRAWN on {date} by {name}: {reason}")
RECEIVED = QT_TRANSLATE_NOOP(
    "Verify",
    "Version {number} was signed off elsewhere and received in an exchange file: this database "
    "holds a copy, so who signed it off is not confirmed here.",
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
    state: plans.VersionSummary | None = None

    def outcome_text(self, translate) -> str:
        """The outcome in words; `translate(context, text)` is the caller's translator."""
        return translate("Verify", self.outcome).format(number=self.number)

    def state_lines(self, translate, format_date) -> list[str]:
        """What the database says about the version: in force, superseded, withdrawn, received."""
        state = self.state
        if state is None:
            return []
        lines = []
        if state.withdrawal is not None:
            lines.append(
                translate("Verify", WITHDRAWN).format(
                    number=state.number,
                    date=format_date(state.withdrawal.at.date()),
                    name=state.withdrawal.by,
                    reason=state.withdrawal.reason,
                )
            )
        elif state.superseded_by is not None:
            later, when = state.superseded_by
            lines.append(
                translate("Verify", SUPERSEDED).format(
                    number=state.number, later=later, date=format_date(when.date())
                )
            )
        else:
            lines.append(translate("Verify", IN_FORCE).format(number=state.number))
        if state.received:
            lines.append(translate("Verify", RECEIVED).format(number=state.number))
        return lines


@dataclass(frozen=True)
class ExportedPlan:
    path: Path
    missing_characters: str  # characters the PDF's fonts lack, printed as a visible marker


def export_plan(collaboration_id: int, version: int | None, language: Language) -> bytes:
    """The PDF of a signed-off version (marked when withdrawn), or of the draft when `version` is None."""
    snapshot, withdrawal, recorded_by = _plan_of(collaboration_id, version)
    return render_plan(snapshot, language, withdrawal, recorded_by=recorded_by)


def _plan_of(collaboration_id: int, version: int | None) -> tuple[dict, Withdrawal | None, str]:
    """The snapshot to render, its withdrawal, and who recorded its sign-off."""
    if version is None:
        return plans.draft(collaboration_id), None, ""
    return (
        plans.version_snapshot(collaboration_id, version),
        plans.withdrawal_of(collaboration_id, version),
        plans.recorded_by(collaboration_id, version),
    )


def save_plan(
    path: Path | str,
    collaboration_id: int,
    version: int | None,
    language: Language,
    progress: Progress | None = None,
) -> ExportedPlan:
    """Writes the PDF of a version (or of the draft) to `path`, completely or not at all, and
    records a version's export so it verifies by its bytes. `progress` hears how far the layout
    is; when it stops the export, nothing is written or recorded."""
    snapshot, withdrawal, recorded_by = _plan_of(collaboration_id, version)
    data = render_plan(snapshot, language, withdrawal, progress, recorded_by)
    if version is None or database_is_read_only():
        write_atomically(path, data)
    else:
        with database.atomic():  # the record only if the file was written
            plans.record_export(collaboration_id, version, _sha256(data), language.code, __version__)
            write_atomically(path, data)
    extra = [recorded_by, *([withdrawal.reason, withdrawal.by] if withdrawal is not None else [])]
    return ExportedPlan(Path(path), missing_characters(snapshot, extra))


def read_pdf(path: Path | str) -> bytes:
    """A PDF to sign or verify: a regular file of at most MAX_PDF_BYTES."""
    return read_capped(path, MAX_PDF_BYTES)


def sign_plan_file(
    source: Path | str,
    target: Path | str,
    certificate: Path,
    passphrase: bytes | None = None,
    language_for=None,
) -> None:
    """Signs the PDF at `source` into `target` with `certificate` (a PKCS#12 file).

    A signed-off plan gets a visible stamp on its sign-off page, in the plan's language
    (`language_for(code)` gives it); any other PDF an invisible signature.
    """
    from drempelkompas.documents.signing import sign_pdf  # pyHanko is slow to import

    data = read_pdf(source)
    stampable = _STAMPABLE.search(data)
    stamp = None
    if stampable is not None and language_for is not None:
        language = language_for(stampable.group(1).decode())

        def stamp(name: str, organisation: str) -> bytes:
            return signature_stamp(name, organisation, datetime.now().astimezone(), language)

    write_atomically(target, sign_pdf(data, certificate, passphrase, shown_as=Path(source), stamp=stamp))


def verify_file(path: Path | str, language_for) -> Verification:
    """Checks the PDF at `path` (see `verify_pdf`); what is read is capped."""
    return verify_pdf(read_pdf(path), language_for)


def verify_pdf(data: bytes, language_for) -> Verification:
    """Checks `data` against the database; `language_for(code)` gives the Language it was exported in."""
    if b"%PDF-" not in data[:1024]:
        return Verification(False, NOT_A_PDF)
    recorded = _recorded_export(data)
    if recorded is not None:
        version, export_length = recorded
        result = _about(version)
        if export_length == len(data):
            result.ok, result.outcome = True, UNALTERED
        else:
            _judge_signed_copy(data, result)
        _judge_validity(result)
        return result
    marker = _MARKER.search(data)
    if marker is None:
        return _judge_unmarked(data)
    fingerprint, code = marker.group(1).decode(), marker.group(2).decode()
    version = plans.find_by_fingerprint(fingerprint)
    if version is None:
        return Verification(False, UNKNOWN_VERSION, fingerprint=fingerprint)
    result = _about(version)
    language = language_for(code)
    withdrawal, by = version.summary.withdrawal, version.summary.signed_off_by
    renderings = [render_plan(version.snapshot, language, withdrawal, recorded_by=by)] if withdrawal else []
    renderings.append(render_plan(version.snapshot, language, recorded_by=by))
    for expected in renderings:
        if data == expected:
            result.ok, result.outcome = True, UNALTERED
            break
        if data.startswith(expected):
            _judge_signed_copy(data, result)
            break
    _judge_validity(result)
    return result


def _about(version: plans.ExportedVersion) -> Verification:
    snapshot = version.snapshot
    return Verification(
        False,
        ALTERED,
        snapshot["collaboration"]["name"],
        version.summary.number,
        version.summary.fingerprint,
        state=version.summary,
    )


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _recorded_export(data: bytes) -> tuple[plans.ExportedVersion, int] | None:
    """The recorded export the file starts with, and where that export ends (its first revision)."""
    for count, end in enumerate(_END_OF_REVISION.finditer(data)):
        if count == _MAX_REVISIONS:
            break
        found = plans.find_export(_sha256(data[: end.end()]))
        if found is not None:
            return found, end.end()
    return None


def _judge_unmarked(data: bytes) -> Verification:
    """A PDF without the export's marker in its bytes: a plan rewritten by another program (the
    marker then sits in compressed metadata), or not a plan at all."""
    from drempelkompas.documents.signature_checks import document_keywords  # pyHanko: slow to import

    marker = _MARKER.search(document_keywords(data).encode("ascii", "replace"))
    if marker is None:
        return Verification(False, NOT_A_PLAN)
    version = plans.find_by_fingerprint(marker.group(1).decode())
    if version is None:
        return Verification(False, UNKNOWN_VERSION, fingerprint=marker.group(1).decode())
    return _about(version)


def _judge_signed_copy(data: bytes, result: Verification) -> None:
    """An export followed by incremental updates: unaltered only if each update is one signature,
    every signature matches the file, the pages show what the export showed, and the last
    signature covers the whole file."""
    from drempelkompas.documents.signature_checks import check_signatures  # pyHanko: slow to import
    from drempelkompas.documents.signing import UnreadablePdfError

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


def _judge_validity(result: Verification) -> None:
    """An intact file whose signature was made outside its certificate's validity is not valid.

    A signature's time is what its signer wrote into it; it is believed only between the
    version's sign-off and now, so an expired certificate cannot be passed off by backdating.
    """
    earliest = latest = None
    if result.state is not None:
        earliest = result.state.signed_off_at.replace(tzinfo=UTC) - CLOCK_SKEW
        latest = datetime.now(UTC) + CLOCK_SKEW
    for number, signature in enumerate(result.signatures, 1):
        believable = earliest is None or (
            signature.signed_at is not None and earliest <= signature.signed_at <= latest
        )
        if not (signature.within_validity and believable):
            if signature.within_validity:  # the time it claims cannot be true
                result.signatures[number - 1] = replace(signature, within_validity=False)
            if result.ok:
                result.ok, result.outcome, result.number = False, OUTSIDE_VALIDITY, number
            return
