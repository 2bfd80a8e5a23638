"""The header above the board: the selected collaboration's name, ambition, phase and partners."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from drempelkompas.domain.enums import Sector
from drempelkompas.runtime import i18n
from drempelkompas.services.collaborations import CollaborationView


class CollaborationHeader(QWidget):
    editRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._view: CollaborationView | None = None
        self.name = QLabel(objectName="collaborationName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.ambition = QLabel(objectName="collaborationAmbition", wordWrap=True)
        self.details = QLabel(objectName="collaborationDetails", wordWrap=True)
        for label in (self.name, self.ambition, self.details):
            label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(objectName="editCollaboration")
        self.edit_button.clicked.connect(self.editRequested)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.edit_button, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.ambition, 1, 0, 1, 2)
        layout.addWidget(self.details, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit collaboration…"))
        self.display(self._view)

    def display(self, view: CollaborationView | None) -> None:
        self._view = view
        self.setVisible(view is not None)
        if view is None:
            return
        self.name.setText(view.name + (" " + self.tr("(archived)") if view.archived else ""))
        self.ambition.setText(view.ambition or self.tr("No ambition written down yet."))
        by_sector = []
        for sector in Sector:
            names = [p.name for p in view.partners if p.sector is sector]
            if names:
                by_sector.append(f"{i18n.label(sector)}: {', '.join(names)}")
        partners = " · ".join(by_sector) if by_sector else self.tr("no partners yet")
        self.details.setText(
            self.tr("Phase: {phase} — Partners: {partners}").format(
                phase=i18n.label(view.phase), partners=partners
            )
        )
