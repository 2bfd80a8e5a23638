"""The method's own tools through the services on a real database file: the commitment matrix,
the in-kind ledger, the drempelscan and the phase gates; partners that stay themselves."""

from datetime import date

import pytest

from drempelkompas.domain.enums import (
    CommitmentState,
    ContributionKind,
    GateDecision,
    Level,
    Phase,
)
from drempelkompas.domain.errors import DrempelError, NotFoundError, ValidationError
from drempelkompas.domain.scan import STATEMENT_KEYS
from drempelkompas.services import barriers, collaborations, commitments, contributions, phase_gates, scans
from drempelkompas.services.collaborations import PartnerView
from drempelkompas.services.scan_answers import read_answers

pytestmark = pytest.mark.both_backends


def make(name="Slimme dijken", partners=None):
    partners = partners or [
        PartnerView("Gemeente Zwolle", "government", "problem_owner"),
        PartnerView("Hogeschool Windesheim", "science", "problem_owner"),
    ]
    cid = collaborations.create_collaboration(name, partners=partners)
    return cid, [p.uuid for p in collaborations.get_collaboration(cid).partners]


def english(context, text):
    return text


# -- partners ---------------------------------------------------------------------------------


def test_a_renamed_partner_keeps_its_commitments(db_path):
    cid, (zwolle, windesheim) = make()
    commitments.set_commitment(cid, zwolle, Level.ADMINISTRATIVE, CommitmentState.COMMITTED, "Wethouder")
    view = collaborations.get_collaboration(cid)
    renamed = (PartnerView("Gemeente Zwolle (BZ)", "government", "problem_owner", zwolle), view.partners[1])
    collaborations.update_collaboration(cid, partners=renamed)
    cell = next(c for c in commitments.matrix(cid) if c.level is Level.ADMINISTRATIVE)
    assert (cell.partner, cell.person, cell.state) == (
        "Gemeente Zwolle (BZ)",
        "Wethouder",
        CommitmentState.COMMITTED,
    )
    assert [p.uuid for p in collaborations.get_collaboration(cid).partners] == [zwolle, windesheim]


def test_a_partner_with_records_is_not_removed_silently(db_path):
    cid, (zwolle, _) = make()
    contributions.add_contribution(cid, zwolle, ContributionKind.HOURS, "Projectleider, 8 uur per week")
    second = collaborations.get_collaboration(cid).partners[1]
    with pytest.raises(ValidationError, match="Gemeente Zwolle has commitments, contributions"):
        collaborations.update_collaboration(cid, partners=[second])
    assert len(collaborations.get_collaboration(cid).partners) == 2


def test_a_partner_without_records_can_be_removed(db_path):
    cid, _ = make()
    second = collaborations.get_collaboration(cid).partners[1]
    collaborations.update_collaboration(cid, partners=[second])
    assert [p.name for p in collaborations.get_collaboration(cid).partners] == ["Hogeschool Windesheim"]


# -- commitment matrix --------------------------------------------------------------------------


def test_the_matrix_has_every_partner_at_every_level(db_path):
    cid, _ = make()
    cells = commitments.matrix(cid)
    assert [(c.partner, c.level) for c in cells][:3] == [("Gemeente Zwolle", level) for level in Level]
    assert len(cells) == 6 and all(c.state is CommitmentState.NOT_ASKED for c in cells)


def test_each_state_keeps_its_day(db_path):
    cid, (zwolle, _) = make()
    commitments.set_commitment(cid, zwolle, Level.MANAGEMENT, "asked", "Afdelingshoofd", on=date(2026, 9, 1))
    before = commitments.set_commitment(cid, zwolle, Level.MANAGEMENT, "committed", on=date(2026, 10, 2))
    cell = next(
        c for c in commitments.matrix(cid) if c.level is Level.MANAGEMENT and c.partner_uuid == zwolle
    )
    assert (cell.asked_on, cell.committed_on, cell.since) == (
        date(2026, 9, 1),
        date(2026, 10, 2),
        date(2026, 10, 2),
    )
    assert before.state is CommitmentState.ASKED
    commitments.restore_commitment(cid, before)  # undo
    cell = next(
        c for c in commitments.matrix(cid) if c.level is Level.MANAGEMENT and c.partner_uuid == zwolle
    )
    assert (cell.state, cell.committed_on) == (CommitmentState.ASKED, None)


