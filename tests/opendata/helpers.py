"""A small cycle that tempts an export to leak: a 3-person group, names everywhere they may be."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

from scorecard_app.core import entities as e
from scorecard_app.store import Store

PLANTED = "Zebedee Quarrington"  # a name no export may ever carry
# Participant columns (and the rows' ids) that must never leave; "disability" is also a group
# type code, so it is checked as a column, not as a word.
PARTICIPANT_WORDS = ("participant", "age_band", "gender", "minority", "poor", "countable")
PARTICIPANT_COLUMNS = {"number", "age_band", "gender", "disability", "minority", "poor", "youth"}


def planted_cycle(store: Store, *, training: bool = False, location: str = "North › Hill") -> str:
    """A finished cycle: women (6, votes), youth (3, votes), men (5, consensus), staff (5)."""
    f = e.Facility("Hill Clinic", sector="health", code="HC-9")
    c = store.create_cycle(
        e.Cycle(
            f.id,
            location,
            scoring_mode="both",
            training=training,
            lead_facilitator=PLANTED,
            facilitators=[PLANTED],
        ),
        f,
    )
    inds = [store.add(e.Indicator(c.id, t, position=k)) for k, t in enumerate(("Waiting", "Drugs"))]
    own = store.add(e.Indicator(c.id, "Patients pay on time", position=5, provider_only=True))
    plan = {"women": (6, [2, 3, 3, 4, 1, 2]), "youth": (3, [5, 5, 4]), "men": (5, None)}
    number = 1
    for pos, (gtype, (size, votes)) in enumerate(plan.items()):
        g = store.add(
            e.Group(c.id, gtype.title(), type=gtype, position=pos, facilitators=[PLANTED])
        )
        people = []
        for _k in range(size):
            people.append(
                store.add(
                    e.Participant(c.id, g.id, number, age_band="18-24", gender="female", poor=True)
                )
            )
            number += 1
        for ind in inds:
            if votes:
                for p, v in zip(people, votes, strict=True):
                    store.set_vote(c.id, p.id, ind.id, v)
            else:
                store.set_score(c.id, g.id, ind.id, value=3, reason=f"said by {PLANTED}")
    staff = store.add(e.Group(c.id, "Staff", kind="provider", type="staff", position=9))
    for _ in range(5):
        store.add(e.Participant(c.id, staff.id, number))
        number += 1
    for ind in [*inds, own]:
        store.set_score(c.id, staff.id, ind.id, value=4, suggestion=PLANTED)
    store.add(
        e.InterfaceMeeting(
            c.id, held_on="2026-03-02", notes=PLANTED, officials=[PLANTED + " (chief)"]
        )
    )
    a = store.add(
        e.Action(
            c.id,
            "Numbered tickets",
            indicator_id=inds[0].id,
            responsible=PLANTED,
            institution="District Health Office",
            due="2026-05-01",
        )
    )
    store.add(e.ActionUpdate(a.id, "2026-04-01", "in_progress", note=f"{PLANTED} called"))
    store.add(e.Issue(c.id, None, f"raised by {PLANTED}"))
    store.finish_cycle(c.id)
    return c.id


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def package_tables(path: Path) -> dict[str, list[dict]]:
    """Every table of a package (folder of CSVs or one JSON), as lists of dicts of strings."""
    if path.is_dir():
        return {p.stem: read_csv(p) for p in path.glob("*.csv")}
    desc = json.loads(path.read_text(encoding="utf-8"))
    return {
        r["name"]: [dict(zip(r["data"][0], map(_text, row), strict=True)) for row in r["data"][1:]]
        for r in desc["resources"]
    }


def _text(v) -> str:
    if v is None:
        return ""
    if v is True or v is False:
        return "true" if v else "false"
    return str(v)


def all_text(path: Path) -> str:
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def frictionless_validate(path: Path) -> subprocess.CompletedProcess:
    """`frictionless validate` as CI runs it (the command from the Python package)."""
    exe = shutil.which("frictionless", path=str(Path(sys.executable).parent)) or "frictionless"
    target = path / "datapackage.json" if path.is_dir() else path
    return subprocess.run(
        [exe, "validate", "--json", str(target)], capture_output=True, text=True, timeout=300
    )


def assert_valid(path: Path) -> None:
    r = frictionless_validate(path)
    report = json.loads(r.stdout) if r.stdout.strip().startswith("{") else {}
    assert r.returncode == 0 and report.get("valid") is True, (r.stdout[-3000:], r.stderr[-2000:])


def num(cell: str) -> float | None:
    return None if cell == "" else float(cell)
