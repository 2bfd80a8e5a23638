"""Every kind of bad exchange file is refused with a message that names the problem, changing nothing."""

import io
import json
import zipfile

import pytest

from drempelkompas.domain.errors import DrempelError
from drempelkompas.runtime import i18n
from drempelkompas.services import barriers, collaborations
from drempelkompas.services.exchange import import_file
from drempelkompas.services.exchange_file import FORMAT_VERSION
from drempelkompas.storage.database import close_database, open_database
from tests.exchange_helpers import dump, filled_exchange_file, members, write_with


@pytest.fixture(scope="module")
def valid(tmp_path_factory):
    folder = tmp_path_factory.mktemp("source")
    open_database(folder / "source.sqlite")
    try:
        return filled_exchange_file(folder / "valid.drempel").read_bytes()
    finally:
        close_database()


def data_of(valid: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        return json.loads(archive.read("data.json"))


def first_barrier(data: dict) -> dict:
    return data["collaborations"][0]["barriers"][0]


def edited(valid: bytes, change) -> bytes:
    """The valid file's data with `change(data)` applied, serialised again."""
    data = data_of(valid)
    change(data)
    return json.dumps(data).encode()


def zip_bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "manifest.json", json.dumps({"format": "drempelkompas-exchange", "format_version": 1})
        )
        with archive.open("data.json", "w", force_zip64=True) as member:
            for _ in range(210):
                member.write(b" " * 1024 * 1024)


