"""Exchange files between two laptops: export, preview, import, merge and conflicts, on real files."""

from datetime import date

import pytest

from drempelkompas.domain.enums import Level, Precondition, Status
from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import barriers, collaborations, exchange, lessons, plans
from drempelkompas.services.exchange import Kind, Outcome, export_file
from drempelkompas.services.plans import Signatory
from drempelkompas.storage.database import close_database, open_database
from tests.backends import dump

pytestmark = pytest.mark.both_backends


def import_file(path, dry_run=False):
    """Imports as the app does, after a preview; every import here checks that its preview wrote
    nothing and said exactly what the import then did (or refused it with the same words)."""
    if dry_run:
        return exchange.import_file(path, dry_run=True)
    before = dump()
    try:
        preview = exchange.import_file(path, dry_run=True)
    except DrempelError as refused:
        preview = refused
    assert dump() == before
    try:
        report = exchange.import_file(path)
    except DrempelError as refused:
        assert str(preview) == str(refused)
        raise
    assert preview == report
    return report


class Laptop:
    """One database (a file, or a team database); `with laptop:` opens it for the services."""

    def __init__(self, target):
        self.path = target
        self.is_open = False
        open_database(target)
        close_database()

    def __enter__(self):
        open_database(self.path)
        self.is_open = True
        return self

    def __exit__(self, *exc):
        close_database()
        self.is_open = False

    def dump(self) -> list[tuple]:
        if self.is_open:
            return dump()
        with self:
            return dump()


@pytest.fixture
def laptops(backend):
    return Laptop(backend.target("a")), Laptop(backend.target("b"))


def cards(collaboration_id):
    return [card for column in barriers.board(collaboration_id).values() for card in column]


def fill(name="Slimme dijken") -> int:
    collaboration_id = collaborations.create_collaboration(
        name,
        ambition="Dijken die zichzelf melden",
        partners=[collaborations.PartnerView("Waterschap", "government", "problem_owner")],
    )
    own_lesson = lessons.add_lesson("Begin klein", "Een pilot van drie maanden.", [Precondition.FUNDING])
    barriers.add_barrier(collaboration_id, Precondition.KNOWLEDGE, "Niemand kent de sensoren", owner="An")
    funding = barriers.add_barrier(
        collaboration_id, Precondition.FUNDING, "Geen budget", lesson_id=own_lesson
    )
    barriers.update_barrier(funding, owner="Bo", next_action="Begroting 2027", level=Level.ADMINISTRATIVE)
    plans.sign_off(collaboration_id, [Signatory("Wethouder", "", Level.ADMINISTRATIVE, date(2026, 11, 1))])
    return collaboration_id


def test_a_collaboration_travels_whole_to_another_laptop(laptops, tmp_path):
    a, b = laptops
    file = tmp_path / "dijken.drempel"
    with a:
        export_file(file, [fill()])
    with b:
        report = import_file(file)
        (summary,) = collaborations.list_collaborations()
        view = collaborations.get_collaboration(summary.id)
        titles = sorted(card.title for card in cards(summary.id))
        funding = next(card for card in cards(summary.id) if card.title == "Geen budget")
        lesson = lessons.get_lesson(funding.lesson_id)
        history = barriers.history(funding.id)
        (version,) = plans.versions(summary.id)
    assert {c.kind for c in report.of(Outcome.ADDED)} == {Kind.COLLABORATION, Kind.BARRIER, Kind.LESSON,
                                                          Kind.PLAN_VERSION}  # fmt: skip
    assert view.name == "Slimme dijken" and view.ambition == "Dijken die zichzelf melden"
    assert [p.name for p in view.partners] == ["Waterschap"]
    assert titles == ["Geen budget", "Niemand kent de sensoren"]
    assert (funding.owner, funding.next_action, funding.level) == (
        "Bo",
        "Begroting 2027",
        Level.ADMINISTRATIVE,
    )
    assert lesson.title == "Begin klein"
    assert [entry.field for entry in history][:1] == ["created"] and len(history) >= 4
    assert version.number == 1 and not version.out_of_date


