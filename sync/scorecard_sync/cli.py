"""`scorecard-sync`: run the head-office server and administer it from a terminal."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.engine import Engine

from .config import Settings


class CliError(Exception):
    """One plain sentence; printed and the command exits with status 2."""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(getattr(args, "database_url", None), getattr(args, "blob_dir", None))


def _engine(args: argparse.Namespace, *, migrate: bool = True) -> Engine:
    from .db import make_engine
    from .migrate import upgrade

    engine = make_engine(_settings(args).database_url)
    if migrate:
        upgrade(engine)  # idempotent: a fresh database is ready for every command
    return engine


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from .api import create_app

    settings = _settings(args)
    if args.api_docs:
        settings = dataclasses.replace(settings, api_docs=True)
    engine = _engine(args)
    print(
        f"Scorecard sync server on http://{args.host}:{args.port} (data: {_safe_url(settings.database_url)}"
        f"{f', {args.workers} workers' if args.workers > 1 else ''})",
        flush=True,
    )
    common = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "access_log": not args.no_access_log,
    }
    if args.workers > 1:
        # Each worker process builds its own app from the environment (docs/admin-guide.md,
        # "Several workers"): uploads, the feed and imports are safe across processes.
        engine.dispose()
        os.environ["DATABASE_URL"] = settings.database_url
        os.environ["SCORECARD_BLOB_DIR"] = str(settings.blob_dir)
        os.environ["SCORECARD_API_DOCS"] = "1" if settings.api_docs else "0"
        uvicorn.run("scorecard_sync.api:app_from_env", factory=True, workers=args.workers, **common)
        return
    uvicorn.run(create_app(settings, engine), **common)


def _safe_url(url: str) -> str:
    """The database URL without its password, for printing."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}" if ":" in creds else url
    return url


def cmd_migrate(args: argparse.Namespace) -> None:
    _engine(args)
    print("Database is up to date.")


def cmd_add_organisation(args: argparse.Namespace) -> None:
    from .migrate import create_organisation

    engine = _engine(args)
    with engine.begin() as conn:
        org_id = create_organisation(conn, args.name)
    print(f"Organisation “{args.name}” created ({org_id}).")


def enrol_link(server_url: str, code: str) -> str:
    return "scorecard://enrol?" + urlencode({"url": server_url, "code": code})


def cmd_enrol_code(args: argparse.Namespace) -> None:
    from .devices import make_enrolment_code

    engine = _engine(args)
    try:
        code, expires = make_enrolment_code(
            engine, label=args.label, hours=args.expires, organisation=args.organisation
        )
    except LookupError as exc:
        raise CliError(str(exc)) from None
    print(code)
    print(f"One-time code, valid until {expires[:16].replace('T', ' ')} UTC.", file=sys.stderr)
    server_url = args.server_url or os.environ.get("SCORECARD_SERVER_URL")
    if server_url:
        print(enrol_link(server_url, code))
    if args.qr:
        import segno

        segno.make(enrol_link(server_url, code) if server_url else code, error="m").save(
            args.qr, scale=8, border=4
        )
        print(f"QR code written to {args.qr}.", file=sys.stderr)


def cmd_devices(args: argparse.Namespace) -> None:
    from .devices import list_devices

    rows = list_devices(_engine(args))
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        print("No devices enrolled yet. Make a code with `scorecard-sync enrol-code`.")
    for r in rows:
        state = f"REVOKED {r['revoked_at'][:16]}" if r["revoked_at"] else "active"
        seen = (r["last_seen_at"] or "never")[:16]
        print(
            f"{r['id']}  {r['label'] or '(no label)'}  [{r['organisation']}]  {state}  last seen {seen}"
        )


def cmd_revoke(args: argparse.Namespace) -> None:
    from .devices import revoke

    try:
        device = revoke(_engine(args), args.device)
    except LookupError as exc:
        raise CliError(str(exc)) from None
    print(
        f"Revoked {device['id']} ({device['label'] or 'no label'}). Its next request will be refused."
    )


