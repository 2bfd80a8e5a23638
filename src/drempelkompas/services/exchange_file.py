"""The `.drempel` exchange file: writing it, and reading it back with every check a stranger's file needs.

Format (version 1) — a zip archive holding exactly two members, both UTF-8 JSON:

``manifest.json``
    ``{"format": "drempelkompas-exchange", "format_version": 1, "created_at": "<ISO UTC>",
    "data_sha256": "<SHA-256 of data.json's bytes, lower-case hex>"}``
``data.json``
    ``{"collaborations": [...], "lessons": [...]}``: each collaboration with its partners,
    barriers (each with its history of changes) and signed-off plan versions; the lessons are
    the user's own lessons that those barriers use. Every record carries its UUID; built-in
    lessons are referred to by their fixed UUID. See `services.exchange` for the fields.

Reading never extracts to disk: members are read into memory with caps on the file size,
the expanded size and the compression ratio, and the JSON is parsed strictly (no duplicate
keys, no NaN or Infinity, no lone surrogates or control characters).
"""

import hashlib
import io
import json
import re
import struct
import unicodedata
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from drempelkompas.domain.errors import DrempelError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.storage.files import read_capped, write_atomically

FORMAT = "drempelkompas-exchange"
# 2: a barrier says which card it is an imported conflicting version of
# 3: a signed-off plan version says whether, when, by whom and why it was withdrawn
FORMAT_VERSION = 5
SUFFIX = ".drempel"
MANIFEST, DATA = "manifest.json", "data.json"

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_EXPANDED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 16
MAX_RATIO = 200  # text JSON deflates up to ~20 times; a bomb 1000 times and more
_CHUNK = 1024 * 1024

_INVALID_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class ExchangeFileError(DrempelError):
    """An exchange file that cannot be imported; neither it nor the database was changed."""


def write_exchange_file(path: Path | str, data: dict) -> None:
    """Writes `data` as an exchange file, atomically (a temporary file renamed into place)."""
    body = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=1, sort_keys=True).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "data_sha256": hashlib.sha256(body).hexdigest(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        archive.writestr(DATA, body)
    write_atomically(path, buffer.getvalue())


def read_exchange_file(path: Path | str) -> dict:
    """The checked `data.json` of an exchange file, as plain JSON values; raises ExchangeFileError."""
    path = Path(path)
    return exchange_data(path, read_file_bytes(path))


def exchange_data(path: Path, raw: bytes) -> dict:
    """The checked `data.json` of the exchange file `path` whose bytes are `raw`."""
    members = _read_members(path, raw)
    manifest = _parse(path, members[MANIFEST])
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Drempelkompas exchange file."), file=path.name
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(path, "manifest.json: format_version")
    if version > FORMAT_VERSION:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} was made by a newer version of Drempelkompas (format {version}). "
                "Update the app to import it.",
            ),
            file=path.name,
            version=version,
        )
    if manifest.get("data_sha256") != hashlib.sha256(members[DATA]).hexdigest():
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} was altered or damaged after it was made: its checksum does not match."
            ),
            file=path.name,
        )
    return _upgraded(_parse(path, members[DATA]), version)


def _upgraded(data, version: int):
    """The data of an older format in the current one: version 1 had no conflict markers,
    versions before 3 no withdrawals, before 4 none of the method's records, before 5 no record of
    who made a change or recorded a sign-off or phase gate.

    Only what is certainly a barrier or plan version record is touched; the checks that follow
    judge the rest.
    """
    if version >= FORMAT_VERSION or not isinstance(data, dict):
        return data
    for collaboration in _records(data.get("collaborations")):
        if version < 4:
            for key in ("commitments", "contributions", "scan_responses", "phase_gates"):
                collaboration.setdefault(key, [])
        barriers = _records(collaboration.get("barriers"))
        plan_versions = _records(collaboration.get("plan_versions"))
        for barrier in barriers:
            if version < 2:
                barrier.setdefault("conflict_of", None)
            for change in _records(barrier.get("changes")):
                change.setdefault("actor", "")
        for plan_version in plan_versions:
            if version < 3:
                plan_version.setdefault("withdrawal", None)
            plan_version.setdefault("signed_off_by", "")
        for gate in _records(collaboration.get("phase_gates")):
            gate.setdefault("recorded_by", "")
    return data


