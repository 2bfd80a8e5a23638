"""The command line: `drempelkompas [COMMAND]`; without a command it starts the app."""

import argparse
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from drempelkompas import __version__
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

# Heavy imports (peewee, services, widgets) wait until a command needs them, so `--version` and
# `--help` answer at once. Qt's core comes first: it translates the help texts.

WRITER_WAIT_MS = 3000  # how long a writing command waits for the app to let go of the database


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(_help_language(argv))
    args = parser.parse_args(argv)
    if args.lang is not None:
        from drempelkompas import i18n

        if args.lang not in i18n.available_languages():
            i18n.ensure_core_application()
            i18n.install_language(i18n.system_language())
            return _fail(
                i18n.translate("Cli", "Unknown language {code}; available: {codes}.").format(
                    code=args.lang, codes=", ".join(i18n.available_languages())
                )
            )
    if args.command is None:
        from drempelkompas.app import run_app

        return run_app(args.db, args.lang)

    from drempelkompas import i18n
    from drempelkompas.crash import write_crash_log
    from drempelkompas.domain.errors import DrempelError

    try:
        i18n.ensure_core_application()
        i18n.install_language(args.lang or i18n.system_language())
        return args.handler(args) or 0
    except (DrempelError, OSError) as error:
        return _fail(i18n.problem_text(error))
    except Exception as error:
        log_path = write_crash_log(error)
        return _fail(
            i18n.translate("Cli", "Unexpected error ({error}); details are in {log}.").format(
                error=type(error).__name__, log=log_path
            )
        )


