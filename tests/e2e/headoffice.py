"""A real head-office server for end-to-end tests: `python -m scorecard_sync serve` (this
checkout's sync/ package) in a subprocess on a free loopback port, with its own SQLite file."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
SERVER_SRC = REPO / "sync"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HeadOffice:
    def __init__(
        self,
        folder: Path,
        env: dict[str, str] | None = None,
        database_url: str | None = None,
        workers: int = 1,
    ):
        self.extra_env = dict(env or {})
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = self.folder / "headoffice.sqlite3"
        self.database_url = database_url or f"sqlite:///{self.db}"
        self.workers = workers
        if database_url:  # PostgreSQL: the files go in the test's folder too
            self.extra_env.setdefault("SCORECARD_BLOB_DIR", str(self.folder / "blobs"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log = self.folder / "server.log"

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(SERVER_SRC) + os.pathsep + env.get("PYTHONPATH", "")
        env.pop("DATABASE_URL", None)
        env.update(self.extra_env)
        return env

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "scorecard_sync", args[0], "--database-url", self.database_url]
        out = subprocess.run(
            [*cmd, *args[1:]], capture_output=True, text=True, env=self._env(), timeout=60
        )
        if check and out.returncode != 0:
            raise AssertionError(f"scorecard-sync {' '.join(args)} failed: {out.stderr}")
        return out

    def start(self) -> HeadOffice:
        if not self.db.exists():
            self.cli("migrate")  # idempotent on PostgreSQL
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "scorecard_sync",
                    "serve",
                    "--database-url",
                    self.database_url,
                    "--port",
                    str(self.port),
                    "--no-access-log",
                    "--log-level",
                    "warning",
                    "--workers",
                    str(self.workers),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self._env(),
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the server stopped: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(self.url + "/v1/hello", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.1)
        raise AssertionError("the server did not start in 30 s")

    def kill(self) -> None:
        """Stop at once, mid-request if need be (SIGKILL: no clean shutdown)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def restart(self) -> None:
        self.kill()
        self.start()

    def enrol_code(self, label: str = "laptop") -> str:
        return self.cli("enrol-code", "--label", label).stdout.split()[0]

    def stats(self) -> dict:
        return json.loads(self.cli("stats", "--json").stdout)

    def op_ids(self) -> list[str]:
        """Every op id the server holds (applied_ops), with repeats if there were any."""
        import sqlite3

        with sqlite3.connect(self.db) as c:
            return [r[0] for r in c.execute("SELECT op_id FROM applied_ops")]

    def records(self) -> dict[tuple[str, str], dict]:
        import sqlite3

        with sqlite3.connect(self.db) as c:
            return {
                (e, r): {"data": json.loads(d), "deleted": bool(x)}
                for e, r, d, x in c.execute("SELECT entity, record_id, data, deleted FROM records")
            }
