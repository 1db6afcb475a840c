"""The house rules, checked: core is standard library only, Qt lives only in gui, the server
never imports the app, SQL only in store."""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "scorecard_app"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: stays inside our package
                out.add("." * node.level + (node.module or ""))
            elif node.module:
                out.add(node.module.split(".")[0])
    return out


def test_core_imports_only_the_standard_library():
    for f in (APP / "core").rglob("*.py"):
        for name in imports_of(f):
            if name.startswith("."):
                assert not name.startswith(".."), f"{f.name} reaches outside core: {name}"
                continue
            assert name in sys.stdlib_module_names or name == "__future__", (
                f"{f.name} imports {name}"
            )


def test_only_gui_imports_pyside6():
    offenders = [
        str(f.relative_to(ROOT))
        for f in APP.rglob("*.py")
        if "PySide6" in imports_of(f) and (APP / "gui") not in f.parents
    ]
    assert offenders == []


def test_server_never_imports_the_app():
    server = ROOT / "sync"
    if not server.exists():
        return
    offenders = [str(f) for f in server.rglob("*.py") if "scorecard_app" in imports_of(f)]
    assert offenders == []


def test_sql_is_only_executed_in_store():
    offenders = []
    for f in APP.rglob("*.py"):
        if (APP / "store") in f.parents:
            continue
        text = f.read_text(encoding="utf-8")
        if ".execute(" in text or "executescript(" in text:
            offenders.append(str(f.relative_to(ROOT)))
    assert offenders == []


def test_importing_core_and_store_does_not_load_qt():
    import subprocess

    code = "import sys, scorecard_app.store, scorecard_app.core.checks, scorecard_app.cli; print('PySide6' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "False"
