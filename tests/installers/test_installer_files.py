"""The committed installer definitions: what desktops and software centres read, checked with
their own validators, and the icons each platform asks for."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
DESKTOP = LINUX / "org.scorecard.Scorecard.desktop"
METAINFO = LINUX / "org.scorecard.Scorecard.metainfo.xml"


def need(tool: str) -> str:
    exe = shutil.which(tool)
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} missing: .ci/run installs it")
        pytest.skip(f"{tool} missing")
    return exe


def test_desktop_file_is_valid_and_registers_the_link_handler():
    r = subprocess.run(
        [need("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert r.returncode == 0 and r.stdout == "", r.stdout + r.stderr
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert "x-scheme-handler/scorecard" in d["MimeType"].split(";")
    assert d["Exec"] == "scorecard %u"  # the clicked link arrives as the only argument
    assert d["Icon"] == DESKTOP.stem
    for lang in ("vi", "et", "mk", "he", "lv"):
        assert d[f"Comment[{lang}]"] != d["Comment"]


def test_appstream_metainfo_is_valid():
    r = subprocess.run(
        [need("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    text = METAINFO.read_text(encoding="utf-8")
    assert f'<launchable type="desktop-id">{DESKTOP.name}</launchable>' in text


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_have_their_size(size):
    with Image.open(ICONS / f"scorecard-{size}.png") as im:
        assert im.size == (size, size) and im.mode == "RGBA"
        assert im.getpixel((size // 2, size // 2))[3] == 255  # drawn, not blank


def test_windows_and_macos_icons_hold_every_size():
    with Image.open(ICONS / "scorecard.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "scorecard.icns") as icns:
        sizes = {(w, h) for w, h, _scale in icns.info["sizes"]}
        assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)} <= sizes
