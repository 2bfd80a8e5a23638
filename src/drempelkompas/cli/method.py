"""`drempelkompas catalog`: the method in words: preconditions, typical barriers, lessons, levels,
sectors, and the drempelscan's statements."""

import textwrap

from drempelkompas.domain import catalog as method
from drempelkompas.domain.scan import SCAN_CONTEXT, STATEMENT_KEYS, STATEMENTS
from drempelkompas.runtime import i18n

WIDTH = 88


def catalog(args) -> None:
    lessons = {lesson.key: _text(lesson.title) for lesson in method.LESSONS}
    lines = _heading(i18n.translate("Cli", "Preconditions and their typical barriers"))
    for info in method.PRECONDITIONS:
        lines += ["", _text(info.title), *_wrapped(_text(info.explanation), "  ")]
        for number, barrier in enumerate(method.typical_barriers_for(info.precondition), 1):
            lines += _wrapped(f"{number}. {_text(barrier.title)}", "    ")
            lines += _wrapped(_text(barrier.description), "       ")
            fitting = ", ".join(lessons[key] for key in barrier.lesson_keys)
            lines += _wrapped(
                i18n.translate("Cli", "Lessons that fit: {lessons}").format(lessons=fitting), "       "
            )
    lines += _heading(i18n.translate("Cli", "Lessons for overcoming barriers"))
    for number, lesson in enumerate(method.LESSONS, 1):
        lines += ["", f"{number}. {_text(lesson.title)}", *_wrapped(_text(lesson.summary), "   ")]
        for point in lesson.key_points:
            lines += textwrap.wrap(_text(point), WIDTH, initial_indent="   - ", subsequent_indent="     ")
        fits = ", ".join(i18n.label(p) for p in lesson.preconditions)
        lines += _wrapped(i18n.translate("Cli", "Fits: {preconditions}").format(preconditions=fits), "   ")
    lines += _heading(i18n.translate("Cli", "Levels of commitment"))
    for info in method.LEVELS:
        lines += _wrapped(f"{i18n.label(info.level)}: {_text(info.explanation)}", "  ")
    lines += _heading(i18n.translate("Cli", "Sectors of the partners"))
    for info in method.SECTORS:
        lines += _wrapped(f"{i18n.label(info.sector)}: {_text(info.explanation)}", "  ")
    lines += _heading(i18n.translate("Cli", "The drempelscan: its statements by key, scored 0 to 4"))
    for key in STATEMENT_KEYS:
        lines += _wrapped(f"{key}: {i18n.translate(SCAN_CONTEXT, STATEMENTS[key])}", "  ")
    print("\n".join(lines[1:]))


def _text(text: str) -> str:
    return i18n.translate(method.CATALOG_CONTEXT, text)


def _heading(text: str) -> list[str]:
    return ["", text.upper(), "=" * len(text)]


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent)
