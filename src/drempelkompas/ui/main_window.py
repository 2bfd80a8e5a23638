"""The main window: collaborations on the left, the selected one's board on the right.

Every change goes through an undoable command (see `commands`), which calls the services; after
each change the window re-reads what it shows from the database. Dialogs are imported when first
opened, to keep them off the start-up path.
"""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.domain.errors import DrempelError
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, collaborations, session
from drempelkompas.services.exchange_file import SUFFIX
from drempelkompas.storage.files import safe_file_name
from drempelkompas.ui import commands
from drempelkompas.ui.board_model import Board, BoardFilter
from drempelkompas.ui.board_view import BoardView
from drempelkompas.ui.collaboration_header import CollaborationHeader
from drempelkompas.ui.collaboration_list import CollaborationPanel
from drempelkompas.ui.filter_bar import FilterBar
from drempelkompas.ui.resources import app_icon
from drempelkompas.ui.widgets import show_problem

WELCOME_PAGE, BOARD_PAGE = 0, 1


class MainWindow(QMainWindow):
    def __init__(self, database_label: str) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self._database_label = database_label
        self.read_only = session.is_read_only()  # e.g. a file on a USB stick: look, do not touch
        self.undo_stack = QUndoStack(self)
        self._card_to_focus: int | None = None  # the card a pending command works on
        self.board = Board(self)
        self._create_actions()
        self._create_widgets()
        self._create_menus()
        self.undo_stack.indexChanged.connect(self._after_change)
        self.board.changed.connect(self._update_status)
        for model in self.board.columns.values():
            model.moveRequested.connect(self._move_to)
        self.retranslate_ui()
        self._restore_settings()

    # -- construction ----------------------------------------------------------------------

    def _action(self, name: str, slot, shortcuts=(), context=Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(self, objectName=name)
        action.triggered.connect(slot)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(context)
        if context == Qt.ShortcutContext.WindowShortcut:
            self.addAction(action)  # others are added to the widget they work in
        return action

    def _create_actions(self) -> None:
        widget_context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Our own actions rather than QUndoStack's, so their texts follow a change of language.
        self.undo_action = self._action("undo", self.undo_stack.undo, [QKeySequence.StandardKey.Undo])
        self.redo_action = self._action(
            "redo", self.undo_stack.redo, [QKeySequence(QKeySequence.StandardKey.Redo), "Ctrl+Shift+Z"]
        )
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
        self.new_collaboration_action = self._action(
            "newCollaboration", self.new_collaboration, ["Ctrl+Shift+N"]
        )
        self.edit_collaboration_action = self._action("editCollaboration", self.edit_collaboration, ["F2"])
        self.archive_action = self._action("archiveCollaboration", self.toggle_archived)
        self.delete_collaboration_action = self._action(
            "deleteCollaboration",
            self.delete_collaboration,
            [QKeySequence.StandardKey.Delete],
            widget_context,
        )
        self.plan_action = self._action("actionPlan", self.open_plan, [QKeySequence.StandardKey.Print])
        self.demo_action = self._action("loadDemo", self.load_demo)
        self.backups_action = self._action("backups", self.open_backups)
        self.export_exchange_action = self._action("exportExchange", self.export_exchange)
        self.import_exchange_action = self._action("importExchange", self.import_exchange)
        self.quit_action = self._action("quit", self.close, [QKeySequence.StandardKey.Quit])
        self.find_action = self._action("find", self.focus_search, [QKeySequence.StandardKey.Find])
        self.new_barrier_action = self._action("newBarrier", self.new_barrier, [QKeySequence.StandardKey.New])
        self.catalog_action = self._action("addFromCatalog", self.add_from_catalog, ["Ctrl+Shift+K"])
        self.open_barrier_action = self._action("openBarrier", self.open_current_barrier)
        self.delete_barrier_action = self._action(
            "deleteBarrier", self.delete_barrier, [QKeySequence.StandardKey.Delete], widget_context
        )
        self.move_actions = {
            direction: self._action(
                f"move{direction.title()}", lambda _=False, d=direction: self.move_card(d), [key]
            )
            for direction, key in (
                ("left", "Ctrl+Left"),
                ("right", "Ctrl+Right"),
                ("up", "Ctrl+Up"),
                ("down", "Ctrl+Down"),
            )
        }
        self.status_actions = {
            status: self._action(
                f"status-{status.value}", lambda _=False, s=status: self.set_status(s), [key]
            )
            for status, key in zip(Status, ("Ctrl+1", "Ctrl+2", "Ctrl+3"), strict=True)
        }
        self.show_overcome_action = QAction(self, checkable=True, objectName="showOvercomeAction")
        self.show_archived_action = QAction(self, checkable=True, objectName="showArchivedAction")
        self.about_action = self._action("about", self.show_about)

    def _create_widgets(self) -> None:
        self.panel = CollaborationPanel(
            [
                (self.new_collaboration_action, lambda: self.tr("New…")),
                (self.archive_action, None),
                (self.delete_collaboration_action, lambda: self.tr("Delete…")),
            ]
        )
        self.panel.addAction(self.delete_collaboration_action)
        self.panel.selected.connect(self._show_collaboration)
        self.show_archived_action.toggled.connect(self.panel.show_archived.setChecked)
        self.panel.show_archived.toggled.connect(self.show_archived_action.setChecked)

        self.header = CollaborationHeader()
        self.header.editRequested.connect(self.edit_collaboration)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.board.set_filter)
        self.show_overcome_action.toggled.connect(self.filter_bar.show_overcome.setChecked)
        self.filter_bar.show_overcome.toggled.connect(self.show_overcome_action.setChecked)
        self.board_view = BoardView(self.board)
        self.board_view.openRequested.connect(self.open_barrier)
        self.board_view.addRequested.connect(self.new_barrier)
        self.board_view.addAction(self.delete_barrier_action)

        board_page = QWidget()
        layout = QVBoxLayout(board_page)
        layout.addWidget(self.header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.board_view, 1)

        self.welcome = QWidget(objectName="welcomePage")
        self.welcome_text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.welcome_text.setMaximumWidth(560)
        self.welcome_demo = QPushButton(objectName="welcomeDemo", clicked=self.load_demo)
        self.welcome_new = QPushButton(objectName="welcomeNew", clicked=self.new_collaboration)
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
        self.splitter.setSizes([240, 1040])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(objectName="statusCounts")
        self.status_label.setMinimumWidth(1)  # may be cut short, but never widens the window
        self.statusBar().addWidget(self.status_label, 1)
        self.read_only_label = QLabel(objectName="readOnlyNotice")
        self.read_only_label.setVisible(self.read_only)
        self.statusBar().addPermanentWidget(self.read_only_label)
        if self.read_only:
            for view in self.board_view.columns.values():
                view.setDragDropMode(view.DragDropMode.NoDragDrop)
            for action in (self.new_collaboration_action, self.demo_action, self.import_exchange_action):
                action.setEnabled(False)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_barrier_action,
            self.catalog_action,
            self.plan_action,
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
        self._create_context_menus()
        self.resize(self._default_size())

    def _default_size(self) -> QSize:
        """1280×800, or smaller on a smaller screen (a 1366×768 laptop), with room for the frame."""
        available = self.screen().availableGeometry()
        return QSize(min(1280, available.width()), min(800, available.height() - 40))

    def _create_context_menus(self) -> None:
        """Right-click menus with the actions of the card or the collaboration under the mouse."""
        card_actions = [
            self.open_barrier_action,
            *self.status_actions.values(),
            self.move_actions["left"],
            self.move_actions["right"],
            self.delete_barrier_action,
        ]
        for view in self.board_view.columns.values():
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(card_actions)
        self.panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.view.addActions(
            [
                self.edit_collaboration_action,
                self.plan_action,
                self.export_exchange_action,
                self.archive_action,
                self.delete_collaboration_action,
            ]
        )

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_collaboration_action, self.demo_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_exchange_action, self.export_exchange_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.barrier_menu = bar.addMenu("")
        self.barrier_menu.addActions([self.new_barrier_action, self.catalog_action, self.open_barrier_action])
        self.barrier_menu.addSeparator()
        self.barrier_menu.addActions(list(self.move_actions.values()))
        self.barrier_menu.addSeparator()
        self.barrier_menu.addActions(list(self.status_actions.values()))
        self.barrier_menu.addSeparator()
        self.barrier_menu.addAction(self.delete_barrier_action)
        self.collaboration_menu = bar.addMenu("")
        self.collaboration_menu.addActions(
            [
                self.plan_action,
                self.edit_collaboration_action,
                self.archive_action,
                self.delete_collaboration_action,
            ]
        )
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.show_overcome_action, self.show_archived_action])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(self.language_actions.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        texts = {
            self.new_collaboration_action: self.tr("&New collaboration…"),
            self.edit_collaboration_action: self.tr("&Edit collaboration…"),
            self.plan_action: self.tr("Action &plan…"),
            self.delete_collaboration_action: self.tr("&Delete collaboration…"),
            self.demo_action: self.tr("Load &demo data"),
            self.backups_action: self.tr("&Backups and restore…"),
            self.import_exchange_action: self.tr("&Import an exchange file…"),
            self.export_exchange_action: self.tr("E&xport an exchange file…"),
            self.quit_action: self.tr("&Quit"),
            self.find_action: self.tr("&Find"),
            self.new_barrier_action: self.tr("&New barrier…"),
            self.catalog_action: self.tr("Typical barriers from the &method…"),
            self.open_barrier_action: self.tr("&Open barrier…\tEnter"),
            self.delete_barrier_action: self.tr("&Delete barrier"),
            self.move_actions["left"]: self.tr("Move to previous column"),
            self.move_actions["right"]: self.tr("Move to next column"),
            self.move_actions["up"]: self.tr("Move up"),
            self.move_actions["down"]: self.tr("Move down"),
            self.show_overcome_action: self.tr("Show &overcome barriers"),
            self.show_archived_action: self.tr("Show &archived collaborations"),
            self.about_action: self.tr("&About Drempelkompas"),
        }
        for action, text in texts.items():
            action.setText(text)
        for status, action in self.status_actions.items():
            action.setText(self.tr("Mark as {status}").format(status=i18n.label(status)))
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
        self.welcome_demo.setText(self.tr("Open the demo data"))
        self.read_only_label.setText(self.tr("Read-only: changes cannot be saved to this file"))
        self.welcome_new.setText(self.tr("Create a first collaboration"))
        for widget in (self.panel, self.header, self.filter_bar, self.board_view):
            widget.retranslate_ui()
        self._update_archive_action()
        self._update_title()
        self._update_status()

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo"))

    def choose_language(self, action: QAction) -> None:
        """Switches every window to the language at once, and remembers it for the next start."""
        code = action.data()
        i18n.install_language(code)  # Qt sends every widget a LanguageChange event
        QSettings().setValue("language", code)

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
        self.status_label.setVisible(any_at_all)

    def _show_collaboration(self, collaboration_id: int | None) -> None:
        view = None
        if collaboration_id is not None:
            try:
                view = collaborations.get_collaboration(collaboration_id)
            except DrempelError:
                collaboration_id = None
        self.header.display(view)
        self.board.load(collaboration_id)
        self.filter_bar.set_owners(self.board.owners())
        enabled = collaboration_id is not None
        changes = enabled and not self.read_only
        for action in (
            self.new_barrier_action,
            self.catalog_action,
            self.edit_collaboration_action,
            self.archive_action,
            self.delete_collaboration_action,
            self.delete_barrier_action,
            *self.move_actions.values(),
            *self.status_actions.values(),
        ):
            action.setEnabled(changes)
        self.plan_action.setEnabled(enabled)
        self.board_view.setEnabled(enabled)
        self._update_archive_action()
        self._update_title()

    def _update_title(self) -> None:
        summary = self.panel.current_summary()
        title = f"{summary.name} — Drempelkompas" if summary else "Drempelkompas"
        self.setWindowTitle(title + (" " + self.tr("(read-only)") if self.read_only else ""))

    def _update_archive_action(self) -> None:
        summary = self.panel.current_summary()
        archived = bool(summary and summary.archived)
        #: "Archive" is a verb here: put the collaboration in the archive.
        self.archive_action.setText(self.tr("&Restore from archive") if archived else self.tr("&Archive"))

    def _update_status(self) -> None:
        cards = self.board.all_cards()
        counts = {status: sum(1 for c in cards if c.status is status) for status in Status}
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

    def _after_change(self) -> None:
        """After every do, undo or redo: re-read the data, and keep the card the user works on selected."""
        focus = self.board_view.current_card()
        self.refresh()
        if focus is not None:
            self.board_view.select_card(self._card_to_focus or focus.id)
        self._card_to_focus = None

    # -- changing --------------------------------------------------------------------------

    def _push(self, command: commands.ServiceCommand, focus_card: int | None = None) -> None:
        command.report_error = self.show_error
        self._card_to_focus = focus_card
        self.undo_stack.push(command)

    def show_error(self, error: DrempelError | OSError) -> None:
        show_problem(self, error)

    def new_collaboration(self) -> None:
        from drempelkompas.ui.collaboration_dialog import CollaborationDialog, new_collaboration_view

        dialog = CollaborationDialog(new_collaboration_view(), self)
        if dialog.exec() != CollaborationDialog.DialogCode.Accepted:
            return
        command = commands.CreateCollaboration(self.tr("New collaboration"), dialog.result_view())
        self._push(command)
        if command.collaboration_id is not None:
            self.panel.reload(command.collaboration_id)

    def edit_collaboration(self) -> None:
        collaboration_id = self.panel.current_id()
        if collaboration_id is None:
            return
        from drempelkompas.ui.collaboration_dialog import CollaborationDialog

        before = collaborations.get_collaboration(collaboration_id)
        dialog = CollaborationDialog(before, self)
        if dialog.exec() == CollaborationDialog.DialogCode.Accepted and dialog.result_view() != before:
            self._push(
                commands.EditCollaboration(self.tr("Edit collaboration"), before, dialog.result_view())
            )

    def toggle_archived(self) -> None:
        summary = self.panel.current_summary()
        if summary is not None:
            #: Undo history entry; "Archive" is a verb.
            text = self.tr("Restore from archive") if summary.archived else self.tr("Archive")
            self._push(commands.ArchiveCollaboration(text, summary.id, not summary.archived))

    def delete_collaboration(self) -> None:
        summary = self.panel.current_summary()
        if summary is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete collaboration"),
            self.tr("Delete “{name}” with all its barriers? You can undo this with Edit › Undo.").format(
                name=summary.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(commands.DeleteCollaboration(self.tr("Delete collaboration"), summary.id))

    def open_plan(self) -> None:
        from drempelkompas.ui.plan_dialog import PlanDialog

        if self.board.collaboration_id is not None:
            PlanDialog(self.board.collaboration_id, self).exec()

    def open_backups(self) -> None:
        from drempelkompas.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self)
        dialog.exec()
        if dialog.restored:
            self.undo_stack.clear()  # its commands describe the data that was replaced
            self.refresh()

    def export_exchange(self) -> None:
        from drempelkompas.services.exchange import export_file
        from drempelkompas.ui.exchange_dialogs import ExportDialog

        summaries = collaborations.list_collaborations(include_archived=True)
        dialog = ExportDialog(summaries, self.panel.current_id(), self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        chosen = dialog.selected_ids()
        names = [s.name for s in summaries if s.id in chosen]
        suggestion = names[0] if len(names) == 1 else self.tr("Collaborations")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export an exchange file"),
            str(Path.home() / safe_file_name(f"{suggestion}{SUFFIX}")),
            self.tr("Drempelkompas exchange files (*.drempel)"),
        )
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        try:
            count = export_file(path, chosen)
        except (DrempelError, OSError) as error:
            self.show_error(error)
            return
        self.statusBar().showMessage(
            self.tr(
                "Exported %n collaboration(s) with {barriers} barriers to {file}.", "", len(chosen)
            ).format(barriers=count, file=path),
            10_000,
        )

    def import_exchange(self) -> None:
        from drempelkompas.services.exchange import import_file
        from drempelkompas.ui.exchange_dialogs import ImportPreviewDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an exchange file"),
            str(Path.home()),
            self.tr("Drempelkompas exchange files (*.drempel);;All files (*)"),
        )
        if not path:
            return
        try:
            preview = import_file(path, dry_run=True)
        except (DrempelError, OSError) as error:
            self.show_error(error)
            return
        if not preview.changes_anything:
            QMessageBox.information(
                self,
                self.tr("Import an exchange file"),
                self.tr("Everything in {file} is already here; there is nothing to import.").format(
                    file=Path(path).name
                ),
            )
            return
        review = ImportPreviewDialog(Path(path).name, preview, self)
        if review.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return
        try:
            import_file(path)
        except (DrempelError, OSError) as error:
            self.show_error(error)
            return
        self.undo_stack.clear()  # its commands may describe records the import changed
        self.refresh()
        self._show_collaboration(self.panel.current_id())

    def load_demo(self) -> None:
        from drempelkompas.services.demo import fill_demo

        try:
            ids = fill_demo()
        except DrempelError as error:
            self.show_error(error)
            return
        self.refresh(ids[0])

    def new_barrier(self, precondition: Precondition | None = None) -> None:
        from drempelkompas.ui.barrier_dialog import BarrierDialog

        collaboration_id = self.board.collaboration_id
        if collaboration_id is None:
            return
        precondition = (
            precondition if isinstance(precondition, Precondition) else self.board_view.focused_precondition
        )
        dialog = BarrierDialog(
            barriers.blank_barrier(collaboration_id, precondition), self.board.owners(), self
        )
        if dialog.exec() != BarrierDialog.DialogCode.Accepted:
            return
        card = dialog.edited_card()

        def add() -> list[int]:
            return [
                barriers.add_barrier(
                    collaboration_id,
                    card.precondition,
                    card.title,
                    status=card.status,
                    lesson_id=card.lesson_id,
                    description=card.description,
                    impact=card.impact,
                    level=card.level,
                    owner=card.owner,
                    due_date=card.due_date,
                    next_action=card.next_action,
                )
            ]

        command = commands.AddBarriers(self.tr("New barrier"), add)
        self._push(command)
        if command.barrier_ids:
            self.board_view.select_card(command.barrier_ids[0])

    def add_from_catalog(self) -> None:
        collaboration_id = self.board.collaboration_id
        if collaboration_id is None:
            return
        from drempelkompas.ui.catalog_dialog import CatalogDialog

        precondition = self.board_view.focused_precondition
        on_board = {card.catalog_key for card in self.board.all_cards() if card.catalog_key}
        dialog = CatalogDialog(precondition, on_board, self)
        if dialog.exec() != CatalogDialog.DialogCode.Accepted:
            return
        keys = dialog.selected_keys()
        command = commands.AddBarriers(
            self.tr("Add %n typical barrier(s)", "", len(keys)),
            lambda: barriers.add_typical_barriers(collaboration_id, keys, i18n.translate),
        )
        self._push(command)
        if command.barrier_ids:
            self.board_view.select_card(command.barrier_ids[0])

    def open_current_barrier(self) -> None:
        card = self.board_view.current_card()
        if card is not None:
            self.open_barrier(card.id)

    def open_barrier(self, barrier_id: int) -> None:
        from drempelkompas.ui.barrier_dialog import BarrierDialog

        before = self.board.card_by_id(barrier_id)
        if before is None:
            return
        dialog = BarrierDialog(before, self.board.owners(), self)
        if self.read_only:
            dialog.show_only()
        if dialog.exec() != BarrierDialog.DialogCode.Accepted:
            return
        after = dialog.edited_card()
        if before.conflict and not after.conflict:
            barriers.keep_both(barrier_id)  # resolves the import conflict; the edit below is undoable
            self.board.load(self.board.collaboration_id)
            after = replace(after, conflict=True)
        if after == before:
            return
        self.undo_stack.beginMacro(self.tr("Edit barrier"))
        if replace(after, precondition=before.precondition) != before:
            self._push(
                commands.EditBarrier(
                    self.tr("Edit barrier"), before, replace(after, precondition=before.precondition)
                ),
                barrier_id,
            )
        if after.precondition is not before.precondition:
            end = len([c for c in self.board.all_cards() if c.precondition is after.precondition])
            self._push(
                commands.MoveBarrier(self.tr("Move barrier"), before, after.precondition, end), barrier_id
            )
        self.undo_stack.endMacro()
        self.board_view.select_card(barrier_id)

    def delete_barrier(self) -> None:
        card = self.board_view.current_card()
        if card is not None:
            self._push(commands.DeleteBarrier(self.tr("Delete barrier"), card.id))

    def set_status(self, status: Status) -> None:
        card = self.board_view.current_card()
        if card is not None and card.status is not status:
            self._push(commands.SetStatus(self.tr("Change status"), card, status), card.id)

    def move_card(self, direction: str) -> None:
        view = self.board_view.columns[self.board_view.focused_precondition]
        card, row = view.current_card(), view.currentIndex().row()
        if card is None:
            return
        order = list(Precondition)
        if direction in ("left", "right"):
            index = order.index(card.precondition) + (-1 if direction == "left" else 1)
            if not 0 <= index < len(order):
                return
            target = self.board.columns[order[index]]
            self._move_to(card.id, target.precondition, target.target_position(min(row, target.rowCount())))
            return
        model = view.model()
        neighbour = row - 1 if direction == "up" else row + 1
        if 0 <= neighbour < model.rowCount():
            self._move_to(card.id, card.precondition, model.card(neighbour).position)

    def _move_to(self, barrier_id: int, precondition: Precondition, position: int) -> None:
        card = self.board.card_by_id(barrier_id)
        if card is None or (card.precondition is precondition and card.position == position):
            return
        self._push(commands.MoveBarrier(self.tr("Move barrier"), card, precondition, position), barrier_id)
        self.board_view.select_card(barrier_id)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def show_about(self) -> None:
        from drempelkompas import __version__

        QMessageBox.about(
            self,
            self.tr("About Drempelkompas"),
            self.tr(
                "Drempelkompas {version}\n\nA barrier compass for innovation across the boundaries of "
                "government, market, science and society, after the Digicampus method.\n\n"
                "Database: {database}"
            ).format(version=__version__, database=self._database_label),
        )

    # -- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        if geometry := settings.value("window/geometry"):
            self.restoreGeometry(geometry)
        if splitter := settings.value("window/splitter"):
            self.splitter.restoreState(splitter)
        self.panel.show_archived.setChecked(settings.value("filter/showArchived", False, type=bool))
        level = settings.value("filter/level", "")
        self.filter_bar.apply(
            BoardFilter(
                show_overcome=settings.value("filter/showOvercome", False, type=bool),
                level=Level(level) if level in {m.value for m in Level} else None,
            )
        )
        self.refresh(collaborations.find_by_uuid(settings.value("collaboration/last", "")))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("filter/showArchived", self.panel.show_archived.isChecked())
        current = self.filter_bar.current_filter()
        settings.setValue("filter/showOvercome", current.show_overcome)
        settings.setValue("filter/level", current.level.value if current.level else "")
        summary = self.panel.current_summary()
        settings.setValue("collaboration/last", summary.uuid if summary else "")
        super().closeEvent(event)
