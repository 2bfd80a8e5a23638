"""CSV import speed: 100,000 rows over 200 collaborations, into an empty database.

    python tests/benchmarks/bench_csv.py [ROWS]

The floor is the same work without the app: the csv module reading the file, and raw sqlite3
(same pragmas, one transaction) inserting each row as a barrier with its "created" history entry.
Also prints the time per row for the first and the last tenth, which shows whether it grows.
"""

import csv
import io
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

PRECONDITIONS = ("kennis", "commitment", "financiering", "faciliteiten")


def write_csv(path: Path, rows: int, start: int = 0) -> None:
    lines = ["samenwerking;randvoorwaarde;titel;omschrijving;status;impact;niveau;eigenaar;deadline;actie"]
    for n in range(start, start + rows):
        lines.append(
            f"Samenwerking {n % 200};{PRECONDITIONS[n % 4]};Drempel {n};Een omschrijving van drempel {n};"
            f"open;{1 + n % 5};bestuurlijk;Eigenaar {n % 37};2027-0{1 + n % 9}-1{n % 9};Volgende stap {n}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def app_import(folder: Path, file: Path) -> float:
    from drempelkompas.services.csv_io import import_csv
    from drempelkompas.storage.database import close_database, open_database

    open_database(folder / f"app-{file.stem}.sqlite")
    try:
        started = time.perf_counter()
        import_csv(file)
        return time.perf_counter() - started
    finally:
        close_database()


def bare_import(folder: Path, file: Path) -> float:
    from drempelkompas.storage.database import PRAGMAS

    connection = sqlite3.connect(folder / f"bare-{file.stem}.sqlite")
    for name, value in PRAGMAS.items():
        connection.execute(f"PRAGMA {name} = {value}")
    connection.execute("CREATE TABLE collaboration (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    connection.execute(
        "CREATE TABLE barrier (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, collaboration INTEGER, "
        "precondition TEXT, position INTEGER, title TEXT, description TEXT, status TEXT, impact INTEGER, "
        "level TEXT, owner TEXT, due_date TEXT, next_action TEXT)"
    )
    connection.execute("CREATE TABLE change (uuid TEXT UNIQUE, barrier INTEGER, field TEXT, new TEXT)")
    started = time.perf_counter()
    names: dict[str, int] = {}
    sizes: dict[tuple[int, str], int] = {}
    with connection:
        reader = csv.reader(io.StringIO(file.read_text(encoding="utf-8")), delimiter=";")
        next(reader)
        for name, precondition, title, description, status, impact, level, owner, due, action in reader:
            if name not in names:
                names[name] = connection.execute(
                    "INSERT INTO collaboration (name) VALUES (?)", (name,)
                ).lastrowid
            column = (names[name], precondition)
            sizes[column] = sizes.get(column, -1) + 1
            barrier = connection.execute(
                "INSERT INTO barrier VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), names[name], precondition, sizes[column], title, description, status,
                 int(impact), level, owner, due, action),
            ).lastrowid  # fmt: skip
            connection.execute(
                "INSERT INTO change VALUES (?, ?, 'created', ?)", (str(uuid.uuid4()), barrier, title)
            )
    connection.close()
    return time.perf_counter() - started


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = Path(tempfile.mkdtemp())
    whole, tenth = folder / "whole.csv", folder / "tenth.csv"
    write_csv(whole, rows)
    write_csv(tenth, rows // 10)
    app_seconds, bare_seconds = app_import(folder, whole), bare_import(folder, whole)
    tenth_seconds = app_import(folder, tenth)
    print(f"{rows:,} rows, {whole.stat().st_size / 1e6:.1f} MB")
    print(f"import: {app_seconds:6.1f} s   (csv + raw sqlite3 inserts: {bare_seconds:.1f} s, "
          f"{app_seconds / bare_seconds:.1f}x)")  # fmt: skip
    print(
        f"a tenth of the rows: {tenth_seconds:.1f} s, so {app_seconds / tenth_seconds:.1f}x for 10x the rows"
    )


if __name__ == "__main__":
    main()
