"""Writing the package: a folder of CSVs with datapackage.json and README.md, or one JSON file.

Rows are appended table by table as they come (`add`), so a caller can stream an organisation
cycle by cycle; nothing but the set of facility ids and the codes seen is kept in memory for CSV.
The one-file JSON form keeps its rows until `close` (it is meant for one cycle on a laptop).
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from scorecard_app.core.disclosure import MIN_CELL, SUPPRESSED

from .schema import BY_NAME, RESOURCES, code_list_rows

# Licences an organisation may choose: id → (title, address of the licence text).
LICENCES: dict[str, tuple[str, str]] = {
    "CC-BY-4.0": (
        "Creative Commons Attribution 4.0 International",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "CC-BY-SA-4.0": (
        "Creative Commons Attribution Share-Alike 4.0 International",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    "CC0-1.0": (
        "Creative Commons Zero v1.0 Universal",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    "ODC-BY-1.0": (
        "Open Data Commons Attribution License v1.0",
        "https://opendatacommons.org/licenses/by/1-0/",
    ),
    "ODbL-1.0": (
        "Open Data Commons Open Database License v1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
}
DEFAULT_LICENCE = "CC-BY-4.0"

# Columns whose values must appear in a code list; a code the app does not know (an older or
# newer laptop) is added to the list with itself as label, so the foreign keys always hold.
_CODED = {
    ("facilities", "sector"): "sectors",
    ("results", "group_type"): "group-types",
    ("actions", "status"): "action-statuses",
    ("action-updates", "status"): "action-statuses",
}


class UnknownLicence(ValueError):
    pass


def check_licence(licence: str) -> str:
    if licence not in LICENCES:
        raise UnknownLicence(
            f"Unknown licence “{licence}”; use one of {', '.join(sorted(LICENCES))}."
        )
    return licence


def cell(value: Any) -> str:
    """How a value is spelled in a CSV cell."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        value = round(value, 6)  # a scale conversion's binary noise, never a real digit
        return str(int(value)) if value == int(value) else repr(value)
    return str(value)


_NUMBER = re.compile(r"[+\-−±]?[\d.,\s]+%?")


def spreadsheet_safe(text: str) -> str:
    """Typed text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
    apostrophe in CSV; signed figures like +0.5 stay as they are. The dashboard's CSVs follow the
    same rule."""
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _json_value(value: Any) -> Any:
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        value = round(value, 6)
        return int(value) if value == int(value) else value
    return value


