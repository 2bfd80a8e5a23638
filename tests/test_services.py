"""The use cases on a real SQLite file: what a user does, and what they then see."""

from dataclasses import replace
from datetime import date

import pytest

from drempelkompas.domain.enums import Level, PartnerRole, Phase, Precondition, Sector, Status
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.services import barriers, collaborations, lessons
from drempelkompas.services.demo import fill_demo
from drempelkompas.services.validation import TEXT_LIMIT, TITLE_LIMIT

pytestmark = pytest.mark.both_backends

K, C, F, A = Precondition


@pytest.fixture
def collaboration(db_path):
    return collaborations.create_collaboration("Slimme Stad Één", ambition="Alles digitaal")


def titles(collaboration_id, precondition):
    return [card.title for card in barriers.board(collaboration_id)[precondition]]


def test_create_edit_archive_a_collaboration_with_partners(collaboration):
    collaborations.update_collaboration(collaboration, phase=Phase.PILOT, notes="Stuurgroep op dinsdag")
    collaborations.add_partner(
        collaboration, "Gemeente Ĳsselstein", Sector.GOVERNMENT, PartnerRole.PROBLEM_OWNER
    )
    collaborations.add_partner(collaboration, "TU Delft", "science", "solution_provider")
    view = collaborations.get_collaboration(collaboration)
    assert (view.phase, view.notes, view.ambition) == (Phase.PILOT, "Stuurgroep op dinsdag", "Alles digitaal")
    assert [(p.name, p.sector) for p in view.partners] == [
        ("Gemeente Ĳsselstein", Sector.GOVERNMENT),
        ("TU Delft", Sector.SCIENCE),
    ]
    collaborations.set_archived(collaboration, True)
    assert collaborations.list_collaborations() == []
    assert [c.name for c in collaborations.list_collaborations(include_archived=True)] == ["Slimme Stad Één"]


def test_collaboration_names_are_unique_ignoring_case(collaboration):
    with pytest.raises(ValidationError, match="already exists"):
        collaborations.create_collaboration("slimme stad één")


def test_collaborations_are_listed_as_a_reader_expects(db_path):
    for name in ("Zwolle", "Één loket", "Ĳsselmonde", "almere"):
        collaborations.create_collaboration(name)
    assert [c.name for c in collaborations.list_collaborations()] == [
        "almere",
        "Één loket",
        "Ĳsselmonde",
        "Zwolle",
    ]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "cannot be empty"),
        ({"title": "   "}, "cannot be empty"),
        ({"title": "x" * (TITLE_LIMIT + 1)}, "at most 300"),
        ({"title": "two\nlines"}, "one line"),
        ({"description": "x" * (TEXT_LIMIT + 1)}, "at most 20000"),
        ({"owner": "bell\x07"}, "control characters"),
        ({"impact": 6}, "1 to 5"),
        ({"impact": "3"}, "1 to 5"),
        ({"level": "top"}, "not a valid"),
        ({"due_date": "31-02-2027"}, "not a date"),
        ({"next_action": "\ud800"}, "not valid text"),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(collaboration, changes, message):
    barrier = barriers.add_barrier(collaboration, K, "Geldige titel")
    before = barriers.get_barrier(barrier)
    history_before = barriers.history(barrier)
    with pytest.raises(ValidationError, match=message):
        barriers.update_barrier(barrier, **changes)
    assert barriers.get_barrier(barrier) == before
    assert barriers.history(barrier) == history_before


def test_texts_at_their_limits_are_accepted(collaboration):
    barrier = barriers.add_barrier(
        collaboration, K, "t" * TITLE_LIMIT, description="d" * TEXT_LIMIT, next_action="a\n" * 100
    )
    view = barriers.get_barrier(barrier)
    assert len(view.title) == TITLE_LIMIT and len(view.description) == TEXT_LIMIT


def test_add_typical_barriers_in_the_users_language(collaboration):
    dutch = {"Too little sense of urgency": "Te weinig gevoel van urgentie"}
    ids = barriers.add_typical_barriers(
        collaboration, ["no-urgency", "no-sandbox"], translate=lambda context, text: dutch.get(text, text)
    )
    assert titles(collaboration, C) == ["Te weinig gevoel van urgentie"]
    assert titles(collaboration, A) == ["No sandbox to experiment in"]
    assert barriers.get_barrier(ids[0]).catalog_key == "no-urgency"


def test_an_unknown_typical_barrier_adds_nothing(collaboration):
    with pytest.raises(ValidationError):
        barriers.add_typical_barriers(collaboration, ["no-urgency", "no-such-barrier"])
    assert all(not column for column in barriers.board(collaboration).values())


