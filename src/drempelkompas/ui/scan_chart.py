"""The drempelscan's profile as a chart: per precondition a bar for each round (the latest
darkest), on a scale from 0 to 4 with the line from which a barrier counts as present."""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.palette import PRECONDITION_COLOURS, WARNING
from drempelkompas.domain.scan import HIGH_SCORE, SCORES, Profile
from drempelkompas.runtime import i18n

SHOWN_ROUNDS = 4  # the latest rounds; older ones are in the table


class ScanChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scanChart")
        self.rounds: list[Profile] = []
        self.setMinimumHeight(200)

    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def show_rounds(self, rounds: list[Profile]) -> None:
        self.rounds = rounds[-SHOWN_ROUNDS:]
        dates = ", ".join(i18n.format_date(r.held_on) for r in self.rounds)
        self.setAccessibleDescription(
            self.tr("Average score per precondition in the rounds of {dates}").format(dates=dates)
        )
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if not self.rounds:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No drempelscan yet."))
            return
        metrics = self.fontMetrics()
        area = QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("0") + 16, 10, -10, -metrics.height() * 2 - 12
        )
        top = SCORES[-1]
        text = palette.text().color()
        faint = QColor(text)
        faint.setAlpha(60)
        for value in SCORES:  # the scale and its grid
            y = area.bottom() - area.height() * value / top
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, area.left() - 6, 16), Qt.AlignmentFlag.AlignRight, str(value))
        high = area.bottom() - area.height() * HIGH_SCORE / top
        painter.setPen(QPen(QColor(WARNING), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left(), high), QPointF(area.right(), high))
        group = area.width() / len(Precondition)
        bar = group * 0.7 / len(self.rounds)
        for index, precondition in enumerate(Precondition):
            left = area.left() + group * index + group * 0.15
            colour = QColor(PRECONDITION_COLOURS[precondition])
            for number, profile in enumerate(self.rounds):
                score = profile.preconditions.get(precondition)
                if score is None:
                    continue
                shade = QColor(colour)
                shade.setAlphaF(0.35 + 0.65 * (number + 1) / len(self.rounds))  # the latest darkest
                height = area.height() * score / top
                painter.fillRect(QRectF(left + bar * number, area.bottom() - height, bar - 2, height), shade)
            painter.setPen(text)
            label = QRectF(area.left() + group * index, area.bottom() + 4, group, metrics.height() + 4)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, i18n.label(precondition)
            )
        legend = self.tr("Bars: {dates}, the latest darkest. Dashed: from here on a score is high.")
        painter.drawText(
            QRectF(0, self.height() - metrics.height() - 4, self.width(), metrics.height() + 2),
            Qt.AlignmentFlag.AlignHCenter,
            legend.format(dates=", ".join(i18n.format_date(r.held_on) for r in self.rounds)),
        )
