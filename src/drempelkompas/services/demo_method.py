"""The demo's method records: a commitment matrix, an in-kind ledger, drempelscan rounds and the
phase gates passed so far, so every tool of the method shows something real on the demo."""

import json
from datetime import date, timedelta

from drempelkompas.domain.enums import GateDecision, Level, Phase
from drempelkompas.domain.gates import PHASES, criterion_keys
from drempelkompas.domain.scan import STATEMENT_KEYS
from drempelkompas.services import commitments, contributions, scans
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.storage.models import PhaseGate

ADM, MAN, OPS = Level.ADMINISTRATIVE, Level.MANAGEMENT, Level.OPERATIONAL

# Per demo collaboration, in the demo's order; partners by their place in its list.
# Commitments: (partner, level, state, person, days ago).
COMMITMENTS = (
    (
        (0, ADM, "committed", "Wethouder Bakker", 150),
        (0, MAN, "committed", "Anne Visser, afdelingshoofd Duurzaamheid", 140),
        (0, OPS, "committed", "Sietske de Vries", 190),
        (1, ADM, "asked", "Gedeputeerde Hoekstra", 30),
        (1, MAN, "committed", "Rients Zijlstra", 100),
        (1, OPS, "committed", "Femke Postma", 160),
        (2, MAN, "committed", "Marco Jansen", 90),
        (2, OPS, "committed", "Ilse de Boer", 90),
        (3, OPS, "committed", "Dr. Gerrit Kuipers", 120),
        (4, MAN, "asked", "Bestuur Dorpsbelang", 20),
        (4, OPS, "committed", "Jelle Dijkstra", 180),
    ),
    (
        (0, MAN, "asked", "Karin Verbeek", 25),
        (0, OPS, "committed", "Tom Hendriks", 60),
        (1, OPS, "committed", "Lotte Bakker", 50),
        (4, OPS, "asked", "Stichting Groen Ĳsselmonde", 15),
    ),
    (
        (0, ADM, "committed", "Wethouder Yilmaz", 300),
        (0, MAN, "committed", "Sandra Mulder", 280),
        (0, OPS, "committed", "Ruud Kok", 320),
        (1, ADM, "committed", "Portefeuillehouder Zorg regio", 200),
        (1, MAN, "committed", "Hans Smit", 190),
        (1, OPS, "committed", "Esther van Leeuwen", 210),
        (2, ADM, "withdrawn", "Directeur Zorginkoop", 40),
        (2, MAN, "committed", "Bas Vermeulen", 180),
        (2, OPS, "committed", "Nadia el Amrani", 180),
        (3, MAN, "committed", "Lector Marieke Vos", 150),
        (3, OPS, "committed", "Onderzoeksteam Zorg & Technologie", 150),
        (4, MAN, "committed", "Regiomanager MantelzorgNL", 170),
        (4, OPS, "committed", "Petra de Groot", 200),
    ),
)
# Contributions: (partner, kind, description, state, value, ends in days or None).
CONTRIBUTIONS = (
    (
        (0, "knowledge", "Juridisch advies over energiedelen", "delivered", 8000, None),
        (0, "hours", "Projectleider, 16 uur per week", "pledged", 24000, 180),
        (1, "subsidy", "Iepen Mienskipsfûns, ronde 2", "pledged", 40000, 240),
        (2, "facilities", "Meetdata en een testdeel van het net", "pledged", 15000, 365),
        (3, "knowledge", "Twee afstudeerders Energietransitie", "delivered", 6000, None),
        (4, "network", "Bewonersavonden en ledenwerving", "delivered", None, None),
    ),
    (
        (0, "hours", "Beleidsmedewerker klimaatadaptatie, 8 uur per week", "pledged", 12000, 120),
        (1, "facilities", "Hoogtedata en het rekenmodel voor wateroverlast", "delivered", 10000, None),
    ),
    (
        (0, "membership", "Bijdrage per deelnemende gemeente", "delivered", 36000, 365),
        (1, "communication", "Campagne in de regio", "pledged", 12000, 200),
        (2, "subsidy", "Innovatiefonds zorgverzekeraar", "pledged", 50000, 365),
        (3, "knowledge", "Evaluatieonderzoek van de pilot", "delivered", 18000, None),
        (4, "network", "Panel van mantelzorgers", "delivered", 4000, None),
    ),
)
# Scan rounds: (days ago, [(respondent, partner, level, twelve scores in the catalog's order)]).
SCANS = (
    (
        (120, (("Sietske de Vries", 0, OPS, "433 232 443 321"), ("Femke Postma", 1, OPS, "342 222 434 221"),
               ("Jelle Dijkstra", 4, OPS, "444 311 443 332"))),
        (20, (("Sietske de Vries", 0, OPS, "211 121 434 210"), ("Femke Postma", 1, OPS, "121 221 433 211"),
              ("Marco Jansen", 2, MAN, "222 112 344 110"))),
    ),
    ((30, (("Tom Hendriks", 0, OPS, "343 443 232 412"), ("Lotte Bakker", 1, OPS, "334 342 322 323"))),),
    ((45, (("Ruud Kok", 0, OPS, "221 122 213 111"), ("Esther van Leeuwen", 1, OPS, "211 132 323 101"))),),
)  # fmt: skip
# Gates passed: (from phase, days ago, decided by, note).
GATES_PASSED = (
    (
        (
            Phase.EXPLORING,
            150,
            "Stuurgroep Energiecoöperatie",
            "Scope bepaald met gemeente, provincie en dorpsbelang.",
        ),
    ),
    (),
    (
        (Phase.EXPLORING, 330, "Regiegroep Mantelzorg", "Drie gemeenten en MantelzorgNL doen mee."),
        (Phase.PILOT, 120, "Regiegroep Mantelzorg", "Evaluatie positief; twaalf gemeenten sluiten aan."),
    ),
)


def give_method_records(collaboration_ids: list[int], today: date) -> None:
    """Fills the tools of the method for the demo's collaborations (inside the demo's transaction)."""
    for number, collaboration_id in enumerate(collaboration_ids):
        partners = [p.uuid for p in get_collaboration(collaboration_id).partners]
        for partner, level, state, person, days in COMMITMENTS[number]:
            on = today - timedelta(days=days)
            if state != "asked":
                commitments.set_commitment(
                    collaboration_id, partners[partner], level, "asked", person, on - timedelta(days=21)
                )
            commitments.set_commitment(collaboration_id, partners[partner], level, state, person, on)
        for partner, kind, description, state, value, ends_in in CONTRIBUTIONS[number]:
            ends_on = today + timedelta(days=ends_in) if ends_in is not None else None
            contributions.add_contribution(
                collaboration_id, partners[partner], kind, description, state, None, ends_on, value
            )
        for days, answers in SCANS[number]:
            for respondent, partner, level, scores in answers:
                digits = [int(d) for d in scores.replace(" ", "")]
                scans.add_response(
                    collaboration_id, respondent, dict(zip(STATEMENT_KEYS, digits, strict=True)),
                    today - timedelta(days=days), partners[partner], level,
                )  # fmt: skip
        for from_phase, days, decided_by, note in GATES_PASSED[number]:
            PhaseGate.create(
                collaboration=collaboration_id,
                from_phase=from_phase,
                to_phase=PHASES[PHASES.index(from_phase) + 1],
                decision=GateDecision.GO,
                decided_on=today - timedelta(days=days),
                decided_by=decided_by,
                note=note,
                criteria=json.dumps([[key, True] for key in criterion_keys(from_phase)]),  # passed cleanly
            )
