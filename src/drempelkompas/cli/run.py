"""Running one command: parse, set up the language, dispatch, and turn every failure into one line."""

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from drempelkompas import __version__
from drempelkompas.cli.parser import build_parser, help_language


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--version"]:  # answered before Qt is loaded, which the help texts need
        print(f"drempelkompas {__version__}")
        return 0
    argv, exchange_file = _exchange_file_to_open(argv)
    args = build_parser(help_language(argv)).parse_args(argv)
    # Qt's core and the app's modules are imported only now: `--version` and `--help` answer at once.
    from drempelkompas.runtime import i18n

    if args.lang is not None and args.lang not in i18n.available_languages():
        i18n.ensure_core_application()
        i18n.install_language(i18n.system_language())
        return fail(
            i18n.translate("Cli", "Unknown language {code}; available: {codes}.").format(
                code=args.lang, codes=", ".join(i18n.available_languages())
            )
        )
    if args.command is None:
        from drempelkompas.app.start import run_app

        return run_app(args.db, args.lang, exchange_file)

    from drempelkompas.domain.errors import DrempelError
    from drempelkompas.runtime.crash_log import write_crash_log

    try:
        i18n.ensure_core_application()
        i18n.install_language(args.lang or i18n.system_language())
        module_name, function_name = args.handler.split(".")
        handler = getattr(importlib.import_module(f"drempelkompas.cli.{module_name}"), function_name)
        return handler(args) or 0
    except BrokenPipeError:  # the reader of the output stopped (`| head`): nothing more to say
        # What is still buffered goes nowhere, so flushing it at exit raises nothing more. The
        # command did not finish, so it did not succeed (verify has said its verdict by then).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return getattr(args, "exit_code", 1)
    except (DrempelError, OSError) as error:
        return fail(i18n.problem_text(error))
    except Exception as error:
        log_path = write_crash_log(error)
        return fail(
            i18n.translate("Cli", "Unexpected error ({error}); details are in {log}.").format(
                error=type(error).__name__, log=log_path
            )
        )


OPTIONS_WITH_A_VALUE = ("--db", "--lang")
EXCHANGE_SUFFIX = ".drempel"  # services.exchange_file.SUFFIX, known here without importing the services


def _exchange_file_to_open(argv: list[str]) -> tuple[list[str], Path | None]:
    """`drempelkompas [--db DB] [--lang CODE] FILE.drempel`, as a file manager opens an exchange
    file with the app: the app starts (or the one already open comes to the front) with its preview."""
    words = [
        index
        for index, word in enumerate(argv)
        if not word.startswith("-") and (index == 0 or argv[index - 1] not in OPTIONS_WITH_A_VALUE)
    ]
    if len(words) == 1 and argv[words[0]].lower().endswith(EXCHANGE_SUFFIX):
        index = words[0]
        return argv[:index] + argv[index + 1 :], Path(argv[index])
    return argv, None


def fail(message: str) -> int:
    print(f"drempelkompas: {message}", file=sys.stderr)
    return 1
