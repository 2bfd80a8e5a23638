"""Qt objects made from the shipped resources."""

from PySide6.QtGui import QIcon

from drempelkompas.assets import resource


def app_icon() -> QIcon:
    return QIcon(str(resource("drempelkompas.svg")))
