"""Progress over time of one collaboration: a chart of its open barriers at the end of each month,
one line per precondition (colour, dash and marker, as in the PDF), and the figures below it,
with the barriers overcome in each month."""

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain import palette
from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.timeline import Timeline
from drempelkompas.runtime import i18n
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.timelines import timeline
from drempelkompas.ui.widgets import Retranslating

_DASHES = {
    Precondition.KNOWLEDGE: Qt.PenStyle.SolidLine,
    Precondition.COMMITMENT: Qt.PenStyle.DashLine,
    Precondition.FUNDING: Qt.PenStyle.DotLine,
    Precondition.FACILITIES: Qt.PenStyle.DashDotLine,
}


class ProgressChart(QWidget):
    """Open barriers per month, a line per precondition, with a legend; the axes in the window's font."""

    def __init__(self, data: Timeline, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.data = data
        self.setMinimumHeight(240)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette_ = self.palette()
        painter.fillRect(self.rect(), palette_.base())
        months = self.data.months
        if not months:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("There is no history yet."))
            return
        metrics = self.fontMetrics()
        legend_width = max(metrics.horizontalAdvance(i18n.label(p)) for p in Precondition) + 40
        area = QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("000") + 16, 12, -legend_width - 12, -36
        )
        highest = max(1, max(max(line) for line in self.data.open.values()))
        step = max(1, (highest + 4) // 5)
        top = ((highest + step - 1) // step) * step

        def point(index: int, value: int) -> QPointF:
            x = area.left() + (area.width() * (index + 0.5) / len(months))
            return QPointF(x, area.bottom() - area.height() * value / top)

        text = palette_.text().color()
        faint = QColor(text)
        faint.setAlpha(60)
        for value in range(0, top + 1, step):  # the value axis and its grid
            y = point(0, value).y()
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, area.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        every = max(1, len(months) // 8)  # at most about eight month labels
        for index, month in enumerate(months):
            if index % every == 0:
                x = point(index, 0).x()
                label = month.isoformat()[:7]
                width = metrics.horizontalAdvance(label)
                painter.drawText(QPointF(x - width / 2, area.bottom() + metrics.height() + 4), label)
        for number, precondition in enumerate(Precondition):
            colour = QColor(palette.PRECONDITION_COLOURS[precondition])
            pen = QPen(colour, 2.2, _DASHES[precondition])
            path = QPainterPath()
            for index, value in enumerate(self.data.open[precondition.value]):
                if index == 0:
                    path.moveTo(point(index, value))
                else:
                    path.lineTo(point(index, value))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 1))
            for index, value in enumerate(self.data.open[precondition.value]):
                painter.drawEllipse(point(index, value), 3, 3)
            y = area.top() + number * (metrics.height() + 8) + metrics.height()
            x = area.right() + 16
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y - metrics.height() / 3), QPointF(x + 18, y - metrics.height() / 3))
            painter.setPen(text)
            painter.drawText(QPointF(x + 24, y), i18n.label(precondition))


class ProgressDialog(Retranslating, QDialog):
    def __init__(self, collaboration_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.name = get_collaboration(collaboration_id).name
        self.data = timeline(collaboration_id, date.today())
        self.chart = ProgressChart(self.data)
        self.intro = QLabel(wordWrap=True)
        self.table = QTableWidget(objectName="progressTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Progress over time — {name}").format(name=self.name))
        self.intro.setText(
            self.tr(
                "Open barriers at the end of each month, per precondition, replayed from the board's "
                "history; and how many barriers were overcome in each month."
            )
        )
        header = [self.tr("Month"), *(i18n.label(p) for p in Precondition), self.tr("Overcome")]
        months = self.data.months
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(header)
        self.table.setRowCount(len(months))
        for row, month in enumerate(months):  # oldest first, as the chart runs from left to right
            figures = [self.data.open[p.value][row] for p in Precondition]
            overcome = sum(self.data.overcome[p.value][row] for p in Precondition)
            for column, text in enumerate([month.isoformat()[:7], *map(str, figures), str(overcome)]):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.chart.update()
