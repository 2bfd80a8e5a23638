"""The wheel holds every package of the source tree (pyproject lists them by hand)."""

import tomllib
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def test_every_source_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((REPOSITORY / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    source = REPOSITORY / "src"
    packages = {".".join(init.parent.relative_to(source).parts) for init in source.rglob("__init__.py")}
    assert packages <= listed, f"add {sorted(packages - listed)} to [tool.setuptools] packages"
