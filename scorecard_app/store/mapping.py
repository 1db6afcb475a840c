"""How core dataclasses map to rows: table names, JSON columns, booleans."""

from __future__ import annotations

import dataclasses
import functools
import json
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

_JSON_FIELDS = {"facilitators", "officials", "indicator_notes", "stage_dates"}
_BOOL_FIELDS = {
    "training",
    "disability",
    "minority",
    "poor",
    "youth",
    "countable",
    "provider_only",
    "escalated",
}


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
    return tuple((f, f in _JSON_FIELDS or f in _BOOL_FIELDS) for f in field_names(cls))


def to_column(name: str, value: Any) -> Any:
    """A Python value as stored in its column."""
    if name == "stage_dates":
        return json.dumps(
            {
                k: dataclasses.asdict(v) if isinstance(v, e.StageDates) else v
                for k, v in value.items()
            },
            ensure_ascii=False,
            sort_keys=True,
        )
    if name in _JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if name in _BOOL_FIELDS:
        return int(bool(value))
    return value


def from_column(name: str, value: Any) -> Any:
    if name == "stage_dates":
        return {k: e.StageDates(**v) for k, v in json.loads(value or "{}").items()}
    if name in _JSON_FIELDS:
        return json.loads(value)
    if name in _BOOL_FIELDS:
        return bool(value)
    return value


def to_row(obj: Any) -> dict[str, Any]:
    return {f: to_column(f, getattr(obj, f)) for f in field_names(type(obj))}


def from_row(cls: type, row: Any) -> Any:
    return cls(**{f: from_column(f, row[f]) if dec else row[f] for f, dec in _decoded(cls)})


def wire_value(name: str, value: Any) -> Any:
    """A field's value as JSON for the outbox (the same shape the column holds, decoded)."""
    if name == "stage_dates":
        return {k: dataclasses.asdict(v) for k, v in value.items()}
    if name in _BOOL_FIELDS:
        return bool(value)
    return value
