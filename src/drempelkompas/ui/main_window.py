"""The main window, a shell: collaborations on the left, the selected one's board on the right.

The window builds the widgets, menus and toolbar, and shows what the database holds; the
actions themselves live in `board_actions`, `collaboration_actions` and `file_actions`. Every
change goes through an undoable command, after which the window re-reads what it shows.
"""

from collections import Counter

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.enums import Level, Status
from drempelkompas.domain.errors import (
    DrempelError,
    EditConflictError,
    NotAllowedError,
    NotFoundError,
    TeamDatabaseError,
)
from drempelkompas.runtime import i18n, settings
from drempelkompas.runtime.locations import is_demo_database
from drempelkompas.services import collaborations, session
from drempelkompas.ui import commands
from drempelkompas.ui.board_actions import BoardActions
from drempelkompas.ui.board_model import Board, BoardFilter
from drempelkompas.ui.board_view import BoardView
from drempelkompas.ui.collaboration_actions import CollaborationActions
from drempelkompas.ui.collaboration_header import CollaborationHeader
from drempelkompas.ui.collaboration_list import CollaborationPanel
from drempelkompas.ui.csv_actions import CsvActions
from drempelkompas.ui.file_actions import FileActions
from drempelkompas.ui.filter_bar import FilterBar
from drempelkompas.ui.governance_actions import GovernanceActions
from drempelkompas.ui.help_actions import HelpActions
from drempelkompas.ui.method_actions import MethodActions
from drempelkompas.ui.method_panel import MethodPanel
from drempelkompas.ui.others_changes import OthersChanges
from drempelkompas.ui.problems import show_problem
from drempelkompas.ui.resources import app_icon
from drempelkompas.ui.user_name import ask_user_name, current_user_name
from drempelkompas.ui.widgets import discarding_confirmed

WELCOME_PAGE, BOARD_PAGE = 0, 1


