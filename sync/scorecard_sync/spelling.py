"""An op's canonical JSON and its payload hash from one pass over its values.

The server stores each op as received (canonical JSON), hashes the part HASHED_KEYS names, and
stores an insert's fields as the record: written separately, that is the fields encoded three
times. Canonical JSON of an object is its sorted keys and their values' own canonical JSON
joined by commas, so each value is spelled once here and the texts are put together from the
pieces — byte for byte what `canonical_json` and `payload_hash` give (tests/server/test_spelling.py).
"""

from __future__ import annotations

import json.encoder
from dataclasses import dataclass
from typing import Any

from .contract import HASHED_KEYS, payload_hash
from .db import canonical_json, sha256_hex

# The string encoder `json.dumps(..., ensure_ascii=False)` itself uses (the C one when built).
_quote = json.encoder.encode_basestring
# canonical_json's own settings, the encoder built once (json.dumps builds one per call).
_encode = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
_HASHED = sorted(HASHED_KEYS)


def spell(value: Any) -> str:
    """canonical_json(value), without the encoder's set-up for the commonest values."""
    kind = type(value)
    if kind is str:
        return _quote(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)  # as json spells it
    if kind is bool:
        return "true" if value else "false"
    if kind is dict and not value:
        return "{}"
    return _encode(value)


@dataclass(frozen=True, slots=True)
class Spelled:
    text: str  # canonical_json(op)
    hash: str  # payload_hash(op)
    values: dict[str, str]  # each top-level key's value, spelled

    def result(self, outcome: dict[str, Any]) -> str:
        """canonical_json(outcome) for a result of op_id and status alone (most of them)."""
        if len(outcome) == 2 and "status" in outcome and "op_id" in outcome:
            return f'{{"op_id":{spell(outcome["op_id"])},"status":{spell(outcome["status"])}}}'
        return canonical_json(outcome)


def spelled(op: dict[str, Any]) -> Spelled:
    if set(map(type, op)) - {str}:  # not from JSON: let the encoder decide
        return Spelled(canonical_json(op), payload_hash(op), {})
    values = {k: spell(v) for k, v in op.items()}
    text = "{" + ",".join(f"{_quote(k)}:{values[k]}" for k in sorted(values)) + "}"
    hashed = "{" + ",".join(f"{_quote(k)}:{values.get(k, 'null')}" for k in _HASHED) + "}"
    return Spelled(text, sha256_hex(hashed.encode("utf-8")), values)
