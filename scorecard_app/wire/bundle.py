"""USB bundles: a zip of manifest.json (signed, Ed25519) + ops.jsonl + blobs/<sha256>.

Reading is paranoid and in this order, so a hostile file cannot make anyone write anything:
1. the zip's directory: every name is one a bundle uses (`blobs/` + 64 lowercase hex, nothing
   else), no links, folders or encryption, every declared size within LIMITS;
2. the manifest (read with a size cap) has the exact shape of sync/schema/v1/bundle-manifest.json;
3. the signer is trusted (the caller's `trust` says which public key, or refuses) and the
   signature verifies;
4. the members match the signed manifest (sizes, the ops' hash, every op's payload hash);
5. only then are attached files read, each streamed, capped at its signed size and hashed; with
   `extract_to` they are written there under their checked name (O_EXCL|O_NOFOLLOW) and removed
   again if anything fails.
Every refusal is a BundleRefused with one plain sentence; no zlib/zip exception escapes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .canonical import canonical_json, payload_hash, sha256_hex
from .signing import sign, verify

FORMAT, VERSION = "scorecard-bundle", 2
HEADOFFICE = "headoffice"  # the device_id of the bundles head office signs
MANIFEST, LINES = "manifest.json", "ops.jsonl"
# One set of limits for the laptop and head office (a bundle one side writes, the other reads).
LIMITS = {
    "max_members": 20_000,
    "max_manifest_bytes": 8 * 1024 * 1024,
    "max_lines_bytes": 256 * 1024 * 1024,
    "max_lines": 1_000_000,
    "max_blob_bytes": 1024 * 1024 * 1024,
    "max_total_bytes": 4 * 1024 * 1024 * 1024,
}
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_BLOB_MEMBER = re.compile(r"^blobs/([0-9a-f]{64})$")
_OP_TYPES: dict[str, tuple[type, ...]] = {
    "op_id": (str,),
    "entity": (str,),
    "record_id": (str,),
    "op": (str,),
    "fields": (dict,),
    "base": (dict,),
    "base_version": (int,),
    "cycle_id": (str, type(None)),
    "created_at": (str,),
    "payload_hash": (str,),
}
_CHANGE_TYPES: dict[str, tuple[type, ...]] = {
    "seq": (int,),
    "entity": (str,),
    "record_id": (str,),
    "op": (str,),
    "fields": (dict,),
    "server_time": (str, type(None)),
}
_HEADER_TYPES: dict[str, tuple[type, ...]] = {
    "kind": (str,),
    "device_id": (str,),
    "organisation_id": (str,),
    "created_at": (str,),
    "op_count": (int,),
    "ops_sha256": (str,),
    "blobs": (list,),
    "signature": (str,),
}
_CHANGES_HEADER: dict[str, tuple[type, ...]] = {
    "recipient": (str,),
    "since": (int,),
    "next_since": (int,),
}


class BundleRefused(Exception):
    """Why a bundle was refused: `reason` is broken, tampered, untrusted or version; `detail` a
    plain clause ("it is not a zip file") to put in a sentence. Nothing was written."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _broken(detail: str) -> BundleRefused:
    return BundleRefused("broken", detail)


def _tampered(detail: str = "its signature or checksums do not match") -> BundleRefused:
    return BundleRefused("tampered", detail)


@dataclass
class Bundle:
    manifest: dict[str, Any]
    lines: list[dict[str, Any]]  # ops (kind "ops") or pulled changes (kind "changes")
    blobs: dict[str, Path] = field(default_factory=dict)  # sha256 → extracted file

    @property
    def ops(self) -> list[dict[str, Any]]:
        return self.lines


Trust = Callable[[dict[str, Any]], str]
"""Given the (shape-checked, not yet verified) manifest: the signer's public key, or raise
BundleRefused("untrusted", …)."""


