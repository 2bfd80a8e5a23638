"""The files shipped with the app (fonts, icons): this folder, installed as drempelkompas.resources."""

from pathlib import Path

FOLDER = Path(__file__).parent


def resource(name: str) -> Path:
    return FOLDER / name
