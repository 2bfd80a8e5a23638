"""The databases the service tests run on: a file, and a team database on a PostgreSQL server.

DREMPELKOMPAS_TEST_POSTGRES is the address of a server where the tests may create databases
(`.ci/postgres-server` starts one); without it the PostgreSQL runs are skipped, unless
DREMPELKOMPAS_REQUIRE_POSTGRES=1 (as in CI) makes that a failure.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from drempelkompas.storage.database import close_database, open_database
from drempelkompas.storage.models import ALL_MODELS

SERVER = os.environ.get("DREMPELKOMPAS_TEST_POSTGRES", "")
REQUIRED = os.environ.get("DREMPELKOMPAS_REQUIRE_POSTGRES") == "1"
NAMES = ("sqlite", "postgresql")
# This run's databases carry its process id, so two test runs on one server keep apart.
PREFIX = f"drempelkompas_test_{os.getpid()}_"
_TEMPLATE = PREFIX + "template"
_template_made = False


class Backend:
    """Where a test's databases live: files in its folder, or databases on the test server."""

    def __init__(self, name: str, folder: Path):
        self.name = name
        self.folder = folder
        if name == "postgresql":
            skip_without_server()

    @property
    def is_team(self) -> bool:
        return self.name == "postgresql"

    def target(self, name: str) -> Path | str:
        """A new, empty Drempelkompas database called `name`: its path or address, for open_database."""
        if not self.is_team:
            return self.folder / f"{name}.sqlite"
        return fresh_team_database(PREFIX + name)


def skip_without_server() -> None:
    if SERVER:
        return
    if REQUIRED:
        pytest.fail("DREMPELKOMPAS_REQUIRE_POSTGRES=1 but DREMPELKOMPAS_TEST_POSTGRES names no server")
    pytest.skip("no PostgreSQL server: set DREMPELKOMPAS_TEST_POSTGRES (see .ci/postgres-server)")


def address_of(database: str) -> str:
    """The test server's address (a postgresql:// URL) for another database on it."""
    return urlsplit(SERVER)._replace(path=f"/{database}").geturl()


def fresh_team_database(database: str) -> str:
    """Drops and makes `database` again, as a copy of a template with the schema already in it."""
    import psycopg

    global _template_made
    close_database()  # a connection to it would stop the drop
    with psycopg.connect(SERVER, autocommit=True) as admin:
        if not _template_made:
            admin.execute(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{_TEMPLATE}"')
            open_database(address_of(_TEMPLATE))
            close_database()
            _template_made = True
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{database}" TEMPLATE "{_TEMPLATE}"')
    return address_of(database)


def dump() -> list[tuple]:
    """Every row of every table of the open database, in a fixed order: equal dumps, equal data."""
    rows = []
    for model in ALL_MODELS:
        key = model._meta.primary_key
        rows.extend((model._meta.table_name, *row) for row in model.select().order_by(key).tuples())
    return rows


def empty_team_database(name: str) -> str:
    """Drops and makes this run's database `name` again, empty (without our schema)."""
    close_database()
    sql(SERVER, f'DROP DATABASE IF EXISTS "{PREFIX + name}" WITH (FORCE)')
    sql(SERVER, f'CREATE DATABASE "{PREFIX + name}"')
    return address_of(PREFIX + name)


def drop_this_runs_databases() -> None:
    """At the end of the run: the server is left as it was found."""
    if not SERVER:
        return
    close_database()
    found = sql(SERVER, "SELECT datname FROM pg_database WHERE starts_with(datname, %s)", (PREFIX,))
    for (name,) in found:
        sql(SERVER, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sql(address: str, statement: str, params=()) -> list[tuple]:
    """Runs one statement on its own connection, as an administrator with psql would."""
    import psycopg

    with psycopg.connect(address, autocommit=True) as connection:
        cursor = connection.execute(statement, params)
        return cursor.fetchall() if cursor.description else []
