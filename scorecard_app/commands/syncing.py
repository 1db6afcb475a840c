"""`scorecard sync enrol|enrol-file|now|status`, `scorecard export` and `scorecard import`."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from scorecard_app.core.entities import Cycle
from scorecard_app.core.text import message
from scorecard_app.store import Store, replica
from scorecard_app.sync_client import SyncError, enrol, parse_enrol_link, status, sync_database
from scorecard_app.sync_client.bundle import can_export, export_bundle, import_bundle
from scorecard_app.sync_client.enrolment import enrol_from_file

from .errors import NO_FOLDER, CommandError
from .output import say, text, word


@contextmanager
def sync_failure_said():
    """A sync failure ends the command as its one plain line (the SyncError's own message)."""
    try:
        yield
    except SyncError as e:
        raise CommandError(e.message) from None


def register(sub) -> None:
    p = sub.add_parser("sync", help="Sync this laptop with head office.")
    p.add_argument("--db", default=argparse.SUPPRESS, help="database file (default: the app's own)")
    ssub = p.add_subparsers(dest="sync_command", metavar="ACTION", parser_class=type(p))
    ssub.required = True
    e = ssub.add_parser("enrol", help="Enrol this laptop with head office (once).")
    e.add_argument("url", metavar="URL", help="head office address, or a scorecard://enrol link")
    e.add_argument("code", metavar="CODE", nargs="?", help="the one-time enrolment code")
    e.add_argument("--label", default="", help="a name for this laptop (default: its host name)")
    e.add_argument("--db", default=argparse.SUPPRESS, help="database file (default: the app's own)")
    e.set_defaults(func=cmd_enrol)
    f = ssub.add_parser(
        "enrol-file", help="Enrol this laptop from head office's enrolment file (no network)."
    )
    f.add_argument(
        "file", metavar="FILE.json", help="the file from `scorecard-sync enrolment-file`"
    )
    f.add_argument("--db", default=argparse.SUPPRESS, help="database file (default: the app's own)")
    f.set_defaults(func=cmd_enrol_file)
    n = ssub.add_parser("now", help="Send waiting changes and fetch head office's changes.")
    n.add_argument("--db", default=argparse.SUPPRESS, help="database file (default: the app's own)")
    n.add_argument("--json", action="store_true", help="print the report as JSON")
    n.set_defaults(func=cmd_now)
    s = ssub.add_parser("status", help="Show the server, changes waiting, last sync, conflicts.")
    s.add_argument("--db", default=argparse.SUPPRESS, help="database file (default: the app's own)")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=cmd_status)

    x = sub.add_parser("export", help="Write a bundle file to carry to head office on a USB stick.")
    which = x.add_mutually_exclusive_group(required=True)
    which.add_argument("--cycle", action="append", metavar="ID", help="a cycle id (repeatable)")
    which.add_argument("--all", action="store_true", help="every cycle (training ones never)")
    x.add_argument("-o", "--output", required=True, metavar="FILE.scbundle")
    x.add_argument("--db", default=argparse.SUPPRESS, help="database file (default: the app's own)")
    x.set_defaults(func=cmd_export)
    i = sub.add_parser("import", help="Apply a bundle file from another laptop to this one.")
    i.add_argument("bundle", metavar="FILE.scbundle")
    i.add_argument("--db", default=argparse.SUPPRESS, help="database file (default: the app's own)")
    i.set_defaults(func=cmd_import)


def cmd_enrol(args) -> int:
    url, code = args.url, args.code
    if url.startswith("scorecard:"):
        with sync_failure_said():
            url, code = parse_enrol_link(url)
    if not code:
        raise CommandError(message("Command", "Give the enrolment code after the address."))
    if not url.startswith(("http://", "https://")):
        raise CommandError(
            message("Command", "{url} is not a web address (it should start with https://)."),
            url=url,
        )
    with Store.open(args.db) as store:
        with sync_failure_said():
            info = enrol(store, url, code, label=args.label)
    say(
        args,
        message("Command", "Enrolled with {url} as device {device}."),
        url=info["url"],
        device=info["device_id"],
    )
    return 0


def cmd_enrol_file(args) -> int:
    with Store.open(args.db) as store:
        with sync_failure_said():
            info = enrol_from_file(store, Path(args.file))
    where = info["server_url"] or text(
        args, message("Command", "no server address yet: bundles only")
    )
    say(
        args,
        message(
            "Command",
            "Enrolled as “{label}” (device {device}) of {organisation} ({where}). "
            "Delete the enrolment file now.",
        ),
        label=info["label"],
        device=info["device_id"],
        organisation=info["organisation"],
        where=where,
    )
    return 0


