"""A team database on a PostgreSQL server: connecting, refusing what is not ours, creating or migrating
what is."""

import contextlib
import importlib.util
import os
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from peewee import (
    CharField,
    DatabaseError,
    ForeignKeyField,
    IntegerField,
    InterfaceError,
    PostgresqlDatabase,
    __exception_wrapper__,
)

from drempelkompas.domain.catalog import LESSONS
from drempelkompas.domain.errors import (
    DatabaseRefusedError,
    NewerDatabaseError,
    NotAllowedError,
    PasswordNeededError,
    TeamDatabaseError,
)
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.storage import migrations
from drempelkompas.storage.files import APPLICATION_ID
from drempelkompas.storage.models import ALL_MODELS, Lesson, builtin_lesson_uuid, database

TEAM_SCHEMES = ("postgresql:", "postgres:")
# One row: the application id, the schema version, and a count of the transactions that changed
# something, by which every window sees that someone else changed the data.
SCHEMA_TABLE = "drempelkompas_schema"
CONNECT_TIMEOUT_S = 10
# Taken while the schema is created or migrated, so two laptops starting at once do it once.
_SCHEMA_LOCK = APPLICATION_ID


def is_team_address(target: object) -> bool:
    """Whether `target` (a --db value) names a team database rather than a file."""
    return isinstance(target, str) and target.lower().startswith(TEAM_SCHEMES)


def normal_address(address: str) -> str:
    """The address with the scheme libpq reads (postgresql://), whatever case or variant was typed."""
    scheme, _, rest = address.partition(":")
    return "postgresql://" + rest.lstrip("/") if scheme.lower() in ("postgresql", "postgres") else address


def without_password(address: str) -> tuple[str, str | None]:
    """The address without a password written in it, and that password (None when there is none)."""
    parts = urlsplit(normal_address(address))
    query = parse_qsl(parts.query, keep_blank_values=True)
    password = parts.password or next((value for key, value in query if key == "password"), None)
    netloc = parts.netloc.rpartition("@")[2]
    if parts.username is not None:
        netloc = f"{parts.netloc.rpartition('@')[0].partition(':')[0]}@{netloc}"
    kept = urlencode([(key, value) for key, value in query if key != "password"], safe="/")
    return urlunsplit(parts._replace(netloc=netloc, query=kept)), password


def shown_address(address: str) -> str:
    """The address as the app shows it: user@host:port/dbname, never a password."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        parts = conninfo_to_dict(normal_address(address))
    except Exception:  # no driver, or psycopg's ProgrammingError: shown without password, user or options
        parts = urlsplit(normal_address(address))
        return f"{parts.hostname or ''}{parts.path}"
    user = parts.get("user") or os.environ.get("PGUSER", "")
    host = parts.get("host") or os.environ.get("PGHOST", "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"{user + '@' if user else ''}{host}{port}/{parts.get('dbname', '')}"


class TeamDatabase(PostgresqlDatabase):
    """Turns a lost connection into a message for the user, and reconnects on the next change."""

    read_only = False
    path = None  # no file: no file backups, no file protection
    is_team = True

    def __init__(self, address: str, password: str | None = None):
        address = normal_address(address)
        extra = {"password": password} if password else {}
        super().__init__(
            address,
            conninfo=address,
            **extra,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="Drempelkompas",
            prefer_psycopg3=True,
        )
        self.address = shown_address(address)
        self._seen_changes = 0
        self._missed_changes = False
        self._actor: str | None = None

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if self._lost_in_transaction():
            if sql.startswith(("ROLLBACK TO SAVEPOINT", "RELEASE SAVEPOINT")):
                return None  # the server already rolled the whole transaction back
            raise self._lost_error()  # never on a new connection, outside the transaction
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except (InterfaceError, DatabaseError) as error:
            raise self._lost_if_gone(error) from None

    def begin(self, *args, **kwargs):
        if self._lost_in_transaction():
            raise self._lost_error()
        try:
            return super().begin(*args, **kwargs)
        except (InterfaceError, DatabaseError) as error:
            raise self._lost_if_gone(error) from None

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        """Many rows with one statement, with the same care as execute_sql (see `models.insert_rows`)."""
        if self._lost_in_transaction():
            raise self._lost_error()
        try:
            with __exception_wrapper__:
                self.cursor().executemany(sql, rows)
        except (InterfaceError, DatabaseError) as error:
            raise self._lost_if_gone(error) from None

    def commit(self):
        if self._lost_in_transaction():
            raise self._lost_error()
        try:
            self._count_change()
            return super().commit()
        except (InterfaceError, DatabaseError) as error:
            raise self._lost_if_gone(error) from None

    def _count_change(self) -> None:
        """Counts this transaction if it changed anything (PostgreSQL gave it a transaction id)."""
        counted = (
            super()
            .execute_sql(
                f"UPDATE {SCHEMA_TABLE} SET changes = changes + 1 "
                "WHERE txid_current_if_assigned() IS NOT NULL RETURNING changes"
            )
            .fetchone()
        )
        if counted is not None:
            if counted[0] != self._seen_changes + 1:
                self._missed_changes = True  # someone else's came in between
            self._seen_changes = counted[0]

    def changed_elsewhere(self) -> bool:
        """Whether someone else changed the data since this was last asked (or since our last change)."""
        (changes,) = self.execute_sql(f"SELECT changes FROM {SCHEMA_TABLE}").fetchone()
        changed = self._missed_changes or changes != self._seen_changes
        self._seen_changes, self._missed_changes = changes, False
        return changed

    def rollback(self):
        if self._connection_alive() and not self._lost_in_transaction():
            super().rollback()

    def pop_transaction(self):
        transaction = super().pop_transaction()
        if self.transaction_depth() == 0:
            self._state.lost = False  # the next transaction starts on a new connection
        return transaction

    def _connection_alive(self) -> bool:
        connection = self._state.conn
        return connection is not None and not connection.closed and not connection.broken

    def _lost_in_transaction(self) -> bool:
        return getattr(self._state, "lost", False)

    def _lost_if_gone(self, error: Exception) -> Exception:
        """A lost connection becomes a TeamDatabaseError; the next transaction connects again."""
        if self._connection_alive():
            return _known_refusal(error, self.address) or error
        with contextlib.suppress(Exception):  # it is gone already; closing is a courtesy
            self._state.conn.close()
        self._state.conn, self._state.closed = None, True
        self._state.lost = self.transaction_depth() > 0
        return self._lost_error()

    def _lost_error(self) -> TeamDatabaseError:
        return TeamDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The connection to the team database {address} was lost: the last change was not saved. "
                "Try again when the server can be reached.",
            ),
            address=self.address,
        )

    @property
    def actor(self) -> str:
        """The user, as the database role's comment names them ("Anna de Vries (anna)"), else the role."""
        if self._actor is None:
            role, name = (
                super()
                .execute_sql(
                    "SELECT current_user, coalesce(shobj_description(oid, 'pg_authid'), '') "
                    "FROM pg_roles WHERE rolname = current_user"
                )
                .fetchone()
            )
            self._actor = f"{name.strip()} ({role})" if name.strip() else role
        return self._actor

    def store_schema_version(self, version: int) -> None:
        self.execute_sql(f"UPDATE {SCHEMA_TABLE} SET version = %s", (version,))


