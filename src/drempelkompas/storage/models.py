"""The peewee models: one table per record kind, every record with a stable UUID.

Enum-valued columns hold the `drempelkompas.domain.enums` values as text. Timestamps are UTC.
"""

import uuid
from datetime import UTC, date, datetime

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

from drempelkompas.domain.enums import DEFAULT_IMPACT

database = DatabaseProxy()

# Built-in lessons get the same UUID in every database, so exchanged files agree on them.
_BUILTIN_LESSON_NAMESPACE = uuid.UUID("5f0c1a52-8d3e-4b7a-9c1e-2d6f4e8a7b30")


def builtin_lesson_uuid(catalog_key: str) -> uuid.UUID:
    return uuid.uuid5(_BUILTIN_LESSON_NAMESPACE, catalog_key)


def commitment_uuid(partner_uuid: str, level: str) -> uuid.UUID:
    """The same for a partner's level in every database."""
    return uuid.uuid5(uuid.UUID(str(partner_uuid)), level)


def current_actor() -> str:
    """Who makes the change being recorded: on a team database its user (the database role), on a
    file the name the user gave the app (see `database.set_actor`)."""
    return getattr(database.obj, "actor", "") if database.obj is not None else ""


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class UUIDTextField(UUIDField):
    """A UUID kept as 32 hex digits on every backend (PostgreSQL would take its own uuid type), so plain
    SQL reads the same text from SQLite and from a team database."""

    field_type = "TEXT"


def stored_uuid(text: str) -> str:
    """A UUID in its canonical text form ("1b4e28ba-2fa1-…") as a UUIDField stores it: 32 hex digits."""
    return text.replace("-", "")


def uuid_text(stored: str) -> str:
    """A UUID as a UUIDField stores it, in its canonical text form: what `str(uuid.UUID(stored))` gives,
    without making a UUID object (an import compares thousands)."""
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def read_date(value: str | date | None) -> date | None:
    """A date as plain SQL returns it: text from SQLite, a date from PostgreSQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def read_datetime(value: str | datetime | None) -> datetime | None:
    """A timestamp as plain SQL returns it: text from SQLite, a datetime from PostgreSQL."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


class BaseModel(Model):
    uuid = UUIDTextField(unique=True, default=uuid.uuid4)

    class Meta:
        database = database
        legacy_table_names = False


class Collaboration(BaseModel):
    name = CharField()
    ambition = TextField(default="")
    phase = CharField(default="exploring")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    deleted_at = DateTimeField(null=True)  # deleted, but restorable by undo
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)


class Partner(BaseModel):
    collaboration = ForeignKeyField(Collaboration, backref="partners", on_delete="CASCADE")
    name = CharField()
    sector = CharField()
    role = CharField()
    position = IntegerField(default=0)


class Lesson(BaseModel):
    """A built-in lesson (catalog_key set, texts from the catalog) or one the user added."""

    catalog_key = CharField(null=True, unique=True)
    title = CharField(default="")
    summary = TextField(default="")
    preconditions = CharField(default="")  # comma-separated Precondition values
    created_at = DateTimeField(default=utc_now)


class Barrier(BaseModel):
    collaboration = ForeignKeyField(Collaboration, backref="barriers", on_delete="CASCADE")
    precondition = CharField()
    position = IntegerField()  # 0-based within (collaboration, precondition), deleted rows excluded
    title = CharField()
    description = TextField(default="")
    status = CharField(default="open")
    impact = IntegerField(default=DEFAULT_IMPACT)
    level = CharField(null=True)
    owner = CharField(default="")
    due_date = DateField(null=True)
    lesson = ForeignKeyField(Lesson, null=True, on_delete="SET NULL")
    next_action = TextField(default="")
    catalog_key = CharField(null=True)  # the typical barrier it was created from, if any
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    overcome_at = DateTimeField(null=True)
    deleted_at = DateTimeField(null=True)  # kept for the history; hidden everywhere else
    # Set on an imported version that conflicts with this database's barrier of that UUID.
    conflict_of = UUIDTextField(null=True)

    class Meta:
        indexes = (
            (("collaboration", "precondition", "position"), False),
            # Covers the open counts of every collaboration: read from the index alone.
            (("collaboration", "precondition", "status", "deleted_at"), False),
        )


