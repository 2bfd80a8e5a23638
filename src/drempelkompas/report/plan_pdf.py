"""Renders an action-plan snapshot to PDF bytes: cover, summary, gaps, barriers, sign-off.

The same snapshot in the same language always gives the same bytes (the PDF is dated at its
sign-off, not at export), so an exported file can later be verified against the database.
The sections are in `sections`, the page furniture in `page`, the look in `styles`.
"""

from datetime import UTC, datetime
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from drempelkompas import __version__
from drempelkompas.domain import plan
from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.report.page import PageFurniture, numbered_canvas
from drempelkompas.report.sections import PlanSections
from drempelkompas.report.styles import FONT, MARGIN, register_fonts
from drempelkompas.report.texts import Language, T, Wording

KEYWORD_PREFIX = "drempelkompas-plan"

__all__ = ["KEYWORD_PREFIX", "Language", "PdfError", "keywords", "render_plan"]


class PdfError(DrempelError):
    """The PDF could not be laid out; nothing was written."""


def keywords(snapshot: dict, language: Language) -> str:
    """The marker `verify` looks for: which plan, and in which language it was rendered."""
    return f"{KEYWORD_PREFIX} fingerprint={plan.fingerprint(snapshot)} lang={language.code}"


def render_plan(snapshot: dict, language: Language) -> bytes:
    """The PDF of the plan in `language`, as bytes."""
    register_fonts()
    words = Wording(language)
    sections = PlanSections(snapshot, words)
    collaboration = snapshot["collaboration"]
    version_text = _version_text(snapshot, words, sections.draft)
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{words.t(T.ACTION_PLAN)} — {collaboration['name']}",
        author=f"Drempelkompas {__version__}",
        subject=version_text,
        keywords=keywords(snapshot, language),
        creator=f"Drempelkompas {__version__}",
        lang=language.code,
        initialFontName=FONT,
    )
    furniture = PageFurniture(
        words, collaboration["name"], version_text, sections.fingerprint, sections.draft
    )
    signed_off = datetime.fromisoformat(snapshot["created_at"].rstrip("Z")).replace(tzinfo=UTC)
    try:
        document.build(
            sections.story(),
            onFirstPage=furniture.decorate,
            onLaterPages=furniture.decorate,
            canvasmaker=numbered_canvas(words.t(T.PAGE_X_OF_Y), signed_off),
        )
    except LayoutError as error:
        raise PdfError(
            QT_TRANSLATE_NOOP("Errors", "The PDF could not be laid out: {problem}"), problem=error
        ) from None
    return buffer.getvalue()


def _version_text(snapshot: dict, words: Wording, draft: bool) -> str:
    if draft:
        return words.t(T.DRAFT_OF_VERSION).format(number=snapshot["version"])
    return words.t(T.VERSION_N).format(number=snapshot["version"])