def test_the_demo_travels_with_its_decisions_and_its_progress(laptops, tmp_path):
    """A barrier's history holds the decisions about it, and a version its progress over time."""
    from drempelkompas.services.decisions import DECISION_FIELD
    from drempelkompas.services.demo import fill_demo

    a, b = laptops
    file = tmp_path / "demo.drempel"
    with a:
        ids = fill_demo()
        plans.sign_off(ids[0], [Signatory("Wethouder", "", Level.ADMINISTRATIVE, date(2026, 11, 1))])
        export_file(file, ids)
    with b:
        import_file(file)
        energy = collaborations.find_collaboration("Energiecoöperatie Noordoost-Fryslân")
        decided = [
            entry
            for card in cards(energy)
            for entry in barriers.history(card.id)
            if entry.field == DECISION_FIELD
        ]
        (version,) = plans.versions(energy)
        snapshot = plans.version_snapshot(energy, version.number)
    assert len(decided) == 2
    assert snapshot["timeline"]["months"] and snapshot["since_previous"] is None


def test_importing_the_same_file_twice_changes_nothing_the_second_time(laptops, tmp_path):
    a, b = laptops
    file = tmp_path / "x.drempel"
    with a:
        export_file(file, [fill()])
    with b:
        import_file(file)
    before = b.dump()
    with b:
        report = import_file(file)
    assert not report.changes_anything and report.unchanged > 0
    assert b.dump() == before


def test_a_preview_reports_what_an_import_does_and_changes_nothing(laptops, tmp_path):
    a, b = laptops
    file = tmp_path / "x.drempel"
    with a:
        export_file(file, [fill()])
    before = b.dump()
    with b:
        preview = import_file(file, dry_run=True)
    assert b.dump() == before
    with b:
        done = import_file(file)
    assert preview == done


def test_a_file_changed_after_its_preview_is_imported_as_it_is_now(laptops, tmp_path):
    from drempelkompas.services.exchange_file import read_exchange_file, write_exchange_file

    a, b = laptops
    file = tmp_path / "x.drempel"
    with a:
        export_file(file, [fill()])
    with b:
        import_file(file, dry_run=True)
    data = read_exchange_file(file)  # replaced by a newer export meanwhile
    data["collaborations"][0]["barriers"][0]["title"] = "Niemand kent de meters"
    write_exchange_file(file, data)
    with b:
        import_file(file)
        titles = {card.title for card in cards(collaborations.list_collaborations()[0].id)}
    assert "Niemand kent de meters" in titles and "Niemand kent de sensoren" not in titles


def round_trip(a: Laptop, b: Laptop, tmp_path):
    """A collaboration made on laptop a, exported to b; returns (file a->b, id on a, id on b)."""
    file = tmp_path / "first.drempel"
    with a:
        on_a = fill()
        export_file(file, [on_a])
    with b:
        import_file(file)
        on_b = collaborations.list_collaborations()[0].id
    return on_a, on_b


def card_named(collaboration_id, title):
    return next(card for card in cards(collaboration_id) if card.title == title)


def test_an_edit_on_one_side_wins_and_an_edit_on_the_other_side_is_kept(laptops, tmp_path):
    a, b = laptops
    on_a, on_b = round_trip(a, b, tmp_path)
    with b:  # b changes one barrier
        barriers.update_barrier(card_named(on_b, "Geen budget").id, owner="Cem")
        export_file(tmp_path / "back.drempel", [on_b])
    with a:  # meanwhile a changes another one
        barriers.update_barrier(card_named(on_a, "Niemand kent de sensoren").id, owner="Dirk")
        report = import_file(tmp_path / "back.drempel")
        assert card_named(on_a, "Geen budget").owner == "Cem"
        assert card_named(on_a, "Niemand kent de sensoren").owner == "Dirk"
    assert [c.name for c in report.of(Outcome.UPDATED)] == ["Geen budget"]
    assert [c.name for c in report.of(Outcome.KEPT)] == ["Niemand kent de sensoren"]
    assert not report.of(Outcome.CONFLICT)


