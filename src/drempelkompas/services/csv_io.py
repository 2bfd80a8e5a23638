"""Barriers in and out of CSV files, as teams keep them in spreadsheets.

Import is all-or-nothing: every row is checked inside one transaction, and the first bad row
rolls everything back with a message naming the row. Export writes UTF-8 with a BOM (so Excel
reads it right) and neutralises cells that a spreadsheet would run as a formula.
"""

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from drempelkompas.domain.catalog import CATALOG_CONTEXT
from drempelkompas.domain.enums import DEFAULT_IMPACT, Level, Precondition, Status
from drempelkompas.domain.errors import DrempelError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.progress import Progress
from drempelkompas.domain.spreadsheet_cells import neutralise, unneutralise
from drempelkompas.services import barriers, collaborations, lessons
from drempelkompas.services.lessons import Translate, untranslated
from drempelkompas.services.validation import clean_impact, name_key
from drempelkompas.storage.database import ensure_writable, safety_copy
from drempelkompas.storage.files import read_capped, write_atomically
from drempelkompas.storage.models import database

MAX_FILE_BYTES = 50 * 1024 * 1024

COLUMNS = (
    "collaboration",
    "precondition",
    "title",
    "description",
    "status",
    "impact",
    "level",
    "owner",
    "due",
    "action",
    "lesson",
)
REQUIRED_COLUMNS = ("collaboration", "precondition", "title")

# The file format's own vocabulary in English and Dutch; not translations, so they never change.
_DUTCH_HEADERS = dict(
    zip(
        COLUMNS,
        (
            "samenwerking",
            "randvoorwaarde",
            "titel",
            "omschrijving",
            "status",
            "impact",
            "niveau",
            "eigenaar",
            "deadline",
            "actie",
            "les",
        ),
        strict=True,
    )
)
_VALUES = {
    "en": {
        **{p: p.value for p in Precondition},
        **{s: s.value for s in Status},
        **{level: level.value for level in Level},
    },
    "nl": {
        Precondition.KNOWLEDGE: "kennis",
        Precondition.COMMITMENT: "commitment",
        Precondition.FUNDING: "financiering",
        Precondition.FACILITIES: "faciliteiten",
        Status.OPEN: "open",
        Status.IN_PROGRESS: "in_behandeling",
        Status.OVERCOME: "overwonnen",
        Level.ADMINISTRATIVE: "bestuurlijk",
        Level.MANAGEMENT: "management",
        Level.OPERATIONAL: "uitvoering",
    },
}
_ALIASES = {text: member for language in _VALUES.values() for member, text in language.items()} | {
    "execution": Level.OPERATIONAL,
    "in progress": Status.IN_PROGRESS,
    "in behandeling": Status.IN_PROGRESS,
}
_HEADER_ALIASES = {name: name for name in COLUMNS} | {nl: en for en, nl in _DUTCH_HEADERS.items()}

# How files that are not text start: PNG, JPEG, GIF, PDF, ZIP (also .xlsx and .docx), old Office.
_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# Columns of one line: a line break typed in such a cell (Alt+Enter in Excel) becomes a space.
ONE_LINE_COLUMNS = (
    "collaboration",
    "precondition",
    "title",
    "status",
    "impact",
    "level",
    "owner",
    "due",
    "lesson",
)

PROGRESS_EVERY = 100  # rows between two reports of how far an import is


@dataclass(frozen=True)
class CsvBarrier:
    """A barrier a CSV row brings, as a preview shows it."""

    collaboration: str
    precondition: Precondition
    title: str
    status: Status


@dataclass
class ImportResult:
    barriers: int = 0
    created_collaborations: list[str] = field(default_factory=list)
    folded_cells: int = 0  # one-line cells whose line breaks became spaces
    rows: list[CsvBarrier] = field(default_factory=list)  # every barrier, in the file's order


