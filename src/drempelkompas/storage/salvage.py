"""Salvage: copy whatever rows of a damaged database can still be read into a new, healthy one."""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from drempelkompas.storage.backup import read_only_uri
from drempelkompas.storage.models import ALL_MODELS

_HIGHEST_ROWID = 2**62


@dataclass(frozen=True)
class SalvageReport:
    rows: dict[str, int]  # table name -> rows saved
    unreadable_tables: tuple[str, ...]


def salvage(damaged: Path, target: Path) -> SalvageReport:
    """Builds a new database at `target` (which must not exist) from the readable rows of `damaged`.

    Parents come before children; a child whose parent was lost is left out, so the result
    passes every foreign-key check.
    """
    from drempelkompas.storage.database import close_database, create_database_file

    create_database_file(target)  # the current schema, with the built-in lessons
    close_database()
    source = sqlite3.connect(read_only_uri(damaged), uri=True)
    result = sqlite3.connect(target)
    saved: dict[str, int] = {}
    unreadable = []
    try:
        result.execute("PRAGMA foreign_keys = OFF")
        for model in ALL_MODELS:
            table = model._meta.table_name
            columns = [field.column_name for field in model._meta.sorted_fields]
            rows, complete = _readable_rows(source, table, columns)
            if not complete:
                unreadable.append(table)
            placeholders = ",".join("?" * len(columns))
            before = result.total_changes
            result.executemany(
                f"INSERT OR IGNORE INTO {table} ({','.join(columns)}) VALUES ({placeholders})", rows
            )
            saved[table] = result.total_changes - before
        _drop_orphans(result)
        result.commit()
        result.execute("PRAGMA foreign_keys = ON")
    finally:
        result.close()
        source.close()
    return SalvageReport(saved, tuple(unreadable))


def salvage_in_place(damaged: Path) -> tuple[Path, SalvageReport]:
    """Salvages `damaged` into a new file that takes its place; the damaged file is kept aside, unchanged."""
    from drempelkompas.storage.backup import set_aside

    partial = damaged.with_name(damaged.name + ".salvaged")
    partial.unlink(missing_ok=True)
    report = salvage(damaged, partial)
    aside = set_aside(damaged)
    os.replace(partial, damaged)
    return aside, report


def _readable_rows(source: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], bool]:
    """The rows that can be read, in rowid order, stepping over damaged stretches."""
    rows: list[tuple] = []
    complete = True
    last_rowid, jump = -1, 1
    while last_rowid < _HIGHEST_ROWID:
        try:
            cursor = source.execute(
                f"SELECT rowid, {','.join(columns)} FROM {table} WHERE rowid > ? ORDER BY rowid",
                (last_rowid,),
            )
            for row in cursor:
                last_rowid, jump = row[0], 1
                rows.append(row[1:])
            return rows, complete
        except sqlite3.DatabaseError:
            complete = False
            last_rowid += jump  # step over the damage, in ever larger steps while it lasts
            jump *= 2
    return rows, complete


def _drop_orphans(connection: sqlite3.Connection) -> None:
    for _ in range(5):  # deleting orphans can orphan their own children
        violations = connection.execute("PRAGMA foreign_key_check").fetchall()
        if not violations:
            return
        for table, rowid, *_ in violations:
            connection.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
