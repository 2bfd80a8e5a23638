"""The app's colours as hex strings, one palette for the board's cards and the PDF alike."""

from drempelkompas.domain.enums import Status

STATUS_COLOURS = {
    Status.OPEN: "#3b7dd8",
    Status.IN_PROGRESS: "#e0a100",
    Status.OVERCOME: "#3fa35b",
}
# The PDF chart's: grey values about 70, 160 and 125, so the bars differ in black and white too.
CHART_COLOURS = {
    Status.OPEN: "#1f4e8f",
    Status.IN_PROGRESS: "#e0a100",
    Status.OVERCOME: "#3fa35b",
}
WARNING = "#c0392b"  # overdue dates, conflicts, errors, the draft's notice
WARNING_ON_DARK = "#ff7b6b"
ACCENT = "#1f4e79"  # the PDF's headings and rules
