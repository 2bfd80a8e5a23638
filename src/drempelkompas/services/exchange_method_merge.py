"""Merging the method's records of an exchange file: commitments, contributions, scan answers and
phase gates, matched by UUID against their merge bases like the rest (see `exchange`).

A conflict (changed on both laptops) keeps both versions where two can stand side by side: a
contribution gets a second line. A commitment is one cell, so the later change wins, on both
laptops alike. Scan answers and gate decisions are never edited, only taken back: a take-back on
either side wins.
"""

import uuid as uuid_module
from collections.abc import Callable

from drempelkompas.services import exchange_method_records as method
from drempelkompas.services.exchange_lookup import existing
from drempelkompas.services.exchange_records import digest
from drempelkompas.services.exchange_report import Kind, Outcome
from drempelkompas.storage.models import Commitment, Contribution, Partner, PhaseGate, ScanResponse

MODELS = {
    "commitments": Commitment,
    "contributions": Contribution,
    "scan_responses": ScanResponse,
    "phase_gates": PhaseGate,
}
Classify = Callable[[dict | None, dict], Outcome | None]
Note = Callable[[Outcome | None, Kind, str, str], None]


class MethodMerge:
    """The method records of one import; `classify` and `note` are the import's own (exchange._Merge)."""

    def __init__(self, data: dict, writes: bool, classify: Classify, note: Note) -> None:
        self.writes, self.classify, self.note = writes, classify, note
        self.partner_uuids: dict[int, str] = {}
        self.local = {
            key: existing(model, [r["uuid"] for c in data["collaborations"] for r in c[key]])
            for key, model in MODELS.items()
        }

    @staticmethod
    def models() -> tuple:
        return tuple(MODELS.values())

    def run(self, collaboration_id: int | None, name: str, incoming: dict) -> None:
        partners = self._partners(collaboration_id, incoming)
        # How the records stored here name their partner: the local ids, as UUIDs.
        self.partner_uuids = {local_id: uuid for uuid, local_id in partners.items() if local_id is not None}
        names = {p["uuid"]: p["name"] for p in incoming["partners"]}
        for record in incoming["commitments"]:
            label = f"{names[record['partner']]} · {record['level']}"
            self._commitment(record, partners, label, name)
        for record in incoming["contributions"]:
            label = f"{names[record['partner']]} · {record['kind']}"
            self._contribution(record, partners, label, name)
        for record in incoming["scan_responses"]:
            label = f"{record['respondent']} · {record['held_on']}"
            fields = method.scan_response_fields(record) | {"partner": partners.get(record["partner"])}
            self._never_edited(
                "scan_responses", Kind.SCAN_RESPONSE, record, fields, collaboration_id, label, name
            )
        for record in incoming["phase_gates"]:
            label = f"{record['from_phase']} → {record['to_phase']} · {record['decided_on']}"
            fields = method.phase_gate_fields(record)
            self._never_edited("phase_gates", Kind.PHASE_GATE, record, fields, collaboration_id, label, name)

    def _partners(self, collaboration_id: int | None, incoming: dict) -> dict[str, int | None]:
        """The local id of every partner the records name; one the merge left out here (both laptops
        changed the collaboration) is added after the others, so its records have a place."""
        if collaboration_id is None:  # a preview of a new collaboration: nothing is stored yet
            return {p["uuid"]: None for p in incoming["partners"]}
        query = Partner.select(Partner.id, Partner.uuid).where(Partner.collaboration == collaboration_id)
        here: dict[str, int | None] = {str(p.uuid): p.id for p in query}
        named = {
            r["partner"] for key in ("commitments", "contributions", "scan_responses") for r in incoming[key]
        }
        for partner in incoming["partners"]:
            if partner["uuid"] in named and partner["uuid"] not in here:
                here[partner["uuid"]] = None
                if self.writes:
                    fields = {key: partner[key] for key in ("name", "sector", "role")}
                    here[partner["uuid"]] = Partner.create(
                        uuid=partner["uuid"], collaboration=collaboration_id, position=len(here), **fields
                    ).id
        return here

    def _commitment(self, record: dict, partners: dict, label: str, name: str) -> None:
        local = self.local["commitments"].get(record["uuid"])
        ours = method.commitment_json(local, self.partner_uuids) if local else None
        outcome = self.classify(ours, record)
        fields = method.commitment_fields(record)
        taken = outcome is Outcome.UPDATED or (outcome is Outcome.CONFLICT and _later(record, ours))
        if self.writes and outcome is Outcome.ADDED:
            Commitment.create(uuid=record["uuid"], partner=partners[record["partner"]], **fields)
        elif self.writes and taken:
            Commitment.update(**fields).where(Commitment.id == local.id).execute()
        self.note(outcome, Kind.COMMITMENT, label, name)

    def _contribution(self, record: dict, partners: dict, label: str, name: str) -> None:
        local = self.local["contributions"].get(record["uuid"])
        ours = method.contribution_json(local, self.partner_uuids) if local else None
        outcome = self.classify(ours, record)
        fields = method.contribution_fields(record) | {"partner": partners[record["partner"]]}
        if self.writes:
            if outcome is Outcome.ADDED:
                Contribution.create(uuid=record["uuid"], **fields)
            elif outcome is Outcome.UPDATED:
                Contribution.update(**fields).where(Contribution.id == local.id).execute()
            elif outcome is Outcome.CONFLICT:  # the file's version beside ours, under a new UUID
                Contribution.create(uuid=uuid_module.uuid4(), **fields)
        self.note(outcome, Kind.CONTRIBUTION, label, name)

    def _never_edited(
        self,
        key: str,
        kind: Kind,
        record: dict,
        fields: dict,
        collaboration_id: int | None,
        label: str,
        name: str,
    ) -> None:
        model = MODELS[key]
        local = self.local[key].get(record["uuid"])
        ours = None
        if local is not None:
            ours = (
                method.phase_gate_json(local)
                if model is PhaseGate
                else method.scan_response_json(local, self.partner_uuids)
            )
        outcome = self.classify(ours, record)
        taken_back = outcome is Outcome.CONFLICT and record["deleted_at"] and not ours["deleted_at"]
        if self.writes:
            if outcome is Outcome.ADDED:
                model.create(uuid=record["uuid"], collaboration=collaboration_id, **fields)
            elif outcome is Outcome.UPDATED or taken_back:
                model.update(**fields).where(model.id == local.id).execute()
        self.note(outcome, kind, label, name)


def _later(incoming: dict, ours: dict) -> bool:
    """Whether the file's version of a commitment wins a conflict: the later change, and between
    two at the same moment the same one on both laptops."""
    return (incoming["updated_at"], digest(incoming)) > (ours["updated_at"], digest(ours))
