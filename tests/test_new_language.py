"""Adding a language is adding its .ts file: built, listed under its own name, usable everywhere.

A copy of the project gets a generated German file (pseudo-translated, so its texts are easy to
recognise) and nothing else; the built package then speaks it on the command line, in the PDF
and in the app's language menu.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from drempelkompas.tools.translation_files import PSEUDO_OPEN, write_pseudo_translation

REPOSITORY = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("pyproject.toml", "setup.py", "README.md", "src", "translations", "resources")


@pytest.fixture(scope="module")
def installed_with_german(tmp_path_factory) -> Path:
    """The project with translations/drempelkompas_de.ts added, built and installed into a folder."""
    root = tmp_path_factory.mktemp("new-language")
    project = root / "project"
    project.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", "*.egg-info", "screenshots")
    for name in PROJECT_FILES:
        source = REPOSITORY / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=ignore)
        else:
            shutil.copy(source, project / name)
    write_pseudo_translation(project / "src" / "drempelkompas", project / "translations", "de")
    (project / "translations" / "drempelkompas_de.qm").unlink()  # only the .ts is added
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(root / "wheel"), str(project)], check=True)
    (wheel,) = (root / "wheel").glob("*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(root / "site"), str(wheel)], check=True)
    return root / "site"


def run(site: Path, *args: str, code: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("DREMPELKOMPAS_TRANSLATIONS", None)
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "drempelkompas", *args]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


@pytest.mark.timeout(600)
def test_the_build_compiles_the_new_file_and_the_command_line_speaks_it(installed_with_german, tmp_path):
    assert (installed_with_german / "drempelkompas" / "translations" / "drempelkompas_de.qm").exists()
    catalog = run(installed_with_german, "catalog", "--lang", "de")
    assert catalog.returncode == 0, catalog.stderr
    assert PSEUDO_OPEN in catalog.stdout
    unknown = run(installed_with_german, "list", "--lang", "xx")
    assert "de, en, nl" in unknown.stderr


@pytest.mark.timeout(600)
def test_a_plan_can_be_exported_in_the_new_language(installed_with_german, tmp_path):
    database, pdf = str(tmp_path / "plan.sqlite"), tmp_path / "plan.pdf"
    run(installed_with_german, "demo", "--db", database)
    names = run(installed_with_german, "list", "--db", database).stdout.splitlines()
    name = names[0].split(":")[0]
    exported = run(installed_with_german, "plan", "export", "--db", database, "--collaboration", name,
                   "--lang", "de", "-o", str(pdf))  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert PSEUDO_OPEN in text


@pytest.mark.timeout(600)
def test_the_app_lists_the_new_language_under_its_own_name(installed_with_german, tmp_path):
    menu = run(
        installed_with_german,
        code=(
            "import sys\n"
            "from PySide6.QtCore import QStandardPaths\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "QStandardPaths.setTestModeEnabled(True)\n"
            "from drempelkompas.storage.database import open_database\n"
            "from drempelkompas.ui.main_window import MainWindow\n"
            f"open_database({str(tmp_path / 'menu.sqlite')!r})\n"
            "window = MainWindow('menu.sqlite')\n"
            "print([action.text() for action in window.language_menu.actions()])\n"
        ),
    )
    assert menu.returncode == 0, menu.stderr
    assert menu.stdout.strip() == "['Deutsch', 'English', 'Nederlands']"
