"""Writing files: a full disk or a crash mid-write leaves the old file whole and no debris."""

import errno
import os

import pytest

from drempelkompas.storage.files import TEMPORARY_SUFFIX, remove_leftovers, write_atomically


def test_a_write_replaces_the_file_completely(tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "export.csv"
    target.write_bytes(b"the previous export")

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"x" * 100_000)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_read_only_folder_gives_an_error_and_changes_nothing(tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def refused(*args, **kwargs):  # what a read-only folder does (root may write anyway, so simulate)
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setattr("tempfile.mkstemp", refused)
    with pytest.raises(PermissionError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"


def test_leftovers_of_a_crash_are_cleaned_up(tmp_path):
    (tmp_path / f".plan.pdf.abc{TEMPORARY_SUFFIX}").write_bytes(b"half")
    (tmp_path / "plan.pdf").write_bytes(b"whole")
    assert remove_leftovers(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
