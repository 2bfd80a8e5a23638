"""The PDF's look: page geometry, the embedded fonts, colours and paragraph styles."""

import hashlib
import threading

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from drempelkompas.domain import palette
from drempelkompas.resources import resource

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"  # the plan uses no italics: one font less to embed
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP_MARGIN, BOTTOM_MARGIN = MARGIN + 6 * mm, MARGIN + 4 * mm  # room for the header and the footer
FRAME_PADDING = 6  # points: reportlab's default padding inside a page's frame
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

# The chart's: the board's hues, at lightnesses far enough apart to tell them in black and white.
CHART_COLOURS = {status: colors.HexColor(colour) for status, colour in palette.CHART_COLOURS.items()}
ACCENT = colors.HexColor(palette.ACCENT)
WARNING = colors.HexColor(palette.WARNING)
FAINT = colors.HexColor("#666666")
LINE = colors.HexColor("#bbbbbb")
SHADE = colors.HexColor("#f3f6fa")

# The sign-off page of a version (the last page) keeps a strip at its foot for the stamps of
# digital signatures: a heading, then SIGNATURE_SLOTS boxes in rows of SIGNATURE_COLUMNS.
SIGNATURE_COLUMNS, SIGNATURE_ROWS = 3, 2
SIGNATURE_SLOTS = SIGNATURE_COLUMNS * SIGNATURE_ROWS
SIGNATURE_HEADING = 7 * mm
SIGNATURE_GAP = 3 * mm
SIGNATURE_BOX = ((TEXT_WIDTH - (SIGNATURE_COLUMNS - 1) * SIGNATURE_GAP) / SIGNATURE_COLUMNS, 17 * mm)
SIGNATURE_AREA_HEIGHT = SIGNATURE_HEADING + SIGNATURE_ROWS * (SIGNATURE_BOX[1] + SIGNATURE_GAP)
# Where the strip's top left corner lands on the page: it fills the foot of the last frame.
SIGNATURE_AREA_CORNER = (MARGIN + FRAME_PADDING, BOTTOM_MARGIN + FRAME_PADDING + SIGNATURE_AREA_HEIGHT)


def signature_box(slot: int, left: float = SIGNATURE_AREA_CORNER[0], top: float = SIGNATURE_AREA_CORNER[1]):
    """The box (x1, y1, x2, y2) of a signature's stamp; the strip's top left corner at (left, top)."""
    width, height = SIGNATURE_BOX
    x1 = left + (slot % SIGNATURE_COLUMNS) * (width + SIGNATURE_GAP)
    y2 = top - SIGNATURE_HEADING - (slot // SIGNATURE_COLUMNS) * (height + SIGNATURE_GAP)
    return x1, y2 - height, x1 + width, y2


MISSING_GLYPH = "\ufffd"  # printed for a character the fonts lack, instead of an empty box

_fonts_registered = False
_printable: frozenset[int] = frozenset()
_subset_naming = threading.Lock()


class _TaggedFont(TTFont):
    """A TrueType font whose subsets get tags of their own ("QXBMTR+DejaVuSans").

    reportlab tags the first subset of every font "AAAAAA"; PDF (and PDF/A) expect different
    subsets to carry different tags. The tag is derived from the font and the subset number,
    so the PDF stays the same from run to run.
    """

    def addObjects(self, doc) -> None:  # noqa: N802 - reportlab's name
        def tag(number: int) -> bytes:
            digest = hashlib.sha256(f"{self.fontName}/{number}".encode()).digest()
            return bytes(ord("A") + byte % 26 for byte in digest[:6])

        with _subset_naming:  # reportlab names subsets through this module-level function
            original, ttfonts.SUBSETN = ttfonts.SUBSETN, tag
            try:
                super().addObjects(doc)
            finally:
                ttfonts.SUBSETN = original


def register_fonts() -> None:
    """DejaVu Sans, embedded: reportlab's standard fonts lack letters such as ĳ."""
    global _fonts_registered, _printable
    if not _fonts_registered:
        fonts = [_TaggedFont(name, str(resource(f"{name}.ttf"))) for name in (FONT, BOLD)]
        for font in fonts:
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
        _printable = frozenset.intersection(*(frozenset(font.face.charToGlyph) for font in fonts))
        _fonts_registered = True


def escape_xml(text: str) -> str:
    """Text made safe inside XML or paragraph markup (xml.sax.saxutils would import urllib and http)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unprintable(text: str) -> set[str]:
    """The characters of `text` that the embedded fonts cannot show."""
    register_fonts()
    if text.isascii():
        return set()
    return {c for c in text if ord(c) not in _printable and c not in "\n\t"}


def printable(text: str) -> str:
    """`text` with every character the fonts lack replaced by a visible marker."""
    missing = unprintable(text)
    return text if not missing else "".join(MISSING_GLYPH if c in missing else c for c in text)


def paragraph_styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=FAINT),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "number_heading": ParagraphStyle(  # above a column of numbers, aligned with them
            "number_heading", parent=body, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0, alignment=2
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontName=BOLD, fontSize=16, leading=21, spaceAfter=8
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        # A barrier's heading: a conditional page break keeps it with what follows, which is
        # much cheaper than keepWithNext (reportlab then lays out every pair twice).
        "barrier": ParagraphStyle(
            "barrier", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3
        ),
        "label": ParagraphStyle(
            "label", parent=body, fontName=BOLD, fontSize=9, leading=12, spaceBefore=4, spaceAfter=1
        ),
        "closing": ParagraphStyle("closing", parent=body, spaceAfter=3 + 3 * mm),  # ends a barrier
        "warning": ParagraphStyle(
            "warning", parent=body, fontName=BOLD, textColor=WARNING, spaceBefore=6, spaceAfter=6
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=3),
        "lesson": ParagraphStyle("lesson", parent=body, leftIndent=8, textColor=colors.HexColor("#222222")),
        "lesson_title": ParagraphStyle("lesson_title", parent=body, leftIndent=8, fontName=BOLD),
        "details": ParagraphStyle(
            "details",
            parent=body,
            fontSize=8.5,
            leading=12,
            backColor=SHADE,
            borderPadding=(3, 4, 3, 4),
            spaceBefore=2,
            spaceAfter=8,
        ),
    }
