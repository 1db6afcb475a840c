"""Field types from the contract (sync/schema/v1/entities.json `types`), checked before an op
touches the database: a score of "banana" or 1e300 is refused with a clear reason, not stored.

The fragments use a small part of JSON Schema (type, enum, maxLength, pattern, minimum, maximum,
maxItems, items, maxProperties, propertyNames, properties, additionalProperties); this checker
reads exactly that part, so the contract and the server cannot drift."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from .contract import entities

_PY = {
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and math.isfinite(v) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


@cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def problem(value: Any, schema: dict[str, Any]) -> str | None:
    """Why `value` does not fit `schema`, in a few words; None when it fits."""
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join("null" if v is None else str(v) for v in schema["enum"])
        return f"{_show(value)} is not one of: {allowed}"
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_PY[k](value) for k in kinds):
            return f"{_show(value)} is not {' or '.join(kinds)}"
    if isinstance(value, str):
        if len(value) > schema.get("maxLength", math.inf):
            return f"text longer than {schema['maxLength']} characters"
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            return f"{_show(value)} is not in the expected form"
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if value < schema.get("minimum", -math.inf) or value > schema.get("maximum", math.inf):
            return f"{_show(value)} is outside {schema.get('minimum')}–{schema.get('maximum')}"
    elif isinstance(value, list):
        if len(value) > schema.get("maxItems", math.inf):
            return f"more than {schema['maxItems']} items"
        for item in value:
            if "items" in schema and (why := problem(item, schema["items"])):
                return why
    elif isinstance(value, dict):
        if len(value) > schema.get("maxProperties", math.inf):
            return f"more than {schema['maxProperties']} entries"
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if "propertyNames" in schema and (why := problem(key, schema["propertyNames"])):
                return why
            sub = props.get(key, extra)
            if sub is False:
                return f"unexpected entry {_show(key)}"
            if isinstance(sub, dict) and (why := problem(item, sub)):
                return why
    return None


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def field_problem(entity: str, fields: dict[str, Any]) -> str | None:
    """The first field of an op that does not fit its type, as "name: why"."""
    checks = _checks(entity)
    for name, value in fields.items():
        check = checks.get(name)
        if check is None:
            return f"{name}: the contract gives it no type"
        if why := check(value):
            return f"{name}: {why}"
    return None


Check = Callable[[Any], str | None]


@cache
def _checks(entity: str) -> dict[str, Check]:
    return {name: _compiled(schema) for name, schema in entities()[entity].get("types", {}).items()}


def _compiled(schema: dict[str, Any]) -> Check:
    """`problem` for one schema with its look-ups done once: a push checks every field of every
    op. The plain cases (text, numbers, flags, vocabularies) are decided here; a value that
    fails, and any list or object, goes to `problem`, which words the reason."""
    enum = schema.get("enum")
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    fits = [_PY[k] for k in kinds] if kinds is not None else None
    longest = schema.get("maxLength", math.inf)
    pattern = _pattern(schema["pattern"]) if "pattern" in schema else None
    lo, hi = schema.get("minimum", -math.inf), schema.get("maximum", math.inf)

    # Text where text is allowed and no vocabulary applies: most fields of most ops.
    plain_text = enum is None and (kinds is None or "string" in kinds)

    def check(value: Any) -> str | None:
        if plain_text and type(value) is str:
            if len(value) > longest or (pattern is not None and not pattern.search(value)):
                return problem(value, schema)
            return None
        if (enum is not None and value not in enum) or (
            fits is not None and not any(f(value) for f in fits)
        ):
            return problem(value, schema)
        if isinstance(value, str):
            if len(value) > longest or (pattern is not None and not pattern.search(value)):
                return problem(value, schema)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if value < lo or value > hi:
                return problem(value, schema)
        elif isinstance(value, list | dict):
            return problem(value, schema)
        return None

    return check
