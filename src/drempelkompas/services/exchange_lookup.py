"""Reading many records by UUID at once, for an import: a file may hold thousands.

Plain SQL in batches: peewee would build each statement value by value.
"""

from drempelkompas.storage.models import ExchangeBase, database, stored_uuid, uuid_text

_BATCH = 500  # SQLite allows a limited number of variables per statement


def uuid_batches(uuids: list[str]):
    """The UUIDs as a UUIDField stores them, in batches for `IN (...)`, with the batch's marks."""
    for start in range(0, len(uuids), _BATCH):
        batch = [stored_uuid(u) for u in uuids[start : start + _BATCH]]  # canonical, as checked
        yield batch, ", ".join([database.param] * len(batch))


def uuids_stored(model, owner_model, uuids: list[str]) -> list[tuple[str, str | None]]:
    """(UUID, its owner's UUID) of the stored records of `model` among `uuids`.

    Plain SQL: peewee would build the statement value by value, and a file holds thousands.
    """
    table = model._meta.table_name
    found = []
    for batch, marks in uuid_batches(uuids):
        if owner_model is None:
            sql = f'SELECT t.uuid, NULL FROM "{table}" t WHERE t.uuid IN ({marks})'
        else:
            link = next(f for f in model._meta.refs if f.rel_model is owner_model)
            sql = (
                f'SELECT t.uuid, o.uuid FROM "{table}" t JOIN "{owner_model._meta.table_name}" o '
                f'ON o.id = t."{link.column_name}" WHERE t.uuid IN ({marks})'
            )
        for record, owner in database.execute_sql(sql, batch).fetchall():
            found.append((uuid_text(record), uuid_text(owner) if owner else None))
    return found


def ids_by_uuid(model, uuids: list[str]) -> dict[str, int]:
    """The local ids of the stored records of `model` with these UUIDs, by UUID text."""
    table, found = model._meta.table_name, {}
    for batch, marks in uuid_batches(uuids):
        rows = database.execute_sql(f'SELECT uuid, id FROM "{table}" WHERE uuid IN ({marks})', batch)
        found.update((uuid_text(record), record_id) for record, record_id in rows)
    return found


def existing(model, uuids: list[str]) -> dict:
    """The stored records of `model` with these UUIDs, by UUID text."""
    found = {}
    table = model._meta.table_name
    for batch, marks in uuid_batches(uuids):
        rows = model.raw(f'SELECT * FROM "{table}" WHERE uuid IN ({marks})', *batch)
        found.update({str(row.uuid): row for row in rows})
    return found


def bases(uuids: list[str]) -> dict[str, ExchangeBase]:
    """The merge bases of these records (digest, and a barrier's position), by UUID text."""
    found, table = {}, ExchangeBase._meta.table_name
    for batch, marks in uuid_batches(uuids):
        rows = ExchangeBase.raw(f'SELECT * FROM "{table}" WHERE record_uuid IN ({marks})', *batch)
        found.update({str(row.record_uuid): row for row in rows})
    return found
