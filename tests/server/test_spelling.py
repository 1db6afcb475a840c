"""The push spells each op once (scorecard_sync.spelling): its stored text, its payload hash and
its result text must be byte for byte what canonical_json and payload_hash give."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scorecard_sync.contract import payload_hash
from scorecard_sync.db import canonical_json
from scorecard_sync.spelling import spelled

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
keys = st.sampled_from(
    ["op_id", "entity", "record_id", "op", "fields", "base", "base_version", "cycle_id"]
    + ["created_at", "payload_hash", "é", 'q"uote', "back\\slash", "\u2028", "Z", "a b"]
)
ops = st.dictionaries(keys | st.text(max_size=5), values, max_size=10)


@settings(max_examples=400, deadline=None)
@given(ops)
def test_spelled_op_is_canonical_json_and_payload_hash(op):
    sp = spelled(op)
    assert sp.text == canonical_json(op)
    assert sp.hash == payload_hash(op)
    for key, text in sp.values.items():
        assert text == canonical_json(op[key])


@pytest.mark.parametrize(
    "op",
    [
        {},
        {"op_id": "x", "fields": {"name": 'Hôpital "Ndé" \\ \u2028 😀', "n": 1.0, "b": True}},
        {"op_id": 7, "entity": None, "fields": {}, "base": {"v": [1, 2.5, None]}},
        {"op_id": "é\x00\x1f", "op": "insert", "base_version": 3, "record_id": "r"},
    ],
)
def test_spelled_examples(op):
    sp = spelled(op)
    assert (sp.text, sp.hash) == (canonical_json(op), payload_hash(op))


def test_keys_that_are_not_text_fall_back_to_the_encoder():
    op = {2: "a", 1: None}
    sp = spelled(op)
    assert (sp.text, sp.hash) == (canonical_json(op), payload_hash(op))
    outcome = {"op_id": None, "status": "applied"}
    assert sp.result(outcome) == canonical_json(outcome)


@given(st.text() | st.integers(), st.sampled_from(["applied", "conflict", "rejected", 'é"\\']))
def test_result_text(op_id, status):
    sp = spelled({"op_id": op_id, "entity": "score"})
    for outcome in (
        {"op_id": op_id, "status": status},
        {"op_id": op_id, "status": status, "reason": "unknown_field"},
    ):
        assert sp.result(outcome) == canonical_json(outcome)
