"""`scorecard export-data --cycle ID --format csv|json -o PATH`: one cycle as open data.

The same tables as head office's open-data package (scorecard_app.opendata), for NGOs without a
server: no participant rows or names, figures under 5 people suppressed, training refused.
"""

from __future__ import annotations

import os
from pathlib import Path

from scorecard_app.core.text import message
from scorecard_app.opendata import DEFAULT_LICENCE, LICENCES, write_cycle_package
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
from .output import say


def register(sub) -> None:
    p = sub.add_parser(
        "export-data",
        help="Write one cycle's results as open data (a Frictionless data package).",
        description="Write one cycle's results as a Frictionless Tabular Data Package: a folder "
        "of CSV files with datapackage.json and README.md, or one JSON file. No participant "
        "rows or names; figures resting on fewer than 5 people are suppressed.",
    )
    p.add_argument("--cycle", metavar="ID", help="the cycle's id (see `scorecard list`)")
    p.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
    p.add_argument("-o", "--output", metavar="PATH", help="a folder for csv, a .json file for json")
    p.add_argument(
        "--licence",
        default=DEFAULT_LICENCE,
        choices=sorted(LICENCES),
        metavar="ID",
        help=f"the data's licence (default {DEFAULT_LICENCE}; also {', '.join(sorted(set(LICENCES) - {DEFAULT_LICENCE}))})",
    )
    p.add_argument("--db", help="database file (default: the app's own)")
    p.set_defaults(func=cmd_export_data)


def check_output(out: Path, fmt: str) -> None:
    """Refuse before any work when the package could not be written there."""
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise CommandError(
                message("Command", "{path} is a file; give a folder for the CSV package."), path=out
            )
        parent = out if out.is_dir() else out.parent
    else:
        if out.is_dir():
            raise CommandError(
                message("Command", "{path} is a folder; give a file name ending in .json."),
                path=out,
            )
        parent = out.parent
    parent = parent if str(parent) else Path(".")
    if not parent.is_dir():
        raise CommandError(CANNOT_WRITE_FOLDER, path=out, folder=parent)
    if not os.access(parent, os.W_OK):
        raise CommandError(CANNOT_WRITE_DENIED, path=out)


def cmd_export_data(args) -> int:
    if not args.cycle:
        raise CommandError(SAY_WHICH_CYCLE)
    if not args.output:
        raise CommandError(message("Command", "Say where to write the package with -o PATH."))
    out = Path(args.output)
    check_output(out, args.format)
    if not Path(args.db).is_file():
        raise CommandError(NO_DATABASE, path=args.db)
    with Store.open(args.db, backups=False) as store:
        try:
            data = store.load_cycle(args.cycle)
        except NotFound:
            raise CommandError(NO_CYCLE, id=args.cycle, path=args.db) from None
        if data.cycle.training:
            raise CommandError(
                message(
                    "Command", "This is a training cycle: practice is never exported as open data."
                )
            )
        previous = store.previous_data(args.cycle)
    if previous is not None and previous.cycle.training:
        previous = None  # a practice round is no baseline for change
    try:
        path, counts = write_cycle_package(
            data, previous, out, fmt=args.format, licence=args.licence
        )
    except OSError as e:
        raise CommandError(CANNOT_WRITE, path=out, why=e.strerror or e) from None
    say(
        args,
        message(
            "Command",
            "Wrote {path}: {results} results, {indicators} indicators, {actions} actions ({licence}).",
        ),
        path=path,
        results=counts["results"],
        indicators=counts["indicators"],
        actions=counts["actions"],
        licence=args.licence,
    )
    return 0