class BarrierChange(BaseModel):
    """One entry in a barrier's history: which field changed from what to what, and when."""

    barrier = ForeignKeyField(Barrier, backref="changes", on_delete="CASCADE")
    field = CharField()
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    changed_at = DateTimeField(default=utc_now)
    actor = CharField(default=current_actor)  # who made the change; "" before schema version 8


class PlanVersion(BaseModel):
    """A signed-off action plan: its frozen snapshot (JSON) and that snapshot's fingerprint.

    A version is never deleted or changed; it can only be withdrawn, with a reason.
    """

    collaboration = ForeignKeyField(Collaboration, backref="plan_versions", on_delete="CASCADE")
    number = IntegerField()
    snapshot = TextField()  # canonical JSON in the format of drempelkompas.domain.plan
    fingerprint = CharField(index=True)
    content_fingerprint = CharField()
    signed_off_at = DateTimeField(default=utc_now)
    signed_off_by = CharField(default=current_actor)  # who recorded the sign-off in the app
    origin = CharField(default="here")  # "here", or "exchange": signed off elsewhere, received as a copy
    withdrawn_at = DateTimeField(null=True)
    withdrawn_by = CharField(default="")
    withdrawal_reason = TextField(default="")

    class Meta:
        indexes = ((("collaboration", "number"), True),)


class PlanExport(BaseModel):
    """A PDF exported of a signed-off version, by its SHA-256: `verify` recognises the file by it,
    whichever version of the app made it."""

    plan_version = ForeignKeyField(PlanVersion, backref="exports", on_delete="CASCADE")
    sha256 = CharField(index=True)
    language = CharField()
    app_version = CharField()
    exported_at = DateTimeField(default=utc_now)


class ExchangeBase(Model):
    """The digest of a record as last exchanged with another laptop: the base of a three-way merge."""

    record_uuid = UUIDTextField(primary_key=True)
    digest = CharField()
    position = IntegerField(null=True)  # a barrier's place in its column, as last exchanged

    class Meta:
        database = database
        legacy_table_names = False


class Meeting(BaseModel):
    """A meeting of a governing body (a steering group) about a collaboration, prepared and recorded."""

    collaboration = ForeignKeyField(Collaboration, backref="meetings", on_delete="CASCADE")
    held_on = DateField()
    body = CharField()  # e.g. "Stuurgroep"
    chair = CharField(default="")
    case_number = CharField(default="")  # the zaaknummer of the organisation's case system
    portfolio_holder = CharField(default="")
    recorded_at = DateTimeField(null=True)  # when its outcomes were recorded
    created_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("collaboration", "held_on"), True),)


class DecisionPoint(BaseModel):
    """A decision proposed to a governing body, usually about a barrier, and what it decided.

    Pending while `meeting` is empty: it goes on the agenda of the next meeting. Recording a
    meeting puts each of its points in it with an outcome (taken, deferred, rejected).
    """

    collaboration = ForeignKeyField(Collaboration, backref="decision_points", on_delete="CASCADE")
    barrier = ForeignKeyField(Barrier, null=True, backref="decision_points", on_delete="SET NULL")
    proposal = TextField()
    meeting = ForeignKeyField(Meeting, null=True, backref="decision_points", on_delete="SET NULL")
    outcome = CharField(null=True)
    wording = TextField(default="")  # the decision as the body worded it
    action = TextField(default="")  # the new action it gave, if any
    action_owner = CharField(default="")
    action_due = DateField(null=True)
    recorded_by = CharField(default="")  # who recorded its outcome in the app ("" before version 9)
    created_at = DateTimeField(default=utc_now)