def cmd_import_bundle(args: argparse.Namespace) -> None:
    from .blobs import BlobStore
    from .bundles import BundleError, import_bundle

    settings = _settings(args)
    engine = _engine(args)
    try:
        summary = import_bundle(
            engine, BlobStore(settings.blob_dir, engine, settings.max_blob_bytes), Path(args.file)
        )
    except BundleError as exc:
        raise CliError(f"Bundle refused, nothing was changed: {exc}") from None
    except OSError as exc:  # the USB stick was pulled out, the disk is full
        raise CliError(f"Bundle refused, nothing was changed: {exc.strerror or exc}.") from None
    results = ", ".join(f"{n} {s}" for s, n in sorted(summary["results"].items())) or "no changes"
    print(
        f"Imported {summary['ops']} changes and {summary['blobs']} attachments from “{summary['device']}”: {results}."
    )


def cmd_export_bundle(args: argparse.Namespace) -> None:
    from .bundles import BundleError, export_bundle

    target = Path(args.output)
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    try:
        manifest = export_bundle(_engine(args), args.device, target, args.since)
    except (LookupError, BundleError) as exc:
        raise CliError(str(exc)) from None
    print(
        f"Wrote {target}: {manifest['op_count']} changes for “{manifest['device']}” "
        f"(changes {manifest['since']}–{manifest['next_since']}), signed by head office."
    )


