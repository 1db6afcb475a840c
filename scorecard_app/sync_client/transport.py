"""HTTP with the manners a 2G link needs: (connect, read) timeouts, jittered exponential
back-off, gzip bodies, byte counting, and a plain answer for every failure.

Every request the client makes is idempotent (op ids, batch ids, blob offsets), so retrying
after ANY failure — even one where the server already committed — is safe.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import NOT_A_SERVER, AccessRevoked, SyncError, Unreachable

if TYPE_CHECKING:
    import requests

RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


def _requests():
    """`requests` (~0.2 s to import) is loaded when the laptop first talks to a server: the
    window's sync status only reads the database, and must not pay for it at start."""
    import requests

    return requests


def _transient() -> tuple[type[Exception], ...]:
    r = _requests()
    return (
        r.ConnectionError,
        r.Timeout,
        r.exceptions.ChunkedEncodingError,
        r.exceptions.ContentDecodingError,
    )


@dataclass
class Backoff:
    """Full-jitter exponential back-off: attempt n waits uniform(0, min(cap, base·2ⁿ))."""

    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def wait(self, attempt: int) -> None:
        self.sleep(self.rng.uniform(0, min(self.cap, self.base * 2**attempt)))


class HttpStatusError(Exception):
    def __init__(self, status: int, body: Any, headers: dict[str, str]):
        self.status, self.body, self.headers = status, body, headers
        super().__init__(f"HTTP {status}")


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: Any  # decoded JSON, or None


class Transport:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: tuple[float, float] = (10.0, 60.0),
        backoff: Backoff | None = None,
        user_agent: str = "scorecard-app",
    ):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.backoff = backoff or Backoff()
        self.gzip_requests = False
        self.session: requests.Session = _requests().Session()
        self.session.headers["User-Agent"] = user_agent
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests_made = 0

    def close(self) -> None:
        self.session.close()

    def call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
        ok: tuple[int, ...] = (200,),
        auth: bool = True,
        retry_on: tuple[int, ...] = (),
    ) -> Answer:
        """One logical request, retried on transient failures; raises SyncError subclasses.

        Statuses in `ok` return; 401/403 raise AccessRevoked (when auth is used); other statuses
        raise HttpStatusError for the caller to interpret."""
        hdrs = dict(headers or {})
        if auth and self.token:
            hdrs["Authorization"] = f"Bearer {self.token}"
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            hdrs["Content-Type"] = "application/json"
            if self.gzip_requests:
                data = gzip.compress(data, 9, mtime=0)  # bytes cost more than CPU on 2G
                hdrs["Content-Encoding"] = "gzip"
        url = self.base_url + path
        last = ""
        retry_after: float | None = None
        for attempt in range(self.backoff.attempts):
            if attempt and retry_after is not None:
                self.backoff.sleep(retry_after)  # the server said when: wait that long
            elif attempt:
                self.backoff.wait(attempt - 1)
            retry_after = None
            self.requests_made += 1
            self.bytes_sent += len(data or b"")
            try:
                resp = self.session.request(
                    method, url, data=data, headers=hdrs, params=params, timeout=self.timeout
                )
                raw = resp.content  # reads the whole body: a truncated one raises here
            except _transient() as e:
                last = _describe(e)
                continue
            self.bytes_received += len(raw)
            status = resp.status_code
            if status in RETRY_STATUSES or status in retry_on:
                last = f"HTTP {status}"
                retry_after = _retry_after(resp.headers.get("Retry-After"), self.backoff.cap)
                continue
            if auth and status in (401, 403):
                raise AccessRevoked()
            body: Any = None
            if raw:
                try:
                    body = json.loads(raw)
                except ValueError:
                    if status in ok and "json" in resp.headers.get("Content-Type", "json"):
                        last = "an incomplete answer"  # cut off mid-way: ask again
                        continue
                    if status in ok:
                        raise SyncError(NOT_A_SERVER, url=self.base_url) from None
            if status not in ok:
                raise HttpStatusError(status, body, dict(resp.headers))
            return Answer(status, dict(resp.headers), body)
        raise Unreachable(last or "no answer")


def _retry_after(value: str | None, cap: float) -> float | None:
    """Retry-After in seconds (the HTTP-date form is not used by our server), at most `cap`
    (a hostile or confused answer cannot park the laptop for a day)."""
    if not value or not value.strip().isdigit():
        return None
    return min(float(value.strip()), max(cap, 1.0))


def _describe(e: Exception) -> str:
    requests = _requests()
    if isinstance(e, requests.Timeout):
        return "no answer in time"
    if isinstance(e, requests.ConnectionError):
        return "no connection"
    return "the answer was cut off"
