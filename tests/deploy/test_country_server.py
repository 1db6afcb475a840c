"""The server run as docs/deployment.md says: PostgreSQL, the systemd unit's 4 uvicorn workers,
DATABASE_URL_READ pointing at the same database (no replica here); a laptop pushes, the open-data
endpoint answers; then the nightly backup script's dump is restored into a fresh database and
everything is back."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import requests
import sqlalchemy as sa

from scorecard_app.core import entities as e
from scorecard_app.store import Store
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.transport import Backoff

from .helpers import UNITS, VENV_BIN, UnitServer

# Four uvicorn workers on PostgreSQL, a backup and a restore: left out of `make test-fast`
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def country(_demo_template, tmp_path_factory, pg_databases):
    url = pg_databases.create("sc_country")
    name, admin = sa.engine.make_url(url).database, pg_databases.admin
    folder = tmp_path_factory.mktemp("country")
    env = {
        "DATABASE_URL": url,
        # the "replica": the same database, recognisable by its application name
        "DATABASE_URL_READ": url + "?application_name=scorecard_read",
        "SCORECARD_BLOB_DIR": str(folder / "blobs"),
        "SCORECARD_OPEN_DATA_DIR": str(folder / "open-data"),
        "SCORECARD_BACKUP_DIR": str(folder / "backups"),
        "SCORECARD_SYNC": str(VENV_BIN / "scorecard-sync"),
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}",
    }
    server = UnitServer(env, folder).start()
    laptop = folder / "laptop.sqlite3"
    shutil.copy(_demo_template[0], laptop)
    yield {"server": server, "url": url, "name": name, "admin": admin, "laptop": laptop}
    server.stop()
    pg_databases.drop(url)


BACKOFF = Backoff(base=0.01, cap=0.2, attempts=8)


def _sync(laptop, url: str, code: str | None = None):
    with Store.open(laptop, backups=False) as s:
        if code:
            enrol(s, url, code, backoff=BACKOFF)
        with SyncClient(s, backoff=BACKOFF) as c:
            return c.sync()


def _snapshot(url: str) -> dict:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        out = {
            table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            for table in ("records", "applied_ops", "dash_results", "dash_cycles", "devices")
        }
        out["records_md5"] = conn.exec_driver_sql(
            "SELECT md5(string_agg(entity || record_id || data || version, ',' "
            "ORDER BY entity, record_id)) FROM records"
        ).scalar()
        out["schema"] = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    return out


def test_four_workers_a_laptop_pushes_and_open_data_answers_from_the_read_engine(country):
    server = country["server"]
    assert len(server.workers()) == 4
    code = server.cli("enrol-code", "--label", "demo laptop").stdout.split()[0]
    report = _sync(country["laptop"], server.url, code)
    assert report.applied > 100 and report.rejected == 0 and report.conflict == 0
    published = server.cli("open-data", "--publish").stdout
    org = published.split("/open-data/")[1].split("/")[0]
    # many requests, so that every worker answers some
    for _ in range(20):
        r = requests.get(f"{server.url}/open-data/{org}/datapackage.json", timeout=10)
        assert r.status_code == 200 and r.json()["resources"]
    results = requests.get(f"{server.url}/open-data/{org}/results.csv", timeout=10)
    assert results.status_code == 200 and results.text.count("\n") > 50
    with country["admin"].connect() as conn:
        readers = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
            "AND application_name = 'scorecard_read'",
            (country["name"],),
        ).scalar()
    assert readers >= 1  # the open-data reads went through DATABASE_URL_READ
    assert requests.get(f"{server.url}/v1/pull", timeout=10).status_code == 401


def test_backup_then_restore_into_an_empty_database_brings_everything_back(country, tmp_path):
    server = country["server"]
    env = server.env
    blobs = tmp_path / "blob-check"
    os.makedirs(env["SCORECARD_BLOB_DIR"], exist_ok=True)
    marker = os.path.join(env["SCORECARD_BLOB_DIR"], "marker.txt")
    with open(marker, "w") as fh:
        fh.write("an attachment")
    before = _snapshot(country["url"])
    assert before["records"] > 100 and before["dash_results"] > 100
    backup = subprocess.run(
        [str(UNITS / "scorecard-backup")], env=env, capture_output=True, text=True, timeout=300
    )
    assert backup.returncode == 0, backup.stderr
    dump = backup.stdout.strip().splitlines()[-1]
    tarball = dump.replace(".dump", ".blobs.tar.gz")
    assert os.path.getsize(dump) > 10_000 and os.path.exists(tarball)

    # disaster: the server stops, the database and the attachments are gone
    server.stop()
    with country["admin"].connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE "{country["name"]}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{country["name"]}"')
    shutil.rmtree(env["SCORECARD_BLOB_DIR"])

    refused = subprocess.run(
        [str(UNITS / "scorecard-restore"), str(blobs)], env=env, capture_output=True, text=True
    )
    assert refused.returncode == 2 and "no file" in refused.stderr
    restore = subprocess.run(
        [str(UNITS / "scorecard-restore"), dump, tarball],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert restore.returncode == 0, restore.stderr
    assert _snapshot(country["url"]) == before
    with open(marker) as fh:
        assert fh.read() == "an attachment"

    # the service starts on the restored data and the laptop carries on where it was
    server.start()
    assert len(server.workers()) == 4
    with Store.open(country["laptop"], backups=False) as s:
        cid = s.list_cycles()[-1].id
        s.add(e.Action(cid, "Restock paracetamol before month end", institution="District store"))
    report = _sync(country["laptop"], server.url)
    assert report.applied >= 1 and report.rejected == 0
    after = _snapshot(country["url"])
    assert after["records"] == before["records"] + 1
