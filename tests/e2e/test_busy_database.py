"""SQLite head office with a long writer (a big bundle import holds the write lock): pulls and
checks are not queued behind it, and a push that cannot get the lock in time is a 503 with
Retry-After (the laptop waits and sends again), never a 500."""

from __future__ import annotations

import sqlite3
import threading

import pytest
import requests

from scorecard_app.core import entities as e
from scorecard_app.store import Store
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.client import K_TOKEN
from scorecard_app.sync_client.transport import Backoff

from .headoffice import HeadOffice

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow


class LongWriter:
    """Another process's write transaction held open until released (what an import does)."""

    def __init__(self, db):
        self.db, self.taken, self.release = db, threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        conn = sqlite3.connect(self.db, isolation_level=None, timeout=30)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE meta SET value = value WHERE key = 'server_id'")
        self.taken.set()
        self.release.wait(60)
        conn.execute("COMMIT")
        conn.close()

    def __enter__(self):
        self.thread.start()
        assert self.taken.wait(30)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.thread.join(30)


def test_reads_pass_a_long_writer_and_a_blocked_write_is_a_503_with_retry_after(tmp_path):
    office = HeadOffice(tmp_path / "ho", env={"SCORECARD_DB_BUSY_SECONDS": "1"}).start()
    try:
        store = Store.open(tmp_path / "laptop.sqlite3", backups=False)
        backoff = Backoff(base=0.01, cap=0.1, attempts=4)
        enrol(store, office.url, office.enrol_code("laptop"), backoff=backoff)
        fac = e.Facility(name="Clinic")
        store.create_cycle(e.Cycle(facility_id=fac.id, community="Village"), fac)
        with SyncClient(store, backoff=backoff) as c:
            c.sync()
        auth = {"Authorization": f"Bearer {store.get_setting(K_TOKEN)}"}
        with LongWriter(office.db) as writer:
            # Reads answer while the writer still holds the lock (it is released only below).
            for path in ("/v1/pull?since=0", "/v1/check", "/v1/hello"):
                answer = requests.get(office.url + path, headers=auth, timeout=30)
                assert answer.status_code == 200, (path, answer.text)
                assert not writer.release.is_set()
            body = {"batch_id": "b1", "ops": []}
            answer = requests.post(office.url + "/v1/push", json=body, headers=auth, timeout=30)
            assert answer.status_code == 503
            assert answer.headers["Retry-After"].isdigit()
            assert answer.json()["error"] == "busy"
        assert "Traceback" not in office.log.read_text()
        # With the writer gone the laptop's next sync goes through.
        store.add(e.Group(cycle_id=store.list_cycles()[0].id, name="Women"))
        with SyncClient(store, backoff=backoff) as c:
            assert c.sync().applied == 1
        store.close()
    finally:
        office.stop()
