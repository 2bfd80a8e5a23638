"""The frozen one-folder bundle (.ci/freeze), as a laptop without Python runs it: every command of
the command line, the PDFs with their fonts in both languages, signing and verifying, exchange
files, and the app itself. Set DREMPELKOMPAS_BUNDLE to the bundle's folder (dist/drempelkompas);
`.ci/run` builds it and runs these, elsewhere they are skipped."""

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from drempelkompas.services.demo_past import NEXT_MEETING_IN_DAYS

BUNDLE = os.environ.get("DREMPELKOMPAS_BUNDLE")
REPOSITORY = Path(__file__).parents[2]
PLAN = "Één loket voor mantelzorgers"
ENERGY = "Energiecoöperatie Noordoost-Fryslân"
PASSPHRASE = "correct horse battery"
NEXT_MEETING = (date.today() + timedelta(days=NEXT_MEETING_IN_DAYS)).isoformat()  # the demo's planned one

pytestmark = pytest.mark.skipif(
    not BUNDLE, reason="no bundle built: set DREMPELKOMPAS_BUNDLE (see the README, a build for laptops)"
)


@pytest.fixture
def bundle(tmp_path):
    """Runs the bundle's command line in a home folder of its own, from `tmp_path`, with nothing of
    this Python on its paths (the bundle must bring everything itself)."""
    program = Path(BUNDLE) / ("drempelkompas.exe" if sys.platform == "win32" else "drempelkompas")
    home = tmp_path / "home"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "DREMPELKOMPAS_"))
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "roaming"),
        LOCALAPPDATA=str(home / "local"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        DREMPELKOMPAS_P12_PASSWORD=PASSPHRASE,
    )

    def run(*args: str, **extra) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [str(program), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            env={**env, **extra},
            timeout=120,  # a hang guard: each command takes seconds
        )
        assert "Traceback" not in done.stderr and "Unexpected error" not in done.stderr, done.stderr
        return done

    def ok(*args: str, **extra) -> str:
        done = run(*args, **extra)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        return done.stdout

    run.ok = ok
    return run


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def embedded_fonts(path: Path) -> set[str]:
    """The base names of the fonts in the PDF whose program is embedded in it."""
    names = set()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in page.resources.get("/Font", {}).values():
                descriptor = font.get("/FontDescriptor")
                if descriptor is not None and any(key in descriptor for key in ("/FontFile", "/FontFile2")):
                    names.add(str(font.BaseFont).split("+")[-1])
    return names


def test_the_version_and_the_help(bundle):
    from drempelkompas import __version__

    assert bundle.ok("--version").strip() == f"drempelkompas {__version__}"
    assert "catalog" in bundle.ok("--help") and "verify" in bundle.ok("--lang", "nl", "--help")


