"""The backups of the open database: when, why, what they hold; make one now or restore one."""

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import backups
from drempelkompas.ui.background import run_with_progress
from drempelkompas.ui.problems import show_problem
from drempelkompas.ui.widgets import Retranslating


class BackupDialog(Retranslating, QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupDialog")
        self.restored = False  # whether the data changed under the main window
        self.intro = QLabel(wordWrap=True)
        self.list = QTreeWidget(objectName="backupList")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_now = QPushButton(objectName="backupNow", clicked=self.create_backup)
        self.restore_button = QPushButton(objectName="restoreBackup", clicked=self.restore_selected)
        self.buttons.addButton(self.backup_now, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.list.setAccessibleName(self.tr("Backups"))
        self.intro.setText(
            self.tr(
                "A backup is made when the app starts (once a day), before every import, upgrade "
                "and restore. The newest 14 are kept. Restoring first backs up the current state, "
                "so a restore can be undone by restoring that backup."
            )
        )
        self.list.setHeaderLabels(
            [self.tr("Made on"), self.tr("Why"), self.tr("Collaborations"), self.tr("Barriers")]
        )
        self.backup_now.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.refresh()

    def refresh(self) -> None:
        reasons = {
            "daily": self.tr("daily, at start-up"),
            "manual": self.tr("made by hand"),
            "before-import": self.tr("before an import"),
            "before-restore": self.tr("before a restore"),
        }
        self.list.clear()
        for info in backups.list_backups():
            when = QLocale().toString(QDateTime(info.created), QLocale.FormatType.ShortFormat)
            reason = reasons.get(
                info.reason,
                self.tr("before an upgrade") if info.reason.startswith("before-v") else info.reason,
            )
            unreadable = info.collaborations < 0
            item = QTreeWidgetItem(
                self.list,
                [
                    when,
                    reason,
                    self.tr("unreadable") if unreadable else str(info.collaborations),
                    "" if unreadable else str(info.barriers),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def create_backup(self) -> None:
        try:
            run_with_progress(self, self.tr("Backing up…"), lambda: backups.create_backup("manual"))
        except (DrempelError, OSError) as error:
            show_problem(self, error)
        self.refresh()

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr("Replace all data by the backup of {when}? The current state is backed up first.").format(
                when=item.text(0)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backups.restore_backup(item.data(0, Qt.ItemDataRole.UserRole))
        except (DrempelError, OSError) as error:
            show_problem(self, error)
            return
        self.restored = True
        self.refresh()
