"""Plan PDF speed: exporting a 500-barrier plan, as a whole process, against a bare reportlab
document of the same information (four paragraphs per barrier) made in the same run.

    python tests/benchmarks/bench_plan.py

Both processes start Python, embed the same DejaVu fonts and write the PDF to a file; the
floor is what reportlab alone costs for this text. RUNS runs each, alternated; the fastest run
of each is compared (the least disturbed by whatever else the machine does), medians beside.
"""

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARRIERS = 500
RUNS = 7
NAME = "Groot actieplan"

BARE = """
import json, sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

fonts, paragraphs, output = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8")), sys.argv[3]
for name in ("DejaVuSans", "DejaVuSans-Bold"):
    pdfmetrics.registerFont(TTFont(name, f"{fonts}/{name}.ttf"))
body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=13)
heading = ParagraphStyle("heading", fontName="DejaVuSans-Bold", fontSize=11, leading=14)
story = [Paragraph(escape(text), heading if n % 4 == 0 else body) for n, text in enumerate(paragraphs)]
SimpleDocTemplate(output, pagesize=A4).build(story)
"""


def build_database(folder: Path) -> Path:
    """A database with one collaboration of BARRIERS open barriers and its signed-off version 1."""
    from datetime import date

    from drempelkompas.services import barriers, collaborations, plans
    from drempelkompas.storage.database import close_database, open_database
    from drempelkompas.storage.models import database

    path = folder / "plan-bench.sqlite"
    open_database(path)
    rng = random.Random(11)
    collaboration = collaborations.create_collaboration(NAME, ambition="Een gedeelde ambitie " * 5)
    with database.atomic():
        for number in range(BARRIERS):
            barriers.add_barrier(
                collaboration,
                rng.choice(["knowledge", "commitment", "funding", "facilities"]),
                f"Drempel {number}: {rng.choice(['geen budget', 'geen draagvlak', 'geen data'])}",
                description="Een omschrijving van de drempel met wat uitleg. " * rng.randint(1, 6),
                status=rng.choice(["open", "in_progress"]),
                owner=rng.choice(["Fatima el Amrani", "Bram Verhoeven", ""]),
                next_action="Afspraak maken met de betrokken partners. " * rng.randint(0, 3),
                level=rng.choice(["administrative", "management", "operational"]),
            )
    signatory = plans.Signatory("Ingrid Jansen", "Wethouder", "administrative", date(2026, 12, 1))
    plans.sign_off(collaboration, [signatory])
    snapshot = plans.version_snapshot(collaboration, 1)
    close_database()
    return path, snapshot


def four_paragraphs(snapshot: dict) -> list[str]:
    """What the plan says of each barrier: its title, its details line, its description, its next action."""
    paragraphs = []
    for barrier in snapshot["barriers"]:
        paragraphs += [
            barrier["title"],
            f"Status {barrier['status']} · Impact {barrier['impact']} / 5 · Niveau {barrier['level']} · "
            f"Eigenaar {barrier['owner']} · Deadline {barrier['due_date']}",
            barrier["description"] or "-",
            barrier["next_action"] or "niet ingevuld",
        ]
    return paragraphs


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    from drempelkompas.resources import FOLDER

    folder = Path(tempfile.mkdtemp())
    database, snapshot = build_database(folder)
    paragraphs = folder / "paragraphs.json"
    paragraphs.write_text(json.dumps(four_paragraphs(snapshot)), encoding="utf-8")
    bare_script = folder / "bare.py"
    bare_script.write_text(BARE, encoding="utf-8")
    app = [
        sys.executable, "-m", "drempelkompas", "--db", str(database), "--lang", "nl",
        "plan", "export", "--collaboration", NAME, "--version", "1", "-o", str(folder / "plan.pdf"),
    ]  # fmt: skip
    bare = [sys.executable, str(bare_script), str(FOLDER), str(paragraphs), str(folder / "bare.pdf")]
    timed(app), timed(bare)  # warm the file cache and the .pyc files
    app_times, bare_times = [], []
    for _ in range(RUNS):
        app_times.append(timed(app))
        bare_times.append(timed(bare))
    app_time, floor = min(app_times), min(bare_times)
    size = (folder / "plan.pdf").stat().st_size // 1024
    print(f"plan export of {BARRIERS} barriers, whole process: {app_time:.2f} s "
          f"(median {statistics.median(app_times):.2f} s), {size} KiB")  # fmt: skip
    print(f"bare reportlab document, {len(json.loads(paragraphs.read_text()))} paragraphs, whole process: "
          f"{floor:.2f} s (median {statistics.median(bare_times):.2f} s), "
          f"{(folder / 'bare.pdf').stat().st_size // 1024} KiB")  # fmt: skip
    print(f"ratio: {app_time / floor:.2f}x (target: at most 1.5x)")


if __name__ == "__main__":
    main()
