"""Two laptops that edit the same collaboration and exchange files back and forth end up the same.

Random edits on both sides (moves within and across columns, new, edited, overcome and deleted
cards, conflicts kept or resolved), then files exchanged A→B→A→B: both databases must hold the
same cards in the same order with the same conflict markers, and a further exchange must find
nothing to change. The same for the method's records: partners added, renamed and removed,
commitments, contributions, scan answers and gate decisions.
"""

import random
from pathlib import Path

import pytest

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.exchange import export_file, import_file
from drempelkompas.storage.database import close_database, open_database
from tests.sizes import cases

pytestmark = pytest.mark.long


def on_both_backends(file_seeds: int, team_seeds: int):
    """Every seed on a file; on a team database fewer in the long run, where each exchange costs
    several times as much (the same code runs, so the first seeds find what the others would)."""
    pairs = [("sqlite", seed) for seed in range(file_seeds)] + [("postgresql", s) for s in range(team_seeds)]
    return pytest.mark.parametrize(("backend", "seed"), pairs, indirect=["backend"])


class Laptop:
    """One laptop's database; `use()` makes it the one the services work on."""

    def __init__(self, target: Path | str) -> None:
        self.path = target

    def use(self) -> "Laptop":
        close_database()
        open_database(self.path)
        return self

    def export(self, file: Path) -> None:
        self.use()
        export_file(
            file, [summary.id for summary in collaborations.list_collaborations(include_archived=True)]
        )

    def take(self, file: Path) -> bool:
        """Previews and imports the file; True when it changed something."""
        self.use()
        preview = import_file(file, dry_run=True)
        report = import_file(file)
        assert preview == report, "the preview said otherwise than the import did"
        return report.changes_anything

    def board(self) -> dict:
        """Every collaboration's columns as (uuid, title, status, owner, conflict) in order."""
        self.use()
        result = {}
        for summary in collaborations.list_collaborations(include_archived=True):
            columns = barriers.board(summary.id)
            conflicts = {card.id: card.conflict for column in columns.values() for card in column}
            result[summary.uuid] = {
                precondition.value: [
                    (card.uuid, card.title, card.status.value, card.owner, conflicts[card.id])
                    for card in columns[precondition]
                ]
                for precondition in Precondition
            }
        return result


def random_edits(rng: random.Random, collaboration_id: int, count: int) -> None:
    for _ in range(count):
        cards = [card for column in barriers.board(collaboration_id).values() for card in column]
        action = rng.choice(["add", "move", "move", "column", "title", "status", "owner", "delete", "keep"])
        try:
            if action == "add" or not cards:
                barriers.add_barrier(
                    collaboration_id, rng.choice(list(Precondition)), f"Nieuw {rng.random():.5f}"
                )
                continue
            card = rng.choice(cards)
            column_size = len(barriers.board(collaboration_id)[card.precondition])
            if action == "move":
                barriers.move_barrier(card.id, card.precondition, rng.randrange(column_size))
            elif action == "column":
                target = rng.choice(list(Precondition))
                barriers.move_barrier(
                    card.id, target, rng.randrange(len(barriers.board(collaboration_id)[target]) + 1)
                )
            elif action == "title":
                barriers.update_barrier(card.id, title=f"{card.title[:20]} {rng.randrange(100)}")
            elif action == "status":
                barriers.set_status(card.id, rng.choice(list(Status)))
            elif action == "owner":
                barriers.update_barrier(card.id, owner=rng.choice(["An", "Bas", "Cor", ""]))
            elif action == "delete":
                barriers.delete_barrier(card.id)
            elif action == "keep" and card.conflict:
                barriers.keep_both(card.id)
        except DrempelError:
            pass  # an edit the rules refuse is simply not made


def edit_and_exchange(rng, a: Laptop, b: Laptop, file: Path, edit, state) -> None:
    """Three rounds of edits on both laptops, each followed by files exchanged A→B→A→B: after which
    `state` (what a user sees) is the same on both, and a further exchange changes nothing."""
    try:
        for _ in range(3):
            for laptop in (a, b):
                laptop.use()
                edit(rng, collaborations.find_collaboration("Samen"), rng.randrange(1, 8))
            a.export(file)
            b.take(file)
            b.export(file)
            a.take(file)
            a.export(file)
            b.take(file)
            assert state(a) == state(b)
            a.export(file)
            assert not b.take(file), "a second exchange still found something to change"
            b.export(file)
            assert not a.take(file), "a second exchange still found something to change"
    finally:
        close_database()


