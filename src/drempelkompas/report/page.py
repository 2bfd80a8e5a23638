"""What every page carries: header, footer, "page X of Y", the draft watermark, and the document's date."""

import time
from collections.abc import Callable
from datetime import datetime
from hashlib import md5

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas

from drempelkompas.report.styles import (
    ACCENT,
    BOLD,
    FAINT,
    FONT,
    LINE,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    WARNING,
)
from drempelkompas.report.texts import T, Wording


class PageFurniture:
    """Draws the header, the footer and (on a draft) the watermark on each page."""

    def __init__(
        self, wording: Wording, collaboration_name: str, version_text: str, fingerprint: str, draft: bool
    ):
        self.words = wording
        self.collaboration_name = collaboration_name
        self.version_text = version_text
        self.fingerprint = fingerprint
        self.draft = draft

    def decorate(self, canvas: Canvas, document) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top, _clip(self.collaboration_name, 70))
        canvas.setFont(FONT, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, self.version_text)
        canvas.setStrokeColor(LINE)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.line(MARGIN, MARGIN + 1 * mm, PAGE_WIDTH - MARGIN, MARGIN + 1 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(FAINT)
        canvas.drawString(
            MARGIN, MARGIN - 2 * mm, self.words.t(T.FOOTER_FINGERPRINT).format(short=self.fingerprint[:16])
        )
        if self.draft:
            canvas.setFont(BOLD, 9)
            canvas.setFillColor(WARNING)
            canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN - 2 * mm, self.words.t(T.DRAFT_WATERMARK))
            canvas.setFont(BOLD, 54)
            canvas.setFillColor(colors.Color(0.75, 0.2, 0.15, alpha=0.08))
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, self.words.t(T.DRAFT_WATERMARK))
        canvas.restoreState()


def numbered_canvas(page_text: str, dated: datetime) -> Callable[..., Canvas]:
    """A canvas class that numbers pages "X of Y" (`page_text`) and dates the document at `dated`."""
    seconds = int(dated.timestamp())

    class NumberedCanvas(Canvas):
        """Holds every page back until the end, so each can say "page X of Y"."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            _date_document(self._doc, seconds)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(FAINT)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN,
                    MARGIN - 2 * mm,
                    page_text.format(page=number, pages=len(self._pages)),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class _FixedTime(TimeStamp):
    """reportlab's document time, set to a moment in UTC (as SOURCE_DATE_EPOCH would)."""

    def __init__(self, seconds: int) -> None:
        self.t = seconds
        self.lt = time.gmtime(seconds)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"


def _date_document(document, seconds: int) -> None:
    """Dates a new reportlab document, and seeds its file identifier, from `seconds` alone.

    reportlab otherwise takes the clock (or the process-wide SOURCE_DATE_EPOCH); a fixed date
    is what makes the same plan give the same bytes.
    """
    document._timeStamp = _FixedTime(seconds)
    document.signature = md5(usedforsecurity=False)
    document.signature.update(b"a reportlab document")
    document.signature.update(ascii(seconds).encode())


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