def test_the_gaps_grow_with_the_phase(db_path):
    cid, (zwolle, windesheim) = make()
    for partner in (zwolle, windesheim):
        commitments.set_commitment(cid, partner, Level.OPERATIONAL, "committed")
    assert commitments.gaps(cid) == []  # exploring starts bottom-up
    pilot = [gap.text(english) for gap in commitments.gaps(cid, Phase.PILOT)]
    assert "No partner has a committed administrative sponsor" in pilot
    assert "Gemeente Zwolle: no committed management" in pilot
    scaling = [gap.text(english) for gap in commitments.gaps(cid, Phase.SCALING)]
    assert "Gemeente Zwolle: no committed administrative sponsor" in scaling
    commitments.set_commitment(cid, zwolle, Level.OPERATIONAL, "withdrawn")
    assert "Gemeente Zwolle: the execution commitment was withdrawn" in [
        g.text(english) for g in commitments.gaps(cid)
    ]


def test_a_commitment_of_a_partner_elsewhere_is_refused(db_path):
    cid, _ = make()
    _, (other, _) = make(
        "Ander",
        [
            PartnerView("Provincie", "government", "problem_owner"),
            PartnerView("X", "market", "solution_provider"),
        ],
    )
    with pytest.raises(NotFoundError):
        commitments.set_commitment(cid, other, Level.MANAGEMENT, "asked")
    with pytest.raises(ValidationError):
        commitments.set_commitment(cid, make("Derde")[1][0], "board", "asked")


# -- in-kind ledger -----------------------------------------------------------------------------


def test_the_ledger_sums_per_partner_and_sector_and_judges_the_spread(db_path):
    cid, (zwolle, windesheim) = make()
    contributions.add_contribution(cid, zwolle, "knowledge", "Juridisch advies", value=6000)
    contributions.add_contribution(cid, zwolle, "subsidy", "Regiodeal", "delivered", value=30000)
    contributions.add_contribution(cid, windesheim, "hours", "Twee studenten", value=4000)
    summary = contributions.summary(cid)
    assert summary.per_partner[zwolle].value == 36000 and summary.per_partner[zwolle].delivered == 30000
    assert summary.per_partner[windesheim].counts == {ContributionKind.HOURS: 1}
    assert [s.value for s in summary.per_sector] == ["government", "science"]
    # A subsidy is money from outside: of the costs the partners carry, Zwolle's is 60% (<= 2/3).
    assert summary.spread.even is True and round(summary.spread.shares[zwolle], 2) == 0.6
    contributions.add_contribution(cid, zwolle, "membership", value=10000)
    assert contributions.summary(cid).spread.even is False  # 80%
    assert summary.total.value == 40000


def test_a_deleted_contribution_leaves_the_ledger_until_undone(db_path):
    cid, (zwolle, _) = make()
    contribution = contributions.add_contribution(cid, zwolle, "network")
    contributions.delete_contribution(contribution)
    assert contributions.contributions(cid) == []
    contributions.restore_contribution(contribution)
    assert [c.kind for c in contributions.contributions(cid)] == [ContributionKind.NETWORK]


@pytest.mark.parametrize(
    "changes",
    [
        {"value": -1},
        {"value": True},
        {"kind": "gold"},
        {"state": "maybe"},
        {"starts_on": date(2027, 1, 2), "ends_on": date(2027, 1, 1)},
    ],
)
def test_a_wrong_contribution_is_refused_and_changes_nothing(db_path, changes):
    cid, (zwolle, _) = make()
    fields = {"kind": "hours"} | changes
    with pytest.raises(ValidationError):
        contributions.add_contribution(cid, zwolle, **fields)
    assert contributions.contributions(cid) == []


# -- drempelscan --------------------------------------------------------------------------------


def test_a_round_gives_a_profile_and_proposes_cards_for_high_scores(db_path):
    cid, (zwolle, _) = make()
    day = date(2026, 11, 2)
    scans.add_response(
        cid, "Anna", {"no-sandbox": 4, "unclear-rules": 3, "no-urgency": 0}, day, zwolle, "management"
    )
    scans.add_response(cid, "Bram", {"no-sandbox": 3, "unclear-rules": 1, "no-urgency": 1}, day)
    (profile,) = scans.profiles(cid)
    assert profile.respondents == 2 and profile.statements["no-sandbox"] == 3.5
    assert profile.preconditions["facilities"] == 3.5 and profile.preconditions["funding"] is None
    assert scans.proposed_cards(cid) == ["no-sandbox"]  # unclear-rules averages 2
    barriers.add_typical_barriers(cid, ["no-sandbox"])
    assert scans.proposed_cards(cid) == []


