"""A respondent's answers to the drempelscan from a CSV file: one row per statement, its key and a
score from 0 (does not apply) to 4 (fully applies); a first row of headers is allowed."""

import csv
from pathlib import Path

from drempelkompas.domain.errors import ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.scan import SCORES, STATEMENTS
from drempelkompas.services.csv_io import CsvRowError, csv_reader

MAX_FILE_BYTES = 1024 * 1024  # twelve answers fit in far less


def read_answers(path: Path | str) -> dict[str, int]:
    """The scores by statement key; refuses the whole file at the first row that is wrong."""
    reader = csv_reader(Path(path), MAX_FILE_BYTES)
    answers: dict[str, int] = {}
    row_number = 0
    try:
        for row_number, cells in enumerate(reader, 1):
            cells = [cell.strip() for cell in cells]
            if not any(cells):
                continue
            if row_number == 1 and not _is_score(cells[-1]) and cells[0].casefold() not in STATEMENTS:
                continue  # headers such as "statement,score"
            key, score = _answer(row_number, cells)
            if key in answers:
                raise CsvRowError(
                    row_number,
                    ValidationError(QT_TRANSLATE_NOOP("Errors", "{key} is answered twice."), key=key),
                )
            answers[key] = score
    except csv.Error as problem:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The CSV file cannot be read near row {row}: {problem}"),
            row=row_number + 1,
            problem=problem,
        ) from None
    if not answers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file holds no answers."))
    return answers


def _answer(row_number: int, cells: list[str]) -> tuple[str, int]:
    if len(cells) != 2:
        raise CsvRowError(
            row_number,
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "expected {expected} cells, found {found}."),
                expected=2,
                found=len(cells),
            ),
        )
    key, score = cells[0].casefold(), cells[1]
    if key not in STATEMENTS:
        raise CsvRowError(
            row_number,
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{value} is not a statement of the drempelscan; the statements are: {keys}."
                ),
                value=cells[0],
                keys=", ".join(STATEMENTS),
            ),
        )
    if not _is_score(score):
        raise CsvRowError(
            row_number,
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A score is a whole number from 0 to 4, not {value}."),
                value=score,
            ),
        )
    return key, int(score)


def _is_score(text: str) -> bool:
    return text.isascii() and text.isdigit() and int(text) in SCORES
