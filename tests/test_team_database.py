"""A team database on PostgreSQL: made in an empty database, refused when it is not ours or newer,
migrated when older, shared by two connections, and nothing committed lost when the server restarts."""

import os
import subprocess
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import psycopg
import pytest

from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.errors import (
    DatabaseRefusedError,
    DrempelError,
    NewerDatabaseError,
    NotAllowedError,
    PasswordNeededError,
    TeamDatabaseError,
)
from drempelkompas.services import backups, barriers, collaborations, exchange
from drempelkompas.storage import migrations
from drempelkompas.storage.database import close_database, database_name, open_database
from drempelkompas.storage.models import database
from drempelkompas.storage.team_database import SCHEMA_TABLE, shown_address
from tests import backends
from tests.backends import sql

REPOSITORY = Path(__file__).resolve().parent.parent


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


def test_a_team_database_makes_no_backup_files_but_a_dump_on_request(team, tmp_path):
    open_database(team)
    collaborations.create_collaboration("Bewaard")
    assert backups.daily_backup() is None and backups.list_backups() == []
    dump = backups.create_backup(team_folder=tmp_path)
    assert dump.parent == tmp_path and dump.suffix == ".dump"
    assert [p.name for p in tmp_path.iterdir()] == [dump.name]  # no temporary file left
    listing = subprocess.run(["pg_restore", "--list", dump], capture_output=True, text=True, check=True)
    assert "TABLE DATA public collaboration" in listing.stdout
    with pytest.raises(DrempelError, match="restored by its administrator"):
        backups.restore_backup(dump)


