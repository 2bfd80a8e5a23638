"""Shared fixtures: a fresh database per test (a file, and in the modules marked `both_backends` also a
team database on PostgreSQL), and a sandbox for the app's folders."""

import os
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QStandardPaths

from drempelkompas.storage.database import close_database, open_database
from tests import backends
from tests.sizes import LONG, LONG_TIMEOUT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # A desktop-sized screen (the plugin's default is 800x600), so windows keep the size they are given.
    screen = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def pytest_collection_modifyitems(items):
    """In the long run (tests/sizes.py) the full-size tests get a longer hang guard than the 120 s."""
    if LONG:
        for item in items:
            if item.get_closest_marker("long") and not item.get_closest_marker("timeout"):
                item.add_marker(pytest.mark.timeout(LONG_TIMEOUT))


@pytest.fixture(autouse=True, scope="session")
def qt_test_mode(tmp_path_factory):
    """Keeps the app's settings and data folders away from the real user's.

    The settings get a folder of this run's own: Qt's test mode shares ~/.qttest between all test
    runs of a user, and the widget tests clearing the settings would reset another run's.
    """
    from PySide6.QtCore import QSettings

    QStandardPaths.setTestModeEnabled(True)
    folder = str(tmp_path_factory.mktemp("settings"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)


def pytest_sessionfinish(session):
    backends.drop_this_runs_databases()


def pytest_generate_tests(metafunc):
    """A test in a module marked `both_backends` runs on a file and on a team database, unless it is
    marked `file_only` (it is about the file itself); one marked `team_only` on a team database."""
    if "backend" not in metafunc.fixturenames:
        return
    if any("backend" in str(m.args[0]) for m in metafunc.definition.iter_markers("parametrize")):
        return  # the test says itself which backends it runs on, and how often
    marked = metafunc.definition.get_closest_marker
    if marked("team_only") is not None:
        names = ["postgresql"]
    elif marked("both_backends") is None or marked("file_only") is not None:
        names = ["sqlite"]
    else:
        names = list(backends.NAMES)
    metafunc.parametrize("backend", names, indirect=True, ids=names)


@pytest.fixture
def backend(request, tmp_path):
    """Where this test's databases live (tests/backends.py)."""
    return backends.Backend(request.param, tmp_path)


@pytest.fixture
def db_path(backend):
    """An opened, empty Drempelkompas database, which the services use: its file, or a team
    database's address."""
    target = backend.target("drempelkompas")
    open_database(target)
    yield target
    close_database()


@pytest.fixture
def run_cli(tmp_path):
    """Runs the installed command line in a child process with its own home folder."""
    env = {key: value for key, value in os.environ.items() if key != "DREMPELKOMPAS_DB"}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        LANGUAGE="",
    )

    def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "drempelkompas", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**env, **kwargs.pop("env", {})},
            timeout=100,  # a hung command: one takes seconds even on a busy machine
            **kwargs,
        )

    return run


@pytest.fixture
def team():
    """The address of a new, empty database on the test server (no schema in it yet)."""
    backends.skip_without_server()
    yield backends.empty_team_database("team")
    close_database()


@pytest.fixture
def password_role(team):
    """A role that must sign in with a password (the test server asks it of this role only)."""
    backends.sql(backends.SERVER, "DROP ROLE IF EXISTS drempelkompas_password_test")
    backends.sql(backends.SERVER, "CREATE ROLE drempelkompas_password_test LOGIN PASSWORD 'geheim'")
    open_database(team)  # the schema, made by the administrator
    close_database()
    backends.sql(team, "GRANT ALL ON ALL TABLES IN SCHEMA public TO drempelkompas_password_test")
    backends.sql(team, "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO drempelkompas_password_test")
    parts = urlsplit(team)
    yield parts._replace(netloc=f"drempelkompas_password_test@{parts.hostname or ''}").geturl()
    close_database()
    backends.sql(team, "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM drempelkompas_password_test")
    backends.sql(team, "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM drempelkompas_password_test")
    backends.sql(backends.SERVER, "DROP ROLE drempelkompas_password_test")
