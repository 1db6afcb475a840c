"""Head office installs the server from two wheels (`make server-wheel`): the Qt-free app and
scorecard-sync. In a fresh venv they pull in no Qt, and both commands run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_server_wheels_install_without_qt(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(ROOT), str(ROOT / "sync")],
        check=True, capture_output=True, cwd=tmp_path,
    )  # fmt: skip
    built = sorted(p.name.split("-")[0] for p in wheels.glob("*.whl"))
    assert built == ["scorecard_app", "scorecard_sync"]

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    r = subprocess.run(
        [str(py), "-m", "pip", "install", "-q", *map(str, wheels.glob("*.whl"))],
        capture_output=True, text=True,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-2000:]

    names = subprocess.run(
        [str(py), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True
    ).stdout.lower()
    assert "scorecard-sync==" in names and "scorecard-app==" in names
    assert "pyside6" not in names and "shiboken6" not in names

    help_ = subprocess.run([str(venv / "bin" / "scorecard-sync"), "--help"], capture_output=True)
    assert help_.returncode == 0 and b"serve" in help_.stdout
    # The Qt-free app's headless commands work there too (the window needs the `gui` extra).
    version = subprocess.run([str(venv / "bin" / "scorecard"), "--version"], capture_output=True)
    assert version.returncode == 0 and version.stdout.startswith(b"scorecard ")
    # Its resources (the top-level resources/, installed as scorecard_app.resources: fonts,
    # catalogues, pictograms) are inside the wheel, and svglib draws a pictogram there.
    probe = (
        "from reportlab.pdfgen.canvas import Canvas\n"
        "from scorecard_app.assets import resource\n"
        "from scorecard_app.i18n import translate\n"
        "from scorecard_app.reports.pictograms import draw_pictogram\n"
        "print(resource('fonts', 'DejaVuSans.ttf'))\n"
        "print(translate('Printables', 'Score sheet', 'vi'))\n"
        "c = Canvas('p.pdf'); print(draw_pictogram(c, 'clock', 0, 0, 40)); c.save()\n"
    )
    out = subprocess.run([str(py), "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    font, title, drawn = out.stdout.strip().split("\n")
    assert font.startswith(str(venv)) and title != "Score sheet" and drawn == "True"
