"""Exchange-file speed: one collaboration of 2,000 barriers exported, previewed and imported.

    python tests/benchmarks/bench_exchange.py

The floor is what the same work costs without the app: json + zipfile for the file, and raw
sqlite3 inserting the same rows in one transaction (same pragmas) for the import.
"""

import hashlib
import io
import json
import random
import sqlite3
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

BARRIERS = 2000
RUNS = 3


def fill(path: Path) -> int:
    from drempelkompas.services import barriers, collaborations
    from drempelkompas.storage.database import open_database
    from drempelkompas.storage.models import database

    open_database(path)
    rng = random.Random(5)
    collaboration_id = collaborations.create_collaboration("Grote uitwisseling")
    with database.atomic():
        for number in range(BARRIERS):
            barrier_id = barriers.add_barrier(
                collaboration_id,
                rng.choice(["knowledge", "commitment", "funding", "facilities"]),
                f"Drempel {number}",
                description="Een omschrijving met wat uitleg. " * rng.randint(1, 5),
                owner=rng.choice(["Ingrid Jansen", "Bram Verhoeven", ""]),
            )
            barriers.update_barrier(barrier_id, next_action="Bespreken in de stuurgroep")
    return collaboration_id


def timed(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from drempelkompas.services.exchange import export_file, import_file
    from drempelkompas.storage.database import PRAGMAS, close_database, open_database

    folder = Path(tempfile.mkdtemp())
    collaboration_id = fill(folder / "source.sqlite")
    file = folder / "groot.drempel"
    export_seconds = timed(lambda: export_file(file, [collaboration_id]))
    close_database()
    data = zipfile.ZipFile(file).read("data.json")

    def bare_file():
        body = json.dumps(json.loads(data), ensure_ascii=False, indent=1, sort_keys=True).encode()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", hashlib.sha256(body).hexdigest())
            archive.writestr("data.json", body)
        (folder / "bare.zip").write_bytes(buffer.getvalue())

    counter = iter(range(100))

    def import_into_new(*dry_runs: bool, fresh: bool = True):
        from drempelkompas.services import exchange

        if fresh:
            exchange._forget_checked()  # nothing read before: the file is read and checked anew
        open_database(folder / f"target-{next(counter)}.sqlite")
        try:
            for dry_run in dry_runs:
                import_file(file, dry_run=dry_run)
        finally:
            close_database()

    preview_seconds = timed(lambda: import_into_new(True))
    import_seconds = timed(lambda: import_into_new(False))
    both_seconds = timed(lambda: import_into_new(True, False))  # as the app does: preview, then import

    records = json.loads(data)["collaborations"][0]["barriers"]

    def bare_import():
        connection = sqlite3.connect(folder / f"bare-{next(counter)}.sqlite")
        for name, value in PRAGMAS.items():
            connection.execute(f"PRAGMA {name} = {value}")
        connection.execute(
            "CREATE TABLE barrier (uuid TEXT UNIQUE, title TEXT, description TEXT, owner TEXT)"
        )
        connection.execute("CREATE TABLE change (uuid TEXT UNIQUE, barrier TEXT, field TEXT, new TEXT)")
        with connection:
            for record in records:
                connection.execute(
                    "INSERT INTO barrier VALUES (?, ?, ?, ?)",
                    (record["uuid"], record["title"], record["description"], record["owner"]),
                )
                for change in record["changes"]:
                    connection.execute(
                        "INSERT INTO change VALUES (?, ?, ?, ?)",
                        (change["uuid"], record["uuid"], change["field"], change["new_value"]),
                    )
        connection.close()

    bare_file_seconds = timed(bare_file)
    bare_import_seconds = timed(bare_import)
    size = file.stat().st_size / 1024
    print(f"{BARRIERS} barriers, exchange file {size:.0f} KiB")
    print(f"export:  {export_seconds * 1000:7.0f} ms   (json + zip alone: {bare_file_seconds * 1000:.0f} ms)")
    print(f"preview: {preview_seconds * 1000:7.0f} ms")
    floor = f"raw sqlite3 inserts: {bare_import_seconds * 1000:.0f} ms"
    times = f"{import_seconds / bare_import_seconds:.1f}x"
    print(f"import:  {import_seconds * 1000:7.0f} ms   ({floor}, {times})")
    extra = f"the import adds {(both_seconds - preview_seconds) / import_seconds:.0%} of an import alone"
    print(f"preview, then import: {both_seconds * 1000:.0f} ms ({extra})")


if __name__ == "__main__":
    main()
