"""Attachments, stored by content (SHA-256), uploaded in resumable chunks (tus-like).

A partial upload lives in `partial/<organisation>/<sha>.part` (its length in `.len`) until the last
byte arrives and the hash matches; then it moves to `<sha[:2]>/<sha>` and gets a row in `blobs`
for the organisation that sent it. Each organisation must upload its own copy (knowing a hash does
not grant access), while identical content is stored once on disk.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from . import tables as t
from .db import utc_now

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


class BlobError(Exception):
    def __init__(self, status: int, code: str, message: str, offset: int | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.offset = status, code, message, offset


@dataclass
class BlobState:
    offset: int
    complete: bool
    length: int | None


def _lock(key: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


class BlobStore:
    def __init__(self, root: Path, engine: Engine, max_blob_bytes: int):
        self.root = Path(root)
        self.engine = engine
        self.max_blob_bytes = max_blob_bytes

    def final_path(self, sha: str) -> Path:
        return self.root / sha[:2] / sha

    def _partial(self, org: str, sha: str) -> tuple[Path, Path]:
        base = self.root / "partial" / org
        return base / f"{sha}.part", base / f"{sha}.len"

    def _stored_size(self, org: str, sha: str) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(
                sa.select(t.blobs.c.size).where(
                    t.blobs.c.organisation_id == org, t.blobs.c.sha256 == sha
                )
            ).scalar()

    def state(self, org: str, sha: str) -> BlobState:
        self._check_sha(sha)
        size = self._stored_size(org, sha)
        if size is not None:
            return BlobState(offset=size, complete=True, length=size)
        part, length_file = self._partial(org, sha)
        offset = part.stat().st_size if part.exists() else 0
        length = int(length_file.read_text()) if length_file.exists() else None
        return BlobState(offset=offset, complete=False, length=length)

    @staticmethod
    def _check_sha(sha: str) -> None:
        if not SHA_RE.match(sha):
            raise BlobError(
                400,
                "bad_hash",
                "A blob is named by the SHA-256 of its content: 64 lower-case hex digits.",
            )

    def write_chunk(
        self, org: str, device_id: str, sha: str, offset: int, length: int, chunk: bytes
    ) -> BlobState:
        """Append one chunk at `offset`; verify and store the blob when it is complete."""
        self._check_sha(sha)
        if length < 0 or offset < 0:
            raise BlobError(
                400, "bad_header", "Upload-Offset and Upload-Length must be whole numbers of bytes."
            )
        if length > self.max_blob_bytes:
            raise BlobError(
                413,
                "too_large",
                f"This file is larger than the server accepts ({self.max_blob_bytes} bytes).",
            )
        with _lock(f"{org}/{sha}"):
            size = self._stored_size(org, sha)
            if size is not None:
                return BlobState(offset=size, complete=True, length=size)
            part, length_file = self._partial(org, sha)
            part.parent.mkdir(parents=True, exist_ok=True)
            current = part.stat().st_size if part.exists() else 0
            if length_file.exists() and int(length_file.read_text()) != length:
                if current and offset != 0:
                    raise BlobError(
                        409, "offset_mismatch", "The file length changed; start again from 0.", 0
                    )
                part.unlink(missing_ok=True)
                current = 0
            if offset != current:
                raise BlobError(
                    409,
                    "offset_mismatch",
                    f"The server holds {current} bytes of this file; send from there.",
                    current,
                )
            if offset + len(chunk) > length:
                raise BlobError(
                    400, "too_long", "This chunk goes past the Upload-Length of the file."
                )
            length_file.write_text(str(length))
            with open(part, "ab") as fh:
                fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            current = offset + len(chunk)
            if current < length:
                return BlobState(offset=current, complete=False, length=length)
            digest = hashlib.sha256()
            with open(part, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            if digest.hexdigest() != sha:
                part.unlink(missing_ok=True)
                length_file.unlink(missing_ok=True)
                raise BlobError(
                    422,
                    "hash_mismatch",
                    "The file that arrived does not match its SHA-256; it was discarded. Send it again from the start.",
                )
            final = self.final_path(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, final)
            length_file.unlink(missing_ok=True)
            self._record(org, device_id, sha, length)
            return BlobState(offset=length, complete=True, length=length)

    def _record(self, org: str, device_id: str | None, sha: str, size: int) -> None:
        with self.engine.begin() as conn:
            exists = conn.execute(
                sa.select(t.blobs.c.sha256).where(
                    t.blobs.c.organisation_id == org, t.blobs.c.sha256 == sha
                )
            ).first()
            if exists is None:
                conn.execute(
                    sa.insert(t.blobs).values(
                        organisation_id=org,
                        sha256=sha,
                        size=size,
                        device_id=device_id,
                        created_at=utc_now(),
                    )
                )

    def put_whole(self, org: str, device_id: str | None, sha: str, data: bytes) -> None:
        """Store a complete, already verified blob (from a USB bundle)."""
        final = self.final_path(sha)
        if not final.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = final.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, final)
        self._record(org, device_id, sha, len(data))