def cmd_enrolment_file(args: argparse.Namespace) -> None:
    from .devices import enrolment_file

    target = Path(args.output)
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    if not args.label.strip():
        raise CliError("Give the laptop a label (--label), so it can be found and revoked later.")
    server_url = args.server_url or os.environ.get("SCORECARD_SERVER_URL") or ""
    try:
        docs = enrolment_file(_engine(args), args.label.strip(), args.organisation, server_url)
    except LookupError as exc:
        raise CliError(str(exc)) from None
    doc = docs["file"]
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    tmp = target.with_name(target.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # a credential
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    tmp.replace(target)
    print(f"Enrolment file for “{doc['label']}” (device {doc['device_id']}) written to {target}.")
    print(
        "It is a credential: carry it to the laptop, run `scorecard sync enrol-file` there, "
        "then delete it.",
        file=sys.stderr,
    )
    if args.qr:
        import segno

        short = json.dumps(docs["qr"], ensure_ascii=False, separators=(",", ":"))
        fd = os.open(args.qr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # a credential too
        with os.fdopen(fd, "wb") as f:
            segno.make(short, error="l").save(f, kind="png", scale=4, border=4)
        print(f"QR code written to {args.qr}.", file=sys.stderr)


def cmd_stats(args: argparse.Namespace) -> None:
    from .stats import stats

    data = stats(_engine(args))
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    print("Records per entity:")
    for entity, count in data["records"].items():
        print(f"  {entity:<18} {count}")
    if not data["records"]:
        print("  (none yet)")
    print("Per device:")
    for device_id, entry in data["devices"].items():
        records = sum(entry["records"].values())
        ops = ", ".join(f"{n} {s}" for s, n in sorted(entry["ops"].items()))
        print(f"  {entry['label'] or device_id}: {records} records; ops: {ops or 'none'}")
    att = data["attachments"]
    if att["expected"]:
        print(
            f"Attachments: {att['expected'] - att['missing']} of {att['expected']} files received."
        )
    print(
        f"Open conflicts: {data['open_conflicts']}   Quarantined ops: {data['quarantined_ops']}   "
        f"Stored files: {data['blobs']['count']} ({data['blobs']['bytes']} bytes)"
    )


def cmd_conflicts(args: argparse.Namespace) -> None:
    from .stats import conflict_list, quarantine_list

    engine = _engine(args)
    data = {"conflicts": conflict_list(engine), "quarantine": quarantine_list(engine)}
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for c in data["conflicts"]:
        print(f"conflict {c['id']}: {c['entity']} {c['record_id']} {c['fields']}")
    for q in data["quarantine"]:
        print(f"quarantined op {q['op_id']} ({q['reason']}) from device {q['device_id']}")
    if not data["conflicts"] and not data["quarantine"]:
        print("No conflicts and no quarantined changes.")


def cmd_resolve(args: argparse.Namespace) -> None:
    from .feed import resolve_conflict

    try:
        outcome = resolve_conflict(_engine(args), args.conflict_id, args.keep)
    except LookupError as exc:
        raise CliError(str(exc)) from None
    values = ", ".join(
        f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in outcome["fields"].items()
    )
    print(
        f"Settled: {outcome['entity']} {outcome['record_id']} keeps {values}. Laptops get it on their next sync."
    )


def cmd_assign(args: argparse.Namespace) -> None:
    from .cycles import assign

    try:
        done = assign(_engine(args), args.cycle, args.device)
    except LookupError as exc:
        raise CliError(str(exc)) from None
    who = done["device"]["label"] or done["device"]["id"]
    if done["already"]:
        print(f"{who} already works on cycle {done['cycle_id']}.")
    else:
        print(f"Cycle {done['cycle_id']} assigned to {who}; it arrives on that laptop's next sync.")


def _load_json(path: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CliError(f"There is no file {path}.") from None
    except ValueError as exc:
        raise CliError(f"{path} is not valid JSON ({exc}).") from None


def _org(engine: Engine, name: str | None) -> str:
    from .devices import organisation_id

    try:
        return organisation_id(engine, name)
    except LookupError as exc:
        raise CliError(str(exc)) from None


def cmd_publish_library(args: argparse.Namespace) -> None:
    from .feed import publish_library

    library = _load_json(args.file)
    if not isinstance(library, dict) or not isinstance(library.get("sectors"), dict):
        raise CliError(f"{args.file} is not an indicator library (it needs a “sectors” object).")
    engine = _engine(args)
    try:
        counts = publish_library(engine, _org(engine, args.organisation), library)
    except (KeyError, TypeError) as exc:
        raise CliError(
            f"An indicator in {args.file} lacks {exc}; each needs a code and a text."
        ) from None
    print(
        f"Indicator library: {counts['published']} published, {counts['withdrawn']} withdrawn, {counts['unchanged']} unchanged."
    )


def cmd_publish_facilities(args: argparse.Namespace) -> None:
    from .feed import publish_facilities

    items = _load_json(args.file)
    if not isinstance(items, list):
        raise CliError(f"{args.file} must hold a list of facilities ({{id, name, sector, code}}).")
    engine = _engine(args)
    try:
        counts = publish_facilities(engine, _org(engine, args.organisation), items)
    except (KeyError, TypeError) as exc:
        raise CliError(f"A facility in {args.file} lacks {exc}.") from None
    print(f"Facilities: {counts['published']} published, {counts['unchanged']} unchanged.")


def cmd_note(args: argparse.Namespace) -> None:
    from .feed import add_note

    engine = _engine(args)
    seq = add_note(engine, _org(engine, args.organisation), args.action_id, args.text, args.author)
    print(f"Note published (change {seq}); laptops get it on their next sync.")


def cmd_rebuild_derived(args: argparse.Namespace) -> None:
    from .derived import rebuild

    engine = _engine(args)
    n = rebuild(engine, _org(engine, args.organisation) if args.organisation else None)
    print(f"Dashboard figures rebuilt for {n} cycles.")


def cmd_open_data(args: argparse.Namespace) -> None:
    from scorecard_app.opendata import UnknownLicence

    from . import opendata as od
    from .config import read_engine

    actions = [a for a in ("output", "publish", "unpublish", "refresh") if getattr(args, a)]
    if len(actions) != 1:
        raise CliError("Say what to do: -o DIR, --publish, --unpublish or --refresh (one of them).")
    settings = _settings(args)
    engine = _engine(args)
    read = read_engine(settings, engine)
    try:
        if args.refresh:
            built = od.refresh_all(engine, settings, read)
            print(f"Rebuilt {len(built)} published packages ({sum(built.values())} cycles).")
            return
        org = _org(engine, args.org)
        if args.publish:
            n = od.publish(
                engine, settings, org, licence=args.licence, by="command line", read=read
            )
            print(
                f"Published: {n} cycles under {args.licence}, served without a login at "
                f"/open-data/{org}/datapackage.json (and {od.ZIP_NAME})."
            )
            return
        if args.unpublish:
            gone = od.unpublish(engine, settings, org)
            print(
                "Unpublished: /open-data/ no longer serves it." if gone else "It was not published."
            )
            return
        out = Path(args.output)
        if out.exists() and not out.is_dir():
            raise CliError(f"{out} is a file; give a folder for the package.")
        if not (out if out.exists() else out.parent).is_dir():
            raise CliError(f"Cannot write {out}: the folder {out.parent} does not exist.")
        counts = od.export_package(
            read,
            out,
            organisation_id=org,
            organisation_name=args.org or "",
            since=od.parse_from(args.since),
            location=od.normalise_location(args.location),
            licence=args.licence,
        )
    except (od.OpenDataError, UnknownLicence) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"Cannot write the package: {exc.strerror or exc}.") from None
    print(
        f"Wrote {out / 'datapackage.json'}: {counts['cycles']} cycles, {counts['results']} results, "
        f"{counts['actions']} actions ({args.licence})."
    )


def _read_password() -> str:
    """From the terminal (twice, not echoed) or one line of stdin; never an argument."""
    import getpass

    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != first:
            raise CliError("The two passwords differ; nothing was changed.")
        return first
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def cmd_user_add(args: argparse.Namespace) -> None:
    from scorecard_app.i18n import LANGUAGES

    from .users import UserError, add_user

    if args.language not in LANGUAGES:
        raise CliError(f"Unknown language “{args.language}”; use one of {', '.join(LANGUAGES)}.")
    engine = _engine(args)
    org = _org(engine, args.org)
    try:
        add_user(
            engine,
            args.email,
            _read_password(),
            args.role,
            org,
            location=args.location or "",
            language=args.language,
        )
    except UserError as exc:
        raise CliError(str(exc)) from None
    where = f", limited to {args.location}" if args.location else ""
    print(f"User {args.email.strip().lower()} added as {args.role}{where}.")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scorecard-sync", description="Scorecard head-office sync server."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, fn: Any, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--database-url",
            help="SQLAlchemy URL (default: $DATABASE_URL or sqlite:///headoffice.sqlite3)",
        )
        p.add_argument(
            "--blob-dir", help="where attachments are kept (default: next to the SQLite file)"
        )
        p.set_defaults(fn=fn)
        return p

    p = add("serve", cmd_serve, "Run the sync server.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--log-level", default="info")
    p.add_argument("--no-access-log", action="store_true")
    p.add_argument(
        "--workers", type=int, default=1, help="worker processes (PostgreSQL: see the admin guide)"
    )
    p.add_argument(
        "--api-docs", action="store_true", help="serve /docs and /openapi.json (off by default)"
    )
    add("migrate", cmd_migrate, "Create or upgrade the database.")
    p = add(
        "add-organisation",
        cmd_add_organisation,
        "Add an organisation (devices and data are kept apart per organisation).",
    )
    p.add_argument("name")
    p = add("enrol-code", cmd_enrol_code, "Print a one-time code that enrols one laptop.")
    p.add_argument("--label", default="", help="who or which laptop the code is for")
    p.add_argument("--expires", type=float, default=24, metavar="HOURS")
    p.add_argument("--organisation", help="organisation name (default: the default organisation)")
    p.add_argument(
        "--server-url", help="address laptops use to reach this server (for the link and QR code)"
    )
    p.add_argument("--qr", metavar="FILE.png", help="also write a QR code of the enrolment link")
    p = add("devices", cmd_devices, "List enrolled devices.")
    p.add_argument("--json", action="store_true")
    p = add("revoke", cmd_revoke, "Withdraw a device's access (effective on its next request).")
    p.add_argument("device", help="device id (or a unique start of it, or its label)")
    p = add("import-bundle", cmd_import_bundle, "Import a USB bundle (.scbundle) made by a laptop.")
    p.add_argument("file")
    p = add(
        "export-bundle",
        cmd_export_bundle,
        "Write head office's changes for one laptop as a signed bundle (USB, no network).",
    )
    p.add_argument(
        "--device", required=True, help="device id (or a unique start of it, or its label)"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.scbundle")
    p.add_argument("--since", type=int, default=0, help="changes after this number (default: all)")
    p = add(
        "enrolment-file",
        cmd_enrolment_file,
        "Enrol a laptop that has never been online: write an enrolment file for a USB stick.",
    )
    p.add_argument("--label", required=True, help="who or which laptop it is for")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    p.add_argument("--organisation", help="organisation name (default: the default organisation)")
    p.add_argument("--server-url", help="address the laptop can use once it is online")
    p.add_argument("--qr", metavar="FILE.png", help="also write the file as a QR code")
    p = add("stats", cmd_stats, "Record counts per entity and per device.")
    p.add_argument("--json", action="store_true")
    p = add("conflicts", cmd_conflicts, "List action-plan conflicts and quarantined changes.")
    p.add_argument("--json", action="store_true")
    p = add("resolve", cmd_resolve, "Settle an action-plan conflict (laptops pull the outcome).")
    p.add_argument("conflict_id")
    p.add_argument("--keep", choices=["server", "device"], required=True)
    p = add(
        "assign",
        cmd_assign,
        "Give a cycle to another laptop too (a second facilitator, a replaced laptop).",
    )
    p.add_argument("cycle", help="cycle id (or a unique start of it)")
    p.add_argument("device", help="device id (or a unique start of it, or its label)")
    p = add(
        "publish-library",
        cmd_publish_library,
        "Publish the indicator library (JSON like the app's indicators.json).",
    )
    p.add_argument("file")
    p.add_argument("--organisation")
    p = add(
        "publish-facilities",
        cmd_publish_facilities,
        "Publish facilities from a JSON list of {id, name, sector, code}.",
    )
    p.add_argument("file")
    p.add_argument("--organisation")
    p = add("note", cmd_note, "Publish head office's note on an action-plan item.")
    p.add_argument("action_id")
    p.add_argument("text")
    p.add_argument("--author", default="Head office")
    p.add_argument("--organisation")
    p = add(
        "rebuild-derived",
        cmd_rebuild_derived,
        "Recompute the dashboard's figures (derived tables) from the stored records.",
    )
    p.add_argument("--organisation", help="only this organisation (default: all)")
    p = add(
        "open-data",
        cmd_open_data,
        "Write the results as open data (a Frictionless data package), or publish it on "
        "/open-data/ without a login. No personal data; figures under 5 people suppressed.",
    )
    p.add_argument("-o", "--output", metavar="DIR", help="write the package into this folder")
    p.add_argument("--from", dest="since", metavar="DATE", help="only cycles held on or after")
    p.add_argument("--location", metavar="PATH", help="only cycles in this place (A › B › C)")
    p.add_argument("--org", "--organisation", dest="org", metavar="NAME", help="organisation")
    p.add_argument("--licence", default="CC-BY-4.0", metavar="ID", help="default CC-BY-4.0")
    p.add_argument("--publish", action="store_true", help="serve it on /open-data/ (rebuilt now)")
    p.add_argument("--unpublish", action="store_true", help="stop serving it")
    p.add_argument("--refresh", action="store_true", help="rebuild every published package")
    p = sub.add_parser("user", help="Head-office dashboard users.")
    user_sub = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    p = user_sub.add_parser(
        "add",
        help="Add a dashboard user; the password is read from the terminal or stdin.",
        description="Add a dashboard user; the password is read from the terminal or stdin.",
    )
    p.add_argument("--database-url")
    p.add_argument("--blob-dir")
    p.add_argument("email")
    p.add_argument("--role", choices=["admin", "analyst", "viewer"], required=True)
    p.add_argument("--org", help="organisation name (default: the default organisation)")
    p.add_argument(
        "--location",
        help="limit the user to one part of the location tree, e.g. 'Northern Region › Lakeside District'",
    )
    p.add_argument("--language", default="en", help="dashboard language (en, vi, et, mk, he, lv)")
    p.set_defaults(fn=cmd_user_add)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.fn(args)
    except CliError as exc:
        print(f"scorecard-sync: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
