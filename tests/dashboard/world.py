"""A small real organisation for the dashboard tests: three laptops with the app's demo (one
health centre each, three rounds), moved to three districts, pushed through the real sync
client to a real head-office server; four head-office users added through the real CLI."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from e2e.headoffice import HeadOffice

from scorecard_app.core import entities as e
from scorecard_app.demo import seed_demo
from scorecard_app.store import Store
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.transport import Backoff

PASSWORD = "correct horse battery"
PLACES = (
    (
        "Riverside Health Centre",
        "Northern Region › Lakeside District › Mai Commune › Green Hill Village",
    ),
    ("Hillside Health Centre", "Northern Region › Mountain District › Pho Commune › Stone Village"),
    ("Seaside Health Centre", "Southern Region › Coast District › Sea Commune › Sand Village"),
)
USERS = {
    "admin@example.org": ("admin", ""),
    "analyst@example.org": ("analyst", ""),
    "viewer@example.org": ("viewer", ""),
    "lakeside@example.org": ("viewer", "Northern Region › Lakeside District"),
}


@dataclass
class World:
    ho: HeadOffice
    stores: list[Store] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.ho.url

    def add_user(self, email: str, role: str, location: str = "", password: str = PASSWORD):
        args = ["user", "add", email, "--role", role]
        if location:
            args += ["--location", location]
        cmd = [
            sys.executable,
            "-m",
            "scorecard_sync",
            args[0],
            "--database-url",
            self.ho.database_url,
        ]
        # argparse: the sub-command's own options come after "add"
        cmd = [sys.executable, "-m", "scorecard_sync", "user", "add", email, "--role", role]
        cmd += ["--database-url", self.ho.database_url]
        if location:
            cmd += ["--location", location]
        return subprocess.run(
            cmd,
            input=password + "\n",
            capture_output=True,
            text=True,
            env=self.ho._env(),
            timeout=60,
        )

    def close(self) -> None:
        for s in self.stores:
            s.close()
        self.ho.stop()


def build(folder: Path) -> World:
    world = World(HeadOffice(folder / "ho").start())
    backoff = Backoff(base=0.01, cap=0.1, attempts=6)
    for n, (name, place) in enumerate(PLACES):
        store = Store.open(folder / f"laptop{n}.sqlite3", backups=False)
        ids = seed_demo(store)
        cycle = store.get(e.Cycle, ids[0])
        store.update(e.Facility, cycle.facility_id, name=name)
        for cid in ids:
            store.update(e.Cycle, cid, community=place)
        enrol(store, world.url, world.ho.enrol_code(f"laptop {n + 1}"), backoff=backoff)
        with SyncClient(store, backoff=backoff) as c:
            c.sync()
        world.stores.append(store)
    for email, (role, location) in USERS.items():
        out = world.add_user(email, role, location)
        assert out.returncode == 0, out.stderr
    return world
