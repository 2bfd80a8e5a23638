"""Use cases for the commitment matrix: per partner and level, who commits and how far it has come."""

from dataclasses import dataclass
from datetime import date

from drempelkompas.domain import commitment
from drempelkompas.domain.commitment import Gap
from drempelkompas.domain.enums import CommitmentState, Level, Phase
from drempelkompas.domain.errors import EditConflictError, NotFoundError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import validation as v
from drempelkompas.services.collaborations import get_record
from drempelkompas.services.concurrent_edits import edited_fields, locked, outdated_fields
from drempelkompas.services.partners import partner_facts, partner_record
from drempelkompas.storage.models import Commitment, Partner, commitment_uuid, database, utc_now

# The day each state was reached is kept in its own field.
_DAY_FIELDS = {
    CommitmentState.ASKED: "asked_on",
    CommitmentState.COMMITTED: "committed_on",
    CommitmentState.WITHDRAWN: "withdrawn_on",
}


@dataclass(frozen=True)
class CommitmentView:
    partner_uuid: str
    partner: str
    level: Level
    person: str = ""
    state: CommitmentState = CommitmentState.NOT_ASKED
    asked_on: date | None = None
    committed_on: date | None = None
    withdrawn_on: date | None = None
    note: str = ""

    @property
    def since(self) -> date | None:
        """The day the current state was reached."""
        field = _DAY_FIELDS.get(self.state)
        return getattr(self, field) if field else None


def matrix(collaboration_id: int) -> list[CommitmentView]:
    """Every partner at every level, in the partners' order; a cell nobody filled in is not asked."""
    partners = partner_facts(collaboration_id)
    stored = {}
    for row in _cells(collaboration_id, *_VIEW_COLUMNS).tuples():  # tuples: a large matrix reads fast
        partner_uuid, level, person, state, asked_on, committed_on, withdrawn_on, note = row
        stored[(str(partner_uuid), level)] = (
            person, CommitmentState(state), asked_on, committed_on, withdrawn_on, note
        )  # fmt: skip
    cells = []
    for partner in partners:
        for level in Level:
            found = stored.get((partner.uuid, level.value))
            cells.append(CommitmentView(partner.uuid, partner.name, level, *found) if found
                         else CommitmentView(partner.uuid, partner.name, level))  # fmt: skip
    return cells


def states(collaboration_id: int) -> dict[tuple[str, Level], CommitmentState]:
    """Each filled-in cell's state (an empty one is not asked)."""
    rows = _cells(collaboration_id, Partner.uuid, Commitment.level, Commitment.state).tuples()
    return {(str(partner), Level(level)): CommitmentState(state) for partner, level, state in rows}


_VIEW_COLUMNS = (
    Partner.uuid, Commitment.level, Commitment.person, Commitment.state, Commitment.asked_on,
    Commitment.committed_on, Commitment.withdrawn_on, Commitment.note,
)  # fmt: skip


def _cells(collaboration_id: int, *columns):
    return Commitment.select(*columns).join(Partner).where(Partner.collaboration == collaboration_id)


def gaps(collaboration_id: int, phase: Phase | None = None) -> list[Gap]:
    """What the collaboration's phase (or `phase`) asks for and is not committed."""
    phase = Phase(get_record(collaboration_id).phase) if phase is None else phase
    return commitment.gaps(phase, partner_facts(collaboration_id), states(collaboration_id))


def set_commitment(
    collaboration_id: int,
    partner_uuid: str,
    level: Level | str,
    state: CommitmentState | str | None = None,
    person: str | None = None,
    on: date | None = None,
    note: str | None = None,
    started_from: CommitmentView | None = None,
) -> CommitmentView:
    """Changes a cell of the matrix; returns it as it was before (for undo).

    A new state is dated `on` (default today); the days of earlier states are kept. `started_from`
    is the cell as the editor showed it: when someone else has since changed what this edit
    changes, to something else, nothing is saved (EditConflictError).
    """
    level = v.enum_value(Level, level, v.LEVEL)
    state = None if state is None else v.enum_value(CommitmentState, state, v.STATE)
    person = None if person is None else v.clean_optional_line(person, v.PERSON)
    note = None if note is None else v.clean_text(note, v.NOTE)
    on = v.clean_due_date(on)
    with database.atomic():
        partner = _locked_partner(collaboration_id, partner_uuid)
        record = _record(partner, level)
        before = _view(record, partner.name)
        if started_from is not None:
            asked = {"person": person, "note": note, "state": state, "since": on}
            _refuse_an_outdated_edit(before, started_from, edited_fields(started_from, asked))
        if person is not None:
            record.person = person
        if note is not None:
            record.note = note
        if state is not None and (state is not before.state or on is not None):
            record.state = state
            if state in _DAY_FIELDS:
                setattr(record, _DAY_FIELDS[state], on or date.today())
        record.updated_at = utc_now()
        record.save()
        return before


_CELL_FIELDS = ("person", "state", "asked_on", "committed_on", "withdrawn_on", "note")


def restore_commitment(
    collaboration_id: int, view: CommitmentView, started_from: CommitmentView | None = None
) -> None:
    """Puts a cell back exactly as `view` shows it (undo); refused like `set_commitment` when
    someone else changed it since it was `started_from`."""
    with database.atomic():
        partner = _locked_partner(collaboration_id, view.partner_uuid)
        record = _record(partner, view.level)
        if started_from is not None:
            undone = {
                f: getattr(view, f) for f in _CELL_FIELDS if getattr(view, f) != getattr(started_from, f)
            }
            _refuse_an_outdated_edit(_view(record, partner.name), started_from, undone)
        for field in _CELL_FIELDS:
            setattr(record, field, getattr(view, field))
        record.updated_at = utc_now()
        record.save()


def _locked_partner(collaboration_id: int, partner_uuid: str) -> Partner:
    """The partner, locked: two people changing its cells go one after the other, and a new cell
    is made once."""
    partner = locked(Partner.select().where(Partner.id == partner_record(collaboration_id, partner_uuid).id))
    if partner is None:  # removed in the meantime
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "This partner is no longer part of the collaboration.")
        )
    return partner


def _refuse_an_outdated_edit(stored: CommitmentView, shown: CommitmentView, changes: dict) -> None:
    shown_fields = {field: getattr(shown, field) for field in changes}
    if outdated_fields(stored, shown_fields, changes):
        raise EditConflictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this commitment while you were editing it, in the same fields: "
                "nothing was saved.",
            )
        )


def _record(partner: Partner, level: Level) -> Commitment:
    found = Commitment.get_or_none(Commitment.partner == partner, Commitment.level == level)
    if found is None:
        found = Commitment(partner=partner, level=level, uuid=commitment_uuid(str(partner.uuid), level))
    return found


def _view(record: Commitment, partner_name: str) -> CommitmentView:
    return CommitmentView(
        partner_uuid=str(record.partner.uuid),
        partner=partner_name,
        level=Level(record.level),
        person=record.person,
        state=CommitmentState(record.state),
        asked_on=record.asked_on,
        committed_on=record.committed_on,
        withdrawn_on=record.withdrawn_on,
        note=record.note,
    )
