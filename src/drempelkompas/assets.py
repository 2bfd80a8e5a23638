"""Paths of the files shipped in the drempelkompas/resources data package (resources/ in the repository)."""

from pathlib import Path

RESOURCES = Path(__file__).parent / "resources"


def resource(name: str) -> Path:
    return RESOURCES / name
