"""The wire contract (sync/schema/v1) loaded for client tests: one validator per message."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "sync" / "schema" / "v1"


@cache
def _registry() -> tuple[Registry, dict[str, dict]]:
    schemas = {}
    registry = Registry()
    for p in SCHEMA_DIR.glob("*.json"):
        doc = json.loads(p.read_text(encoding="utf-8"))
        if "$id" not in doc:
            continue
        schemas[p.stem] = doc
        registry = registry.with_resource(doc["$id"], Resource.from_contents(doc))
    return registry, schemas


def validator(name: str) -> Draft202012Validator:
    registry, schemas = _registry()
    return Draft202012Validator(schemas[name], registry=registry)


def validate(name: str, instance) -> None:
    validator(name).validate(instance)


def example(name: str):
    p = SCHEMA_DIR / "examples" / name
    if p.suffix == ".jsonl":
        return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
    return json.loads(p.read_text(encoding="utf-8"))
