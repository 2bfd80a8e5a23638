"""The column models alone: where a dropped or keyed card lands, with hidden cards in the column."""

import json

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.services import barriers, collaborations
from drempelkompas.ui.board_model import BARRIER_MIME_TYPE, Board, BoardFilter

K, C = Precondition.KNOWLEDGE, Precondition.COMMITMENT


@pytest.fixture
def board(qapp, db_path):
    """Knowledge holds A, B (overcome, so hidden by default), C, D; commitment holds E."""
    collaboration_id = collaborations.create_collaboration("Kolommen")
    for title, status in (("A", Status.OPEN), ("B", Status.OVERCOME), ("C", Status.OPEN), ("D", Status.OPEN)):
        barriers.add_barrier(collaboration_id, K, title, status=status)
    barriers.add_barrier(collaboration_id, C, "E")
    board = Board()
    board.load(collaboration_id)
    return board


def titles(model) -> list[str]:
    return [model.card(row).title for row in range(model.rowCount())]


def card(board, title):
    return next(c for c in board.all_cards() if c.title == title)


def drops(model, ids, row=-1, parent=QModelIndex()) -> list[tuple]:  # noqa: B008 - Qt's default
    requested = []
    model.moveRequested.connect(lambda *args: requested.append(args))
    mime = QMimeData()
    mime.setData(BARRIER_MIME_TYPE, QByteArray(json.dumps(ids).encode()))
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, parent) is False  # the services move
    return requested


def test_hidden_cards_keep_their_place_in_the_positions(board):
    knowledge = board.columns[K]
    assert titles(knowledge) == ["A", "C", "D"]
    assert knowledge.target_position(1) == 2  # before C: B, hidden, stays above it
    assert knowledge.target_position(3) == 4  # after D, the last card
    board.set_filter(BoardFilter(show_overcome=True))
    assert titles(knowledge) == ["A", "B", "C", "D"]
    assert knowledge.target_position(1) == 1


def test_a_card_moving_down_its_own_column_counts_without_itself(board):
    knowledge = board.columns[K]
    a = card(board, "A")
    assert knowledge.target_position(2, moving=a) == 2  # before D, once A has left position 0
    assert knowledge.target_position(0, moving=a) == 0


def test_dropping_onto_a_card_places_before_it_and_on_empty_space_at_the_end(board):
    knowledge, commitment = board.columns[K], board.columns[C]
    e = card(board, "E")
    assert drops(knowledge, [e.id], parent=knowledge.index(2)) == [(e.id, K, 3)]  # before D
    assert drops(knowledge, [e.id]) == [(e.id, K, 4)]
    a = card(board, "A")
    assert drops(commitment, [a.id], row=0) == [(a.id, C, 0)]


def test_an_empty_column_takes_a_drop_at_position_zero(board):
    funding = board.columns[Precondition.FUNDING]
    a = card(board, "A")
    assert funding.rowCount() == 0
    assert drops(funding, [a.id]) == [(a.id, Precondition.FUNDING, 0)]


def test_foreign_or_damaged_drag_data_is_refused(board):
    knowledge = board.columns[K]
    other = QMimeData()
    other.setText("A")
    assert not knowledge.canDropMimeData(other, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    broken = QMimeData()
    broken.setData(BARRIER_MIME_TYPE, QByteArray(b"not json"))
    requested = []
    knowledge.moveRequested.connect(lambda *args: requested.append(args))
    assert knowledge.dropMimeData(broken, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert not knowledge.canDropMimeData(broken, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert requested == []


def test_the_position_asked_for_is_where_the_service_puts_the_card(board):
    knowledge = board.columns[K]
    e = card(board, "E")
    ((barrier_id, precondition, position),) = drops(knowledge, [e.id], parent=knowledge.index(1))
    barriers.move_barrier(barrier_id, precondition, position)
    board.load(board.collaboration_id)
    assert titles(knowledge) == ["A", "E", "C", "D"]
