"""Whether a file's schema is exactly one this version of the app made: its tables, columns and
indexes, and nothing else (no triggers or views of its own).

A database file can carry triggers that run on our next write, or views named like our tables;
a file that merely has our application id is not trusted for that.
"""

import sqlite3
from functools import cache

from peewee import SqliteDatabase

from drempelkompas.storage.models import ALL_MODELS

Schema = dict[str, frozenset]  # table -> its columns and indexes


def schema_problem(connection: sqlite3.Connection, version: int, current_version: int) -> str | None:
    """What is foreign in the file's schema, or None when it is one we know."""
    found = _schema_of(connection)
    foreign = [name for kind, name in _objects(connection) if kind not in ("table", "index")]
    if foreign:
        return ", ".join(sorted(foreign))
    expected = expected_schema()
    if version == current_version:
        if found != expected:
            differing = sorted(
                set(found) ^ set(expected) | {t for t in found if found.get(t) != expected.get(t)}
            )
            return ", ".join(differing)
        return None
    unknown = sorted(set(found) - set(expected))  # an older file: a subset, which migrations complete
    return ", ".join(unknown) or None


@cache
def expected_schema() -> Schema:
    """The schema a new database gets, read from an in-memory one built from the models."""
    db = SqliteDatabase(":memory:")
    with db.bind_ctx(ALL_MODELS):
        db.create_tables(ALL_MODELS)
    try:
        return _schema_of(db.connection())
    finally:
        db.close()


def _objects(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
    return [(kind, name) for kind, name in rows if not name.startswith("sqlite_")]


def _schema_of(connection: sqlite3.Connection) -> Schema:
    schema: Schema = {}
    for kind, table in _objects(connection):
        if kind != "table":
            continue
        columns = {
            ("column", name, declared.upper(), bool(not_null), primary)
            for _, name, declared, not_null, _, primary in connection.execute(f'PRAGMA table_info("{table}")')
        }
        indexes = {
            ("index", name, bool(unique), _index_columns(connection, name))
            for _, name, unique, _, _ in connection.execute(f'PRAGMA index_list("{table}")')
        }
        schema[table] = frozenset(columns | indexes)
    return schema


def _index_columns(connection: sqlite3.Connection, index: str) -> tuple:
    return tuple(row[2] for row in connection.execute(f'PRAGMA index_info("{index}")'))
