"""The method's tools of a collaboration as plain data, as the plan and the meeting pack freeze
them: the commitment matrix and its gaps, the ledger's sums, the latest drempelscan, the gates."""

from datetime import date

from drempelkompas.domain.enums import CommitmentState
from drempelkompas.domain.scan import Profile
from drempelkompas.services import commitments, contributions, phase_gates, scans


def method_snapshot(collaboration_id: int, on: date) -> dict:
    cells = commitments.matrix(collaboration_id)
    summary = contributions.summary(collaboration_id)
    names = {p.uuid: p.name for p in summary.partners}
    rounds = scans.profiles(collaboration_id)
    gate = phase_gates.last_gate(collaboration_id)
    coming = phase_gates.check_gate(collaboration_id, on)
    return {
        "commitments": [
            {
                "partner": cell.partner,
                "level": cell.level.value,
                "state": cell.state.value,
                "person": cell.person,
                "since": cell.since.isoformat()
                if cell.since and cell.state is not CommitmentState.NOT_ASKED
                else None,
            }
            for cell in cells
        ],
        "commitment_gaps": [
            {"kind": gap.kind, "level": gap.level.value if gap.level else None, "partner": gap.partner}
            for gap in commitments.gaps(collaboration_id)
        ],
        "ledger": {
            "partners": [
                {
                    "name": partner.name,
                    "sector": partner.sector.value,
                    "contributions": summary.per_partner[partner.uuid].contributions,
                    "pledged": summary.per_partner[partner.uuid].pledged,
                    "delivered": summary.per_partner[partner.uuid].delivered,
                    "share": round(summary.spread.shares[partner.uuid] * 100),
                }
                for partner in summary.partners
            ],
            "sectors": [
                {
                    "sector": sector.value,
                    "contributions": totals.contributions,
                    "pledged": totals.pledged,
                    "delivered": totals.delivered,
                }
                for sector, totals in summary.per_sector.items()
            ],
            "even": summary.spread.even,
            "largest": names[summary.spread.largest] if summary.spread.largest else None,
            "without": [names[uuid] for uuid in summary.spread.without],
        },
        "scan": None
        if not rounds
        else {
            **_round(rounds[-1]),
            "respondents": rounds[-1].respondents,
            "previous": _round(rounds[-2]) if len(rounds) > 1 else None,
            "high": rounds[-1].high(),
        },
        "gate": None
        if gate is None
        else {
            "from_phase": gate.from_phase.value,
            "to_phase": gate.to_phase.value,
            "decision": gate.decision.value,
            "decided_on": gate.decided_on.isoformat(),
            "decided_by": gate.decided_by,
            "note": gate.note,
            "criteria": [[key, met] for key, met in gate.criteria],
        },
        "next_gate": {
            "to_phase": coming.next_phase.value if coming.next_phase else None,
            "criteria": [[c.key, c.met] for c in coming.criteria],
        },
    }


def _round(profile: Profile) -> dict:
    """A round's day and its average per precondition, in tenths (3.5 is 35): no floats in a
    snapshot whose fingerprint must be the same on every laptop."""
    return {
        "held_on": profile.held_on.isoformat(),
        "scores": {
            p.value: None if score is None else round(score * 10)
            for p, score in profile.preconditions.items()
        },
    }