# PostgreSQL's codes for a transaction given up because another one changed the same rows at once,
# and for a statement the user's role may not run.
_COLLISIONS = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_NOT_ALLOWED = "42501"  # insufficient_privilege


def _known_refusal(error: Exception, address: str) -> TeamDatabaseError | None:
    """The user's message for a refusal by the server that is no bug of ours; None for others."""
    code = getattr(error.__cause__ or error.__context__, "sqlstate", None)
    if code in _COLLISIONS:
        return TeamDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed the same records at the same moment: this change was not saved. "
                "Try again.",
            )
        )
    if code == _NOT_ALLOWED:
        return NotAllowedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your role in the team database {address} may not do this: nothing was changed. Ask its "
                "administrator.",
            ),
            address=address,
        )
    return None


def open_team_database(address: str, password: str | None = None) -> TeamDatabase:
    """Connects to the team database at `address`, creating its schema in an empty database or
    migrating an older one, and binds the models to it.

    Without `password`, libpq's own places are used (PGPASSWORD, the .pgpass file). Raises
    PasswordNeededError when the server wants a (different) password, DatabaseRefusedError for a
    database that is not ours or is newer, TeamDatabaseError when the server cannot be reached.
    """
    if importlib.util.find_spec("psycopg") is None:
        raise TeamDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The team database needs the PostgreSQL driver, which is not installed: "
                'pip install "drempelkompas[team]".',
            )
        )
    db = TeamDatabase(address, password)
    try:
        db.connect()
    except (InterfaceError, DatabaseError) as error:
        reason = _first_line(error)
        if "password" in reason:  # "no password supplied", "password authentication failed"
            raise PasswordNeededError(
                QT_TRANSLATE_NOOP("Errors", "The team database {address} asks for your password."),
                address=db.address,
            ) from None
        raise TeamDatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The team database {address} cannot be reached: {reason}"),
            address=db.address,
            reason=reason,
        ) from None
    database.initialize(db)
    try:
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            version = _schema_version(db)
            if version is None or version < migrations.SCHEMA_VERSION:
                _make_or_upgrade(db, version)
    except BaseException:
        db.close()
        raise
    db.changed_elsewhere()  # what is there now is what this window starts from
    return db


def _make_or_upgrade(db: TeamDatabase, version: int | None) -> None:
    """Makes the schema in an empty database, or upgrades an older one, if the user's role may."""
    try:
        if version is None:
            _create_schema(db)
        else:
            migrations.migrate(db, version)
            _widen_columns(db)
    except NotAllowedError:
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The team database {address} has no Drempelkompas tables of this version yet, and your "
                "role may not make them. Ask its administrator to open it once with this version of the "
                "app.",
            ),
            address=db.address,
        ) from None


