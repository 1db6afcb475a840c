"""The house rules, checked: core is standard library only, Qt lives only in gui, the server
uses only the Qt-free parts of the app, SQL only in store."""

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


# The server may use the Qt-free method, printables, i18n, the one wire module and the open-data
# package writer; never the
# laptop's window, its database or its sync client.
SERVER_MAY_USE = {"core", "i18n", "reports", "wire", "assets", "opendata"}


def app_modules_imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "scorecard_app":
                out.add(parts[1] if len(parts) > 1 else "")
    return out


def test_server_uses_only_the_qt_free_parts_of_the_app():
    server = ROOT / "sync"
    offenders = [
        f"{f}: {sorted(bad)}"
        for f in server.rglob("*.py")
        if (bad := app_modules_imported(f) - SERVER_MAY_USE)
    ]
    assert offenders == []


def test_the_running_server_loads_only_the_qt_free_parts_of_the_app():
    """The same rule at run time: import every server module, then look at what got loaded."""
    import subprocess

    code = (
        "import sys, pkgutil, importlib, scorecard_sync\n"
        "for m in pkgutil.walk_packages(scorecard_sync.__path__, 'scorecard_sync.'):\n"
        "    if 'migrations' not in m.name and m.name != 'scorecard_sync.__main__':\n"
        "        importlib.import_module(m.name)\n"
        f"ok = {sorted(SERVER_MAY_USE)!r}\n"
        "bad = [n for n in sys.modules if n.split('.')[0] == 'PySide6' or (\n"
        "    n.startswith('scorecard_app.') and n.split('.')[1] not in ok)]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_server_package_never_installs_qt():
    import tomllib

    for toml in (ROOT / "pyproject.toml", ROOT / "sync" / "pyproject.toml"):
        deps = tomllib.loads(toml.read_text())["project"]["dependencies"]
        assert not [d for d in deps if "pyside" in d.lower()], f"{toml}: Qt in the base install"


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