def test_move_within_and_between_columns_keeps_positions_gapless(collaboration):
    ids = {name: barriers.add_barrier(collaboration, K, name) for name in "abcd"}
    barriers.move_barrier(ids["a"], K, 2)
    assert titles(collaboration, K) == ["b", "c", "a", "d"]
    barriers.move_barrier(ids["d"], K, 0)
    assert titles(collaboration, K) == ["d", "b", "c", "a"]
    barriers.move_barrier(ids["c"], F, 0)
    barriers.move_barrier(ids["b"], F, 99)  # beyond the end: placed last
    assert titles(collaboration, K) == ["d", "a"]
    assert titles(collaboration, F) == ["c", "b"]
    for column in barriers.board(collaboration).values():
        assert [card.position for card in column] == list(range(len(column)))


def test_status_change_sets_and_clears_the_overcome_time(collaboration):
    barrier = barriers.add_barrier(collaboration, F, "Geen budget")
    barriers.set_status(barrier, Status.OVERCOME)
    assert barriers.get_barrier(barrier).overcome_at is not None
    assert collaborations.list_collaborations()[0].open_counts[F] == 0
    barriers.set_status(barrier, "in_progress")
    view = barriers.get_barrier(barrier)
    assert (view.status, view.overcome_at) == (Status.IN_PROGRESS, None)


def test_an_unpaired_barrier_follows_the_suggestion_and_a_paired_one_its_choice(collaboration):
    by_key = {lesson.catalog_key: lesson.id for lesson in lessons.list_lessons()}
    (barrier,) = barriers.add_typical_barriers(collaboration, ["no-administrative-support"])
    view = barriers.get_barrier(barrier)
    assert view.lesson_id is None
    assert view.effective_lesson_id == by_key["fitting-governance"]
    barriers.pair_lesson(barrier, by_key["problem-owners"])
    assert barriers.get_barrier(barrier).effective_lesson_id == by_key["problem-owners"]
    barriers.pair_lesson(barrier, None)
    assert barriers.get_barrier(barrier).effective_lesson_id == by_key["fitting-governance"]


def test_user_lessons_can_be_added_and_removed_but_builtins_stay(collaboration):
    own = lessons.add_lesson("Vier kleine successen", "Laat resultaten zien", [F, C])
    barrier = barriers.add_barrier(collaboration, F, "Geen geld", lesson_id=own)
    assert lessons.get_lesson(own).preconditions == (C, F)
    lessons.delete_lesson(own)
    assert barriers.get_barrier(barrier).lesson_id is None
    builtin = lessons.list_lessons()[0]
    with pytest.raises(ValidationError):
        lessons.delete_lesson(builtin.id)
    assert len(lessons.list_lessons()) == 4


def test_every_change_is_in_the_history_with_old_and_new_values(collaboration):
    barrier = barriers.add_barrier(collaboration, K, "Onduidelijke regels")
    barriers.update_barrier(barrier, owner="Fatima", due_date=date(2027, 3, 1), level=Level.ADMINISTRATIVE)
    barriers.update_barrier(barrier, owner="Fatima")  # no change, no entry
    barriers.set_status(barrier, Status.IN_PROGRESS)
    barriers.move_barrier(barrier, C, 0)
    changes = [(e.field, e.old_value, e.new_value) for e in barriers.history(barrier)]
    assert changes == [
        ("created", None, "Onduidelijke regels"),
        ("owner", "", "Fatima"),
        ("due_date", None, "2027-03-01"),
        ("level", None, "administrative"),
        ("status", "open", "in_progress"),
        ("precondition", "knowledge", "commitment"),
    ]


def test_delete_and_restore_a_barrier_back_into_its_place(collaboration):
    ids = [barriers.add_barrier(collaboration, K, name) for name in "abc"]
    barriers.delete_barrier(ids[1])
    assert titles(collaboration, K) == ["a", "c"]
    with pytest.raises(NotFoundError):
        barriers.update_barrier(ids[1], title="weg")
    barriers.restore_barrier(ids[1])
    assert titles(collaboration, K) == ["a", "b", "c"]
    assert [e.field for e in barriers.history(ids[1])][-2:] == ["deleted", "restored"]


def test_records_that_do_not_exist_are_reported(db_path):
    with pytest.raises(NotFoundError):
        barriers.add_barrier(12345, K, "Zwevend")
    with pytest.raises(NotFoundError):
        barriers.move_barrier(12345, K, 0)
    with pytest.raises(NotFoundError):
        collaborations.update_collaboration(12345, name="Niets")


def test_every_record_has_a_uuid_and_builtin_lessons_share_theirs_across_databases(collaboration, tmp_path):
    from drempelkompas.storage.database import close_database, open_database

    barrier = barriers.get_barrier(barriers.add_barrier(collaboration, K, "x"))
    assert len(barrier.uuid) == 36
    first = [lesson.uuid for lesson in lessons.list_lessons()]
    close_database()
    open_database(tmp_path / "other.sqlite")
    assert [lesson.uuid for lesson in lessons.list_lessons()] == first


