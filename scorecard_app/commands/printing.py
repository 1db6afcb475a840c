"""`scorecard print KIND --cycle ID -o FILE.pdf` and `scorecard print --list`."""

from __future__ import annotations

import os
from pathlib import Path

from scorecard_app.core.text import message
from scorecard_app.i18n import LANGUAGES
from scorecard_app.store import Store
from scorecard_app.store.repository import NotFound

from .errors import (
    CANNOT_WRITE,
    CANNOT_WRITE_DENIED,
    CANNOT_WRITE_FOLDER,
    NO_CYCLE,
    NO_DATABASE,
    SAY_WHICH_CYCLE,
    CommandError,
)
from .output import say, word


def register(sub) -> None:
    from scorecard_app.reports import KINDS

    p = sub.add_parser(
        "print",
        help="Write a printable (score sheet, results, action plan…) of a cycle as PDF.",
        description="Write one printable of a cycle as a PDF file. Kinds: " + ", ".join(KINDS),
    )
    p.add_argument("kind", nargs="?", metavar="KIND", help="what to print (see --list)")
    p.add_argument("--list", action="store_true", help="list the printables and exit")
    p.add_argument("--cycle", metavar="ID", help="the cycle's id (see `scorecard list`)")
    p.add_argument("--lang", metavar="CODE", help="language; default: the cycle's own")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--db", help="database file (default: the app's own)")
    p.set_defaults(func=cmd_print)


def cmd_print(args) -> int:
    from scorecard_app.reports import KINDS, render

    if args.list:
        width = max(len(k) for k in KINDS)
        for code, k in KINDS.items():
            print(f"{code:<{width}}  {word(args, 'Printables', k.title)}")
        return 0
    if not args.kind:
        raise CommandError(
            message("Command", "Say what to print, e.g. `scorecard print score-sheet`; see --list.")
        )
    if args.kind not in KINDS:
        raise CommandError(
            message("Command", "Unknown printable “{kind}”; `scorecard print --list` names them."),
            kind=args.kind,
        )
    if not args.cycle:
        raise CommandError(SAY_WHICH_CYCLE)
    if not args.output:
        raise CommandError(message("Command", "Say where to write the PDF with -o FILE.pdf."))
    if args.lang and args.lang not in LANGUAGES:
        raise CommandError(
            message("Command", "Unknown language “{code}”; use one of {codes}."),
            code=args.lang,
            codes=", ".join(LANGUAGES),
        )
    out = Path(args.output)
    _check_writable(out)
    if not Path(args.db).is_file():
        raise CommandError(NO_DATABASE, path=args.db)
    with Store.open(args.db) as store:
        try:
            data = store.load_cycle(args.cycle)
        except NotFound:
            raise CommandError(NO_CYCLE, id=args.cycle, path=args.db) from None
        try:
            render(
                args.kind,
                data,
                lambda d: store.previous_data(d.cycle.id),
                out,
                lang=args.lang,
                paper=args.paper,
            )
        except OSError as e:
            raise CommandError(CANNOT_WRITE, path=out, why=e.strerror or e) from None
    say(args, message("Command", "Wrote {path}"), path=out)
    return 0


def _check_writable(out: Path) -> None:
    """Refuse before any work when the PDF could not be written there."""
    if out.is_dir():
        raise CommandError(
            message("Command", "{path} is a folder; give a file name ending in .pdf."), path=out
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(CANNOT_WRITE_FOLDER, path=out, folder=folder)
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CommandError(CANNOT_WRITE_DENIED, path=out)