def _records(value) -> list[dict]:
    return [record for record in value if isinstance(record, dict)] if isinstance(value, list) else []


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, up to the size an exchange file may have; raises ExchangeFileError."""
    try:
        return read_capped(path, MAX_FILE_BYTES)
    except ValidationError as error:
        raise ExchangeFileError(error.template, **error.params) from None
    except OSError as error:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
            file=path.name,
            reason=error.strerror or str(error),
        ) from None


def _read_members(path: Path, raw: bytes) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError,
            struct.error):  # fmt: skip
        if raw.startswith(b"PK\x03\x04"):
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is incomplete; it was probably cut off while copying or downloading."
                ),
                file=path.name,
            ) from None
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Drempelkompas exchange file."), file=path.name
        ) from None
    _check_entries(path, infos)
    members = {}
    budget = MAX_EXPANDED_BYTES
    for info in infos:
        members[info.filename] = _read_member(path, archive, info, budget)
        budget -= len(members[info.filename])
    for required in (MANIFEST, DATA):
        if required not in members:
            raise _damaged(path, required)
    return members


def _check_entries(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _damaged(path, f"{len(infos)} entries")
    declared = 0
    names = set()
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} contains an entry “{name}” that tries to leave its folder; it is refused.",
                ),
                file=path.name,
                name=name,
            )
        if name not in (MANIFEST, DATA) or name in names:
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP("Errors", "{file} contains an unexpected entry “{name}”."),
                file=path.name,
                name=name,
            )
        names.add(name)
        declared += info.file_size
        ratio_exceeded = info.file_size > _CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if declared > MAX_EXPANDED_BYTES or ratio_exceeded:
            raise _bomb(path)


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """Reads one member in chunks, never trusting the sizes its header claims."""
    limit = min(budget, MAX_EXPANDED_BYTES)
    chunks, total = [], 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > limit or total > MAX_RATIO * max(info.compress_size, 1) + _CHUNK:
                    raise _bomb(path)
                chunks.append(chunk)
    except ExchangeFileError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        ValueError,
        EOFError,
        OSError,
    ):
        # A bad CRC, an unknown compression method, encryption, a cut-off member...
        raise _damaged(path, info.filename) from None
    return b"".join(chunks)


def _parse(path: Path, raw: bytes):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _damaged(path, "UTF-8") from None
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys(path), parse_constant=_no_constants(path))
    except ExchangeFileError:
        raise
    except json.JSONDecodeError as problem:
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is damaged: it is not valid JSON (line {line}, column {column})."
            ),
            file=path.name,
            line=problem.lineno,
            column=problem.colno,
        ) from None
    except (ValueError, RecursionError):  # e.g. a number too long to convert, nesting too deep
        raise _damaged(path, "JSON") from None
    if _all_text_clean(text):
        return value
    return _checked_text(path, value, "")


def _all_text_clean(text: str) -> bool:
    """True when no text in the JSON `text` can hold what `_checked_text` refuses or changes.

    Such characters enter a value either as themselves or as a \\u escape. Without those escapes,
    a file in NFC as a whole has each of its texts in NFC: every text sits between quotes, and
    what a one-letter escape (\\n, \\") stands for composes with nothing. This spares walking
    the thousands of texts of a large file one by one.
    """
    return "\\u" not in text and not _INVALID_TEXT.search(text) and unicodedata.is_normalized("NFC", text)


def _unique_keys(path: Path):
    def build(pairs: list[tuple[str, object]]) -> dict:
        result = {}
        for key, value in pairs:
            if key in result:
                raise ExchangeFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{file} is damaged: the key “{key}” appears twice in one record."
                    ),
                    file=path.name,
                    key=key,
                )
            result[key] = value
        return result

    return build


def _no_constants(path: Path):
    def refuse(name: str):
        raise ExchangeFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is damaged: it contains the non-number {value}."),
            file=path.name,
            value=name,
        )

    return refuse


def _checked_text(path: Path, value, where: str):
    """Refuses lone surrogates and control characters (other than tab and newline) anywhere, and
    gives every text in NFC, the Unicode form the app stores (macOS sends names decomposed)."""
    if isinstance(value, str):
        if _INVALID_TEXT.search(value):
            raise ExchangeFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is damaged: {where} contains characters that are not valid text."
                ),
                file=path.name,
                where=where or "/",
            )
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {
            _checked_text(path, key, where): _checked_text(path, item, f"{where}/{key}")
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_checked_text(path, item, f"{where}/{index}") for index, item in enumerate(value)]
    return value


def _damaged(path: Path, where: str) -> ExchangeFileError:
    return ExchangeFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} is damaged and cannot be imported (at {where})."),
        file=path.name,
        where=where,
    )


def _bomb(path: Path) -> ExchangeFileError:
    return ExchangeFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} would expand to more than 200 MB; it is refused as a possible zip bomb."
        ),
        file=path.name,
    )
