"""The sync round: hello → push the outbox in batches → upload files → pull head office's changes.

Each answer is committed locally as soon as it arrives, so a dropped link or a crash only
repeats idempotent work: ops stay in the outbox until the server has answered for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scorecard_app import __version__
from scorecard_app.core import ids
from scorecard_app.store import Store, keys, replica
from scorecard_app.wire import HEADOFFICE, new_private_key, public_key_of

from .errors import (
    CODE_REFUSED,
    FILE_DAMAGED,
    NOT_A_SERVER,
    NOT_ENROLLED,
    UPGRADE,
    AccessRevoked,
    SyncError,
    Unreachable,
)
from .transport import Backoff, HttpStatusError, Transport
from .wire import PROTOCOL_VERSION, batch_id, canonical_json, push_op

Progress = Callable[[int, int], None]

# Keys in the laptop's `setting` table. The token lives only here and in memory.
K_URL, K_DEVICE, K_TOKEN = "sync.server_url", "sync.device_id", "sync.token"
K_KEY, K_SERVER, K_ORG = keys.PRIVATE_KEY_SETTING, "sync.server_id", "sync.organisation_id"
K_LABEL, K_LAST, K_ERROR = "sync.device_label", "sync.last_sync", "sync.last_error"
K_OFFSET = "sync.clock_offset_seconds"

DEFAULT_LIMITS = {
    "max_batch_ops": 200,
    "max_body_bytes": 1_000_000,
    "max_blob_chunk_bytes": 262_144,
}
BLOB_CHUNK = 256 * 1024
RESULT_STATUSES = ("applied", "duplicate", "conflict", "deferred", "rejected")


@dataclass
class SyncReport:
    applied: int = 0
    duplicate: int = 0
    conflict: int = 0
    deferred: int = 0
    rejected: int = 0
    pulled: int = 0
    files_uploaded: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    requests: int = 0
    clock_offset_seconds: float = 0.0
    cycles_fetched: list[str] = field(default_factory=list)  # whole cycles taken from the server
    cycles_repaired: list[str] = field(default_factory=list)  # the post-sync check found a gap
    cycles_mismatched: list[str] = field(default_factory=list)  # still different: reported
    files_failed: list[str] = field(default_factory=list)  # left for the next sync
    finished_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def enrol(
    store: Store,
    url: str,
    code: str,
    *,
    label: str = "",
    backoff: Backoff | None = None,
) -> dict[str, str]:
    """Trade a one-time code for this laptop's device id and token; keeps them in the database.

    The laptop makes its Ed25519 key pair here: the public key goes to head office, the private
    key stays in this database."""
    private_key = new_private_key()
    t = Transport(url, backoff=backoff)
    try:
        try:
            ans = t.call(
                "POST",
                "/v1/enrol",
                json_body={
                    "code": code.strip(),
                    "device_label": label or _default_label(),
                    "app_version": __version__,
                    "public_key": public_key_of(private_key),
                },
                auth=False,
                ok=(200, 201),
            )
        except HttpStatusError as e:
            if e.status in (400, 403, 404, 409, 410, 422) and isinstance(e.body, dict):
                detail = e.body.get("message") or e.body.get("error") or f"HTTP {e.status}"
                raise SyncError(CODE_REFUSED, detail=detail) from None
            raise SyncError(NOT_A_SERVER, url=url) from None
    finally:
        t.close()
    body = ans.body if isinstance(ans.body, dict) else {}
    need = ("device_id", "token", "server_id")
    if not all(body.get(k) for k in need):
        raise SyncError(NOT_A_SERVER, url=url)
    with store.transaction():
        store.set_setting(K_URL, url.rstrip("/"))
        store.set_setting(K_DEVICE, body["device_id"])
        store.set_setting(K_TOKEN, body["token"])
        store.set_setting(K_KEY, private_key)
        _remember_headoffice_key(store, body.get("headoffice_key"))
        _remember_keys(store, body.get("signing_keys"))
        store.set_setting(K_SERVER, body["server_id"])
        store.set_setting(K_ORG, str(body.get("organisation_id", "")))
        store.set_setting(K_LABEL, label or _default_label())
        store.set_setting(replica.SINCE_KEY, "0")
        store.set_setting(K_ERROR, None)
    return {"device_id": body["device_id"], "server_id": body["server_id"], "url": url}


def _remember_headoffice_key(store: Store, public_key: Any) -> None:
    """Head office's public key, learnt over the enrolment's authenticated exchange."""
    if isinstance(public_key, str) and public_key:
        keys.remember(
            store,
            [
                {
                    "signer": HEADOFFICE,
                    "kind": "headoffice",
                    "label": "Head office",
                    "public_key": public_key,
                    "revoked_at": None,
                }
            ],
        )


def _remember_keys(store: Store, records: Any) -> None:
    """The organisation's device keys at enrolment (the pull feed brings later changes)."""
    if isinstance(records, list):
        keys.remember(
            store,
            [
                r
                for r in records
                if isinstance(r, dict)
                and r.get("signer") not in (None, HEADOFFICE)
                and isinstance(r.get("public_key"), str)
            ],
        )


