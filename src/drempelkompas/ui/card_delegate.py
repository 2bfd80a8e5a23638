"""Paints a barrier as a card: title, status, impact, level, owner, due date and its lesson."""

from PySide6.QtCore import QDate, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from drempelkompas.domain import palette as colours
from drempelkompas.domain.enums import Status
from drempelkompas.runtime import i18n
from drempelkompas.services.barriers import BarrierView
from drempelkompas.ui.board_model import BarrierRole, LessonSuggestedRole, LessonTitleRole, OverdueRole

MARGIN = 4  # around a card
PADDING = 8  # inside a card
STRIPE = 5  # the status colour on the card's left edge

# Status colours that read on light and dark backgrounds alike.
STATUS_COLOURS = {status: QColor(colour) for status, colour in colours.STATUS_COLOURS.items()}
CONFLICT_COLOUR = QColor(colours.WARNING)  # an imported version that conflicts with another card


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def wrap_two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Greedy word wrap into at most two lines; the second is elided when the text goes on."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one word wider than the card
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, 2 * MARGIN + 2 * PADDING + 5 * line + 3 * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card: BarrierView = index.data(BarrierRole)
        if card is None:
            return
        palette, dark = option.palette, is_dark(option.palette)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        if selected:
            background = _blend(background, palette.color(QPalette.ColorRole.Highlight), 0.18)
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2.0 if selected or focused else 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QRectF(rect.left() + 1, rect.top() + 1, STRIPE, rect.height() - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATUS_COLOURS[card.status])
        painter.drawRoundedRect(stripe, 2, 2)

        text_colour = palette.color(QPalette.ColorRole.Text)
        faint = _blend(text_colour, background, 0.4)
        left = int(rect.left()) + STRIPE + PADDING
        width = int(rect.right()) - PADDING - left
        y = int(rect.top()) + PADDING
        base_font = QFont(option.font)
        line = QFontMetrics(base_font).height()

        title_font = QFont(base_font)
        title_font.setBold(True)
        if card.status is Status.OVERCOME:
            title_font.setStrikeOut(True)
        painter.setFont(title_font)
        painter.setPen(faint if card.status is Status.OVERCOME else text_colour)
        for text in wrap_two_lines(card.title, QFontMetrics(title_font), width):
            painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignLeft, text)
            y += line
        y = int(rect.top()) + PADDING + 2 * line + 3

        painter.setFont(base_font)
        x = self._draw_chip(
            painter, left, y, line, i18n.label(card.status), STATUS_COLOURS[card.status], dark
        )
        if card.conflict:
            #: A short badge on a card: an imported version that conflicts with another card.
            x = self._draw_chip(painter, x + 8, y, line, self.tr("Conflict"), CONFLICT_COLOUR, dark)
        x = self._draw_impact(painter, x + 8, y, line, card.impact, text_colour, faint)
        if card.level is not None:
            painter.setPen(faint)
            room = left + width - x - 8
            level = QFontMetrics(base_font).elidedText(
                i18n.label(card.level), Qt.TextElideMode.ElideRight, room
            )
            painter.drawText(QRect(x + 8, y, room, line), Qt.AlignmentFlag.AlignLeft, level)
        y += line + 3

        due_text, due_font, due_colour = "", QFont(base_font), faint
        if card.due_date:
            due = QLocale().toString(
                QDate(card.due_date.year, card.due_date.month, card.due_date.day),
                QLocale.FormatType.ShortFormat,
            )
            overdue = bool(index.data(OverdueRole))
            due_text = (
                #: On a card, short: the due date has passed. {date} is a short date.
                self.tr("Overdue {date}").format(date=due)
                if overdue
                else self.tr("Due {date}").format(date=due)
            )
            due_font.setBold(overdue)
            if overdue:
                due_colour = QColor(colours.WARNING_ON_DARK if dark else colours.WARNING)
            painter.setFont(due_font)
            painter.setPen(due_colour)
            painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignRight, due_text)
        due_width = QFontMetrics(due_font).horizontalAdvance(due_text) + 8 if due_text else 0
        painter.setFont(base_font)
        painter.setPen(text_colour if card.owner else faint)
        owner = card.owner or self.tr("No owner")
        painter.drawText(
            QRect(left, y, width - due_width, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(base_font).elidedText(owner, Qt.TextElideMode.ElideRight, width - due_width),
        )
        y += line + 3

        lesson = index.data(LessonTitleRole)
        if lesson:
            suggested = bool(index.data(LessonSuggestedRole))
            lesson_font = QFont(base_font)
            lesson_font.setItalic(suggested)
            painter.setFont(lesson_font)
            painter.setPen(faint if suggested else text_colour)
            text = (self.tr("Suggested: {lesson}") if suggested else self.tr("Lesson: {lesson}")).format(
                lesson=lesson
            )
            painter.drawText(
                QRect(left, y, width, line),
                Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(lesson_font).elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()

    @staticmethod
    def _draw_chip(
        painter: QPainter, x: int, y: int, line: int, text: str, colour: QColor, dark: bool
    ) -> int:
        width = painter.fontMetrics().horizontalAdvance(text) + 12
        chip = QRectF(x, y, width, line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_with_alpha(colour, 70 if dark else 45))
        painter.drawRoundedRect(chip, line / 2, line / 2)
        painter.setPen(colour.lighter(150) if dark else colour.darker(150))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        return x + width

    @staticmethod
    def _draw_impact(
        painter: QPainter, x: int, y: int, line: int, impact: int, on: QColor, off: QColor
    ) -> int:
        radius = max(2.5, line / 6)
        painter.setPen(Qt.PenStyle.NoPen)
        for number in range(1, 6):
            painter.setBrush(on if number <= impact else _with_alpha(off, 90))
            painter.drawEllipse(
                QPointF(x + radius + (number - 1) * (2 * radius + 2), y + line / 2), radius, radius
            )
        return int(x + 5 * (2 * radius + 2))


def _blend(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor(
        round(first.red() * (1 - amount) + second.red() * amount),
        round(first.green() * (1 - amount) + second.green() * amount),
        round(first.blue() * (1 - amount) + second.blue() * amount),
    )


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result