def cmd_now(args) -> int:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            progress = text(
                args, message("Command", "Syncing… {done}/{total}"), done=done, total=total
            )
            print(f"\r{progress}", end="", file=sys.stderr, flush=True)

    with Store.open(args.db, backups=False) as store:
        st = status(store)
    if st["device_id"] and not st["enrolled"]:
        raise CommandError(
            message(
                "Command",
                "This laptop was enrolled from a file without a head-office address: it exchanges "
                "USB bundles (`scorecard export`, `scorecard import`).",
            )
        )
    try:
        with sync_failure_said():
            report = sync_database(args.db, progress=show)
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)
    if args.json:
        print(json.dumps(report.as_dict(), indent=1))
        return 0
    sent = report.applied + report.duplicate + report.conflict + report.rejected
    say(
        args,
        message(
            "Command",
            "Sent {sent} changes ({conflicts} conflicts, {refused} refused, {waiting} waiting), "
            "{files} files; received {pulled} changes from head office.",
        ),
        sent=sent,
        conflicts=report.conflict,
        refused=report.rejected,
        waiting=report.deferred,
        files=report.files_uploaded,
        pulled=report.pulled,
    )
    if report.conflict or report.rejected:
        say(args, message("Command", "Run `scorecard sync status` to see what needs review."))
    return 0


_FIELD_CONFLICT = message("Command", "{field}: yours {yours}, head office {theirs}")


def cmd_status(args) -> int:
    with Store.open(args.db, backups=False) as store:
        st = status(store)
        conflicts = replica.conflicts(store)
        why_not = can_export(store)
    if args.json:
        print(json.dumps(st | {"conflict_list": conflicts}, ensure_ascii=False, indent=1))
        return 0
    if not st["enrolled"] and not st["device_id"]:
        say(
            args,
            message(
                "Command",
                "Not enrolled: run `scorecard sync enrol URL CODE` (or `sync enrol-file FILE`).",
            ),
        )
    elif not st["enrolled"]:
        say(
            args,
            message("Command", "Device {device}: USB bundles only (no server address yet)."),
            device=st["device_id"],
        )
    else:
        say(
            args,
            message("Command", "Server: {url} (device {device})"),
            url=st["server"],
            device=st["device_id"],
        )
    if why_not is None:
        say(args, message("Command", "Bundles: can be signed"))
    else:
        say(args, message("Command", "Bundles: {why}"), why=word(args, "Sync", why_not))
    say(
        args,
        message("Command", "Changes waiting: {changes} (files: {files})"),
        changes=st["changes_waiting"],
        files=st["files_waiting"],
    )
    never = text(args, message("Command", "never"))
    say(args, message("Command", "Last sync: {when}"), when=st["last_sync"] or never)
    if st["last_error"]:
        say(args, message("Command", "Last problem: {problem}"), problem=st["last_error"])
    say(args, message("Command", "Conflicts to review: {n}"), n=st["conflicts"])
    for c in conflicts:
        fields = ", ".join(
            text(
                args,
                _FIELD_CONFLICT,
                field=k,
                yours=repr(v.get("device")),
                theirs=repr(v.get("server")),
            )
            for k, v in c["detail"].items()
            if isinstance(v, dict)
        )
        print(f"  {c['entity']} {c['record_id']}: {c['status']} {c['reason']} {fields}".rstrip())
    return 0


def cmd_export(args) -> int:
    out = Path(args.output)
    if not out.parent.exists():
        raise CommandError(NO_FOLDER, folder=out.parent)
    with Store.open(args.db, backups=False) as store:
        ids = None if args.all else list(args.cycle)
        for cid in ids or []:
            if store.get(Cycle, cid) is None:
                raise CommandError(message("Command", "No cycle with id {id}."), id=cid)
        with sync_failure_said():
            manifest = export_bundle(store, out, ids)
    say(
        args,
        message(
            "Command", "Wrote {path}: {changes} changes, {files} files. Carry it to head office."
        ),
        path=out,
        changes=manifest["op_count"],
        files=len(manifest["blobs"]),
    )
    return 0


def cmd_import(args) -> int:
    with Store.open(args.db) as store:
        with sync_failure_said():
            counts = import_bundle(store, Path(args.bundle))
    if counts["kind"] == "changes":
        source = text(args, message("Command", "head office"))
    else:
        source = text(args, message("Command", "device {device}"), device=counts["device_id"])
    refused = ""
    if counts["refused"]:
        refused = text(
            args,
            message("Command", "; {n} refused (they change a finished cycle)"),
            n=counts["refused"],
        )
    say(
        args,
        message(
            "Command",
            "Imported {bundle} from {source} (signature checked): {applied} changes applied, "
            "{skipped} already here{refused}.",
        ),
        bundle=args.bundle,
        source=source,
        applied=counts["applied"],
        skipped=counts["skipped"],
        refused=refused,
    )
    return 0