class PackageWriter:
    """One package being written. Use as a context manager, or call close()."""

    def __init__(
        self,
        out: str | os.PathLike,
        *,
        fmt: str = "csv",
        licence: str = DEFAULT_LICENCE,
        name: str = "scorecard-results",
        title: str = "Community score card results",
        publisher: str = "",
        scope: str = "",
    ):
        if fmt not in ("csv", "json"):
            raise ValueError(f"Unknown format “{fmt}”; use csv or json.")
        self.out = Path(out)
        self.fmt = fmt
        self.licence = check_licence(licence)
        self.name, self.title, self.publisher, self.scope = name, title, publisher, scope
        self.counts: dict[str, int] = {r.name: 0 for r in RESOURCES}
        self._files: dict[str, tuple[IO[str], Any]] = {}
        self._rows: dict[str, list[dict]] = {r.name: [] for r in RESOURCES}
        self._facilities: set[str] = set()
        self._codes_seen: dict[str, set[str]] = {}
        if fmt == "csv":
            self.out.mkdir(parents=True, exist_ok=True)

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, exc_type, *_exc) -> None:
        if exc_type is None:
            self.close()
        else:
            self._close_files()

    # ----------------------------------------------------------------- rows
    def add(self, resource: str, rows: Iterable[dict]) -> None:
        res = BY_NAME[resource]
        if res.code_list:
            raise ValueError("Code lists are written by the package itself.")
        coded = [
            (col, self._codes_seen.setdefault(lst, set()))
            for (table, col), lst in _CODED.items()
            if table == resource
        ]
        columns = res.columns
        for row in rows:
            if resource == "facilities":
                if row["facility_id"] in self._facilities:
                    continue
                self._facilities.add(row["facility_id"])
            for column, seen in coded:
                if (code := row.get(column)) is not None:
                    seen.add(code)
            self._write(resource, [row.get(c) for c in columns], row)

    def add_cycle(self, rows_by_table: dict[str, list[dict]]) -> None:
        for table, rows in rows_by_table.items():
            self.add(table, rows)

    def _write(self, resource: str, values: list[Any], row: dict) -> None:
        self.counts[resource] += 1
        if self.fmt == "json":
            self._rows[resource].append([_json_value(v) for v in values])
            return
        if resource not in self._files:
            fh = open(self.out / f"{resource}.csv", "w", encoding="utf-8", newline="")
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(BY_NAME[resource].columns)
            self._files[resource] = (fh, w)
        self._files[resource][1].writerow(
            [spreadsheet_safe(v) if type(v) is str else cell(v) for v in values]
        )

    def _code_lists(self) -> dict[str, list[dict]]:
        lists = code_list_rows()
        for name, seen in self._codes_seen.items():
            known = {r["code"] for r in lists[name]}
            lists[name] += [{"code": c, "label": c} for c in sorted(seen - known)]
        return lists

    # -------------------------------------------------------------- finish
    def _close_files(self) -> None:
        for fh, _w in self._files.values():
            fh.close()
        self._files.clear()

    def descriptor(self) -> dict:
        title, path = LICENCES[self.licence]
        resources = []
        for r in RESOURCES:
            d: dict[str, Any] = {
                "name": r.name,
                "title": r.title,
                "description": r.description,
                "profile": "tabular-data-resource",
            }
            if self.fmt == "csv":
                d |= {
                    "path": f"{r.name}.csv",
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8",
                }
            else:
                # rows as arrays under a header row: an empty table stays a valid table
                d["data"] = [r.columns, *self._rows[r.name]]
            d["schema"] = r.table_schema()
            resources.append(d)
        out: dict[str, Any] = {
            "profile": "tabular-data-package",
            "name": self.name,
            "title": self.title,
            "description": readme(self.title, self.licence, self.publisher, self.scope, self.fmt),
            "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "licenses": [{"name": self.licence, "path": path, "title": title}],
            "sources": [{"title": "Scorecard — Community Score Card app (scorecard-app)"}],
            "resources": resources,
        }
        if self.publisher:
            out["contributors"] = [{"title": self.publisher, "role": "publisher"}]
        return out

    def close(self) -> Path:
        """Write code lists, descriptor and README; returns the descriptor's path."""
        for name, rows in self._code_lists().items():
            res = BY_NAME[name]
            self.counts[name] = 0
            for row in rows:
                self._write(name, [row.get(c) for c in res.columns], row)
        if self.fmt == "csv":
            for r in RESOURCES:  # an empty table still gets its header
                if r.name not in self._files:
                    self._write_header_only(r.name)
            self._close_files()
            desc = self.descriptor()
            target = self.out / "datapackage.json"
            _atomic_text(target, json.dumps(desc, ensure_ascii=False, indent=1) + "\n")
            _atomic_text(self.out / "README.md", desc["description"])
            return target
        desc = self.descriptor()
        _atomic_text(self.out, json.dumps(desc, ensure_ascii=False, indent=1) + "\n")
        return self.out

    def _write_header_only(self, resource: str) -> None:
        with open(self.out / f"{resource}.csv", "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerow(BY_NAME[resource].columns)


def _atomic_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def readme(title: str, licence: str, publisher: str, scope: str, fmt: str) -> str:
    """The data dictionary: what each table and column means, and what was left out."""
    lic_title, lic_path = LICENCES[licence]
    lines = [f"# {title}", ""]
    if publisher:
        lines += [f"Published by {publisher}.", ""]
    if scope:
        lines += [scope, ""]
    lines += [
        "Results of Community Score Card cycles: communities and service providers score the "
        "same indicators, meet, and agree an action plan. This is a Frictionless Tabular Data "
        "Package: `datapackage.json` describes every table (a Table Schema with primary and "
        "foreign keys)"
        + (", and each table is a CSV file (UTF-8, comma-separated)." if fmt == "csv" else ".")
        + " Check it with `frictionless validate datapackage.json`.",
        "",
        f"Licence: {lic_title} ({licence}), {lic_path}.",
        "",
        "## Privacy",
        "",
        "- No participant appears as a row, and no name of a participant, facilitator, "
        "responsible person or official is included; follow-up and meeting notes (free text) "
        "are left out.",
        f"- A figure resting on fewer than {MIN_CELL} people is replaced by `{SUPPRESSED}` "
        "(the `suppressed` column says so for a results row). The same rule applies on the "
        "head-office dashboard.",
        "- Practice (training) cycles are never included.",
        "",
        "## Text that looks like a formula",
        "",
        "In the CSV files, a text cell typed on a laptop that starts with =, +, - or @ (and is "
        "not a number) begins with an apostrophe, so that a spreadsheet shows it instead of "
        "running it. The one-file JSON form keeps such text as it was typed.",
        "",
        "## Missing values",
        "",
        "An empty cell means there is no figure (not scored, not held, not known); "
        f"`{SUPPRESSED}` means the figure exists but is hidden.",
        "",
        "## Tables",
        "",
    ]
    for r in RESOURCES:
        lines += [f"### {r.name} — {r.title}", "", r.description, ""]
        keys = ", ".join(r.primary_key)
        lines += [f"Primary key: {keys}."]
        for f, res, ref in r.foreign_keys:
            lines += [f"`{f}` refers to {res or r.name}.{ref}."]
        lines += ["", "| Column | Type | Meaning |", "|---|---|---|"]
        for f in r.fields:
            lines.append(f"| `{f.name}` | {f.type} | {f.description.replace('|', '/')} |")
        lines.append("")
    return "\n".join(lines)


def write_cycle_package(
    data,
    previous,
    out: str | os.PathLike,
    *,
    fmt: str = "csv",
    licence: str = DEFAULT_LICENCE,
    progress=None,
) -> tuple[Path, dict[str, int]]:
    """One cycle as a package (the laptop's export). Returns the descriptor path and row counts.

    `data`/`previous` are core CycleData; a training cycle raises ValueError."""
    from .rows import cycle_rows, facility_row

    rows = cycle_rows(data, previous)  # refuses training cycles before anything is written
    steps = ["facilities", *rows]
    with PackageWriter(
        out,
        fmt=fmt,
        licence=licence,
        name="scorecard-cycle-" + data.cycle.id.lower(),
        title=f"Community score card results: {data.facility.name}, round {data.cycle.round_no}",
    ) as w:
        for k, table in enumerate(steps):
            w.add(table, [facility_row(data.facility)] if table == "facilities" else rows[table])
            if progress:
                progress(k + 1, len(steps) + 1)
    if progress:
        progress(len(steps) + 1, len(steps) + 1)
    return (w.out / "datapackage.json" if fmt == "csv" else w.out), dict(w.counts)
