"""Compile the Qt Designer forms in ui/ into scorecard_app/gui/forms/ui_<name>.py.

    python scripts/forms.py           # compile every ui/*.ui (what `make forms` runs)
    python scripts/forms.py --check   # compile into a temp folder and compare; exit 1 naming every
                                      # compiled form that is stale, missing or left without a .ui

The compiled files are committed (the app and its installers need no uic at run time), so CI runs
the check: a .ui edited without `make forms` fails it. Each file is compiled with exactly
`pyside6-uic ui/<name>.ui -o scorecard_app/gui/forms/ui_<name>.py` from the repository's root, so
the header uic writes (the .ui's path, uic's version) is the same here and in the check.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = "ui"
FORMS_DIR = Path("scorecard_app") / "gui" / "forms"


def _uic() -> str:
    """pyside6-uic from the running interpreter's environment, else from PATH."""
    here = Path(sys.executable).parent / "pyside6-uic"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 into this environment.")
    return found


def ui_files(root: Path = ROOT) -> list[Path]:
    return sorted((root / UI_DIR).glob("*.ui"))


def compiled_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def compile_form(ui: Path, out: Path, root: Path = ROOT) -> None:
    rel = ui.relative_to(root)
    done = subprocess.run(
        [_uic(), str(rel), "-o", str(out)], cwd=root, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {rel}: {done.stderr.strip()}")


def compile_all(root: Path = ROOT) -> list[Path]:
    forms = root / FORMS_DIR
    forms.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in ui_files(root):
        out = forms / compiled_name(ui)
        compile_form(ui, out, root)
        written.append(out)
    return written


def check(root: Path = ROOT) -> list[str]:
    """One line for each compiled form that does not match its .ui; empty when all are fresh."""
    problems = []
    forms = root / FORMS_DIR
    expected = set()
    with tempfile.TemporaryDirectory() as tmp:
        for ui in ui_files(root):
            name = compiled_name(ui)
            expected.add(name)
            fresh = Path(tmp) / name
            compile_form(ui, fresh, root)
            committed = forms / name
            rel = committed.relative_to(root)
            if not committed.exists():
                problems.append(f"{rel} is missing: run `make forms`")
            elif committed.read_bytes() != fresh.read_bytes():
                problems.append(f"{rel} is stale (ui/{ui.name} changed): run `make forms`")
    for stray in sorted(forms.glob("ui_*.py")):
        if stray.name not in expected:
            problems.append(f"{stray.relative_to(root)} has no ui/{stray.name[3:-3]}.ui: delete it")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on a stale compiled form")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.check:
        problems = check(root)
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    for out in compile_all(root):
        print(out.relative_to(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
