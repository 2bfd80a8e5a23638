"""Use cases for collaborations and their partners."""

import unicodedata
from dataclasses import dataclass

from peewee import fn

from drempelkompas.domain.enums import PartnerRole, Phase, Precondition, Sector, Status
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import validation as v
from drempelkompas.storage.models import Barrier, Collaboration, Partner, database, utc_now


@dataclass(frozen=True)
class PartnerView:
    id: int
    name: str
    sector: Sector
    role: PartnerRole


@dataclass(frozen=True)
class CollaborationView:
    id: int
    uuid: str
    name: str
    ambition: str
    phase: Phase
    notes: str
    archived: bool
    partners: tuple[PartnerView, ...]


@dataclass(frozen=True)
class CollaborationSummary:
    id: int
    name: str
    archived: bool
    open_counts: dict[Precondition, int]  # open or in progress, per precondition


def create_collaboration(
    name: str, ambition: str = "", phase: Phase | str = Phase.EXPLORING, notes: str = ""
) -> int:
    name = v.clean_line(name, v.NAME)
    fields = dict(
        ambition=v.clean_text(ambition, v.AMBITION),
        phase=v.enum_value(Phase, phase, v.PHASE),
        notes=v.clean_text(notes, v.NOTES),
    )
    with database.atomic():
        _ensure_unique_name(name)
        return Collaboration.create(name=name, **fields).id


def update_collaboration(collaboration_id: int, **changes) -> None:
    """Changes any of name, ambition, phase and notes."""
    cleaners = {
        "name": lambda value: v.clean_line(value, v.NAME),
        "ambition": lambda value: v.clean_text(value, v.AMBITION),
        "phase": lambda value: v.enum_value(Phase, value, v.PHASE),
        "notes": lambda value: v.clean_text(value, v.NOTES),
    }
    cleaned = {field: cleaners[field](value) for field, value in changes.items()}
    with database.atomic():
        collaboration = get_record(collaboration_id)
        if "name" in cleaned:
            _ensure_unique_name(cleaned["name"], exclude_id=collaboration_id)
        for field, value in cleaned.items():
            setattr(collaboration, field, value)
        collaboration.updated_at = utc_now()
        collaboration.save()


def set_archived(collaboration_id: int, archived: bool) -> None:
    with database.atomic():
        collaboration = get_record(collaboration_id)
        collaboration.archived = bool(archived)
        collaboration.updated_at = utc_now()
        collaboration.save()


def add_partner(collaboration_id: int, name: str, sector: Sector | str, role: PartnerRole | str) -> int:
    name = v.clean_line(name, v.PARTNER)
    sector = v.enum_value(Sector, sector, v.SECTOR)
    role = v.enum_value(PartnerRole, role, v.ROLE)
    with database.atomic():
        collaboration = get_record(collaboration_id)
        position = Partner.select().where(Partner.collaboration == collaboration).count()
        return Partner.create(
            collaboration=collaboration, name=name, sector=sector, role=role, position=position
        ).id


def remove_partner(partner_id: int) -> None:
    with database.atomic():
        Partner.delete().where(Partner.id == partner_id).execute()


def get_collaboration(collaboration_id: int) -> CollaborationView:
    collaboration = get_record(collaboration_id)
    partners = tuple(
        PartnerView(p.id, p.name, Sector(p.sector), PartnerRole(p.role))
        for p in collaboration.partners.order_by(Partner.position, Partner.id)
    )
    return CollaborationView(
        id=collaboration.id,
        uuid=str(collaboration.uuid),
        name=collaboration.name,
        ambition=collaboration.ambition,
        phase=Phase(collaboration.phase),
        notes=collaboration.notes,
        archived=collaboration.archived,
        partners=partners,
    )


def find_collaboration(name: str) -> int | None:
    """The id of the collaboration with this name, ignoring case (also of letters such as É)."""
    wanted = name.strip().casefold()
    for collaboration_id, existing in Collaboration.select(Collaboration.id, Collaboration.name).tuples():
        if existing.casefold() == wanted:
            return collaboration_id
    return None


def list_collaborations(include_archived: bool = False) -> list[CollaborationSummary]:
    query = Collaboration.select()
    if not include_archived:
        query = query.where(Collaboration.archived == False)  # noqa: E712 - peewee expression
    counts: dict[int, dict[Precondition, int]] = {}
    open_rows = (
        Barrier.select(Barrier.collaboration, Barrier.precondition, fn.COUNT(Barrier.id))
        .where(Barrier.deleted_at.is_null(), Barrier.status != Status.OVERCOME)
        .group_by(Barrier.collaboration, Barrier.precondition)
        .tuples()
    )
    for collaboration_id, precondition, count in open_rows:
        counts.setdefault(collaboration_id, {})[Precondition(precondition)] = count
    summaries = [
        CollaborationSummary(
            id=c.id,
            name=c.name,
            archived=c.archived,
            open_counts={p: counts.get(c.id, {}).get(p, 0) for p in Precondition},
        )
        for c in query
    ]
    return sorted(summaries, key=lambda summary: sort_key(summary.name))


def sort_key(name: str) -> str:
    """Sorts names as a reader expects: "Één" with the E's, "Ĳssel" with the I's."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def get_record(collaboration_id: int) -> Collaboration:
    """The stored collaboration, for other services; raises NotFoundError."""
    collaboration = Collaboration.get_or_none(Collaboration.id == collaboration_id)
    if collaboration is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This collaboration no longer exists."))
    return collaboration


def _ensure_unique_name(name: str, exclude_id: int | None = None) -> None:
    existing = find_collaboration(name)
    if existing is not None and existing != exclude_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A collaboration named {name} already exists."), name=name
        )
