"""The grammar of `commitment`, `contribution`, `scan` and `phase`: the method's own tools."""

from pathlib import Path

from drempelkompas.cli.options import collaboration_option


def add_method_commands(commands, words, subcommand) -> None:
    """`subcommand(subparsers, name, handler, help_text)` adds one command (see `parser`)."""

    def group(name: str, help_text: str):
        parser = subcommand(commands, name, None, help_text)
        return parser.add_subparsers(dest=f"{name}_command", metavar=f"{name.upper()}_COMMAND", required=True)

    def collaboration(sub) -> None:
        collaboration_option(sub, words)

    def partner(sub, required: bool = True) -> None:
        sub.add_argument(
            "--partner",
            metavar=words.translate("CliHelp", "NAME"),
            required=required,
            help=words.translate("CliHelp", "the partner's name"),
        )

    def day(sub, option: str, help_text: str, dest: str | None = None) -> None:
        sub.add_argument(option, metavar="YYYY-MM-DD", help=help_text, **({"dest": dest} if dest else {}))

    commitment = group(
        "commitment", words.translate("CliHelp", "the commitment matrix: per partner and level, who commits")
    )
    setter = subcommand(
        commitment,
        "set",
        "method_tools.set_commitment",
        words.translate("CliHelp", "fill in a cell of the matrix"),
    )
    collaboration(setter)
    partner(setter)
    setter.add_argument(
        "--level",
        required=True,
        help=words.translate(
            "CliHelp", "administrative, management or execution (bestuurlijk, management, uitvoering)"
        ),
    )
    setter.add_argument(
        "--state", help=words.translate("CliHelp", "not-asked, asked, committed or withdrawn")
    )
    setter.add_argument(
        "--person",
        metavar=words.translate("CliHelp", "NAME"),
        help=words.translate("CliHelp", "who gives the commitment"),
    )
    day(setter, "--date", words.translate("CliHelp", "the day the state was reached (default: today)"))
    setter.add_argument("--note", help=words.translate("CliHelp", "a note"))
    lister = subcommand(
        commitment,
        "list",
        "method_tools.list_commitments",
        words.translate("CliHelp", "the matrix and what the phase still asks for"),
    )
    collaboration(lister)

    contribution = group(
        "contribution", words.translate("CliHelp", "the in-kind ledger: what each partner brings in")
    )
    adder = subcommand(
        contribution,
        "add",
        "method_tools.add_contribution",
        words.translate("CliHelp", "add a contribution to the ledger"),
    )
    collaboration(adder)
    partner(adder)
    adder.add_argument(
        "--kind",
        required=True,
        help=words.translate(
            "CliHelp", "knowledge, network, communication, facilities, hours, membership or subsidy"
        ),
    )
    adder.add_argument("--description", help=words.translate("CliHelp", "what it is"))
    adder.add_argument("--state", help=words.translate("CliHelp", "pledged (default) or delivered"))
    day(adder, "--from", words.translate("CliHelp", "the first day of its period"), dest="starts")
    day(adder, "--until", words.translate("CliHelp", "the last day of its period"), dest="ends")
    adder.add_argument(
        "--value",
        metavar=words.translate("CliHelp", "EUROS"),
        help=words.translate("CliHelp", "its value in whole euros"),
    )
    ledger = subcommand(
        contribution,
        "list",
        "method_tools.list_contributions",
        words.translate("CliHelp", "the ledger with its totals"),
    )
    collaboration(ledger)
    ledger.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.csv",
        help=words.translate("CliHelp", "write the ledger to a CSV file"),
    )

    scan = group(
        "scan",
        words.translate("CliHelp", "the drempelscan: the twelve typical barriers as statements, scored 0–4"),
    )
    scan_add = subcommand(
        scan, "add", "method_tools.add_scan", words.translate("CliHelp", "record one respondent's answers")
    )
    collaboration(scan_add)
    scan_add.add_argument(
        "--respondent",
        metavar=words.translate("CliHelp", "NAME"),
        required=True,
        help=words.translate("CliHelp", "who answered"),
    )
    scan_add.add_argument(
        "--answers",
        type=Path,
        metavar="FILE.csv",
        required=True,
        help=words.translate("CliHelp", "a CSV file with a statement key and a score (0–4) per row"),
    )
    partner(scan_add, required=False)
    scan_add.add_argument("--level", help=words.translate("CliHelp", "the respondent's level"))
    day(scan_add, "--date", words.translate("CliHelp", "the day of the round (default: today)"))
    scan_show = subcommand(
        scan,
        "show",
        "method_tools.show_scan",
        words.translate("CliHelp", "the profile per round and the cards it proposes"),
    )
    collaboration(scan_show)

    phase = group(
        "phase", words.translate("CliHelp", "the phase gates: check the criteria, record a go or no-go")
    )
    check = subcommand(
        phase,
        "check",
        "method_tools.check_phase",
        words.translate("CliHelp", "the criteria of the gate to the next phase"),
    )
    collaboration(check)
    advance = subcommand(
        phase,
        "advance",
        "method_tools.advance_phase",
        words.translate("CliHelp", "record the gate's decision; a go moves to the next phase"),
    )
    collaboration(advance)
    advance.add_argument(
        "--by",
        metavar=words.translate("CliHelp", "NAME"),
        required=True,
        help=words.translate("CliHelp", "who decided, e.g. the steering group"),
    )
    advance.add_argument(
        "--no-go", action="store_true", help=words.translate("CliHelp", "record a no-go: the phase stays")
    )
    advance.add_argument(
        "--note", help=words.translate("CliHelp", "why; needed for a go while criteria are unmet")
    )
    day(advance, "--date", words.translate("CliHelp", "the day of the decision (default: today)"))
    day(advance, "--meeting", words.translate("CliHelp", "the day of the meeting that decided, if any"))