def _parser(words) -> argparse.ArgumentParser:
    """The command line's grammar; `words` (an i18n.Language) translates its help texts."""
    parser = argparse.ArgumentParser(
        prog="drempelkompas",
        description=words.translate(
            "CliHelp",
            "Drempelkompas: overcome the barriers of innovation across boundaries. "
            "Without a command, the app starts.",
        ),
    )
    _add_common_options(parser, words, default=None)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=words.translate("argparse", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        return _subcommand(commands, name, handler, help_text, words)

    command(
        "catalog",
        _catalog,
        words.translate("CliHelp", "print the method: preconditions, typical barriers, lessons"),
    )
    command("demo", _demo, words.translate("CliHelp", "fill the database with three demo collaborations"))
    command(
        "list",
        _list,
        words.translate("CliHelp", "one line per collaboration with its open barriers per precondition"),
    )
    importer = command(
        "import-csv",
        _import_csv,
        words.translate("CliHelp", "import barriers from a CSV file (all or nothing)"),
    )
    importer.add_argument("file", type=Path)
    exporter = command("export-csv", _export_csv, words.translate("CliHelp", "export barriers to a CSV file"))
    exporter.add_argument("-o", "--output", type=Path, required=True)
    exporter.add_argument(
        "--collaboration", metavar="NAME", help=words.translate("CliHelp", "only this collaboration")
    )

    exchange_import = command(
        "import",
        _import_exchange,
        words.translate("CliHelp", "import collaborations from an exchange file (.drempel), all or nothing"),
    )
    exchange_import.add_argument("file", type=Path)
    exchange_import.add_argument(
        "--dry-run",
        action="store_true",
        help=words.translate("CliHelp", "only show what an import would change"),
    )
    exchange_export = command(
        "export",
        _export_exchange,
        words.translate("CliHelp", "export collaborations to an exchange file (.drempel)"),
    )
    exchange_export.add_argument(
        "--collaboration",
        metavar="NAME",
        action="append",
        help=words.translate("CliHelp", "this collaboration (repeatable; default: all)"),
    )
    exchange_export.add_argument("-o", "--output", type=Path, required=True)

    plan = command(
        "plan", None, words.translate("CliHelp", "action plans: export as PDF, sign off, sign digitally")
    )
    plan_commands = plan.add_subparsers(dest="plan_command", metavar="PLAN_COMMAND", required=True)

    def plan_command(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        return _subcommand(plan_commands, name, handler, help_text, words)

    plan_export = plan_command(
        "export", _plan_export, words.translate("CliHelp", "export the draft or a signed-off version as PDF")
    )
    plan_export.add_argument("--collaboration", metavar="NAME", required=True)
    plan_export.add_argument(
        "--version",
        type=int,
        metavar="N",
        help=words.translate("CliHelp", "a signed-off version (default: the draft)"),
    )
    plan_export.add_argument("-o", "--output", type=Path, required=True)
    signoff = plan_command(
        "signoff",
        _plan_signoff,
        words.translate("CliHelp", "sign off the current plan as a new numbered version"),
    )
    signoff.add_argument("--collaboration", metavar="NAME", required=True)
    signoff.add_argument(
        "--signatory",
        metavar="NAME|ROLE|LEVEL",
        action="append",
        required=True,
        help=words.translate("CliHelp", "level: administrative, management or operational (or in Dutch)"),
    )
    sign = plan_command(
        "sign", _plan_sign, words.translate("CliHelp", "sign an exported PDF digitally (PAdES)")
    )
    sign.add_argument("file", type=Path)
    sign.add_argument(
        "--p12",
        type=Path,
        help=words.translate(
            "CliHelp",
            "your certificate (PKCS#12); default: your personal one, "
            "made on first use; its password is read from $DREMPELKOMPAS_P12_PASSWORD",
        ),
    )
    sign.add_argument(
        "--name",
        help=words.translate("CliHelp", "your name for a new personal certificate (default: your user name)"),
    )
    sign.add_argument("-o", "--output", type=Path, required=True)
    backup = command(
        "backup", None, words.translate("CliHelp", "backups of the database: create, list, restore")
    )
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="BACKUP_COMMAND", required=True)
    for name, handler, help_text in (
        ("create", _backup_create, words.translate("CliHelp", "make a backup now")),
        (
            "list",
            _backup_list,
            words.translate("CliHelp", "list the backups, newest first, with what each holds"),
        ),
        (
            "restore",
            _backup_restore,
            words.translate("CliHelp", "restore a backup (the current state is backed up first)"),
        ),
    ):
        sub = _subcommand(backup_commands, name, handler, help_text, words)
        if name == "restore":
            sub.add_argument(
                "backup", type=Path, help=words.translate("CliHelp", "a backup file, as `backup list` shows")
            )
    translators = command(
        "i18n",
        None,
        words.translate("CliHelp", "for translators: refresh the translation files, count what is left"),
    )
    i18n_commands = translators.add_subparsers(dest="i18n_command", metavar="I18N_COMMAND", required=True)
    for name, handler, help_text in (
        (
            "update",
            _i18n_update,
            words.translate("CliHelp", "refresh every translations/*.ts from the sources and compile them"),
        ),
        (
            "add",
            _i18n_add,
            words.translate("CliHelp", "start a new language: translations/drempelkompas_CODE.ts"),
        ),
        (
            "check",
            _i18n_check,
            words.translate(
                "CliHelp", "per language: translated, unfinished and vanished strings, placeholder mismatches"
            ),
        ),
    ):
        sub = _subcommand(i18n_commands, name, handler, help_text, words)
        sub.add_argument("--translations", type=Path, default=Path("translations"), metavar="DIR")
        if name in ("update", "add"):
            sub.add_argument("--sources", type=Path, default=Path("src/drempelkompas"), metavar="DIR")
        if name == "add":
            sub.add_argument("code", help=words.translate("CliHelp", "language code, e.g. de or pt_BR"))
    verify = command(
        "verify",
        _verify,
        words.translate("CliHelp", "check that a PDF is an unaltered export of a signed-off plan"),
    )
    verify.add_argument("file", type=Path)
    return parser


def _subcommand(subparsers, name: str, handler, help_text: str, words) -> argparse.ArgumentParser:
    sub = subparsers.add_parser(name, help=help_text, description=help_text)
    # SUPPRESS: an option given before the command is not reset by the command's default.
    _add_common_options(sub, words, default=argparse.SUPPRESS)
    sub.set_defaults(handler=handler)
    return sub


def _add_common_options(parser: argparse.ArgumentParser, words, default) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=words.translate(
            "CliHelp",
            "database file (default: $DREMPELKOMPAS_DB or the file in your application data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=default,
        help=words.translate("CliHelp", "language, e.g. nl or en (default: the system language)"),
    )


# argparse's own texts (usage, errors), marked here for the translation files.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _help_language(argv: list[str]):
    """The language of --help and usage errors: --lang if given and present, else the system's.

    argv is read before it is parsed, since the parser's own texts depend on it.
    """
    from drempelkompas import i18n

    code = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            code = argv[index + 1]
        elif arg.startswith("--lang="):
            code = arg.split("=", 1)[1]
    if code not in i18n.available_languages():
        code = i18n.system_language()
    words = i18n.Language(code)
    argparse._ = lambda text: words.translate("argparse", text)  # argparse looks `_` up on each use
    return words


def _fail(message: str) -> int:
    print(f"drempelkompas: {message}", file=sys.stderr)
    return 1


def _open(args, writes: bool = False) -> None:
    """Opens the database; a command that writes first waits (briefly) until the app lets go of it."""
    from drempelkompas.locations import database_path
    from drempelkompas.storage.database import open_database

    path = database_path(args.db)
    if writes:
        from drempelkompas.domain.errors import DrempelError
        from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
        from drempelkompas.instance_lock import DatabaseLock

        args.lock = DatabaseLock(path)  # held until the command ends
        if not args.lock.acquire(WRITER_WAIT_MS):
            raise DrempelError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is in use by the Drempelkompas app; close it and try again."
                ),
                file=path,
            )
    open_database(path)
    if writes:
        from drempelkompas.storage.database import ensure_writable

        ensure_writable()


