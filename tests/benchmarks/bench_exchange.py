"""Exchange-file speed: one collaboration of 2,000 barriers exported, previewed and imported.

    python tests/benchmarks/bench_exchange.py

The floor is what the same work costs without the app: json + zipfile for the file, and raw
sqlite3 inserting the rows the import writes into a database of the app's schema, in one
transaction with the same pragmas, for the import.
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


def table_counts() -> list[tuple[str, int]]:
    """Each table of the open database with its number of rows."""
    from drempelkompas.storage.models import database

    names = [n for (n,) in database.execute_sql("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    return [(n, database.execute_sql(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names]


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

    def import_into_new(*dry_runs: bool, fresh: bool = True) -> float:
        """Seconds for the previews and imports into a new database (its creation not counted)."""
        from drempelkompas.services import exchange

        if fresh:
            exchange._forget_checked()  # nothing read before: the file is read and checked anew
        open_database(folder / f"target-{next(counter)}.sqlite")
        try:
            started = time.perf_counter()
            for dry_run in dry_runs:
                import_file(file, dry_run=dry_run)
            return time.perf_counter() - started
        finally:
            close_database()

    def median_of(measure) -> float:
        return statistics.median(measure() for _ in range(RUNS))

    preview_seconds = median_of(lambda: import_into_new(True))
    import_seconds = median_of(lambda: import_into_new(False))
    both_seconds = median_of(lambda: import_into_new(True, False))  # as the app does: preview, then import

    # The floor: the very rows an import writes, inserted with raw sqlite3 into a database of the
    # app's own schema (tables, indexes, pragmas), in one transaction.
    imported = folder / "imported-rows.sqlite"
    open_database(imported)
    empty = {table: count for table, count in table_counts()}
    import_file(file)
    close_database()
    source = sqlite3.connect(imported)
    rows = {}
    for table in empty:
        columns = [c[1] for c in source.execute(f'PRAGMA table_info("{table}")')]
        keep = ", ".join(f'"{c}"' for c in columns)
        rows[table] = (
            columns,
            source.execute(f'SELECT {keep} FROM "{table}" LIMIT -1 OFFSET ?', (empty[table],)).fetchall(),
        )
    source.close()

    def bare_import() -> float:
        target = folder / f"bare-{next(counter)}.sqlite"
        open_database(target)
        close_database()
        connection = sqlite3.connect(target, isolation_level=None)
        for name, value in PRAGMAS.items():
            connection.execute(f"PRAGMA {name} = {value}")
        started = time.perf_counter()
        connection.execute("BEGIN")
        for table, (columns, values) in rows.items():
            if values:
                marks = ", ".join("?" * len(columns))
                names = ", ".join(f'"{c}"' for c in columns)
                connection.executemany(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})', values)
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - started
        connection.close()
        return elapsed

    bare_file_seconds = timed(bare_file)
    bare_import_seconds = median_of(bare_import)
    size = file.stat().st_size / 1024
    print(f"{BARRIERS} barriers, exchange file {size:.0f} KiB")
    print(f"export:  {export_seconds * 1000:7.0f} ms   (json + zip alone: {bare_file_seconds * 1000:.0f} ms)")
    print(f"preview: {preview_seconds * 1000:7.0f} ms")
    floor = f"raw sqlite3 inserts of the same rows: {bare_import_seconds * 1000:.0f} ms"
    times = f"{import_seconds / bare_import_seconds:.1f}x"
    print(f"import:  {import_seconds * 1000:7.0f} ms   ({floor}, {times})")
    extra = f"{both_seconds / import_seconds - 1:.0%} more than the import alone"
    print(f"preview, then import: {both_seconds * 1000:.0f} ms ({extra})")


if __name__ == "__main__":
    main()
