"""Building exchange files for tests: a valid one from a filled database, and doctored variants of it."""

import hashlib
import io
import json
import sqlite3
import zipfile
from contextlib import closing
from datetime import date
from pathlib import Path

from drempelkompas.domain.enums import Level, Precondition
from drempelkompas.services import (
    barriers,
    collaborations,
    commitments,
    contributions,
    lessons,
    phase_gates,
    plans,
    scans,
)
from drempelkompas.services.exchange import export_file


def filled_exchange_file(path: Path) -> Path:
    """Exports a collaboration with partners, an own lesson, history, a signed-off plan and a record
    of each of the method's tools."""
    collaboration_id = collaborations.create_collaboration(
        "Slimme dijken", partners=[collaborations.PartnerView("Waterschap", "government", "problem_owner")]
    )
    own = lessons.add_lesson("Begin klein", "Een pilot.", [Precondition.FUNDING])
    barriers.add_barrier(collaboration_id, Precondition.KNOWLEDGE, "Niemand kent de sensoren", owner="An")
    barriers.add_barrier(collaboration_id, Precondition.FUNDING, "Geen budget", lesson_id=own, impact=4)
    plans.sign_off(
        collaboration_id, [plans.Signatory("Wethouder", "", Level.ADMINISTRATIVE, date(2026, 11, 1))]
    )
    water = collaborations.get_collaboration(collaboration_id).partners[0].uuid
    commitments.set_commitment(collaboration_id, water, Level.ADMINISTRATIVE, "committed", "Dijkgraaf")
    contributions.add_contribution(collaboration_id, water, "knowledge", "Sensordata", value=5000)
    scans.add_response(collaboration_id, "Anna", {"no-sandbox": 3}, date(2026, 9, 1), water, "operational")
    phase_gates.record_gate(collaboration_id, "no_go", "Stuurgroep", "Eerst een scan", date(2026, 11, 2))
    export_file(path, [collaboration_id])
    return path


def members(path: Path) -> tuple[dict, bytes]:
    """The manifest (parsed) and the data bytes of an exchange file."""
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json")), archive.read("data.json")


def write_with(
    path: Path, data: bytes, manifest: dict | None = None, checksum: bool = True, extra=()
) -> Path:
    """An exchange file with these data bytes; the checksum fits them unless `checksum` is False."""
    manifest = dict(manifest or {"format": "drempelkompas-exchange", "format_version": 1})
    if checksum:
        manifest["data_sha256"] = hashlib.sha256(data).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", data)
        for name, content in extra:
            archive.writestr(name, content)
    path.write_bytes(buffer.getvalue())
    return path


def dump(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as connection:
        return list(connection.iterdump())