def _catalog(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.domain import catalog

    def catalog_text(text: str) -> str:
        return i18n.translate(catalog.CATALOG_CONTEXT, text)

    def heading(text: str) -> list[str]:
        return ["", text.upper(), "=" * len(text)]

    def wrapped(text: str, indent: str) -> list[str]:
        return textwrap.wrap(text, 88, initial_indent=indent, subsequent_indent=indent)

    lessons = {lesson.key: catalog_text(lesson.title) for lesson in catalog.LESSONS}
    lines = heading(i18n.translate("Cli", "Preconditions and their typical barriers"))
    for info in catalog.PRECONDITIONS:
        lines += ["", catalog_text(info.title), *wrapped(catalog_text(info.explanation), "  ")]
        for number, barrier in enumerate(catalog.typical_barriers_for(info.precondition), 1):
            lines += wrapped(f"{number}. {catalog_text(barrier.title)}", "    ")
            lines += wrapped(catalog_text(barrier.description), "       ")
            fitting = ", ".join(lessons[key] for key in barrier.lesson_keys)
            lines += wrapped(
                i18n.translate("Cli", "Lessons that fit: {lessons}").format(lessons=fitting),
                "       ",
            )
    lines += heading(i18n.translate("Cli", "Lessons for overcoming barriers"))
    for number, lesson in enumerate(catalog.LESSONS, 1):
        lines += [
            "",
            f"{number}. {catalog_text(lesson.title)}",
            *wrapped(catalog_text(lesson.summary), "   "),
        ]
        for point in lesson.key_points:
            lines += textwrap.wrap(catalog_text(point), 88, initial_indent="   - ", subsequent_indent="     ")
        fits = ", ".join(i18n.label(p) for p in lesson.preconditions)
        lines += wrapped(i18n.translate("Cli", "Fits: {preconditions}").format(preconditions=fits), "   ")
    lines += heading(i18n.translate("Cli", "Levels of commitment"))
    for info in catalog.LEVELS:
        lines += wrapped(f"{i18n.label(info.level)}: {catalog_text(info.explanation)}", "  ")
    lines += heading(i18n.translate("Cli", "Sectors of the partners"))
    for info in catalog.SECTORS:
        lines += wrapped(f"{i18n.label(info.sector)}: {catalog_text(info.explanation)}", "  ")
    print("\n".join(lines[1:]))


def _demo(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.services.demo import fill_demo

    _open(args, writes=True)
    ids = fill_demo()
    print(i18n.translate("Cli", "Added {count} demo collaborations.").format(count=len(ids)))


def _list(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.services.collaborations import list_collaborations

    _open(args)
    summaries = list_collaborations(include_archived=True)
    if not summaries:
        print(i18n.translate("Cli", "No collaborations yet."))
    for summary in summaries:
        counts = ", ".join(f"{i18n.label(p)} {n}" for p, n in summary.open_counts.items())
        line = i18n.translate("Cli", "{name}: open barriers: {counts}").format(
            name=summary.name, counts=counts
        )
        if summary.archived:
            line += " " + i18n.translate("Cli", "(archived)")
        print(line)


def _import_csv(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.services.csv_io import import_csv

    _open(args, writes=True)
    result = import_csv(args.file, translators=i18n.all_language_translators())
    print(
        i18n.translate("Cli", "Imported {barriers} barriers; new collaborations: {created}.").format(
            barriers=result.barriers, created=", ".join(result.created_collaborations) or "-"
        )
    )


def _export_csv(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.services.csv_io import export_csv

    _open(args)
    name = getattr(args, "collaboration", None)
    collaboration_id = _collaboration_id(name) if name is not None else None
    language = args.lang or i18n.system_language()
    count = export_csv(args.output, collaboration_id, language, i18n.translate)
    print(i18n.translate("Cli", "Exported {count} barriers to {file}.").format(count=count, file=args.output))


def _import_exchange(args) -> None:
    from drempelkompas import exchange_text, i18n
    from drempelkompas.services.exchange import import_file

    _open(args, writes=True)
    report = import_file(args.file, dry_run=args.dry_run)
    if args.dry_run:
        print(i18n.translate("Cli", "Preview of {file}; nothing was imported:").format(file=args.file))
    else:
        print(i18n.translate("Cli", "Imported {file}:").format(file=args.file))
    for change in report.changes:
        print(f"  {exchange_text.outcome_text(change.outcome)}: {exchange_text.change_text(change)}")
    print(exchange_text.summary_text(report))


def _export_exchange(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.services.collaborations import list_collaborations
    from drempelkompas.services.exchange import export_file

    _open(args)
    names = getattr(args, "collaboration", None)
    if names:
        chosen = [_collaboration_id(name) for name in names]
    else:
        chosen = [summary.id for summary in list_collaborations(include_archived=True)]
    count = export_file(args.output, chosen)
    print(
        i18n.translate(
            "Cli", "Exported {collaborations} collaborations with {barriers} barriers to {file}."
        ).format(collaborations=len(chosen), barriers=count, file=args.output)
    )


def _collaboration_id(name: str) -> int:
    from drempelkompas.domain.errors import NotFoundError
    from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
    from drempelkompas.services.collaborations import find_collaboration

    collaboration_id = find_collaboration(name)
    if collaboration_id is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no collaboration named {name}."), name=name)
    return collaboration_id


def _plan_export(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.exports import export_plan
    from drempelkompas.files import write_atomically

    _open(args)
    language = i18n.Language(args.lang or i18n.system_language())
    data = export_plan(_collaboration_id(args.collaboration), getattr(args, "version", None), language)
    write_atomically(args.output, data)
    print(i18n.translate("Cli", "Exported the plan to {file}.").format(file=args.output))


def _plan_signoff(args) -> None:
    from datetime import date

    from drempelkompas import i18n
    from drempelkompas.domain.enums import Level
    from drempelkompas.domain.errors import ValidationError
    from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
    from drempelkompas.services.csv_io import level_from_text
    from drempelkompas.services.plans import Signatory, sign_off

    _open(args, writes=True)
    signatories = []
    for text in args.signatory:
        parts = text.split("|")
        level = level_from_text(parts[2]) if len(parts) == 3 else None
        if not isinstance(level, Level):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'Write a signatory as "Name|Role|level", not "{text}".'),
                text=text,
            )
        signatories.append(Signatory(parts[0], parts[1], level, date.today()))
    version = sign_off(_collaboration_id(args.collaboration), signatories)
    print(
        i18n.translate("Cli", "Signed off version {number}; fingerprint {fingerprint}").format(
            number=version.number, fingerprint=version.fingerprint
        )
    )


def _plan_sign(args) -> None:
    import getpass
    import os

    from drempelkompas import i18n
    from drempelkompas.files import write_atomically
    from drempelkompas.locations import data_folder
    from drempelkompas.signing import personal_certificate, sign_pdf

    p12 = getattr(args, "p12", None)
    if p12 is None:
        p12 = personal_certificate(
            data_folder() / "signing", getattr(args, "name", None) or getpass.getuser()
        )
    password = os.environ.get("DREMPELKOMPAS_P12_PASSWORD")
    signed = sign_pdf(args.file.read_bytes(), p12, password.encode() if password else None)
    write_atomically(args.output, signed)
    print(i18n.translate("Cli", "Signed {file} into {output}.").format(file=args.file, output=args.output))


def _verify(args) -> int:
    from drempelkompas import i18n
    from drempelkompas.exports import verify_pdf

    _open(args)
    result = verify_pdf(args.file.read_bytes(), i18n.Language)
    print(f"{args.file}: {i18n.translate('Verify', result.outcome)}")
    if result.version is not None:
        print(
            i18n.translate(
                "Cli", "Collaboration: {name}; version {number}; fingerprint {fingerprint}"
            ).format(name=result.collaboration, number=result.version, fingerprint=result.fingerprint)
        )
    for number, signature in enumerate(result.signatures, 1):
        state = i18n.translate("Cli", "valid") if signature.valid else i18n.translate("Cli", "INVALID")
        trust = (
            ""
            if signature.trusted
            else " " + i18n.translate("Cli", "(personal certificate, not from a trusted authority)")
        )
        after = " " + i18n.translate("Cli", "— changed after signing") if signature.changed_after else ""
        print(
            i18n.translate("Cli", "Signature {number}: {signer}, {state}{trust}{after}").format(
                number=number, signer=signature.signer, state=state, trust=trust, after=after
            )
        )
    return 0 if result.ok else 1


def _i18n_update(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.i18n_tools import update

    print(update(args.sources, args.translations).strip())
    print(i18n.translate("Cli", "Compiled; reinstall the app (pip install .) to use the new translations."))


def _i18n_add(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.i18n_tools import add_language

    ts_file = add_language(args.sources, args.translations, args.code)
    print(i18n.translate("Cli", "Created {file}; open it with pyside6-linguist.").format(file=ts_file))


def _i18n_check(args) -> int:
    from drempelkompas import i18n
    from drempelkompas.i18n_tools import REQUIRED_LANGUAGES, check

    reports = check(args.translations)
    if not reports:
        return _fail(
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
    incomplete = [r.code for r in reports if r.code in REQUIRED_LANGUAGES and not r.complete]
    missing = [code for code in REQUIRED_LANGUAGES if code not in {r.code for r in reports}]
    if incomplete or missing:
        return _fail(
            i18n.translate("Cli", "Dutch and English must be complete: {codes}.").format(
                codes=", ".join(incomplete + missing)
            )
        )
    return 0


def _backup_create(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.services.backups import create_backup

    _open(args)
    print(i18n.translate("Cli", "Backup written to {file}.").format(file=create_backup()))


def _backup_list(args) -> None:
    from datetime import date

    from drempelkompas import i18n
    from drempelkompas.services.backups import list_backups

    _open(args)
    backups = list_backups()
    if not backups:
        print(i18n.translate("Cli", "No backups yet."))
    language = i18n.Language(args.lang or i18n.system_language())
    for info in backups:
        when = (
            f"{language.format_date(date(info.created.year, info.created.month, info.created.day))} "
            f"{info.created:%H:%M}"
        )
        print(
            i18n.translate(
                "Cli", "{when}  {reason}: {collaborations} collaborations, {barriers} barriers  {file}"
            ).format(
                when=when,
                reason=info.reason,
                collaborations=info.collaborations,
                barriers=info.barriers,
                file=info.path,
            )
        )


def _backup_restore(args) -> None:
    from drempelkompas import i18n
    from drempelkompas.services.backups import restore_backup

    _open(args, writes=True)
    before = restore_backup(args.backup)
    print(
        i18n.translate("Cli", "Restored {file}; the state before is kept in {before}.").format(
            file=args.backup, before=before
        )
    )
