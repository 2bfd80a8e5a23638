"""The command line's grammar, with its help texts in the user's language.

Each command names its handler as "module.function" in this package; `run` imports the module
only when the command is given, so `--version` and `--help` answer without loading the app.
"""

import argparse
from pathlib import Path

from drempelkompas import __version__
from drempelkompas.cli import options
from drempelkompas.cli.method_grammar import add_method_commands
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP


def build_parser(words) -> argparse.ArgumentParser:
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
        "method.catalog",
        words.translate("CliHelp", "print the method: preconditions, typical barriers, lessons"),
    )
    command(
        "demo",
        "collaborations.demo",
        words.translate("CliHelp", "fill the database with three demo collaborations"),
    )
    command(
        "list",
        "collaborations.list_collaborations",
        words.translate("CliHelp", "one line per collaboration with its open barriers per precondition"),
    )
    importer = command(
        "import-csv",
        "collaborations.import_csv",
        words.translate("CliHelp", "import barriers from a CSV file (all or nothing)"),
    )
    importer.add_argument("file", type=Path)
    exporter = command(
        "export-csv", "collaborations.export_csv", words.translate("CliHelp", "export barriers to a CSV file")
    )
    exporter.add_argument("-o", "--output", type=Path, required=True)
    exporter.add_argument(
        "--collaboration", metavar="NAME", help=words.translate("CliHelp", "only this collaboration")
    )

    exchange_import = command(
        "import",
        "exchange.import_exchange",
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
        "exchange.export_exchange",
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
        "export",
        "plans.export",
        words.translate("CliHelp", "export the draft or a signed-off version as PDF"),
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
        "plans.sign_off",
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
        "sign", "plans.sign", words.translate("CliHelp", "sign an exported PDF digitally (PAdES)")
    )
    sign.add_argument("file", type=Path)
    sign.add_argument(
        "--p12",
        type=Path,
        help=words.translate(
            "CliHelp",
            "your certificate (PKCS#12); default: your personal one, made on first use. "
            "Its passphrase is read from $DREMPELKOMPAS_P12_PASSWORD, or asked",
        ),
    )
    sign.add_argument(
        "--name",
        help=words.translate("CliHelp", "your name, for a new personal certificate (needed the first time)"),
    )
    sign.add_argument(
        "--organisation",
        default="",
        help=words.translate("CliHelp", "your organisation, for a new personal certificate"),
    )
    sign.add_argument("-o", "--output", type=Path, required=True)
    withdraw = plan_command(
        "withdraw",
        "plans.withdraw",
        words.translate("CliHelp", "withdraw a signed-off version (it stays listed, marked withdrawn)"),
    )
    withdraw.add_argument("--collaboration", metavar="NAME", required=True)
    withdraw.add_argument("--version", type=int, metavar="N", required=True)
    withdraw.add_argument("--reason", required=True)
    withdraw.add_argument(
        "--by",
        metavar="NAME",
        help=words.translate(
            "CliHelp",
            "who withdraws it (default: your name as the system knows it, or your user of a team database)",
        ),
    )
    _add_governance_commands(commands, words)
    add_method_commands(commands, words, lambda *given: _subcommand(*given, words))
    backup = command(
        "backup", None, words.translate("CliHelp", "backups of the database: create, list, restore")
    )
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="BACKUP_COMMAND", required=True)
    for name, handler, help_text in (
        ("create", "backups.create", words.translate("CliHelp", "make a backup now")),
        (
            "list",
            "backups.list_backups",
            words.translate("CliHelp", "list the backups, newest first, with what each holds"),
        ),
        (
            "restore",
            "backups.restore",
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
            "translations.update",
            words.translate("CliHelp", "refresh every translations/*.ts from the sources and compile them"),
        ),
        (
            "add",
            "translations.add",
            words.translate("CliHelp", "start a new language: translations/drempelkompas_CODE.ts"),
        ),
        (
            "check",
            "translations.check",
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
        "plans.verify",
        words.translate("CliHelp", "check that a PDF is an unaltered export of a signed-off plan"),
    )
    verify.add_argument("file", type=Path)
    return parser


def _add_governance_commands(commands, words) -> None:
    """`meeting …`, `portfolio`, `progress` and `board print`: for the steering group and the programme."""

    def command(subparsers, name: str, handler, help_text: str) -> argparse.ArgumentParser:
        return _subcommand(subparsers, name, handler, help_text, words)

    def collaboration_option(sub) -> None:
        options.collaboration_option(sub, words)

    def date_option(sub, required: bool = True) -> None:
        sub.add_argument(
            "--date",
            metavar="YYYY-MM-DD",
            required=required,
            help=words.translate("CliHelp", "the meeting's date"),
        )

    def detail_options(sub) -> None:
        for option, help_text in (
            (
                "--body",
                words.translate("CliHelp", "the governing body, e.g. Stuurgroep (default: Steering group)"),
            ),
            ("--chair", words.translate("CliHelp", "who chairs the meeting")),
            ("--case-number", words.translate("CliHelp", "the case number (zaaknummer)")),
            ("--portfolio-holder", words.translate("CliHelp", "the administrator responsible")),
        ):
            sub.add_argument(option, help=help_text)

    meeting = command(
        commands,
        "meeting",
        None,
        words.translate("CliHelp", "steering-group meetings: prepare, print the pack, record the decisions"),
    )
    meeting_commands = meeting.add_subparsers(
        dest="meeting_command", metavar="MEETING_COMMAND", required=True
    )
    planned = command(
        meeting_commands,
        "plan",
        "meetings.plan",
        words.translate("CliHelp", "plan a meeting, or change its details"),
    )
    collaboration_option(planned)
    date_option(planned)
    detail_options(planned)
    proposed = command(
        meeting_commands,
        "propose",
        "meetings.propose",
        words.translate("CliHelp", "put a proposed decision on the agenda of the next meeting"),
    )
    collaboration_option(proposed)
    proposed.add_argument(
        "--barrier",
        metavar="TITLE",
        help=words.translate("CliHelp", "the barrier it is about (default: none)"),
    )
    proposed.add_argument("--proposal", metavar="TEXT", required=True)
    suggested = command(
        meeting_commands,
        "candidates",
        "meetings.candidates",
        words.translate(
            "CliHelp", "the barriers that call for a decision: high impact, administrative, overdue"
        ),
    )
    collaboration_option(suggested)
    date_option(suggested, required=False)
    packed = command(
        meeting_commands,
        "pack",
        "meetings.pack",
        words.translate("CliHelp", "write the meeting pack as PDF or OpenDocument text (.odt)"),
    )
    collaboration_option(packed)
    date_option(packed)
    detail_options(packed)
    packed.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.odt")
    recorded = command(
        meeting_commands,
        "record",
        "meetings.record",
        words.translate("CliHelp", "record what the meeting decided; points not named are deferred"),
    )
    collaboration_option(recorded)
    date_option(recorded)
    recorded.add_argument(
        "--correct",
        action="store_true",
        help=words.translate("CliHelp", "change the outcomes of a meeting recorded before"),
    )
    recorded.add_argument(
        "--decision",
        metavar=words.translate("CliHelp", "N|OUTCOME|WORDING"),
        action="append",
        help=words.translate("CliHelp", "outcome: taken, deferred or rejected (or in Dutch); repeatable"),
    )
    recorded.add_argument(
        "--action",
        metavar=words.translate("CliHelp", "N|ACTION|OWNER|YYYY-MM-DD"),
        action="append",
        help=words.translate(
            "CliHelp", "a new action the decision gives; it becomes the barrier's next action"
        ),
    )
    listed = command(
        meeting_commands,
        "decisions",
        "meetings.decision_list",
        words.translate("CliHelp", "write the decision list of a recorded meeting as PDF or .odt"),
    )
    collaboration_option(listed)
    date_option(listed)
    listed.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.odt")
    logged = command(
        meeting_commands,
        "log",
        "meetings.log",
        words.translate("CliHelp", "the decision log: every meeting and what it decided"),
    )
    collaboration_option(logged)

    portfolio = command(
        commands,
        "portfolio",
        "overviews.portfolio",
        words.translate("CliHelp", "all collaborations against the four preconditions, as PDF or CSV"),
    )
    portfolio.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    portfolio.add_argument(
        "--archived", action="store_true", help=words.translate("CliHelp", "include archived collaborations")
    )
    progress = command(
        commands,
        "progress",
        "overviews.progress",
        words.translate("CliHelp", "open barriers per month and precondition, and how many were overcome"),
    )
    collaboration_option(progress)
    board = command(commands, "board", None, words.translate("CliHelp", "the board on paper"))
    board_commands = board.add_subparsers(dest="board_command", metavar="BOARD_COMMAND", required=True)
    printed = command(
        board_commands,
        "print",
        "overviews.print_board",
        words.translate("CliHelp", "the board of a collaboration as an A4 landscape PDF"),
    )
    collaboration_option(printed)
    printed.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


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
            "database file, or a team database as postgresql://user@server/name (default: "
            "$DREMPELKOMPAS_DB or the file in your application data folder)",
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


def help_language(argv: list[str]):
    """The language of --help and usage errors: --lang if given and present, else the system's.

    argv is read before it is parsed, since the parser's own texts depend on it.
    """
    from drempelkompas.runtime import i18n

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
