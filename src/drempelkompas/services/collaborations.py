"""Use cases for collaborations and their partners."""

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import fn

from drempelkompas.domain.enums import PartnerRole, Phase, Precondition, Sector, Status
from drempelkompas.domain.errors import EditConflictError, NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import validation as v
from drempelkompas.services.concurrent_edits import locked, outdated_fields
from drempelkompas.storage.models import (
    Barrier,
    Collaboration,
    Commitment,
    Contribution,
    Partner,
    ScanResponse,
    database,
    utc_now,
)


@dataclass(frozen=True)
class PartnerView:
    name: str
    sector: Sector
    role: PartnerRole
    uuid: str = ""  # empty for a partner still to be added


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
    uuid: str
    name: str
    archived: bool
    open_counts: dict[Precondition, int]  # open or in progress, per precondition

    @property
    def open_total(self) -> int:
        return sum(self.open_counts.values())


def create_collaboration(
    name: str,
    ambition: str = "",
    phase: Phase | str = Phase.EXPLORING,
    notes: str = "",
    partners: Iterable[PartnerView] = (),
) -> int:
    fields = _clean_fields(name=name, ambition=ambition, phase=phase, notes=notes)
    cleaned_partners = [_clean_partner(p) for p in partners]
    with database.atomic():
        _ensure_unique_name(fields["name"])
        collaboration = Collaboration.create(**fields)
        replace_partners(collaboration.id, cleaned_partners)
        return collaboration.id


def update_collaboration(
    collaboration_id: int,
    partners: Iterable[PartnerView] | None = None,
    started_from: CollaborationView | None = None,
    **changes,
) -> None:
    """Changes any of name, ambition, phase and notes, and replaces the partners if given.

    `started_from` is the collaboration as the editor showed it: when someone else has since
    changed one of the fields (or the partners) this edit changes, to something else, nothing is
    saved (EditConflictError). Their changes to other fields stay.
    """
    cleaned = _clean_fields(**changes)
    new_partners = None if partners is None else [_clean_partner(p) for p in partners]
    with database.atomic():
        collaboration = locked_record(collaboration_id)
        if started_from is not None:
            _refuse_an_outdated_edit(collaboration, started_from, cleaned, new_partners)
        if "name" in cleaned:
            _ensure_unique_name(cleaned["name"], exclude_id=collaboration_id)
        for field, value in cleaned.items():
            setattr(collaboration, field, value)
        if new_partners is not None:
            replace_partners(collaboration_id, new_partners)
        collaboration.updated_at = utc_now()
        collaboration.save()


def set_archived(collaboration_id: int, archived: bool) -> None:
    with database.atomic():
        collaboration = get_record(collaboration_id)
        collaboration.archived = bool(archived)
        collaboration.updated_at = utc_now()
        collaboration.save()


def add_partner(collaboration_id: int, name: str, sector: Sector | str, role: PartnerRole | str) -> None:
    partner = _clean_partner(PartnerView(name, sector, role))
    with database.atomic():
        collaboration = get_record(collaboration_id)
        position = Partner.select().where(Partner.collaboration == collaboration).count()
        Partner.create(collaboration=collaboration, position=position, **partner)


def delete_collaboration(collaboration_id: int) -> None:
    """Removes a collaboration with its barriers from every list; `restore_collaboration` undoes it."""
    with database.atomic():
        collaboration = get_record(collaboration_id)
        collaboration.deleted_at = utc_now()
        collaboration.save()


def restore_collaboration(collaboration_id: int) -> None:
    """Brings a deleted collaboration back; if its name was taken meanwhile, it gets a number."""
    with database.atomic():
        collaboration = Collaboration.get_or_none(
            Collaboration.id == collaboration_id, Collaboration.deleted_at.is_null(False)
        )
        if collaboration is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This collaboration no longer exists."))
        collaboration.name = free_name(collaboration.name)
        collaboration.deleted_at = None
        collaboration.save()


def free_name(name: str, exclude_id: int | None = None, index: dict[str, object] | None = None) -> str:
    """The name, or with a number added ("Naam (2)") when another collaboration already has it.

    `index` stands in for `name_index()`: an import keeps its own, as it adds collaborations.
    """
    taken = {key for key, cid in (name_index() if index is None else index).items() if cid != exclude_id}
    candidate, number = name, 1
    while v.name_key(candidate) in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def replace_partners(collaboration_id: int, partners: Iterable[dict], keep_referenced: bool = False) -> None:
    """The collaboration's partners become `partners` (Partner fields), in this order.

    A partner with a "uuid" of one of the collaboration's partners is that partner, changed in
    place: its commitments, contributions and scan answers stay with it. A partner left out that
    has any of those is refused (ValidationError), or with `keep_referenced` (an import) kept,
    after the others, so nothing recorded about it is lost.
    """
    existing = {str(p.uuid): p for p in Partner.select().where(Partner.collaboration == collaboration_id)}
    wanted = [dict(partner) for partner in partners]
    given = {partner.get("uuid") for partner in wanted}
    for gone in [p for key, p in existing.items() if key not in given]:
        if not _has_method_records(gone):
            gone.delete_instance()
        elif keep_referenced:
            wanted.append(
                {"uuid": str(gone.uuid), "name": gone.name, "sector": gone.sector, "role": gone.role}
            )
        else:
            raise _not_removable(gone)
    for position, partner in enumerate(wanted):
        known = existing.get(partner.get("uuid") or "")
        if known is None:
            Partner.create(collaboration=collaboration_id, position=position, **partner)
        else:
            fields = {key: partner[key] for key in ("name", "sector", "role")} | {"position": position}
            if any(getattr(known, key) != value for key, value in fields.items()):
                Partner.update(**fields).where(Partner.id == known.id).execute()