def test_without_pg_dump_the_message_says_what_to_do(team, tmp_path, monkeypatch):
    open_database(team)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DrempelError, match="pg_dump is not installed"):
        backups.create_backup(team_folder=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_backup_into_a_folder_that_is_gone_says_so(team, tmp_path, monkeypatch):
    open_database(team)
    with pytest.raises(DrempelError, match="does not exist"):
        backups.create_backup(team_folder=tmp_path / "weg")
    gone = tmp_path / "was hier"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    with pytest.raises(DrempelError, match="current folder no longer exists"):
        backups.create_backup()
    assert list(tmp_path.iterdir()) == []


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
        except Exception as error:  # reported below
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


def test_a_password_is_asked_for_and_a_wrong_one_refused(password_role, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(PasswordNeededError, match="asks for your password"):
        open_database(password_role)
    with pytest.raises(PasswordNeededError):
        open_database(password_role, password="fout")
    open_database(password_role, password="geheim")
    assert collaborations.list_collaborations() == []
    close_database()
    monkeypatch.setenv("PGPASSWORD", "geheim")  # libpq's own place for it
    open_database(password_role)


@pytest.fixture
def administered():
    """A database made by the README's administrator script, with a user Anna in drempelkompas_user."""
    backends.skip_without_server()
    name = backends.PREFIX + "administered"
    close_database()

    def clean():
        backends.sql(backends.SERVER, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for role in ("drempelkompas_test_anna", "drempelkompas_user", "drempelkompas_owner"):
            backends.sql(backends.SERVER, f'DROP ROLE IF EXISTS "{role}"')

    clean()
    script = REPOSITORY / "resources" / "team-database.sql"
    subprocess.run(
        ["psql", "-q", "-v", f"dbname={name}", "-v", "owner_password=geheim", "-f", script, backends.SERVER],
        check=True,
        capture_output=True,
    )
    backends.sql(backends.SERVER, "CREATE ROLE drempelkompas_test_anna LOGIN IN ROLE drempelkompas_user")
    owner, anna = (
        urlsplit(backends.address_of(name))._replace(netloc=f"{role}@").geturl()
        for role in ("drempelkompas_owner", "drempelkompas_test_anna")
    )
    yield owner, anna
    close_database()
    clean()


def test_the_administrators_script_gives_users_rows_and_nothing_more(administered):
    owner, anna = administered
    with pytest.raises(NotAllowedError, match="may not make them"):
        open_database(anna)  # before the administrator made the tables
    open_database(owner)
    close_database()
    open_database(anna)
    cid = collaborations.create_collaboration("Van Anna")
    barriers.add_barrier(cid, Precondition.KNOWLEDGE, "Rechten werken")
    assert [c.title for c in barriers.board(cid)[Precondition.KNOWLEDGE]] == ["Rechten werken"]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql(anna, "DROP TABLE barrier")
    close_database()
    sql(owner, f"UPDATE {SCHEMA_TABLE} SET version = 7")  # as before who did what was recorded
    for table, column in (
        ("barrier_change", "actor"),
        ("plan_version", "signed_off_by"),
        ("phase_gate", "recorded_by"),
    ):
        sql(owner, f"ALTER TABLE {table} DROP COLUMN {column}")
    with pytest.raises(NotAllowedError, match="may not make them"):
        open_database(anna)  # an upgrade is the administrator's
    assert sql(owner, "SELECT count(*) FROM collaboration") == [(1,)]


def test_a_laptop_takes_work_offline_and_brings_it_back(team, tmp_path):
    from tests.test_exchange import Laptop, import_file

    office, laptop = Laptop(team), Laptop(tmp_path / "laptop.sqlite")
    out, back = tmp_path / "mee.drempel", tmp_path / "terug.drempel"
    with office:
        cid = collaborations.create_collaboration("Op reis")
        first = barriers.add_barrier(cid, Precondition.KNOWLEDGE, "Eerst")
        second = barriers.add_barrier(cid, Precondition.FUNDING, "Tweede")
        exchange.export_file(out, [cid])
    with laptop:
        import_file(out)
        local = {c.title: c.id for column in barriers.board(1).values() for c in column}
        barriers.update_barrier(local["Eerst"], owner="Anna onderweg")
        barriers.add_barrier(1, Precondition.FACILITIES, "In de trein bedacht")
        exchange.export_file(back, [1])
    with office:
        barriers.update_barrier(second, next_action="Begroting op kantoor")
        report = import_file(back)  # checks that the preview said the same
        assert report.of(exchange.Outcome.CONFLICT) == [] and report.of(exchange.Outcome.UPDATED)
        board = barriers.board(cid)
        cards = {c.title: c for column in board.values() for c in column}
        assert cards["Eerst"].owner == "Anna onderweg" and cards["Eerst"].id == first
        assert cards["Tweede"].next_action == "Begroting op kantoor"
        assert [c.title for c in board[Precondition.FACILITIES]] == ["In de trein bedacht"]


def test_two_people_changing_different_fields_at_once_both_keep_their_change(team):
    open_database(team)
    cid = collaborations.create_collaboration("Tegelijk")
    bid = barriers.add_barrier(cid, Precondition.KNOWLEDGE, "Gedeeld")
    failures = []

    def edit(field: str):
        try:
            for step in range(30):
                barriers.update_barrier(bid, **{field: f"{field} {step}"})
        except Exception as error:  # reported below
            failures.append(error)
        finally:
            database.close()

    workers = [threading.Thread(target=edit, args=(field,)) for field in ("owner", "next_action")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    card = barriers.get_barrier(bid)
    assert (card.owner, card.next_action) == ("owner 29", "next_action 29")  # neither wrote the other back


def test_the_history_names_the_user_of_the_team_database(administered):
    owner, anna = administered
    open_database(owner)
    close_database()
    sql(backends.SERVER, "COMMENT ON ROLE drempelkompas_test_anna IS 'Anna de Vries'")
    open_database(anna)
    cid = collaborations.create_collaboration("Van Anna")
    bid = barriers.add_barrier(cid, Precondition.KNOWLEDGE, "Wie")
    assert [e.actor for e in barriers.history(bid)] == ["Anna de Vries (drempelkompas_test_anna)"]


def test_a_user_may_count_changes_but_not_touch_the_schema_version(administered):
    owner, anna = administered
    open_database(owner)
    close_database()
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql(anna, f"UPDATE {SCHEMA_TABLE} SET version = 99")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql(anna, f"DELETE FROM {SCHEMA_TABLE}")
    open_database(anna)
    before = sql(owner, f"SELECT changes FROM {SCHEMA_TABLE}")[0][0]
    collaborations.create_collaboration("Geteld")
    assert sql(owner, f"SELECT changes FROM {SCHEMA_TABLE}")[0][0] == before + 1


def test_a_role_outside_drempelkompas_user_is_told_to_ask_for_membership(administered):
    owner, _ = administered
    open_database(owner)
    close_database()
    name = urlsplit(owner).path.lstrip("/")
    sql(backends.SERVER, "DROP ROLE IF EXISTS drempelkompas_test_outsider")
    sql(backends.SERVER, "CREATE ROLE drempelkompas_test_outsider LOGIN")
    sql(backends.SERVER, f'GRANT CONNECT ON DATABASE "{name}" TO drempelkompas_test_outsider')
    sql(owner, "GRANT USAGE ON SCHEMA public TO drempelkompas_test_outsider")
    outsider = urlsplit(owner)._replace(netloc="drempelkompas_test_outsider@").geturl()
    try:
        with pytest.raises(NotAllowedError, match="member of drempelkompas_user"):
            open_database(outsider)
    finally:
        close_database()
        sql(owner, "REVOKE USAGE ON SCHEMA public FROM drempelkompas_test_outsider")
        sql(backends.SERVER, f'REVOKE CONNECT ON DATABASE "{name}" FROM drempelkompas_test_outsider')
        sql(backends.SERVER, "DROP ROLE drempelkompas_test_outsider")


def test_every_way_of_writing_the_address_opens_it_and_no_password_is_shown(team):
    from drempelkompas.storage.team_database import without_password

    parts = urlsplit(team)
    for scheme in ("POSTGRESQL://", "postgres://", "postgresql:/"):
        open_database(scheme + team.split("://", 1)[1])
        close_database()
    written = parts._replace(netloc="postgres:S3cret@").geturl()
    assert without_password(written) == (team, "S3cret")
    assert without_password(team + "&password=S3cret") == (team, "S3cret")
    assert "S3cret" not in shown_address(written + "&bogus=1")


def test_the_backup_passes_no_password_on_pg_dumps_command_line(password_role, tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    fake = tmp_path / "bin" / "pg_dump"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        f'echo "$@" > {tmp_path}/arguments\necho "$PGPASSWORD" > {tmp_path}/password\n'
        'for a in "$@"; do case "$a" in --file=*) : > "${a#--file=}";; esac; done\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    written = urlsplit(password_role)
    open_database(written._replace(netloc=f"{written.username}:geheim@").geturl())
    (tmp_path / "dumps").mkdir()
    backups.create_backup(team_folder=tmp_path / "dumps")
    assert "geheim" not in (tmp_path / "arguments").read_text()
    assert (tmp_path / "password").read_text().strip() == "geheim"


def test_one_window_per_user_and_team_database_however_the_address_is_written():
    from drempelkompas.runtime.locations import path_key

    assert path_key("postgres://anna:geheim@server/team") == path_key("postgresql://anna@server/team")
    assert path_key("postgresql://anna@server/team") != path_key("postgresql://bob@server/team")


def test_without_the_driver_the_message_says_how_to_install_it(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    with pytest.raises(TeamDatabaseError, match=r'pip install "drempelkompas\[team\]"'):
        open_database("postgresql://anna@server/team")
    assert shown_address("postgresql://anna:geheim@server/team") == "anna@server/team"
