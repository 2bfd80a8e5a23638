"""Schema versions: the current version and the steps that bring an older file up to it.

Each step runs in one transaction together with its `PRAGMA user_version` bump, after a backup
copy of the file was taken (see `database.open_database`).
"""

from collections.abc import Callable

from peewee import SqliteDatabase

SCHEMA_VERSION = 1

# MIGRATIONS[n] turns a version-n database into version n+1 (using playhouse.migrate).
MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {}


def migrate(db: SqliteDatabase, from_version: int) -> None:
    for version in range(from_version, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1:d}")