def ensure_partner_removable(collaboration_id: int, partner_uuid: str) -> None:
    """Refuses (ValidationError) when the partner has commitments, contributions or scan answers,
    so the editor says so when the partner is taken off, not only when it is saved."""
    for partner in Partner.select().where(Partner.collaboration == collaboration_id):
        if str(partner.uuid) == partner_uuid and _has_method_records(partner):
            raise _not_removable(partner)


def _not_removable(partner: Partner) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{partner} has commitments, contributions or scan answers; remove those before the partner.",
        ),
        partner=partner.name,
    )


def _has_method_records(partner: Partner) -> bool:
    return (
        Commitment.select().where(Commitment.partner == partner).exists()
        or Contribution.select()
        .where(Contribution.partner == partner, Contribution.deleted_at.is_null())
        .exists()
        or ScanResponse.select()
        .where(ScanResponse.partner == partner, ScanResponse.deleted_at.is_null())
        .exists()
    )


def get_collaboration(collaboration_id: int) -> CollaborationView:
    collaboration = get_record(collaboration_id)
    partners = _partner_views(collaboration_id)
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


def _partner_views(collaboration_id: int) -> tuple[PartnerView, ...]:
    partners = Partner.select().where(Partner.collaboration == collaboration_id)
    return tuple(
        PartnerView(p.name, Sector(p.sector), PartnerRole(p.role), str(p.uuid))
        for p in partners.order_by(Partner.position, Partner.id)
    )


def name_index() -> dict[str, int]:
    """Every live collaboration's id by its name's key (see `validation.name_key`)."""
    return {
        v.name_key(name): cid for cid, name in _live().select(Collaboration.id, Collaboration.name).tuples()
    }


def find_collaboration(name: str) -> int | None:
    """The id of the collaboration with this name, ignoring case (also of letters such as É) and
    the Unicode form in which the name was typed."""
    return name_index().get(v.name_key(name))


def find_loosely(name: str) -> int | None:
    """The one collaboration whose name reads the same without accents, ligatures or case
    ("energiecooperatie" for "Energiecoöperatie", "IJssel" for "Ĳssel"); None if none or several."""
    wanted = sort_key(name.strip())
    found = [
        cid
        for cid, other in _live().select(Collaboration.id, Collaboration.name).tuples()
        if sort_key(other) == wanted
    ]
    return found[0] if len(found) == 1 else None


def find_by_uuid(text: str) -> int | None:
    """The id of the (not deleted) collaboration with this UUID, if there is one."""
    try:
        wanted = uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return None
    found = _live().where(Collaboration.uuid == wanted).first()
    return found.id if found else None


def any_collaborations() -> bool:
    """Whether there is any collaboration at all, archived ones included."""
    return _live().exists()


def list_collaborations(include_archived: bool = False) -> list[CollaborationSummary]:
    query = _live()
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
    rows = query.select(
        Collaboration.id, Collaboration.uuid, Collaboration.name, Collaboration.archived
    ).tuples()
    summaries = [
        CollaborationSummary(
            id=collaboration_id,
            uuid=str(uuid_value),
            name=name,
            archived=archived,
            open_counts={p: counts.get(collaboration_id, {}).get(p, 0) for p in Precondition},
        )
        for collaboration_id, uuid_value, name, archived in rows
    ]
    return sorted(summaries, key=lambda summary: sort_key(summary.name))


def sort_key(name: str) -> str:
    """Sorts names as a reader expects: "Één" with the E's, "Ĳssel" with the I's."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def locked_record(collaboration_id: int) -> Collaboration:
    """The collaboration for a change, locked (`concurrent_edits.locked`): on a team database two
    people's changes to it, or to what it holds, are made one after the other."""
    collaboration = locked(_live().where(Collaboration.id == collaboration_id))
    if collaboration is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This collaboration no longer exists."))
    return collaboration


def _refuse_an_outdated_edit(
    collaboration: Collaboration, shown: CollaborationView, changes: dict, partners: list | None
) -> None:
    outdated = outdated_fields(collaboration, vars(shown), changes)
    if partners is not None and _partner_views(collaboration.id) != shown.partners:
        outdated.append("partners")
    if outdated:
        raise EditConflictError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this collaboration while you were editing it, in the same fields: "
                "nothing was saved. Open it again to see their changes.",
            )
        )


def get_record(collaboration_id: int) -> Collaboration:
    """The stored collaboration, for other services; raises NotFoundError."""
    collaboration = _live().where(Collaboration.id == collaboration_id).first()
    if collaboration is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This collaboration no longer exists."))
    return collaboration


def _live():
    return Collaboration.select().where(Collaboration.deleted_at.is_null())


_CLEANERS = {
    "name": lambda value: v.clean_line(value, v.NAME),
    "ambition": lambda value: v.clean_text(value, v.AMBITION),
    "phase": lambda value: v.enum_value(Phase, value, v.PHASE),
    "notes": lambda value: v.clean_text(value, v.NOTES),
}


def _clean_fields(**changes) -> dict:
    return {field: _CLEANERS[field](value) for field, value in changes.items()}


def _clean_partner(partner: PartnerView) -> dict:
    cleaned = {
        "name": v.clean_line(partner.name, v.PARTNER),
        "sector": v.enum_value(Sector, partner.sector, v.SECTOR),
        "role": v.enum_value(PartnerRole, partner.role, v.ROLE),
    }
    return cleaned | ({"uuid": partner.uuid} if partner.uuid else {})


def _ensure_unique_name(name: str, exclude_id: int | None = None) -> None:
    existing = find_collaboration(name)
    if existing is not None and existing != exclude_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A collaboration named {name} already exists."), name=name
        )