def test_an_edit_on_both_sides_keeps_both_versions_as_a_conflict(laptops, tmp_path):
    a, b = laptops
    on_a, on_b = round_trip(a, b, tmp_path)
    with b:
        barriers.update_barrier(card_named(on_b, "Geen budget").id, owner="Cem")
        collaborations.update_collaboration(on_b, ambition="Dijken die praten")
        export_file(tmp_path / "back.drempel", [on_b])
    with a:
        barriers.update_barrier(card_named(on_a, "Geen budget").id, owner="Dirk")
        collaborations.update_collaboration(on_a, ambition="Dijken die luisteren")
        report = import_file(tmp_path / "back.drempel")
        funding_column = barriers.board(on_a)[Precondition.FUNDING]
        notes = collaborations.get_collaboration(on_a).notes
        ambition = collaborations.get_collaboration(on_a).ambition
    assert {(c.kind, c.name) for c in report.of(Outcome.CONFLICT)} == {
        (Kind.BARRIER, "Geen budget"),
        (Kind.COLLABORATION, "Slimme dijken"),
    }
    assert [(card.title, card.owner, card.conflict) for card in funding_column] == [
        ("Geen budget", "Dirk", False),
        ("Geen budget", "Cem", True),
    ]
    assert ambition == "Dijken die luisteren" and "Dijken die praten" in notes
    with a:  # importing it again does not add a third copy
        again = import_file(tmp_path / "back.drempel")
    assert not again.changes_anything


def test_a_signed_off_plan_is_never_altered_by_an_import(laptops, tmp_path):
    a, b = laptops
    on_a, on_b = round_trip(a, b, tmp_path)
    with b:
        barriers.add_barrier(on_b, Precondition.FUNDING, "Nieuw op B")  # a version needs a changed plan
        plans.sign_off(on_b, [Signatory("Directeur", "", Level.MANAGEMENT, date(2026, 11, 20))])
        export_file(tmp_path / "back.drempel", [on_b])
    with a:
        barriers.add_barrier(on_a, Precondition.FUNDING, "Nieuw op A")
        plans.sign_off(on_a, [Signatory("Gedeputeerde", "", Level.ADMINISTRATIVE, date(2026, 11, 21))])
        mine = plans.find_by_fingerprint(plans.versions(on_a)[1].fingerprint)
        import_file(tmp_path / "back.drempel")
        numbers = [v.number for v in plans.versions(on_a)]
        still_mine = plans.find_by_fingerprint(plans.versions(on_a)[1].fingerprint)
        theirs = plans.find_by_fingerprint(plans.versions(on_a)[2].fingerprint)
    assert numbers == [1, 2, 3]
    assert still_mine.snapshot == mine.snapshot and not still_mine.summary.received
    assert theirs.snapshot["signatories"][0]["name"] == "Directeur"
    assert theirs.summary.received  # signed off on the other laptop: verify says so


def test_a_withdrawal_travels_to_the_other_laptop_and_is_never_undone(laptops, tmp_path):
    a, b = laptops
    file = tmp_path / "first.drempel"
    with a:
        on_a = fill()  # with a signed-off version 1
        export_file(file, [on_a])
    with b:
        import_file(file)
        on_b = collaborations.list_collaborations()[0].id
        export_file(tmp_path / "not-withdrawn.drempel", [on_b])
    with a:
        plans.withdraw(on_a, 1, "Verkeerde cijfers", "Peter van Dijk")
        export_file(tmp_path / "withdrawn.drempel", [on_a])
        import_file(tmp_path / "not-withdrawn.drempel")  # B's copy, not withdrawn: ours stays withdrawn
        assert plans.versions(on_a)[0].withdrawal.reason == "Verkeerde cijfers"
    with b:
        report = import_file(tmp_path / "withdrawn.drempel")
        (version,) = plans.versions(on_b)
    assert [(c.outcome, c.kind) for c in report.changes] == [(Outcome.UPDATED, Kind.PLAN_VERSION)]
    assert (version.withdrawal.reason, version.withdrawal.by) == ("Verkeerde cijfers", "Peter van Dijk")


def test_a_new_collaboration_whose_name_is_taken_gets_a_number(laptops, tmp_path):
    a, b = laptops
    with a:
        export_file(tmp_path / "x.drempel", [fill()])
    with b:
        collaborations.create_collaboration("Slimme dijken")
        import_file(tmp_path / "x.drempel")
        names = sorted(c.name for c in collaborations.list_collaborations())
    assert names == ["Slimme dijken", "Slimme dijken (2)"]


