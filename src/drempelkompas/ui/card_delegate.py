"""Paints a barrier as a card: title, status, impact, level, owner, due date and its lesson.

Where each part goes is `card_layout`'s job; this module picks the colours and paints. The
selection shows only in the column that has the keyboard focus, and the focused card gets a
ring of its own, so it can be told apart from a selected one.
"""

from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from drempelkompas.domain import palette as colours
from drempelkompas.domain.enums import Status
from drempelkompas.runtime import i18n
from drempelkompas.services.barrier_views import BarrierView
from drempelkompas.ui.board_model import BarrierRole, CardFactsRole
from drempelkompas.ui.card_layout import (
    IMPACT_DOTS,
    PADDING,
    CardFonts,
    CardLayout,
    CardTexts,
    impact_geometry,
    lay_out,
)

MARGIN = 5  # around a card, with room for the focus ring
STRIPE = 5  # the status colour on the card's left edge
CHIP_TINT_LIGHT, CHIP_TINT_DARK = 45 / 255, 70 / 255
SELECTION_TINT = 0.12
LAYOUT_CACHE_SIZE = 4000


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True)
class CardColours:
    """The colours of one card as #rrggbb, so their contrast can be measured."""

    background: str
    border: str
    focus_ring: str
    text: str
    faint: str
    stripe: str
    chip: str
    chip_text: str
    conflict_chip: str
    conflict_text: str
    warning: str

    @classmethod
    def for_card(cls, palette: QPalette, status: Status, selected: bool) -> "CardColours":
        dark = is_dark(palette)
        base = palette.color(QPalette.ColorRole.Base).name()
        highlight = palette.color(QPalette.ColorRole.Highlight).name()
        background = blend(base, highlight, SELECTION_TINT) if selected else base
        text = palette.color(QPalette.ColorRole.Text).name()
        stripe = (colours.STATUS_COLOURS_ON_DARK if dark else colours.STATUS_COLOURS)[status]
        warning = colours.WARNING_ON_DARK if dark else colours.WARNING
        tint = CHIP_TINT_DARK if dark else CHIP_TINT_LIGHT
        return cls(
            background=background,
            border=highlight if selected else palette.color(QPalette.ColorRole.Mid).name(),
            focus_ring=highlight,
            text=text,
            faint=blend(text, background, 0.4),
            stripe=stripe,
            chip=blend(background, stripe, tint),
            chip_text=(colours.STATUS_TEXT_ON_DARK if dark else colours.STATUS_TEXT)[status],
            conflict_chip=blend(background, warning, tint),
            conflict_text=colours.WARNING_CHIP_TEXT_ON_DARK if dark else colours.WARNING_CHIP_TEXT,
            warning=warning,
        )


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layouts: dict[tuple, CardLayout] = {}
        self._texts: dict[tuple, CardTexts] = {}
        self._scroll_bar_width: int | None = None
        self._colour_sets: dict[tuple, CardColours] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        width = self.text_width(option)
        height = self.card_layout(option, index, width).height + 2 * MARGIN
        return QSize(width + 2 * MARGIN, height + _placeholder_above(option, index))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card: BarrierView = index.data(BarrierRole)
        if card is None:
            return
        # A column without the keyboard focus shows no selection: one highlighted card on the board.
        active = option.widget is None or option.widget.window().focusWidget() is option.widget
        selected = active and bool(option.state & QStyle.StateFlag.State_Selected)
        focused = active and bool(option.state & QStyle.StateFlag.State_HasFocus)
        paint = self._colours(option.palette, card.status, selected)
        outer = QRect(option.rect)
        if room := _placeholder_above(option, index):
            paint_placeholder(painter, QRect(outer.left(), outer.top(), outer.width(), room), option.widget)
            outer.setTop(outer.top() + room)
        rect = QRectF(outer.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if focused:
            paint_focus_ring(painter, rect.adjusted(-3, -3, 3, 3).toRect(), option.widget, inset=0)
        painter.setPen(QPen(QColor(paint.border), 2.0 if selected else 1.0))
        painter.setBrush(QColor(paint.background))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(paint.stripe))
        painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, STRIPE, rect.height() - 2), 2, 2)

        left = int(rect.left()) + STRIPE + PADDING
        top = int(rect.top())
        facts = index.data(CardFactsRole)
        texts, fonts = self.card_texts(facts), self._fonts(option, facts)
        for piece in self._layout(texts, fonts, self.text_width(option)).pieces:
            self._paint_piece(
                painter, piece.kind, piece.rect.translated(left, top), piece.text, texts, fonts, paint
            )
        painter.restore()

    def _colours(self, palette: QPalette, status: Status, selected: bool) -> CardColours:
        """The card's colours, worked out once per palette (a theme change makes a new one)."""
        key = (palette.cacheKey(), status, selected)
        colours = self._colour_sets.get(key)
        if colours is None:
            colours = self._colour_sets[key] = CardColours.for_card(palette, status, selected)
        return colours

    # -- the parts -------------------------------------------------------------------------

    def _paint_piece(
        self,
        painter: QPainter,
        kind: str,
        rect: QRect,
        text: str,
        texts: CardTexts,
        fonts: CardFonts,
        paint: CardColours,
    ) -> None:
        if kind == "title":
            painter.setFont(fonts.title)
            painter.setPen(QColor(paint.faint if fonts.title.strikeOut() else paint.text))
        elif kind in ("status", "conflict"):
            chip, ink = (
                (paint.chip, paint.chip_text)
                if kind == "status"
                else (paint.conflict_chip, paint.conflict_text)
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(chip))
            painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
            painter.setFont(fonts.base)
            painter.setPen(QColor(ink))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            return
        elif kind == "impact":
            self._paint_impact(painter, rect, texts.impact, paint)
            return
        elif kind == "due":
            painter.setFont(fonts.due)
            painter.setPen(QColor(paint.warning if texts.overdue else paint.faint))
        elif kind == "lesson":
            painter.setFont(fonts.lesson)
            painter.setPen(QColor(paint.faint if texts.lesson_suggested else paint.text))
        else:  # level, owner
            painter.setFont(fonts.base)
            quiet = kind == "level" or not texts.has_owner
            painter.setPen(QColor(paint.faint if quiet else paint.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _paint_impact(painter: QPainter, rect: QRect, impact: int, paint: CardColours) -> None:
        """Filled dots for the impact, rings for the rest: told by shape, not by colour alone."""
        radius, step = impact_geometry(rect.height())
        for number in range(1, IMPACT_DOTS + 1):
            centre = QPointF(rect.left() + radius + 1 + (number - 1) * step, rect.center().y() + 0.5)
            if number <= impact:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(paint.text))
            else:
                painter.setPen(QPen(QColor(paint.faint), 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius, radius)

    # -- layout ----------------------------------------------------------------------------

    def text_width(self, option: QStyleOptionViewItem) -> int:
        """The width for the card's text: the list's, less margins, stripe and padding."""
        widget = option.widget
        if widget is None:
            outer = option.rect.width()
        else:
            # As if the scroll bar were always there: its coming and going must not re-wrap the
            # cards, or a card would be painted taller than the room the list gave it.
            if self._scroll_bar_width is None:
                self._scroll_bar_width = widget.verticalScrollBar().sizeHint().width()
            outer = widget.width() - self._scroll_bar_width - 2 * widget.frameWidth()
        return max(outer, 120) - 2 * MARGIN - STRIPE - 2 * PADDING

    def card_layout(self, option: QStyleOptionViewItem, index, width: int) -> CardLayout:
        facts = index.data(CardFactsRole)
        if facts is None:
            return CardLayout()
        return self._layout(self.card_texts(facts), self._fonts(option, facts), width)

    def _layout(self, texts: CardTexts, fonts: CardFonts, width: int) -> CardLayout:
        key = (texts, width, fonts.title.key())  # the title's font says the base font and strike-out
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) > LAYOUT_CACHE_SIZE:
                self._layouts.clear()
            layout = self._layouts[key] = lay_out(texts, fonts, width)
        return layout

    def _fonts(self, option: QStyleOptionViewItem, facts: tuple) -> CardFonts:
        card, _, suggested, overdue = facts
        return CardFonts.for_card(option.font, overdue, suggested, card.status is Status.OVERCOME)

    def card_texts(self, facts: tuple) -> CardTexts:
        """What the card says in the current language; remembered, as each card is asked often."""
        key = (facts, i18n.current_language())
        texts = self._texts.get(key)
        if texts is None:
            if len(self._texts) > LAYOUT_CACHE_SIZE:
                self._texts.clear()
            texts = self._texts[key] = self._make_texts(*facts)
        return texts

    def _make_texts(self, card: BarrierView, lesson: str, suggested: bool, overdue: bool) -> CardTexts:
        due = ""
        if card.due_date:
            short = QLocale().toString(
                QDate(card.due_date.year, card.due_date.month, card.due_date.day),
                QLocale.FormatType.ShortFormat,
            )
            #: On a card, short: the due date has passed. {date} is a short date.
            due = (self.tr("Overdue {date}") if overdue else self.tr("Due {date}")).format(date=short)
        if lesson:
            lesson = (self.tr("Suggested: {lesson}") if suggested else self.tr("Lesson: {lesson}")).format(
                lesson=lesson
            )
        return CardTexts(
            title=card.title,
            status=i18n.label(card.status),
            #: A short badge on a card: an imported version that conflicts with another card.
            conflict=self.tr("Conflict") if card.conflict else "",
            impact=card.impact,
            level=i18n.label(card.level) if card.level is not None else "",
            owner=card.owner or self.tr("No owner"),
            has_owner=bool(card.owner),
            due=due,
            overdue=overdue,
            lesson=lesson,
            lesson_suggested=suggested,
        )


def placeholder_height(view) -> int:
    return 2 * view.fontMetrics().height() + 2 * MARGIN


def _placeholder_above(option: QStyleOptionViewItem, index) -> int:
    """The room above this card for the place a dragged card would land."""
    view = option.widget
    if view is not None and getattr(view, "drop_row", None) == index.row():
        return placeholder_height(view)
    return 0


def paint_focus_ring(painter: QPainter, rect: QRect, view, inset: int = 3) -> None:
    """A ring in the highlight colour: where the keyboard focus is, apart from any selection."""
    colour = view.palette().color(QPalette.ColorRole.Highlight) if view is not None else QColor("#308cc6")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect.adjusted(inset, inset, -inset, -inset)), 8, 8)
    painter.restore()


def paint_placeholder(painter: QPainter, rect: QRect, view) -> None:
    """A dashed, tinted card outline: where the dragged card will land."""
    palette = view.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(highlight, 2.0, Qt.PenStyle.DashLine))
    painter.setBrush(QColor(blend(palette.color(QPalette.ColorRole.Base).name(), highlight.name(), 0.15)))
    painter.drawRoundedRect(QRectF(rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)), 6, 6)
    painter.restore()


def blend(first: str, second: str, amount: float) -> str:
    """`first` mixed with `amount` of `second`, as #rrggbb."""
    a, b = QColor(first), QColor(second)
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    ).name()
