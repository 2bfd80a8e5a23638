"""The database file: pragmas, schema version, migrations, and files that are refused untouched."""

import sqlite3

import pytest
from peewee import TextField
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run_migration

from drempelkompas.domain.errors import DatabaseRefusedError
from drempelkompas.services.collaborations import create_collaboration, list_collaborations
from drempelkompas.storage import migrations
from drempelkompas.storage.backup import backups_folder
from drempelkompas.storage.database import APPLICATION_ID, close_database, open_database


def pragma(path, name):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def test_a_new_database_has_wal_foreign_keys_full_sync_and_version(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        close_database()
    assert pragma(path, "user_version") == migrations.SCHEMA_VERSION
    assert pragma(path, "application_id") == APPLICATION_ID
    assert (path.stat().st_mode & 0o777) == 0o600
    assert not list(tmp_path.glob("*.new*"))


def test_a_committed_edit_is_in_the_file_without_closing(db_path):
    create_collaboration("Zonder opslaan")
    with sqlite3.connect(db_path) as other_reader:
        names = [row[0] for row in other_reader.execute("SELECT name FROM collaboration")]
    assert names == ["Zonder opslaan"]


def corrupted_database(path):
    open_database(path)
    for number in range(40):
        create_collaboration(f"Samenwerking {number}", ambition="x" * 2000)
    close_database()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 5 * page] = b"\xa5" * (2 * page)  # wreck two pages in the middle
    path.write_bytes(bytes(data))
    return path


def newer_database(path):
    open_database(path)
    close_database()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    return path


def foreign_database(path):
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text)")
    return path


def file_with(content: bytes):
    def make(path):
        path.write_bytes(content)
        return path

    return make


BAD_FILES = {
    "not a database": file_with(b"Dit is een tekstbestand, geen database.\n" * 50),
    "zero bytes": file_with(b""),
    "truncated header": file_with(b"SQLite format 3\x00\x10\x00"),
    "damaged pages": corrupted_database,
    "newer version": newer_database,
    "another program's database": foreign_database,
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_with_a_message_and_left_byte_for_byte(tmp_path, kind):
    path = BAD_FILES[kind](tmp_path / "bad.sqlite")
    before = path.read_bytes()
    siblings_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseRefusedError) as refused:
        open_database(path)
    assert str(path) in str(refused.value)
    assert "\n" not in str(refused.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings_before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseRefusedError, match="folder"):
        open_database(tmp_path)


CURRENT = migrations.SCHEMA_VERSION


def pretend_next_version(monkeypatch, step):
    """From here on the app is one schema version further, reached from the current one by `step`."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", CURRENT + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, CURRENT: step})


def add_sponsor_column(db):
    run_migration(SqliteMigrator(db).add_column("collaboration", "sponsor", TextField(default="")))


def current_database(path):
    open_database(path)
    create_collaboration("Van versie één")
    close_database()
    return path


def test_a_migration_takes_a_backup_first_and_keeps_the_data(tmp_path, monkeypatch):
    path = current_database(tmp_path / "old.sqlite")
    pretend_next_version(monkeypatch, add_sponsor_column)
    open_database(path)
    try:
        assert [c.name for c in list_collaborations()] == ["Van versie één"]
    finally:
        close_database()
    assert pragma(path, "user_version") == CURRENT + 1
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(collaboration)")]
    assert "sponsor" in columns
    (backup,) = backups_folder(path).iterdir()
    assert pragma(backup, "user_version") == CURRENT
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT name FROM collaboration").fetchall() == [("Van versie één",)]


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    path = current_database(tmp_path / "old.sqlite")

    def half_done(db):
        db.execute_sql("ALTER TABLE collaboration ADD COLUMN sponsor TEXT")
        raise RuntimeError("power cut halfway")

    pretend_next_version(monkeypatch, half_done)
    with pytest.raises(RuntimeError):
        open_database(path)
    close_database()
    assert pragma(path, "user_version") == CURRENT
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(collaboration)")]
    assert "sponsor" not in columns


def migrated_from(path, version: int, *downgrade: str) -> None:
    """Takes a current database back to an older schema with `downgrade`, then opens it (migrating)
    and opens it once more (the migrated schema must pass the exact check of any later open)."""
    with sqlite3.connect(path) as connection:
        for statement in downgrade:
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {version}")
    for _ in range(2):
        open_database(path)
        try:
            assert [c.name for c in list_collaborations()] == ["Van versie één"]
        finally:
            close_database()
    assert pragma(path, "user_version") == CURRENT


def columns_of(path, table: str) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


BEFORE_V4 = (
    "DROP TABLE plan_export",
    "ALTER TABLE plan_version DROP COLUMN origin",
    "ALTER TABLE plan_version DROP COLUMN withdrawn_at",
    "ALTER TABLE plan_version DROP COLUMN withdrawn_by",
    "ALTER TABLE plan_version DROP COLUMN withdrawal_reason",
)


def test_a_version_4_database_gains_the_index_of_the_open_counts(tmp_path):
    path = current_database(tmp_path / "v4.sqlite")
    index = "barrier_collaboration_id_precondition_status_deleted_at"
    migrated_from(path, 4, f"DROP INDEX {index}")
    with sqlite3.connect(path) as connection:
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT collaboration_id, precondition, count(*) FROM barrier "
            "WHERE deleted_at IS NULL AND status != 'overcome' GROUP BY collaboration_id, precondition"
        ).fetchall()
    assert f"COVERING INDEX {index}" in str(plan)


def test_a_version_3_database_gains_the_plan_records(tmp_path):
    path = current_database(tmp_path / "v3.sqlite")
    migrated_from(path, 3, *BEFORE_V4)
    assert {"origin", "withdrawn_at", "withdrawn_by", "withdrawal_reason"} <= set(
        columns_of(path, "plan_version")
    )
    assert "sha256" in columns_of(path, "plan_export")


def test_a_version_2_database_gains_the_exchanged_positions(tmp_path):
    path = current_database(tmp_path / "v2.sqlite")
    migrated_from(path, 2, *BEFORE_V4, "ALTER TABLE exchange_base DROP COLUMN position")
    assert "position" in columns_of(path, "exchange_base")


def test_a_version_1_database_gains_what_exchange_files_need(tmp_path):
    path = current_database(tmp_path / "v1.sqlite")
    migrated_from(
        path, 1, *BEFORE_V4, "ALTER TABLE barrier DROP COLUMN conflict_of", "DROP TABLE exchange_base"
    )
    assert "conflict_of" in columns_of(path, "barrier")
    assert "position" in columns_of(path, "exchange_base")
