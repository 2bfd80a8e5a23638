"""Renders an action-plan snapshot to PDF bytes: cover, summary, gaps, barriers, lessons, sign-off.

The same snapshot in the same language always gives the same bytes (the PDF is dated at its
sign-off, not at export), so an exported file can later be verified against the database.
The PDF is PDF/A-2b (see `archive`). The sections are in `sections`, the page furniture in
`page`, the look in `styles`.
"""

from datetime import UTC, datetime

from drempelkompas import __version__
from drempelkompas.domain import plan
from drempelkompas.domain.plan import Withdrawal
from drempelkompas.domain.progress import Progress
from drempelkompas.report.archive import DocumentInfo
from drempelkompas.report.document import PdfError, build_pdf
from drempelkompas.report.page import Marking, PageFurniture
from drempelkompas.report.sections import PlanSections, plan_texts
from drempelkompas.report.styles import register_fonts, unprintable
from drempelkompas.report.texts import Language, T, Wording

KEYWORD_PREFIX = "drempelkompas-plan"

__all__ = [
    "KEYWORD_PREFIX",
    "Language",
    "PdfError",
    "keywords",
    "missing_characters",
    "render_plan",
]


def keywords(snapshot: dict, language: Language) -> str:
    """The marker `verify` looks for: which plan, in which language it was rendered, and whether it
    is a signed-off version (whose last page has room for the stamps of digital signatures)."""
    status = "draft" if snapshot["status"] != "signed_off" else "signed_off"
    return f"{KEYWORD_PREFIX} fingerprint={plan.fingerprint(snapshot)} lang={language.code} status={status}"


def render_plan(
    snapshot: dict,
    language: Language,
    withdrawal: Withdrawal | None = None,
    progress: Progress | None = None,
    recorded_by: str = "",
) -> bytes:
    """The PDF of the plan in `language`, as bytes; marked on every page when it was withdrawn.

    `progress` hears how many of the document's parts are laid out, and may stop it. `recorded_by`
    names who recorded a version's sign-off in the app, for its audit trail.
    """
    register_fonts()
    words = Wording(language)
    sections = PlanSections(snapshot, words, withdrawal, recorded_by)
    collaboration = snapshot["collaboration"]
    version_text = _version_text(snapshot, words, sections.draft)
    info = DocumentInfo(
        title=f"{words.t(T.ACTION_PLAN)} — {collaboration['name']}",
        subject=version_text,
        author="Drempelkompas",
        creator=f"Drempelkompas {__version__}",
        keywords=keywords(snapshot, language),
        language=language.code,
        dated=datetime.fromisoformat(snapshot["created_at"].rstrip("Z")).replace(tzinfo=UTC),
    )
    furniture = PageFurniture(
        words,
        collaboration["name"],
        version_text,
        None if sections.draft else sections.fingerprint,
        _marking(words, sections),
    )
    return build_pdf(sections.story(), info, furniture, words.t(T.PAGE_X_OF_Y), progress=progress)


def missing_characters(snapshot: dict, extra: list[str] = ()) -> str:
    """The characters in the plan's texts (and `extra` ones, such as a withdrawal's reason) that
    the PDF's fonts cannot show (printed as a marker)."""
    missing = set()
    for text in [*plan_texts(snapshot), *extra]:
        missing |= unprintable(text)
    return "".join(sorted(missing))


def _marking(words: Wording, sections: PlanSections) -> Marking | None:
    if sections.withdrawal is not None:
        return Marking(words.t(T.WITHDRAWN_MARK), sections.withdrawal_text())
    if sections.draft:
        return Marking(words.t(T.DRAFT_WATERMARK), words.t(T.DRAFT_WATERMARK))
    return None


def _version_text(snapshot: dict, words: Wording, draft: bool) -> str:
    if draft:
        return words.t(T.DRAFT_OF_VERSION).format(number=snapshot["version"])
    return words.t(T.VERSION_N).format(number=snapshot["version"])
