"""Texts of Qt's own dialogs that Qt's shipped translations lack, translated with the app's.

Qt 6 writes the file dialog's labels with a mnemonic ("&Look in:"); the Dutch translation that
comes with Qt still has them without, so they stayed English. Listed here, the translation
files hold them, and the app's translator supplies them when Qt's has nothing.
"""

from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