def test_the_demo_is_realistic(db_path):
    ids = fill_demo(today=date(2026, 11, 28))
    summaries = collaborations.list_collaborations()
    assert len(ids) == 3
    assert any(not name.isascii() for name in (s.name for s in summaries))
    sectors = {p.sector for cid in ids for p in collaborations.get_collaboration(cid).partners}
    assert sectors == set(Sector)
    cards = [card for cid in ids for column in barriers.board(cid).values() for card in column]
    assert 25 <= len(cards) <= 35
    assert {card.status for card in cards} == set(Status)
    assert any(card.lesson_id for card in cards) and any(card.lesson_id is None for card in cards)
    with pytest.raises(ValidationError, match="already holds the demo"):
        fill_demo()


def test_restoring_into_a_column_that_shrank_keeps_positions_gapless(collaboration):
    ids = [barriers.add_barrier(collaboration, K, name) for name in "abc"]
    barriers.delete_barrier(ids[2])
    barriers.move_barrier(ids[1], F, 0)
    barriers.restore_barrier(ids[2])
    assert titles(collaboration, K) == ["a", "c"]
    assert [card.position for card in barriers.board(collaboration)[K]] == [0, 1]


def test_an_edit_on_an_outdated_copy_keeps_the_other_fields_and_refuses_the_same_fields(db_path):
    from drempelkompas.domain.errors import EditConflictError

    cid = collaborations.create_collaboration("Samen")
    bid = barriers.add_barrier(cid, K, "Eerst", owner="An")
    shown = barriers.get_barrier(bid)  # what the editor showed
    barriers.update_barrier(bid, owner="Cas")  # meanwhile, someone else
    barriers.edit_barrier(bid, started_from={"title": shown.title}, title="Anders")
    assert (barriers.get_barrier(bid).title, barriers.get_barrier(bid).owner) == ("Anders", "Cas")
    with pytest.raises(EditConflictError, match="in the same fields"):
        barriers.edit_barrier(
            bid, started_from={"owner": shown.owner, "next_action": ""}, owner="Bo", next_action="Bellen"
        )
    assert (barriers.get_barrier(bid).owner, barriers.get_barrier(bid).next_action) == ("Cas", "")
    barriers.edit_barrier(bid, started_from={"owner": shown.owner}, owner="Cas")  # the same: no conflict
    copy = barriers.add_conflicting_copy(bid, replace(shown, owner="Bo", next_action="Bellen"))
    cards = barriers.board(cid)[K]
    assert [(c.id, c.owner, c.conflict) for c in cards] == [(bid, "Cas", False), (copy, "Bo", True)]
    assert cards[1].title == "Eerst" and cards[1].next_action == "Bellen"


def test_the_history_and_the_sign_off_record_who_did_it(db_path):
    from drempelkompas.services import plans, session
    from drempelkompas.services.plans import Signatory

    if not session.is_shared():
        session.set_user_name("Anna de Vries")
    who = session.actor()
    assert who  # a file: the name given; a team database: its user
    cid = collaborations.create_collaboration("Wie deed wat")
    bid = barriers.add_barrier(cid, K, "Eerst")
    barriers.update_barrier(bid, owner="Bo")
    assert [(e.field, e.actor) for e in barriers.history(bid)] == [("created", who), ("owner", who)]
    plans.sign_off(cid, [Signatory("Wethouder", "", Level.ADMINISTRATIVE, date(2026, 11, 1))])
    plans.withdraw(cid, 1, "Verkeerde versie")
    (version,) = plans.versions(cid)
    assert version.signed_off_by == who and version.withdrawal.by == who
    from drempelkompas.services import decisions, meetings

    meeting = meetings.create_meeting(cid, date(2026, 11, 3), "Stuurgroep")
    decisions.propose_decision(cid, "Doorgaan", bid)
    (decided,) = decisions.record_meeting(meeting, [decisions.Recorded(1, "taken")])
    assert decided.recorded_by == who and barriers.history(bid)[-1].actor == who


def test_a_collaboration_edited_on_an_outdated_copy_keeps_other_fields_and_refuses_the_same_ones(db_path):
    from drempelkompas.domain.errors import EditConflictError

    cid = collaborations.create_collaboration(
        "Samen",
        ambition="Eerst",
        partners=[collaborations.PartnerView("Gemeente", "government", "problem_owner")],
    )
    shown = collaborations.get_collaboration(cid)  # what the editor showed
    collaborations.update_collaboration(cid, ambition="Van de ander")  # meanwhile, someone else
    collaborations.update_collaboration(cid, started_from=shown, name="Samen verder")
    now = collaborations.get_collaboration(cid)
    assert (now.name, now.ambition) == ("Samen verder", "Van de ander")
    with pytest.raises(EditConflictError, match="in the same fields"):
        collaborations.update_collaboration(cid, started_from=shown, ambition="Van mij")
    collaborations.add_partner(cid, "Hogeschool", "science", "problem_owner")  # someone else again
    mine = (*shown.partners, collaborations.PartnerView("Bedrijf", "market", "solution_provider"))
    with pytest.raises(EditConflictError):
        collaborations.update_collaboration(cid, partners=mine, started_from=shown)
    assert [p.name for p in collaborations.get_collaboration(cid).partners] == ["Gemeente", "Hogeschool"]
    assert collaborations.get_collaboration(cid).ambition == "Van de ander"
