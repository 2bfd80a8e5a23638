"""A team database on PostgreSQL: made in an empty database, refused when it is not ours or newer,
migrated when older, shared by two connections, and nothing committed lost when the server restarts."""

import subprocess
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import psycopg
import pytest

from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.errors import DatabaseRefusedError, NewerDatabaseError, TeamDatabaseError
from drempelkompas.services import backups, barriers, collaborations
from drempelkompas.storage import migrations
from drempelkompas.storage.database import close_database, database_name, open_database
from drempelkompas.storage.models import database
from drempelkompas.storage.team_database import SCHEMA_TABLE, shown_address
from tests import backends

REPOSITORY = Path(__file__).resolve().parent.parent


@pytest.fixture
def team(tmp_path):
    """The address of a new, empty database on the test server (no schema in it yet)."""
    backends.skip_without_server()
    name = "drempelkompas_test_team"
    close_database()
    with psycopg.connect(backends.SERVER, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield backends.address_of(name)
    close_database()


def sql(address: str, statement: str, params=()) -> list[tuple]:
    """Runs one statement on its own connection, as an administrator with psql would."""
    with psycopg.connect(address, autocommit=True) as connection:
        cursor = connection.execute(statement, params)
        return cursor.fetchall() if cursor.description else []


def test_an_empty_database_gets_the_schema_and_the_built_in_lessons(team):
    open_database(team)
    assert sql(team, f"SELECT version FROM {SCHEMA_TABLE}") == [(migrations.SCHEMA_VERSION,)]
    assert sql(team, "SELECT count(*) FROM lesson")[0][0] == 4
    assert database_name() == shown_address(team) and "password" not in database_name()
    close_database()
    open_database(team)  # opened again: found as it was left
    assert sql(team, "SELECT count(*) FROM lesson")[0][0] == 4


def test_long_texts_and_large_amounts_fit_as_in_a_file(team):
    open_database(team)
    title = "x" * 300  # the app's limit, beyond PostgreSQL's VARCHAR(255)
    cid = collaborations.create_collaboration(
        "Lange namen", partners=[collaborations.PartnerView("Gemeente", "government", "problem_owner")]
    )
    barriers.add_barrier(cid, Precondition.KNOWLEDGE, title)
    from drempelkompas.services import contributions

    partner = collaborations.get_collaboration(cid).partners[0].uuid
    contributions.add_contribution(cid, partner, "hours", "Uren", value=900_000_000_000)
    assert barriers.board(cid)[Precondition.KNOWLEDGE][0].title == title
    assert contributions.summary(cid).total.value == 900_000_000_000


def test_a_database_with_tables_of_its_own_is_not_ours_and_stays_untouched(team):
    sql(team, "CREATE TABLE invoices (id serial primary key, amount integer)")
    with pytest.raises(DatabaseRefusedError, match="is not a Drempelkompas database"):
        open_database(team)
    assert sql(team, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'") == [
        ("invoices",)
    ]


def test_a_newer_database_is_refused(team):
    open_database(team)
    close_database()
    sql(team, f"UPDATE {SCHEMA_TABLE} SET version = version + 1")
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(team)


def test_a_trigger_on_our_tables_is_refused(team):
    open_database(team)
    close_database()
    sql(
        team,
        "CREATE FUNCTION spy() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$; "
        "CREATE TRIGGER spy AFTER INSERT ON barrier FOR EACH ROW EXECUTE FUNCTION spy()",
    )
    with pytest.raises(DatabaseRefusedError, match="spy"):
        open_database(team)


def test_an_older_database_is_migrated_by_the_same_steps_as_a_file(team):
    open_database(team)
    close_database()
    sql(team, "DROP TABLE commitment, contribution, scan_response, phase_gate")
    sql(team, f"UPDATE {SCHEMA_TABLE} SET version = 6")
    open_database(team)
    assert sql(team, f"SELECT version FROM {SCHEMA_TABLE}") == [(migrations.SCHEMA_VERSION,)]
    assert sql(team, "SELECT count(*) FROM commitment") == [(0,)]


def test_an_unreachable_server_gets_a_clear_message():
    address = "postgresql://nobody@/drempelkompas?host=/nonexistent-folder&port=1"
    with pytest.raises(TeamDatabaseError, match="cannot be reached"):
        open_database(address)


def test_a_team_database_makes_no_backup_files(team):
    open_database(team)
    assert backups.daily_backup() is None and backups.list_backups() == []
    with pytest.raises(Exception, match="its server makes the backups"):
        backups.create_backup()


def test_two_users_see_each_others_changes(team):
    open_database(team)
    cid = collaborations.create_collaboration("Gedeeld")
    seen = []

    def other_user():  # a thread has its own connection, as a second laptop would
        barriers.add_barrier(cid, Precondition.FUNDING, "Van de ander")
        seen.append([c.title for c in barriers.board(cid)[Precondition.FUNDING]])
        database.close()

    worker = threading.Thread(target=other_user)
    worker.start()
    worker.join()
    assert seen == [["Van de ander"]]
    assert [c.title for c in barriers.board(cid)[Precondition.FUNDING]] == ["Van de ander"]


def test_concurrent_moves_keep_every_column_gapless(team):
    open_database(team)
    cid = collaborations.create_collaboration("Druk bord")
    ids = [barriers.add_barrier(cid, Precondition.KNOWLEDGE, f"Kaart {n}") for n in range(8)]
    failures = []

    def mover(offset: int):
        try:
            for step in range(25):
                barrier = ids[(step * 3 + offset) % len(ids)]
                target = Precondition.FUNDING if step % 2 else Precondition.KNOWLEDGE
                barriers.move_barrier(barrier, target, (step + offset) % 4)
        except Exception as error:
            failures.append(error)
        finally:
            database.close()

    workers = [threading.Thread(target=mover, args=(offset,)) for offset in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    board = barriers.board(cid)
    assert sorted(c.id for column in board.values() for c in column) == sorted(ids)
    for column in board.values():
        assert [card.position for card in column] == list(range(len(column)))


def _server_folder() -> str:
    host = parse_qs(urlsplit(backends.SERVER).query).get("host", [""])[0]
    if not (Path(host) / "data").is_dir():
        pytest.skip("the test server was not started by .ci/postgres-server, so it cannot be restarted")
    return host


def test_a_server_restart_mid_transaction_loses_nothing_committed(team):
    folder = _server_folder()
    open_database(team)
    cid = collaborations.create_collaboration("Voor de herstart")
    barriers.add_barrier(cid, Precondition.KNOWLEDGE, "Opgeslagen")
    lost = pytest.raises(TeamDatabaseError, match="was lost: the last change was not saved")
    with lost, database.atomic():
        barriers.add_barrier(cid, Precondition.KNOWLEDGE, "Half af")
        subprocess.run([REPOSITORY / ".ci" / "postgres-server", "restart", folder], check=True)
        barriers.add_barrier(cid, Precondition.KNOWLEDGE, "Na de herstart")
    # The next change connects again; what was committed is there, the interrupted change is not.
    barriers.add_barrier(cid, Precondition.FUNDING, "Daarna")
    board = barriers.board(cid)
    assert [c.title for c in board[Precondition.KNOWLEDGE]] == ["Opgeslagen"]
    assert [c.title for c in board[Precondition.FUNDING]] == ["Daarna"]