def test_the_demo_and_a_plan_in_dutch_and_english_with_embedded_fonts(bundle, tmp_path):
    db = ("--db", str(tmp_path / "demo.sqlite"))
    assert "3" in bundle.ok(*db, "demo")
    assert PLAN in bundle.ok(*db, "--lang", "nl", "list")
    bundle.ok(
        *db, "plan", "signoff", "--collaboration", PLAN, "--signatory", "Ingrid Jansen|Wethouder|bestuurlijk"
    )
    for language, words in (("nl", "Actieplan"), ("en", "Action plan")):
        pdf = tmp_path / f"plan-{language}.pdf"
        bundle.ok(
            *db,
            "--lang",
            language,
            "plan",
            "export",
            "--collaboration",
            PLAN,
            "--version",
            "1",
            "-o",
            str(pdf),
        )
        text = pdf_text(pdf)
        assert words in text and PLAN in text
        assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_fonts(pdf)

    signed = tmp_path / "plan-ondertekend.pdf"
    bundle.ok(
        *db, "plan", "sign", str(tmp_path / "plan-nl.pdf"), "--name", "Ingrid Jansen", "-o", str(signed)
    )
    verdict = bundle.ok(*db, "--lang", "en", "verify", str(signed))
    assert "unaltered export of a signed-off version" in verdict and "Signature 1: Ingrid Jansen" in verdict
    altered = bytearray((tmp_path / "plan-en.pdf").read_bytes())
    altered[len(altered) // 3] ^= 0x20
    (tmp_path / "plan-en.pdf").write_bytes(bytes(altered))
    done = bundle(*db, "--lang", "en", "verify", str(tmp_path / "plan-en.pdf"))
    assert done.returncode == 1 and "ALTERED" in done.stdout


def test_exchange_files_and_csv_go_from_one_laptop_to_another(bundle, tmp_path):
    mine, theirs = ("--db", str(tmp_path / "mijn.sqlite")), ("--db", str(tmp_path / "collega.sqlite"))
    bundle.ok(*mine, "demo")
    exchange = tmp_path / "Samenwerkingen.drempel"
    assert "Exported 3 collaborations" in bundle.ok(*mine, "--lang", "en", "export", "-o", str(exchange))
    assert "0 in conflict" in bundle.ok(*theirs, "--lang", "en", "import", str(exchange))
    assert ENERGY in bundle.ok(*theirs, "list")
    table = tmp_path / "drempels.csv"
    bundle.ok(*mine, "export-csv", "--collaboration", ENERGY, "-o", str(table))
    from_a_table = ("--db", str(tmp_path / "uit-een-tabel.sqlite"))
    bundle.ok(*from_a_table, "import-csv", str(table))
    assert ENERGY in bundle.ok(*from_a_table, "list")


def test_every_other_command_runs_from_the_bundle(bundle, tmp_path):
    db = ("--db", str(tmp_path / "demo.sqlite"))
    bundle.ok(*db, "demo")
    about = ("--collaboration", ENERGY)
    assert "Kennis" in bundle.ok("--lang", "nl", "catalog")
    for suffix in (".pdf", ".odt"):
        pack = tmp_path / f"vergaderstuk{suffix}"
        bundle.ok(*db, "meeting", "pack", *about, "--date", NEXT_MEETING, "-o", str(pack))
        assert pack.stat().st_size > 1000
    bundle.ok(*db, "meeting", "candidates", *about)
    bundle.ok(*db, "meeting", "log", *about)
    for output in ("portfolio.pdf", "portfolio.csv"):
        bundle.ok(*db, "portfolio", "-o", str(tmp_path / output))
    bundle.ok(*db, "--lang", "nl", "board", "print", *about, "-o", str(tmp_path / "bord.pdf"))
    assert "Kennis (2)" in pdf_text(tmp_path / "bord.pdf")
    bundle.ok(*db, "progress", *about)
    bundle.ok(*db, "commitment", "list", *about)
    bundle.ok(*db, "contribution", "list", *about, "-o", str(tmp_path / "bijdragen.csv"))
    bundle.ok(*db, "scan", "show", *about)
    bundle.ok(*db, "phase", "check", *about)
    bundle.ok(*db, "backup", "create")
    assert "manual" in bundle.ok(*db, "--lang", "en", "backup", "list")
    checked = bundle.ok("--lang", "en", "i18n", "check", "--translations", str(REPOSITORY / "translations"))
    assert "nl: " in checked and " 0 unfinished" in checked
    done = bundle("--lang", "en", "i18n", "update", "--translations", str(tmp_path))
    assert done.returncode == 1 and "a built app does not have" in done.stderr


def test_the_app_starts_offscreen_and_shows_the_board(bundle, tmp_path):
    from PySide6.QtGui import QImage

    db = ("--db", str(tmp_path / "demo.sqlite"))
    bundle.ok(*db, "demo")
    picture = tmp_path / "hoofdvenster.png"
    bundle.ok(*db, "--lang", "nl", DREMPELKOMPAS_SCREENSHOT=str(picture))
    image = QImage(str(picture))
    assert image.width() >= 640 and image.height() >= 480
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 20  # the board, its cards and their texts, not an empty window