def test_repeated_rounds_show_what_improved(db_path):
    cid, _ = make()
    scans.add_response(cid, "Anna", {"no-sandbox": 4}, date(2026, 3, 1))
    scans.add_response(cid, "Anna", {"no-sandbox": 1}, date(2026, 9, 1))
    assert [p.preconditions["facilities"] for p in scans.profiles(cid)] == [4.0, 1.0]
    assert scans.proposed_cards(cid) == []  # the latest round counts


@pytest.mark.parametrize(
    "scores", [{}, {"no-sandbox": 5}, {"no-sandbox": -1}, {"nonsense": 2}, {"no-sandbox": "4"}]
)
def test_wrong_answers_are_refused(db_path, scores):
    cid, _ = make()
    with pytest.raises(ValidationError):
        scans.add_response(cid, "Anna", scores)
    assert scans.responses(cid) == []


def test_answers_are_read_from_a_csv_file(tmp_path):
    path = tmp_path / "antwoorden.csv"
    path.write_bytes("\ufeffstelling;score\r\nno-sandbox;4\r\nNO-URGENCY ; 2\r\n\r\n".encode())
    assert read_answers(path) == {"no-sandbox": 4, "no-urgency": 2}
    path.write_text("\n".join(f"{key},0" for key in STATEMENT_KEYS))
    assert len(read_answers(path)) == 12


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("no-sandbox,4\nno-sandbox,3\n", "Row 2: no-sandbox is answered twice."),
        ("no-sandbox,7\n", "Row 1: A score is a whole number from 0 to 4, not 7."),
        ("no-sandbox,٣\n", "Row 1: A score is a whole number"),
        ("sandbox,3\n", "Row 1: sandbox is not a statement of the drempelscan"),
        ("no-sandbox,3,extra\n", "Row 1: expected 2 cells, found 3."),
        ("statement,score\n", "The file holds no answers."),
        ("", "The file holds no answers."),
        ('"no-sandbox,3\n', "cannot be read near row"),
    ],
)
def test_a_wrong_answers_file_is_refused_with_its_row(tmp_path, content, message):
    path = tmp_path / "answers.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DrempelError) as caught:
        read_answers(path)
    assert message in str(caught.value)


def test_an_answers_file_that_is_no_text_or_too_large_is_refused(tmp_path):
    picture = tmp_path / "scan.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(ValidationError, match="not a CSV file"):
        read_answers(picture)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"no-sandbox,1\n" * 100_000)
    with pytest.raises(ValidationError, match="larger than"):
        read_answers(huge)
    with pytest.raises(ValidationError, match="not an ordinary file"):
        read_answers(tmp_path)


# -- phase gates --------------------------------------------------------------------------------


def ready_for_the_pilot(cid, partners):
    commitments.set_commitment(cid, partners[0], Level.ADMINISTRATIVE, "committed", "Wethouder")
    for partner in partners:
        contributions.add_contribution(cid, partner, "knowledge")
    scans.add_response(cid, "Anna", {"no-sandbox": 2})


def test_the_exploring_gate_names_what_is_missing(db_path):
    cid, _ = make(
        partners=[
            PartnerView("Gemeente Zwolle", "government", "problem_owner"),
            PartnerView("Provincie", "government", "problem_owner"),
            PartnerView("Bouwbedrijf", "market", "solution_provider"),
        ]
    )
    checked = phase_gates.check_gate(cid)
    assert (checked.phase, checked.next_phase) == (Phase.EXPLORING, Phase.PILOT)
    met = {c.key: (c.met, c.names) for c in checked.criteria}
    assert met["two-sectors"] == (False, ("government",))
    assert met["no-solution-yet"] == (False, ("Bouwbedrijf",))
    assert met["in-kind"][0] is False and met["scan-held"][0] is False and met["sponsor"][0] is False


