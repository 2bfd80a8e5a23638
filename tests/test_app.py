"""The desktop app: it starts on a database, refuses bad files with a dialog, reports crashes."""

import contextlib
import sqlite3

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QListView, QMessageBox

from drempelkompas.app import start as app_module
from drempelkompas.services.demo import fill_demo


@pytest.fixture
def shown_dialogs(monkeypatch):
    """Answers every message box at once and records what it said."""
    shown = []

    def exec_(box):
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def answered_yes(monkeypatch):
    """Answers every question of the app's start with Yes, then leaves at once; records the texts."""
    asked = []

    def answer(box):
        asked.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    return asked


def damage(path, first_page: int, pages: int = 2) -> bytes:
    """Overwrites whole pages of a database file with garbage; returns the damaged bytes."""
    damaged = bytearray(path.read_bytes())
    damaged[4096 * first_page : 4096 * (first_page + pages)] = b"\xa5" * (4096 * pages)
    path.write_bytes(bytes(damaged))
    return bytes(damaged)


def middle_leaf_page(path, table: str) -> int:
    """The (1-based) number of a page in the middle of a table's rows."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        pages = [
            number
            for (number,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
            )
        ]
    return pages[len(pages) // 2]


def test_the_app_starts_on_a_database_with_the_last_collaboration_list(qtbot, db_path, monkeypatch):
    fill_demo()
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.run_app(str(db_path), "en") == 0
    (window,) = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()
    ]
    qtbot.addWidget(window)
    names = window.findChild(QListView, "collaborationList").model()
    assert names.rowCount() == 3
    assert names.index(0).data() == "Digitale Tweeling Ĳsselmonde"
    assert window.windowTitle() == "Digitale Tweeling Ĳsselmonde — Drempelkompas"
    from drempelkompas.services.backups import list_backups

    assert [info.reason for info in list_backups()] == ["daily"]  # made at start-up


def test_a_file_that_is_not_a_database_gets_a_dialog_and_stays_untouched(qapp, tmp_path, shown_dialogs):
    path = tmp_path / "foto.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    assert app_module.run_app(str(path), "en") == 1
    ((title, text),) = shown_dialogs
    assert title == "The database cannot be opened"
    assert "is not a Drempelkompas database" in text
    assert path.read_bytes() == b"\xff\xd8\xff\xe0" + b"\x00" * 100


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(qapp, shown_dialogs):
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        app_module._report_unexpected_error(type(error), error, error.__traceback__)
    ((title, text),) = shown_dialogs
    assert title == "Unexpected error"
    assert "ZeroDivisionError" in text and "Traceback" not in text
    log_path = text.rsplit("Details are in ", 1)[1].rstrip(".")
    with open(log_path, encoding="utf-8") as log:
        assert "ZeroDivisionError: division by zero" in log.read()


def test_a_second_copy_on_the_same_database_brings_the_first_to_front_and_stops(qapp, db_path, shown_dialogs):
    from drempelkompas.runtime.instance_lock import DatabaseLock

    first = DatabaseLock(db_path)
    assert first.acquire()
    raised = []
    first.listen_for_raise(lambda: raised.append(True))
    try:
        assert app_module.run_app(str(db_path), "en") == 1
        qapp.processEvents()
        for _ in range(20):
            if raised:
                break
            qapp.processEvents()
    finally:
        first.release()
    ((title, text),) = shown_dialogs
    assert title == "Already open" and str(db_path) in text
    assert raised


def test_an_exchange_file_the_app_is_started_with_is_shown_in_its_preview(
    qtbot, db_path, monkeypatch, tmp_path, run_cli
):
    from drempelkompas.services import collaborations
    from drempelkompas.ui.exchange_dialogs import ImportPreviewDialog

    colleague = str(tmp_path / "collega.sqlite")
    exchange = tmp_path / "Van een collega.drempel"
    assert run_cli("--db", colleague, "demo").returncode == 0
    assert run_cli("--db", colleague, "export", "-o", str(exchange)).returncode == 0
    previews = []

    def event_loop(app):
        qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
        return 0

    def preview(dialog):
        previews.append(dialog.windowTitle())
        return ImportPreviewDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    # As a file manager starts it: the file's preview comes up, nothing is imported unasked.
    assert app_module.run_app(str(db_path), "en", exchange) == 0
    (window,) = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()
    ]
    qtbot.addWidget(window)
    assert len(previews) == 1 and collaborations.list_collaborations() == []


def test_a_second_copy_started_with_an_exchange_file_hands_it_to_the_first(qapp, db_path, shown_dialogs):
    from drempelkompas.runtime.instance_lock import DatabaseLock

    first = DatabaseLock(db_path)
    assert first.acquire()
    raised, opened = [], []
    first.listen_for_raise(lambda: raised.append(True), opened.append)
    exchange = db_path.parent / "Één bestand, met spaties.drempel"
    try:
        assert app_module.run_app(str(db_path), "en", exchange) == 0
        for _ in range(50):
            if opened:
                break
            qapp.processEvents()
    finally:
        first.release()
    assert shown_dialogs == []  # no "already open": the first window shows the file
    assert raised and opened == [exchange.absolute()]


def test_a_damaged_database_is_set_aside_unchanged_and_its_newest_good_backup_restored(
    qapp, tmp_path, answered_yes
):
    from drempelkompas.services import backups
    from drempelkompas.services.collaborations import list_collaborations
    from drempelkompas.storage.database import close_database, open_database

    path = tmp_path / "werk.sqlite"
    open_database(path)
    fill_demo()
    backups.create_backup()
    close_database()
    damaged = damage(path, first_page=2)
    assert app_module.run_app(str(path), "en") == 0
    question = answered_yes[0][1]
    assert "There is a good backup" in question and "3 collaborations and 30 barriers" in question
    assert (tmp_path / "werk.sqlite.damaged").read_bytes() == damaged
    assert len(list_collaborations()) == 3
    close_database()


def test_a_database_in_a_synced_folder_is_flagged_once_and_can_be_copied_here(qapp, tmp_path, answered_yes):
    from drempelkompas.runtime.locations import sync_risk
    from drempelkompas.services.collaborations import list_collaborations
    from drempelkompas.services.session import database_file
    from drempelkompas.storage.database import close_database, open_database

    assert sync_risk(tmp_path / "OneDrive - Gemeente Zwolle" / "db.sqlite") == "OneDrive"
    assert sync_risk(tmp_path / "Dropbox" / "werk" / "db.sqlite") == "Dropbox"
    assert sync_risk(tmp_path / "Documenten" / "db.sqlite") is None
    folder = tmp_path / "OneDrive - Gemeente Zwolle"
    folder.mkdir()
    path = folder / "team.sqlite"
    open_database(path)
    fill_demo()
    close_database()
    before = path.read_bytes()

    assert app_module.run_app(str(path), "en") == 0
    assert [title for title, _ in answered_yes] == ["Database in a synchronised folder"]
    moved = database_file()
    assert moved != path and sync_risk(moved) is None
    assert len(list_collaborations()) == 3
    assert path.read_bytes() == before
    close_database()
    assert app_module.run_app(str(path), "en") == 0
    assert [title for title, _ in answered_yes] == [
        "Database in a synchronised folder"
    ]  # warned once per file
    close_database()
    moved.unlink()


def test_without_a_good_backup_the_readable_rows_of_a_damaged_database_are_salvaged(
    qapp, tmp_path, answered_yes
):
    from drempelkompas.services import barriers as barrier_service
    from drempelkompas.services.collaborations import find_collaboration, list_collaborations
    from drempelkompas.storage.database import close_database, open_database

    path = tmp_path / "geen-backup.sqlite"
    open_database(path)
    fill_demo()
    collaboration = find_collaboration("Digitale Tweeling Ĳsselmonde")
    for number in range(300):
        barrier_service.add_barrier(collaboration, "knowledge", f"Extra {number}", description="x" * 500)
    close_database()
    damaged = damage(path, first_page=middle_leaf_page(path, "barrier") - 1)  # amid the barriers
    assert app_module.run_app(str(path), "en") == 0
    shown = [text for _, text in answered_yes]
    assert "There is no good backup" in shown[0] and "Saved 3 collaborations" in shown[1]
    assert (tmp_path / "geen-backup.sqlite.damaged").read_bytes() == damaged
    assert len(list_collaborations()) == 3
    saved = sum(len(column) for column in barrier_service.board(collaboration).values())
    assert 250 < saved < 310  # most barriers are back; those on the damaged pages are lost
    close_database()


def test_damage_found_after_the_window_appeared_closes_it_and_offers_the_newest_good_backup(
    qapp, qtbot, tmp_path, monkeypatch, answered_yes
):
    """The check of a large database goes on beside the window; what it finds still reaches the user."""
    import threading

    from drempelkompas.services import backups
    from drempelkompas.storage import database as database_module
    from drempelkompas.storage.database import close_database, open_database

    path = tmp_path / "groot.sqlite"
    open_database(path)
    fill_demo()
    backups.create_backup()
    close_database()
    window_appeared = threading.Event()
    real_check = database_module.check_integrity_of
    checks = []

    def check_of_a_large_database(checked):
        checks.append(checked)
        if len(checks) > 1:
            return real_check(checked)
        window_appeared.wait(10)
        raise database_module._damaged(checked)  # a page no window has read yet

    def visible_windows():  # of this test: others may leave theirs open
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "MainWindow" and w.isVisible() and w not in earlier
        ]

    earlier = []
    earlier = visible_windows()

    def event_loop(app):
        if len(checks) > 1:  # the window on the restored database
            return 0
        window_appeared.set()
        qtbot.waitUntil(lambda: not visible_windows(), timeout=10_000)
        return 0

    monkeypatch.setattr(database_module, "check_integrity_of", check_of_a_large_database)
    monkeypatch.setattr(app_module, "CHECK_BEFORE_SHOWING_S", 0)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.run_app(str(path), "en") == 0
    ((_, question),) = answered_yes
    assert "is damaged" in question and "There is a good backup" in question
    assert (tmp_path / "groot.sqlite.damaged").exists()
    (window,) = visible_windows()
    qtbot.addWidget(window)
    assert window.findChild(QListView, "collaborationList").model().rowCount() == 3
    close_database()


@pytest.mark.parametrize(
    "content",
    [b"Boodschappen: melk, brood\n" * 50, b"\x89PNG\r\n\x1a\n" + b"\x00" * 5000, "another app's database"],
)
def test_a_file_that_is_no_drempelkompas_database_is_never_salvaged_even_when_yes_is_pressed(
    qapp, tmp_path, answered_yes, content
):
    import sqlite3

    path = tmp_path / "bestand.db"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:  # a SQLite file of some other program
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE places (url TEXT)")
        connection.close()
    before = path.read_bytes()
    assert app_module.run_app(str(path), "en") == 1
    ((title, text),) = answered_yes  # only the refusal: no offer to save what can be read
    assert title == "The database cannot be opened" and "is not a Drempelkompas database" in text
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestand.db"]


def test_a_salvage_that_saves_nothing_says_so(qapp, tmp_path, answered_yes):
    from drempelkompas.storage.database import close_database, open_database

    path = tmp_path / "leeg-gered.sqlite"
    open_database(path)
    fill_demo()
    close_database()
    damaged = bytearray(path.read_bytes())
    damaged[100:4096] = b"\xa5" * (4096 - 100)  # the schema, after the header: no table can be found
    path.write_bytes(bytes(damaged))
    assert app_module.run_app(str(path), "en") == 0
    titles = [title for title, _ in answered_yes]
    assert titles == ["The database cannot be opened", "Nothing could be saved"]
    assert "it is kept as" in answered_yes[1][1]
    assert (tmp_path / "leeg-gered.sqlite.damaged").read_bytes() == bytes(damaged)
    close_database()


@pytest.fixture
def network_share(tmp_path, monkeypatch):
    """A folder the app takes for a mounted network share (as /proc/self/mounts would say)."""
    from drempelkompas.runtime import locations

    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//server/team {share} cifs rw 0 0\n")
    monkeypatch.setattr(locations, "MOUNTS", mounts)
    assert locations.on_network_drive(share / "team.sqlite")
    assert not locations.on_network_drive(tmp_path / "local.sqlite")
    assert locations.on_network_drive(r"\\server\team\team.sqlite")
    return share


def test_a_database_on_a_network_drive_opens_read_only_and_can_be_copied_here(
    qapp, network_share, monkeypatch, answered_yes
):
    from drempelkompas.domain.errors import ReadOnlyDatabaseError
    from drempelkompas.services import collaborations
    from drempelkompas.services.session import database_file, is_read_only
    from drempelkompas.storage.database import close_database, open_database

    path = network_share / "team.sqlite"
    open_database(path)
    fill_demo()
    close_database()
    before = path.read_bytes()
    asked = []

    def choose(title, text, choices, answer=app_module.COPY_HERE):
        asked.append(title)
        return answer

    monkeypatch.setattr(app_module, "_choose", lambda *a: choose(*a, answer=len(a[2]) - 1))  # only look
    assert app_module.run_app(str(path), "en") == 0
    assert is_read_only() and database_file() == path
    with pytest.raises(ReadOnlyDatabaseError, match="is on a network drive"):
        collaborations.create_collaboration("Mag niet")
    close_windows()
    close_database()
    monkeypatch.setattr(app_module, "_choose", choose)  # copy it here
    assert app_module.run_app(str(path), "en") == 0
    moved = database_file()
    assert asked == ["Database on a network drive"] * 2 and moved != path and not is_read_only()
    assert len(collaborations.list_collaborations()) == 3
    collaborations.create_collaboration("Hier wel")
    assert path.read_bytes() == before
    close_windows()
    close_database()
    moved.unlink()


def close_windows() -> None:
    """Deletes the windows run_app left (its event loop did not run), before their database goes."""
    for window in QApplication.topLevelWidgets():
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
