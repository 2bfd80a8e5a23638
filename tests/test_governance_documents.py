"""The governance documents on the demo, through the command line as a script would make them: the
meeting pack and decision list (PDF and OpenDocument), the portfolio (PDF and CSV), the board on
paper and the progress table; read back as text, and as PDF/A structure."""

import csv
import io
import re
from datetime import date, timedelta

import pikepdf
import pytest
from odf import teletype
from odf.opendocument import load
from odf.text import H, P
from pypdf import PdfReader

from drempelkompas.documents.meeting_files import save_meeting_pack
from drempelkompas.runtime import i18n
from drempelkompas.services import collaborations, decisions, meetings
from drempelkompas.services.demo import fill_demo
from drempelkompas.services.demo_past import NEXT_MEETING_IN_DAYS, PAST_MEETING_DAYS_AGO

pytestmark = pytest.mark.both_backends

NAME = "Energiecoöperatie Noordoost-Fryslân"
PAST = (date.today() - timedelta(days=PAST_MEETING_DAYS_AGO)).isoformat()
NEXT = (date.today() + timedelta(days=NEXT_MEETING_IN_DAYS)).isoformat()


@pytest.fixture
def demo_db(tmp_path, run_cli):
    path = tmp_path / "demo.sqlite"
    assert run_cli("--db", str(path), "demo").returncode == 0
    return path


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def odt_text(path) -> str:
    """The text of every heading and paragraph, in document order."""
    document = load(str(path))
    kinds = (H(outlinelevel=1).qname, P().qname)
    return "\n".join(teletype.extractText(e) for e in _walk(document.text) if e.qname in kinds)


def _walk(element):
    for child in element.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            yield child
            yield from _walk(child)


