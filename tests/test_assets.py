"""The one resolver finds shipped files from a checkout, an installed wheel and a frozen app."""

import subprocess
import sys
import zipfile
from pathlib import Path

from scorecard_app import assets

ROOT = Path(__file__).resolve().parents[1]


def test_library_has_four_sectors_with_stable_unique_codes():
    lib = assets.indicator_library()["sectors"]
    assert set(lib) == {"health", "school", "water", "admin"}
    codes = [i["code"] for items in lib.values() for i in items]
    assert len(codes) == len(set(codes))
    for items in lib.values():
        assert 10 <= len(items) <= 15
        assert all(i["text"] and i["pictogram"] for i in items)
    assert assets.library_entry("HC01")["text"] == "Waiting time before being seen"


def test_missing_resource_is_named(tmp_path):
    try:
        assets.resource("nope", "missing.json")
    except FileNotFoundError as e:
        assert "nope/missing.json" in str(e)
    else:
        raise AssertionError("expected FileNotFoundError")


def test_resolver_works_from_an_installed_wheel(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
    wheel = next(tmp_path.glob("scorecard_app-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        assert "scorecard_app/resources/library/indicators.json" in z.namelist()
        z.extractall(site)
    # a font, a compiled catalogue and the library, read through the resolver from the wheel
    code = (
        "import scorecard_app.assets as a\n"
        "from scorecard_app.i18n import translate\n"
        "print(a.resources_dir())\n"
        "print(len(a.library_indicators()))\n"
        "print(a.resource('fonts', 'DejaVuSans.ttf').read_bytes()[:4].hex())\n"
        "print(translate('Printables', 'Score sheet', 'vi'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    where, count, font, title = out.stdout.strip().split("\n")
    assert where.startswith(str(site)) and int(count) >= 40
    assert font == "00010000"  # a TrueType font
    assert title and title != "Score sheet"  # the Vietnamese catalogue was read


def test_resolver_works_in_a_frozen_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle" / "scorecard_app" / "resources" / "library"
    bundle.mkdir(parents=True)
    (bundle / "indicators.json").write_text('{"version": 1, "sectors": {}}')
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert assets.resource("library", "indicators.json") == bundle / "indicators.json"
