"""Which lessons suit a barrier: the rules behind the automatic pairing of barriers and lessons."""

from collections.abc import Sequence
from dataclasses import dataclass

from drempelkompas.domain.catalog import TYPICAL_BARRIERS_BY_KEY
from drempelkompas.domain.enums import Precondition

_NAMED, _FITS_PRECONDITION, _OTHER = range(3)


@dataclass(frozen=True)
class LessonFit:
    """What the pairing needs to know about one lesson, built-in or the user's own."""

    lesson_id: int
    catalog_key: str | None
    preconditions: tuple[Precondition, ...]


def rank_lessons(
    precondition: Precondition, catalog_key: str | None, lessons: Sequence[LessonFit]
) -> list[LessonFit]:
    """Orders lessons from best to least fitting for a barrier.

    First the lessons its typical barrier names (in that order), then the lessons that fit its
    precondition (primary fits first), then all others. Ties keep the given order, so callers
    pass the built-in lessons before the user's own.
    """
    keyed = [
        (_rank(precondition, catalog_key, lesson), index, lesson) for index, lesson in enumerate(lessons)
    ]
    return [lesson for *_, lesson in sorted(keyed, key=lambda item: (item[0], item[1]))]


def suggested_lesson(
    precondition: Precondition, catalog_key: str | None, lessons: Sequence[LessonFit]
) -> LessonFit | None:
    """The best fitting lesson, or None when no lesson fits the barrier at all."""
    fitting = [
        lesson
        for lesson in rank_lessons(precondition, catalog_key, lessons)
        if _rank(precondition, catalog_key, lesson)[0] != _OTHER
    ]
    return fitting[0] if fitting else None


def _rank(precondition: Precondition, catalog_key: str | None, lesson: LessonFit) -> tuple[int, int]:
    typical = TYPICAL_BARRIERS_BY_KEY.get(catalog_key or "")
    named = typical.lesson_keys if typical else ()
    if lesson.catalog_key in named:
        return (_NAMED, named.index(lesson.catalog_key))
    if precondition in lesson.preconditions:
        return (_FITS_PRECONDITION, lesson.preconditions.index(precondition))
    return (_OTHER, 0)
