"""A small loopback HTTP server that plays head office for client unit tests.

It is a real server on 127.0.0.1 (the client's real requests/urllib3 stack runs), it records
every request, checks every JSON body against the wire contract, and answers like the contract's
examples. Tests script faults by setting `replies` (a queue of (status, body, headers) answers
that are used before the normal behaviour).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from scorecard_app.wire import payload_hash

from .contract import example, validate

_BODY_SCHEMA = {("POST", "/v1/enrol"): "enrol-request", ("POST", "/v1/push"): "push-request"}


class StubHeadOffice:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.replies: list[tuple[int, object, dict]] = []
        self.errors: list[str] = []
        self.applied: dict[str, str] = {}  # op_id → payload_hash
        self.changes: list[dict] = []
        self.blobs: dict[str, bytearray] = {}
        self.complete: set[str] = set()
        self.hello = example("hello-response.json")
        self.lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # keep test output quiet
                pass

            def _serve(self):
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n) if n else b""
                if self.headers.get("Content-Encoding") == "gzip":
                    raw = gzip.decompress(raw)
                status, body, headers = stub.handle(
                    self.command, self.path, dict(self.headers), raw
                )
                data = b""
                if isinstance(body, bytes):
                    data = body
                elif body is not None:
                    data = json.dumps(body).encode()
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if body is not None and not isinstance(body, bytes):
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_HEAD = _serve

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StubHeadOffice:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------------ logic
    def handle(self, method: str, path: str, headers: dict, raw: bytes):
        parts = urlsplit(path)
        rec = {
            "method": method,
            "path": parts.path,
            "query": parse_qs(parts.query),
            "headers": headers,
        }
        schema = _BODY_SCHEMA.get((method, parts.path))
        if schema:
            body = json.loads(raw)
            rec["body"] = body
            try:
                validate(schema, body)
            except Exception as e:  # the test asserts this list is empty
                self.errors.append(f"{method} {parts.path}: {e}")
        else:
            rec["body"] = raw
        with self.lock:
            self.requests.append(rec)
            if self.replies:
                return self.replies.pop(0)
        auth = headers.get("Authorization", "")
        if (
            parts.path not in ("/v1/enrol", "/v1/hello")
            and auth != "Bearer " + example("enrol-response.json")["token"]
        ):
            return 401, {"error": "unauthorised", "message": "Unknown token."}, {}
        if parts.path == "/v1/enrol":
            return 201, example("enrol-response.json"), {}
        if parts.path == "/v1/hello":
            return 200, self.hello, {}
        if parts.path == "/v1/push":
            return 200, {"results": [self._push_one(op) for op in rec["body"]["ops"]]}, {}
        if parts.path == "/v1/pull":
            since = int(rec["query"].get("since", ["0"])[0])
            limit = int(rec["query"].get("limit", ["500"])[0])
            page = [c for c in self.changes if c["seq"] > since][:limit]
            nxt = page[-1]["seq"] if page else since
            more = any(c["seq"] > nxt for c in self.changes)
            return 200, {"changes": page, "next_since": nxt, "more": more}, {}
        if parts.path == "/v1/check":
            return 200, {"cycles": {}}, {}  # this stub keeps no cycles
        if parts.path.startswith("/v1/blobs/"):
            return self._blob(method, parts.path.rsplit("/", 1)[1], headers, raw)
        return 404, {"error": "not_found", "message": "No such address."}, {}

    def _push_one(self, op: dict) -> dict:
        old = self.applied.get(op["op_id"])
        if old is not None:
            return {"op_id": op["op_id"], "status": "duplicate", "original_status": "applied"}
        self.applied[op["op_id"]] = payload_hash(op)  # computed, as head office does
        return {"op_id": op["op_id"], "status": "applied"}

    def _blob(self, method: str, sha: str, headers: dict, raw: bytes):
        have = self.blobs.setdefault(sha, bytearray())
        done = "?1" if sha in self.complete else "?0"
        if method == "HEAD":
            return 200, None, {"Upload-Offset": str(len(have)), "Upload-Complete": done}
        if sha in self.complete:
            return 201, None, {"Upload-Offset": str(len(have))}
        offset, length = int(headers["Upload-Offset"]), int(headers["Upload-Length"])
        if offset != len(have):
            return (
                409,
                {"error": "offset_mismatch", "message": "Wrong offset."},
                {"Upload-Offset": str(len(have))},
            )
        have += raw
        if len(have) < length:
            return 204, None, {"Upload-Offset": str(len(have))}
        if hashlib.sha256(have).hexdigest() != sha:
            self.blobs[sha] = bytearray()
            return 422, {"error": "hash_mismatch", "message": "Bad content."}, {}
        self.complete.add(sha)
        return 201, None, {"Upload-Offset": str(len(have))}
