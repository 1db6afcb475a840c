"""Resumable, content-addressed attachment upload (HEAD for the offset, PATCH chunks)."""

from __future__ import annotations

import hashlib
import os

import pytest


def head(c, sha):
    r = c.head(f"/v1/blobs/{sha}")
    assert r.status_code == 200
    return int(r.headers["Upload-Offset"]), r.headers["Upload-Complete"]


def patch(c, sha, offset, length, chunk):
    return c.patch(
        f"/v1/blobs/{sha}",
        content=chunk,
        headers={
            "Upload-Offset": str(offset),
            "Upload-Length": str(length),
            "Content-Type": "application/offset+octet-stream",
        },
    )


@pytest.fixture
def photo():
    data = os.urandom(300_000)
    return data, hashlib.sha256(data).hexdigest()


def test_an_upload_resumes_from_the_servers_offset_and_is_stored_by_content(
    server, settings, device, photo
):
    data, sha = photo
    with server.client(device["token"]) as c:
        assert head(c, sha) == (0, "?0")
        r = patch(c, sha, 0, len(data), data[:100_000])
        assert r.status_code == 204 and r.headers["Upload-Offset"] == "100000"
        # The link drops; later the laptop asks where to carry on.
        assert head(c, sha) == (100_000, "?0")
        wrong = patch(c, sha, 50_000, len(data), data[50_000:150_000])
        assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == "100000"
        assert wrong.json()["error"] == "offset_mismatch"
        assert patch(c, sha, 100_000, len(data), data[100_000:200_000]).status_code == 204
        done = patch(c, sha, 200_000, len(data), data[200_000:])
        assert done.status_code == 201 and done.headers["Upload-Complete"] == "?1"
        assert head(c, sha) == (len(data), "?1")
        assert (
            patch(c, sha, 0, len(data), data[:10]).status_code == 201
        )  # already there: nothing to do
    stored = settings.blob_dir / sha[:2] / sha
    assert stored.read_bytes() == data


def test_a_file_that_does_not_match_its_hash_is_discarded(server, settings, device, photo):
    data, sha = photo
    damaged = data[:-1] + bytes([data[-1] ^ 0xFF])
    other = hashlib.sha256(b"x" + data).hexdigest()
    with server.client(device["token"]) as c:
        r = patch(c, other, 0, len(damaged), damaged)
        assert r.status_code == 422 and r.json()["error"] == "hash_mismatch"
        assert head(c, other) == (0, "?0")
    assert not (settings.blob_dir / other[:2] / other).exists()


def test_chunks_larger_than_the_limit_are_refused(server, settings, device):
    chunk = b"\0" * (settings.max_blob_chunk_bytes + 1)
    sha = hashlib.sha256(chunk).hexdigest()
    with server.client(device["token"]) as c:
        r = patch(c, sha, 0, len(chunk), chunk)
        assert r.status_code == 413
        assert head(c, sha) == (0, "?0")
        huge = patch(c, sha, 0, settings.max_blob_bytes + 1, b"abc")
        assert huge.status_code == 413


def test_another_organisation_does_not_get_a_blob_by_knowing_its_hash(
    server, engine, device, photo
):
    from scorecard_sync.migrate import create_organisation

    data, sha = photo
    with server.client(device["token"]) as c:
        assert patch(c, sha, 0, len(data), data).status_code == 201
    with engine.begin() as conn:
        create_organisation(conn, "Blob rivals")
    rival = server.enrol("Rival", organisation="Blob rivals")
    with server.client(rival["token"]) as c:
        assert head(c, sha) == (0, "?0")


def test_bad_names_and_headers_are_plain_400s(server, device):
    with server.client(device["token"]) as c:
        assert c.head("/v1/blobs/NOTAHASH").status_code == 400
        r = c.patch(f"/v1/blobs/{'a' * 64}", content=b"abc")
        assert r.status_code == 422 and r.json()["error"] == "invalid_request"
