"""The main window: for now the collaborations with their open barriers per precondition."""

from PySide6.QtWidgets import QMainWindow, QTreeWidget, QTreeWidgetItem

from drempelkompas import i18n
from drempelkompas.domain.enums import Precondition
from drempelkompas.services.collaborations import list_collaborations


class MainWindow(QMainWindow):
    def __init__(self, database_label: str) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._database_label = database_label
        self._overview = QTreeWidget(objectName="collaborationList")
        self._overview.setRootIsDecorated(False)
        self._overview.setAlternatingRowColors(True)
        self.setCentralWidget(self._overview)
        self.resize(960, 600)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Drempelkompas — {database}").format(database=self._database_label))
        self._overview.setHeaderLabels([self.tr("Collaboration")] + [i18n.label(p) for p in Precondition])
        self.statusBar().showMessage(self.tr("Database: {database}").format(database=self._database_label))

    def refresh(self) -> None:
        self._overview.clear()
        for summary in list_collaborations():
            counts = [str(summary.open_counts[p]) for p in Precondition]
            self._overview.addTopLevelItem(QTreeWidgetItem([summary.name, *counts]))
        self._overview.resizeColumnToContents(0)
