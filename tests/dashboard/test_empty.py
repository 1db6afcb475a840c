"""A fresh head office, before any laptop synced: every view answers and says so plainly."""

from __future__ import annotations

import re

import httpx
from scorecard_sync.config import Settings
from scorecard_sync.db import make_engine
from scorecard_sync.devices import organisation_id
from scorecard_sync.migrate import upgrade
from scorecard_sync.users import add_user
from server.helpers import LiveServer

PAGES = ["league", "rollup", "trends", "stages", "actions", "who", "bands", "admin", "password"]


def test_every_view_of_an_empty_organisation(tmp_path):
    url = f"sqlite:///{tmp_path / 'ho.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    add_user(engine, "new@example.org", "first password", "admin", organisation_id(engine))
    live = LiveServer(Settings(database_url=url, blob_dir=tmp_path / "blobs"), engine).start()
    try:
        with httpx.Client(base_url=live.url, timeout=60, follow_redirects=True) as http:
            assert http.get("/dashboard").url.path == "/dashboard/login"
            token = re.search(r'name="csrf" value="([^"]+)"', http.get("/dashboard/login").text)
            http.post(
                "/dashboard/login",
                data={
                    "csrf": token.group(1),
                    "email": "new@example.org",
                    "password": "first password",
                },
            )
            for page in PAGES:
                r = http.get(f"/dashboard/{page}")
                assert r.status_code == 200, page
            assert "No cycles match these filters yet." in http.get("/dashboard/league").text
            assert "No laptop is enrolled yet." in http.get("/dashboard/admin").text
            assert http.get("/dashboard/cycle/nope").status_code == 403
            assert http.get("/dashboard/league", params={"year": "abc"}).status_code == 400
            assert http.get("/dashboard/league", params={"sector": "x"}).status_code == 400
    finally:
        live.stop()
        engine.dispose()