# ------------------------------------------------------------------ writing
def write_bundle(
    target: Path,
    header: dict[str, Any],
    lines: Iterable[dict[str, Any]],
    blob_files: dict[str, Path],
    private_key: str,
) -> dict[str, Any]:
    """Write a signed bundle (atomically: never a half-written file under the real name).

    `header` holds kind, device_id, organisation_id, created_at (and recipient, since, next_since
    for head office's "changes" bundles). Returns the manifest."""
    items = list(lines)
    body = b"".join(canonical_json(x) + b"\n" for x in items)
    blobs = [{"sha256": s, "size": Path(p).stat().st_size} for s, p in sorted(blob_files.items())]
    if len(body) > LIMITS["max_lines_bytes"] or len(items) > LIMITS["max_lines"]:
        raise _broken("it would hold more changes than one bundle may; export fewer cycles")
    if any(b["size"] > LIMITS["max_blob_bytes"] for b in blobs) or (
        len(body) + sum(b["size"] for b in blobs) > LIMITS["max_total_bytes"]
    ):
        raise _broken("its attached files are larger than one bundle may hold")
    manifest: dict[str, Any] = {"format": FORMAT, "version": VERSION} | dict(header)
    manifest |= {"op_count": len(items), "ops_sha256": sha256_hex(body), "blobs": blobs}
    manifest["signature"] = sign(manifest, private_key)
    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            z.writestr(LINES, body)
            for b in blobs:
                z.write(blob_files[b["sha256"]], f"blobs/{b['sha256']}")
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return manifest


# ------------------------------------------------------------------ reading
def read_bundle(path: Path, trust: Trust, extract_to: Path | None = None) -> Bundle:
    """Check a bundle completely (see the module's docstring). Raises BundleRefused."""
    path = Path(path)
    if not path.is_file():
        raise _broken("the file does not exist")
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
        raise _broken("it is not a zip file or it is damaged") from None
    written: list[Path] = []
    try:
        with z:
            return _read(z, trust, extract_to, written)
    except BundleRefused:
        _remove(written)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):
        # A flipped byte in compressed data, a bad CRC, a truncated file, a disk error.
        _remove(written)
        raise _broken("its compressed data is damaged") from None
    except BaseException:
        _remove(written)
        raise


def _remove(files: list[Path]) -> None:
    for f in files:
        f.unlink(missing_ok=True)