def test_a_go_moves_the_collaboration_on_and_undo_brings_it_back(db_path):
    from drempelkompas.services import session

    if not session.is_shared():
        session.set_user_name("Secretaris Stuurgroep")
    cid, partners = make()
    ready_for_the_pilot(cid, partners)
    assert phase_gates.check_gate(cid).all_met
    gate = phase_gates.record_gate(
        cid, "go", "Stuurgroep", decided_on=date(2026, 11, 20), meeting_on=date(2026, 11, 20)
    )
    assert collaborations.get_collaboration(cid).phase is Phase.PILOT
    last = phase_gates.last_gate(cid)
    assert (last.from_phase, last.to_phase, last.decision, last.decided_by) == (
        Phase.EXPLORING,
        Phase.PILOT,
        GateDecision.GO,
        "Stuurgroep",
    )
    assert all(met for _, met in last.criteria) and last.meeting_on == date(2026, 11, 20)
    assert last.recorded_by == session.actor() != ""
    assert [c.key for c in phase_gates.check_gate(cid).criteria] == [
        "funding-next-step",
        "owners-all-levels",
        "costs-spread",
    ]
    phase_gates.withdraw_gate(gate)
    assert (
        collaborations.get_collaboration(cid).phase is Phase.EXPLORING and phase_gates.last_gate(cid) is None
    )
    phase_gates.restore_gate(gate)
    assert collaborations.get_collaboration(cid).phase is Phase.PILOT


def test_a_go_against_unmet_criteria_needs_a_note_and_a_no_go_keeps_the_phase(db_path):
    cid, _ = make()
    with pytest.raises(ValidationError, match="say in a note why"):
        phase_gates.record_gate(cid, "go", "Stuurgroep")
    assert phase_gates.gate_history(cid) == []
    phase_gates.record_gate(cid, "no_go", "Stuurgroep", "Eerst een bestuurlijke sponsor")
    assert collaborations.get_collaboration(cid).phase is Phase.EXPLORING
    phase_gates.record_gate(cid, "go", "Stuurgroep", "De wethouder zegt toe in januari")
    assert collaborations.get_collaboration(cid).phase is Phase.PILOT
    assert [g.decision for g in phase_gates.gate_history(cid)] == [GateDecision.NO_GO, GateDecision.GO]


def test_the_last_phase_has_no_gate(db_path):
    cid, _ = make()
    collaborations.update_collaboration(cid, phase="embedded")
    assert phase_gates.check_gate(cid).next_phase is None
    with pytest.raises(ValidationError, match="no phase after it"):
        phase_gates.record_gate(cid, "go", "Stuurgroep", "klaar")


def test_scaling_asks_for_money_commitment_everywhere_and_an_even_spread(db_path):
    cid, (zwolle, windesheim) = make()
    collaborations.update_collaboration(cid, phase="pilot")
    for partner in (zwolle, windesheim):
        for level in Level:
            commitments.set_commitment(cid, partner, level, "committed")
    contributions.add_contribution(cid, zwolle, "membership", value=10000, ends_on=date(2020, 12, 31))
    contributions.add_contribution(cid, windesheim, "hours", value=8000)
    met = {c.key: c.met for c in phase_gates.check_gate(cid, date(2026, 12, 1)).criteria}
    assert met == {
        "funding-next-step": False,
        "owners-all-levels": True,
        "costs-spread": True,
    }  # the money ran out
    contributions.add_contribution(cid, windesheim, "subsidy", value=4000)
    met = {c.key: c.met for c in phase_gates.check_gate(cid, date(2026, 12, 1)).criteria}
    assert met == {"funding-next-step": True, "owners-all-levels": True, "costs-spread": True}


def test_a_partner_is_found_by_its_name_in_any_unicode_form_or_without_accents(db_path):
    import unicodedata

    from drempelkompas.services.partners import find_partner

    cid, (first, second) = make(
        partners=[
            PartnerView("Provinsje Fryslân", "government", "problem_owner"),
            PartnerView("Energiecoöperatie", "society", "problem_owner"),
        ]
    )
    assert find_partner(cid, unicodedata.normalize("NFD", "provinsje fryslân")) == first
    assert find_partner(cid, "energiecooperatie") == second
    with pytest.raises(NotFoundError, match="the partners are: Provinsje Fryslân, Energiecoöperatie"):
        find_partner(cid, "Gemeente")
