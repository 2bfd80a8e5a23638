"""The translation pipeline: .ts files complete and current, the installed .qm files compiled from them."""

import shutil
from pathlib import Path

import pytest

from drempelkompas.runtime import i18n
from drempelkompas.tools.translation_files import check, compile_all, language_code, ts_files, update

REPOSITORY = Path(__file__).resolve().parents[1]
SOURCES = REPOSITORY / "src" / "drempelkompas"
TRANSLATIONS = REPOSITORY / "translations"
TS_FILES = ts_files(TRANSLATIONS)


def test_dutch_and_english_are_present():
    assert {language_code(path) for path in TS_FILES} >= {"nl", "en"}


def test_lupdate_finds_nothing_new_unfinished_or_vanished(tmp_path):
    for ts_file in TS_FILES:
        shutil.copy(ts_file, tmp_path)
    summary = update(SOURCES, tmp_path)
    assert "Found" in summary and "(0 new" in summary, summary  # lupdate really scanned the sources
    for report in check(tmp_path):
        assert (report.code, report.unfinished, report.vanished) == (report.code, 0, 0)
        assert report.translated > 400


def test_translations_keep_the_placeholders():
    assert {report.code: report.placeholder_mismatches for report in check(TRANSLATIONS)} == {
        language_code(path): [] for path in TS_FILES
    }


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.stem)
def test_the_installed_qm_is_compiled_from_the_current_ts(ts_file, tmp_path):
    shutil.copy(ts_file, tmp_path)
    (compiled,) = compile_all(tmp_path, tmp_path)
    installed = i18n.translations_folder() / compiled.name
    assert installed.read_bytes() == compiled.read_bytes(), "the .ts changed: reinstall the package"


def test_every_language_with_a_file_is_available():
    assert set(i18n.available_languages()) == {language_code(path) for path in TS_FILES}


def test_the_dutch_speaks_to_the_user_as_je_never_as_u():
    import re
    import xml.etree.ElementTree as ET

    formal = re.compile(r"\b(u|uw|U|Uw)\b")
    tree = ET.parse(TRANSLATIONS / "drempelkompas_nl.ts")
    texts = ["".join(translation.itertext()) for translation in tree.iter("translation")]
    assert len(texts) > 400
    assert [text for text in texts if formal.search(text)] == []
