"""The board of a collaboration as plain data for paper: its four columns of cards, as they stand."""

from datetime import date

from drempelkompas.domain.enums import Status
from drempelkompas.services.barrier_views import board
from drempelkompas.services.collaborations import get_collaboration

SNAPSHOT_FORMAT = "drempelkompas-board"


def board_snapshot(collaboration_id: int, on: date) -> dict:
    """The open and in-progress cards in their order on the board, overdue ones marked against `on`."""
    collaboration = get_collaboration(collaboration_id)
    columns = {
        precondition.value: [
            {
                "title": card.title,
                "status": card.status.value,
                "impact": card.impact,
                "level": card.level.value if card.level else None,
                "owner": card.owner,
                "due_date": card.due_date.isoformat() if card.due_date else None,
                "overdue": card.status is not Status.OVERCOME
                and card.due_date is not None
                and card.due_date < on,
                "next_action": card.next_action,
            }
            for card in cards
            if card.status is not Status.OVERCOME  # as the board shows it: overcome cards are done
        ]
        for precondition, cards in board(collaboration_id).items()
    }
    return {
        "format": SNAPSHOT_FORMAT,
        "created_at": on.isoformat() + "T00:00:00Z",
        "collaboration": {"name": collaboration.name, "phase": collaboration.phase.value},
        "columns": columns,
    }


def _overdue(card, on: date) -> bool:
    return card.status is not Status.OVERCOME and card.due_date is not None and card.due_date < on
