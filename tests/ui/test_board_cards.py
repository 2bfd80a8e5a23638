"""Cards as a user sees and hears them: all facts readable at laptop widths, typed in at a column's
bottom, a placeholder while dragging, one highlighted card, colours with enough contrast."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem

from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.domain.palette import contrast_ratio
from drempelkompas.services import barriers
from drempelkompas.ui.card_delegate import CardColours
from tests.make_screenshots import dark_palette
from tests.ui.helpers import column, shown_collaboration, stored_titles

K, C, F, A = Precondition
LONG_OWNER = "Ingrid Jansen-van den Berg"


def card_parts(view, row: int) -> dict[str, str]:
    """The texts the delegate lays out for a card, joined per kind of part."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.widget = view
    delegate = view.itemDelegate()
    parts: dict[str, str] = {}
    width = delegate.text_width(option)
    for piece in delegate.card_layout(option, view.model().index(row), width).pieces:
        assert piece.rect.left() >= 0 and piece.rect.right() < width, piece  # nothing sticks out
        parts[piece.kind] = f"{parts.get(piece.kind, '')} {piece.text}".strip()
    return parts


@pytest.mark.parametrize("width", [1024, 1280, 1366])
def test_every_fact_of_a_card_is_readable_at_laptop_widths(window, qtbot, width):
    collaboration = shown_collaboration(window)
    card = barriers.board(collaboration)[K][0]
    barriers.update_barrier(
        card.id, owner=LONG_OWNER, level=Level.ADMINISTRATIVE, due_date=date.today() - timedelta(days=3)
    )
    window.refresh()
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    view = column(window, K)
    parts = card_parts(view, view.model().row_of(card.id))
    assert parts["owner"] == LONG_OWNER
    assert parts["level"] == "Administrative"
    assert parts["due"].startswith("Overdue ") and "…" not in parts["due"]
    assert parts["status"] == "Open" and parts["lesson"]
    rect = view.visualRect(view.model().index(view.model().row_of(card.id)))
    assert rect.width() <= view.viewport().width()


def test_a_card_reads_out_everything_it_shows(window):
    collaboration = shown_collaboration(window)
    card = barriers.board(collaboration)[K][0]
    barriers.update_barrier(
        card.id, owner="Joost Mulder", level=Level.OPERATIONAL, due_date=date.today() - timedelta(days=1)
    )
    window.refresh()
    view = column(window, K)
    spoken = view.model().index(view.model().row_of(card.id)).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(card.title)
    for expected in ("Open", "Impact ", " of 5", "Level: Execution", "Owner: Joost Mulder", "Overdue since"):
        assert expected in spoken
    assert "lesson" in spoken.casefold()


def test_titles_typed_at_a_columns_bottom_become_cards_one_after_another(window, qtbot):
    collaboration = shown_collaboration(window)
    before = stored_titles(collaboration, C)
    window.show()
    qtbot.waitExposed(window)
    quick_add = window.board_view.quick_adds[C]
    qtbot.mouseClick(quick_add.button, Qt.MouseButton.LeftButton)
    assert quick_add.field.hasFocus()
    for title in ("Geen budget voor pilot", "Wethouder nog niet aangehaakt"):
        qtbot.keyClicks(quick_add.field, title)
        qtbot.keyClick(quick_add.field, Qt.Key.Key_Return)
        assert quick_add.field.text() == "" and quick_add.field.hasFocus()
    assert stored_titles(collaboration, C) == [
        *before,
        "Geen budget voor pilot",
        "Wethouder nog niet aangehaakt",
    ]
    window.undo_action.trigger()
    assert stored_titles(collaboration, C) == [*before, "Geen budget voor pilot"]
    qtbot.keyClick(quick_add.field, Qt.Key.Key_Escape)
    assert not quick_add.is_open


