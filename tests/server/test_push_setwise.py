"""A batch is applied set-wise: a handful of statements whatever its size, and exactly the
outcome of applying its ops one request at a time (results, records, conflicts, quarantine,
the feed's last word on each record, the derived figures)."""

from __future__ import annotations

import json

import sqlalchemy as sa
from scorecard_sync import tables as t

from .helpers import action_op, cycle_ops, group_op, make_op, new_id


def _script() -> list[dict]:
    """One field trip with every rule in it, in the order a laptop might send it."""
    facility_id, cycle_id, head = cycle_ops()
    women, men = group_op(cycle_id, name="Women"), group_op(cycle_id, name="Men")
    ind = [
        make_op(
            "indicator",
            new_id(),
            cycle_id=cycle_id,
            fields={
                "cycle_id": cycle_id,
                "text": f"Indicator {i}",
                "code": f"HC0{i}",
                "pictogram": "",
                "position": i,
                "provider_only": False,
                "source_issue_id": None,
            },
        )
        for i in range(2)
    ]

    def score(group: dict, indicator: dict, value, reason: str = "") -> dict:
        return make_op(
            "score",
            new_id(),
            cycle_id=cycle_id,
            fields={
                "cycle_id": cycle_id,
                "group_id": group["record_id"],
                "indicator_id": indicator["record_id"],
                "value": value,
                "reason": reason,
                "suggestion": "",
            },
        )

    def rename(group: dict, new: str, old: str) -> dict:
        return make_op(
            "group", group["record_id"], "update", {"name": new}, {"name": old}, 1, cycle_id
        )

    action = action_op(cycle_id)
    update = make_op(
        "action_update",
        new_id(),
        fields={
            "action_id": action["record_id"],
            "on_date": "2026-12-01",
            "status": "in_progress",
            "note": "Started",
        },
    )
    changed_update = make_op(
        "action_update",
        update["record_id"],
        "update",
        {"note": "Changed"},
        {"note": "Started"},
        1,
    )
    first = score(women, ind[0], 3, "Queue")
    forged = make_op(
        "score",
        first["record_id"],
        fields={**first["fields"], "value": 5},
        cycle_id=cycle_id,
        op_id=first["op_id"],
    )
    return [
        rename(women, "Women 18+", "Women"),  # deferred: not there yet
        men,  # its cycle comes below: missing_parent
        *head,
        women,
        men,
        *ind,
        first,
        first,  # the same op twice in one batch: a duplicate
        forged,  # its id with other content: op_id_reused
        score(women, ind[0], 4, "Queue"),  # another id, same group and indicator: merged
        score(men, ind[1], 9),  # off the cycle's scale
        score(men, ind[1], 2),
        rename(women, "Women 18+", "Women"),
        rename(women, "Mothers", "Women"),  # same base, later: a conflict
        make_op("group", men["record_id"], "delete", cycle_id=cycle_id),
        make_op("group", men["record_id"], "restore", cycle_id=cycle_id),
        action,
        update,
        changed_update,  # append only
        make_op("facility", facility_id, "update", {"code": "RHC2"}, {"code": "RHC"}, 1),
        make_op(
            "cycle",
            cycle_id,
            "update",
            {"status": "complete"},
            {"status": "in_progress"},
            1,
            cycle_id,
        ),
        score(men, ind[0], 1),  # after the cycle was finished
    ]


def _state(engine, org: str) -> dict:
    with engine.connect() as conn:

        def rows(table, *cols, order=()):
            q = sa.select(*[table.c[c] for c in cols]).where(table.c.organisation_id == org)
            return [tuple(r) for r in conn.execute(q.order_by(*[table.c[c] for c in order]))]

        feed: dict = {}
        for entity, rid, op, fields in rows(
            t.changes, "entity", "record_id", "op", "fields", order=["seq"]
        ):
            if entity != "signing_key":  # each laptop's own key, published when it enrolled
                feed[(entity, rid)] = (op, json.loads(fields))  # the last word on each record
        derived = rows(
            t.dash_results,
            "cycle_id",
            "indicator_key",
            "breakdown",
            "category",
            "n",
            "votes",
            "score",
            "median",
            order=["cycle_id", "indicator_key", "breakdown", "category"],
        )
        return {
            "records": rows(
                t.records,
                "entity",
                "record_id",
                "data",
                "deleted",
                "version",
                "cycle_id",
                order=["entity", "record_id"],
            ),
            "log": rows(t.applied_ops, "op_id", "status", "payload_hash", order=["op_id"]),
            "conflicts": sorted(rows(t.conflicts, "entity", "record_id", "op_id", "fields")),
            "quarantine": sorted(rows(t.quarantine, "op_id", "reason")),
            "feed": feed,
            "derived": derived,
        }


def _org(engine, device_id: str) -> str:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(t.devices.c.organisation_id).where(t.devices.c.id == device_id)
        ).scalar()


def test_a_batch_ends_exactly_as_the_same_ops_sent_one_at_a_time(server, engine):
    from scorecard_sync.migrate import create_organisation

    ops = _script()
    with engine.begin() as conn:
        create_organisation(conn, "Set-wise A")
        create_organisation(conn, "Set-wise B")
    whole = server.enrol("batch", organisation="Set-wise A")
    single = server.enrol("one by one", organisation="Set-wise B")
    together = server.push(whole["token"], ops)
    apart = [server.push(single["token"], [op])[0] for op in ops]

    def plain(results):
        return [{k: v for k, v in r.items() if k != "conflict_id"} for r in results]

    assert plain(together) == plain(apart)
    statuses = [(r["status"], r.get("reason")) for r in together]
    assert ("deferred", "unknown_record") in statuses and ("duplicate", None) in statuses
    for expected in ("op_id_reused", "invalid_field", "append_only", "cycle_complete"):
        assert ("rejected", expected) in statuses
    assert [s for s, _ in statuses].count("conflict") == 2  # the rename and the merged score
    a = _state(engine, _org(engine, whole["device_id"]))
    b = _state(engine, _org(engine, single["device_id"]))
    assert a["records"] and a["derived"]
    assert a == b


def test_a_batch_costs_a_handful_of_statements_whatever_its_size(server, engine):
    counted: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many):
        counted.append(statement)

    def statements(n_scores: int) -> int:
        device = server.enrol(f"{n_scores} scores")
        _f, cycle_id, ops = cycle_ops()
        groups = [group_op(cycle_id, name=f"G{i}") for i in range(4)]
        indicators = [
            make_op(
                "indicator",
                new_id(),
                cycle_id=cycle_id,
                fields={
                    "cycle_id": cycle_id,
                    "text": f"Indicator {i}",
                    "code": f"I{i}",
                    "pictogram": "",
                    "position": i,
                    "provider_only": False,
                    "source_issue_id": None,
                },
            )
            for i in range(n_scores // 4)
        ]
        server.push(device["token"], [*ops, *groups, *indicators])
        scores = [
            make_op(
                "score",
                new_id(),
                cycle_id=cycle_id,
                fields={
                    "cycle_id": cycle_id,
                    "group_id": groups[i % 4]["record_id"],
                    "indicator_id": indicators[i // 4]["record_id"],
                    "value": 1 + i % 5,
                    "reason": f"{i}",
                    "suggestion": "",
                },
            )
            for i in range(n_scores)
        ]
        counted.clear()
        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            results = server.push(device["token"], scores)
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        assert {r["status"] for r in results} == {"applied"}
        return len([s for s in counted if "dash_" not in s])  # the derived tables: per cycle

    small, large = statements(20), statements(400)
    assert large == small <= 25, (small, large)
