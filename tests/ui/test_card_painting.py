"""Painting thousands of cards leaves Python intact (a guard against a binding refcount bug)."""

import sys

from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem

from drempelkompas.domain.enums import Precondition
from drempelkompas.ui.board_model import Board
from drempelkompas.ui.card_delegate import CardDelegate


def test_painting_cards_does_not_leak_references_to_none(qapp, demo_db):
    from drempelkompas.services.collaborations import list_collaborations

    board = Board()
    board.load(list_collaborations()[0].id)
    model = board.columns[Precondition.KNOWLEDGE]
    delegate = CardDelegate()
    pixmap = QPixmap(300, 200)
    painter = QPainter(pixmap)
    option = QStyleOptionViewItem()
    option.rect = pixmap.rect()
    before = sys.getrefcount(None)
    for _ in range(300):
        delegate.paint(painter, option, model.index(0))
    painter.end()
    assert abs(sys.getrefcount(None) - before) < 100