def _directory(z: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = z.infolist()
    if len(infos) > LIMITS["max_members"]:
        raise _broken("it holds far too many files")
    names: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in names:
            raise _broken("it holds two files under one name")
        if name not in (MANIFEST, LINES) and not _BLOB_MEMBER.match(name):
            raise _broken(f"it holds a file under a name a bundle never uses ({name[:80]!r})")
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0: no unix type given (writestr)
        if info.is_dir() or kind not in (0, stat.S_IFREG):
            raise _broken("it holds a link or a folder where a file belongs")
        if info.flag_bits & 0x1:
            raise _broken("it is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _broken("it uses a kind of compression Scorecard does not read")
        cap = {
            MANIFEST: LIMITS["max_manifest_bytes"],
            LINES: LIMITS["max_lines_bytes"],
        }.get(name, LIMITS["max_blob_bytes"])
        if info.file_size > cap:
            raise _broken("it holds a file that is far too big")
        total += info.file_size
        names[name] = info
    if total > LIMITS["max_total_bytes"]:
        raise _broken("it unpacks to far more than a bundle may hold")
    if MANIFEST not in names or LINES not in names:
        raise _broken("manifest.json or ops.jsonl is missing")
    return names


def _member(z: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    with z.open(info) as f:  # never more than the cap, whatever the header claims
        data = f.read(cap + 1)
    if len(data) > cap:
        raise _broken("it holds a file that is far too big")
    return data


def _typed(obj: dict[str, Any], types: dict[str, tuple[type, ...]]) -> bool:
    for key, allowed in types.items():
        value = obj.get(key)
        if key not in obj or not isinstance(value, allowed):
            return False
        if isinstance(value, bool) and bool not in allowed:  # True is an int in Python
            return False
    return True


def _check_manifest(m: Any) -> None:
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise _broken("it is not a Scorecard bundle")
    version = m.get("version")
    if version == 1:
        raise BundleRefused(
            "version",
            "it was made by an older Scorecard without public-key signatures; "
            "update the laptop that made it and export it again",
        )
    if version != VERSION:
        raise BundleRefused(
            "version", f"its format version {version!r} is not one this Scorecard reads"
        )
    if not _typed(m, _HEADER_TYPES):
        raise _broken("its manifest lacks entries or has entries of the wrong kind")
    if m["kind"] not in ("ops", "changes"):
        raise _broken("its manifest names a kind of bundle this Scorecard does not know")
    if m["kind"] == "changes" and not _typed(m, _CHANGES_HEADER):
        raise _broken("its manifest lacks entries or has entries of the wrong kind")
    if not 0 <= m["op_count"] <= LIMITS["max_lines"] or not SHA_RE.match(m["ops_sha256"]):
        raise _broken("its manifest lacks entries or has entries of the wrong kind")
    seen: set[str] = set()
    for b in m["blobs"]:
        if (
            not isinstance(b, dict)
            or set(b) != {"sha256", "size"}
            or not isinstance(b["sha256"], str)
            or not SHA_RE.match(b["sha256"])
            or type(b["size"]) is not int
            or not 0 <= b["size"] <= LIMITS["max_blob_bytes"]
            or b["sha256"] in seen
        ):
            raise _broken("its list of attached files is malformed")
        seen.add(b["sha256"])


def _read(z: zipfile.ZipFile, trust: Trust, extract_to: Path | None, written: list[Path]) -> Bundle:
    names = _directory(z)
    try:
        manifest = json.loads(_member(z, names[MANIFEST], LIMITS["max_manifest_bytes"]))
    except (ValueError, UnicodeDecodeError):
        raise _broken("its manifest cannot be read") from None
    _check_manifest(manifest)
    public_key = trust(manifest)
    if not verify(manifest, public_key):
        raise _tampered("its signature does not match: it was changed after it was made")
    # From here on the manifest is the signer's word: the members must match it exactly.
    declared = {b["sha256"]: b["size"] for b in manifest["blobs"]}
    present = {n[len("blobs/") :] for n in names if n.startswith("blobs/")}
    if present != set(declared) or any(
        names[f"blobs/{s}"].file_size != size for s, size in declared.items()
    ):
        raise _tampered("it does not hold exactly the attached files its manifest lists")
    body = _member(z, names[LINES], LIMITS["max_lines_bytes"])
    if sha256_hex(body) != manifest["ops_sha256"]:
        raise _tampered("its list of changes was altered or damaged")
    try:
        lines = [json.loads(x) for x in body.decode("utf-8").splitlines() if x.strip()]
    except (ValueError, UnicodeDecodeError):
        raise _broken("its list of changes cannot be read") from None
    if len(lines) != manifest["op_count"]:
        raise _broken("it holds a different number of changes than it says")
    if manifest["kind"] == "ops":
        _check_ops(lines)
    else:
        _check_changes(lines, manifest)
    blobs: dict[str, Path] = {}
    if extract_to is not None:
        extract_to = Path(extract_to).resolve()
    for sha, size in sorted(declared.items()):
        target = _blob(z, names[f"blobs/{sha}"], sha, size, extract_to, written)
        if target is not None:
            blobs[sha] = target
    return Bundle(manifest, lines, blobs)


def _check_ops(ops: list[Any]) -> None:
    for op in ops:
        if not isinstance(op, dict) or set(op) != set(_OP_TYPES) or not _typed(op, _OP_TYPES):
            raise _broken("a change in it has the wrong shape")
        if payload_hash(op) != op["payload_hash"]:
            raise _tampered("a change in it was altered after it was made")


def _check_changes(changes: list[Any], manifest: dict[str, Any]) -> None:
    last = manifest["since"]
    for ch in changes:
        if (
            not isinstance(ch, dict)
            or set(ch) != set(_CHANGE_TYPES)
            or not _typed(ch, _CHANGE_TYPES)
            or ch["op"] not in ("upsert", "delete")
            or not last < ch["seq"] <= manifest["next_since"]
        ):
            raise _broken("a change in it has the wrong shape")
        last = ch["seq"]


def _blob(
    z: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    sha: str,
    size: int,
    extract_to: Path | None,
    written: list[Path],
) -> Path | None:
    """Stream one attached file, capped at its signed size; hash it; maybe write it out."""
    out = None
    target = None
    if extract_to is not None:
        target = extract_to / sha  # sha is 64 hex (checked): never a path out of extract_to
        if target.parent != extract_to:
            raise _broken("it names an attached file outside the work folder")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(target, flags | getattr(os, "O_BINARY", 0), 0o600)
        written.append(target)
        out = os.fdopen(fd, "wb")
    h, n = hashlib.sha256(), 0
    try:
        with z.open(info) as src:
            while chunk := src.read(1 << 20):
                n += len(chunk)
                if n > size:
                    break
                h.update(chunk)
                if out is not None:
                    out.write(chunk)
    finally:
        if out is not None:
            out.close()
    if n != size or h.hexdigest() != sha:
        raise _tampered(f"the attached file {sha[:12]}… is damaged")
    return target
