"""Use cases for lessons: the four built-in ones from the method and those users add."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from drempelkompas.domain.catalog import CATALOG_CONTEXT, LESSONS_BY_KEY
from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.pairing import LessonFit, rank_lessons
from drempelkompas.services import validation as v
from drempelkompas.storage.models import Barrier, Lesson, database

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class LessonView:
    id: int
    uuid: str
    catalog_key: str | None
    title: str
    summary: str
    key_points: tuple[str, ...]
    preconditions: tuple[Precondition, ...]

    @property
    def builtin(self) -> bool:
        return self.catalog_key is not None


def list_lessons(translate: Translate = untranslated) -> list[LessonView]:
    """All lessons, built-in ones first in the method's order, then the user's by creation."""
    lessons = [_view(lesson, translate) for lesson in Lesson.select().order_by(Lesson.id)]
    order = list(LESSONS_BY_KEY)
    return sorted(
        lessons,
        key=lambda lesson: (0, order.index(lesson.catalog_key)) if lesson.builtin else (1, lesson.id),
    )


def get_lesson(lesson_id: int, translate: Translate = untranslated) -> LessonView:
    return _view(_get(lesson_id), translate)


def add_lesson(title: str, summary: str, preconditions: Iterable[Precondition | str]) -> int:
    title = v.clean_line(title, v.TITLE)
    summary = v.clean_text(summary, v.SUMMARY)
    fits = _clean_preconditions(preconditions)
    with database.atomic():
        return Lesson.create(title=title, summary=summary, preconditions=fits).id


def update_lesson(lesson_id: int, title: str, summary: str, preconditions) -> None:
    title = v.clean_line(title, v.TITLE)
    summary = v.clean_text(summary, v.SUMMARY)
    fits = _clean_preconditions(preconditions)
    with database.atomic():
        lesson = _get_own(lesson_id)
        lesson.title, lesson.summary, lesson.preconditions = title, summary, fits
        lesson.save()


def delete_lesson(lesson_id: int) -> None:
    """Removes a user's lesson; barriers paired with it fall back to the suggested lesson."""
    with database.atomic():
        lesson = _get_own(lesson_id)
        Barrier.update(lesson=None).where(Barrier.lesson == lesson).execute()
        lesson.delete_instance()


def ranked_lessons(
    precondition: Precondition, catalog_key: str | None, translate: Translate = untranslated
) -> list[LessonView]:
    """All lessons, best fitting first, for a barrier of this precondition and catalog origin."""
    views = {lesson.id: lesson for lesson in list_lessons(translate)}
    fits = [LessonFit(lesson.id, lesson.catalog_key, lesson.preconditions) for lesson in views.values()]
    return [views[fit.lesson_id] for fit in rank_lessons(precondition, catalog_key, fits)]


def lesson_fits() -> list[LessonFit]:
    """What the pairing rules need to know of every lesson, built-in ones first."""
    return [LessonFit(lesson.id, lesson.catalog_key, lesson.preconditions) for lesson in list_lessons()]


def _view(lesson: Lesson, translate: Translate) -> LessonView:
    preconditions = tuple(Precondition(p) for p in lesson.preconditions.split(",") if p)
    info = LESSONS_BY_KEY.get(lesson.catalog_key or "")
    if info is None:
        title, summary, points = lesson.title, lesson.summary, ()
    else:
        title = translate(CATALOG_CONTEXT, info.title)
        summary = translate(CATALOG_CONTEXT, info.summary)
        points = tuple(translate(CATALOG_CONTEXT, point) for point in info.key_points)
    return LessonView(lesson.id, str(lesson.uuid), lesson.catalog_key, title, summary, points, preconditions)


def _clean_preconditions(preconditions) -> str:
    members = {v.enum_value(Precondition, p, v.PRECONDITION) for p in preconditions}
    return ",".join(p for p in Precondition if p in members)


def _get(lesson_id: int) -> Lesson:
    lesson = Lesson.get_or_none(Lesson.id == lesson_id)
    if lesson is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This lesson no longer exists."))
    return lesson


def _get_own(lesson_id: int) -> Lesson:
    lesson = _get(lesson_id)
    if lesson.catalog_key is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The method's own lessons cannot be changed or removed.")
        )
    return lesson
