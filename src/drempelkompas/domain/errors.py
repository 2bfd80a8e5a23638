"""Errors a user can cause, each carrying an English message template to be translated when shown."""


class DrempelError(Exception):
    """A problem to tell the user about in one line.

    `template` is an English source string marked with QT_TRANSLATE_NOOP("Errors", ...);
    `params` fill its `{name}` placeholders after translation (see `i18n.error_text`).
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


class FieldName(str):
    """A field's English name used in a message; translated in context "Field" when shown."""


class ValidationError(DrempelError):
    """Input that breaks a rule: nothing was changed."""


class NotFoundError(DrempelError):
    """A record that does not exist (any more)."""


class DatabaseRefusedError(DrempelError):
    """A file that cannot be opened as a Drempelkompas database; it was left untouched."""


class DamagedDatabaseError(DatabaseRefusedError):
    """A Drempelkompas database that fails SQLite's check: what is left of it may be salvaged."""


class NewerDatabaseError(DatabaseRefusedError):
    """A database written by a newer version of the app: not damaged, just not for us."""


class ReadOnlyDatabaseError(DrempelError):
    """A change to a database on a read-only medium or in a read-only folder."""


class WriteFailedError(DrempelError):
    """A change or a file that could not be written (a full disk, a failing disk); nothing was changed."""


class TeamDatabaseError(DrempelError):
    """A team database that cannot be reached, or a connection lost: nothing uncommitted was kept."""


class PasswordNeededError(TeamDatabaseError):
    """A team database that asks for a password, or refused the one given."""


class NotAllowedError(TeamDatabaseError):
    """Something the user's role in the team database may not do; nothing was changed."""


class EditConflictError(DrempelError):
    """An edit made on an outdated copy: someone else changed the same fields since; nothing was saved."""


class CancelledError(DrempelError):
    """Long work the user stopped before it was done; it changed nothing."""
