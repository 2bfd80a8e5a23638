"""A collaboration's partners as the method's tools look them up: by identity, by name, as facts."""

from drempelkompas.domain.commitment import PartnerFacts
from drempelkompas.domain.enums import PartnerRole, Sector
from drempelkompas.domain.errors import NotFoundError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.services.collaborations import get_record, sort_key
from drempelkompas.services.validation import name_key
from drempelkompas.storage.models import Partner


def partner_facts(collaboration_id: int) -> tuple[PartnerFacts, ...]:
    """The collaboration's partners in their order."""
    get_record(collaboration_id)
    query = (
        Partner.select()
        .where(Partner.collaboration == collaboration_id)
        .order_by(Partner.position, Partner.id)
    )
    return tuple(PartnerFacts(str(p.uuid), p.name, Sector(p.sector), PartnerRole(p.role)) for p in query)


def partner_record(collaboration_id: int, partner_uuid: str) -> Partner:
    """The collaboration's partner with this UUID; raises NotFoundError."""
    for partner in Partner.select().where(Partner.collaboration == collaboration_id):
        if str(partner.uuid) == partner_uuid:
            return partner
    raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This partner is no longer part of the collaboration."))


def find_partner(collaboration_id: int, name: str) -> str:
    """The UUID of the collaboration's partner with this name (case, Unicode form and, if that is
    unambiguous, accents may differ); raises NotFoundError naming the partners there are."""
    partners = partner_facts(collaboration_id)
    exact = [p for p in partners if name_key(p.name) == name_key(name)]
    loose = [p for p in partners if sort_key(p.name) == sort_key(name.strip())]
    found = exact or (loose if len(loose) == 1 else [])
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no partner named {name}; the partners are: {partners}."),
            name=name,
            partners=", ".join(p.name for p in partners) or "—",
        )
    return found[0].uuid
