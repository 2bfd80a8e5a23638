"""Random sequences of service calls, checked after every step against a simple in-memory model."""

import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    multiple,
    rule,
)

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.domain.errors import ValidationError
from drempelkompas.services import barriers, collaborations, lessons
from drempelkompas.storage.database import close_database, open_database
from tests import backends
from tests.sizes import examples

pytestmark = pytest.mark.long

titles = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=12
) | st.sampled_from(["", "   ", "x" * 301, "Één", "R&D < 5", "a\nb"])


def stored(title: str) -> str:
    """A title as the app keeps it: in Unicode's composed form (NFC), trimmed."""
    return unicodedata.normalize("NFC", title).strip()


def valid(title: str) -> bool:
    return bool(stored(title)) and len(stored(title)) <= 300 and "\n" not in title and "\r" not in title


class BoardMachine(RuleBasedStateMachine):
    """The model: per collaboration, per precondition, the ordered barrier ids; per barrier its fields."""

    live = Bundle("live")
    deleted = Bundle("deleted")

    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        open_database(self.database())
        self.columns: dict[int, dict[Precondition, list[int]]] = {}
        self.fields: dict[int, dict] = {}
        self.lesson_ids = [lesson.id for lesson in lessons.list_lessons()]

    def database(self) -> Path | str:
        return self.folder / "state.sqlite"

    def teardown(self):
        close_database()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize()
    def two_collaborations(self):
        for name in ("Alpha", "Bèta"):
            self.columns[collaborations.create_collaboration(name)] = {p: [] for p in Precondition}

    def locate(self, barrier_id):
        for collaboration_id, columns in self.columns.items():
            for precondition, ids in columns.items():
                if barrier_id in ids:
                    return collaboration_id, precondition, ids
        raise AssertionError(f"{barrier_id} is not on the model's board")

    @rule(
        target=live,
        collaboration=st.sampled_from([1, 2]),
        precondition=st.sampled_from(Precondition),
        title=titles,
        position=st.none() | st.integers(-2, 8),
    )
    def add(self, collaboration, precondition, title, position):
        try:
            barrier_id = barriers.add_barrier(collaboration, precondition, title, position=position)
        except ValidationError:
            assert not valid(title)
            return multiple()
        assert valid(title)
        column = self.columns[collaboration][precondition]
        index = len(column) if position is None else max(0, min(position, len(column)))
        column.insert(index, barrier_id)
        self.fields[barrier_id] = {"title": stored(title), "status": Status.OPEN, "lesson_id": None}
        return barrier_id

    @rule(barrier=live, precondition=st.sampled_from(Precondition), position=st.integers(-1, 8))
    def move(self, barrier, precondition, position):
        barriers.move_barrier(barrier, precondition, position)
        collaboration_id, _, column = self.locate(barrier)
        column.remove(barrier)
        target = self.columns[collaboration_id][precondition]
        target.insert(max(0, min(position, len(target))), barrier)

    @rule(barrier=live, status=st.sampled_from(Status))
    def change_status(self, barrier, status):
        barriers.set_status(barrier, status)
        self.fields[barrier]["status"] = status

    @rule(barrier=live, title=titles)
    def rename(self, barrier, title):
        try:
            barriers.update_barrier(barrier, title=title)
        except ValidationError:
            assert not valid(title)
            return
        assert valid(title)
        self.fields[barrier]["title"] = stored(title)

    @rule(barrier=live, choice=st.integers(0, 4))
    def pair(self, barrier, choice):
        lesson_id = self.lesson_ids[choice] if choice < len(self.lesson_ids) else None
        barriers.pair_lesson(barrier, lesson_id)
        self.fields[barrier]["lesson_id"] = lesson_id

    @rule(target=deleted, barrier=consumes(live))
    def delete(self, barrier):
        barriers.delete_barrier(barrier)
        _, _, column = self.locate(barrier)
        self.fields[barrier]["was_at"] = (self.locate(barrier)[:2], column.index(barrier))
        column.remove(barrier)
        return barrier

    @rule(target=live, barrier=consumes(deleted))
    def restore(self, barrier):
        barriers.restore_barrier(barrier)
        (collaboration_id, precondition), index = self.fields[barrier].pop("was_at")
        column = self.columns[collaboration_id][precondition]
        column.insert(min(index, len(column)), barrier)
        return barrier

    @invariant()
    def board_matches_the_model(self):
        for collaboration_id, columns in self.columns.items():
            board = barriers.board(collaboration_id)
            for precondition, ids in columns.items():
                cards = board[precondition]
                assert [card.id for card in cards] == ids
                assert [card.position for card in cards] == list(range(len(ids)))
                for card in cards:
                    expected = self.fields[card.id]
                    assert (card.title, card.status, card.lesson_id) == (
                        expected["title"],
                        expected["status"],
                        expected["lesson_id"],
                    )

    @invariant()
    def open_counts_match_the_model(self):
        for summary in collaborations.list_collaborations():
            for precondition, ids in self.columns[summary.id].items():
                still_open = [i for i in ids if self.fields[i]["status"] is not Status.OVERCOME]
                assert summary.open_counts[precondition] == len(still_open)


class TeamBoardMachine(BoardMachine):
    """The same on a team database."""

    def database(self) -> str:
        backends.skip_without_server()
        return backends.fresh_team_database(backends.PREFIX + "state")


BoardMachine.TestCase.settings = settings(**examples(10, 60), stateful_step_count=25)
# Fewer on a team database in the long run: each step costs several times as much there.
TeamBoardMachine.TestCase.settings = settings(**examples(10, 20), stateful_step_count=25)
test_board_behaves_like_the_model = BoardMachine.TestCase
test_board_on_a_team_database_behaves_like_the_model = TeamBoardMachine.TestCase
