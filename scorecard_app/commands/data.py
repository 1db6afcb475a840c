"""`scorecard demo` and `scorecard list`."""

from __future__ import annotations

import json
from dataclasses import asdict

from scorecard_app.core.entities import CYCLE_STATUSES
from scorecard_app.core.stages import stage_name
from scorecard_app.core.text import message
from scorecard_app.demo import seed_demo
from scorecard_app.store import Store

from .errors import CommandError
from .output import say, text, word


def register(sub) -> None:
    p = sub.add_parser("demo", help="Add the demo health centre (three rounds) to a database.")
    p.add_argument("--db", help="database file (default: the app's own)")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("list", help="List the cycles in a database.")
    p.add_argument("--db", help="database file (default: the app's own)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_list)


def cmd_demo(args) -> int:
    with Store.open(args.db) as store:
        if any(c.facility == "Riverside Health Centre" for c in store.list_cycles()):
            raise CommandError(message("Command", "The demo is already in this database."))
        ids = seed_demo(store)
    say(
        args,
        message("Command", "Added the demo: 3 rounds of Riverside Health Centre ({n} cycles)."),
        n=len(ids),
    )
    return 0


def cmd_list(args) -> int:
    with Store.open(args.db) as store:
        cycles = store.list_cycles()
    if args.json:
        print(json.dumps([asdict(c) for c in cycles], ensure_ascii=False, indent=1))
        return 0
    if not cycles:
        say(args, message("Command", "No cycles yet."))
        return 0
    line = message("Command", "{id}  {facility} — {community} — round {round} — {stage} — {status}")
    for c in cycles:
        out = text(
            args,
            line,
            id=c.id,
            facility=c.facility,
            community=c.community,
            round=c.round_no,
            stage=word(args, "Stage", stage_name(c.stage)),
            status=word(args, "Vocabulary", CYCLE_STATUSES.get(c.status, c.status)),
        )
        print(out + (text(args, message("Command", " (training)")) if c.training else ""))
    return 0