def _schema_version(db: TeamDatabase) -> int | None:
    """The schema version of the database; None when it is empty. Raises for one that is not ours."""
    tables = {
        name
        for (name,) in db.execute_sql(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        )
    }
    if not tables:
        return None
    not_ours = DatabaseRefusedError(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a Drempelkompas database."), path=db.address
    )
    if SCHEMA_TABLE not in tables:
        raise not_ours
    try:
        row = db.execute_sql(f"SELECT application_id, version FROM {SCHEMA_TABLE}").fetchone()
    except NotAllowedError:
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your role in the team database {address} may not use its tables. Ask its administrator "
                "to make you a member of drempelkompas_user.",
            ),
            address=db.address,
        ) from None
    if row is None or row[0] != APPLICATION_ID:
        raise not_ours
    version = row[1]
    if version > migrations.SCHEMA_VERSION:
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of Drempelkompas; update the app to open it.",
            ),
            path=db.address,
        )
    foreign = _foreign_objects(db, tables, version)
    if foreign:
        raise DatabaseRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a Drempelkompas database as this version makes them: it has {objects} "
                "that the app does not know. It was left as it was.",
            ),
            path=db.address,
            objects=", ".join(foreign),
        )
    return version


# pg_catalog, not information_schema: that shows only what the user's role has rights on.
_TRIGGERS = (
    "SELECT DISTINCT t.tgname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
    "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal"
)


def _foreign_objects(db: TeamDatabase, tables: set[str], version: int) -> list[str]:
    """Triggers on our tables (they would run on our writes), and at this version, tables or columns
    that are missing or unknown."""
    ours = {model._meta.table_name: model for model in ALL_MODELS}
    foreign = [name for (name,) in db.execute_sql(_TRIGGERS)]
    if version < migrations.SCHEMA_VERSION:
        return sorted(foreign)
    found: dict[str, set[str]] = {}
    for table, column in db.execute_sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    ):
        found.setdefault(table, set()).add(column)
    for table, model in ours.items():
        if found.get(table) != {field.column_name for field in model._meta.sorted_fields}:
            foreign.append(table)
    foreign.extend(table for table in tables - set(ours) - {SCHEMA_TABLE} if table in found)
    return sorted(foreign)


def _create_schema(db: TeamDatabase) -> None:
    db.create_tables(ALL_MODELS)
    _widen_columns(db)
    for lesson in LESSONS:
        Lesson.create(
            uuid=builtin_lesson_uuid(lesson.key),
            catalog_key=lesson.key,
            preconditions=",".join(lesson.preconditions),
        )
    db.execute_sql(
        f"CREATE TABLE {SCHEMA_TABLE} "
        "(application_id INTEGER NOT NULL, version INTEGER NOT NULL, changes BIGINT NOT NULL DEFAULT 0)"
    )
    db.execute_sql(f"INSERT INTO {SCHEMA_TABLE} VALUES (%s, %s)", (APPLICATION_ID, migrations.SCHEMA_VERSION))
    _keep_schema_table_to_its_owner(db)


def _keep_schema_table_to_its_owner(db: TeamDatabase) -> None:
    """Users count their changes in the schema table, and may change nothing else there (its version,
    its identity): the rights an administrator gave them on every new table are narrowed for this one."""
    grantees = db.execute_sql(
        "SELECT DISTINCT a.grantee::regrole::text FROM pg_catalog.pg_class c, aclexplode(c.relacl) a "
        "WHERE c.oid = %s::regclass AND a.grantee <> c.relowner AND a.grantee <> 0",
        (SCHEMA_TABLE,),
    ).fetchall()
    for (role,) in grantees:  # regrole's text is the role's name, quoted where it needs to be
        db.execute_sql(f"REVOKE ALL ON {SCHEMA_TABLE} FROM {role}")
        db.execute_sql(f"GRANT SELECT, UPDATE (changes) ON {SCHEMA_TABLE} TO {role}")


def _widen_columns(db: TeamDatabase) -> None:
    """Texts without a length limit and amounts as 64-bit numbers, as SQLite keeps them.

    peewee declares a CharField VARCHAR(255) and an IntegerField a 32-bit INTEGER, which SQLite
    ignores but PostgreSQL enforces; the app's own limits (services/validation.py) are larger.
    """
    kinds = {"character varying": CharField, "integer": IntegerField}
    found = db.execute_sql(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema()"
    ).fetchall()
    declared = {(table, column): kind for table, column, kind in found}
    for model in ALL_MODELS:
        table = model._meta.table_name
        for field in model._meta.sorted_fields:
            if isinstance(field, ForeignKeyField) or field.primary_key:
                continue
            kind = declared.get((table, field.column_name))
            if kind in kinds and isinstance(field, kinds[kind]):
                wider = "TEXT" if kind == "character varying" else "BIGINT"
                db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{field.column_name}" TYPE {wider}')


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
