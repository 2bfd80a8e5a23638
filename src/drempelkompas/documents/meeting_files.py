"""A meeting's documents as files: the pack and the decision list, as PDF or as OpenDocument text,
chosen by the file's suffix, each written completely or not at all."""

from datetime import date
from pathlib import Path

from drempelkompas.domain.errors import ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.progress import Progress
from drempelkompas.report.meeting_odt import render_meeting_odt
from drempelkompas.report.meeting_pdf import render_meeting
from drempelkompas.report.plan_pdf import Language
from drempelkompas.report.styles import unprintable
from drempelkompas.services import meeting_documents, meetings
from drempelkompas.storage.files import write_atomically
from drempelkompas.storage.models import database

PDF, ODT, CSV = ".pdf", ".odt", ".csv"


def document_kind(path: Path | str, allowed: tuple[str, ...]) -> str:
    """The kind of file `path` names by its suffix (".pdf", ".odt", ".csv"), if it is allowed."""
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a file name that ends in {suffixes}."),
            suffixes=" / ".join(allowed),
        )
    return suffix


def save_meeting_pack(
    path: Path | str,
    collaboration_id: int,
    held_on: date,
    language: Language,
    progress: Progress | None = None,
    meeting: dict | None = None,
) -> str:
    """Writes the pack of the meeting on `held_on`; returns the characters a PDF cannot show.

    With `meeting` (its default body and the details to set, see `meetings.ensure_meeting`), the
    meeting is planned in the same transaction: if the file cannot be written, it is not planned.
    """
    document_kind(path, (PDF, ODT))
    with database.atomic():
        if meeting is not None:
            meetings.ensure_meeting(collaboration_id, held_on, **meeting)
        snapshot = meeting_documents.meeting_pack(collaboration_id, held_on)
        return _save(path, snapshot, language, progress)


def save_decision_list(
    path: Path | str,
    collaboration_id: int,
    held_on: date,
    language: Language,
    progress: Progress | None = None,
) -> str:
    """Writes what the meeting on `held_on` decided; returns the characters a PDF cannot show."""
    return _save(path, meeting_documents.decision_list(collaboration_id, held_on), language, progress)


def _save(path: Path | str, snapshot: dict, language: Language, progress: Progress | None) -> str:
    if document_kind(path, (PDF, ODT)) == ODT:
        write_atomically(path, render_meeting_odt(snapshot, language))
        return ""
    write_atomically(path, render_meeting(snapshot, language, progress))
    return "".join(sorted(unprintable(_texts(snapshot))))


def _texts(snapshot: dict) -> str:
    """Every user text in the snapshot, for the check on characters the PDF's fonts lack."""
    found = []

    def walk(value) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(snapshot)
    return "\n".join(found)
