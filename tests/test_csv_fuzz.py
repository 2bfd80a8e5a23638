"""Mutated CSV files: every one either imports completely or changes nothing (a thousand in the long run)."""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.csv_io import export_csv, import_csv
from drempelkompas.services.demo import fill_demo
from drempelkompas.storage.database import close_database, open_database
from tests.sizes import examples

pytestmark = pytest.mark.long


@pytest.fixture(scope="module")
def valid_csv(tmp_path_factory) -> bytes:
    """The demo exported once, in Dutch (semicolons) — the kind of file people edit in Excel.

    Made before the test's own database is opened, so the imports go to that one.
    """
    folder = tmp_path_factory.mktemp("source")
    open_database(folder / "source.sqlite")
    try:
        fill_demo()
        export_csv(folder / "demo.csv", language="nl")
    finally:
        close_database()
    return (folder / "demo.csv").read_bytes()


def barrier_count() -> int:
    return sum(
        len(column)
        for summary in collaborations.list_collaborations(include_archived=True)
        for column in barriers.board(summary.id).values()
    )


edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "insert", "delete"]), st.floats(0, 1), st.binary(min_size=1, max_size=3)
    ),
    min_size=1,
    max_size=4,
)


def mutate(data: bytes, changes) -> bytes:
    result = bytearray(data)
    for kind, where, payload in changes:
        position = int(where * (len(result) - 1)) if result else 0
        if kind == "flip" and result:
            result[position] ^= payload[0] or 1
        elif kind == "insert":
            result[position:position] = payload
        elif result:
            del result[position : position + len(payload)]
    return bytes(result)


@settings(**examples(50, 1000, HealthCheck.function_scoped_fixture))
@given(changes=edits)
def test_a_mutated_csv_imports_completely_or_not_at_all(valid_csv, db_path, tmp_path, changes):
    data = mutate(valid_csv, changes)
    path = tmp_path / "mutated.csv"
    path.write_bytes(data)
    before = barrier_count()
    rows = _data_rows(data)
    try:
        result = import_csv(path)
    except DrempelError:
        assert barrier_count() == before
        return
    assert barrier_count() == before + result.barriers
    assert result.barriers == rows or rows is None


def _data_rows(data: bytes) -> int | None:
    """How many data rows a correct import must bring (None when the file cannot even be decoded)."""
    import csv

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    except csv.Error:
        return None
    return sum(1 for line in lines[1:] if any(cell.strip() for cell in line))


VALID_ANSWERS = b"stelling;score\r\nno-sandbox;4\r\nno-urgency;1\r\nunclear-rules;0\r\n"


@settings(**examples(60, 600, HealthCheck.function_scoped_fixture))
@given(data=st.data())
def test_a_mutated_answers_file_gives_valid_scores_or_a_message(tmp_path_factory, data):
    """The drempelscan's answers file: whatever its bytes, the scores it gives are all valid, or it
    is refused with a message; nothing else escapes."""
    from drempelkompas.domain.scan import SCORES, STATEMENTS
    from drempelkompas.services.scan_answers import read_answers

    raw = bytearray(VALID_ANSWERS)
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["insert", "flip", "cut"]))
        if action == "insert":
            raw[position:position] = data.draw(
                st.binary(min_size=1, max_size=4) | st.sampled_from([b";", b'"', b"\n", b"5"])
            )
        elif action == "flip" and position < len(raw):
            raw[position] = data.draw(st.integers(0, 255))
        else:
            del raw[position : position + data.draw(st.integers(1, 5))]
    path = tmp_path_factory.mktemp("answers") / "answers.csv"
    path.write_bytes(bytes(raw))
    try:
        answers = read_answers(path)
    except DrempelError:
        return
    assert answers and all(key in STATEMENTS and score in SCORES for key, score in answers.items())