def test_names_an_import_takes_count_for_the_collaborations_after_them(laptops, tmp_path):
    a, b = laptops
    with a:
        first = fill()
        second = collaborations.create_collaboration("Slimme dijken (2)")
        export_file(tmp_path / "twee.drempel", [first, second])
    with b:
        collaborations.create_collaboration("Slimme dijken")
        report = import_file(tmp_path / "twee.drempel")  # the preview numbers them as the import does
        names = sorted(c.name for c in collaborations.list_collaborations())
    assert names == ["Slimme dijken", "Slimme dijken (2)", "Slimme dijken (2) (2)"]
    assert [c.name for c in report.of(Outcome.ADDED) if c.kind is Kind.COLLABORATION] == [
        "Slimme dijken",
        "Slimme dijken (2)",
    ]


def test_a_deletion_travels_like_any_other_edit(laptops, tmp_path):
    a, b = laptops
    on_a, on_b = round_trip(a, b, tmp_path)
    with b:
        barriers.delete_barrier(card_named(on_b, "Geen budget").id)
        export_file(tmp_path / "back.drempel", [on_b])
    with a:
        import_file(tmp_path / "back.drempel")
        assert [card.title for card in cards(on_a)] == ["Niemand kent de sensoren"]


def test_status_changes_and_moves_arrive(laptops, tmp_path):
    a, b = laptops
    on_a, on_b = round_trip(a, b, tmp_path)
    with b:
        barriers.set_status(card_named(on_b, "Geen budget").id, Status.OVERCOME)
        barriers.move_barrier(card_named(on_b, "Niemand kent de sensoren").id, Precondition.COMMITMENT, 0)
        export_file(tmp_path / "back.drempel", [on_b])
    with a:
        import_file(tmp_path / "back.drempel")
        assert card_named(on_a, "Geen budget").status is Status.OVERCOME
        moved = card_named(on_a, "Niemand kent de sensoren")
        assert (moved.precondition, moved.position) == (Precondition.COMMITMENT, 0)


def test_a_conflict_about_the_column_keeps_both_cards_and_tidy_positions(laptops, tmp_path):
    a, b = laptops
    on_a, on_b = round_trip(a, b, tmp_path)
    with b:
        barriers.move_barrier(card_named(on_b, "Geen budget").id, Precondition.FACILITIES, 0)
        export_file(tmp_path / "back.drempel", [on_b])
    with a:
        barriers.update_barrier(card_named(on_a, "Geen budget").id, owner="Dirk")
        import_file(tmp_path / "back.drempel")
        board = barriers.board(on_a)
    funding = [(card.title, card.position, card.conflict) for card in board[Precondition.FUNDING]]
    assert funding == [("Geen budget", 0, False), ("Geen budget", 1, True)]
    for column in board.values():
        assert [card.position for card in column] == list(range(len(column)))


def test_an_import_tells_how_far_it_is_from_checking_to_writing(laptops, tmp_path):
    a, b = laptops
    file = tmp_path / "groot.drempel"
    with a:
        collaboration = collaborations.create_collaboration("Groot")
        rows = [
            barriers.new_barrier(collaboration, Precondition.KNOWLEDGE, f"Drempel {n}") for n in range(1200)
        ]
        barriers.append_barriers(rows, [None] * len(rows))
        export_file(file, [collaboration])
    exchange._forget_checked()
    reports = []
    with b:
        exchange.import_file(file, progress=lambda done, total: reports.append((done, total)))
    totals = {total for _, total in reports}
    assert totals == {2 * 1200 + 1}
    done = [d for d, _ in reports]
    assert done == sorted(done) and done[-1] == 2 * 1200 + 1
    assert [d for d in done if d <= 1200][:2] == [500, 1000]  # reported while the file is checked


def test_who_made_each_change_travels_with_it(laptops, tmp_path):
    from drempelkompas.services import session

    a, b = laptops
    file = tmp_path / "x.drempel"
    with a:
        if not session.is_shared():
            session.set_user_name("Anna op de laptop")
        who = session.actor()
        cid = fill()
        export_file(file, [cid])
    with b:
        import_file(file)
        entries = [e for card in cards(1) for e in barriers.history(card.id)]
        assert entries and {e.actor for e in entries} == {who}
        assert plans.versions(1)[0].signed_off_by == who
