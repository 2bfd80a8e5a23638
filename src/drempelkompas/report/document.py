"""Builds one of the app's PDFs from its story: the page template, the furniture on every page, the
progress of the layout, and the archive metadata (the same story always gives the same bytes)."""

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from drempelkompas.domain.errors import DrempelError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.progress import Progress
from drempelkompas.report.archive import DocumentInfo
from drempelkompas.report.page import PageFurniture, numbered_canvas
from drempelkompas.report.styles import BOTTOM_MARGIN, FONT, MARGIN, TOP_MARGIN, register_fonts


class PdfError(DrempelError):
    """The PDF could not be laid out; nothing was written."""


def build_pdf(
    story: list[Flowable],
    info: DocumentInfo,
    furniture: PageFurniture,
    page_text: str,
    pagesize: tuple[float, float] = A4,
    progress: Progress | None = None,
) -> bytes:
    """The PDF of `story`, as bytes; `page_text` numbers the pages ("Page {page} of {pages}")."""
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator=info.creator,
        lang=info.language,
        initialFontName=FONT,
    )
    if progress is not None:
        document.setProgressCallBack(_LayoutProgress(progress))
    try:
        document.build(
            story,
            onFirstPage=furniture.decorate,
            onLaterPages=furniture.decorate,
            canvasmaker=numbered_canvas(page_text, info, pagesize[0]),
        )
    except LayoutError:  # reportlab's own words name its objects, not what the user wrote
        raise PdfError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The PDF could not be laid out: one of its texts does not fit on a page. "
                "Shorten the longest texts and try again.",
            )
        ) from None
    return buffer.getvalue()


class _LayoutProgress:
    """reportlab's report of the layout, told as Progress: flowables laid out of all."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.total = 0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.total = value
        elif kind == "PROGRESS" and self.total:
            self.progress(min(value, self.total), self.total)
