"""Backups: made consistently, listed with their contents, pruned, restored (and that undone)."""

import sqlite3

from drempelkompas.services import backups, barriers, collaborations
from drempelkompas.services.csv_io import import_csv
from drempelkompas.services.demo import fill_demo
from drempelkompas.storage import backup as backup_files
from drempelkompas.storage.backup import backups_folder


def names() -> list[str]:
    return [c.name for c in collaborations.list_collaborations(include_archived=True)]


def test_a_backup_is_a_private_consistent_copy_listed_with_its_contents(db_path):
    fill_demo()
    made = backups.create_backup()
    assert oct(made.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(made) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    (listed,) = backups.list_backups()
    assert (listed.path, listed.reason, listed.collaborations, listed.barriers) == (made, "manual", 3, 30)
    assert not list(backups_folder(db_path).glob("*.partial"))


def test_restore_brings_the_old_state_back_and_can_itself_be_undone(db_path):
    fill_demo()
    made = backups.create_backup()
    collaborations.delete_collaboration(collaborations.find_collaboration("Digitale Tweeling Ĳsselmonde"))
    before_restore = backups.restore_backup(made)
    assert len(names()) == 3
    backups.restore_backup(before_restore)
    assert len(names()) == 2


def test_the_daily_backup_is_made_once_a_day(db_path):
    assert backups.daily_backup() is not None
    assert backups.daily_backup() is None
    assert [info.reason for info in backups.list_backups()] == ["daily"]


def test_only_the_newest_fourteen_are_kept(db_path):
    for _ in range(17):
        backups.create_backup()
    assert len(backups.list_backups()) == backup_files.KEEP


def test_an_import_is_preceded_by_a_backup(db_path, tmp_path):
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("collaboration,precondition,title\nZorg,knowledge,Iets\n", encoding="utf-8")
    import_csv(csv_file)
    (before_import,) = backups.list_backups()
    assert before_import.reason == "before-import" and before_import.collaborations == 0
    assert barriers.board(collaborations.find_collaboration("Zorg"))


def test_only_this_databases_backups_can_be_restored(db_path, tmp_path):
    import pytest

    from drempelkompas.domain.errors import NotFoundError

    stranger = tmp_path / "other.sqlite"
    stranger.write_bytes(b"not a backup")
    with pytest.raises(NotFoundError):
        backups.restore_backup(stranger)
