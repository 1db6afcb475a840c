"""ASGI middleware: request size limits and gzip-encoded request bodies.

The whole body is read (bounded) before the app sees it, so an oversized request is answered
413 without touching the database, and a gzip bomb is cut off at the same limit."""

from __future__ import annotations

import json
import math
import threading
import time
import zlib
from collections.abc import Callable
from typing import Any

Scope = dict[str, Any]
DRAIN_FACTOR = 4  # bodies up to 4x the limit are read to the end before the 413


def _json_error(status: int, code: str, message: str) -> tuple[int, bytes]:
    return status, json.dumps({"error": code, "message": message}).encode()


class BodyLimit:
    def __init__(self, app: Any, max_body: int, max_chunk: int):
        self.app = app
        self.max_body = max_body
        self.max_chunk = max_chunk

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        is_blob = scope["path"].startswith("/v1/blobs/")
        limit = self.max_chunk if is_blob else self.max_body
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        too_big = _json_error(
            413,
            "too_large",
            f"This request is larger than the server accepts ({limit} bytes). Send less at a time.",
        )
        declared = headers.get("content-length", "")
        body = bytearray()
        more = not (declared.isdigit() and int(declared) > limit)
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                break
        if more or len(body) > limit or (declared.isdigit() and int(declared) > limit):
            # Read (and drop) a moderately oversized body before answering, so a client still
            # sending gets the 413 rather than a reset connection; nothing is stored.
            await self._discard(receive, DRAIN_FACTOR * limit - len(body))
            await self._reply(send, *too_big)
            return
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding == "gzip" and not is_blob:
            try:
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                plain = inflater.decompress(bytes(body), limit + 1)
                if len(plain) > limit or inflater.unconsumed_tail:
                    await self._reply(send, *too_big)
                    return
                if not inflater.eof:
                    raise zlib.error("truncated")
            except zlib.error:
                await self._reply(
                    send, *_json_error(400, "bad_encoding", "The request body is not valid gzip.")
                )
                return
            body = bytearray(plain)
            scope = dict(scope)
            scope["headers"] = [
                (k, v)
                for k, v in scope["headers"]
                if k.lower() not in (b"content-encoding", b"content-length")
            ] + [(b"content-length", str(len(body)).encode())]
        elif encoding not in ("identity", "") and not is_blob:
            await self._reply(
                send, *_json_error(415, "bad_encoding", "Send the body plain or gzip-compressed.")
            )
            return
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _discard(receive: Callable, budget: int) -> None:
        while budget > 0:
            message = await receive()
            if message["type"] == "http.disconnect" or not message.get("more_body", False):
                return
            budget -= len(message.get("body", b""))

    @staticmethod
    async def _reply(send: Callable, status: int, body: bytes) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class FailureLimit:
    """Refused attempts per client address in a sliding window (enrolment codes): after
    `max_failures` wrong codes the address waits until the oldest leaves the window. Correct
    codes do not count, so enrolling a room of laptops from one office is never blocked. Kept
    in memory per worker process: with N workers an address gets at most N times the limit."""

    def __init__(self, max_failures: int, window_seconds: float):
        self.max_failures, self.window = max_failures, window_seconds
        self._seen: dict[str, list[float]] = {}
        self._guard = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        times = [t for t in self._seen.get(key, []) if now - t < self.window]
        if times:
            self._seen[key] = times
        else:
            self._seen.pop(key, None)
        return times

    def wait_for(self, key: str) -> int:
        """Seconds this address must wait before trying again (0: go ahead)."""
        now = time.monotonic()
        with self._guard:
            times = self._recent(key, now)
            if len(times) < self.max_failures:
                return 0
            return max(1, math.ceil(self.window - (now - times[0])))

    def failed(self, key: str) -> None:
        now = time.monotonic()
        with self._guard:
            if len(self._seen) > 100_000:  # a flood of addresses cannot grow this for ever
                self._seen.clear()
            self._seen[key] = [*self._recent(key, now), now]
