"""The same on PostgreSQL: the demo pushed over HTTP to the real app (uvicorn on 127.0.0.1) with a
PostgreSQL database; derived figures equal the laptop's, and every view and CSV answers."""

from __future__ import annotations

import re

import httpx
import pytest
import sqlalchemy as sa
from scorecard_sync import tables as t
from scorecard_sync.config import Settings
from scorecard_sync.db import make_engine
from scorecard_sync.devices import organisation_id
from scorecard_sync.migrate import upgrade
from scorecard_sync.users import add_user
from server.helpers import LiveServer

from scorecard_app.sync_client.wire import wire_op

from .test_derived import _assert_equal_to_laptop

pytestmark = pytest.mark.postgres
PAGES = ["league", "rollup", "trends", "stages", "actions", "who", "bands", "admin"]


@pytest.fixture
def pg_url(pg_databases):
    url = pg_databases.create("sc_dashboard")
    yield url
    pg_databases.drop(url)


def test_the_demo_on_postgresql(demo_store, pg_url, tmp_path):
    engine = make_engine(pg_url)
    upgrade(engine)
    live = LiveServer(Settings(database_url=pg_url, blob_dir=tmp_path / "blobs"), engine).start()
    try:
        device = live.enrol("demo laptop")
        ops = [wire_op(op) for op in demo_store.pending_ops(limit=100_000)]
        for start in range(0, len(ops), 500):
            results = live.push(device["token"], ops[start : start + 500])
            assert {r["status"] for r in results} == {"applied"}
        _assert_equal_to_laptop(demo_store, engine)
        add_user(engine, "pg@example.org", "postgres password", "admin", organisation_id(engine))
        with httpx.Client(base_url=live.url, timeout=60, follow_redirects=True) as http:
            token = re.search(r'name="csrf" value="([^"]+)"', http.get("/dashboard/login").text)
            r = http.post(
                "/dashboard/login",
                data={
                    "csrf": token.group(1),
                    "email": "pg@example.org",
                    "password": "postgres password",
                },
            )
            assert r.status_code == 200 and "Riverside Health Centre" in r.text
            for page in PAGES:
                assert http.get(f"/dashboard/{page}").status_code == 200, page
                csv = http.get(f"/dashboard/{page}", params={"format": "csv"})
                assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
            with engine.connect() as conn:
                ids = conn.execute(sa.select(t.dash_cycles.c.cycle_id)).scalars().all()
            for cycle_id in ids:
                page = http.get(f"/dashboard/cycle/{cycle_id}")
                assert page.status_code == 200 and "data-figure" in page.text
            pdf = http.get(f"/dashboard/cycle/{ids[0]}/pdf/community-summary")
            assert pdf.content.startswith(b"%PDF")
    finally:
        live.stop()
        engine.dispose()