def refuse(case, path, valid):
    """Writes the bad file for `case` at `path`."""
    manifest = {"format": "drempelkompas-exchange", "format_version": 1}
    data = data_of(valid)
    raw = json.dumps(data)
    if case == "truncated":
        path.write_bytes(valid[: len(valid) // 2])
    elif case == "not a zip":
        path.write_text("Dit is een boodschappenlijst, geen uitwisselbestand.\n")
    elif case == "a zip of something else":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("foto.jpg", b"\xff\xd8\xff")
        path.write_bytes(buffer.getvalue())
    elif case == "not JSON":
        write_with(path, b"<xml>nee</xml>")
    elif case == "newer format":
        write_with(path, raw.encode(), manifest | {"format_version": FORMAT_VERSION + 1})
    elif case == "wrong checksum":
        altered = raw.replace("Geen budget", "Veel budget").encode()
        write_with(path, altered, manifest | {"data_sha256": "0" * 64}, checksum=False)
    elif case == "over 50 MB":
        path.write_bytes(valid)
        with path.open("r+b") as file:
            file.truncate(51 * 1024 * 1024)
    elif case == "zip bomb":
        zip_bomb(path)
    elif case == "leaves its folder":
        write_with(path, raw.encode(), extra=[("../../.bashrc", "rm -rf ~")])
    elif case == "absolute path":
        write_with(path, raw.encode(), extra=[("/etc/cron.d/evil", "x")])
    elif case == "wrong type":
        write_with(path, edited(valid, lambda d: first_barrier(d).update(impact="hoog")))
    elif case == "missing field":
        write_with(path, edited(valid, lambda d: first_barrier(d).pop("title")))
    elif case == "text over the limit":
        write_with(path, edited(valid, lambda d: first_barrier(d).update(title="x" * 301)))
    elif case == "duplicate UUIDs":
        write_with(path, edited(valid, lambda d: d["collaborations"][0]["barriers"].append(first_barrier(d))))
    elif case == "duplicate JSON keys":
        write_with(path, raw.replace('"title": ', '"title": "een", "title": ', 1).encode())
    elif case == "NaN":
        write_with(path, raw.replace('"impact": 4', '"impact": NaN', 1).encode())
    elif case == "Infinity":
        write_with(path, raw.replace('"impact": 4', '"impact": Infinity', 1).encode())
    elif case == "lone surrogate":
        write_with(path, raw.replace("Geen budget", "Geen \\ud800budget", 1).encode())
    elif case == "control character":
        write_with(path, raw.replace("Geen budget", "Geen \\u0007budget", 1).encode())
    elif case == "actor on two lines":
        write_with(path, edited(valid, lambda d: first_barrier(d)["changes"][0].update(actor="Anna\nBo")))
    elif case == "unknown value":
        write_with(path, edited(valid, lambda d: first_barrier(d).update(precondition="geluk")))
    elif case == "altered signed-off plan":

        def alter(d):
            version = d["collaborations"][0]["plan_versions"][0]
            version["snapshot"] = version["snapshot"].replace("Wethouder", "Burgemeester")

        write_with(path, edited(valid, alter))
    elif case == "not UTF-8":
        write_with(path, raw.replace("Geen budget", "Geen b\u00fcdget").encode("latin-1"))
    elif case == "empty file":
        path.write_bytes(b"")
    else:
        raise AssertionError(case)


CASES = {
    "truncated": "incomplete",
    "not a zip": "is not a Drempelkompas exchange file",
    "a zip of something else": "unexpected entry “foto.jpg”",
    "not JSON": "not valid JSON (line 1, column 1)",
    "newer format": f"newer version of Drempelkompas (format {FORMAT_VERSION + 1})",
    "wrong checksum": "checksum does not match",
    "over 50 MB": "larger than 50 MB",
    "zip bomb": "zip bomb",
    "leaves its folder": "tries to leave its folder",
    "absolute path": "tries to leave its folder",
    "wrong type": "barriers/0/impact: has the wrong type",
    "missing field": "the field “title” is missing",
    "text over the limit": "Title is 301 characters long; at most 300 are allowed",
    "duplicate UUIDs": "this identifier appears twice in the file",
    "duplicate JSON keys": "the key “title” appears twice",
    "NaN": "non-number NaN",
    "Infinity": "non-number Infinity",
    "lone surrogate": "characters that are not valid text",
    "control character": "characters that are not valid text",
    "actor on two lines": "Made by must fit on one line",
    "unknown value": "geluk is not a known value",
    "altered signed-off plan": "does not match its fingerprint",
    "not UTF-8": "damaged",
    "empty file": "is not a Drempelkompas exchange file",
}


@pytest.mark.parametrize("case", CASES)
def test_a_bad_exchange_file_is_refused_and_nothing_changes(case, valid, db_path, tmp_path):
    path = tmp_path / "bad.drempel"
    refuse(case, path, valid)
    file_before = path.read_bytes()
    database_before = dump(db_path)
    with pytest.raises(DrempelError) as refused:
        import_file(path)
    message = i18n.error_text(refused.value)
    assert CASES[case] in message
    assert "\n" not in message and "Traceback" not in message
    assert path.read_bytes() == file_before
    assert dump(db_path) == database_before
    left = {p.name for p in tmp_path.iterdir()}
    assert left <= {"bad.drempel", db_path.name, f"{db_path.name}-wal", f"{db_path.name}-shm"}


def test_the_valid_file_itself_imports(valid, db_path, tmp_path):
    path = tmp_path / "good.drempel"
    path.write_bytes(valid)
    manifest, _ = members(path)
    assert manifest["format_version"] == FORMAT_VERSION
    report = import_file(path)
    assert report.changes_anything


def test_a_file_of_format_1_from_an_older_app_still_imports(valid, db_path, tmp_path):
    path = tmp_path / "old.drempel"
    path.write_bytes(valid)
    manifest, raw = members(path)
    data = json.loads(raw)
    for collaboration in data["collaborations"]:
        for barrier in collaboration["barriers"]:
            del barrier["conflict_of"]  # format 1 had no conflict markers
        for version in collaboration["plan_versions"]:
            del version["withdrawal"]  # nor withdrawals (they came with format 3)
    write_with(path, json.dumps(data).encode(), manifest | {"format_version": 1})
    report = import_file(path)
    (collaboration,) = collaborations.list_collaborations()
    cards = [card for column in barriers.board(collaboration.id).values() for card in column]
    assert report.changes_anything and len(cards) == 2 and not any(card.conflict for card in cards)


def written_as(valid: bytes, description: str) -> bytes:
    """The valid file's data with the first barrier's description as `description` literally
    says in JSON (escapes and all), the rest written as the app writes it."""
    data = data_of(valid)
    first_barrier(data)["description"] = "PLAATSHOUDER"
    return json.dumps(data, ensure_ascii=False).replace("PLAATSHOUDER", description).encode()


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("Cafe\u0301 aan zee", "Caf\u00e9 aan zee"),  # decomposed, as a Mac sends it
        ("Caf\\u0065\\u0301 aan zee", "Caf\u00e9 aan zee"),  # the same, escaped
        ("Twee\\n\u0301regels", "Twee\n\u0301regels"),  # a mark after an escaped line break stays
        ("Al samengesteld: \u00e9", "Al samengesteld: \u00e9"),
    ],
)
def test_texts_are_stored_in_nfc_however_the_file_writes_them(written, stored, valid, db_path, tmp_path):
    import_file(write_with(tmp_path / "vorm.drempel", written_as(valid, written)))
    (collaboration,) = collaborations.list_collaborations()
    columns = barriers.board(collaboration.id).values()
    assert stored in [card.description for column in columns for card in column]


@pytest.mark.parametrize("written", ["Geen \x7fbudget", "Geen \\u007fbudget", "Geen \\ud83dbudget"])
def test_a_control_character_or_lone_surrogate_is_refused_however_written(written, valid, db_path, tmp_path):
    with pytest.raises(DrempelError, match="characters that are not valid text"):
        import_file(write_with(tmp_path / "teken.drempel", written_as(valid, written)))
    assert collaborations.list_collaborations() == []
