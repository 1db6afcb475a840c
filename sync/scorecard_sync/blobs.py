"""Attachments, stored by content (SHA-256), uploaded in resumable chunks (tus-like).

A partial upload lives in `partial/<organisation>/<sha>.part` (its length in `.len`) until the last
byte arrives and the hash matches; then it moves to `<sha[:2]>/<sha>` and gets a row in `blobs`
for the organisation that sent it. Each organisation must upload its own copy (knowing a hash does
not grant access), while identical content is stored once on disk.

One upload at a time per (organisation, file): a lock file taken with flock(2), so the rule holds
across server worker processes on one machine, not only across threads. The `.len` file is
written whole or not at all (temporary file, fsync, rename); one that is damaged anyway (an old
server, a full disk) means "start this file again", never an error. A full disk is answered 507:
the part file is cut back to what it held, and the laptop sends the file on a later sync.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from . import tables as t
from .db import read, utc_now

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


_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _disk_full() -> BlobError:
    return BlobError(
        507,
        "disk_full",
        "Head office has no room to store this file now. It is kept on the laptop and sent again on a later sync.",
    )


def _read_length(length_file: Path) -> int | None:
    """The announced length, or None when there is none or it is damaged (start again)."""
    try:
        text = length_file.read_text()
    except OSError:
        return None
    return int(text) if text.strip().isdigit() else None


def _write_atomically(path: Path, content: str | bytes) -> None:
    """Temp file, fsync, rename: a crash or a full disk leaves the old file or the new, never half."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb" if isinstance(content, bytes) else "w") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
        with read(self.engine) as conn:
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
        length = _read_length(length_file)
        if length is None and length_file.exists():
            return BlobState(offset=0, complete=False, length=None)  # damaged: start again
        offset = part.stat().st_size if part.exists() else 0
        return BlobState(offset=offset, complete=False, length=length)

    @contextmanager
    def _exclusive(self, org: str, sha: str) -> Iterator[None]:
        """This (organisation, file) to one request at a time, across threads and processes."""
        folder = self.root / "partial" / org
        folder.mkdir(parents=True, exist_ok=True)
        with _lock(f"{org}/{sha}"), open(folder / f"{sha}.lock", "a") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

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
        with self._exclusive(org, sha):
            size = self._stored_size(org, sha)
            if size is not None:
                return BlobState(offset=size, complete=True, length=size)
            part, length_file = self._partial(org, sha)
            announced = _read_length(length_file)
            if announced is None and length_file.exists():  # damaged state: start again
                part.unlink(missing_ok=True)
                length_file.unlink(missing_ok=True)
            current = part.stat().st_size if part.exists() else 0
            if announced is not None and announced != length:
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
            try:
                if announced != length:
                    _write_atomically(length_file, str(length))
                with open(part, "ab") as fh:
                    try:
                        fh.write(chunk)
                        fh.flush()
                        os.fsync(fh.fileno())
                    except OSError:
                        fh.truncate(offset)  # keep only what was there: the offset stays true
                        raise
            except OSError as exc:
                if exc.errno in _FULL:
                    raise _disk_full() from None
                raise
            current = offset + len(chunk)
            if current < length:
                return BlobState(offset=current, complete=False, length=length)
            # A server killed from here on leaves all bytes and no row: HEAD then says
            # offset = length, complete ?0, and the laptop's empty PATCH at the end brings it back.
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
        try:
            self._insert_row(org, device_id, sha, size)
        except IntegrityError:
            pass  # another worker recorded the same file for this organisation first

    def _insert_row(self, org: str, device_id: str | None, sha: str, size: int) -> None:
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
            try:
                _write_atomically(final, data)
            except OSError as exc:
                if exc.errno in _FULL:
                    raise _disk_full() from None
                raise
        self._record(org, device_id, sha, len(data))