def test_a_title_the_database_refuses_stays_in_the_field(window, qtbot, message_boxes):
    collaboration = shown_collaboration(window)
    before = stored_titles(collaboration, F)
    window.show()
    quick_add = window.board_view.quick_adds[F]
    column(window, F).setFocus()
    window.board_actions.quick_add_action.trigger()  # Ctrl+T: in the focused column
    assert quick_add.field.hasFocus()
    quick_add.field.setText("x" * 400)
    qtbot.keyClick(quick_add.field, Qt.Key.Key_Return)
    assert [box[0] for box in message_boxes] == ["warning"]
    message_boxes.clear()
    assert quick_add.field.text() == "x" * 400
    assert stored_titles(collaboration, F) == before


def test_closing_the_window_asks_about_a_title_not_yet_added(window, qtbot, message_boxes, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.show()
    window.board_view.open_quick_add(A)
    window.board_view.quick_adds[A].field.setText("Nog niet toegevoegd")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()


def test_a_dragged_card_gets_a_placeholder_in_a_highlighted_column(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    source, target = column(window, K), column(window, C)
    mime = source.model().mimeData([source.model().index(0)])
    heights = [target.visualRect(target.model().index(r)).height() for r in range(target.model().rowCount())]
    point = target.visualRect(target.model().index(1)).topLeft() + QPoint(20, 3)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(point, Qt.DropAction.MoveAction, mime, buttons, modifiers),
        QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, modifiers),
    ):
        QApplication.sendEvent(target.viewport(), event)
    qtbot.waitUntil(lambda: target.visualRect(target.model().index(1)).height() > heights[1])
    assert target.drop_row == 1
    assert "highlight" in window.findChild(QLabel, "header-commitment").parentWidget().styleSheet()
    QApplication.sendEvent(target.viewport(), QDragLeaveEvent())
    qtbot.waitUntil(lambda: target.visualRect(target.model().index(1)).height() == heights[1])
    assert target.drop_row is None
    assert window.findChild(QLabel, "header-commitment").parentWidget().styleSheet() == ""


