"""Renders a meeting's snapshot (the pack, or the decision list) to PDF bytes: PDF/A-2b, and the
same snapshot in the same language always gives the same bytes (dated at the meeting)."""

from datetime import UTC, datetime

from drempelkompas import __version__
from drempelkompas.domain import plan
from drempelkompas.domain.progress import Progress
from drempelkompas.report.archive import DocumentInfo
from drempelkompas.report.document import build_pdf
from drempelkompas.report.meeting_sections import MeetingSections
from drempelkompas.report.page import PageFurniture
from drempelkompas.report.texts import Language, T, Wording

KEYWORD_PREFIX = "drempelkompas-meeting"


def render_meeting(snapshot: dict, language: Language, progress: Progress | None = None) -> bytes:
    words = Wording(language)
    sections = MeetingSections(snapshot, words)
    texts = sections.texts
    name = snapshot["collaboration"]["name"]
    info = DocumentInfo(
        title=f"{texts.title()} — {name}",
        subject=texts.page_header(),
        author="Drempelkompas",
        creator=f"Drempelkompas {__version__}",
        keywords=f"{KEYWORD_PREFIX} kind={snapshot['kind']} fingerprint={plan.fingerprint(snapshot)} "
        f"lang={language.code}",
        language=language.code,
        dated=datetime.fromisoformat(snapshot["created_at"].rstrip("Z")).replace(tzinfo=UTC),
    )
    furniture = PageFurniture(words, name, texts.page_header(), None, None)
    return build_pdf(sections.story(), info, furniture, words.t(T.PAGE_X_OF_Y), progress=progress)
