"""CSV in and out: the round trip, both languages, Excel's habits, and bad files that change nothing."""

import csv
import io

import pytest

from drempelkompas.domain.enums import Precondition, Status
from drempelkompas.domain.errors import DrempelError
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.csv_io import export_csv, import_csv
from drempelkompas.services.demo import fill_demo

pytestmark = pytest.mark.both_backends

HEADER_EN = "collaboration,precondition,title,description,status,impact,level,owner,due,action,lesson\n"


def write(tmp_path, text, encoding="utf-8", name="in.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def board_snapshot():
    """Everything a user sees of every collaboration, without ids and timestamps."""
    snapshot = {}
    for summary in collaborations.list_collaborations(include_archived=True):
        snapshot[summary.name] = {
            precondition.value: [
                (
                    c.title,
                    c.description,
                    c.status,
                    c.impact,
                    c.level,
                    c.owner,
                    c.due_date,
                    c.next_action,
                    c.lesson_id,
                )
                for c in column
            ]
            for precondition, column in barriers.board(summary.id).items()
        }
    return snapshot


@pytest.mark.parametrize("language", ["en", "nl"])
def test_export_then_import_gives_the_same_data(db_path, tmp_path, language):
    from drempelkompas.storage.database import close_database, open_database

    fill_demo()
    collaboration = collaborations.find_collaboration("Één loket voor mantelzorgers")
    barriers.add_barrier(
        collaboration, "funding", "=SUM(A1:A9)", description="- eerste\n- tweede", owner="@team"
    )
    barriers.add_barrier(
        collaboration, "funding", "'al geciteerd", next_action="+31 6 1234", description='R&D < 5 "x"'
    )
    original = board_snapshot()
    exported = tmp_path / "export.csv"
    count = export_csv(exported, language=language)
    assert count == sum(len(column) for c in original.values() for column in c.values())

    close_database()
    open_database(tmp_path / "fresh.sqlite")
    result = import_csv(exported)
    assert result.barriers == count
    assert board_snapshot() == original
    again = tmp_path / "again.csv"
    export_csv(again, language=language)
    assert again.read_bytes() == exported.read_bytes()


def test_export_is_excel_friendly_and_neutralises_formulas(db_path, tmp_path):
    collaboration = collaborations.create_collaboration("Zorg")
    barriers.add_barrier(collaboration, "knowledge", '=HYPERLINK("http://x")', owner="-1+1")
    path = tmp_path / "out.csv"
    export_csv(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == HEADER_EN.strip().split(",")
    assert rows[1][2] == '\'=HYPERLINK("http://x")'
    assert rows[1][7] == "'-1+1"


def test_dutch_file_with_semicolons_bom_and_mixed_case_is_imported(db_path, tmp_path):
    text = (
        "\ufeffSamenwerking;Randvoorwaarde;Titel;Status;Niveau;Deadline;Les\r\n"
        "Nieuwe Ĳsselbrug;Kennis;Regels onduidelijk;IN_BEHANDELING;Bestuurlijk;2027-01-31;"
        "Begin met gesloten beurzen\r\n"
        "Nieuwe Ĳsselbrug;faciliteiten;Geen zandbak;overwonnen;uitvoering;;\r\n"
    )
    result = import_csv(
        write(tmp_path, text),
        translators=[lambda c, t: {"Start with closed purses": "Begin met gesloten beurzen"}.get(t, t)],
    )
    assert result.created_collaborations == ["Nieuwe Ĳsselbrug"]
    board = barriers.board(collaborations.find_collaboration("nieuwe ĳsselbrug"))
    (rules,) = board[Precondition.KNOWLEDGE]
    assert (rules.status, rules.level.value, rules.due_date.isoformat()) == (
        Status.IN_PROGRESS,
        "administrative",
        "2027-01-31",
    )
    assert rules.lesson_id is not None
    assert board[Precondition.FACILITIES][0].status is Status.OVERCOME


def test_existing_collaborations_are_matched_by_name(db_path, tmp_path):
    collaborations.create_collaboration("Zorg Één")
    import_csv(write(tmp_path, HEADER_EN + "zorg één,funding,Geen geld,,,,,,,,\n"))
    assert [c.name for c in collaborations.list_collaborations()] == ["Zorg Één"]


BAD_ROWS = [
    ("Zorg,knowledge,,,,,,,,,\n", "Row 3: Title cannot be empty"),
    ("Zorg,wisdom,Titel,,,,,,,,\n", 'Row 3: "wisdom" is not a known value'),
    ("Zorg,knowledge,Titel,,done,,,,,,\n", 'Row 3: "done" is not a known value'),
    ("Zorg,knowledge,Titel,,,7,,,,,\n", "Row 3: Impact must be a whole number"),
    ("Zorg,knowledge,Titel,,,,,,31-12-2027,,\n", 'Row 3: "31-12-2027" is not a date'),
    ("Zorg,knowledge,Titel,,,,,,2027-02-30,,\n", 'Row 3: "2027-02-30" is not a date'),
    ("Zorg,knowledge,Titel,,,,,,,,Onbekende les\n", "Row 3: Unknown lesson"),
    ("Zorg,knowledge,Titel\n", "Row 3: expected 11 cells, found 3"),
    ("Zorg,knowledge," + "x" * 301 + ",,,,,,,,\n", "Row 3: Title is 301 characters long"),
    (",knowledge,Titel,,,,,,,,\n", "Row 3: Name cannot be empty"),
]


@pytest.mark.parametrize(("bad_row", "message"), BAD_ROWS)
def test_one_bad_row_imports_nothing_and_names_the_row(db_path, tmp_path, bad_row, message):
    good_row = "Zorg,knowledge,Eerste rij is goed,,,,,,,,\n"
    with pytest.raises(DrempelError) as error:
        import_csv(write(tmp_path, HEADER_EN + good_row + bad_row))
    assert str(error.value).startswith(message)
    assert collaborations.list_collaborations(include_archived=True) == []


@pytest.mark.parametrize(
    ("content", "encoding", "message"),
    [
        (HEADER_EN + "Café,knowledge,Titel,,,,,,,,\n", "cp1252", "not UTF-8"),
        ("", "utf-8", "empty"),
        ("naam,titel\nx,y\n", "utf-8", 'Unknown column "naam"'),
        ("collaboration,title\nx,y\n", "utf-8", "lacks the column(s) precondition"),
        ("collaboration,precondition,title,title\n", "utf-8", "appears twice"),
        ("\x00\x01binary", "utf-8", "not a CSV file"),
        (HEADER_EN + 'Zorg,knowledge,"open quote,,,,,,,,\n', "utf-8", "cannot be read near row 2"),
        ('"' + HEADER_EN, "utf-8", "cannot be read near row 1"),
    ],
)
def test_a_wrong_file_is_refused_with_a_clear_message(db_path, tmp_path, content, encoding, message):
    with pytest.raises(DrempelError) as error:
        import_csv(write(tmp_path, content, encoding))
    assert message in str(error.value)
    assert collaborations.list_collaborations(include_archived=True) == []


def test_a_preview_tells_what_an_import_would_add_and_changes_nothing(db_path, tmp_path):
    from drempelkompas.services.backups import list_backups

    fill_demo()
    before, backups = board_snapshot(), list_backups()
    path = write(
        tmp_path,
        HEADER_EN
        + "Één loket voor mantelzorgers,funding,Geen budget,,in progress,3,,,,,\n"
        + "Nieuwe proeftuin,knowledge,Geen data,,,,,,,,\n",
    )
    preview = import_csv(path, dry_run=True)
    assert preview.barriers == 2 and preview.created_collaborations == ["Nieuwe proeftuin"]
    assert [(r.collaboration, r.precondition, r.title, r.status) for r in preview.rows] == [
        ("Één loket voor mantelzorgers", Precondition.FUNDING, "Geen budget", Status.IN_PROGRESS),
        ("Nieuwe proeftuin", Precondition.KNOWLEDGE, "Geen data", Status.OPEN),
    ]
    assert board_snapshot() == before and list_backups() == backups
    assert import_csv(path).barriers == 2
    assert "Nieuwe proeftuin" in board_snapshot()


@pytest.mark.parametrize(
    "start", [b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04", b"collaboration,title\x00\x00"]
)
def test_a_picture_pdf_or_workbook_is_named_as_not_a_csv_file(db_path, tmp_path, start):
    path = tmp_path / "wrong.csv"
    path.write_bytes(start + b"rest of the file" * 10)
    with pytest.raises(DrempelError) as raised:
        import_csv(path)
    assert raised.value.template == "The file is not a CSV file."


def test_an_import_cancelled_at_its_last_report_imports_nothing(db_path, tmp_path):
    from drempelkompas.domain.errors import CancelledError
    from drempelkompas.domain.progress import cancelled

    rows = "".join(f"Proeftuin,knowledge,Drempel {n},,,,,,,,\n" for n in range(250))
    reports = []

    def stop_when_done(done, total):
        reports.append((done, total))
        if done == total:  # everything is written, not yet committed
            raise cancelled()

    with pytest.raises(CancelledError):
        import_csv(write(tmp_path, HEADER_EN + rows), progress=stop_when_done)
    assert reports == [(100, 500), (200, 500), (500, 500)]
    assert collaborations.list_collaborations(include_archived=True) == []
