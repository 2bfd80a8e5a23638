"""Two laptops that edit the same collaboration and exchange files back and forth end up the same.

Random edits on both sides (moves within and across columns, new, edited, overcome and deleted
cards, conflicts kept or resolved), then files exchanged A→B→A→B: both databases must hold the
same cards in the same order with the same conflict markers, and a further exchange must find
nothing to change.
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


class Laptop:
    """One laptop's database; `use()` makes it the one the services work on."""

    def __init__(self, path: Path) -> None:
        self.path = path

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


@pytest.mark.parametrize("seed", range(cases(4, 60)))
def test_laptops_that_exchange_back_and_forth_end_up_the_same(tmp_path, seed):
    rng = random.Random(seed)
    a, b = Laptop(tmp_path / "a.sqlite"), Laptop(tmp_path / "b.sqlite")
    file = tmp_path / "exchange.drempel"
    a.use()
    shared = collaborations.create_collaboration("Samen")
    for number in range(8):
        barriers.add_barrier(shared, list(Precondition)[number % 4], f"Kaart {number}")
    a.export(file)
    b.use()
    b.take(file)
    try:
        for _ in range(3):
            for laptop in (a, b):
                laptop.use()
                random_edits(rng, collaborations.find_collaboration("Samen"), rng.randrange(1, 8))
            a.export(file)
            b.take(file)
            b.export(file)
            a.take(file)
            a.export(file)
            b.take(file)
            assert a.board() == b.board()
            a.export(file)
            assert not b.take(file), "a second exchange still found something to change"
            b.export(file)
            assert not a.take(file), "a second exchange still found something to change"
    finally:
        close_database()
