"""The method's tools on the command line, as a script or a user at a terminal uses them:
`commitment set|list`, `contribution add|list`, `scan add|show`, `phase check|advance`."""

import csv

import pytest

COLLABORATION = "Één loket voor mantelzorgers"


@pytest.fixture
def demo(run_cli, tmp_path):
    db = str(tmp_path / "demo.sqlite")
    assert run_cli("--db", db, "--lang", "en", "demo").returncode == 0

    def run(*args, lang="en"):
        return run_cli("--db", db, "--lang", lang, *args)

    return run


def test_the_matrix_is_filled_and_listed_with_its_gaps(demo):
    before = demo("commitment", "list", "--collaboration", COLLABORATION, lang="nl")
    assert "MantelzorgNL: geen bestuurlijke sponsor die zich heeft verbonden" in before.stdout
    result = demo(
        "commitment", "set", "--collaboration", "een loket voor mantelzorgers", "--partner", "mantelzorgnl",
        "--level", "bestuurlijk", "--state", "toegezegd", "--person", "Directeur Van Dam",
        "--date", "2026-10-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "MantelzorgNL, Administrative: Committed (Directeur Van Dam) 2026-10-01." in result.stdout
    listed = demo("commitment", "list", "--collaboration", COLLABORATION, lang="nl")
    assert listed.returncode == 0, listed.stderr
    assert "Toegezegd (Directeur Van Dam) 2026-10-01" in listed.stdout
    assert "MantelzorgNL: geen bestuurlijke" not in listed.stdout
    assert "Zorgverzekeraar Oost: het bestuurlijk commitment is ingetrokken" in listed.stdout


def test_a_wrong_level_state_or_partner_is_explained(demo):
    wrong_level = demo(
        "commitment",
        "set",
        "--collaboration",
        COLLABORATION,
        "--partner",
        "Gemeente Zwolle",
        "--level",
        "board",
    )
    assert wrong_level.returncode == 1 and "board is not a valid level" in wrong_level.stderr
    assert "administrative, management, operational" in wrong_level.stderr
    wrong_state = demo(
        "commitment",
        "set",
        "--collaboration",
        COLLABORATION,
        "--partner",
        "Gemeente Zwolle",
        "--level",
        "management",
        "--state",
        "maybe",
    )
    assert "not-asked, asked, committed, withdrawn" in wrong_state.stderr
    nobody = demo(
        "contribution", "add", "--collaboration", COLLABORATION, "--partner", "Nobody", "--kind", "hours"
    )
    assert (
        nobody.returncode == 1
        and "There is no partner named Nobody; the partners are: Gemeente Zwolle" in nobody.stderr
    )
    assert "Traceback" not in wrong_level.stderr + wrong_state.stderr + nobody.stderr


def test_the_ledger_is_listed_with_totals_and_exported_as_csv(demo, tmp_path):
    for partner, kind, value, state in (
        ("Gemeente Zwolle", "knowledge", "€ 12.500", "pledged"),
        ("Gemeente Zwolle", "subsidie", "30000", "geleverd"),
        ("MantelzorgNL", "network", None, "pledged"),
    ):
        args = ["contribution", "add", "--collaboration", COLLABORATION, "--partner", partner, "--kind", kind]
        args += ["--state", state, "--description", f"{kind} van {partner}"] + (
            ["--value", value] if value else []
        )
        result = demo(*args, lang="nl")
        assert result.returncode == 0, result.stderr
    listed = demo("contribution", "list", "--collaboration", COLLABORATION)
    # The demo's 36,000 membership and these two; of the costs carried (no subsidies), 48,500 of 82,500.
    assert "Gemeente Zwolle: € 78,500, 59% of the costs (contributions: 3)" in listed.stdout
    assert "The costs are spread unevenly: Gemeente Zwolle carries 59%." in listed.stdout
    output = tmp_path / "bijdragen.csv"
    exported = demo("contribution", "list", "--collaboration", COLLABORATION, "-o", str(output), lang="nl")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader(output.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == [
        "Partner",
        "Sector",
        "Soort",
        "Omschrijving",
        "Stand",
        "Van",
        "Tot en met",
        "Waarde (EUR)",
    ]
    subsidy = next(row for row in rows if row[3] == "subsidie van Gemeente Zwolle")
    assert subsidy == [
        "Gemeente Zwolle",
        "Overheid",
        "Geld: subsidie",
        "subsidie van Gemeente Zwolle",
        "Geleverd",
        "",
        "",
        "30000",
    ]
    assert len(rows) == 1 + 5 + 3


def test_a_bad_value_is_refused(demo):
    result = demo(
        "contribution",
        "add",
        "--collaboration",
        COLLABORATION,
        "--partner",
        "MantelzorgNL",
        "--kind",
        "hours",
        "--value",
        "12,5",
    )
    assert result.returncode == 1 and "whole euros" in result.stderr


def test_a_scan_is_added_from_a_file_and_proposes_cards(demo, tmp_path):
    answers = tmp_path / "anna.csv"
    answers.write_text("statement;score\nno-residents-or-science;4\nno-urgency;1\n", encoding="utf-8")
    result = demo(
        "scan",
        "add",
        "--collaboration",
        COLLABORATION,
        "--respondent",
        "Anna",
        "--answers",
        str(answers),
        "--partner",
        "MantelzorgNL",
        "--level",
        "uitvoering",
        "--date",
        "2026-11-30",
    )
    assert result.returncode == 0, result.stderr
    assert "Recorded 2 answers of Anna." in result.stdout
    assert "2026-11-30  1            –          1.0         –        4.0" in result.stdout
    shown = demo("scan", "show", "--collaboration", COLLABORATION, lang="nl")
    assert "4,0" in shown.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("no-urgency,9\n", encoding="utf-8")
    refused = demo(
        "scan", "add", "--collaboration", COLLABORATION, "--respondent", "Bram", "--answers", str(bad)
    )
    assert (
        refused.returncode == 1 and "Row 1: A score is a whole number from 0 to 4, not 9." in refused.stderr
    )
    assert demo("scan", "show", "--collaboration", COLLABORATION).stdout.count("2026-11-30") == 1


def test_a_phase_gate_is_checked_and_passed(demo, tmp_path):
    name = "Digitale Tweeling Ĳsselmonde"
    checked = demo("phase", "check", "--collaboration", "digitale tweeling ijsselmonde")
    assert checked.returncode == 0, checked.stderr
    assert "The gate from Exploring to Pilot:" in checked.stdout
    refused = demo("phase", "advance", "--collaboration", name, "--by", "Stuurgroep")
    assert refused.returncode == 1 and "say in a note why" in refused.stderr
    advanced = demo(
        "phase",
        "advance",
        "--collaboration",
        name,
        "--by",
        "Stuurgroep",
        "--note",
        "De provincie sluit aan",
        "--date",
        "2026-11-20",
        lang="nl",
    )
    assert advanced.returncode == 0, advanced.stderr
    assert "Go: de samenwerking is nu in de fase Pilot." in advanced.stdout
    assert "The gate from Pilot to Scaling up:" in demo("phase", "check", "--collaboration", name).stdout
