"""The translation pipeline: .ts files complete and current, .qm files compiled from them."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from drempelkompas import i18n

REPOSITORY = Path(__file__).resolve().parents[1]
SOURCES = REPOSITORY / "src" / "drempelkompas"
TS_FILES = sorted((REPOSITORY / "translations").glob("drempelkompas_*.ts"))
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def qt_tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} (from PySide6-Essentials) is not installed")
    return found


def messages(ts_file: Path):
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), translation


def translated_texts(translation) -> list[str]:
    """The translation, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_dutch_and_english_are_present():
    assert {path.stem for path in TS_FILES} >= {"drempelkompas_nl", "drempelkompas_en"}


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.stem)
def test_lupdate_finds_nothing_new_unfinished_or_vanished(ts_file, tmp_path):
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    result = subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            str(SOURCES),
            "-ts",
            str(copy),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Found (\d+) source text\(s\) \((\d+) new", result.stdout)
    assert found, result.stdout  # guards against lupdate silently scanning no .py file
    assert int(found.group(1)) > 100 and found.group(2) == "0", result.stdout
    problems = [
        (context, source, translation.get("type"))
        for context, source, translation in messages(copy)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(translated_texts(translation))
    ]
    assert problems == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.stem)
def test_translations_keep_the_placeholders(ts_file):
    mismatches = [
        (context, source, text)
        for context, source, translation in messages(ts_file)
        for text in translated_texts(translation)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert mismatches == []


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda path: path.stem)
def test_the_installed_qm_is_compiled_from_the_current_ts(ts_file, tmp_path):
    compiled = tmp_path / f"{ts_file.stem}.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(compiled)], check=True)
    installed = i18n.translations_folder() / compiled.name
    assert installed.read_bytes() == compiled.read_bytes(), "run pyside6-lrelease and reinstall"
    assert (ts_file.with_suffix(".qm")).read_bytes() == compiled.read_bytes()


def test_every_language_with_a_file_is_available():
    assert set(i18n.available_languages()) == {path.stem.removeprefix("drempelkompas_") for path in TS_FILES}
