"""The files the app reads and writes, attacked as a clumsy user or an attacker would.

Each case failed before the data-safety pass: an export that replaced the database, a restore
that deleted its own backup, a read-only view that hid committed data, a foreign trigger that
ran, a read that never ended. Most run through the command line, as a script or a user would.
"""

import json
import os
import shutil
import sqlite3
import stat
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest

from drempelkompas.domain.enums import Precondition
from drempelkompas.domain.errors import DatabaseRefusedError, DrempelError
from drempelkompas.services import backups, barriers, collaborations, plans
from drempelkompas.services.exchange import export_file, import_file
from drempelkompas.storage import backup as backup_storage
from drempelkompas.storage.database import close_database, open_database
from tests.exchange_helpers import dump, members, write_with

ONE_STOP = "Één loket voor mantelzorgers"  # from the demo


def assert_refused(result, *fragments):
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr and "Unexpected" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


def fingerprint_of(path: Path) -> list[str]:
    """What a database holds, read without the app (so without changing it)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return list(connection.iterdump())


@pytest.fixture
def demo_file(run_cli, tmp_path) -> Path:
    path = tmp_path / "team.sqlite"
    assert run_cli("demo", "--db", str(path)).returncode == 0
    return path


# -- 1. an export onto the database -----------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("export-csv", "-o"),
        ("export", "-o"),
        ("plan", "export", "--collaboration", ONE_STOP, "-o"),
    ],
    ids=["csv", "exchange", "plan"],
)
def test_no_export_replaces_the_database_or_its_files(run_cli, demo_file, command):
    before = fingerprint_of(demo_file)
    backup_file = Path(run_cli("backup", "create", "--db", str(demo_file)).stdout.split()[-1].rstrip("."))
    link = demo_file.with_name("link.sqlite")
    link.symlink_to(demo_file)
    other = demo_file.with_name("other.sqlite")
    shutil.copyfile(demo_file, other)
    targets = {
        str(demo_file): "open database",
        str(demo_file.parent / "sub" / ".." / demo_file.name): "open database",
        str(link): "open database",
        f"{demo_file}-wal": "open database",
        str(backup_file): "open database",
        str(other): "Drempelkompas-database",
    }
    (demo_file.parent / "sub").mkdir()
    for target, said in targets.items():
        result = run_cli(*command[:1], "--db", str(demo_file), "--lang", "nl", *command[1:], target)
        assert_refused(result, said if said != "open database" else "geopende database")
    assert fingerprint_of(demo_file) == before
    assert link.is_symlink() and fingerprint_of(other) == before
    assert backup_file.read_bytes().startswith(b"SQLite format 3")


def test_the_save_dialog_cannot_export_onto_the_database(qtbot, db_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from drempelkompas.ui.plan_dialog import PlanDialog

    collaboration_id = collaborations.create_collaboration("Dijken")
    dialog = PlanDialog(collaboration_id)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(db_path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog.export_pdf()
    assert len(shown) == 1 and "open database" in shown[0]
    close_database()
    open_database(db_path)
    assert collaborations.find_collaboration("Dijken") is not None


# -- 2. restoring the oldest backup -------------------------------------------------------------


def test_the_oldest_of_fourteen_backups_can_be_restored(db_path):
    collaborations.create_collaboration("Eerste stand")
    oldest = backups.create_backup()
    for number in range(backup_storage.KEEP - 1):
        collaborations.create_collaboration(f"Later {number}")
        backups.create_backup()
    assert len(backups.list_backups()) == backup_storage.KEEP
    backups.restore_backup(oldest)
    assert oldest.exists()
    names = [s.name for s in collaborations.list_collaborations()]
    assert names == ["Eerste stand"]


# -- 3. a read-only database with a -wal --------------------------------------------------------


def read_only_copy_with_wal(tmp_path: Path) -> Path:
    """A database whose last commits are only in its -wal (a writer that crashed), in a read-only folder."""
    source = tmp_path / "writer" / "team.sqlite"
    source.parent.mkdir()
    open_database(source)
    for number in range(3):
        collaborations.create_collaboration(f"Gecheckpoint {number}")
    close_database()
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    open_database(source)
    for number in range(2):
        collaborations.create_collaboration(f"Alleen in de wal {number}")
    folder = tmp_path / "usb"
    folder.mkdir()
    shutil.copyfile(source, folder / "team.sqlite")  # while the writer still has it open
    shutil.copyfile(f"{source}-wal", folder / "team.sqlite-wal")
    close_database()
    writer.close()
    for file in folder.iterdir():
        file.chmod(0o444)
    folder.chmod(0o555)
    return folder / "team.sqlite"


def test_a_read_only_database_with_a_wal_shows_every_committed_collaboration(tmp_path):
    path = read_only_copy_with_wal(tmp_path)
    files_before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    try:
        open_database(path)
        names = sorted(s.name for s in collaborations.list_collaborations())
        close_database()
        assert len(names) == 5 and "Alleen in de wal 1" in names
        assert {p.name: p.read_bytes() for p in path.parent.iterdir()} == files_before  # no -shm made
    finally:
        path.parent.chmod(0o755)


def test_the_command_line_lists_all_of_a_read_only_database_with_a_wal(run_cli, tmp_path):
    path = read_only_copy_with_wal(tmp_path)
    try:
        result = run_cli("list", "--db", str(path))
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 5
        assert sorted(p.name for p in path.parent.iterdir()) == ["team.sqlite", "team.sqlite-wal"]
    finally:
        path.parent.chmod(0o755)


# -- 4. restoring something that is not a good backup ------------------------------------------


@pytest.mark.parametrize("kind", ["newer", "foreign", "trigger"])
def test_restore_checks_a_backup_as_an_open_checks_a_database(db_path, kind):
    collaborations.create_collaboration("Blijft")
    real = backups.create_backup()
    impostor = real.with_name(real.name.replace("manual", "daily"))
    shutil.copyfile(real, impostor)
    with closing(sqlite3.connect(impostor)) as connection:
        if kind == "newer":
            connection.execute("PRAGMA user_version = 99")
        elif kind == "foreign":
            connection.execute("PRAGMA application_id = 0")
        else:
            connection.execute(
                "CREATE TRIGGER wipe AFTER INSERT ON barrier BEGIN DELETE FROM barrierchange; END"
            )
        connection.commit()
    with pytest.raises(DatabaseRefusedError):
        backups.restore_backup(impostor)
    assert [s.name for s in collaborations.list_collaborations()] == ["Blijft"]


# -- 5. a dangling link --------------------------------------------------------------------------


def test_a_link_to_a_missing_share_is_refused_and_kept(run_cli, tmp_path):
    link = tmp_path / "team.sqlite"
    link.symlink_to(tmp_path / "share-not-mounted" / "team.sqlite")
    result = run_cli("demo", "--db", str(link), "--lang", "nl")
    assert_refused(result, "share-not-mounted", "niet verbonden")
    assert link.is_symlink() and not link.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "team.sqlite"]


# -- 6. identities that belong to something else -------------------------------------------------


def test_an_exchange_file_claiming_another_collaborations_partner_is_refused(db_path, tmp_path):
    ours = collaborations.create_collaboration(
        "Ons", partners=[collaborations.PartnerView("Gemeente", "government", "problem_owner")]
    )
    theirs = collaborations.create_collaboration(
        "Van hen", partners=[collaborations.PartnerView("Provincie", "government", "problem_owner")]
    )
    file, ours_file = tmp_path / "x.drempel", tmp_path / "o.drempel"
    export_file(file, [theirs])
    export_file(ours_file, [ours])
    manifest, data = members(file)
    partner_uuid = json.loads(members(ours_file)[1])["collaborations"][0]["partners"][0]["uuid"]
    doctored = json.loads(data)
    doctored["collaborations"][0]["partners"][0]["uuid"] = partner_uuid
    write_with(file, json.dumps(doctored).encode(), manifest)
    before = dump(db_path)
    for dry_run in (True, False):
        with pytest.raises(DrempelError) as refused:
            import_file(file, dry_run=dry_run)
        assert partner_uuid in str(refused.value)
    assert dump(db_path) == before


# -- 7. Unicode forms ----------------------------------------------------------------------------


def test_a_name_in_another_unicode_form_is_the_same_collaboration(run_cli, demo_file, tmp_path):
    decomposed = unicodedata.normalize("NFD", ONE_STOP)
    assert decomposed != ONE_STOP
    csv_file = tmp_path / "macos.csv"
    csv_file.write_text(
        f"collaboration,precondition,title\n{decomposed},kennis,Van een Mac\n", encoding="utf-8"
    )
    assert run_cli("import-csv", str(csv_file), "--db", str(demo_file)).returncode == 0
    assert len(run_cli("list", "--db", str(demo_file)).stdout.splitlines()) == 3
    exported = run_cli(
        "export-csv", "--db", str(demo_file), "--collaboration", decomposed, "-o", str(tmp_path / "o.csv")
    )
    assert exported.returncode == 0, exported.stderr
    assert "Van een Mac" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")


def test_text_is_stored_composed(db_path):
    collaboration_id = collaborations.create_collaboration(unicodedata.normalize("NFD", "Café Ĳssel"))
    assert collaborations.get_collaboration(collaboration_id).name == "Café Ĳssel"
    assert unicodedata.is_normalized("NFC", collaborations.get_collaboration(collaboration_id).name)


# -- 8. unreadable PDFs --------------------------------------------------------------------------


def test_unreadable_pdfs_get_a_message(run_cli, demo_file, tmp_path):
    exported = tmp_path / "plan.pdf"
    signatory = "Ingrid Jansen|Wethouder|bestuurlijk"
    signoff = ("plan", "signoff", "--db", str(demo_file), "--collaboration", ONE_STOP)
    assert run_cli(*signoff, "--signatory", signatory).returncode == 0
    export = ("plan", "export", "--db", str(demo_file), "--collaboration", ONE_STOP, "--version", "1")
    assert run_cli(*export, "-o", str(exported)).returncode == 0
    cases = {
        "empty.pdf": b"",
        "not.pdf": b"dit is geen pdf",
        "cut.pdf": exported.read_bytes()[: len(exported.read_bytes()) // 2],
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        result = run_cli(
            "plan", "sign", str(tmp_path / name), "-o", str(tmp_path / "signed.pdf"), "--lang", "nl"
        )
        assert_refused(result, "geen leesbare pdf")
        assert not (tmp_path / "signed.pdf").exists()
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(exported.read_bytes() + os.urandom(2048))
    result = run_cli("verify", str(junk), "--db", str(demo_file))
    assert result.returncode == 1 and "ALTERED" in result.stdout and "Unexpected" not in result.stderr


# -- 9. a schema of its own ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [
        "CREATE TRIGGER rewrite AFTER INSERT ON barrier BEGIN UPDATE collaboration SET notes = 'x'; END",
        "CREATE VIEW everything AS SELECT * FROM barrier",
        "CREATE TABLE stowaway (x)",
        "ALTER TABLE barrier ADD COLUMN secret TEXT",
        "CREATE INDEX odd ON barrier (title)",
    ],
    ids=["trigger", "view", "table", "column", "index"],
)
def test_a_database_with_a_schema_of_its_own_is_refused_untouched(tmp_path, extra):
    path = tmp_path / "crafted.sqlite"
    open_database(path)
    collaborations.create_collaboration("Doelwit")
    close_database()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(extra)
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefusedError, match="does not know"):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crafted.sqlite"]


# -- 10. long names ------------------------------------------------------------------------------


def test_a_name_too_long_for_the_backups_is_refused_before_anything_is_written(run_cli, tmp_path):
    name = "n" * 220 + ".sqlite"
    result = run_cli("demo", "--db", str(tmp_path / name), "--lang", "nl")
    assert_refused(result, "te lang")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]
    fitting = "n" * 190 + ".sqlite"
    assert run_cli("demo", "--db", str(tmp_path / fitting)).returncode == 0
    assert run_cli("backup", "create", "--db", str(tmp_path / fitting)).returncode == 0


# -- 11. endless inputs --------------------------------------------------------------------------


def test_endless_inputs_are_refused_at_once(run_cli, demo_file, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    exported = tmp_path / "plan.pdf"
    run_cli("plan", "export", "--db", str(demo_file), "--collaboration", ONE_STOP, "-o", str(exported))
    for endless in ("/dev/zero", str(fifo)):
        for command in (
            ("import-csv", endless, "--db", str(demo_file)),
            ("import", endless, "--db", str(demo_file)),
            ("verify", endless, "--db", str(demo_file)),
            ("plan", "sign", endless, "-o", str(tmp_path / "s.pdf")),
        ):
            result = run_cli(*command, "--lang", "nl")  # run_cli's own timeout fails a read that never ends
            assert_refused(result, "geen gewoon bestand")


def test_a_read_takes_no_more_than_its_cap(tmp_path):
    from drempelkompas.storage.files import read_capped

    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2048)
    assert read_capped(big, 2048) == b"x" * 2048
    with pytest.raises(DrempelError, match="larger than"):
        read_capped(big, 2047)


# -- 14. permissions -----------------------------------------------------------------------------


def test_exports_follow_the_umask_and_crash_logs_are_private(run_cli, demo_file, tmp_path):
    previous = os.umask(0o022)
    try:
        from drempelkompas.storage.files import write_atomically

        write_atomically(tmp_path / "shared.csv", b"a,b\n")
        assert stat.S_IMODE((tmp_path / "shared.csv").stat().st_mode) == 0o644
    finally:
        os.umask(previous)
    result = run_cli("export-csv", "--db", str(demo_file), "-o", str(tmp_path / "cli.csv"))
    assert result.returncode == 0 and stat.S_IMODE((tmp_path / "cli.csv").stat().st_mode) & 0o044
    from drempelkompas.runtime import crash_log

    log = crash_log.write_crash_log(RuntimeError("met gebruikersgegevens"))
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


# -- 15. line breaks in one-line cells -----------------------------------------------------------


def test_a_line_break_in_a_title_cell_becomes_a_space(run_cli, tmp_path):
    db = tmp_path / "team.sqlite"
    csv_file = tmp_path / "excel.csv"
    csv_file.write_text(
        'samenwerking;randvoorwaarde;titel\nDijken;kennis;"Twee\nregels"\nDijken;kennis;Drie\n',
        encoding="utf-8",
    )
    result = run_cli("import-csv", str(csv_file), "--db", str(db), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert "spaties geworden: 1" in result.stdout
    exported = run_cli("export-csv", "--db", str(db), "-o", str(tmp_path / "out.csv"))
    assert exported.returncode == 0
    assert "Twee regels" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_row_numbers_are_the_spreadsheets(db_path, tmp_path):
    from drempelkompas.services.csv_io import import_csv

    csv_file = tmp_path / "excel.csv"
    # Row 1 is the header; row 2 spans two lines of the file; row 3 has a bad status.
    csv_file.write_text(
        'collaboration,precondition,title,description,status\nDijken,kennis,Een,"lang\nverhaal",open\n'
        "Dijken,kennis,Twee,,misschien\n",
        encoding="utf-8",
    )
    with pytest.raises(DrempelError, match=r"^Row 3:"):
        import_csv(csv_file)
    assert collaborations.list_collaborations() == []


# -- 13. a large CSV file, counted -------------------------------------------------------------


def test_a_large_import_keeps_every_column_in_order_with_its_history(db_path, tmp_path):
    from drempelkompas.services.csv_io import import_csv

    existing = collaborations.create_collaboration("Dijken")
    barriers.add_barrier(existing, Precondition.KNOWLEDGE, "Er al")
    lines = ["collaboration,precondition,title"]
    lines += [
        f"{'Dijken' if n % 2 else f'Nieuw {n % 7}'},{'kennis' if n % 3 else 'financiering'},Rij {n}"
        for n in range(3000)
    ]
    csv_file = tmp_path / "big.csv"
    csv_file.write_text("\n".join(lines), encoding="utf-8")
    reported = []
    result = import_csv(csv_file, progress=lambda done, total: reported.append((done, total)))
    assert result.barriers == 3000 and len(reported) >= 3
    assert reported[-1][0] == reported[-1][1]  # done at the last report
    column = barriers.board(existing)[Precondition.KNOWLEDGE]
    assert [card.position for card in column] == list(range(len(column)))
    assert column[0].title == "Er al"
    assert [c.title for c in column[1:4]] == ["Rij 1", "Rij 5", "Rij 7"]
    assert barriers.history(column[1].id)[0].field == "created"
    assert len(plans.draft(existing)["barriers"]) == 1 + 1500  # the board reads back whole


def test_a_signed_pdf_never_replaces_a_device_a_pipe_or_a_databases_companion(run_cli, demo_file, tmp_path):
    """Found by attacking `plan sign`: it replaced /dev/null (as root) and a database's -wal file."""
    exported = tmp_path / "plan.pdf"
    signoff = ("plan", "signoff", "--db", str(demo_file), "--collaboration", ONE_STOP)
    assert run_cli(*signoff, "--signatory", "Ingrid Jansen|Wethouder|bestuurlijk").returncode == 0
    export = ("plan", "export", "--db", str(demo_file), "--collaboration", ONE_STOP, "--version", "1")
    assert run_cli(*export, "-o", str(exported)).returncode == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    companion = Path(f"{demo_file}-wal")
    companion.write_bytes(b"committed pages")
    passphrase = {"DREMPELKOMPAS_P12_PASSWORD": "correct horse battery"}
    sign = ("plan", "sign", str(exported), "--lang", "nl")
    for target, refusal in ((fifo, "geen gewoon bestand"), (companion, "database")):
        assert_refused(run_cli(*sign, "--name", "Ingrid", "-o", str(target), env=passphrase), refusal)
    assert fifo.is_fifo() and companion.read_bytes() == b"committed pages"
    missing = tmp_path / "no such folder" / "signed.pdf"
    result = run_cli("plan", "sign", str(exported), "--name", "Ingrid", "-o", str(missing), env=passphrase)
    assert result.returncode == 1 and str(missing) in result.stderr
    assert "drempelkompas-tmp" not in result.stderr  # the user's file is named, not a temporary one
    # A certificate file that never ends is not read to its end.
    assert_refused(run_cli(*sign, "--p12", "/dev/zero", "-o", str(tmp_path / "s.pdf")), "geen gewoon bestand")