class CsvRowError(DrempelError):
    """A bad row; `problem` is the underlying error, translated on its own when shown."""

    def __init__(self, row: int, problem: DrempelError) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Row {row}: {problem}"), row=row, problem=problem)


def import_csv(
    path: Path | str,
    translators: Sequence[Translate] = (untranslated,),
    progress: Progress | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Imports every row of the file, or nothing at all; with `dry_run`, tells what it would add.

    `translators` give the languages in which lesson titles are recognised; `progress` hears
    now and then how many rows are done. Row numbers in messages are the spreadsheet's: the
    header is row 1.
    """
    ensure_writable()
    rows = _read_rows(Path(path))
    lesson_ids = _lesson_lookup(translators)
    result = ImportResult()
    if not dry_run:
        safety_copy("before-import")
    with database.atomic() as transaction:
        collaboration_ids = collaborations.name_index()
        new_rows, new_lessons = [], []
        for done, (row_number, record) in enumerate(rows, 1):
            try:
                result.folded_cells += _fold_line_breaks(record)
                row, lesson_id = _barrier_row(record, collaboration_ids, lesson_ids, result)
            except DrempelError as problem:
                raise CsvRowError(row_number, problem) from None
            new_rows.append(row)
            new_lessons.append(lesson_id)
            name = record["collaboration"].strip()
            result.rows.append(CsvBarrier(name, row["precondition"], row["title"], row["status"]))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, 2 * len(rows))  # checking the rows is half the work, writing them the rest
        written = None if progress is None else lambda count: progress(len(rows) + count, 2 * len(rows))
        # Still inside the transaction: a cancel at the last report takes it all back.
        barriers.append_barriers(new_rows, new_lessons, written)
        result.barriers = len(new_rows)
        if dry_run:  # a preview: the same checks, the same collaborations made, all taken back
            transaction.rollback()
    return result


def export_csv(
    path: Path | str,
    collaboration_id: int | None = None,
    language: str = "en",
    translate: Translate = untranslated,
) -> int:
    """Writes the barriers (of one or all collaborations); returns how many rows were written."""
    vocabulary = _VALUES.get(language, _VALUES["en"])
    headers = [_DUTCH_HEADERS[c] for c in COLUMNS] if language == "nl" else list(COLUMNS)
    lesson_titles = {lesson.id: lesson.title for lesson in lessons.list_lessons(translate)}
    if collaboration_id is None:
        chosen = collaborations.list_collaborations(include_archived=True)
    else:
        chosen = [collaborations.get_collaboration(collaboration_id)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language == "nl" else ",", lineterminator="\r\n")
    writer.writerow(headers)
    count = 0
    for collaboration in chosen:
        for column in barriers.board(collaboration.id).values():
            for card in column:
                cells = (
                    collaboration.name,
                    vocabulary[card.precondition],
                    card.title,
                    card.description,
                    vocabulary[card.status],
                    str(card.impact),
                    vocabulary[card.level] if card.level else "",
                    card.owner,
                    card.due_date.isoformat() if card.due_date else "",
                    card.next_action,
                    lesson_titles.get(card.lesson_id, ""),
                )
                writer.writerow([neutralise(cell) for cell in cells])
                count += 1
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    return count


def csv_reader(path: Path, max_bytes: int = MAX_FILE_BYTES):
    """A csv.reader of the file's text, with the delimiter its first line uses (comma, semicolon or
    tab); refuses a file that is no UTF-8 text."""
    raw = read_capped(path, max_bytes)
    if b"\x00" in raw[:8192] or raw.startswith(_BINARY_SIGNATURES):  # a picture, a PDF, a workbook…
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is not a CSV file."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'The CSV file is not UTF-8 text. Save it as "CSV UTF-8" and try again.'
            )
        ) from None
    if "\x00" in text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is not a CSV file."))
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)


def _read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    reader = csv_reader(path)
    row_number = 0  # the header itself may be unreadable
    try:
        header = next(reader, None)
        if header is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The CSV file is empty."))
        columns = _columns(header)
        rows = []
        row_number = 1
        for row_number, cells in enumerate(reader, 2):  # as the spreadsheet counts: the header is row 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(columns):
                raise CsvRowError(
                    row_number,
                    ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "expected {expected} cells, found {found}."),
                        expected=len(columns),
                        found=len(cells),
                    ),
                )
            rows.append((row_number, dict(zip(columns, map(unneutralise, cells), strict=True))))
    except csv.Error as problem:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The CSV file cannot be read near row {row}: {problem}"),
            row=row_number + 1,  # the row after the last one read
            problem=problem,
        ) from None
    return rows


def _columns(header: list[str]) -> list[str]:
    columns = []
    for name in header:
        key = _HEADER_ALIASES.get(name.strip().lower())
        if key is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'Unknown column "{name}" in the CSV header.'), name=name
            )
        if key in columns:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'Column "{name}" appears twice in the CSV header.'),
                name=name,
            )
        columns.append(key)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The CSV header lacks the column(s) {columns}."),
            columns=", ".join(missing),
        )
    return columns


def _fold_line_breaks(record: dict[str, str]) -> int:
    """Turns line breaks in one-line cells into spaces; returns in how many cells."""
    folded = 0
    for column in ONE_LINE_COLUMNS:
        cell = record.get(column, "")
        if "\n" in cell or "\r" in cell:
            record[column] = " ".join(cell.split())
            folded += 1
    return folded


def _barrier_row(
    record: dict[str, str],
    collaboration_ids: dict[str, int],
    lesson_ids: dict[str, int],
    result: ImportResult,
) -> tuple[dict, int | None]:
    """The barrier of one row, checked; creates its collaboration when there is none of that name."""
    name = record["collaboration"].strip()
    collaboration_id = collaboration_ids.get(name_key(name)) if name else None
    if collaboration_id is None:
        collaboration_id = collaborations.create_collaboration(name)
        collaboration_ids[name_key(name)] = collaboration_id
        result.created_collaborations.append(name)
    lesson_name = record.get("lesson", "").strip()
    if lesson_name and lesson_name.lower() not in lesson_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", 'Unknown lesson "{name}".'), name=lesson_name)
    row = barriers.new_barrier(
        collaboration_id,
        _member(record["precondition"], Precondition, required=True),
        record["title"],
        description=record.get("description", ""),
        status=_member(record.get("status", ""), Status) or Status.OPEN,
        impact=_impact(record.get("impact", "")),
        level=_member(record.get("level", ""), Level),
        owner=record.get("owner", ""),
        due_date=_due(record.get("due", "")),
        next_action=record.get("action", ""),
    )
    return row, lesson_ids.get(lesson_name.lower()) if lesson_name else None


def level_from_text(text: str) -> Level | None:
    """A level written in English or Dutch, as in CSV files; None when it is not one."""
    member = _ALIASES.get(text.strip().lower())
    return member if isinstance(member, Level) else None


def _member(text: str, kind: type, required: bool = False):
    value = text.strip().lower()
    if not value and not required:
        return None
    member = _ALIASES.get(value)
    if not isinstance(member, kind):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", '"{value}" is not a known value here.'), value=text)
    return member


def _impact(text: str) -> int:
    text = text.strip()
    if not text:
        return DEFAULT_IMPACT
    return clean_impact(int(text) if text.isdigit() else text)


def _due(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date in the form YYYY-MM-DD.'),
            value=text,
        ) from None


def _lesson_lookup(translators: Sequence[Translate]) -> dict[str, int]:
    """Every name a lesson may go by in a CSV file, lower-cased, mapped to its id."""
    names: dict[str, int] = {}
    for lesson in lessons.list_lessons():
        candidates = {lesson.title}
        if lesson.builtin:
            candidates |= {lesson.catalog_key} | {t(CATALOG_CONTEXT, lesson.title) for t in translators}
        for candidate in candidates:
            names.setdefault(candidate.strip().lower(), lesson.id)
    return names
