"""Head office's derived figures equal the laptop's own: the demo database is pushed through the
real client to a real server (uvicorn on 127.0.0.1), then the derived tables are read back."""

from __future__ import annotations

import math

import pytest
import sqlalchemy as sa
from e2e.headoffice import HeadOffice
from scorecard_sync import tables as t
from scorecard_sync.db import make_engine

from scorecard_app.core.aggregation import indicator_key, indicator_results, participation
from scorecard_app.sync_client import SyncClient, enrol
from scorecard_app.sync_client.transport import Backoff

FIGURES = ("community", "provider", "gap", "change")


@pytest.fixture
def synced(demo_store, tmp_path):
    ho = HeadOffice(tmp_path / "ho").start()
    backoff = Backoff(base=0.01, cap=0.1, attempts=6)
    enrol(demo_store, ho.url, ho.enrol_code("demo laptop"), backoff=backoff)
    with SyncClient(demo_store, backoff=backoff) as c:
        c.sync()
    engine = make_engine(ho.database_url)
    yield demo_store, ho, engine, backoff
    engine.dispose()
    ho.stop()


def _derived(engine, cycle_id: str) -> dict[str, dict]:
    r = t.dash_results.c
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(t.dash_results).where(r.cycle_id == cycle_id, r.breakdown == "community")
        ).all()
    return {row.indicator_key: row._mapping for row in rows}


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and math.isclose(a, b, abs_tol=1e-9)
    )


def _assert_equal_to_laptop(store, engine) -> int:
    checked = 0
    for summary in store.list_cycles():
        data = store.load_cycle(summary.id)
        laptop = indicator_results(data, store.previous_data(summary.id))
        server = _derived(engine, summary.id)
        assert set(server) == {indicator_key(r.indicator) for r in laptop}
        for res in laptop:
            row = server[indicator_key(res.indicator)]
            got = {
                "community": row["score"],
                "provider": row["provider"],
                "gap": row["gap"],
                "change": row["change"],
            }
            want = {f: getattr(res, f) for f in FIGURES}
            for f in FIGURES:
                assert _same(got[f], want[f]), (summary.round_no, res.indicator.text, f, got, want)
            checked += 1
        with engine.connect() as conn:
            total = conn.execute(
                sa.select(t.dash_participation.c.n).where(
                    t.dash_participation.c.cycle_id == summary.id,
                    t.dash_participation.c.breakdown == "total",
                )
            ).scalar()
        assert total == participation(data).total
    return checked


def test_every_indicator_of_every_round_matches_the_laptop(synced):
    store, _ho, engine, _b = synced
    checked = _assert_equal_to_laptop(store, engine)
    assert checked >= 3 * 8  # three rounds of at least eight indicators
    with engine.connect() as conn:
        changes = conn.execute(
            sa.select(sa.func.count())
            .select_from(t.dash_results)
            .where(t.dash_results.c.change.is_not(None))
        ).scalar()
        rounds = conn.execute(
            sa.select(t.dash_cycles.c.round_no, t.dash_cycles.c.latest).order_by(
                t.dash_cycles.c.round_no
            )
        ).all()
    assert changes > 0  # rounds 2 and 3 compare with the round before
    assert [tuple(r) for r in rounds] == [(1, False), (2, False), (3, True)]


def test_a_score_changed_on_the_laptop_moves_the_head_office_figures(synced):
    store, _ho, engine, backoff = synced
    current = store.list_cycles()[0] if store.list_cycles()[0].round_no == 3 else None
    current = current or next(c for c in store.list_cycles() if c.round_no == 3)
    data = store.load_cycle(current.id)
    ind = data.shared_indicators[0]
    before = _derived(engine, current.id)[indicator_key(ind)]["score"]
    for g in data.community_groups:
        store.set_score(current.id, g.id, ind.id, value=1 if before and before > 2 else 5)
    with SyncClient(store, backoff=backoff) as c:
        assert c.sync().applied >= 1
    after = _derived(engine, current.id)[indicator_key(ind)]["score"]
    assert after != before
    _assert_equal_to_laptop(store, engine)


def test_rebuild_derived_gives_the_same_figures(synced):
    store, ho, engine, _b = synced
    with engine.connect() as conn:
        before = sorted(tuple(r) for r in conn.execute(sa.select(t.dash_results)).all())
        conn.execute(sa.delete(t.dash_results))
        conn.commit()
    out = ho.cli("rebuild-derived")
    assert "rebuilt for 3 cycles" in out.stdout
    with engine.connect() as conn:
        after = sorted(tuple(r) for r in conn.execute(sa.select(t.dash_results)).all())
    assert after == before and len(after) > 0


def test_a_cycle_with_values_of_the_wrong_type_is_stored_without_figures(tmp_path):
    """A broken or hostile device's values never make a push fail: the typed contract refuses
    the bad cycle (and its group waits for a parent that never comes), it gets no dashboard
    figures, and a good cycle in the same batch gets its own."""
    from scorecard_sync.apply import Device, apply_ops
    from scorecard_sync.devices import organisation_id
    from scorecard_sync.migrate import upgrade
    from server.helpers import cycle_ops, group_op, make_op, new_id

    engine = make_engine(f"sqlite:///{tmp_path / 'ho.sqlite3'}")
    upgrade(engine)
    device = Device(id=new_id(), organisation_id=organisation_id(engine))
    _f, good, ops = cycle_ops()
    _f2, bad, bad_ops = cycle_ops()
    bad_ops[1]["fields"] |= {"round_no": "three", "community": 5, "stage_dates": "soon"}
    bad_ops[1] = make_op("cycle", bad, fields=bad_ops[1]["fields"], cycle_id=bad)
    ops += bad_ops + [group_op(good), group_op(bad)]
    results = apply_ops(engine, device, ops)
    status = {r["op_id"]: r["status"] for r in results}
    assert {status[op["op_id"]] for op in ops if op["cycle_id"] == good} == {"applied"}
    assert status[bad_ops[1]["op_id"]] == "rejected"
    with engine.connect() as conn:
        have = set(conn.execute(sa.select(t.dash_cycles.c.cycle_id)).scalars())
    assert have == {good}
    engine.dispose()
