"""The PDF's look: page geometry, the embedded fonts, colours and paragraph styles."""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from drempelkompas.domain import palette
from drempelkompas.resources import resource

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

STATUS_COLOURS = {status: colors.HexColor(colour) for status, colour in palette.STATUS_COLOURS.items()}
ACCENT = colors.HexColor(palette.ACCENT)
WARNING = colors.HexColor(palette.WARNING)
FAINT = colors.HexColor("#666666")
LINE = colors.HexColor("#bbbbbb")
SHADE = colors.HexColor("#f3f6fa")

_fonts_registered = False


def register_fonts() -> None:
    """DejaVu Sans, embedded: reportlab's standard fonts lack letters such as ĳ."""
    global _fonts_registered
    if not _fonts_registered:
        for name in (FONT, BOLD, ITALIC):
            pdfmetrics.registerFont(TTFont(name, str(resource(f"{name}.ttf"))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        _fonts_registered = True


def paragraph_styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=FAINT),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0
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
        "label": ParagraphStyle(
            "label", parent=body, fontName=BOLD, fontSize=9, leading=12, spaceBefore=4, spaceAfter=1
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