class MainWindow(QMainWindow):
    def __init__(self, database_label: str) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.database_label = database_label
        self.is_demo = is_demo_database(database_label)  # the demo's own file: say so in the title
        self.read_only = session.is_read_only()  # e.g. a file on a USB stick: look, do not touch
        if not session.is_shared():  # a team database records its own user
            session.set_user_name(current_user_name())
        self.undo_stack = QUndoStack(self)
        self._card_to_focus: int | None = None  # the card a pending command works on
        self._has_collaborations = False  # none: the welcome page, no counts in the status bar
        self._stack_index = 0  # the undo stack's index as last seen
        self.board = Board(self)
        self._create_window_actions()
        self._create_widgets()
        self.board_actions = BoardActions(self)
        self.collaboration_actions = CollaborationActions(self)
        self.file_actions = FileActions(self)
        self.csv_actions = CsvActions(self)
        self.help_actions = HelpActions(self)
        self.governance_actions = GovernanceActions(self)
        self.method_actions = MethodActions(self)
        self._connect_widgets()
        self._create_toolbar()
        self._create_menus()
        self._create_context_menus()
        self._apply_read_only()
        self.undo_stack.indexChanged.connect(self._after_change)
        self.board.changed.connect(self._update_status)
        self.retranslate_ui()
        self._restore_settings()
        if session.is_shared():
            self.others_changes = OthersChanges(self)

    # -- construction ----------------------------------------------------------------------

    def add_action(self, name: str, slot, shortcuts=(), context=Qt.ShortcutContext.WindowShortcut) -> QAction:
        """An action of this window; one with a widget context is added to its widget by the caller."""
        action = QAction(self, objectName=name)
        action.triggered.connect(slot)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(context)
        if context == Qt.ShortcutContext.WindowShortcut:
            self.addAction(action)
        return action

    def _create_window_actions(self) -> None:
        # Our own actions rather than QUndoStack's, so their texts follow a change of language.
        self.undo_action = self.add_action("undo", self.undo_stack.undo, [QKeySequence.StandardKey.Undo])
        # The platform's own redo keys and both common ones, each once: a key twice is ambiguous to Qt.
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        redo_keys.append(QKeySequence("Ctrl+Y"))
        unique = list({key.toString(): key for key in redo_keys if not key.isEmpty()}.values())
        self.redo_action = self.add_action("redo", self.undo_stack.redo, unique)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.language_actions = QActionGroup(self, exclusive=True)
        for code in i18n.available_languages():
            # Each language under its own name, so it can be found whatever language is showing.
            action = QAction(i18n.language_name(code), self.language_actions, checkable=True)
            action.setObjectName(f"language-{code}")
            action.setData(code)
            action.setChecked(code == i18n.current_language())
        self.language_actions.triggered.connect(self.choose_language)
        self.quit_action = self.add_action("quit", self.close, [QKeySequence.StandardKey.Quit])
        self.find_action = self.add_action("find", self.focus_search, [QKeySequence.StandardKey.Find])
        self.user_name_action = self.add_action("userName", lambda: ask_user_name(self))
        self.user_name_action.setEnabled(not session.is_shared())  # a team database records its user
        self.show_overcome_action = QAction(self, checkable=True, objectName="showOvercomeAction")
        self.show_archived_action = QAction(self, checkable=True, objectName="showArchivedAction")
        self.zoom_in_action = self.add_action(
            "zoomIn", lambda: self.zoom_board(1), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]
        )
        self.zoom_out_action = self.add_action(
            "zoomOut", lambda: self.zoom_board(-1), [QKeySequence.StandardKey.ZoomOut]
        )
        self.zoom_reset_action = self.add_action("zoomReset", lambda: self.zoom_board(0), ["Ctrl+0"])

    def _create_widgets(self) -> None:
        self.panel = CollaborationPanel()
        self.panel.selected.connect(self.show_collaboration)
        self.show_archived_action.toggled.connect(self.panel.show_archived.setChecked)
        self.panel.show_archived.toggled.connect(self.show_archived_action.setChecked)

        self.header = CollaborationHeader()
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.board.set_filter)
        self.show_overcome_action.toggled.connect(self.filter_bar.show_overcome.setChecked)
        self.filter_bar.show_overcome.toggled.connect(self.show_overcome_action.setChecked)
        self.board_view = BoardView(self.board)
        self.method_panel = MethodPanel()
        beside = QHBoxLayout()
        beside.addWidget(self.board_view, 1)
        beside.addWidget(self.method_panel)

        board_page = QWidget()
        layout = QVBoxLayout(board_page)
        layout.addWidget(self.header)
        layout.addWidget(self.filter_bar)
        layout.addLayout(beside, 1)

        self.welcome = QWidget(objectName="welcomePage")
        self.welcome_text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.welcome_text.setFixedWidth(560)  # a wrapped label needs a fixed width to get its full height
        self.welcome_demo = QPushButton(objectName="welcomeDemo")
        self.welcome_new = QPushButton(objectName="welcomeNew")
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.addStretch(1)
        welcome_layout.addWidget(self.welcome_text, 0, Qt.AlignmentFlag.AlignHCenter)
        for button in (self.welcome_demo, self.welcome_new):
            button.setMinimumWidth(320)
            welcome_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(board_page)
        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(objectName="statusCounts")
        self.status_label.setMinimumWidth(1)  # may be cut short, but never widens the window
        self.statusBar().addWidget(self.status_label, 1)
        self.read_only_label = QLabel(objectName="readOnlyNotice")
        self.read_only_label.setVisible(self.read_only)
        self.statusBar().addPermanentWidget(self.read_only_label)
        size = self._default_size()
        self.resize(size)
        self.splitter.setSizes([240, size.width() - 240])

    def _connect_widgets(self) -> None:
        """The buttons in the collaboration list, the header and the welcome page do the actions' work."""
        collaboration, files = self.collaboration_actions, self.file_actions
        self.panel.set_buttons(
            [
                (collaboration.new_action, lambda: self.tr("New…")),
                (collaboration.archive_action, None),
                (collaboration.delete_action, lambda: self.tr("Delete…")),
            ]
        )
        self.header.editRequested.connect(collaboration.edit_collaboration)
        self.welcome_demo.clicked.connect(files.open_demo)
        self.welcome_new.clicked.connect(collaboration.new_collaboration)

    def _create_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.board_actions.new_barrier_action,
            self.board_actions.catalog_action,
            self.collaboration_actions.plan_action,
            self.governance_actions.meetings_action,
            self.governance_actions.portfolio_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.show_overcome_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    def _default_size(self) -> QSize:
        """1280×800, or smaller on a smaller screen (a 1366×768 laptop), with room for the frame."""
        available = self.screen().availableGeometry()
        return QSize(min(1280, available.width()), min(800, available.height() - 40))

    def _create_context_menus(self) -> None:
        """Right-click menus with the actions of the card or the collaboration under the mouse."""
        for view in self.board_view.columns.values():
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            separator = QAction(self)
            separator.setSeparator(True)
            view.addActions(
                [*self.board_actions.card_menu(), separator, self.governance_actions.propose_action]
            )
        collaboration = self.collaboration_actions
        self.panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.view.addActions(
            [
                collaboration.edit_action,
                collaboration.plan_action,
                self.governance_actions.meetings_action,
                self.file_actions.export_exchange_action,
                collaboration.archive_action,
                collaboration.delete_action,
            ]
        )

    def _create_menus(self) -> None:
        board, collaboration, files = self.board_actions, self.collaboration_actions, self.file_actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([collaboration.new_action, files.demo_action, files.team_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([files.import_exchange_action, files.export_exchange_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.csv_actions.import_action, self.csv_actions.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(files.verify_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(files.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.user_name_action)
        self.barrier_menu = bar.addMenu("")
        self.barrier_menu.addActions(
            [
                board.new_barrier_action,
                board.quick_add_action,
                board.catalog_action,
                board.open_barrier_action,
            ]
        )
        self.barrier_menu.addSeparator()
        self.barrier_menu.addActions(list(board.move_actions.values()))
        self.barrier_menu.addSeparator()
        self.barrier_menu.addActions(list(board.status_actions.values()))
        self.barrier_menu.addSeparator()
        self.barrier_menu.addAction(self.governance_actions.propose_action)
        self.barrier_menu.addSeparator()
        self.barrier_menu.addAction(board.delete_barrier_action)
        self.collaboration_menu = bar.addMenu("")
        governance, method = self.governance_actions, self.method_actions
        self.collaboration_menu.addActions(
            [
                collaboration.plan_action,
                governance.meetings_action,
                governance.progress_action,
                governance.print_board_action,
            ]
        )
        self.collaboration_menu.addSeparator()
        self.collaboration_menu.addActions([method.ledger_action, method.scan_action, method.gate_action])
        self.collaboration_menu.addSeparator()
        self.collaboration_menu.addActions(
            [collaboration.edit_action, collaboration.archive_action, collaboration.delete_action]
        )
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(
            [self.show_overcome_action, self.show_archived_action, self.method_actions.panel_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addAction(governance.portfolio_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(self.language_actions.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.help_actions.method_action, self.help_actions.shortcuts_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.help_actions.about_action)

    def _apply_read_only(self) -> None:
        if not self.read_only:
            return
        for view in self.board_view.columns.values():
            view.setDragDropMode(view.DragDropMode.NoDragDrop)
        for action in (
            self.collaboration_actions.new_action,
            self.file_actions.demo_action,
            self.file_actions.import_exchange_action,
            self.csv_actions.import_action,
        ):
            action.setEnabled(False)

    def retranslate_ui(self) -> None:
        for actions in self._action_groups():
            actions.retranslate_ui()
        for index in range(self.undo_stack.count()):  # the undo history in the new language too
            self.undo_stack.command(index).retranslate()
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.user_name_action.setText(self.tr("Your &name in the history…"))
        self.show_overcome_action.setText(self.tr("Show &overcome barriers"))
        self.show_archived_action.setText(self.tr("Show &archived collaborations"))
        self.zoom_in_action.setText(self.tr("&Larger text"))
        self.zoom_out_action.setText(self.tr("&Smaller text"))
        self.zoom_reset_action.setText(self.tr("&Normal text size"))
        self._update_undo_texts()
        self.language_menu.setTitle(self.tr("&Language"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.barrier_menu.setTitle(self.tr("&Barrier"))
        self.collaboration_menu.setTitle(self.tr("&Collaboration"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.welcome_text.setText(
            self.tr(
                "Welcome to Drempelkompas. Keep track of the barriers in your collaborations across "
                "government, market, science and society, and pair each one with a lesson and a next "
                "action.\n\n"
                "How would you like to start?"
            )
        )
        # A wrapped label in a box layout gets too little height of its own: give it what it needs.
        self.welcome_text.setMinimumHeight(self.welcome_text.heightForWidth(self.welcome_text.width()))
        self.welcome_demo.setText(self.tr("Look around in the demo"))
        self.read_only_label.setText(self.tr("Read-only: changes cannot be saved to this file"))
        self.welcome_new.setText(self.tr("Create a first collaboration"))
        for widget in (self.panel, self.header, self.filter_bar, self.board_view):
            widget.retranslate_ui()
        self._update_title()
        self._update_status()

    def _action_groups(self) -> tuple:
        return (
            self.board_actions,
            self.collaboration_actions,
            self.file_actions,
            self.csv_actions,
            self.help_actions,
            self.governance_actions,
            self.method_actions,
        )

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo"))
        # The toolbar and the shortcuts list show the short name: buttons that do not change width.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        for action, text in ((self.undo_action, undo), (self.redo_action, redo)):
            action.setToolTip(action.text().replace("&", "") if text else action.iconText())

    def choose_language(self, action: QAction) -> None:
        """Switches every window to the language at once, and remembers it for the next start."""
        code = action.data()
        i18n.install_language(code)  # Qt sends every widget a LanguageChange event
        settings.LANGUAGE.write(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.board.load(self.board.collaboration_id)
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Re-reads everything shown from the database, selecting `select_id` (default: the current one)."""
        self.panel.reload(select_id if select_id is not None else self.panel.current_id())
        any_at_all = collaborations.any_collaborations()
        self.pages.setCurrentIndex(BOARD_PAGE if any_at_all else WELCOME_PAGE)
        # Hidden by emptying, not by hide(): showing it again would paint it over a status message.
        self._has_collaborations = any_at_all
        self._update_status()

    def show_changes_of_others(self) -> None:
        """Re-reads everything after someone else changed the team database, keeping the card the
        user works on selected where it is still on the board."""
        focus = self.board_view.current_card()
        self.refresh()
        if focus is not None:
            self.board_view.select_card(focus.id, focus=False)  # the keyboard stays where it is
        self.statusBar().showMessage(self.tr("Updated with changes made by others"), 4000)

    def show_collaboration(self, collaboration_id: int | None) -> None:
        """Shows a collaboration's header and board; one that vanished meanwhile shows nothing."""
        view = None
        if collaboration_id is not None:
            try:
                view = collaborations.get_collaboration(collaboration_id)
            except NotFoundError:  # deleted meanwhile, e.g. by an import: the list no longer has it
                collaboration_id = None
        self.header.display(view)
        self.board.load(collaboration_id)
        self.filter_bar.set_owners(self.board.owners())
        enabled = collaboration_id is not None
        changes = enabled and not self.read_only
        for action in self.board_actions.changing_actions() + self.collaboration_actions.changing_actions():
            action.setEnabled(changes)
        self.collaboration_actions.plan_action.setEnabled(enabled)
        for action in (
            self.governance_actions.collaboration_actions() + self.method_actions.collaboration_actions()
        ):
            action.setEnabled(enabled)
        self.method_panel.load_soon(collaboration_id)
        self.governance_actions.propose_action.setEnabled(changes)
        self.csv_actions.export_action.setEnabled(enabled)
        self.board_view.setEnabled(enabled)
        self.board_view.set_adding_enabled(changes)
        self.collaboration_actions.update_archive_text()
        self._update_title()

    def _update_title(self) -> None:
        summary = self.panel.current_summary()
        title = f"{summary.name} — Drempelkompas" if summary else "Drempelkompas"
        if session.is_shared():
            title += " — " + self.tr("team database {name}").format(name=self.database_label)
        if self.is_demo:
            title += " — " + self.tr("DEMO: not your own data")
        self.setWindowTitle(title + (" " + self.tr("(read-only)") if self.read_only else ""))

    def _update_status(self) -> None:
        if not self._has_collaborations:
            self.status_label.clear()
            return
        cards = self.board.all_cards()
        counts = Counter(card.status for card in cards)
        self.status_label.setText(
            self.tr(
                "%n barrier(s): {open} open, {busy} in progress, {done} overcome — {shown} shown",
                "",
                len(cards),
            ).format(
                open=counts[Status.OPEN],
                busy=counts[Status.IN_PROGRESS],
                done=counts[Status.OVERCOME],
                shown=self.board.visible_count(),
            )
        )

    def _after_change(self, index: int) -> None:
        """After every do, undo or redo: re-read the data, and keep the card the user works on selected."""
        # The command just done (the stack moved up) or undone (it moved down).
        changed = self.undo_stack.command(index - 1 if index > self._stack_index else index)
        self._stack_index = index
        focus = self.board_view.current_card()
        columns = changed.columns if isinstance(changed, commands.ServiceCommand) else None
        if columns is None:
            self.refresh()
        elif changed.order_only:  # cards moved: their new places, and the open counts per column
            self.board.reorder_columns(columns)
            self.panel.set_open_counts(self.board.collaboration_id, self.board.open_counts())
        else:  # only cards changed: re-read their columns, not the list and the header
            self.board.reload_columns(columns)
            self.panel.set_open_counts(self.board.collaboration_id, self.board.open_counts())
            self.filter_bar.set_owners(self.board.owners())
        self.method_panel.load_soon(self.board.collaboration_id)  # commitments, contributions, scan, gate
        if focus is not None or self._card_to_focus is not None:
            # While titles are typed at a column's bottom, the keyboard stays there.
            keyboard = not self.board_view.is_typing_new_card()
            self.board_view.select_card(self._card_to_focus or focus.id, focus=keyboard)
        self._card_to_focus = None

    # -- changing --------------------------------------------------------------------------

    def push(self, command: commands.ServiceCommand, focus_card: int | None = None, on_unsaved=None) -> None:
        """Does an undoable change; a failure is shown in the message box and leaves no undo step.

        `on_unsaved` hears instead of a change that was not saved for a reason that passes: someone
        else changed the same fields meanwhile, or the team database could not be reached.
        """

        def report(error: DrempelError | OSError) -> None:
            passing = isinstance(error, EditConflictError | TeamDatabaseError)
            if on_unsaved is not None and passing and not isinstance(error, NotAllowedError):
                on_unsaved(error)
            else:
                self.show_error(error)

        command.report_error = report
        self._card_to_focus = focus_card
        self.undo_stack.push(command)
        command.report_error = self.show_error  # an undo or redo later is no longer the caller's business

    def show_error(self, error: DrempelError | OSError) -> None:
        show_problem(self, error)

    def zoom_board(self, steps: int) -> None:
        """Makes the board's text larger or smaller (0: back to normal), and remembers it."""
        zoom = self.board_view.zoom_step(steps) if steps else self.board_view.set_zoom(100)
        settings.BOARD_ZOOM.write(zoom)
        self.statusBar().showMessage(self.tr("Text size {percent}%").format(percent=zoom), 2000)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    # -- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        if geometry := settings.WINDOW_GEOMETRY.read():
            self.restoreGeometry(geometry)
        if splitter := settings.WINDOW_SPLITTER.read():
            self.splitter.restoreState(splitter)
        self.panel.show_archived.setChecked(settings.SHOW_ARCHIVED.read())
        self.board_view.set_zoom(settings.BOARD_ZOOM.read())
        level = settings.LEVEL_FILTER.read()
        self.filter_bar.apply(
            BoardFilter(
                show_overcome=settings.SHOW_OVERCOME.read(),
                level=Level(level) if level in {m.value for m in Level} else None,
            )
        )
        self.refresh(collaborations.find_by_uuid(settings.LAST_COLLABORATION.read()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.method_actions.fit_panel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.board_view.unadded_titles() and not discarding_confirmed(self):
            event.ignore()  # a title typed at a column's bottom, not added yet
            return
        settings.WINDOW_GEOMETRY.write(self.saveGeometry())
        settings.WINDOW_SPLITTER.write(self.splitter.saveState())
        settings.SHOW_ARCHIVED.write(self.panel.show_archived.isChecked())
        current = self.filter_bar.current_filter()
        settings.SHOW_OVERCOME.write(current.show_overcome)
        settings.LEVEL_FILTER.write(current.level.value if current.level else "")
        summary = self.panel.current_summary()
        settings.LAST_COLLABORATION.write(summary.uuid if summary else "")
        super().closeEvent(event)
