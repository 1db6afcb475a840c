"""What an admin does on the dashboard instead of the terminal, over HTTP against the real
server: enrolment codes (with QR) that really enrol a laptop, publishing facilities and the
indicator library, notes to laptops, settling a conflict; each in the audit log."""

from __future__ import annotations

import json
import re
import sqlite3

import httpx
import requests
from server.helpers import make_op

from .test_security import _csrf, _session


def _audit(world) -> list[str]:
    with sqlite3.connect(world.ho.db) as c:
        return [r[0] for r in c.execute("SELECT action FROM dash_audit ORDER BY id")]


def test_an_enrolment_code_from_the_dashboard_enrols_a_laptop(world):
    s = _session(world, "admin@example.org")
    r = s.post(
        world.url + "/dashboard/admin/enrol-code",
        data={"csrf": _csrf(s, world, "/dashboard/admin"), "label": "Field laptop 9"},
    )
    assert r.status_code == 200
    code = re.search(r'id="new-code">([A-Z0-9-]+)<', r.text).group(1)
    assert 'src="data:image/png;base64,' in r.text  # the QR code, drawn by the server
    enrolled = requests.post(
        world.url + "/v1/enrol",
        json={"code": code, "device_label": "Field laptop 9", "app_version": "test"},
        timeout=30,
    )
    assert enrolled.status_code == 201
    assert "enrol_code" in _audit(world)


def test_publish_facilities_library_and_a_note(world):
    s = _session(world, "admin@example.org")
    token = _csrf(s, world, "/dashboard/admin")
    facilities = [{"id": "fac-hilltop", "name": "Hilltop School", "sector": "school", "code": "H1"}]
    r = s.post(
        world.url + "/dashboard/admin/facilities",
        data={"csrf": token},
        files={"file": ("facilities.json", json.dumps(facilities), "application/json")},
    )
    assert r.status_code == 200 and "Facilities published" in r.text
    library = {"sectors": {"health": [{"code": "HCX", "text": "Clean water at the centre"}]}}
    r = s.post(
        world.url + "/dashboard/admin/library",
        data={"csrf": token},
        files={"file": ("indicators.json", json.dumps(library), "application/json")},
    )
    assert r.status_code == 200 and "Indicator library published" in r.text
    bad = s.post(
        world.url + "/dashboard/admin/library",
        data={"csrf": token},
        files={"file": ("x.json", b"not json", "application/json")},
    )
    assert bad.status_code == 400 and "not valid JSON" in bad.text
    with sqlite3.connect(world.ho.db) as c:
        action_id = c.execute("SELECT action_id FROM dash_actions LIMIT 1").fetchone()[0]
    r = s.post(
        world.url + "/dashboard/admin/note",
        data={"csrf": token, "action": action_id, "text": "District approved the budget."},
    )
    assert r.status_code == 200 and "Note published" in r.text
    # A laptop pulls all three (page after page: its cycles' records come through the feed too).
    device_token = world.stores[0].get_setting("sync.token")
    pulled, since = [], 0
    while True:
        page = httpx.get(
            world.url + "/v1/pull",
            headers={"Authorization": f"Bearer {device_token}"},
            params={"since": since},
            timeout=30,
        ).json()
        pulled += page["changes"]
        if not page["more"]:
            break
        since = page["next_since"]
    entities = {(c["entity"], c["record_id"]) for c in pulled}
    assert ("facility", "fac-hilltop") in entities and ("library_indicator", "HCX") in entities
    assert any(
        c["entity"] == "action_note" and c["fields"]["action_id"] == action_id for c in pulled
    )
    assert {"publish_facilities", "publish_library", "note"} <= set(_audit(world))


def test_settle_a_conflict_from_the_dashboard(world):
    store = world.stores[1]
    with sqlite3.connect(world.ho.db) as c:
        cycle_id, action_id, responsible = c.execute(
            "SELECT a.cycle_id, a.action_id, a.responsible FROM dash_actions a "
            "JOIN dash_cycles d ON d.cycle_id = a.cycle_id WHERE d.facility = 'Hillside Health Centre' "
            "LIMIT 1"
        ).fetchone()
    # The laptop changes a field head office changed meanwhile: both values are kept.
    op = make_op(
        "action",
        action_id,
        op="update",
        fields={"responsible": "Mr. Binh"},
        base={"responsible": "someone else"},
        base_version=1,
        cycle_id=cycle_id,
    )
    token = store.get_setting("sync.token")
    pushed = httpx.post(
        world.url + "/v1/push",
        headers={"Authorization": f"Bearer {token}"},
        json={"batch_id": "conflict-test", "ops": [op]},
        timeout=30,
    ).json()["results"]
    assert pushed[0]["status"] == "conflict", pushed
    s = _session(world, "admin@example.org")
    page = s.get(world.url + "/dashboard/admin").text
    assert "Mr. Binh" in page and responsible in page
    r = s.post(
        world.url + "/dashboard/admin/resolve",
        data={
            "csrf": _csrf(s, world, "/dashboard/admin"),
            "conflict": pushed[0]["conflict_id"],
            "keep": "device",
        },
    )
    assert r.status_code == 200 and "The conflict was settled" in r.text
    with sqlite3.connect(world.ho.db) as c:
        now = c.execute(
            "SELECT responsible FROM dash_actions WHERE action_id = ?", (action_id,)
        ).fetchone()[0]
    assert now == "Mr. Binh"  # the dashboard's figures follow the settled value
    assert "conflict_resolve" in _audit(world)


def test_an_admin_publishes_open_data_from_the_dashboard_and_can_withdraw_it(world):
    """No terminal needed: the admin page makes the package public (served without a login,
    no names in it), a viewer cannot, and withdrawing it takes it off the web at once."""
    with sqlite3.connect(world.ho.db) as c:
        org = c.execute("SELECT id FROM organisations ORDER BY name LIMIT 1").fetchone()[0]
    public = f"{world.url}/open-data/{org}/datapackage.json"
    assert requests.get(public, timeout=30).status_code == 404

    viewer = _session(world, "viewer@example.org")
    r = viewer.post(
        world.url + "/dashboard/admin/open-data",
        data={"csrf": _csrf(viewer, world), "do": "publish", "licence": "CC-BY-4.0"},
    )
    assert r.status_code == 403
    assert requests.get(public, timeout=30).status_code == 404

    s = _session(world, "admin@example.org")
    r = s.post(
        world.url + "/dashboard/admin/open-data",
        data={"csrf": _csrf(s, world, "/dashboard/admin"), "do": "publish", "licence": "CC0-1.0"},
    )
    assert r.status_code == 200 and "is public and was rebuilt" in r.text
    assert "The package is public under CC0-1.0" in r.text
    package = requests.get(public, timeout=30)  # anyone, no session
    assert package.status_code == 200 and package.json()["licenses"][0]["name"] == "CC0-1.0"
    results = requests.get(f"{world.url}/open-data/{org}/results.csv", timeout=30)
    assert results.status_code == 200 and results.text.count("\n") > 10
    assert "open_data_published" in _audit(world)

    r = s.post(
        world.url + "/dashboard/admin/open-data",
        data={"csrf": _csrf(s, world, "/dashboard/admin"), "do": "unpublish"},
    )
    assert r.status_code == 200 and "no longer public" in r.text
    assert requests.get(public, timeout=30).status_code == 404
    assert "open_data_unpublished" in _audit(world)
