"""Sync client figures: bytes on the wire to push the demo database (vs the gzip size of its
canonical JSON), and the time to push 1,000 cycles, against a real server on loopback.

    python -m benchmarks.sync_client [--cycles 1000]

Bytes are counted on the wire by a loopback proxy (headers included, both directions).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from scorecard_app.demo import seed_demo
from scorecard_app.store import Store
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.client import K_URL
from scorecard_app.sync_client.wire import canonical_json, wire_op

REPO = Path(__file__).resolve().parents[1]


def _load_proxy():
    """The fault proxy of the e2e tests, used here only to count bytes."""
    path = REPO / "tests" / "e2e" / "faultproxy.py"
    spec = importlib.util.spec_from_file_location("faultproxy", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["faultproxy"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod.FaultProxy


class Server:
    def __init__(self, folder: Path):
        self.url_db = f"sqlite:///{folder / 'headoffice.sqlite3'}"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ, PYTHONPATH=str(REPO / "sync"))

    def cli(self, *args: str) -> str:
        cmd = [sys.executable, "-m", "scorecard_sync", args[0], "--database-url", self.url_db]
        return subprocess.run(
            [*cmd, *args[1:]], check=True, capture_output=True, text=True, env=self.env
        ).stdout

    def __enter__(self) -> Server:
        self.cli("migrate")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scorecard_sync", "serve", "--database-url", self.url_db]
            + ["--port", str(self.port), "--no-access-log", "--log-level", "warning"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                requests.get(self.url + "/v1/hello", timeout=1)
                return self
            except requests.RequestException:
                time.sleep(0.1)
        raise SystemExit("the server did not start")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def wire_bytes(folder: Path) -> dict:
    store = Store.open(folder / "demo.sqlite3", backups=False)
    seed_demo(store)
    ops = [wire_op(o) for o in store.pending_ops(limit=100_000)]
    canonical = canonical_json(ops)
    fields_only = canonical_json(
        [{k: o[k] for k in ("entity", "record_id", "op", "fields")} for o in ops]
    )
    with Server(folder) as server, _load_proxy()(server.port) as proxy:
        enrol(store, server.url, server.cli("enrol-code").split()[0])
        store.set_setting(K_URL, proxy.url)
        with SyncClient(store) as c:
            report = c.sync()
        up, down = proxy.bytes_up, proxy.bytes_down
    store.close()
    gz = len(gzip.compress(canonical, 9))
    return {
        "ops": len(ops),
        "applied": report.applied,
        "requests": len(proxy.log),
        "canonical_json_bytes": len(canonical),
        "canonical_json_gzip_bytes": gz,
        "fields_only_gzip_bytes": len(gzip.compress(fields_only, 9)),
        "wire_bytes_up": up,
        "wire_bytes_down": down,
        "ratio_up_to_gzip": round(up / gz, 3),
    }


def push_cycles(folder: Path, cycles: int) -> dict:
    store = Store.open(folder / "many.sqlite3", backups=False)
    t0 = time.perf_counter()
    with store.transaction():
        for _ in range(-(-cycles // 3)):  # the demo is three rounds
            seed_demo(store)
    seeded = time.perf_counter() - t0
    n_cycles = len(store.list_cycles())
    n_ops = store.outbox_count()
    with Server(folder) as server:
        enrol(store, server.url, server.cli("enrol-code").split()[0])
        t0 = time.perf_counter()
        with SyncClient(store) as c:
            report = c.sync()
        took = time.perf_counter() - t0
    store.close()
    return {
        "cycles": n_cycles,
        "ops": n_ops,
        "applied": report.applied,
        "seconds": round(took, 1),
        "ops_per_second": round(n_ops / took),
        "requests": report.requests,
        "seed_seconds": round(seeded, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cycles", type=int, default=1000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        a = Path(tmp) / "a"
        b = Path(tmp) / "b"
        a.mkdir()
        b.mkdir()
        results = {"demo_wire": wire_bytes(a), "push_many": push_cycles(b, args.cycles)}
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
