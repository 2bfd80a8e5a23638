"""Loading translations, listing the available languages, and translating outside widgets."""

import os
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from drempelkompas.domain.enums import Labelled
from drempelkompas.domain.errors import DrempelError, FieldName

SOURCE_LANGUAGE = "en"
_PREFIX = "drempelkompas_"

# The installed translators; kept here so they are not collected while in use.
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translations_folder() -> Path:
    """Where the compiled translations are: the installed drempelkompas/translations data package,
    or the folder in $DREMPELKOMPAS_TRANSLATIONS (translators try their work with it)."""
    chosen = os.environ.get("DREMPELKOMPAS_TRANSLATIONS")
    return Path(chosen) if chosen else Path(__file__).parents[1] / "translations"


def available_languages() -> list[str]:
    """Language codes with a compiled translation, plus the source language."""
    codes = {path.stem.removeprefix(_PREFIX) for path in translations_folder().glob(f"{_PREFIX}*.qm")}
    return sorted(codes | {SOURCE_LANGUAGE})


def system_language() -> str:
    """The system's language if we have it, otherwise English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in available_languages() else SOURCE_LANGUAGE


def install_language(language: str) -> None:
    """Makes `language` the one `translate` translates into, replacing any earlier choice.

    A QCoreApplication must exist (see `ensure_core_application`).
    """
    global _current
    app = QCoreApplication.instance()
    _current = language
    QLocale.setDefault(formatting_locale(language))  # dates and numbers in the language's own format
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(translations_folder() / f"{_PREFIX}{language}.qm")):
        _installed.append(ours)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        _installed.append(qt_own)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)


# The users work in the Netherlands: English dates day first (05/12/2026), as in Britain,
# not month first as QLocale("en") would write them.
_FORMATTING_LOCALES = {"en": "en_GB"}


def formatting_locale(language: str) -> QLocale:
    """The locale whose date and number formats go with a language."""
    return QLocale(_FORMATTING_LOCALES.get(language, language))


def current_language() -> str:
    """The language `install_language` last installed."""
    return _current


def format_date(value: date) -> str:
    """A date written out in the current language ("3 december 2026")."""
    return formatting_locale(_current).toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_number(value: int | float, decimals: int = 0) -> str:
    """A number as the current language writes it ("12.500" in Dutch, "12,500" in English)."""
    locale = formatting_locale(_current)
    return locale.toString(float(value), "f", decimals) if decimals else locale.toString(int(value))


def format_datetime(value: datetime) -> str:
    """A moment in the computer's time zone, written out in the current language."""
    local = value.astimezone() if value.tzinfo else value
    return f"{format_date(local.date())} {local:%H:%M}"


def ensure_core_application() -> QCoreApplication:
    """The running application, or a plain QCoreApplication for the command line."""
    return QCoreApplication.instance() or QCoreApplication([])


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def label(member: Labelled) -> str:
    """The translated label of an enum member such as a Precondition or Status."""
    return translate(type(member).__name__, member.label)


def error_text(error: DrempelError) -> str:
    return translate("Errors", error.template).format(
        **{name: _param_text(value) for name, value in error.params.items()}
    )


def problem_text(error: DrempelError | OSError) -> str:
    """What went wrong, for the user: our own errors and the system's (a locked or missing file)."""
    if isinstance(error, DrempelError):
        return error_text(error)
    return translate("Errors", "Cannot use {file}: {reason}").format(
        file=error.filename or "", reason=error.strerror or error
    )


def _param_text(value: object) -> object:
    if isinstance(value, FieldName):
        return translate("Field", value)
    if isinstance(value, DrempelError):
        return error_text(value)
    return value


def language_name(language: str) -> str:
    """A language's name in that language, e.g. "Nederlands"."""
    locale = QLocale(language)
    if "_" not in language:  # just a language: "English", not "American English"
        locale = QLocale(locale.language(), QLocale.Country.World)
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:]


def all_language_translators() -> list:
    """A translate function per available language, for recognising names typed in any of them."""
    return [Language(code).translate for code in available_languages()]


class Language:
    """One language's translations and formats, independent of the language the app shows.

    Used for output in a chosen language, such as a PDF (see `report.plan_pdf.Language`).
    """

    def __init__(self, code: str) -> None:
        self.code = code
        self._locale = formatting_locale(code)
        self._translator = QTranslator()
        self._translator.load(str(translations_folder() / f"{_PREFIX}{code}.qm"))

    def translate(self, context: str, text: str) -> str:
        return self._translator.translate(context, text) or text

    def format_date(self, value: date) -> str:
        return self._locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

    def format_number(self, value: int | float, decimals: int = 0) -> str:
        return (
            self._locale.toString(float(value), "f", decimals)
            if decimals
            else self._locale.toString(int(value))
        )
