"""Conflict rules per record type (docs/protocol.md, research §3.3). Pure functions, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Merge:
    """What applying an op's fields to a record's current fields comes to."""

    data: dict[str, Any]  # the record's fields afterwards
    conflicts: dict[str, dict[str, Any]] = field(
        default_factory=dict
    )  # field → {base, server, device}

    @property
    def changed(self) -> bool:
        return bool(self.data)


def three_way(current: dict[str, Any], fields: dict[str, Any], base: dict[str, Any]) -> Merge:
    """Every editable record: apply where the server still holds the device's base, keep real conflicts.

    A field the device changed and the server changed differently since the device's base is a
    conflict: the server keeps its value and both are returned for a person to settle."""
    data = dict(current)
    conflicts: dict[str, dict[str, Any]] = {}
    for name, device_value in fields.items():
        server_value = current.get(name)
        base_value = base.get(name)
        if server_value == device_value:
            continue
        if name not in current or server_value == base_value:
            data[name] = device_value
        else:
            conflicts[name] = {"base": base_value, "server": server_value, "device": device_value}
    return Merge(data=data, conflicts=conflicts)
