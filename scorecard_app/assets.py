"""The one resolver for shipped files (fonts, guide, icons, indicator library, pictograms,
translations).

They sit in the top-level resources/ folder, which installs as the package
scorecard_app.resources (pyproject.toml maps it): the import system finds it in a source
checkout (the editable install's finder), an installed wheel and the server's install alike;
the frozen app keeps the same layout under sys._MEIPASS (packaging/scorecard.spec).
"""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib.util import find_spec
from pathlib import Path

PACKAGE = "scorecard_app.resources"
# A pictogram's name comes from the library, a database or head office's feed: only a plain
# name is ever joined to a path.
_PICTOGRAM_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "scorecard_app" / "resources"
    spec = find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"The package {PACKAGE} (the folder resources/) is not installed.")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


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
    import json

    return json.loads(resource("library", "indicators.json").read_text(encoding="utf-8"))


def library_indicators(sector: str | None = None) -> list[dict]:
    lib = indicator_library()["sectors"]
    if sector is not None:
        return [dict(i, sector=sector) for i in lib.get(sector, [])]
    return [dict(i, sector=s) for s, items in lib.items() for i in items]


def library_entry(code: str) -> dict | None:
    return next((i for i in library_indicators() if i["code"] == code), None)


def pictograms() -> set[str]:
    """Names of the shipped pictograms (resources/pictograms/NAME.svg)."""
    return {p.stem for p in (resources_dir() / "pictograms").glob("*.svg")}


def pictogram(name: str) -> Path | None:
    """The SVG file of a pictogram, shared by screen and paper; None for a custom indicator
    (no name) or a name we do not ship."""
    if not name or not _PICTOGRAM_NAME.fullmatch(name) or name not in pictograms():
        return None
    return resource("pictograms", f"{name}.svg")
