"""The command line as teams use it in scripts: output, exit codes, one-line errors."""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from drempelkompas import __version__

REPOSITORY = Path(__file__).resolve().parents[1]


def assert_one_line_error(result, *fragments):
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version(run_cli):
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"drempelkompas {__version__}"


def test_version_answers_without_loading_qt():
    import subprocess
    import sys

    code = (
        "import sys; from drempelkompas.cli import main; main(['--version']); print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["drempelkompas", __version__, "False"]


def test_the_window_starts_without_the_pdf_and_signature_libraries():
    """reportlab, odfpy and pyHanko take half a second to import: only the documents need them."""
    import subprocess
    import sys

    code = (
        "import sys; import drempelkompas.app.start, drempelkompas.ui.main_window; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'odf', 'pyhanko', 'pikepdf'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_demo_then_list_shows_open_barriers_per_precondition(run_cli, tmp_path):
    db = str(tmp_path / "team.sqlite")
    assert run_cli("demo", "--db", db).returncode == 0
    result = run_cli("list", "--db", db, "--lang", "nl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("Digitale Tweeling Ĳsselmonde: open drempels: Kennis 3, Commitment 2,")
    assert lines[1].startswith("Één loket voor mantelzorgers")  # sorted as "Een"


def test_the_database_option_and_variable_and_default_location(run_cli, tmp_path):
    chosen = tmp_path / "via-variable.sqlite"
    assert run_cli("demo", env={"DREMPELKOMPAS_DB": str(chosen)}).returncode == 0
    assert chosen.exists()
    assert run_cli("demo").returncode == 0  # the default: the per-user data folder
    (default,) = (tmp_path / "home" / "data").rglob("drempelkompas.sqlite")
    assert default.parent.name == "Drempelkompas"
    option = tmp_path / "via-option.sqlite"
    assert run_cli("--db", str(option), "list", env={"DREMPELKOMPAS_DB": str(chosen)}).returncode == 0
    assert option.exists()


def test_csv_export_and_import_through_the_command_line(run_cli, tmp_path):
    source, target, csv_file = (str(tmp_path / name) for name in ("a.sqlite", "b.sqlite", "out.csv"))
    run_cli("demo", "--db", source)
    exported = run_cli(
        "export-csv", "--db", source, "--collaboration", "één loket voor mantelzorgers", "-o", csv_file
    )
    assert exported.returncode == 0, exported.stderr
    imported = run_cli("import-csv", csv_file, "--db", target, "--lang", "en")
    assert imported.returncode == 0, imported.stderr
    assert "Imported 10 barriers; new collaborations: Één loket voor mantelzorgers." in imported.stdout


def test_a_bad_csv_row_fails_in_the_users_language(run_cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("samenwerking;randvoorwaarde;titel\nZorg;kennis;\n", encoding="utf-8")
    db = tmp_path / "db.sqlite"
    result = run_cli("import-csv", str(bad), "--db", str(db), "--lang", "nl")
    assert_one_line_error(result, "Rij 2: Titel mag niet leeg zijn.")
    assert "Zorg" not in run_cli("list", "--db", str(db)).stdout


@pytest.mark.parametrize("command", [["list"], ["demo"], ["export-csv", "-o", "x.csv"]])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(run_cli, tmp_path, command):
    path = tmp_path / "notities.sqlite"
    path.write_text("boodschappenlijst\n", encoding="utf-8")
    result = run_cli(*command, "--db", str(path), "--lang", "en", cwd=tmp_path)
    assert_one_line_error(result, "is not a Drempelkompas database")
    assert path.read_text(encoding="utf-8") == "boodschappenlijst\n"


def test_a_newer_database_is_refused_in_dutch(run_cli, tmp_path):
    db = tmp_path / "nieuw.sqlite"
    run_cli("list", "--db", str(db))
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = db.read_bytes()
    assert_one_line_error(run_cli("list", "--db", str(db), "--lang", "nl"), "nieuwere versie")
    assert db.read_bytes() == before


def test_missing_files_and_unknown_collaborations_give_one_line(run_cli, tmp_path):
    db = str(tmp_path / "db.sqlite")
    assert_one_line_error(run_cli("import-csv", str(tmp_path / "nope.csv"), "--db", db), "nope.csv")
    assert_one_line_error(
        run_cli("export-csv", "--db", db, "--collaboration", "Niets", "-o", str(tmp_path / "x.csv")), "Niets"
    )
    assert_one_line_error(
        run_cli("list", "--db", str(tmp_path / "no-such-folder" / "db.sqlite")), "db.sqlite"
    )


def test_plan_signoff_export_sign_and_verify_from_the_command_line(run_cli, tmp_path):
    db = str(tmp_path / "plan.sqlite")
    name = "Één loket voor mantelzorgers"
    run_cli("demo", "--db", db)
    signed_off = run_cli(
        "plan",
        "signoff",
        "--db",
        db,
        "--collaboration",
        name,
        "--signatory",
        "Ingrid Jansen|Wethouder|bestuurlijk",
        "--signatory",
        "Peter van Dijk|Manager|management",
    )
    assert signed_off.returncode == 0, signed_off.stderr
    assert signed_off.stdout.startswith("Signed off version 1; fingerprint ")
    pdf = tmp_path / "plan-v1.pdf"
    exported = run_cli(
        "plan",
        "export",
        "--db",
        db,
        "--collaboration",
        name,
        "--version",
        "1",
        "--lang",
        "nl",
        "-o",
        str(pdf),
    )
    assert exported.returncode == 0, exported.stderr
    verified = run_cli("verify", str(pdf), "--db", db, "--lang", "en")
    assert verified.returncode == 0
    assert "unaltered export of a signed-off version" in verified.stdout and "version 1" in verified.stdout

    signed = tmp_path / "plan-v1-signed.pdf"
    passphrase = {"DREMPELKOMPAS_P12_PASSWORD": "correct horse battery"}
    result = run_cli("plan", "sign", str(pdf), "--name", "Ingrid Jansen", "-o", str(signed), env=passphrase)
    assert result.returncode == 0, result.stderr
    verified = run_cli("verify", str(signed), "--db", db, "--lang", "nl")
    assert verified.returncode == 0, verified.stdout
    assert "Handtekening 1: Ingrid Jansen, " in verified.stdout and "; geldig;" in verified.stdout

    altered = bytearray(pdf.read_bytes())
    altered[len(altered) // 3] ^= 0x20
    pdf.write_bytes(bytes(altered))
    verified = run_cli("verify", str(pdf), "--db", db, "--lang", "en")
    assert verified.returncode == 1
    assert "ALTERED" in verified.stdout


def test_plan_errors_are_one_line(run_cli, tmp_path):
    db = str(tmp_path / "plan.sqlite")
    run_cli("demo", "--db", db)
    assert_one_line_error(
        run_cli(
            "plan",
            "signoff",
            "--db",
            db,
            "--collaboration",
            "Één loket voor mantelzorgers",
            "--signatory",
            "Alleen een naam",
        ),
        "Name|Role|level",
    )
    assert_one_line_error(
        run_cli(
            "plan",
            "export",
            "--db",
            db,
            "--collaboration",
            "Één loket voor mantelzorgers",
            "--version",
            "7",
            "-o",
            str(tmp_path / "x.pdf"),
        ),
        "no signed-off version 7",
    )
    not_a_certificate = tmp_path / "fake.p12"
    not_a_certificate.write_bytes(b"nope")
    draft = tmp_path / "draft.pdf"
    run_cli("plan", "export", "--db", db, "--collaboration", "Één loket voor mantelzorgers", "-o", str(draft))
    assert_one_line_error(
        run_cli("plan", "sign", str(draft), "--p12", str(not_a_certificate), "-o", str(tmp_path / "s.pdf")),
        "not a certificate file",
    )


def test_backup_create_list_and_restore_from_the_command_line(run_cli, tmp_path):
    db = str(tmp_path / "team.sqlite")
    run_cli("demo", "--db", db)
    created = run_cli("backup", "create", "--db", db)
    assert created.returncode == 0, created.stderr
    backup = created.stdout.strip().removeprefix("Backup written to ").removesuffix(".")
    listed = run_cli("backup", "list", "--db", db, "--lang", "en")
    assert "manual: 3 collaborations, 30 barriers" in listed.stdout
    connection = sqlite3.connect(db)
    connection.execute("UPDATE collaboration SET deleted_at = '2026-01-01'")
    connection.commit()
    connection.close()
    assert run_cli("list", "--db", db).stdout.strip() == "No collaborations yet."
    restored = run_cli("backup", "restore", backup, "--db", db)
    assert restored.returncode == 0, restored.stderr
    assert len(run_cli("list", "--db", db).stdout.splitlines()) == 3
    assert_one_line_error(run_cli("backup", "restore", str(tmp_path / "nope.sqlite"), "--db", db), "backups")


def test_while_the_app_has_the_database_reading_works_and_writing_waits_then_says_so(run_cli, tmp_path):
    db = tmp_path / "shared.sqlite"
    run_cli("demo", "--db", str(db))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "home" / "data")},
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert run_cli("list", "--db", str(db)).returncode == 0
        assert_one_line_error(
            run_cli("import-csv", str(tmp_path / "x.csv"), "--db", str(db), "--lang", "en"),
            "in use by the Drempelkompas app",
        )
    finally:
        holder.kill()
        holder.wait()
    # the killed holder left its lock file behind; a lock of a dead process no longer counts
    rows = tmp_path / "rows.csv"
    rows.write_text("collaboration,precondition,title\nZorg,knowledge,Na de crash\n", encoding="utf-8")
    imported = run_cli("import-csv", str(rows), "--db", str(db))
    assert imported.returncode == 0, imported.stderr


HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from drempelkompas.runtime.instance_lock import DatabaseLock
lock = DatabaseLock(sys.argv[1])
assert lock.acquire()
print("locked", flush=True)
sys.stdin.read()  # holds the lock until the test kills it (or ends), however long the test takes
"""


def test_a_read_only_database_is_listed_but_not_changed(run_cli, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    db = folder / "ontvangen.sqlite"
    run_cli("demo", "--db", str(db))
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        before = db.read_bytes()
        assert len(run_cli("list", "--db", str(db)).stdout.splitlines()) == 3
        rows = tmp_path / "rows.csv"
        rows.write_text("collaboration,precondition,title\nZorg,knowledge,X\n", encoding="utf-8")
        assert_one_line_error(run_cli("import-csv", str(rows), "--db", str(db), "--lang", "en"), "read-only")
        assert db.read_bytes() == before
        assert [p.name for p in folder.iterdir()] == [db.name]
    finally:
        os.chmod(folder, 0o755)
        os.chmod(db, 0o644)


def test_exchange_export_preview_and_import_through_the_command_line(run_cli, tmp_path):
    source, target, file = (str(tmp_path / name) for name in ("a.sqlite", "b.sqlite", "zorg.drempel"))
    run_cli("demo", "--db", source)
    exported = run_cli(
        "export",
        "--db",
        source,
        "--collaboration",
        "één loket voor mantelzorgers",
        "-o",
        file,
        "--lang",
        "en",
    )
    assert exported.returncode == 0, exported.stderr
    assert "Exported 1 collaborations with 10 barriers" in exported.stdout
    preview = run_cli("import", file, "--dry-run", "--db", target, "--lang", "nl")
    assert preview.returncode == 0, preview.stderr
    assert "er is nog niets geïmporteerd" in preview.stdout
    assert "Toegevoegd: Samenwerking “Één loket voor mantelzorgers”" in preview.stdout
    assert "Één loket" not in run_cli("list", "--db", target).stdout
    imported = run_cli("import", file, "--db", target, "--lang", "nl")
    # The collaboration, its 10 barriers, 13 commitments, 5 contributions, 2 scan answers, 2 gates.
    assert "33 toegevoegd, 0 bijgewerkt, 0 in conflict, 0 behouden, 0 ongewijzigd." in imported.stdout
    assert "Toegevoegd: Bijdrage" in imported.stdout and "Toegevoegd: Fasepoort" in imported.stdout
    assert "Één loket" in run_cli("list", "--db", target).stdout


def test_a_bad_exchange_file_fails_in_one_line_and_changes_nothing(run_cli, tmp_path):
    bad = tmp_path / "kapot.drempel"
    bad.write_bytes(b"PK\x03\x04 afgebroken")
    db = tmp_path / "db.sqlite"
    run_cli("demo", "--db", str(db))
    before = db.read_bytes()
    result = run_cli("import", str(bad), "--db", str(db), "--lang", "nl")
    assert_one_line_error(result, "kapot.drempel is onvolledig")
    assert db.read_bytes() == before


def test_i18n_check_counts_per_language_and_fails_on_incomplete_dutch(run_cli, tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts_file in (REPOSITORY / "translations").glob("*.ts"):
        shutil.copy(ts_file, folder)
    complete = run_cli("i18n", "check", "--translations", str(folder), "--lang", "en")
    assert complete.returncode == 0, complete.stderr
    assert re.search(
        r"nl: \d+ translated, 0 unfinished, 0 vanished, 0 placeholder mismatches", complete.stdout
    )
    dutch = folder / "drempelkompas_nl.ts"
    text = dutch.read_text(encoding="utf-8")
    text = text.replace(
        "<translation>Kennis</translation>", '<translation type="unfinished"></translation>', 1
    )
    text = text.replace("{name}", "{naam}", 1)
    dutch.write_text(text, encoding="utf-8")
    incomplete = run_cli("i18n", "check", "--translations", str(folder), "--lang", "en")
    assert incomplete.returncode == 1
    assert re.search(
        r"nl: \d+ translated, 1 unfinished, 0 vanished, 1 placeholder mismatches", incomplete.stdout
    )
    assert "Dutch and English must be complete: nl." in incomplete.stderr


def test_an_unknown_language_is_refused_with_the_available_ones(run_cli):
    result = run_cli("list", "--lang", "fr")
    assert result.returncode == 1
    assert "Unknown language fr; available: en, nl." in result.stderr


def test_help_and_usage_errors_are_in_the_chosen_language(run_cli):
    helped = run_cli("backup", "--help", "--lang", "nl")
    assert "gebruik: drempelkompas backup" in helped.stdout
    assert "maak nu een back-up" in helped.stdout
    missing = run_cli("plan", "export", "--lang", "nl")
    assert missing.returncode == 2
    assert "fout: de volgende argumenten zijn verplicht: --collaboration" in missing.stderr
    english = run_cli("backup", "--help", "--lang", "en")
    assert "usage: drempelkompas backup" in english.stdout and "make a backup now" in english.stdout


def test_an_exchange_file_given_alone_starts_the_app_with_it(monkeypatch):
    """As a file manager opens a .drempel file: the app, not a command (and never an error)."""
    from drempelkompas.app import start
    from drempelkompas.cli import run
    from drempelkompas.services.exchange_file import SUFFIX

    assert run.EXCHANGE_SUFFIX == SUFFIX
    started = []
    monkeypatch.setattr(start, "run_app", lambda *args: started.append(args) or 0)
    assert run.main(["--lang", "en", "C:/Users/anna/Van Bob.DREMPEL"]) == 0
    assert run.main(["--db", "x.drempel.sqlite", "bijlage.drempel"]) == 0
    assert started == [
        (None, "en", Path("C:/Users/anna/Van Bob.DREMPEL")),
        ("x.drempel.sqlite", None, Path("bijlage.drempel")),
    ]
