"""Plan PDF speed: 500 open barriers, against a bare reportlab document of the same paragraphs.

    python tests/benchmarks/bench_plan.py

Both use the same embedded DejaVu font, so the floor is reportlab's own cost for this text.
"""

import random
import statistics
import tempfile
import time
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

BARRIERS = 500
RUNS = 3


def build_plan_snapshot() -> dict:
    from drempelkompas.services import barriers, collaborations, plans
    from drempelkompas.storage.database import open_database
    from drempelkompas.storage.models import database

    open_database(Path(tempfile.mkdtemp()) / "plan-bench.sqlite")
    rng = random.Random(11)
    collaboration = collaborations.create_collaboration(
        "Groot actieplan", ambition="Een gedeelde ambitie " * 5
    )
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
    return plans.draft(collaboration)


def printed_paragraphs(snapshot: dict) -> list[str]:
    """Every text the plan prints per barrier, each as a paragraph: the same paragraphs, bare."""
    from drempelkompas.domain.catalog import LESSONS_BY_KEY

    paragraphs = []
    for barrier in snapshot["barriers"]:
        lesson = LESSONS_BY_KEY[barrier["lesson"]["key"]]
        paragraphs += [
            barrier["title"],
            f"Status {barrier['status']} · Impact {barrier['impact']} / 5 · Niveau {barrier['level']} · "
            f"Eigenaar {barrier['owner']} · Deadline {barrier['due_date']}",
            *barrier["description"].split("\n"),
            "Les (voorgesteld door de methode)",
            lesson.title,
            lesson.summary,
            *lesson.key_points,
            "Volgende actie",
            barrier["next_action"] or "niet ingevuld",
        ]
    return [text for text in paragraphs if text]


def bare_document(paragraphs: list[str]) -> bytes:
    from drempelkompas.report.styles import FONT

    style = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(escape(text), style) for text in paragraphs])
    return buffer.getvalue()


def main() -> None:
    from drempelkompas.report.plan_pdf import render_plan
    from drempelkompas.runtime import i18n

    i18n.ensure_core_application()
    language = i18n.Language("nl")
    snapshot = build_plan_snapshot()
    render_plan(snapshot, language)  # fonts registered, caches warm, for both
    paragraphs = printed_paragraphs(snapshot)
    app_times, bare_times = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        data = render_plan(snapshot, language)
        app_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare = bare_document(paragraphs)
        bare_times.append(time.perf_counter() - start)
    app, floor = statistics.median(app_times), statistics.median(bare_times)
    print(f"plan of {BARRIERS} open barriers: {app:.2f} s, {len(data) // 1024} KiB")
    print(
        f"bare reportlab document, same {len(paragraphs)} paragraphs: {floor:.2f} s, {len(bare) // 1024} KiB"
    )
    print(f"ratio: {app / floor:.2f}x")


if __name__ == "__main__":
    main()