@on_both_backends(cases(4, 60), cases(4, 15))
def test_laptops_that_exchange_back_and_forth_end_up_the_same(backend, tmp_path, seed):
    rng = random.Random(seed)
    a, b = Laptop(backend.target("a")), Laptop(backend.target("b"))
    file = tmp_path / "exchange.drempel"
    a.use()
    shared = collaborations.create_collaboration("Samen")
    for number in range(8):
        barriers.add_barrier(shared, list(Precondition)[number % 4], f"Kaart {number}")
    a.export(file)
    b.use()
    b.take(file)
    edit_and_exchange(rng, a, b, file, random_edits, Laptop.board)


def method_state(laptop: Laptop) -> dict:
    """Every collaboration's method records, comparable between laptops."""
    from drempelkompas.services import commitments, contributions, phase_gates, scans

    laptop.use()
    result = {}
    for summary in collaborations.list_collaborations(include_archived=True):
        view = collaborations.get_collaboration(summary.id)
        result[summary.uuid] = (
            sorted((p.uuid, p.name, p.role.value) for p in view.partners),
            sorted(
                (c.partner_uuid, c.level.value, c.person, c.state.value)
                for c in commitments.matrix(summary.id)
            ),
            sorted(
                (c.uuid, c.partner_uuid, c.kind.value, c.description, c.value)
                for c in contributions.contributions(summary.id)
            ),
            sorted(
                (r.respondent, r.held_on.isoformat(), tuple(sorted(r.scores.items())))
                for r in scans.responses(summary.id)
            ),
            sorted((g.decision.value, g.decided_by, g.note) for g in phase_gates.gate_history(summary.id)),
        )
    return result


def random_method_edits(rng: random.Random, collaboration_id: int, count: int) -> None:
    from datetime import date

    from drempelkompas.domain.enums import Level
    from drempelkompas.services import commitments, contributions, phase_gates, scans
    from drempelkompas.services.collaborations import PartnerView

    for _ in range(count):
        partners = collaborations.get_collaboration(collaboration_id).partners
        action = rng.choice(
            [
                "partner",
                "rename",
                "drop",
                "commit",
                "commit",
                "add",
                "edit",
                "delete",
                "scan",
                "unscan",
                "gate",
            ]
        )
        try:
            if action == "partner" or not partners:
                new = PartnerView(f"Partner {rng.randrange(1000)}", "government", "problem_owner")
                collaborations.update_collaboration(collaboration_id, partners=[*partners, new])
                continue
            partner = rng.choice(partners)
            ledger = contributions.contributions(collaboration_id)
            if action == "rename":
                renamed = [
                    p
                    if p is not partner
                    else PartnerView(f"{p.name[:12]} {rng.randrange(9)}", p.sector, p.role, p.uuid)
                    for p in partners
                ]
                collaborations.update_collaboration(collaboration_id, partners=renamed)
            elif action == "drop":
                collaborations.update_collaboration(
                    collaboration_id, partners=[p for p in partners if p is not partner]
                )
            elif action == "commit":
                commitments.set_commitment(
                    collaboration_id,
                    partner.uuid,
                    rng.choice(list(Level)),
                    rng.choice(["asked", "committed", "withdrawn"]),
                    rng.choice(["An", "Bas", ""]),
                )
            elif action == "add":
                contributions.add_contribution(
                    collaboration_id,
                    partner.uuid,
                    "hours",
                    f"Uren {rng.randrange(99)}",
                    value=rng.randrange(1, 9) * 1000,
                )
            elif action == "edit" and ledger:
                contributions.update_contribution(rng.choice(ledger).id, value=rng.randrange(1, 9) * 500)
            elif action == "delete" and ledger:
                contributions.delete_contribution(rng.choice(ledger).id)
            elif action == "scan":
                scans.add_response(
                    collaboration_id,
                    f"R{rng.randrange(9)}",
                    {"no-sandbox": rng.randrange(5)},
                    date(2026, 11, rng.randrange(1, 28)),
                    partner.uuid,
                )
            elif action == "unscan" and scans.responses(collaboration_id):
                scans.delete_response(rng.choice(scans.responses(collaboration_id)).id)
            elif action == "gate":
                phase_gates.record_gate(
                    collaboration_id, "no_go", "Stuurgroep", f"Nog niet {rng.randrange(9)}"
                )
        except DrempelError:
            pass  # an edit the rules refuse is simply not made


@on_both_backends(cases(4, 40), cases(4, 10))
def test_the_method_records_of_laptops_that_exchange_end_up_the_same(backend, tmp_path, seed):
    rng = random.Random(seed)
    a, b = Laptop(backend.target("a")), Laptop(backend.target("b"))
    file = tmp_path / "exchange.drempel"
    a.use()
    shared = collaborations.create_collaboration(
        "Samen", partners=[collaborations.PartnerView("Gemeente", "government", "problem_owner")]
    )
    random_method_edits(rng, shared, 5)
    a.export(file)
    b.take(file)
    edit_and_exchange(rng, a, b, file, random_method_edits, method_state)