def test_the_meeting_pack_of_the_next_demo_meeting_in_dutch_and_english(demo_db, tmp_path, run_cli):
    for language, words in (
        (
            "nl",
            [
                "Vergaderstuk",
                "Voorgestelde besluiten",
                "Acties",
                "Verloop in de tijd",
                "Commitment per niveau",
            ],
        ),
        (
            "en",
            ["Meeting pack", "Proposed decisions", "Actions", "Progress over time", "Commitment per level"],
        ),
    ):
        pack = tmp_path / f"pack-{language}.pdf"
        done = run_cli(
            "--db", str(demo_db), "--lang", language, "meeting", "pack",
            "--collaboration", NAME, "--date", NEXT, "-o", str(pack),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        text = pdf_text(pack)
        for word in words:
            assert word in text, (language, word)
        assert "Z/2026/004711" in text and "Wethouder Bakker" in text and "Burgemeester De Jong" in text
        # The deferred proposal of the last meeting and the new one, numbered.
        assert "1. De stuurgroep reserveert budget" in text
        assert "2. De stuurgroep stemt in met een verdeelsleutel" in text
        assert "Wethouder wisselt na verkiezingen" in text  # overdue, and in the action table
    with pikepdf.open(tmp_path / "pack-nl.pdf") as pdf:
        assert "/OutputIntents" in pdf.Root and "/Metadata" in pdf.Root
        assert [item.title for item in pdf.open_outline().root][:2] == [
            "Vergaderstuk",
            "Voorgestelde besluiten",
        ]


def test_the_pack_is_the_same_file_each_time_and_an_odt_opens_with_the_same_texts(demo_db, tmp_path, run_cli):
    outputs = [tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "pack.odt"]
    for output in outputs:
        done = run_cli(
            "--db", str(demo_db), "--lang", "en", "meeting", "pack",
            "--collaboration", NAME, "--date", NEXT, "-o", str(output),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
    text = odt_text(outputs[2])
    for expected in (
        "Meeting pack",
        "Proposed decisions",
        "De stuurgroep reserveert budget",
        "Actions",
        "Z/2026/004711",
    ):
        assert expected in text


def test_recording_the_meeting_on_the_command_line_and_its_decision_list(demo_db, tmp_path, run_cli):
    db = ["--db", str(demo_db), "--lang", "en"]
    done = run_cli(
        *db, "meeting", "record", "--collaboration", NAME, "--date", NEXT,
        "--decision", "1|genomen|Budget van 80.000 euro gereserveerd",
        "--decision", "2|rejected|Eerst een voorstel van de coöperatie",
        "--action", "1|Begrotingswijziging opstellen|Wiebe Zijlstra|2027-02-01",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1. Taken" in done.stdout and "2. Rejected" in done.stdout
    decisions = tmp_path / "besluiten.pdf"
    done = run_cli(*db, "meeting", "decisions", "--collaboration", NAME, "--date", NEXT, "-o", str(decisions))
    assert done.returncode == 0, done.stderr
    text = pdf_text(decisions)
    assert "Decision list" in text and "Outcome: Taken" in text and "Outcome: Rejected" in text
    assert "Begrotingswijziging opstellen (who: Wiebe Zijlstra; due: 1 February 2027)" in text
    assert re.search(r"The outcomes were recorded in Drempelkompas by \S.*\.", text)
    logged = run_cli(*db, "meeting", "log", "--collaboration", NAME)
    assert logged.stdout.count("Taken") == 2 and "Deferred" in logged.stdout and "Rejected" in logged.stdout
    odt = tmp_path / "besluiten.odt"
    assert (
        run_cli(
            *db, "meeting", "decisions", "--collaboration", NAME, "--date", PAST, "-o", str(odt)
        ).returncode
        == 0
    )
    assert "Deferred points return on the agenda of the next meeting." in odt_text(odt)
    assert "The outcomes were recorded in Drempelkompas by " in odt_text(odt)


def test_meeting_mistakes_get_a_message_and_change_nothing(demo_db, tmp_path, run_cli):
    db = ["--db", str(demo_db), "--lang", "en"]
    about = ["--collaboration", NAME]
    record_next = ["meeting", "record", *about, "--date", NEXT]
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    cases = [
        (["meeting", "pack", *about, "--date", NEXT, "-o", str(tmp_path / "pack.docx")], ".pdf / .odt"),
        (["meeting", "pack", *about, "--date", "15-12-2026", "-o", str(tmp_path / "p.pdf")], "YYYY-MM-DD"),
        # Not written: so the meeting it would have planned is not planned either.
        (["meeting", "pack", *about, "--date", "2027-03-03", "-o", str(folder)], "choose another name"),
        (["meeting", "record", *about, "--date", "2020-01-01", "--decision", "1|taken"], "no meeting"),
        ([*record_next, "--decision", "9|taken"], "no proposed decision 9"),
        ([*record_next, "--decision", "1|maybe"], "number|taken"),
        ([*record_next, "--action", "1|Bellen|Anna|morgen"], "YYYY-MM-DD"),
        (
            ["meeting", "decisions", *about, "--date", NEXT, "-o", str(tmp_path / "d.pdf")],
            "not been recorded",
        ),
        (["meeting", "propose", *about, "--barrier", "Bestaat niet", "--proposal", "x"], "no barrier"),
        (["meeting", "record", *about, "--date", PAST, "--decision", "1|taken|x"], "--correct"),
    ]
    before = demo_db.read_bytes()
    for arguments, message in cases:
        done = run_cli(*db, *arguments)
        assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr, arguments
    assert demo_db.read_bytes() == before
    assert list(tmp_path.glob("*.pdf")) == [folder] and not list(tmp_path.glob("*.docx"))


def test_the_portfolio_as_pdf_and_csv(demo_db, tmp_path, run_cli):
    pdf, table = tmp_path / "portfolio.pdf", tmp_path / "portfolio.csv"
    assert run_cli("--db", str(demo_db), "--lang", "en", "portfolio", "-o", str(pdf)).returncode == 0
    text = pdf_text(pdf)
    assert "Portfolio" in text and NAME in text and "Digitale Tweeling Ĳsselmonde" in text
    with pikepdf.open(pdf) as document:
        width, height = (float(v) for v in document.pages[0].MediaBox[2:])
        assert width > height  # landscape
    assert run_cli("--db", str(demo_db), "--lang", "nl", "portfolio", "-o", str(table)).returncode == 0
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Samenwerking", "Fase", "Kennis: open"]
    energy = next(row for row in rows if row[0] == NAME)
    assert energy[1] == "Pilot" and energy[-1] == "geen"


def test_the_board_on_paper_has_four_columns_of_cards(demo_db, tmp_path, run_cli):
    board = tmp_path / "board.pdf"
    done = run_cli(
        "--db", str(demo_db), "--lang", "nl", "board", "print", "--collaboration", NAME, "-o", str(board)
    )
    assert done.returncode == 0, done.stderr
    text = pdf_text(board)
    for column in (
        "Kennis (2)",
        "Commitment (3)",
        "Financiering (2)",
        "Faciliteiten (1)",
    ):  # overcome left out
        assert column in text
    assert "Wethouder wisselt na verkiezingen" in text and "verlopen sinds" in text
    assert "Volgende actie: Overdrachtsnotitie voor de nieuwe wethouder schrijven" in text
    assert "Documentatie van de meterdata ontbreekt" not in text  # overcome


def test_progress_is_a_table_per_month(demo_db, run_cli):
    done = run_cli("--db", str(demo_db), "--lang", "en", "progress", "--collaboration", NAME)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Open barriers at the end of each month"
    assert lines[1].split() == ["Month", "Knowledge", "Commitment", "Funding", "Facilities", "Total"]
    this_month = date.today().isoformat()[:7]
    current = next(line for line in lines if line.startswith(this_month)).split()
    assert current[-1] == str(sum(int(n) for n in current[1:-1])) and int(current[-1]) > 0
    assert "Barriers overcome per month" in done.stdout


def test_characters_the_pdf_cannot_show_are_reported(db_path, tmp_path, qapp):
    fill_demo()
    collaboration = collaborations.find_collaboration(NAME)
    decisions.propose_decision(collaboration, "Besluit met 🚀 erin")
    meetings.plan_meeting(collaboration, date(2027, 1, 5), "Stuurgroep")
    missing = save_meeting_pack(tmp_path / "p.pdf", collaboration, date(2027, 1, 5), i18n.Language("en"))
    assert missing == "🚀"


def test_a_name_typed_without_accents_or_ligatures_finds_the_collaboration(demo_db, run_cli):
    for typed in ("energiecooperatie noordoost-fryslan", "Digitale Tweeling IJsselmonde"):
        done = run_cli("--db", str(demo_db), "--lang", "en", "progress", "--collaboration", typed)
        assert done.returncode == 0, done.stderr


def test_correcting_a_recorded_meeting_needs_to_be_asked_for(demo_db, run_cli):
    db = ["--db", str(demo_db), "--lang", "en"]
    done = run_cli(*db, "meeting", "record", "--collaboration", NAME, "--date", PAST, "--correct",
                   "--decision", "2|rejected|Geen budget beschikbaar")  # fmt: skip
    assert done.returncode == 0, done.stderr
    logged = run_cli(*db, "meeting", "log", "--collaboration", NAME).stdout
    assert (
        "Rejected: De stuurgroep reserveert budget voor de opschaling na de proef. — Geen budget beschikbaar"
        in logged
    )
    assert "Taken: De stuurgroep vraagt de portefeuillehouder" in logged  # the other one kept as it was
    assert "On the agenda of the next meeting:" in logged
    candidates = run_cli(*db, "meeting", "candidates", "--collaboration", NAME).stdout
    assert "Geen zicht op effect voor netcongestie" in candidates  # overdue by the next meeting's day


def test_every_governance_pdf_is_an_archive_record_with_only_embedded_fonts(demo_db, tmp_path, run_cli):
    db = ["--db", str(demo_db), "--lang", "nl"]
    commands = {
        "pack.pdf": ["meeting", "pack", "--collaboration", NAME, "--date", NEXT],
        "decisions.pdf": ["meeting", "decisions", "--collaboration", NAME, "--date", PAST],
        "portfolio.pdf": ["portfolio"],
        "board.pdf": ["board", "print", "--collaboration", NAME],
    }
    for name, command in commands.items():
        done = run_cli(*db, *command, "-o", str(tmp_path / name))
        assert done.returncode == 0, done.stderr
        with pikepdf.open(tmp_path / name) as pdf:
            assert pdf.check_pdf_syntax() == [] and "/OutputIntents" in pdf.Root, name
            fonts = [font for page in pdf.pages for font in page.Resources.get("/Font", {}).values()]
            assert fonts and all("/FontFile2" in font.FontDescriptor for font in fonts), name
