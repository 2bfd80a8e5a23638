"""Two people on one team database: a record locked while it is changed, and an edit made on an
outdated copy found before it overwrites someone else's."""

from drempelkompas.storage.models import database


def locked(query):
    """The query's first row, or None. On a team database the row stays locked until the
    transaction ends, so two people's changes are made one after the other and neither writes the
    other's fields back (a file has one writer at a time anyway)."""
    return (query.for_update() if database.obj.for_update else query).first()


def outdated_fields(stored, shown: dict, changes: dict) -> list[str]:
    """The fields of `changes` that someone else changed, to another value than this edit's, since
    the editor showed them as `shown`. `stored` (the record as it is now) is read by attribute."""
    return [
        field
        for field, new in changes.items()
        if field in shown and getattr(stored, field) != shown[field] and getattr(stored, field) != new
    ]


def edited_fields(shown, proposed: dict) -> dict:
    """The fields of `proposed` the user changed from what the editor showed (None: not given)."""
    return {field: new for field, new in proposed.items() if new is not None and new != getattr(shown, field)}
