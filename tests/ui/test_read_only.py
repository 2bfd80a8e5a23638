"""A database on a read-only medium: shown as such, edits blocked with a message, file untouched."""

import os
import stat

import pytest
from PySide6.QtCore import Qt

from drempelkompas.domain.errors import ReadOnlyDatabaseError
from drempelkompas.services import barriers
from drempelkompas.storage.database import close_database, open_database
from drempelkompas.ui.main_window import MainWindow
from tests.ui.helpers import column


@pytest.fixture
def read_only_db(demo_db):
    close_database()
    folder = demo_db.parent
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IRGRP)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    before = demo_db.read_bytes()
    open_database(demo_db)
    yield demo_db, before
    close_database()
    os.chmod(folder, stat.S_IRWXU)
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_database_can_be_read_but_not_changed(qtbot, read_only_db, message_boxes):
    path, before = read_only_db
    window = MainWindow(str(path))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().endswith("(read-only)")
    assert window.findChild(type(window.status_label), "readOnlyNotice").isVisible()
    actions = window.board_actions
    assert not actions.new_barrier_action.isEnabled() and not actions.move_actions["right"].isEnabled()
    knowledge = column(window, window.board_view.focused_precondition)
    knowledge.setFocus()
    knowledge.setCurrentIndex(knowledge.model().index(0))
    qtbot.keyClick(knowledge, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    card = knowledge.currentIndex().data(Qt.ItemDataRole.UserRole + 2)
    with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
        barriers.update_barrier(card.id, title="Toch wijzigen")
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