class Commitment(BaseModel):
    """A partner's commitment at one level: who gives it, and how far it has come.

    One per partner and level, with a UUID made from both (see `commitment_uuid`), so two
    laptops that fill in the same cell agree on its identity.
    """

    partner = ForeignKeyField(Partner, backref="commitments", on_delete="CASCADE")
    level = CharField()
    person = CharField(default="")
    state = CharField(default="not_asked")
    asked_on = DateField(null=True)
    committed_on = DateField(null=True)
    withdrawn_on = DateField(null=True)
    note = TextField(default="")
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("partner", "level"), True),)


class Contribution(BaseModel):
    """A partner's contribution to the in-kind ledger: its kind, pledged or delivered, when, and its
    value in whole euros if known."""

    partner = ForeignKeyField(Partner, backref="contributions", on_delete="CASCADE")
    kind = CharField()
    description = TextField(default="")
    state = CharField(default="pledged")
    starts_on = DateField(null=True)
    ends_on = DateField(null=True)
    value = IntegerField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    deleted_at = DateTimeField(null=True)  # deleted, but restorable by undo; travels in exchange files


class ScanResponse(BaseModel):
    """One respondent's answers to the drempelscan on one day; answers are never changed afterwards."""

    collaboration = ForeignKeyField(Collaboration, backref="scan_responses", on_delete="CASCADE")
    held_on = DateField()
    respondent = CharField()
    partner = ForeignKeyField(Partner, null=True, backref="scan_responses", on_delete="SET NULL")
    level = CharField(null=True)
    answers = TextField()  # JSON: {statement key: score}, keys sorted
    created_at = DateTimeField(default=utc_now)
    deleted_at = DateTimeField(null=True)


class PhaseGate(BaseModel):
    """A go or no-go at the gate from one phase to the next, with the criteria as they stood."""

    collaboration = ForeignKeyField(Collaboration, backref="phase_gates", on_delete="CASCADE")
    from_phase = CharField()
    to_phase = CharField()
    decision = CharField()
    decided_on = DateField()
    decided_by = CharField()
    note = TextField(default="")
    criteria = TextField()  # JSON: [[criterion key, met], ...] when it was decided
    meeting_on = DateField(null=True)  # the day of the meeting that took the decision, if any
    created_at = DateTimeField(default=utc_now)
    deleted_at = DateTimeField(null=True)
    recorded_by = CharField(default=current_actor)  # who recorded it in the app ("" before version 8)


ALL_MODELS = (
    Collaboration,
    Partner,
    Lesson,
    Barrier,
    BarrierChange,
    PlanVersion,
    PlanExport,
    ExchangeBase,
    Meeting,
    DecisionPoint,
    Commitment,
    Contribution,
    ScanResponse,
    PhaseGate,
)


def insert_rows(model, rows: list[dict], replace: bool = False) -> None:
    """Inserts many rows with one prepared statement (the caller holds the transaction).

    The rows are converted as peewee converts them, but the statement is built once instead of
    per row: for an import of thousands of barriers, building SQL was most of the cost.
    """
    if not rows:
        return
    fields = [field for field in model._meta.sorted_fields if not isinstance(field, AutoField)]
    defaults = {field.name: field.default for field in fields}
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join([model._meta.database.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    if replace:  # a row of the same primary key is overwritten (SQLite and PostgreSQL both say it so)
        key = model._meta.primary_key.column_name
        updated = ", ".join(
            f'"{f.column_name}" = excluded."{f.column_name}"' for f in fields if f.primary_key is False
        )
        sql += f' ON CONFLICT ("{key}") DO UPDATE SET {updated}'
    kept = [(field, _stored_as_is(field)) for field in fields]
    values = []
    for row in rows:
        converted = []
        for field, as_is in kept:
            value = row[field.name] if field.name in row else _default(defaults[field.name])
            converted.append(value if type(value) is as_is else field.db_value(value))
        values.append(tuple(converted))
    model._meta.database.executemany(sql, values)


def _stored_as_is(field) -> type | None:
    """The type of value the field stores unchanged (its conversion can be skipped), if any."""
    if isinstance(field, (CharField, TextField)):
        return str
    if isinstance(field, (IntegerField, ForeignKeyField)):
        return int  # not bool: a BooleanField is no IntegerField, and type(True) is not int
    return None


def _default(default):
    return default() if callable(default) else default
