"""Start-up of the frozen bundle against the installed app, each beside its floor from the same run:

- `--version` (the command line answering) against a bare `python -c pass`;
- the app on the demo until its main window is painted and written as a picture
  (DREMPELKOMPAS_SCREENSHOT), against a bare Qt window shown and grabbed the same way.

Each start includes the same wait of app.start.SCREENSHOT_AFTER_MS before the picture.

    DREMPELKOMPAS_BUNDLE=dist/drempelkompas python tests/benchmarks/bench_bundle.py

Not part of the normal test run: timings depend on the machine, so nothing here asserts.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from drempelkompas.app.start import SCREENSHOT_AFTER_MS, SCREENSHOT_VARIABLE
from tests.benchmarks.bench_governance import timed

BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1024, 700)
window.show()
def shoot():
    window.grab().save(sys.argv[1])
    window.close()
QTimer.singleShot(0, lambda: QTimer.singleShot({SCREENSHOT_AFTER_MS}, shoot))
app.exec()
"""


def main() -> None:
    bundle = os.environ.get("DREMPELKOMPAS_BUNDLE")
    if not bundle:
        sys.exit("Set DREMPELKOMPAS_BUNDLE to the bundle's folder (dist/drempelkompas).")
    frozen = [str(Path(bundle) / ("drempelkompas.exe" if sys.platform == "win32" else "drempelkompas"))]
    installed = [sys.executable, "-m", "drempelkompas"]
    folder = Path(tempfile.mkdtemp(prefix="drempelkompas-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        SCREENSHOT_VARIABLE: str(folder / "window.png"),
    }
    db = str(folder / "demo.sqlite")
    subprocess.run([*installed, "--db", db, "demo"], check=True, env=env, capture_output=True)

    def run(command: list[str]) -> None:
        subprocess.run(command, check=True, env=env, capture_output=True)

    files = [f for f in Path(bundle).rglob("*") if f.is_file() and not f.is_symlink()]
    print(f"bundle: {sum(f.stat().st_size for f in files) / 1e6:.0f} MB in {len(files)} files")
    floor = timed(lambda: run([sys.executable, "-c", "pass"]))
    print(
        f"--version: bundle {timed(lambda: run([*frozen, '--version'])):.0f} ms, installed "
        f"{timed(lambda: run([*installed, '--version'])):.0f} ms (floor: bare python {floor:.0f} ms)"
    )
    window = timed(lambda: run([sys.executable, "-c", BARE_WINDOW, str(folder / "bare.png")]))
    print(
        f"app until its window is painted: bundle {timed(lambda: run([*frozen, '--db', db])):.0f} ms, "
        f"installed {timed(lambda: run([*installed, '--db', db])):.0f} ms "
        f"(floor: bare Qt window {window:.0f} ms)"
    )


if __name__ == "__main__":
    main()
