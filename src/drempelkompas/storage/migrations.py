"""Schema versions: the current version and the steps that bring an older file up to it.

Each step runs in one transaction together with its version bump (SQLite's `PRAGMA user_version`,
a team database's schema table), after a backup copy of a file was taken (see `database.open_database`).
"""

from collections.abc import Callable

from peewee import CharField, Database, DateTimeField, IntegerField, TextField
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_migration

from drempelkompas.storage.models import UUIDTextField

SCHEMA_VERSION = 9


def _add_exchange(db: Database) -> None:
    """Version 2: exchange files between laptops (merge bases, conflicting barriers)."""
    from drempelkompas.storage.models import ExchangeBase

    run_migration(
        SchemaMigrator.from_database(db).add_column("barrier", "conflict_of", UUIDTextField(null=True))
    )
    db.create_tables([ExchangeBase])


def _add_exchanged_positions(db: Database) -> None:
    """Version 3: a barrier's place in its column as last exchanged, so moves are merged too."""
    # A version-1 file got the table from today's model in step 1, with the column already.
    if "position" not in {column.name for column in db.get_columns("exchange_base")}:
        run_migration(
            SchemaMigrator.from_database(db).add_column("exchange_base", "position", IntegerField(null=True))
        )


def _add_plan_records(db: Database) -> None:
    """Version 4: where a plan version came from, its withdrawal, and the PDFs exported of it."""
    from drempelkompas.storage.models import PlanExport

    migrator = SchemaMigrator.from_database(db)
    run_migration(
        migrator.add_column("plan_version", "origin", CharField(default="here")),
        migrator.add_column("plan_version", "withdrawn_at", DateTimeField(null=True)),
        migrator.add_column("plan_version", "withdrawn_by", CharField(default="")),
        migrator.add_column("plan_version", "withdrawal_reason", TextField(default="")),
    )
    db.create_tables([PlanExport])


def _add_open_counts_index(db: Database) -> None:
    """Version 5: an index from which the collaboration list counts the open barriers."""
    from drempelkompas.storage.models import Barrier

    db.create_tables([Barrier])  # the table is there: this adds the indexes it lacks


def _add_meetings(db: Database) -> None:
    """Version 6: meetings of governing bodies and the decisions proposed to them."""
    from drempelkompas.storage.models import DecisionPoint, Meeting

    db.create_tables([Meeting, DecisionPoint])


def _add_method_records(db: Database) -> None:
    """Version 7: the commitment matrix, the in-kind ledger, the drempelscan and the phase gates."""
    from drempelkompas.storage.models import Commitment, Contribution, PhaseGate, ScanResponse

    db.create_tables([Commitment, Contribution, ScanResponse, PhaseGate])


def _add_actors(db: Database) -> None:
    """Version 8: who made each change in a barrier's history, and who recorded each sign-off and
    phase gate."""
    migrator = SchemaMigrator.from_database(db)
    added = (("barrier_change", "actor"), ("plan_version", "signed_off_by"), ("phase_gate", "recorded_by"))
    for table, column in added:
        # A test's older file may be made from today's models, with the column already.
        if column not in {c.name for c in db.get_columns(table)}:
            run_migration(migrator.add_column(table, column, CharField(default="")))


def _add_decision_recorders(db: Database) -> None:
    """Version 9: who recorded each decision of a meeting."""
    if "recorded_by" not in {c.name for c in db.get_columns("decision_point")}:
        migrator = SchemaMigrator.from_database(db)
        run_migration(migrator.add_column("decision_point", "recorded_by", CharField(default="")))


# MIGRATIONS[n] turns a version-n database into version n+1 (using playhouse.migrate).
MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _add_exchange,
    2: _add_exchanged_positions,
    3: _add_plan_records,
    4: _add_open_counts_index,
    5: _add_meetings,
    6: _add_method_records,
    7: _add_actors,
    8: _add_decision_recorders,
}


def migrate(db: Database, from_version: int) -> None:
    for version in range(from_version, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[version](db)
            db.store_schema_version(version + 1)
