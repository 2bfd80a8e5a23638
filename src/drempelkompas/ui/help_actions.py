"""The Help menu: the method, the keyboard shortcuts, and what this app and its database are."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox


class HelpActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.method_dialog = None  # made when first asked for, then kept
        add = window.add_action
        self.method_action = add("theMethod", self.show_method)
        self.shortcuts_action = add(
            "keyboardShortcuts", self.show_shortcuts, [QKeySequence.StandardKey.HelpContents]
        )
        self.about_action = add("about", self.show_about)

    def retranslate_ui(self) -> None:
        self.method_action.setText(self.tr("The &method"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Drempelkompas"))

    def show_method(self) -> None:
        """The method beside the board: one window, brought forward when asked again."""
        from drempelkompas.ui.method_dialog import MethodDialog

        if self.method_dialog is None:
            self.method_dialog = MethodDialog(self.window)
        self.method_dialog.show()
        self.method_dialog.raise_()
        self.method_dialog.activateWindow()

    def show_shortcuts(self) -> None:
        from drempelkompas.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window).exec()

    def show_about(self) -> None:
        from drempelkompas import __version__

        QMessageBox.about(
            self.window,
            self.tr("About Drempelkompas"),
            self.tr(
                "Drempelkompas {version}\n\nA barrier compass for innovation across the boundaries of "
                "government, market, science and society, after the Digicampus method.\n\n"
                "Database: {database}"
            ).format(version=__version__, database=self.window.database_label),
        )
