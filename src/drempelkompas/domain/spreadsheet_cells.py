"""Cells for CSV files that spreadsheets open: text that would be read as a formula is neutralised
on the way out and restored on the way in."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"


def neutralise(cell: str) -> str:
    """Prefixes cells a spreadsheet would treat as a formula (and cells already so prefixed)."""
    if cell.startswith((*FORMULA_STARTS, NEUTRALISER)):
        return NEUTRALISER + cell
    return cell


def unneutralise(cell: str) -> str:
    if cell.startswith(NEUTRALISER) and cell[1:].startswith((*FORMULA_STARTS, NEUTRALISER)):
        return cell[1:]
    return cell
