"""The compiled Qt Designer forms stay in step with ui/: `scripts/forms.py --check` (run by
`make test`) fails naming a form whose .ui was edited without `make forms`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = Path("scorecard_app") / "gui" / "forms"


def _check(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "forms.py"), "--check", "--root", str(root)],
        capture_output=True,
        text=True,
    )


def _copy_of_the_forms(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "ui", tmp_path / "ui")
    shutil.copytree(ROOT / FORMS, tmp_path / FORMS)
    return tmp_path


def test_the_committed_forms_are_fresh():
    done = _check(ROOT)
    assert done.returncode == 0, done.stderr
    assert sorted(p.stem for p in (ROOT / "ui").glob("*.ui")) == sorted(
        p.stem[3:] for p in (ROOT / FORMS).glob("ui_*.py")
    )


def test_an_edited_ui_file_fails_the_check_naming_its_form(tmp_path):
    root = _copy_of_the_forms(tmp_path)
    ui = root / "ui" / "setup.ui"
    ui.write_text(ui.read_text().replace("Dates of each step", "Dates of every step"))
    done = _check(root)
    assert done.returncode == 1
    assert "scorecard_app/gui/forms/ui_setup.py is stale" in done.stderr
    assert "ui_cycle_setup.py" not in done.stderr  # the untouched ones are fresh

    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "forms.py"), "--root", str(root)], check=True
    )
    assert _check(root).returncode == 0
    assert "Dates of every step" in (root / FORMS / "ui_setup.py").read_text()


def test_a_missing_or_orphaned_compiled_form_fails_the_check(tmp_path):
    root = _copy_of_the_forms(tmp_path)
    (root / FORMS / "ui_setup.py").unlink()
    shutil.copy(root / FORMS / "ui_cycle_setup.py", root / FORMS / "ui_gone.py")
    done = _check(root)
    assert done.returncode == 1
    assert "ui_setup.py is missing" in done.stderr
    assert "ui_gone.py has no ui/gone.ui" in done.stderr
