"""The app's colours as hex strings, one palette for the board's cards and the PDF alike.

Every colour that tells something is chosen for WCAG AA contrast (4.5:1 for text, 3:1 for
graphics) on the backgrounds it is drawn on; the tests measure it with `contrast_ratio`.
"""

from drempelkompas.domain.enums import CommitmentState, Precondition, Status

# The status stripe on a card's edge, on a light and on a dark card.
STATUS_COLOURS = {
    Status.OPEN: "#2b6cc4",
    Status.IN_PROGRESS: "#a87600",
    Status.OVERCOME: "#2e8a4a",
}
STATUS_COLOURS_ON_DARK = {
    Status.OPEN: "#5b9bf0",
    Status.IN_PROGRESS: "#e0a100",
    Status.OVERCOME: "#4cbb6c",
}
# The text of a status chip, on the chip's tint of the status colour.
STATUS_TEXT = {
    Status.OPEN: "#174a8c",
    Status.IN_PROGRESS: "#6b4a00",
    Status.OVERCOME: "#1d5c31",
}
STATUS_TEXT_ON_DARK = {
    Status.OPEN: "#b3d1ff",
    Status.IN_PROGRESS: "#ffd98a",
    Status.OVERCOME: "#a6e6b8",
}
# The PDF chart's: grey values about 70, 160 and 125, so the bars differ in black and white too.
CHART_COLOURS = {
    Status.OPEN: "#1f4e8f",
    Status.IN_PROGRESS: "#e0a100",
    Status.OVERCOME: "#3fa35b",
}
# The progress chart's lines, one per precondition (each also has its own dash and marker).
PRECONDITION_COLOURS = {
    Precondition.KNOWLEDGE: "#1f4e8f",
    Precondition.COMMITMENT: "#b3261e",
    Precondition.FUNDING: "#a87600",
    Precondition.FACILITIES: "#2e8a4a",
}
# A cell of the commitment matrix: its mark, on the window's light background.
COMMITMENT_COLOURS = {
    CommitmentState.NOT_ASKED: "#6b6b6b",
    CommitmentState.ASKED: "#6b4a00",
    CommitmentState.COMMITTED: "#1d5c31",
    CommitmentState.WITHDRAWN: "#b3261e",
}
WARNING = "#b3261e"  # overdue dates, conflicts, errors, the draft's notice
WARNING_ON_DARK = "#ff8a7a"
WARNING_CHIP_TEXT = "#8c1d17"  # the conflict badge's text, on its tint of the warning colour
WARNING_CHIP_TEXT_ON_DARK = "#ffc2b8"
ACCENT = "#1f4e79"  # the PDF's headings and rules


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a colour given as #rrggbb."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
