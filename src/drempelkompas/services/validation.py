"""Limits and checks on what users type, applied before anything reaches the database."""

import re
import unicodedata
from datetime import date

from drempelkompas.domain.enums import IMPACT_RANGE
from drempelkompas.domain.errors import FieldName, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

TITLE_LIMIT = 300
TEXT_LIMIT = 20_000

# C0 control characters other than tab and newline have no business in a text and break files.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


NAME = FieldName(QT_TRANSLATE_NOOP("Field", "Name"))
TITLE = FieldName(QT_TRANSLATE_NOOP("Field", "Title"))
AMBITION = FieldName(QT_TRANSLATE_NOOP("Field", "Ambition"))
NOTES = FieldName(QT_TRANSLATE_NOOP("Field", "Notes"))
DESCRIPTION = FieldName(QT_TRANSLATE_NOOP("Field", "Description"))
OWNER = FieldName(QT_TRANSLATE_NOOP("Field", "Owner"))
NEXT_ACTION = FieldName(QT_TRANSLATE_NOOP("Field", "Next action"))
SUMMARY = FieldName(QT_TRANSLATE_NOOP("Field", "Summary"))
PARTNER = FieldName(QT_TRANSLATE_NOOP("Field", "Partner"))
REASON = FieldName(QT_TRANSLATE_NOOP("Field", "Reason"))
#: The governing body a meeting is of, such as the steering group.
BODY = FieldName(QT_TRANSLATE_NOOP("Field", "Body"))
CHAIR = FieldName(QT_TRANSLATE_NOOP("Field", "Chair"))
#: The number of the case in the organisation's case system (Dutch: zaaknummer).
CASE_NUMBER = FieldName(QT_TRANSLATE_NOOP("Field", "Case number"))
#: The administrator responsible for the subject (Dutch: portefeuillehouder).
PORTFOLIO_HOLDER = FieldName(QT_TRANSLATE_NOOP("Field", "Portfolio holder"))
PROPOSAL = FieldName(QT_TRANSLATE_NOOP("Field", "Proposed decision"))
WORDING = FieldName(QT_TRANSLATE_NOOP("Field", "Decision"))
ACTION = FieldName(QT_TRANSLATE_NOOP("Field", "Action"))
#: The person who gives a partner's commitment at one level.
PERSON = FieldName(QT_TRANSLATE_NOOP("Field", "Person"))
#: The person who filled in the drempelscan.
RESPONDENT = FieldName(QT_TRANSLATE_NOOP("Field", "Respondent"))
#: Who took a decision at a phase gate.
DECIDED_BY = FieldName(QT_TRANSLATE_NOOP("Field", "Decided by"))
NOTE = FieldName(QT_TRANSLATE_NOOP("Field", "Note"))
#: Who made a change in a barrier's history, or recorded a sign-off.
ACTOR = FieldName(QT_TRANSLATE_NOOP("Field", "Made by"))
MAX_VALUE = 1_000_000_000_000  # euros: more than any collaboration's budget


def clean_value(value: object) -> int | None:
    """An optional amount in whole euros."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VALUE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A value is a whole number of euros from 0, not {value}."),
            value=value,
        )
    return value


def clean_line(value: object, field: FieldName) -> str:
    """A required one-line text (a name or title): trimmed, not empty, at most TITLE_LIMIT."""
    text = _as_text(value, field).strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} cannot be empty."), field=field)
    if "\n" in text or "\r" in text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must fit on one line."), field=field)
    return _within(text, TITLE_LIMIT, field)


def clean_optional_line(value: object, field: FieldName) -> str:
    """An optional one-line text such as an owner: trimmed, possibly empty."""
    text = _as_text(value, field).strip()
    return clean_line(text, field) if text else ""


def clean_text(value: object, field: FieldName) -> str:
    """A free text such as a description: line breaks allowed, at most TEXT_LIMIT."""
    text = _as_text(value, field).replace("\r\n", "\n").replace("\r", "\n").strip()
    return _within(text, TEXT_LIMIT, field)


def clean_impact(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in IMPACT_RANGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Impact must be a whole number from 1 to 5, not {value}."),
            value=value,
        )
    return value


def clean_due_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a date."), value=value)


def enum_value(enum_type, value, field: FieldName):
    """Converts a value to a member of `enum_type`, or explains which values are allowed."""
    try:
        return enum_type(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid {field}."),
            value=value,
            field=field,
        ) from None


def name_key(name: str) -> str:
    """What two names are compared by: the same letters, whatever their Unicode form or case."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _as_text(value: object, field: FieldName) -> str:
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be text."), field=field)
    if _CONTROL_CHARACTERS.search(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} contains control characters."), field=field
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} contains characters that are not valid text."),
            field=field,
        ) from None
    return unicodedata.normalize("NFC", value)  # "é" typed on macOS arrives as "e" and an accent


def _within(text: str, limit: int, field: FieldName) -> str:
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} is {length} characters long; at most {limit} are allowed."),
            field=field,
            length=len(text),
            limit=limit,
        )
    return text


PRECONDITION = FieldName(QT_TRANSLATE_NOOP("Field", "precondition"))
STATUS = FieldName(QT_TRANSLATE_NOOP("Field", "status"))
LEVEL = FieldName(QT_TRANSLATE_NOOP("Field", "level"))
SECTOR = FieldName(QT_TRANSLATE_NOOP("Field", "sector"))
PHASE = FieldName(QT_TRANSLATE_NOOP("Field", "phase"))
ROLE = FieldName(QT_TRANSLATE_NOOP("Field", "role"))
OUTCOME = FieldName(QT_TRANSLATE_NOOP("Field", "outcome"))
STATE = FieldName(QT_TRANSLATE_NOOP("Field", "state"))
#: The kind of a contribution (knowledge, network, hours, money…).
KIND = FieldName(QT_TRANSLATE_NOOP("Field", "kind"))
#: A phase gate's decision: go or no go.
DECISION = FieldName(QT_TRANSLATE_NOOP("Field", "decision"))
