"""Applying what arrives (pulled changes, bundles) without outbox rows; training stays home."""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile

import pytest

from scorecard_app.core import entities as e
from scorecard_app.store import Store, keys, replica
from scorecard_app.sync_client import BundleError, enrol
from scorecard_app.sync_client.bundle import export_bundle, import_bundle
from scorecard_app.sync_client.client import K_DEVICE, K_KEY, K_ORG
from scorecard_app.wire import public_key_of, read_bundle

from .contract import validate


def _counts(store: Store) -> dict[str, int]:
    out = {}
    for entity, (table, _f) in replica.TABLES.items():
        out[entity] = store.conn.execute(
            f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
        ).fetchone()[0]
    return out


def test_training_cycles_never_reach_the_outbox(store):
    f = store.add(e.Facility(name="Practice clinic"))
    before = store.outbox_count()
    c = store.create_cycle(e.Cycle(facility_id=f.id, community="Training room", training=True))
    g = store.add(e.Group(cycle_id=c.id, name="Women"))
    store.update(e.Group, g.id, name="Women (morning)")
    assert store.outbox_count() == before
    assert replica.training_cycle_ops(store) == 0
    assert replica.ops_for_export(store, [c.id]) == []


def test_pull_keeps_a_field_this_laptop_has_not_sent(demo_store):
    fac = demo_store.facilities()[0]
    demo_store.mark_sent({o["op_id"]: "applied" for o in demo_store.pending_ops(limit=10_000)})
    demo_store.update(e.Facility, fac.id, code="RHC-15")  # pending, unsent
    waiting = demo_store.outbox_count()
    change = {
        "seq": 7,
        "entity": "facility",
        "record_id": fac.id,
        "op": "upsert",
        "fields": {"name": "Riverside HC", "sector": "health", "code": "RHC-99"},
        "server_time": "2026-11-22T00:00:00Z",
    }
    replica.apply_pulled(demo_store, [change], 7)
    got = demo_store.require(e.Facility, fac.id)
    assert (got.name, got.code) == ("Riverside HC", "RHC-15")
    assert demo_store.outbox_count() == waiting
    assert replica.pull_position(demo_store) == 7
    replica.apply_pulled(demo_store, [change | {"seq": 8, "op": "delete", "fields": {}}], 8)
    assert demo_store.get(e.Facility, fac.id) is None


def second_laptop(path, first):
    """Another laptop of the same organisation that has pulled the first one's public key."""
    other = Store.open(path, backups=False)
    other.set_setting(K_DEVICE, str(uuid.uuid4()))
    other.set_setting(K_ORG, first.get_setting(K_ORG))
    record = {
        "signer": first.get_setting(K_DEVICE),
        "kind": "device",
        "label": "first laptop",
        "public_key": public_key_of(first.get_setting(K_KEY)),
        "revoked_at": None,
    }
    keys.remember(other, [record])
    return other


@pytest.fixture
def keyed(demo_store, head_office, fast_backoff):
    enrol(demo_store, head_office.url, "X", backoff=fast_backoff)
    return demo_store


def test_bundle_export_is_valid_and_import_on_a_second_laptop_is_idempotent(
    keyed, tmp_path, head_office, fast_backoff
):
    target = tmp_path / "riverside.scbundle"
    manifest = export_bundle(keyed, target, None)
    validate("bundle-manifest", manifest)
    with zipfile.ZipFile(target) as z:
        for line in z.read("ops.jsonl").decode().splitlines():
            validate("op", json.loads(line))
    other = second_laptop(tmp_path / "second.sqlite3", keyed)
    first = import_bundle(other, target)
    assert first["applied"] == manifest["op_count"] and first["skipped"] == 0
    assert _counts(other) == _counts(keyed)
    assert other.outbox_count() == 0  # another laptop's work is not ours to push
    a = keyed.load_cycle(keyed.list_cycles()[-1].id)
    b = other.load_cycle(a.cycle.id)
    assert [s.value for s in a.scores] == [s.value for s in b.scores]
    assert [x.status for x in a.actions] == [x.status for x in b.actions]
    again = import_bundle(other, target)
    assert again["applied"] == 0 and again["skipped"] == manifest["op_count"]
    assert _counts(other) == _counts(keyed)
    # Its own bundle changes nothing on the laptop that made it.
    assert import_bundle(keyed, target)["applied"] == 0
    other.close()


def test_bundle_of_one_cycle_carries_its_facility(keyed, tmp_path):
    last = keyed.list_cycles()[-1]
    manifest = export_bundle(keyed, tmp_path / "one.scbundle", [last.id])
    ops = read_bundle(
        tmp_path / "one.scbundle", lambda m: public_key_of(keyed.get_setting(K_KEY))
    ).ops
    assert {o["cycle_id"] for o in ops} == {last.id, None}
    assert any(o["entity"] == "facility" for o in ops)
    other = second_laptop(tmp_path / "b.sqlite3", keyed)
    import_bundle(other, tmp_path / "one.scbundle")
    assert [c.round_no for c in other.list_cycles()] == [last.round_no]
    assert manifest["op_count"] == len(ops)
    other.close()


def _rewrite(src, dst, member: str, edit) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            zout.writestr(item, edit(data) if item.filename == member else data)


