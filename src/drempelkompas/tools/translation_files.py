"""Translators' tools: refresh the .ts files from the sources, compile them, and count what is left to do.

Used by `drempelkompas i18n update|check`, by the build (which compiles every .ts it finds)
and by the tests. Needs the Qt tools that come with PySide6 (pyside6-lupdate, pyside6-lrelease).
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from drempelkompas.domain.errors import DrempelError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

PREFIX = "drempelkompas_"
REQUIRED_LANGUAGES = ("nl", "en")  # the app ships complete in these; others may be partial
# {name} as in str.format, %n for plurals, %1 as in QString::arg.
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


@dataclass
class LanguageReport:
    code: str
    translated: int = 0
    unfinished: int = 0
    vanished: int = 0
    placeholder_mismatches: list[tuple[str, str, str]] = field(default_factory=list)  # context, source, text

    @property
    def complete(self) -> bool:
        return not (self.unfinished or self.vanished or self.placeholder_mismatches)


def qt_tool(name: str) -> str:
    """The path of a Qt tool that comes with PySide6: "lupdate", "lrelease" or "linguist"."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")  # found without importing Qt itself
    if spec is not None and spec.origin is not None:
        binary = Path(spec.origin).parent / (name + (".exe" if sys.platform == "win32" else ""))
        if binary.exists():
            return str(binary)
    wrapper = f"pyside6-{name}"
    found = shutil.which(wrapper) or shutil.which(wrapper, path=str(Path(sys.executable).parent))
    if found is None:
        raise FileNotFoundError(f"{wrapper} is not installed; it comes with PySide6-Essentials")
    return found


def ts_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def language_code(ts_file: Path) -> str:
    return ts_file.stem.removeprefix(PREFIX)


def update(sources: Path, folder: Path) -> str:
    """Brings every .ts file in `folder` up to date with the strings in `sources`, then compiles them.

    New strings arrive unfinished; strings no longer in the sources are dropped.
    Returns lupdate's summary.
    """
    files = ts_files(folder)
    if not files:
        raise FileNotFoundError(f"no {PREFIX}*.ts file in {folder}")
    summary = _lupdate(sources, files, "-no-obsolete")
    compile_all(folder, folder)
    return summary


def add_language(sources: Path, folder: Path, code: str) -> Path:
    """Starts translations/drempelkompas_<code>.ts with every string of the sources, all unfinished."""
    if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code} is not a language code such as de or pt_BR."), code=code
        )
    ts_file = folder / f"{PREFIX}{code}.ts"
    if ts_file.exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} already exists."), file=ts_file)
    _lupdate(sources, [ts_file], "-target-language", code)
    return ts_file


def _lupdate(sources: Path, ts_files: list[Path], *options: str) -> str:
    """Runs Qt's lupdate over the Python sources into `ts_files`; returns its summary."""
    result = subprocess.run(
        [qt_tool("lupdate"), "-extensions", "py", "-locations", "none", *options, str(sources),
         "-ts", *map(str, ts_files)],
        capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode != 0:  # a .ts file edited by hand into broken XML, most likely
        reason = (result.stderr.strip() or result.stdout.strip()).splitlines() or ["?"]
        raise DrempelError(
            QT_TRANSLATE_NOOP("Errors", "lupdate could not read the files: {reason}"), reason=reason[-1]
        )
    return result.stdout


def compile_all(folder: Path, target: Path) -> list[Path]:
    """Compiles every .ts file in `folder` into a .qm file in `target`; returns the .qm files."""
    compiled = []
    for ts_file in ts_files(folder):
        qm_file = target / f"{ts_file.stem}.qm"
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
            capture_output=True,
        )
        compiled.append(qm_file)
    return compiled


def check(folder: Path) -> list[LanguageReport]:
    """Counts per language what is translated, unfinished and vanished, and lists placeholder mismatches."""
    reports = []
    for ts_file in ts_files(folder):
        report = LanguageReport(language_code(ts_file))
        for context, source, translation in messages(ts_file):
            kind = translation.get("type")
            texts = translated_texts(translation)
            if kind in ("vanished", "obsolete"):
                report.vanished += 1
                continue
            if kind == "unfinished" or not all(texts):
                report.unfinished += 1
                continue
            report.translated += 1
            wanted = sorted(PLACEHOLDER.findall(source))
            for text in texts:
                found = sorted(PLACEHOLDER.findall(text))
                # A singular form may spell the number out ("one barrier") instead of using %n.
                if found != wanted and found != [p for p in wanted if p != "%n"]:
                    report.placeholder_mismatches.append((context, source, text))
        reports.append(report)
    return reports


def messages(ts_file: Path):
    """(context, source, <translation> element) for every message of a .ts file."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def translated_texts(translation) -> list[str]:
    """The translation, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


# -- a pseudo-translation, to find text that escapes translation ---------------------------------

PSEUDO_LETTERS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđëƒğĥîĵķļɱñöþǫŕšŧûṽŵẋÿžÅƁÇĐËƑĞĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊŸŽ",
)
# Left as they are: placeholders, accelerator ampersands, a shortcut after a tab, file patterns.
_KEEP = re.compile(r"\{\w*\}|%n|%\d|&&|&|\t.*$|\(\*[^)]*\)", re.S)
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """ "Save" -> "⟦Šåṽë~~⟧": every letter marked, 40% longer, placeholders intact."""
    parts, last = [], 0
    for kept in _KEEP.finditer(text):
        parts.append(text[last : kept.start()].translate(PSEUDO_LETTERS))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(PSEUDO_LETTERS))
    body = "".join(parts)
    shortcut = ""
    if "\t" in body:
        body, shortcut = body.split("\t", 1)
        shortcut = "\t" + shortcut
    # Padding in short words, so it wraps like longer real text does.
    extra = max(1, round(len(text) * 0.4) - 2)
    padding = " ".join("~" * min(5, extra - start) for start in range(0, extra, 6))
    return f"{PSEUDO_OPEN}{body}{padding}{PSEUDO_CLOSE}{shortcut}"


def write_pseudo_translation(sources: Path, target: Path, code: str) -> Path:
    """A .ts for language `code` with every string of `sources` pseudo-translated, compiled too."""
    ts_file = add_language(sources, target, code)
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        source = message.findtext("source")
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    compile_all(target, target)
    return ts_file
