"""The `scorecard` command: the GUI by default, sub-commands for headless work.

Every failure a user can cause (bad arguments, missing folder, damaged file) ends as one plain
line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .commands.errors import NO_FOLDER, CommandError
from .core.text import message
from .store import StoreError

APP_NAME = "Scorecard"


_PARSER_ERROR = message("Command", "{program}: {problem}")


class _Parser(argparse.ArgumentParser):
    def error(self, problem: str):  # one plain line, exit 2; argparse's own words are English
        raise CommandError(_PARSER_ERROR, program=self.prog, problem=problem)


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    d = Path(user_data_dir(APP_NAME, "Scorecard"))
    d.mkdir(parents=True, exist_ok=True)
    return d / "scorecard.sqlite3"


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="scorecard", description="Run Community Score Card cycles offline.")
    p.add_argument("--version", action="version", version=f"scorecard {__version__}")
    p.add_argument("--db", help="database file (default: scorecard.sqlite3 in your data folder)")
    p.add_argument("--lang", help="interface language code (en, vi, et, mk, he, lv)")
    # For packagers' smoke tests: open the real window, save a screenshot of its first paint to
    # PNG and quit. Hidden from --help.
    p.add_argument("--smoke-test", metavar="PNG", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    # Imported here, not at the top: they bring reportlab, requests and the sync client, which the
    # GUI start does not need (see _gui_args). A missing family is an ImportError, not a lost menu.
    from .commands import data, open_data, printing, syncing

    for family in (data, printing, syncing, open_data):
        family.register(sub)
    _db_given_anywhere(p)
    return p


def _db_given_anywhere(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """`scorecard --db X demo` and `scorecard demo --db X` mean the same database: a sub-command's
    own --db must not reset the one given before it to its default (None) when it is left out."""
    for action in parser._actions:
        if not top and action.dest == "db":
            action.default = argparse.SUPPRESS
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _db_given_anywhere(child, top=False)


def _gui_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The GUI's own options when the command line names no command (the usual start), else None.

    The GUI start skips the full parser: building it imports every command family (reportlab,
    requests, the sync client), which only headless commands need."""
    light = _Parser(prog="scorecard", add_help=False)
    light.add_argument("--db")
    light.add_argument("--lang")
    light.add_argument("--smoke-test")
    try:
        args, rest = light.parse_known_args(argv)
    except CommandError:
        return None  # let the full parser say what is wrong
    if rest:
        return None
    args.command = None
    return args


def _check_db_arg(args) -> None:
    db = getattr(args, "db", None)
    if db is None:
        args.db = str(default_db_path())
        return
    path = Path(db)
    if not path.parent.exists():
        raise CommandError(NO_FOLDER, folder=path.parent)
    if path.is_dir():
        raise CommandError(
            message("Command", "{path} is a folder, not a database file."), path=path
        )


def message_language(argv: list[str]) -> str:
    """The language of the CLI's messages: --lang when given (and known), else the
    environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    import os

    from .i18n import LANGUAGES, language_from_environment

    for i, arg in enumerate(argv):
        code = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            code = argv[i + 1]
        if code in LANGUAGES:
            return code
    return language_from_environment(os.environ)


def _say(error: Exception, argv: list[str]) -> None:
    from .i18n import explain

    print(explain(error, message_language(argv)), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The desktop starts `scorecard scorecard://enrol?…` when a head-office link is clicked
    # (packaging/linux/*.desktop, the Windows registry entry): open the window on enrolment.
    link = argv.pop(0) if argv and argv[0].startswith("scorecard:") else None
    try:
        args = _gui_args(argv)
        if args is None:
            args = build_parser().parse_args(argv)
        if link and args.command is not None:
            raise CommandError(
                message("Command", "A scorecard:// link opens the app: give it on its own.")
            )
        if args.command is None:
            _check_db_arg(args)
            from .gui.app import run_gui  # imported late: headless commands never load Qt

            return run_gui(
                db_path=args.db, lang=args.lang, enrol_link=link, smoke_test=args.smoke_test
            )
        _check_db_arg(args)
        args.message_lang = message_language(argv)
        return args.func(args)
    except (CommandError, StoreError) as e:
        _say(e, argv)
        return 2
    except OSError as e:
        print(f"{e.filename or ''}: {e.strerror or e}".lstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
