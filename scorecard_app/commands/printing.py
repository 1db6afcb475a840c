"""`scorecard print KIND --cycle ID -o FILE.pdf` and `scorecard print --list`."""

from __future__ import annotations

import os
from pathlib import Path

from scorecard_app.i18n import LANGUAGES
from scorecard_app.store import Store
from scorecard_app.store.repository import NotFound

from .errors import CommandError


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
    from scorecard_app.i18n import translate
    from scorecard_app.reports import KINDS, render

    if args.list:
        width = max(len(k) for k in KINDS)
        for code, k in KINDS.items():
            print(f"{code:<{width}}  {translate('Printables', k.title, 'en')}")
        return 0
    if not args.kind:
        raise CommandError("Say what to print, e.g. `scorecard print score-sheet`; see --list.")
    if args.kind not in KINDS:
        raise CommandError(f"Unknown printable “{args.kind}”; `scorecard print --list` names them.")
    if not args.cycle:
        raise CommandError("Say which cycle with --cycle ID; `scorecard list` shows the ids.")
    if not args.output:
        raise CommandError("Say where to write the PDF with -o FILE.pdf.")
    if args.lang and args.lang not in LANGUAGES:
        raise CommandError(f"Unknown language “{args.lang}”; use one of {', '.join(LANGUAGES)}.")
    out = Path(args.output)
    _check_writable(out)
    if not Path(args.db).is_file():
        raise CommandError(f"There is no database at {args.db}.")
    with Store.open(args.db) as store:
        try:
            data = store.load_cycle(args.cycle)
        except NotFound:
            raise CommandError(f"There is no cycle {args.cycle} in {args.db}.") from None
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
            raise CommandError(f"Cannot write {out}: {e.strerror or e}.") from None
    print(f"Wrote {out}")
    return 0


def _check_writable(out: Path) -> None:
    """Refuse before any work when the PDF could not be written there."""
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name ending in .pdf.")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"Cannot write {out}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CommandError(f"Cannot write {out}: permission denied.")
