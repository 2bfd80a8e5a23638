"""The stamp a digital signature shows on the sign-off page: who signed, for which organisation, when.

It is a small PDF page of its own, with the plan's embedded fonts, that the signer places in a
box of the page's signature strip; so a printed copy shows every signature.
"""

from datetime import datetime
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from drempelkompas.report.archive import PDF_VERSION
from drempelkompas.report.styles import (
    ACCENT,
    BOLD,
    FAINT,
    FONT,
    SHADE,
    SIGNATURE_BOX,
    printable,
    register_fonts,
)
from drempelkompas.report.texts import Language, T, Wording


def signature_stamp(name: str, organisation: str, moment: datetime, language: Language) -> bytes:
    """The stamp as a one-page PDF the size of a signature box."""
    register_fonts()
    words = Wording(language)
    width, height = SIGNATURE_BOX
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pdfVersion=PDF_VERSION, initialFontName=FONT)
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.rect(1, 1, width - 2, height - 2, fill=1)  # inside the box: its edge would clip the line
    inner = width - 4 * mm
    lines = [
        (FONT, 6.5, FAINT, words.t(T.DIGITALLY_SIGNED_BY)),
        (BOLD, 8.5, ACCENT, name),
        (FONT, 7, FAINT, organisation),
        (FONT, 7, FAINT, f"{language.format_date(moment.date())} {moment:%H:%M}"),
    ]
    y = height - 4.5 * mm
    for font, size, colour, text in lines:
        if not text:
            continue
        canvas.setFont(font, size)
        canvas.setFillColor(colour)
        canvas.drawString(2 * mm, y, _fit(printable(text), font, size, inner))
        y -= size + 2.5
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fit(text: str, font: str, size: float, width: float) -> str:
    while len(text) > 1 and stringWidth(text, font, size) > width:
        text = text[:-2].rstrip() + "…"
    return text
