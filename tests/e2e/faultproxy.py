"""A loopback HTTP proxy that breaks things the way a 2G link and a small office server do.

The client talks to the proxy; the proxy forwards each request to the real server on a fresh
upstream connection and relays the answer — unless a scripted fault says otherwise. Faults are
matched per request (method + path prefix), optionally after skipping the first N matches:

  drop_request    close the client's connection; the server never sees the request
  drop_response   forward (the server commits), then close without answering
  error_before    answer 500 without forwarding
  error_after     forward (the server commits), then answer 500 anyway
  timeout         forward, then hold the answer longer than the client waits
  truncate        forward, then send the headers and only half of the body
  duplicate       forward the request twice; relay the second answer
  reverse_ops     forward a push with its ops in reverse order (children before parents)
  replay_old      forward an earlier push again first (an old batch arriving late), then this one
  restart         forward, kill the server mid-request, start it again, close the connection

Every byte in each direction is counted (`bytes_up`, `bytes_down`) for the benchmarks.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Fault:
    kind: str
    method: str = "POST"
    path: str = "/v1/push"
    skip: int = 0  # let this many matching requests through first
    times: int = 1
    seen: int = 0
    fired: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.fired >= self.times or method != self.method or not path.startswith(self.path):
            return False
        self.seen += 1
        if self.seen <= self.skip:
            return False
        self.fired += 1
        return True


def _read_http_message(sock: socket.socket, first: bytes = b"") -> tuple[bytes, bytes] | None:
    """(head, body) of one HTTP/1.1 message with a Content-Length (or none) body."""
    buf = first
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, body = buf.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            length = int(v.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def _read_until_close(sock: socket.socket) -> bytes:
    out = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return out
        out += chunk


def _set_header(head: bytes, name: str, value: str | None) -> bytes:
    lines = head.split(b"\r\n")
    kept = [lines[0]] + [
        ln for ln in lines[1:] if ln.split(b":", 1)[0].strip().lower() != name.lower().encode()
    ]
    if value is not None:
        kept.append(f"{name}: {value}".encode())
    return b"\r\n".join(kept)


class FaultProxy:
    def __init__(self, upstream_port: int, *, on_restart: Callable[[], None] | None = None):
        self.upstream_port = upstream_port
        self.on_restart = on_restart
        self.faults: list[Fault] = []
        self.log: list[tuple[str, str, str]] = []  # (method, path, what happened)
        self.bytes_up = 0
        self.bytes_down = 0
        self.hold_seconds = 5.0
        self.pushes: list[tuple[bytes, bytes]] = []  # every push forwarded, for replay_old
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop = True
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        except OSError:
            pass
        self._sock.close()

    def add(self, kind: str, **kw) -> Fault:
        f = Fault(kind, **kw)
        with self._lock:
            self.faults.append(f)
        return f

    def fired(self) -> dict[str, int]:
        return {f.kind: f.fired for f in self.faults}

    # ---------------------------------------------------------------- plumbing
    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            if self._stop:
                conn.close()
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _upstream(self, head: bytes, body: bytes) -> bytes:
        head = _set_header(head, "Connection", "close")
        with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30) as up:
            up.sendall(head + b"\r\n\r\n" + body)
            return _read_until_close(up)

    def _send(self, conn: socket.socket, data: bytes) -> None:
        self.bytes_down += len(data)
        conn.sendall(data)

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                self._handle_one(conn)
            except OSError:
                pass

    def _handle_one(self, conn: socket.socket) -> None:
        msg = _read_http_message(conn)
        if msg is None:
            return
        head, body = msg
        self.bytes_up += len(head) + 4 + len(body)
        method, path = head.split(b" ", 2)[:2]
        method_s, path_s = method.decode(), path.decode()
        with self._lock:
            fault = next((f for f in self.faults if f.matches(method_s, path_s)), None)
        kind = fault.kind if fault else "pass"
        self.log.append((method_s, path_s, kind))
        if kind == "drop_request":
            return
        if kind == "error_before":
            self._send(conn, _error_500())
            return
        if kind == "reverse_ops":
            head, body = _reverse_ops(head, body)
        if kind == "replay_old" and self.pushes:
            self._upstream(*self.pushes[0])
        if kind == "restart":
            threading.Timer(0.02, self._restart).start()
            try:
                self._upstream(head, body)
            except OSError:
                pass
            time.sleep(0.3)
            return
        answer = self._upstream(head, body)
        if method_s == "POST" and path_s.startswith("/v1/push"):
            self.pushes.append((head, body))
        if kind == "duplicate":
            answer = self._upstream(head, body)
        if kind == "drop_response":
            return
        if kind == "error_after":
            self._send(conn, _error_500())
            return
        if kind == "timeout":
            time.sleep(self.hold_seconds)
            return
        answer = _close_after(answer)
        if kind == "truncate":
            ahead, _, abody = answer.partition(b"\r\n\r\n")
            self._send(conn, ahead + b"\r\n\r\n" + abody[: max(1, len(abody) // 2)])
            return
        self._send(conn, answer)

    def _restart(self) -> None:
        if self.on_restart:
            self.on_restart()


def _close_after(answer: bytes) -> bytes:
    head, sep, body = answer.partition(b"\r\n\r\n")
    return _set_header(head, "Connection", "close") + sep + body


def _error_500() -> bytes:
    body = b'{"error":"internal","message":"Something went wrong."}'
    return (
        b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
        b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


def _reverse_ops(head: bytes, body: bytes) -> tuple[bytes, bytes]:
    gz = b"content-encoding: gzip" in head.lower()
    doc = json.loads(gzip.decompress(body) if gz else body)
    doc["ops"] = list(reversed(doc["ops"]))
    new = json.dumps(doc).encode()
    head = _set_header(head, "Content-Encoding", None)
    head = _set_header(head, "Content-Length", str(len(new)))
    return head, new
