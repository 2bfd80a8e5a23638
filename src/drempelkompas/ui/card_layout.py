"""Where each part of a barrier card goes, for a given width: nothing is hidden, rows wrap instead.

The layout is computed once per card, width and font, and used both for the card's height and
for painting it, so what the list reserves is exactly what the card needs.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

PADDING = 8  # inside a card
GAP = 8  # between the parts of one row
ROW_GAP = 3  # between rows
TITLE_LINES = 4
LESSON_LINES = 3
IMPACT_DOTS = 5


@dataclass(frozen=True)
class CardTexts:
    """What a card says, already translated."""

    title: str
    status: str
    conflict: str  # "" when the card is not in conflict
    impact: int
    level: str  # "" when no level was chosen
    owner: str  # the owner, or the words for "no owner"
    has_owner: bool
    due: str  # "" when there is no due date
    overdue: bool
    lesson: str  # "" when no lesson applies
    lesson_suggested: bool


@dataclass(frozen=True)
class Piece:
    kind: str  # title, status, conflict, impact, level, owner, due, lesson
    rect: QRect  # relative to the card's content area
    text: str = ""


@dataclass
class CardLayout:
    height: int = 0
    pieces: list[Piece] = field(default_factory=list)


@dataclass(frozen=True)
class CardFonts:
    base: QFont
    title: QFont
    due: QFont
    lesson: QFont

    @classmethod
    def for_card(cls, base: QFont, overdue: bool, suggested: bool, struck_out: bool) -> "CardFonts":
        """The fonts of a card in `base`, made once for each combination."""
        key = (base.key(), overdue, suggested, struck_out)
        fonts = _FONTS.get(key)
        if fonts is None:
            title, due, lesson = QFont(base), QFont(base), QFont(base)
            title.setBold(True)
            title.setStrikeOut(struck_out)
            due.setBold(overdue)
            lesson.setItalic(suggested)
            fonts = _FONTS[key] = cls(QFont(base), title, due, lesson)
        return fonts


_FONTS: dict[tuple, CardFonts] = {}


class TextMeasure:
    """Widths of texts in one font, remembered: the cards of a board repeat the same words."""

    LIMIT = 50_000

    def __init__(self, font: QFont) -> None:
        self.metrics = QFontMetrics(font)
        self.height = self.metrics.height()
        self._widths: dict[str, int] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > self.LIMIT:
                self._widths.clear()
            width = self._widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def elided(self, text: str, width: int) -> str:
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


_MEASURES: dict[str, TextMeasure] = {}


def measure(font: QFont) -> TextMeasure:
    key = font.key()
    found = _MEASURES.get(key)
    if found is None:
        found = _MEASURES[key] = TextMeasure(font)
    return found


def wrap_lines(text: str, measured: TextMeasure, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines`; the last is elided when the text goes on."""
    words, lines, start = text.split(), [], 0
    while start < len(words) and len(lines) < max_lines - 1:
        line_width = measured.width(words[start])
        if line_width > width:  # a word wider than the card (a Dutch compound): broken where it must
            head, tail = _break_word(words[start], measured, width)
            lines.append(head)
            if tail:
                words[start] = tail
            else:
                start += 1
            continue
        end = start + 1
        while end < len(words) and line_width + measured.space + measured.width(words[end]) <= width:
            line_width += measured.space + measured.width(words[end])
            end += 1
        lines.append(" ".join(words[start:end]))
        start = end
    if start < len(words):
        rest = " ".join(words[start:])
        lines.append(rest if measured.width(rest) <= width else measured.elided(rest, width))
    return lines


def _break_word(word: str, measured: TextMeasure, width: int) -> tuple[str, str]:
    """The longest start of `word` that fits `width` with a hyphen, and the rest."""
    if len(word) < 2:
        return word, ""
    low, high = 1, len(word) - 1
    while low < high:  # the largest cut whose head fits
        cut = (low + high + 1) // 2
        if measured.metrics.horizontalAdvance(word[:cut] + "-") <= width:
            low = cut
        else:
            high = cut - 1
    return word[:low] + "-", word[low:]


def chip_width(measured: TextMeasure, text: str) -> int:
    return measured.width(text) + 12


def impact_geometry(line_height: int) -> tuple[float, float]:
    """The radius of an impact dot and the distance between dot centres."""
    radius = max(2.5, line_height / 6)
    return radius, 2 * radius + 3


def lay_out(texts: CardTexts, fonts: CardFonts, width: int) -> CardLayout:
    """The card's parts in rows within `width`, and the height they take (padding included)."""
    layout = CardLayout()
    width = max(width, 40)
    base = measure(fonts.base)
    line = base.height
    y = PADDING

    title = measure(fonts.title)
    for text in wrap_lines(texts.title, title, width, TITLE_LINES):
        layout.pieces.append(Piece("title", QRect(0, y, width, title.height), text))
        y += title.height
    y += ROW_GAP

    _, step = impact_geometry(line)
    facts = [
        ("status", chip_width(base, texts.status), texts.status, base),
        *([("conflict", chip_width(base, texts.conflict), texts.conflict, base)] if texts.conflict else []),
        ("impact", round(IMPACT_DOTS * step), "", base),
        *([("level", base.width(texts.level), texts.level, base)] if texts.level else []),
    ]
    y = _flow(layout, facts, width, y, line)

    people = [("owner", base.width(texts.owner), texts.owner, base)]
    if texts.due:
        due = measure(fonts.due)
        people.append(("due", due.width(texts.due), texts.due, due))
    y = _flow(layout, people, width, y, line, last_to_the_right=True)

    if texts.lesson:
        for text in wrap_lines(texts.lesson, measure(fonts.lesson), width, LESSON_LINES):
            layout.pieces.append(Piece("lesson", QRect(0, y, width, line), text))
            y += line
        y += ROW_GAP
    layout.height = y - ROW_GAP + PADDING
    return layout


def _flow(
    layout: CardLayout,
    parts: list[tuple[str, int, str, TextMeasure]],
    width: int,
    y: int,
    line: int,
    last_to_the_right: bool = False,
) -> int:
    """Places parts left to right, starting a new row when one does not fit; returns the next y."""
    x = 0
    for number, (kind, part_width, text, measured) in enumerate(parts):
        if x > 0 and x + GAP + part_width > width:
            x, y = 0, y + line + ROW_GAP
        start = x + GAP if x > 0 else 0
        if part_width > width:  # wider than the whole card: on lines of its own
            lines = wrap_lines(text, measured, width, 2)
            for extra in lines[:-1]:
                layout.pieces.append(Piece(kind, QRect(0, y, width, line), extra))
                y += line
            text, part_width = lines[-1], min(measured.width(lines[-1]), width)
        if last_to_the_right and number == len(parts) - 1 and start > 0:
            start = width - part_width
        layout.pieces.append(Piece(kind, QRect(start, y, part_width, line), text))
        x = start + part_width
    return y + line + ROW_GAP
