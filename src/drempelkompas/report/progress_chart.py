"""The progress chart: open barriers at the end of each month, one line per precondition, told
apart by colour, dash and marker (so it reads in black and white too)."""

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from drempelkompas.domain import palette
from drempelkompas.domain.enums import Precondition
from drempelkompas.report.styles import FONT
from drempelkompas.report.texts import Wording

_DASHES = {
    Precondition.KNOWLEDGE: None,
    Precondition.COMMITMENT: (4, 2),
    Precondition.FUNDING: (1, 2),
    Precondition.FACILITIES: (6, 2, 1, 2),
}
_MARKERS = {
    Precondition.KNOWLEDGE: "FilledCircle",
    Precondition.COMMITMENT: "FilledSquare",
    Precondition.FUNDING: "FilledDiamond",
    Precondition.FACILITIES: "FilledTriangle",
}


def progress_chart(timeline: dict, words: Wording, width: float, height: float = 62 * mm) -> Drawing:
    """The chart of a timeline (`domain.timeline.Timeline.as_dict()`) with at least one month."""
    drawing = Drawing(width, height, initialFontName=FONT)
    chart = HorizontalLineChart()
    chart.x, chart.y = 10 * mm, 12 * mm
    chart.width, chart.height = width - 60 * mm, height - 18 * mm
    chart.data = [timeline["open"][p.value] for p in Precondition]
    months = timeline["months"]
    step = max(1, len(months) // 12)  # at most about twelve month labels
    chart.categoryAxis.categoryNames = [m if n % step == 0 else "" for n, m in enumerate(months)]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7
    chart.categoryAxis.labels.angle = 30 if len(months) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 6 else "n"
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = FONT, 8
    highest = max((max(line) for line in chart.data if line), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, highest) * 1.15
    chart.valueAxis.valueStep = max(1, (highest + 4) // 5)
    chart.joinedLines = 1
    for number, precondition in enumerate(Precondition):
        line = chart.lines[number]
        line.strokeColor = colors.HexColor(palette.PRECONDITION_COLOURS[precondition])
        line.strokeWidth = 1.4
        line.strokeDashArray = _DASHES[precondition]
        line.symbol = makeMarker(_MARKERS[precondition], size=4)
        line.symbol.fillColor = line.strokeColor
    legend = Legend()
    legend.x, legend.y = width - 44 * mm, height - 10 * mm
    legend.fontName, legend.fontSize = FONT, 8
    legend.columnMaximum = len(Precondition)
    legend.colorNamePairs = [
        (colors.HexColor(palette.PRECONDITION_COLOURS[p]), words.label(p)) for p in Precondition
    ]
    drawing.add(chart)
    drawing.add(legend)
    return drawing
