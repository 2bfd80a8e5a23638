"""Qt objects made from the shipped resources."""

from PySide6.QtGui import QIcon

from drempelkompas.resources import resource


def app_icon() -> QIcon:
    return QIcon(str(resource("drempelkompas.svg")))
