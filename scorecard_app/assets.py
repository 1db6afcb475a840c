"""The one resolver for shipped files (fonts, icons, translations, indicator library, demo).

Works from a source checkout, an installed wheel and a PyInstaller bundle alike, because the
files live inside the package and PyInstaller keeps that layout under sys._MEIPASS.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "scorecard_app" / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a shipped file; raises FileNotFoundError naming it when it is missing."""
    p = resources_dir().joinpath(*parts)
    if not p.exists():
        raise FileNotFoundError(
            f"Missing resource {'/'.join(parts)} (looked in {resources_dir()})."
        )
    return p


@cache
def indicator_library() -> dict:
    """{"version": n, "sectors": {sector: [{"code", "text", "pictogram"}, …]}}."""
    return json.loads(resource("library", "indicators.json").read_text(encoding="utf-8"))


def library_indicators(sector: str | None = None) -> list[dict]:
    lib = indicator_library()["sectors"]
    if sector is not None:
        return [dict(i, sector=sector) for i in lib.get(sector, [])]
    return [dict(i, sector=s) for s, items in lib.items() for i in items]


def library_entry(code: str) -> dict | None:
    return next((i for i in library_indicators() if i["code"] == code), None)
