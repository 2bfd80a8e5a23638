"""Mutated exchange files: every one either imports completely or changes nothing (1,200 in the long run).

Two kinds of mutation: bytes of the archive itself (what a bad USB stick or mail gateway does),
and values inside data.json with a fitting checksum (what a buggy or hostile program does).
"""

import json
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from drempelkompas.domain.errors import DrempelError
from drempelkompas.services.exchange import import_file
from drempelkompas.storage.database import close_database, open_database
from tests.exchange_helpers import dump, filled_exchange_file, members, write_with
from tests.sizes import examples
from tests.test_csv_fuzz import edits, mutate

pytestmark = pytest.mark.long

FUZZ = settings(**examples(50, 600, HealthCheck.function_scoped_fixture))


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> bytes:
    """A valid exchange file, made before the test's own database is opened."""
    folder = tmp_path_factory.mktemp("source")
    open_database(folder / "source.sqlite")
    try:
        return filled_exchange_file(folder / "valid.drempel").read_bytes()
    finally:
        close_database()


@pytest.fixture(scope="module")
def databases(valid, tmp_path_factory) -> dict[bool, bytes]:
    """The laptop's database before the import, made once and copied for each example (creating one
    costs several fsyncs): {the original was imported before: the file's bytes}."""
    folder = tmp_path_factory.mktemp("laptop")
    (folder / "valid.drempel").write_bytes(valid)
    made = {}
    for imported in (False, True):
        path = folder / f"laptop-{imported}.sqlite"
        open_database(path)
        try:
            if imported:
                import_file(folder / "valid.drempel")  # so the mutations meet records to merge with
        finally:
            close_database()  # the last connection checkpoints the WAL into the file
        made[imported] = path.read_bytes()
    return made


def assert_complete_or_untouched(database: Path, path: Path, before: list[str]) -> None:
    try:
        preview = import_file(path, dry_run=True)
    except DrempelError as refused_preview:
        preview = refused_preview
    assert dump(database) == before  # a preview writes nothing
    try:
        report = import_file(path)
    except DrempelError as refused:
        event(f"refused: {type(refused).__name__}")
        assert dump(database) == before
        assert str(preview) == str(refused), "the preview refused otherwise than the import did"
        return
    assert preview == report, "the preview said otherwise than the import did"
    event("imported, changing something" if report.changes_anything else "imported, nothing to change")
    _, data = members(path)
    expected = uuids(json.loads(data))
    with sqlite3.connect(database) as connection:
        stored = {
            row[0] for table in RECORD_TABLES for row in connection.execute(f"SELECT uuid FROM {table}")
        }
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert {u.replace("-", "") for u in expected} <= stored


RECORD_TABLES = (
    "collaboration", "barrier", "barrier_change", "lesson", "plan_version", "partner",
    "commitment", "contribution", "scan_response", "phase_gate",
)  # fmt: skip


def uuids(value) -> set[str]:
    """Every record UUID in the data (references to lessons are not records)."""
    found = set()
    if isinstance(value, dict):
        if isinstance(value.get("uuid"), str):
            found.add(value["uuid"])
        for key, item in value.items():
            if key != "snapshot":
                found |= uuids(item)
    elif isinstance(value, list):
        for item in value:
            found |= uuids(item)
    return found


@FUZZ
@given(changes=edits)
def test_an_archive_with_mutated_bytes_imports_completely_or_not_at_all(valid, db_path, tmp_path, changes):
    path = tmp_path / "mutated.drempel"
    path.write_bytes(mutate(valid, changes))
    assert_complete_or_untouched(db_path, path, dump(db_path))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(["", " x ", "knowledge", "open", "2026-02-30", "2026-11-28T10:00:00", "x" * 301]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


def paths(value, prefix=()):
    """Every place in the data: (path to the container, key or index)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from paths(item, (*prefix, index))


@FUZZ
@given(data=st.data())
def test_data_with_mutated_values_imports_completely_or_not_at_all(valid, databases, tmp_path, data):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / "valid.drempel").write_bytes(valid)
    _, raw = members(folder / "valid.drempel")
    document = json.loads(raw)
    places = list(paths(document))
    for _ in range(data.draw(st.integers(1, 3))):
        place = data.draw(st.sampled_from(places))
        container = document
        try:
            for step in place[:-1]:
                container = container[step]
            action = data.draw(st.sampled_from(["replace", "delete", "duplicate"]))
            if action == "replace":
                container[place[-1]] = data.draw(json_values)
            elif action == "delete":
                del container[place[-1]]
            elif isinstance(container, list):
                container.append(container[place[-1]])
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
    path = write_with(folder / "mutated.drempel", json.dumps(document).encode())
    database = folder / "laptop.sqlite"
    database.write_bytes(databases[data.draw(st.booleans(), label="the original was imported before")])
    open_database(database)
    try:
        assert_complete_or_untouched(database, path, dump(database))
    finally:
        close_database()
