"""A renamed or missing module is an error, never a quiet placeholder page or a lost menu.

The window's feature families, the step pages and the command families used to be imported by
name with ModuleNotFoundError swallowed: renaming print_centre.py gave a window without a print
menu and no error anywhere. These tests fail on that pattern and on its effects."""

from __future__ import annotations

import argparse
import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = [ROOT / "scorecard_app", ROOT / "sync" / "scorecard_sync"]

# (file, the module whose absence is a real, handled case, and why)
ALLOWED = {
    # a Qt build without print support: the PDF opens in the system viewer, which prints it
    ("scorecard_app/gui/print_centre.py", "PySide6.QtPrintSupport"),
}

SWALLOWED = {"ImportError", "ModuleNotFoundError"}


def _caught(handler: ast.ExceptHandler) -> set[str]:
    t = handler.type
    names = t.elts if isinstance(t, ast.Tuple) else [t] if t is not None else []
    return {n.id for n in names if isinstance(n, ast.Name)} | ({"*"} if t is None else set())


def _imported_in(body: list[ast.stmt]) -> set[str]:
    out = set()
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.ImportFrom) and node.module:
                out.add(node.module)
            elif isinstance(node, ast.Import):
                out |= {a.name for a in node.names}
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
                out.add("<by name>")
    return out


def swallowed_imports() -> list[tuple[str, str]]:
    found = []
    for top in SHIPPED:
        for f in sorted(top.rglob("*.py")):
            rel = f.relative_to(ROOT).as_posix()
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Try):
                    continue
                if any(_caught(h) & SWALLOWED for h in node.handlers):
                    found += [(rel, m) for m in sorted(_imported_in(node.body)) or ["?"]]
    return found


def test_no_import_error_is_swallowed():
    unexpected = [hit for hit in swallowed_imports() if hit not in ALLOWED]
    assert unexpected == [], f"an import that may fail silently: {unexpected}"


def test_the_scan_sees_the_old_pattern(tmp_path, monkeypatch):
    """The scan itself: the fallback that hid a renamed module is found."""
    pkg = tmp_path / "scorecard_app"
    pkg.mkdir()
    (pkg / "old.py").write_text(
        "import importlib\n"
        "def optional_module(name):\n"
        "    try:\n"
        "        return importlib.import_module(name)\n"
        "    except ModuleNotFoundError:\n"
        "        return None\n"
    )
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    monkeypatch.setattr(__import__(__name__), "SHIPPED", [pkg])
    assert swallowed_imports() == [("scorecard_app/old.py", "<by name>")]


def test_every_command_family_is_on_the_command_line():
    """Each module of scorecard_app/commands with register() adds its commands to `scorecard`."""
    from scorecard_app.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    families = [
        f.stem
        for f in (ROOT / "scorecard_app" / "commands").glob("*.py")
        if "def register(" in f.read_text(encoding="utf-8")
    ]
    assert len(families) >= 4, families
    for name in families:
        probe = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"scorecard_app.commands.{name}").register(probe)
        missing = set(probe.choices) - set(sub.choices)
        assert probe.choices and not missing, f"commands of {name} missing from `scorecard`"


@pytest.mark.parametrize("name", ["print_centre", "sync_panel", "export_data"])
def test_a_missing_window_module_stops_the_start(name):
    """With a feature module gone, importing the window fails loudly (a fresh interpreter)."""
    code = (
        "import sys, importlib.abc\n"
        "class Gone(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, fullname, path, target=None):\n"
        f"        if fullname == 'scorecard_app.gui.{name}':\n"
        "            raise ModuleNotFoundError(fullname, name=fullname)\n"
        "sys.meta_path.insert(0, Gone())\n"
        "import scorecard_app.gui.main_window\n"
    )
    pytest.importorskip("PySide6")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode != 0
    last = p.stderr.splitlines()[-1]  # ImportError or its ModuleNotFoundError, naming the module
    assert last.split(":")[0] in ("ImportError", "ModuleNotFoundError") and name in last, last
