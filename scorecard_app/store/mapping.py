"""How core dataclasses map to rows: table names, and each field's column form, read from the
field's type (bool → INTEGER 0/1, list/dict → JSON text, dataclass values inside a dict → their
fields as JSON objects)."""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from typing import Any

from scorecard_app.core import entities as e

# entity name on the wire (also the outbox's `entity`) → (dataclass, table)
ENTITIES: dict[str, tuple[type, str]] = {
    "facility": (e.Facility, "facility"),
    "cycle": (e.Cycle, "cycle"),
    "group": (e.Group, "cycle_group"),
    "participant": (e.Participant, "participant"),
    "input_item": (e.InputItem, "input_item"),
    "issue": (e.Issue, "issue"),
    "indicator": (e.Indicator, "indicator"),
    "score": (e.Score, "score"),
    "vote": (e.Vote, "vote"),
    "tally": (e.Tally, "tally"),
    "interface_meeting": (e.InterfaceMeeting, "interface_meeting"),
    "action": (e.Action, "action"),
    "action_update": (e.ActionUpdate, "action_update"),
}
ENTITY_OF: dict[type, str] = {cls: name for name, (cls, _t) in ENTITIES.items()}


@dataclasses.dataclass(frozen=True)
class Column:
    """How one field is stored: 'plain', 'bool' or 'json' (with `empty`, the JSON of an empty
    value, and `record`, the dataclass of a dict's values, if any)."""

    form: str = "plain"
    empty: str = ""
    record: type | None = None


def column_of(tp: Any) -> Column:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):  # X | None: as X
        (tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
    if tp is bool:
        return Column("bool")
    origin = typing.get_origin(tp)
    if origin is list:
        return Column("json", "[]")
    if origin is dict:
        value = typing.get_args(tp)[1]
        return Column("json", "{}", value if dataclasses.is_dataclass(value) else None)
    return Column()


def _columns() -> dict[str, Column]:
    """Field name → its column form, over every entity. The functions below take a field name
    alone, so one name must be stored the same way in every entity that has it."""
    out: dict[str, Column] = {}
    for cls, _table in ENTITIES.values():
        for name, tp in typing.get_type_hints(cls).items():
            col = column_of(tp)
            if out.setdefault(name, col) != col:
                raise TypeError(f"field {name!r} is stored two ways: {out[name]} and {col}")
    return out


COLUMNS = _columns()
_PLAIN = Column()


def entity_name(obj_or_cls: Any) -> str:
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    return ENTITY_OF[cls]


def table_of(obj_or_cls: Any) -> str:
    return ENTITIES[entity_name(obj_or_cls)][1]


@functools.cache  # asked for every row loaded
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _decoded(cls: type) -> tuple[tuple[str, bool], ...]:
    """Each field, and whether its column needs decoding (JSON, booleans)."""
    return tuple((f, COLUMNS.get(f, _PLAIN).form != "plain") for f in field_names(cls))


def sql_list(codes) -> str:
    """Codes of a core vocabulary as an SQL list literal: 'a','b' (codes are ours, never input)."""
    out = []
    for code in codes:
        if not code.replace("_", "").isalnum():
            raise ValueError(f"not a vocabulary code: {code!r}")
        out.append(f"'{code}'")
    return ",".join(out)


def _plain(name: str, value: Any) -> Any:
    """A field's value as JSON-ready data (dataclass records as dicts)."""
    col = COLUMNS.get(name, _PLAIN)
    if col.form == "bool":
        return bool(value)
    if col.record is not None:
        return {
            k: dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for k, v in value.items()
        }
    return value


def to_column(name: str, value: Any) -> Any:
    """A Python value as stored in its column."""
    form = COLUMNS.get(name, _PLAIN).form
    if form == "json":
        return json.dumps(_plain(name, value), ensure_ascii=False, sort_keys=True)
    if form == "bool":
        return int(bool(value))
    return value


def from_column(name: str, value: Any) -> Any:
    col = COLUMNS.get(name, _PLAIN)
    if col.form == "json":
        data = json.loads(value or col.empty)
        if col.record is not None:
            return {k: col.record(**v) for k, v in data.items()}
        return data
    if col.form == "bool":
        return bool(value)
    return value


def to_row(obj: Any) -> dict[str, Any]:
    return {f: to_column(f, getattr(obj, f)) for f in field_names(type(obj))}


def from_row(cls: type, row: Any) -> Any:
    return cls(**{f: from_column(f, row[f]) if dec else row[f] for f, dec in _decoded(cls)})


def wire_value(name: str, value: Any) -> Any:
    """A field's value as JSON for the outbox (the same shape the column holds, decoded)."""
    return _plain(name, value)
