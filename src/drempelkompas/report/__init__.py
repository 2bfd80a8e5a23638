"""The action-plan PDF, rendered with reportlab from a frozen plan snapshot only."""
