"""Every control a keyboard reaches has a name a screen reader can say."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from drempelkompas.domain.enums import Precondition
from drempelkompas.services import barriers
from drempelkompas.ui.barrier_dialog import BarrierDialog
from drempelkompas.ui.collaboration_dialog import CollaborationDialog, new_collaboration_view
from drempelkompas.ui.plan_dialog import PlanDialog


def unnamed_controls(top: QWidget) -> list[str]:
    """The visible controls that take the keyboard's focus but have no accessible name."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if widget.objectName() == "qt_spinbox_lineedit":  # the text part of a spin box: its name counts
            widget = parent
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_main_window_names_every_control(qtbot, window):
    assert unnamed_controls(window) == []


def test_the_dialogs_name_every_control(qtbot, window):
    card = barriers.board(window.board.collaboration_id)[Precondition.KNOWLEDGE][0]
    for dialog in (
        BarrierDialog(card, [], window),
        CollaborationDialog(new_collaboration_view(), window),
        PlanDialog(window.board.collaboration_id, window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
