"""The method's catalog is complete, consistent and translated into Dutch and English."""

from collections import Counter

import pytest

from drempelkompas.domain import catalog
from drempelkompas.domain.enums import Level, Precondition, Sector
from drempelkompas.domain.pairing import LessonFit, rank_lessons, suggested_lesson


def all_catalog_texts():
    for info in catalog.PRECONDITIONS:
        yield info.title
        yield info.explanation
    for barrier in catalog.TYPICAL_BARRIERS:
        yield barrier.title
        yield barrier.description
    for lesson in catalog.LESSONS:
        yield lesson.title
        yield lesson.summary
        yield from lesson.key_points
    for info in catalog.LEVELS:
        yield info.explanation
    for info in catalog.SECTORS:
        yield info.explanation


def test_four_preconditions_each_with_three_typical_barriers():
    assert [info.precondition for info in catalog.PRECONDITIONS] == list(Precondition)
    counts = Counter(barrier.precondition for barrier in catalog.TYPICAL_BARRIERS)
    assert counts == {precondition: 3 for precondition in Precondition}
    assert len({barrier.key for barrier in catalog.TYPICAL_BARRIERS}) == 12


def test_four_lessons_with_key_points_and_three_levels_and_four_sectors():
    assert len(catalog.LESSONS) == 4
    assert all(len(lesson.key_points) >= 3 and lesson.summary for lesson in catalog.LESSONS)
    assert [info.level for info in catalog.LEVELS] == list(Level)
    assert [info.sector for info in catalog.SECTORS] == list(Sector)


def test_every_typical_barrier_names_existing_lessons_that_fit_its_precondition():
    for barrier in catalog.TYPICAL_BARRIERS:
        assert barrier.lesson_keys, barrier.key
        for key in barrier.lesson_keys:
            assert barrier.precondition in catalog.LESSONS_BY_KEY[key].preconditions, (barrier.key, key)


def test_every_precondition_has_a_fitting_lesson():
    for precondition in Precondition:
        assert any(precondition in lesson.preconditions for lesson in catalog.LESSONS)


def builtin_fits():
    return [
        LessonFit(number, lesson.key, lesson.preconditions)
        for number, lesson in enumerate(catalog.LESSONS, 1)
    ]


def test_a_typical_barrier_is_paired_with_the_first_lesson_it_names():
    for barrier in catalog.TYPICAL_BARRIERS:
        best = suggested_lesson(barrier.precondition, barrier.key, builtin_fits())
        assert best.catalog_key == barrier.lesson_keys[0]


def test_a_blank_barrier_gets_a_lesson_for_its_precondition_and_user_lessons_rank_after_builtins():
    own = LessonFit(99, None, (Precondition.FUNDING,))
    ranked = rank_lessons(Precondition.FUNDING, None, [*builtin_fits(), own])
    assert ranked[0].catalog_key == "closed-purses"
    assert ranked.index(own) < len(ranked) - 1  # before the lessons that do not fit funding
    assert suggested_lesson(Precondition.KNOWLEDGE, None, [own]) is None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_catalog_text_is_translated(language, qapp):
    from drempelkompas.runtime import i18n

    i18n.install_language(language)
    try:
        translated = {text: i18n.translate(catalog.CATALOG_CONTEXT, text) for text in all_catalog_texts()}
    finally:
        i18n.install_language("en")
    assert all(translated.values())
    if language == "nl":
        unchanged = [text for text, dutch in translated.items() if dutch == text]
        assert unchanged == ["Commitment"]  # the same word in Dutch
    else:
        assert all(text == english for text, english in translated.items())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            ["RANDVOORWAARDEN", "Te weinig gevoel van urgentie", "Begin met gesloten beurzen", "Uitvoering"],
        ),
        ("en", ["PRECONDITIONS", "Too little sense of urgency", "Start with closed purses", "Execution"]),
    ],
)
def test_catalog_command_prints_the_whole_method(run_cli, language, expected):
    result = run_cli("catalog", "--lang", language)
    assert result.returncode == 0, result.stderr
    for text in expected:
        assert text in result.stdout
    assert result.stdout.count("\n    ") >= 12  # the twelve typical barriers, indented
