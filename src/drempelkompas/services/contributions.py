"""Use cases for the in-kind ledger ("gesloten beurzen"): what each partner brings in, and the sums."""

from dataclasses import dataclass
from datetime import date

from drempelkompas.domain import ledger
from drempelkompas.domain.commitment import PartnerFacts
from drempelkompas.domain.enums import ContributionKind, ContributionState, Sector
from drempelkompas.domain.errors import EditConflictError, NotFoundError, ValidationError
from drempelkompas.domain.ledger import ContributionFacts, Spread, Totals
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services import validation as v
from drempelkompas.services.concurrent_edits import locked, outdated_fields
from drempelkompas.services.partners import partner_facts, partner_record
from drempelkompas.storage.models import Contribution, Partner, database, utc_now


@dataclass(frozen=True)
class ContributionView:
    id: int
    uuid: str
    partner_uuid: str
    partner: str
    kind: ContributionKind
    description: str
    state: ContributionState
    starts_on: date | None
    ends_on: date | None
    value: int | None

    @property
    def facts(self) -> ContributionFacts:
        return ContributionFacts(self.partner_uuid, self.kind, self.state, self.value, self.ends_on)


@dataclass(frozen=True)
class LedgerSummary:
    partners: tuple[PartnerFacts, ...]
    per_partner: dict[str, Totals]  # by partner UUID
    per_sector: dict[Sector, Totals]
    spread: Spread

    @property
    def total(self) -> Totals:
        whole = Totals()
        for totals in self.per_partner.values():
            for kind, count in totals.counts.items():
                whole.counts[kind] = whole.counts.get(kind, 0) + count
            whole.pledged += totals.pledged
            whole.delivered += totals.delivered
        return whole


_FIELDS = ("kind", "description", "state", "starts_on", "ends_on", "value")


def add_contribution(
    collaboration_id: int,
    partner_uuid: str,
    kind: ContributionKind | str,
    description: str = "",
    state: ContributionState | str = ContributionState.PLEDGED,
    starts_on: date | None = None,
    ends_on: date | None = None,
    value: int | None = None,
) -> int:
    fields = _clean(
        kind=kind, description=description, state=state, starts_on=starts_on, ends_on=ends_on, value=value
    )
    with database.atomic():
        partner = partner_record(collaboration_id, partner_uuid)
        return Contribution.create(partner=partner, **fields).id


def update_contribution(
    contribution_id: int, partner_uuid: str | None = None, started_from: dict | None = None, **changes
) -> None:
    """Changes any of kind, description, state, starts_on, ends_on and value, or the partner.

    `started_from` holds what the editor showed of each field it changes ("partner_uuid" too): when
    someone else has since given one of them another value than this edit does, nothing is saved
    (EditConflictError). Their changes to other fields stay.
    """
    with database.atomic():
        record = _get(contribution_id)
        fields = _clean(**({key: getattr(record, key) for key in _FIELDS} | changes))
        if started_from:
            new = {key: fields[key] for key in changes} | (
                {"partner_uuid": partner_uuid} if partner_uuid else {}
            )
            if outdated_fields(_view(record), started_from, new):
                raise EditConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Someone else changed this contribution while you were editing it, in the same "
                        "fields: nothing was saved.",
                    )
                )
        if partner_uuid is not None:
            fields["partner"] = partner_record(record.partner.collaboration_id, partner_uuid)
        for key, value in fields.items():
            setattr(record, key, value)
        record.updated_at = utc_now()
        record.save()


def delete_contribution(contribution_id: int) -> None:
    """Removes it from the ledger; `restore_contribution` undoes that."""
    with database.atomic():
        record = _get(contribution_id)
        record.deleted_at = record.updated_at = utc_now()
        record.save()


def restore_contribution(contribution_id: int) -> None:
    with database.atomic():
        record = Contribution.get_or_none(Contribution.id == contribution_id)
        if record is None:
            raise _gone()
        record.deleted_at = None
        record.updated_at = utc_now()
        record.save()


def get_contribution(contribution_id: int) -> ContributionView:
    record = Contribution.get_or_none(Contribution.id == contribution_id, Contribution.deleted_at.is_null())
    if record is None:
        raise _gone()
    return _view(record)


_LEDGER_COLUMNS = (
    Contribution.id, Contribution.uuid, Partner.uuid, Partner.name, Contribution.kind,
    Contribution.description, Contribution.state, Contribution.starts_on, Contribution.ends_on,
    Contribution.value,
)  # fmt: skip


def contributions(collaboration_id: int) -> list[ContributionView]:
    """The collaboration's ledger: partner by partner in their order, oldest first."""
    query = (
        Contribution.select(*_LEDGER_COLUMNS)
        .join(Partner)
        .where(Partner.collaboration == collaboration_id, Contribution.deleted_at.is_null())
        .order_by(Partner.position, Partner.id, Contribution.id)
        .tuples()  # a ledger of hundreds of lines reads fast
    )
    return [
        ContributionView(
            id=row[0],
            uuid=str(row[1]),
            partner_uuid=str(row[2]),
            partner=row[3],
            kind=ContributionKind(row[4]),
            description=row[5],
            state=ContributionState(row[6]),
            starts_on=row[7],
            ends_on=row[8],
            value=row[9],
        )
        for row in query
    ]


def ledger_rows(collaboration_id: int) -> list[dict]:
    """The ledger as plain values, for a file: one dict per contribution."""
    sectors = {p.uuid: p.sector.value for p in partner_facts(collaboration_id)}
    return [
        {
            "partner": c.partner,
            "sector": sectors[c.partner_uuid],
            "kind": c.kind.value,
            "description": c.description,
            "state": c.state.value,
            "starts_on": c.starts_on.isoformat() if c.starts_on else None,
            "ends_on": c.ends_on.isoformat() if c.ends_on else None,
            "value": c.value,
        }
        for c in contributions(collaboration_id)
    ]


def summary(collaboration_id: int) -> LedgerSummary:
    partners = partner_facts(collaboration_id)
    facts = tuple(c.facts for c in contributions(collaboration_id))
    return LedgerSummary(
        partners,
        ledger.per_partner(partners, facts),
        ledger.per_sector(partners, facts),
        ledger.spread(partners, facts),
    )


def _clean(**fields) -> dict:
    cleaned = {
        "kind": v.enum_value(ContributionKind, fields["kind"], v.KIND),
        "description": v.clean_text(fields["description"], v.DESCRIPTION),
        "state": v.enum_value(ContributionState, fields["state"], v.STATE),
        "starts_on": v.clean_due_date(fields["starts_on"]),
        "ends_on": v.clean_due_date(fields["ends_on"]),
        "value": v.clean_value(fields["value"]),
    }
    if cleaned["starts_on"] and cleaned["ends_on"] and cleaned["ends_on"] < cleaned["starts_on"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A period cannot end before it starts."))
    return cleaned


def _get(contribution_id: int) -> Contribution:
    """The contribution for a change, locked (`concurrent_edits.locked`)."""
    record = locked(
        Contribution.select().where(Contribution.id == contribution_id, Contribution.deleted_at.is_null())
    )
    if record is None:
        raise _gone()
    return record


def _gone() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Errors", "This contribution no longer exists."))


def _view(record: Contribution) -> ContributionView:
    return ContributionView(
        id=record.id,
        uuid=str(record.uuid),
        partner_uuid=str(record.partner.uuid),
        partner=record.partner.name,
        kind=ContributionKind(record.kind),
        description=record.description,
        state=ContributionState(record.state),
        starts_on=record.starts_on,
        ends_on=record.ends_on,
        value=record.value,
    )