@pytest.mark.parametrize(
    "member,edit,message",
    [
        ("ops.jsonl", lambda b: b.replace(b'"value":4', b'"value":5', 1), "was changed after"),
        (
            "manifest.json",
            lambda b: b.replace(b'"op_count": ', b'"op_count": 1', 1),
            "was changed after",
        ),
        ("ops.jsonl", lambda b: b[: len(b) // 2], "was changed after"),
    ],
)
def test_a_tampered_bundle_is_refused_and_changes_nothing(keyed, tmp_path, member, edit, message):
    good = tmp_path / "good.scbundle"
    export_bundle(keyed, good, None)
    bad = tmp_path / "bad.scbundle"
    _rewrite(good, bad, member, edit)
    other = second_laptop(tmp_path / "b.sqlite3", keyed)
    before = _counts(other)
    with pytest.raises(BundleError, match=message):
        import_bundle(other, bad)
    assert _counts(other) == before
    other.close()


def test_a_broken_file_is_refused_plainly(keyed, tmp_path):
    junk = tmp_path / "photo.scbundle"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(BundleError, match="not a zip file"):
        import_bundle(keyed, junk)
    with pytest.raises(BundleError, match="does not exist"):
        import_bundle(keyed, tmp_path / "missing.scbundle")


def test_attachments_travel_in_bundles(keyed, tmp_path):
    cyc = keyed.list_cycles()[-1]
    photo = tmp_path / "chart.png"
    photo.write_bytes(b"\x89PNG fake flip chart" * 100)
    att = replica.add_attachment(keyed, cyc.id, photo, "image/png")
    target = tmp_path / "with-photo.scbundle"
    manifest = export_bundle(keyed, target, [cyc.id])
    assert manifest["blobs"] == [{"sha256": att["sha256"], "size": att["size"]}]
    other = second_laptop(tmp_path / "b.sqlite3", keyed)
    import_bundle(other, target)
    assert replica.attachments(other, cyc.id)[0]["sha256"] == att["sha256"]
    assert replica.blob_path(other, att["sha256"]).read_bytes() == photo.read_bytes()
    assert replica.pending_blobs(other) == []  # the laptop that took the photo uploads it
    other.close()
    shutil.rmtree(tmp_path / "b.sqlite3.files")


def test_a_laptop_from_before_sync_upgrades_and_keeps_its_work(demo_store, tmp_path):
    """A database made before m002 (no sync tables) opens, gains them, loses nothing, and its
    whole outbox is still waiting to be sent."""
    path = demo_store.path
    waiting = demo_store.outbox_count()
    cycles = demo_store.list_cycles()
    with demo_store.transaction():
        for table in ("attachment", "blob_upload", "replica_record", "sync_conflict", "applied_op"):
            demo_store.conn.execute(f"DROP TABLE {table}")
        demo_store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_sync'")
    demo_store.close()
    with Store.open(path) as s:
        assert [c.id for c in s.list_cycles()] == [c.id for c in cycles]
        assert s.outbox_count() == waiting
        assert replica.conflicts(s) == [] and replica.pending_blobs(s) == []
        assert replica.outbox_summary(s)["waiting"] == waiting


def test_a_pulled_record_of_a_cycle_keeps_this_laptops_unsent_edit_and_its_digest_matches(store):
    """Another laptop's change to a shared cycle arrives while this laptop has an unsent edit of
    the same score: the unsent field stays (it goes up next and the server decides), the rest is
    taken, nothing is queued; the record's digest then equals the server's for the same data."""
    fac = e.Facility(name="Clinic")
    cycle = store.create_cycle(e.Cycle(facility_id=fac.id, community="Village"), fac)
    ind = store.add(e.Indicator(cycle_id=cycle.id, text="Waiting time"))
    group = store.add(e.Group(cycle_id=cycle.id, name="Women"))
    store.set_score(cycle.id, group.id, ind.id, value=2, reason="queues")
    store.mark_sent({o["op_id"]: "applied" for o in store.pending_ops(limit=10_000)})
    score = store.load_cycle(cycle.id).scores[0]
    store.update(e.Score, score.id, value=4)  # unsent
    waiting = store.outbox_count()
    server = {
        "cycle_id": cycle.id,
        "group_id": group.id,
        "indicator_id": ind.id,
        "value": 5,
        "reason": "long queues",
        "suggestion": "",
    }
    change = {"seq": 3, "entity": "score", "record_id": score.id, "op": "upsert"}
    replica.apply_pulled(store, [change | {"fields": server, "server_time": "t"}], 3)
    got = store.require(e.Score, score.id)
    assert (got.value, got.reason) == (4, "long queues")
    assert store.outbox_count() == waiting
    # Once the edit is answered and the server's copy is taken, the digests agree.
    store.mark_sent({o["op_id"]: "conflict" for o in store.pending_ops(limit=10_000)})
    replica.apply_pulled(store, [change | {"seq": 4, "fields": server, "server_time": "t"}], 4)
    from scorecard_app.core.digest import cycle_digest

    mine = replica.local_cycle_digest(store, cycle.id)["score"]
    assert mine == cycle_digest([("score", score.id, False, server)])["score"]
