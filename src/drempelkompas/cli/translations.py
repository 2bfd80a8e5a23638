"""`i18n update|add|check`: for translators, the translation files."""

import sys

from drempelkompas.cli.run import fail
from drempelkompas.runtime import i18n
from drempelkompas.tools import translation_files


def update(args) -> int | None:
    if _frozen():
        return _needs_a_checkout()
    print(translation_files.update(args.sources, args.translations).strip())
    print(i18n.translate("Cli", "Compiled; reinstall the app (pip install .) to use the new translations."))


def add(args) -> int | None:
    if _frozen():
        return _needs_a_checkout()
    ts_file = translation_files.add_language(args.sources, args.translations, args.code)
    print(i18n.translate("Cli", "Created {file}; open it with pyside6-linguist.").format(file=ts_file))


def check(args) -> int:
    reports = translation_files.check(args.translations)
    if not reports:
        return fail(
            i18n.translate("Cli", "No translation files in {folder}.").format(folder=args.translations)
        )
    for report in reports:
        print(
            i18n.translate(
                "Cli",
                "{code}: {translated} translated, {unfinished} unfinished, {vanished} vanished, "
                "{mismatches} placeholder mismatches",
            ).format(
                code=report.code,
                translated=report.translated,
                unfinished=report.unfinished,
                vanished=report.vanished,
                mismatches=len(report.placeholder_mismatches),
            )
        )
        for context, source, text in report.placeholder_mismatches:
            print(f"    [{context}] {source!r} -> {text!r}")
    required = translation_files.REQUIRED_LANGUAGES
    incomplete = [r.code for r in reports if r.code in required and not r.complete]
    missing = [code for code in required if code not in {r.code for r in reports}]
    if incomplete or missing:
        return fail(
            i18n.translate("Cli", "Dutch and English must be complete: {codes}.").format(
                codes=", ".join(incomplete + missing)
            )
        )
    return 0


def _frozen() -> bool:
    return getattr(sys, "frozen", False)


def _needs_a_checkout() -> int:
    """A built app (the bundle) has no sources to read strings from, nor Qt's lupdate."""
    return fail(
        i18n.translate(
            "Cli",
            "This command reads the app's source code, which a built app does not have: run it in a "
            "copy of the repository (see translations/README.md). i18n check --translations FOLDER "
            "works here.",
        )
    )
