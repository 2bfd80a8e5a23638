"""The method's records between two laptops: commitments, contributions, scan answers and phase
gates travel in exchange files, merge like the rest, and a crafted record is refused."""

import json
from datetime import date

import pytest

from drempelkompas.domain.enums import CommitmentState, Level, Phase
from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import collaborations, commitments, contributions, phase_gates, scans
from drempelkompas.services.collaborations import PartnerView
from drempelkompas.services.exchange import Kind, Outcome, export_file
from tests.exchange_helpers import members, write_with
from tests.test_exchange import Laptop, import_file

pytestmark = pytest.mark.both_backends


@pytest.fixture
def laptops(backend):
    return Laptop(backend.target("a")), Laptop(backend.target("b"))


def filled():
    cid = collaborations.create_collaboration(
        "Slimme dijken",
        partners=[
            PartnerView("Waterschap", "government", "problem_owner"),
            PartnerView("Hogeschool", "science", "problem_owner"),
        ],
    )
    water, school = (p.uuid for p in collaborations.get_collaboration(cid).partners)
    commitments.set_commitment(cid, water, Level.ADMINISTRATIVE, "committed", "Dijkgraaf", date(2026, 10, 1))
    contributions.add_contribution(cid, water, "knowledge", "Sensordata", value=5000)
    contributions.add_contribution(cid, school, "hours", "Twee studenten", "delivered", value=4000)
    scans.add_response(cid, "Anna", {"no-sandbox": 3}, date(2026, 9, 1), school, "operational")
    phase_gates.record_gate(
        cid, "go", "Stuurgroep", date(2026, 11, 1) and "De dijkgraaf tekent", date(2026, 11, 1)
    )
    return cid, water, school


def state(cid):
    """What a user sees of the method's tools, comparable between laptops."""
    return (
        [(c.partner, c.level, c.person, c.state, c.committed_on) for c in commitments.matrix(cid)],
        sorted(
            (c.partner, c.kind, c.description, c.state, c.value) for c in contributions.contributions(cid)
        ),
        [(r.respondent, r.partner, r.level, r.scores) for r in scans.responses(cid)],
        [(g.decision, g.to_phase, g.note) for g in phase_gates.gate_history(cid)],
        collaborations.get_collaboration(cid).phase,
    )


def test_everything_arrives_and_a_second_import_changes_nothing(laptops, tmp_path):
    a, b = laptops
    path = tmp_path / "dijken.drempel"
    with a:
        cid, _, _ = filled()
        expected = state(cid)
        export_file(path, [cid])
    with b:
        report = import_file(path)
        kinds = {c.kind for c in report.of(Outcome.ADDED)}
        assert {Kind.COMMITMENT, Kind.CONTRIBUTION, Kind.SCAN_RESPONSE, Kind.PHASE_GATE} <= kinds
        cid_b = collaborations.find_collaboration("Slimme dijken")
        assert state(cid_b) == expected
        assert state(cid_b)[-1] is Phase.PILOT
        assert not import_file(path).changes_anything


def test_a_change_on_one_side_wins_and_both_sides_converge(laptops, tmp_path):
    a, b = laptops
    there, back = tmp_path / "there.drempel", tmp_path / "back.drempel"
    with a:
        cid, _, school = filled()
        export_file(there, [cid])
    with b:
        import_file(there)
        cid_b = collaborations.find_collaboration("Slimme dijken")
        commitments.set_commitment(cid_b, school, Level.MANAGEMENT, "asked", "Lector")
        ledger = contributions.contributions(cid_b)
        contributions.delete_contribution(ledger[0].id)
        scans.delete_response(scans.responses(cid_b)[0].id)
        export_file(back, [cid_b])
        expected = state(cid_b)
    with a:
        report = import_file(back)
        assert not report.of(Outcome.CONFLICT)
        assert state(cid) == expected
        assert [c.description for c in contributions.contributions(cid)] == ["Twee studenten"]


def test_a_commitment_changed_on_both_sides_takes_the_later_change_on_both(laptops, tmp_path):
    a, b = laptops
    there, back, again = (tmp_path / f"{n}.drempel" for n in ("there", "back", "again"))
    with a:
        cid, water, _ = filled()
        export_file(there, [cid])
    with b:
        import_file(there)
        cid_b = collaborations.find_collaboration("Slimme dijken")
    with a:
        commitments.set_commitment(cid, water, Level.ADMINISTRATIVE, "withdrawn", on=date(2026, 11, 5))
        export_file(again, [cid])
    with b:  # later
        commitments.set_commitment(cid_b, water, Level.ADMINISTRATIVE, person="Dijkgraaf Jansen")
        report = import_file(again)
        assert [c.kind for c in report.of(Outcome.CONFLICT)] == [Kind.COMMITMENT]
        on_b = state(cid_b)[0]
        export_file(back, [cid_b])
    with a:
        import_file(back)
        assert state(cid)[0] == on_b
    cell = on_b[0]
    assert (cell[2], cell[3]) == ("Dijkgraaf Jansen", CommitmentState.COMMITTED)


