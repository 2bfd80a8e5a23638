"""What the landscape overviews (the portfolio and the printed board) share: the page, the width
of the text, the document information and the furniture."""

from datetime import UTC, datetime

from reportlab.lib.pagesizes import A4, landscape

from drempelkompas import __version__
from drempelkompas.domain import plan
from drempelkompas.report.archive import DocumentInfo
from drempelkompas.report.document import build_pdf
from drempelkompas.report.page import PageFurniture
from drempelkompas.report.styles import MARGIN
from drempelkompas.report.texts import Language, T, Wording

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN


def render_landscape(
    story, snapshot: dict, words: Wording, language: Language, title: str, heading: str, kind: str
) -> bytes:
    """The PDF of `story` on A4 landscape pages headed `heading`, dated at the snapshot's date."""
    info = DocumentInfo(
        title=title,
        subject=heading,
        author="Drempelkompas",
        creator=f"Drempelkompas {__version__}",
        keywords=f"drempelkompas-{kind} fingerprint={plan.fingerprint(snapshot)} lang={language.code}",
        language=language.code,
        dated=datetime.fromisoformat(snapshot["created_at"].rstrip("Z")).replace(tzinfo=UTC),
    )
    furniture = PageFurniture(words, title, heading, None, None, pagesize=PAGE)
    return build_pdf(story, info, furniture, words.t(T.PAGE_X_OF_Y), pagesize=PAGE)
