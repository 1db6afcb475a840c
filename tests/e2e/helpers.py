"""Checks shared by the end-to-end tests: what the laptop holds vs what head office holds."""

from __future__ import annotations

import subprocess
import sys

from scorecard_app.store import Store, replica
from scorecard_app.sync_client.client import K_URL

from .headoffice import REPO


def scorecard_cli(*args: str) -> subprocess.CompletedProcess:
    """`python -m scorecard_app ARGS` in a process of its own, as a facilitator's shell runs it."""
    return subprocess.run(
        [sys.executable, "-m", "scorecard_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )


def local_counts(store: Store) -> dict[str, int]:
    out = {}
    for entity, (table, _f) in replica.TABLES.items():
        n = store.conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[
            0
        ]
        if n:
            out[entity] = n
    return out


def all_op_ids(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT op_id FROM outbox ORDER BY seq")]


def via(store: Store, url: str) -> None:
    """Send this laptop's sync through another address (the fault proxy)."""
    store.set_setting(K_URL, url)


def assert_exactly_once(store: Store, head_office) -> None:
    """Every op is on the server exactly once, the outbox is empty, the records match."""
    assert store.outbox_count() == 0
    on_server = head_office.op_ids()
    assert len(on_server) == len(set(on_server))
    assert sorted(on_server) == sorted(all_op_ids(store))
    stats = head_office.stats()
    assert stats["records"] == local_counts(store)
    assert stats["quarantined_ops"] == 0
