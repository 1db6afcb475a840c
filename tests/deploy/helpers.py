"""Running the server the way packaging/systemd/scorecard-sync.service does, on this machine."""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
UNITS = REPO / "packaging" / "systemd"
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unit_commands(unit: str, key: str) -> list[list[str]]:
    """The unit's command lines for `key` (ExecStart, ExecStartPre…), continuation lines joined,
    with the installed paths pointed at this checkout's environment."""
    text = (UNITS / unit).read_text(encoding="utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        if line.startswith(f"{key}="):
            cmd = line.split("=", 1)[1]
            cmd = cmd.replace("/opt/scorecard/venv/bin", str(VENV_BIN))
            cmd = cmd.replace("/opt/scorecard/bin", str(UNITS))
            out.append(shlex.split(cmd))
    return out


class UnitServer:
    """scorecard-sync.service's ExecStartPre and ExecStart, with a free port and an env."""

    def __init__(self, env: dict[str, str], folder: Path):
        self.env = {**os.environ, **env}
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> UnitServer:
        for cmd in unit_commands("scorecard-sync.service", "ExecStartPre"):
            subprocess.run(cmd, env=self.env, check=True, capture_output=True, timeout=120)
        [cmd] = unit_commands("scorecard-sync.service", "ExecStart")
        cmd[cmd.index("--port") + 1] = str(self.port)
        self.log = open(self.folder / "server.log", "ab")
        self.proc = subprocess.Popen(
            cmd, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, cwd=self.folder
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError((self.folder / "server.log").read_text()[-3000:])
            try:
                if requests.get(self.url + "/v1/hello", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise AssertionError("the server did not start in 60 s")

    def workers(self) -> list[int]:
        """Worker processes serving requests (the master's children running our app)."""
        out = subprocess.run(
            ["ps", "-ww", "-o", "pid=,args=", "--ppid", str(self.proc.pid)],
            capture_output=True,
            text=True,
        ).stdout
        return [int(line.split()[0]) for line in out.splitlines() if "spawn_main" in line]

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(40)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if getattr(self, "log", None):
            self.log.close()

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        r = subprocess.run(
            [str(VENV_BIN / "scorecard-sync"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert r.returncode == 0, r.stderr
        return r