def test_only_the_focused_column_shows_its_selected_card(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    knowledge, commitment = column(window, K), column(window, C)
    knowledge.setFocus()
    knowledge.select_row(0)
    commitment.select_row(0)
    qtbot.waitUntil(knowledge.hasFocus)

    def is_highlighted(view) -> bool:
        image = view.viewport().grab().toImage()
        rect = view.visualRect(view.model().index(0))
        background = view.palette().color(QPalette.ColorRole.Base)
        # The focus ring sits just outside the card, in the highlight colour.
        return image.pixelColor(rect.center().x(), rect.top() + 3) != background

    assert is_highlighted(knowledge)
    assert not is_highlighted(commitment)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("selected", [False, True])
def test_status_overdue_and_conflict_colours_meet_wcag_aa(qapp, theme, selected):
    palette = QApplication.style().standardPalette() if theme == "light" else dark_palette()
    for status in Status:
        colours = CardColours.for_card(palette, status, selected)
        assert contrast_ratio(colours.chip_text, colours.chip) >= 4.5, (status, "chip text")
        assert contrast_ratio(colours.stripe, colours.background) >= 3, (status, "stripe")
        assert contrast_ratio(colours.warning, colours.background) >= 4.5, "overdue"
        assert contrast_ratio(colours.conflict_text, colours.conflict_chip) >= 4.5, "conflict chip"
        assert contrast_ratio(colours.faint, colours.background) >= 4.5, "secondary text"
        assert contrast_ratio(colours.text, colours.background) >= 4.5, "text"
        assert contrast_ratio(colours.focus_ring, palette.color(QPalette.ColorRole.Base).name()) >= 3


def test_the_boards_text_size_grows_shrinks_and_is_remembered(window, qtbot, demo_db):
    from drempelkompas.ui.main_window import MainWindow

    window.show()
    view = column(window, K)
    normal_font = view.font().pointSizeF()
    normal_height = view.visualRect(view.model().index(0)).height()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert view.font().pointSizeF() > normal_font
    qtbot.waitUntil(lambda: view.visualRect(view.model().index(0)).height() > normal_height)
    window.close()
    again = MainWindow(str(demo_db))
    qtbot.addWidget(again)
    assert again.board_view.zoom == 125
    assert column(again, K).font().pointSizeF() == pytest.approx(normal_font * 1.25)
    for _ in range(20):
        again.zoom_out_action.trigger()
    assert again.board_view.zoom == 70  # the smallest step, however often asked
    again.zoom_reset_action.trigger()
    assert again.board_view.zoom == 100


def test_no_two_actions_of_the_window_share_a_key(window):
    from PySide6.QtGui import QAction, QKeySequence

    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(
                action.objectName()
            )
    # Delete is shared on purpose: each action listens only in its own widget (card, collaboration).
    shared = {key: names for key, names in owners.items() if len(set(names)) > 1 and key != "Del"}
    assert shared == {}


def test_a_card_at_the_end_of_a_long_column_is_scrolled_into_view(window, qtbot):
    collaboration = shown_collaboration(window)
    for number in range(400):  # more than a batch of the column's layout
        barriers.add_barrier(collaboration, K, f"Drempel {number} met een titel van een paar woorden")
    window.refresh()
    window.show_collaboration(collaboration)
    last = barriers.board(collaboration)[K][-1]
    assert window.board_view.select_card(last.id)
    view = column(window, K)
    index = view.model().index(view.model().row_of(last.id))
    qtbot.waitUntil(lambda: view.viewport().rect().intersects(view.visualRect(index)))
    assert view.currentIndex() == index


def test_a_word_wider_than_the_card_is_broken_not_cut_off(qapp):
    from PySide6.QtGui import QFont

    from drempelkompas.ui.card_layout import measure, wrap_lines

    measured = measure(QFont())
    word = "aanbestedingsregelgevingsonduidelijkheid"
    lines = wrap_lines(f"Niemand kent de {word}", measured, 90, 6)
    assert all(measured.width(line) <= 90 for line in lines)
    assert "".join(lines).replace("-", "").replace(" ", "") == f"Niemand kent de {word}".replace(" ", "")


def test_the_status_bar_counts_do_not_paint_over_a_message(window, qtbot):
    window.statusBar().showMessage("Exported 6 barriers to x.csv.", 5000)
    window.refresh()  # as after an edit while the message shows
    assert not window.status_label.isVisible()
    window.statusBar().clearMessage()
    assert window.status_label.isVisible() and window.status_label.text()


def test_the_toolbars_undo_keeps_its_width_and_the_shortcuts_list_names_it_plainly(window, message_boxes):
    from PySide6.QtWidgets import QToolButton

    from drempelkompas.ui.shortcuts_dialog import shortcut_rows

    view = column(window, K)
    view.setFocus()
    view.select_row(0)
    window.board_actions.delete_barrier_action.trigger()
    assert "Undo brings it back" in window.statusBar().currentMessage()
    button = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton) and button.text() == "Undo"
    assert "Delete barrier" in button.toolTip()
    names = [name for name, _ in shortcut_rows(window)]
    assert "Undo" in names and not any(name.startswith("Undo ") for name in names)


def test_after_card_changes_the_list_and_board_agree_with_the_database(window, qtbot):
    from drempelkompas.services.collaborations import list_collaborations

    collaboration = shown_collaboration(window)
    view = column(window, K)
    view.setFocus()
    view.select_row(0)
    window.board_actions.status_actions[Status.OVERCOME].trigger()
    view = column(window, K)
    view.setFocus()
    view.select_row(0)
    window.board_actions.move_actions["right"].trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    stored = next(s for s in list_collaborations() if s.id == collaboration)
    assert window.panel.current_summary().open_counts == stored.open_counts
    shown = {p: [c.id for c in window.board.all_cards() if c.precondition is p] for p in Precondition}
    assert shown == {p: [c.id for c in cards] for p, cards in barriers.board(collaboration).items()}
