"""Marks fixed strings for translation where they are defined, without importing Qt.

lupdate recognises the call by its name; the text is translated where it is shown
(see `drempelkompas.runtime.i18n`).
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - lupdate needs this name
    return source_text