def _default_label() -> str:
    import socket

    return socket.gethostname()[:60] or "laptop"


def is_enrolled(store: Store) -> bool:
    return bool(store.get_setting(K_TOKEN) and store.get_setting(K_URL))


class SyncClient:
    """One sync session for one database. Build it in the thread that runs it (SQLite)."""

    def __init__(
        self,
        store: Store,
        *,
        backoff: Backoff | None = None,
        timeout: tuple[float, float] = (10.0, 60.0),
        batch_ops: int | None = None,
    ):
        if not is_enrolled(store):
            raise SyncError(NOT_ENROLLED)
        self.store = store
        self.transport = Transport(
            store.get_setting(K_URL) or "",
            store.get_setting(K_TOKEN),
            backoff=backoff,
            timeout=timeout,
            user_agent=f"scorecard-app/{__version__}",
        )
        self.limits = dict(DEFAULT_LIMITS)
        self.batch_ops = batch_ops  # a smaller batch than the server allows (slow links)
        self.server_computes: frozenset[str] = frozenset()  # op fields left out of a push
        self.report = SyncReport()

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------- session
    def hello(self) -> dict[str, Any]:
        before = datetime.now(UTC)
        ans = self.transport.call("GET", "/v1/hello")
        body = ans.body
        if not isinstance(body, dict) or "server_id" not in body:
            raise SyncError(NOT_A_SERVER, url=self.transport.base_url)
        if PROTOCOL_VERSION not in body.get("protocol_versions", []):
            raise SyncError(UPGRADE)
        self.limits |= {
            k: int(v) for k, v in (body.get("limits") or {}).items() if k in self.limits
        }
        self.transport.gzip_requests = True  # protocol v1 accepts gzip request bodies
        # An older server lists nothing here and still gets every field.
        computes = body.get("server_computes")
        self.server_computes = frozenset(
            x for x in (computes if isinstance(computes, list) else []) if isinstance(x, str)
        )
        # Measured, recorded, never a reason to refuse: the server orders everything.
        try:
            local = _parse_time(ids.utc_now())
            offset = (_parse_time(body["server_time"]) - local).total_seconds()
            offset += (datetime.now(UTC) - before).total_seconds() / 2
        except (KeyError, ValueError):
            offset = 0.0
        self.report.clock_offset_seconds = round(offset, 1)
        self.store.set_setting(K_OFFSET, f"{offset:.1f}")
        return body

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """A whole round. Raises SyncError (AccessRevoked, Unreachable…) with a plain message."""
        try:
            self.hello()
            self.ensure_signing_key()
            total = replica.outbox_summary(self.store)["waiting"] + len(
                replica.pending_blobs(self.store)
            )
            done = [0]

            def step(n: int = 1) -> None:
                done[0] += n
                if progress:
                    progress(min(done[0], total + 1), total + 1)

            if progress:
                progress(0, total + 1)
            self.push(step)
            self.upload_files(step)  # a file that fails is reported, never stops the pull
            self.pull()
            try:
                self.check()
            except AccessRevoked:
                raise
            except (SyncError, HttpStatusError):  # data went both ways; check next time
                self.report.extra["check"] = "skipped"
            step(1)
        except SyncError as e:
            self.store.set_setting(K_ERROR, str(e))
            raise
        finally:
            self._count_bytes()
        self.report.finished_at = ids.utc_now()
        with self.store.transaction():
            self.store.set_setting(K_LAST, self.report.finished_at)
            self.store.set_setting(K_ERROR, None)
        return self.report

    def _count_bytes(self) -> None:
        t = self.transport
        self.report.bytes_sent = t.bytes_sent
        self.report.bytes_received = t.bytes_received
        self.report.requests = t.requests_made

    def ensure_signing_key(self) -> None:
        """A laptop enrolled before bundles were signed with public keys has no key pair: make
        one now and register its public key with head office (an authenticated request). Head
        office keeps the first key it receives for a device and refuses to replace it."""
        if self.store.get_setting(K_KEY):
            return
        private_key = new_private_key()
        try:
            ans = self.transport.call(
                "POST", "/v1/device-key", json_body={"public_key": public_key_of(private_key)}
            )
        except HttpStatusError as e:
            # Refused (another key is registered) or an older server: the sync goes on; this
            # laptop cannot sign bundles until it is sorted out (`scorecard sync status`).
            self.report.extra["signing_key"] = f"not registered (HTTP {e.status})"
            return
        body = ans.body if isinstance(ans.body, dict) else {}
        with self.store.transaction():
            self.store.set_setting(K_KEY, private_key)
            _remember_headoffice_key(self.store, body.get("headoffice_key"))

    # ---------------------------------------------------------------- push
    def _batches(self, ops: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
        """Split ops into batches within the server's op count and body size limits."""
        max_ops = max(1, min(self.limits["max_batch_ops"], self.batch_ops or 10**9))
        max_bytes = max(1024, int(self.limits["max_body_bytes"] * 0.9))
        out: list[list[dict[str, Any]]] = []
        cur: list[dict[str, Any]] = []
        size = 64
        for op in ops:
            n = len(canonical_json(op)) + 1
            if cur and (len(cur) >= max_ops or size + n > max_bytes):
                out.append(cur)
                cur, size = [], 64
            cur.append(op)
            size += n
        if cur:
            out.append(cur)
        return out

    def push(self, step: Callable[[int], None] | None = None) -> None:
        """Send every pending op. Deferred ops (waiting for an earlier one) get another pass
        after the rest; what is still deferred then waits for the next sync."""
        previous: set[str] | None = None
        while True:
            ops = [push_op(o, self.server_computes) for o in replica.all_pending_ops(self.store)]
            if not ops:
                return
            pending = {o["op_id"] for o in ops}
            if pending == previous:
                return  # a whole pass answered nothing: leave them for the next sync
            previous = pending
            deferred: set[str] = set()
            for batch in self._batches(ops):
                deferred |= self._push_batch(batch, step)
            if not deferred:
                return

    def _push_batch(self, batch: list[dict[str, Any]], step) -> set[str]:
        body = {"batch_id": batch_id([o["op_id"] for o in batch]), "ops": batch}
        try:
            ans = self.transport.call("POST", "/v1/push", json_body=body, retry_on=(409, 423))
        except HttpStatusError as e:
            if e.status == 413 and len(batch) > 1:  # too big after all: halve and go on
                half = len(batch) // 2
                return self._push_batch(batch[:half], step) | self._push_batch(batch[half:], step)
            raise Unreachable(f"HTTP {e.status}") from None
        results = (ans.body or {}).get("results")
        if not isinstance(results, list):
            raise SyncError(NOT_A_SERVER, url=self.transport.base_url)
        by_id = {o["op_id"]: o for o in batch}
        answered: dict[str, str] = {}
        kept: list[dict[str, Any]] = []
        deferred: set[str] = set()
        for r in results:
            op = by_id.get(r.get("op_id"))
            status = r.get("status")
            if op is None or status not in RESULT_STATUSES:
                continue
            setattr(self.report, status, getattr(self.report, status) + 1)
            if status == "deferred":
                deferred.add(op["op_id"])
                continue
            answered[op["op_id"]] = status
            # A replay of an op whose first answer was lost repeats that answer: keep it too.
            first = r.get("original_status") if status == "duplicate" else status
            if first in ("conflict", "rejected"):
                kept.append(
                    op
                    | {
                        "status": first,
                        "reason": r.get("reason"),
                        "conflict": r.get("conflict"),
                        "conflict_id": r.get("conflict_id"),
                    }
                )
        with self.store.transaction():  # the answer and the review list, together
            replica.keep_conflicts(self.store, kept)
            self.store.mark_sent(answered)
        if step:
            step(len(answered))
        # Ops the server did not mention stay pending and go again next pass.
        return deferred | (set(by_id) - set(answered) - deferred)

    # --------------------------------------------------------------- files
    def upload_files(self, step: Callable[[int], None] | None = None) -> None:
        for blob in replica.pending_blobs(self.store):
            if not replica.blob_path(self.store, blob["sha256"]).is_file():
                # The file was removed from this laptop: nothing to send; the record still says
                # which photo it was. Reported, never a reason to stop the sync.
                self.report.extra.setdefault("missing_files", []).append(blob["sha256"])
                continue
            try:
                done = self._upload_blob(blob["sha256"], blob["size"])
            except AccessRevoked:
                raise
            except SyncError:
                done = False  # this file waits for the next sync; the others and the pull go on
            if not done:
                self.report.files_failed.append(blob["sha256"])
                continue
            self.report.files_uploaded += 1
            if step:
                step(1)

    def _upload_blob(self, sha: str, size: int) -> bool:
        """Send a file from where the server got to. True only once the server said the file is
        complete (201, or Upload-Complete: ?1): all bytes present but unconfirmed (the server
        stopped while checking the hash) is finished by an empty PATCH at the end, which makes
        the server check it again."""
        path = replica.blob_path(self.store, sha)
        # Small chunks on a weak link: a drop costs at most one chunk of progress.
        chunk = max(1024, min(self.limits["max_blob_chunk_bytes"], BLOB_CHUNK))
        path_url = f"/v1/blobs/{sha}"
        offset, complete = self._blob_offset(path_url)
        stalls = restarts = 0
        while not complete:
            if offset > size:
                offset = 0  # the server holds more than the file has: it starts again below
            with open(path, "rb") as f:
                f.seek(offset)
                data = f.read(chunk)
            headers = {
                "Upload-Offset": str(offset),
                "Upload-Length": str(size),
                "Content-Type": "application/offset+octet-stream",
            }
            try:
                ans = self.transport.call(
                    "PATCH", path_url, data=data, headers=headers, ok=(200, 201, 204)
                )
            except Unreachable:
                stalls += 1
                if stalls > self.transport.backoff.attempts:
                    raise
                offset, complete = self._blob_offset(path_url)  # where did the server get to?
                continue
            except HttpStatusError as e:
                if e.status == 409 and restarts < 3:
                    restarts += 1
                    offset = int(_header(e.headers, "Upload-Offset") or 0)
                    continue
                if e.status == 422:
                    raise SyncError(FILE_DAMAGED, name=path.name) from None
                raise Unreachable(f"HTTP {e.status}") from None
            complete = ans.status == 201 or _header(ans.headers, "Upload-Complete") == "?1"
            before, offset = (
                offset,
                int(_header(ans.headers, "Upload-Offset") or offset + len(data)),
            )
            if not complete:
                if offset <= before:  # an answer that moves nothing forward: do not loop on it
                    stalls += 1
                    if stalls > self.transport.backoff.attempts:
                        raise Unreachable("the server did not take the file")
                replica.note_blob_offset(self.store, sha, offset)
        replica.note_blob_offset(self.store, sha, size, done=True)
        return True

    def _blob_offset(self, path_url: str) -> tuple[int, bool]:
        """(bytes the server holds, whether the file is complete there)."""
        try:
            ans = self.transport.call("HEAD", path_url, ok=(200, 204, 404))
        except HttpStatusError:
            return 0, False
        done = (_header(ans.headers, "Upload-Complete") or "").strip() == "?1"
        return int(_header(ans.headers, "Upload-Offset") or 0), done

    # ---------------------------------------------------------------- pull
    def pull(self, limit: int = 500) -> int:
        """Head office's changes and those of the cycles this laptop works on, page by page. A
        cycle the server lists that this laptop has not fetched whole (head office assigned it)
        is fetched before the page is applied, so its records find their parents."""
        n = 0
        while True:
            since = replica.pull_position(self.store)
            ans = self.transport.call("GET", "/v1/pull", params={"since": since, "limit": limit})
            body = ans.body if isinstance(ans.body, dict) else None
            if body is None or "changes" not in body:
                raise SyncError(NOT_A_SERVER, url=self.transport.base_url)
            known = replica.known_cycles(self.store)
            for cycle_id in body.get("cycles") or []:
                if isinstance(cycle_id, str) and cycle_id not in known:
                    self.fetch_cycle(cycle_id)
                    self.report.cycles_fetched.append(cycle_id)
            nxt = int(body.get("next_since", since))
            n += replica.apply_pulled(self.store, body["changes"], nxt)
            if not body.get("more") or nxt <= since:
                break
        self.report.pulled += n
        return n

    def fetch_cycle(self, cycle_id: str) -> None:
        try:
            ans = self.transport.call("GET", f"/v1/cycles/{cycle_id}", ok=(200, 404))
        except HttpStatusError as e:
            raise Unreachable(f"HTTP {e.status}") from None
        if ans.status == 404:  # no longer this laptop's (head office changed it meanwhile)
            return
        body = ans.body if isinstance(ans.body, dict) else None
        if body is None or not isinstance(body.get("records"), list):
            raise SyncError(NOT_A_SERVER, url=self.transport.base_url)
        replica.apply_cycle_snapshot(self.store, cycle_id, body["records"])

    def _server_digests(self) -> dict[str, Any]:
        ans = self.transport.call("GET", "/v1/check", ok=(200, 404))  # 404: an older server
        body = ans.body if isinstance(ans.body, dict) and ans.status == 200 else {}
        cycles = body.get("cycles")
        return cycles if isinstance(cycles, dict) else {}

    def check(self) -> list[str]:
        """After the pull: compare what this laptop holds of each of its cycles with the
        server's copy (record counts and a digest per entity). A cycle that differs is fetched
        whole again; one that still differs is reported (`cycles_mismatched`), never hidden.
        Cycles with unsent edits are left for the next sync, when they have gone up."""
        pending = replica.cycles_with_pending_ops(self.store)
        theirs = self._server_digests()
        differ = [
            c
            for c, digest in sorted(theirs.items())
            if c not in pending and replica.local_cycle_digest(self.store, c) != digest
        ]
        if not differ:
            return []
        for cycle_id in differ:
            self.fetch_cycle(cycle_id)
            self.report.cycles_repaired.append(cycle_id)
        again = self._server_digests()
        still = [c for c in differ if replica.local_cycle_digest(self.store, c) != again.get(c, {})]
        self.report.cycles_mismatched = still
        return still


def _header(headers: dict[str, str], name: str) -> str | None:
    low = name.lower()
    for k, v in headers.items():
        if k.lower() == low:
            return v
    return None


def status(store: Store) -> dict[str, Any]:
    """What `scorecard sync status` and the status bar show."""
    summary = replica.outbox_summary(store)
    return {
        "enrolled": is_enrolled(store),
        "server": store.get_setting(K_URL),
        "server_id": store.get_setting(K_SERVER),
        "device_id": store.get_setting(K_DEVICE),
        "device_label": store.get_setting(K_LABEL),
        "changes_waiting": summary["waiting"],
        "files_waiting": summary["files_waiting"],
        "last_sync": store.get_setting(K_LAST),
        "last_error": store.get_setting(K_ERROR),
        "pulled_up_to": replica.pull_position(store),
        "conflicts": len(replica.conflicts(store)),
        "clock_offset_seconds": float(store.get_setting(K_OFFSET, "0") or 0),
    }


def sync_database(
    path: str | Path, progress: Progress | None = None, backoff: Backoff | None = None
) -> SyncReport:
    """Open the database in this thread, sync it, close it (what a background worker runs)."""
    with Store.open(path, backups=False) as store, SyncClient(store, backoff=backoff) as c:
        return c.sync(progress)


__all__ = [
    "AccessRevoked",
    "SyncClient",
    "SyncReport",
    "enrol",
    "status",
    "sync_database",
]
