"""`scorecard sync enrol|now|status` as a facilitator would type them, against a real server."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from scorecard_app.store import Store

from .helpers import assert_exactly_once
from .helpers import scorecard_cli as scorecard

# Real servers and laptops, end to end: left out of `make test-fast`
pytestmark = pytest.mark.slow


def test_enrol_with_a_link_sync_and_status(demo_store, head_office):
    db = str(demo_store.path)
    waiting = demo_store.outbox_count()
    link = (
        f"scorecard://enrol?url={quote(head_office.url, safe='')}&code={head_office.enrol_code()}"
    )
    out = scorecard("sync", "enrol", link, "--db", db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"Enrolled with {head_office.url} as device ")
    st = json.loads(scorecard("sync", "status", "--json", "--db", db).stdout)
    assert st["changes_waiting"] == waiting and st["last_sync"] is None
    token = demo_store.get_setting("sync.token")
    assert token and token not in json.dumps(st)  # the token is never printed
    out = scorecard("sync", "now", "--db", db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"Sent {waiting} changes (0 conflicts, 0 refused, 0 waiting)")
    st = json.loads(scorecard("sync", "status", "--json", "--db", db).stdout)
    assert st["changes_waiting"] == 0 and st["last_sync"] and st["conflicts"] == 0
    text = scorecard("sync", "status", "--db", db).stdout
    assert "Changes waiting: 0" in text and f"Server: {head_office.url}" in text
    with Store.open(db, backups=False) as s:
        assert_exactly_once(s, head_office)
    assert token not in head_office.log.read_text()


def test_used_code_and_revoked_laptop_are_one_plain_line(demo_store, head_office):
    db = str(demo_store.path)
    code = head_office.enrol_code()
    assert scorecard("sync", "enrol", head_office.url, code, "--db", db).returncode == 0
    again = scorecard("sync", "enrol", head_office.url, code, "--db", db)
    assert again.returncode == 2
    assert again.stderr.startswith("Head office refused the enrolment code")
    assert len(again.stderr.strip().splitlines()) == 1
    head_office.cli("revoke", demo_store.get_setting("sync.device_id"))
    out = scorecard("sync", "now", "--db", db)
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "This laptop's access was revoked; ask head office for a new enrolment code."
    )
