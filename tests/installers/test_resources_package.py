"""The top-level resources/ installs as scorecard_app.resources (pyproject.toml's package-dir).
Since that mapping rules out automatic discovery, pyproject.toml lists the packages: a folder of
scorecard_app left out of that list would be missing from every wheel, so this test names it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from scorecard_app import assets

ROOT = Path(__file__).resolve().parents[2]


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]


def test_every_package_folder_is_listed_for_the_wheel():
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "scorecard_app").rglob("__init__.py")
    }
    listed = set(_setuptools()["packages"])
    missing = sorted(on_disk - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    assert listed - on_disk == {"scorecard_app.resources"}


def test_resources_package_is_the_top_level_folder():
    assert _setuptools()["package-dir"] == {"scorecard_app.resources": "resources"}
    # the editable install of `make venv` resolves to the folder in the checkout
    assert assets.resources_dir() == ROOT / "resources"
    assert assets.resource("fonts", "LICENSE-DejaVu.txt").is_file()
    assert not (ROOT / "scorecard_app" / "resources").exists()