def test_a_contribution_changed_on_both_sides_keeps_both(laptops, tmp_path):
    a, b = laptops
    there, back = tmp_path / "there.drempel", tmp_path / "back.drempel"
    with a:
        cid, _, _ = filled()
        export_file(there, [cid])
    with b:
        import_file(there)
        cid_b = collaborations.find_collaboration("Slimme dijken")
        first = contributions.contributions(cid_b)[0]
        contributions.update_contribution(first.id, value=6000)
        export_file(back, [cid_b])
    with a:
        contributions.update_contribution(contributions.contributions(cid)[0].id, value=7000)
        report = import_file(back)
        assert [c.kind for c in report.of(Outcome.CONFLICT)] == [Kind.CONTRIBUTION]
        values = sorted(c.value for c in contributions.contributions(cid) if c.description == "Sensordata")
        assert values == [6000, 7000]


def test_records_of_a_partner_removed_elsewhere_keep_their_partner(laptops, tmp_path):
    a, b = laptops
    there, back = tmp_path / "there.drempel", tmp_path / "back.drempel"
    with a:
        cid = collaborations.create_collaboration(
            "Slimme dijken",
            partners=[
                PartnerView("Waterschap", "government", "problem_owner"),
                PartnerView("Provincie", "government", "problem_owner"),
            ],
        )
        export_file(there, [cid])
    with b:
        import_file(there)
        cid_b = collaborations.find_collaboration("Slimme dijken")
        keep = collaborations.get_collaboration(cid_b).partners[0]
        collaborations.update_collaboration(cid_b, partners=[keep])  # Provincie has nothing here
        export_file(back, [cid_b])
    with a:
        provincie = collaborations.get_collaboration(cid).partners[1].uuid
        contributions.add_contribution(cid, provincie, "network", "Bestuurlijk netwerk")
        import_file(back)
        assert [p.name for p in collaborations.get_collaboration(cid).partners] == ["Waterschap", "Provincie"]
        assert [c.partner for c in contributions.contributions(cid)] == ["Provincie"]


def doctored(tmp_path, change) -> object:
    source = tmp_path / "good.drempel"
    with Laptop(tmp_path / "source.sqlite"):
        cid, _, _ = filled()
        export_file(source, [cid])
    manifest, raw = members(source)
    data = json.loads(raw)
    change(data["collaborations"][0])
    return write_with(tmp_path / "bad.drempel", json.dumps(data).encode(), manifest)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda c: c["commitments"][0].update(level="management"),
            "is not the identifier of this partner's level",
        ),
        (
            lambda c: c["contributions"][0].update(partner=c["commitments"][0]["uuid"]),
            "refers to a partner that is not",
        ),
        (lambda c: c["contributions"][0].update(value=-5), "out of range"),
        (lambda c: c["contributions"][0].update(value=1.5), "wrong type"),
        (lambda c: c["scan_responses"][0]["answers"].update({"no-sandbox": 9}), "out of range"),
        (lambda c: c["scan_responses"][0]["answers"].update({"sandbox": 2}), "not a known value"),
        (lambda c: c["scan_responses"][0].update(answers={}), "cannot be empty"),
        (lambda c: c["phase_gates"][0].update(to_phase="embedded"), "not the phase after"),
        (lambda c: c["phase_gates"][0].update(criteria=[["made-up", True]]), "expected a record"),
        # Found by fuzzing: a criterion that is a list.
        (lambda c: c["phase_gates"][0].update(criteria=[[[], True]]), "expected a record"),
        (lambda c: c["phase_gates"][0].update(decided_by="  Stuurgroep"), "spaces or line breaks"),
        (lambda c: c["commitments"][0].pop("note"), "the field “note” is missing"),
        (lambda c: c["contributions"].append(dict(c["contributions"][0])), "appears twice"),
    ],
)
def test_a_crafted_method_record_is_refused_and_changes_nothing(laptops, tmp_path, change, message):
    bad = doctored(tmp_path, change)
    _, b = laptops
    with b:
        before = b.dump()
        with pytest.raises(DrempelError) as refused:
            import_file(bad)
        assert message in str(refused.value)
        assert b.dump() == before


def test_an_older_exchange_file_without_method_records_still_imports(laptops, tmp_path):
    def strip(collaboration):
        for key in ("commitments", "contributions", "scan_responses", "phase_gates"):
            del collaboration[key]

    older = doctored(tmp_path, strip)
    manifest, raw = members(older)
    path = write_with(tmp_path / "v3.drempel", raw, manifest | {"format_version": 3})
    _, b = laptops
    with b:
        import_file(path)
        cid = collaborations.find_collaboration("Slimme dijken")
        assert contributions.contributions(cid) == [] and len(commitments.matrix(cid)) == 6
