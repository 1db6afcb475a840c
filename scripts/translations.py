"""Keep the translation catalogues in step with the code and compile them.

    python scripts/translations.py           # extract every family with pyside6-lupdate (new
                                             # strings arrive unfinished), compile each .ts to .qm
    python scripts/translations.py --check   # say what is missing, unfinished, stale or hidden
                                             # from lupdate; exit 1 if anything is
    python scripts/translations.py --resolve # after `git merge`: each conflicted catalogue
                                             # becomes both sides' entries, then as above

The `.ts` catalogues are the only place a translation lives: translators edit them in Qt Linguist
(`pyside6-linguist`) and this script never writes a translation, it only lets lupdate merge new
and vanished source strings. Families (resources/translations/<family>_<lang>.ts):
  scorecard  the GUI: scorecard_app/gui, the Designer forms in ui/, the sync client's sentences;
  common     core, printables, store and command errors, CLI messages;
  library    the indicator library (resources/library/indicators.json, context "Library");
  dashboard  the head-office pages (sync/scorecard_sync/dashboard, context "Dashboard");
  scorecard_en  English plural forms only ("1 group", "2 groups" for "%n group(s)").
The library and the dashboard are data and Jinja templates, which lupdate cannot read: their
strings are written into a throw-away Python file of QT_TRANSLATE_NOOP calls that lupdate reads
like any other source, so every family is merged by lupdate the same way.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scorecard_app.assets import resource  # noqa: E402
from scorecard_app.i18n.catalog import translations_dir  # noqa: E402
from scorecard_app.i18n.languages import DEFAULT_LANGUAGE, TRANSLATED, language  # noqa: E402

TRANSLATIONS = translations_dir()
LIBRARY_CONTEXT = "Library"
DASHBOARD_CONTEXT = "Dashboard"
DASHBOARD_I18N = Path("sync") / "scorecard_sync" / "dashboard" / "i18n.py"
STALE = ("obsolete", "vanished")
# core.text.message(context, template) returns a Message; lupdate reads it as QT_TRANSLATE_NOOP.
MESSAGE_MARKER = "message"


def library_texts() -> list[str]:
    lib = json.loads(resource("library", "indicators.json").read_text(encoding="utf-8"))
    seen: dict[str, None] = {}
    for items in lib["sectors"].values():
        for item in items:
            seen.setdefault(item["text"], None)
    return list(seen)


def dashboard_texts(root: Path = ROOT) -> list[str]:
    """Every string the dashboard marks (its own module reads its templates and Python)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dashboard_i18n", root / DASHBOARD_I18N)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return sorted(mod.marked_strings())


@dataclass(frozen=True)
class Family:
    name: str
    sources: tuple[str, ...] = ()  # files and folders lupdate reads, relative to ROOT
    # (context, text) pairs lupdate cannot find in code, read from the tree at the given root
    data: Callable[[Path], Iterable[tuple[str, str]]] | None = None
    plurals_only: bool = False
    languages: tuple[str, ...] = TRANSLATED

    def catalogues(self, folder: Path = TRANSLATIONS) -> list[Path]:
        return [folder / f"{self.name}_{lang}.ts" for lang in self.languages]


# The sync client's sentences are shown by the GUI (context "Sync"); `ui` holds Designer forms.
GUI_SOURCES = ("scorecard_app/gui", "ui", "scorecard_app/sync_client/errors.py")
FAMILIES = (
    Family("scorecard", GUI_SOURCES),
    Family(
        "common",
        (
            "scorecard_app/core",
            "scorecard_app/reports",
            "scorecard_app/store",
            "scorecard_app/commands",
            "scorecard_app/cli.py",
        ),
    ),
    Family("library", data=lambda root: ((LIBRARY_CONTEXT, t) for t in library_texts())),
    Family("dashboard", data=lambda root: ((DASHBOARD_CONTEXT, t) for t in dashboard_texts(root))),
    Family("scorecard", GUI_SOURCES, plurals_only=True, languages=(DEFAULT_LANGUAGE,)),
)
EN_PLURALS = TRANSLATIONS / f"scorecard_{DEFAULT_LANGUAGE}.ts"
# English forms the "(s)" rule gets wrong: (one, many) by source text.
EN_IRREGULAR = {
    "{name}{kind} (%n people)": ("{name}{kind} (%n person)", "{name}{kind} (%n people)"),
}


def _tool(name: str) -> str:
    """pyside6-lupdate/lrelease from the running interpreter's environment, else from PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment.")
    return found


# ---------------------------------------------------------------- reading a catalogue
def entries(ts: Path, stale: bool = False) -> dict[tuple[str, str], dict]:
    """(context, source) -> {"numerus", "type", "forms"} for every live entry (only the
    obsolete and vanished ones when `stale`)."""
    out: dict[tuple[str, str], dict] = {}
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if (kind in STALE) != stale:
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            if tr is not None and not forms:
                forms = [tr.text or ""]
            out[(name, msg.findtext("source") or "")] = {
                "numerus": msg.get("numerus") == "yes",
                "type": kind,
                "forms": forms,
            }
    return out


def unfinished(ts: Path) -> list[str]:
    """Source texts still waiting for a translation (marked unfinished or left empty)."""
    return [
        f"{ctx}: {src}"
        for (ctx, src), e in entries(ts).items()
        if e["type"] == "unfinished" or not all(f.strip() for f in e["forms"])
    ]


def ts_language(ts: Path) -> str:
    return ET.parse(ts).getroot().get("language") or ""


def lang_of(ts: Path) -> str:
    return ts.stem.rsplit("_", 1)[1]


# ---------------------------------------------------------------- extraction
def _stub(family: Family, folder: Path, root: Path) -> Path:
    """The family's data strings as a Python file lupdate reads."""
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(ctx, ensure_ascii=False)}, "
        f"{json.dumps(text, ensure_ascii=False)})"
        for ctx, text in family.data(root)
    ]
    path = folder / f"{family.name}_strings.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _new_catalogue(ts: Path) -> None:
    """An empty catalogue whose language comes from the language table."""
    target = language(lang_of(ts)).lupdate_language
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{target}"></TS>\n',
        encoding="utf-8",
    )


def lupdate(family: Family, ts_files: list[Path], root: Path = ROOT) -> None:
    """Merge the family's strings into its catalogues: new ones unfinished, gone ones dropped."""
    for ts in ts_files:
        if not ts.exists():
            _new_catalogue(ts)
    with tempfile.TemporaryDirectory() as tmp:
        if family.data is not None:
            sources, locations = [str(_stub(family, Path(tmp), root))], "none"
        else:
            sources = [d for d in family.sources if (root / d).exists()]
            locations = "relative"
        cmd = [_tool("pyside6-lupdate"), "-extensions", "py,ui", *sources]
        cmd += ["-tr-function-alias", f"QT_TRANSLATE_NOOP+={MESSAGE_MARKER}"]
        if family.plurals_only:
            cmd.append("-pluralonly")
        cmd += ["-no-obsolete", "-locations", locations, "-ts", *map(str, ts_files)]
        subprocess.run(cmd, cwd=root, check=True, capture_output=True, text=True)


def english_forms(source: str) -> list[str]:
    """ "%n group(s)" -> ["%n group", "%n groups"]; "%n thing(s) are" -> "%n thing is"."""
    if source in EN_IRREGULAR:
        return list(EN_IRREGULAR[source])
    one = source.replace("(s) are ", " is ").replace("(s)", "")
    return [one, source.replace("(s)", "s")]


def fill_english_plurals(ts: Path) -> int:
    """English is the source language: its plural forms follow from the "(s)" in the source,
    so they are written here, never by hand. Forms already there are kept."""
    tree = ET.parse(ts)
    filled = 0
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in STALE:
            continue
        forms = tr.findall("numerusform")
        if forms and all((f.text or "").strip() for f in forms):
            continue
        for f in forms:
            tr.remove(f)
        for text in english_forms(msg.findtext("source") or ""):
            ET.SubElement(tr, "numerusform").text = text
        tr.attrib.pop("type", None)
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def all_catalogues(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob("*_*.ts"))


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for family in FAMILIES:
        lupdate(family, family.catalogues())
    if fill_english_plurals(EN_PLURALS):
        lupdate(FAMILIES[-1], [EN_PLURALS])  # back to lupdate's own layout
    for ts in all_catalogues():
        lrelease(ts, ts.with_suffix(".qm"))
    for ts in all_catalogues():
        left = unfinished(ts)
        if left:
            print(f"{ts.name}: {len(left)} unfinished — translate them in Qt Linguist")


# ---------------------------------------------------------------- strings lupdate cannot see
MARKERS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP", MESSAGE_MARKER}
# Run-time look-ups given a written-out (context, text): the pair must be marked somewhere.
LOOKUPS = {"translate", "tr_core", "t", "vocab"}
ERROR_ROOTS = ("UserError", "SyncError")


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _family_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for family in FAMILIES:
        for src in family.sources:
            p = root / src
            files += sorted(p.rglob("*.py")) if p.is_dir() else [p] if p.exists() else []
    return list(dict.fromkeys(files))


def _error_classes(trees: Iterable[ast.AST]) -> set[str]:
    """Names of the classes that say a translatable sentence to the user: UserError (core.text)
    and SyncError, and every class derived from them, found in the code."""
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    found = set(ERROR_ROOTS)
    while True:
        more = {
            c.name
            for c in classes
            if any(isinstance(b, ast.Name) and b.id in found for b in c.bases)
        }
        if more <= found:
            return found
        found |= more


def hidden_strings(extracted: set[tuple[str, str]], root: Path = ROOT) -> list[str]:
    """Strings lupdate cannot extract, or that never reach it:
    - a marker whose context or text is not written out (`QT_TRANSLATE_NOOP(_C, "…")`, or
      `message("Store", "…", id=5)`, which lupdate skips);
    - a look-up of a written-out pair that no catalogue holds (`translate("Scale", "Good")`
      with the marker missing);
    - an error for the user raised with an English sentence (`StoreError(f"No {x}.")`)."""
    problems = []
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _family_files(root)}
    errors = _error_classes(trees.values())
    for path, tree in trees.items():
        where = path.relative_to(root)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = fn.id if isinstance(fn, ast.Name) else getattr(fn, "attr", "")
            args = node.args
            marker = isinstance(fn, ast.Name) and name in MARKERS
            if marker and (len(args) != 2 or node.keywords or not all(map(_literal, args))):
                problems.append(
                    f"{where}:{node.lineno}: lupdate cannot read {name}(…): "
                    "write the context and the text out"
                )
            elif name in LOOKUPS and len(args) >= 2 and _literal(args[0]) and _literal(args[1]):
                pair = (args[0].value, args[1].value)
                if pair not in extracted:
                    problems.append(
                        f"{where}:{node.lineno}: {pair[0]}: {pair[1]!r} is looked up but never "
                        "marked: mark it with QT_TRANSLATE_NOOP"
                    )
            elif name in errors and args and isinstance(args[0], (ast.Constant, ast.JoinedStr)):
                problems.append(
                    f"{where}:{node.lineno}: {name}(…) says an English sentence: "
                    'give it message("Context", "…") and the values'
                )
    return problems


# ---------------------------------------------------------------- checking
def check(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[str]:
    """Every problem found, one plain sentence each; empty when all is in order.

    `folder` and `root` let a test check a copy of the catalogues and of the code."""
    problems: list[str] = []
    extracted: set[tuple[str, str]] = set()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        for i, family in enumerate(FAMILIES):
            fresh_dir = tmpdir / str(i)
            fresh_dir.mkdir()
            fresh = family.catalogues(fresh_dir)
            lupdate(family, fresh, root)
            for ts, new in zip(family.catalogues(folder), fresh, strict=True):
                want = set(entries(new))
                extracted |= want
                if not ts.exists():
                    problems.append(f"{ts.name} is missing: run `make translations`.")
                    continue
                have = set(entries(ts))
                for ctx, src in sorted(want - have):
                    problems.append(f"{ts.name}: not in the catalogue: {ctx}: {src!r}")
                for ctx, src in sorted(have - want):
                    problems.append(f"{ts.name}: no longer in the code: {ctx}: {src!r}")
                for ctx, src in sorted(entries(ts, stale=True)):
                    problems.append(f"{ts.name}: obsolete entry kept: {ctx}: {src!r}")
                wanted = language(lang_of(ts)).lupdate_language
                if ts_language(ts) != wanted:
                    problems.append(f"{ts.name}: language is {ts_language(ts)!r}, not {wanted!r}")
        for ts in all_catalogues(folder):
            for item in unfinished(ts):
                problems.append(f"{ts.name}: unfinished: {item}")
            qm = ts.with_suffix(".qm")
            if not qm.exists():
                problems.append(f"{qm.name} is missing: run `make translations`.")
                continue
            again = tmpdir / qm.name
            lrelease(ts, again)
            if again.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is older than {ts.name}: run `make translations`.")
    problems += hidden_strings(extracted, root)
    return problems


# ---------------------------------------------------------------- merging branches
def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", *STALE):
        return False
    forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
    return all(f.strip() for f in forms)


def union(ours: Path, theirs: Path, out: Path) -> list[str]:
    """Both sides' entries of one catalogue in `out` (what a merge of two branches wants):
    a finished translation beats an unfinished one; where both finished differently, ours is
    kept and the entry is named in the returned list. lupdate then drops what the merged code
    no longer has."""
    tree = ET.parse(ours)
    contexts = {c.findtext("name") or "": c for c in tree.getroot().iter("context")}
    mine = {
        (name, m.findtext("source") or ""): m
        for name, c in contexts.items()
        for m in c.iter("message")
    }
    differ = []
    for ctx in ET.parse(theirs).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "")
            have = mine.get(key)
            if have is None:
                if name not in contexts:
                    contexts[name] = ET.SubElement(tree.getroot(), "context")
                    ET.SubElement(contexts[name], "name").text = name
                contexts[name].append(msg)
                mine[key] = msg
            elif _finished(msg) and not _finished(have):
                parent = contexts[name]
                parent.insert(list(parent).index(have), msg)
                parent.remove(have)
                mine[key] = msg
            elif _finished(msg) and ET.tostring(msg.find("translation")) != ET.tostring(
                have.find("translation")
            ):
                differ.append(f"{out.name}: {name}: {key[1]!r} (kept ours)")
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return differ


def resolve_conflicts() -> list[str]:
    """After `git merge`: every conflicted catalogue becomes the union of both sides, then
    `update()` merges them with the code and recompiles every .qm (conflicted .qm included)."""
    listed = subprocess.run(
        ["git", "ls-files", "-u", "--", str(TRANSLATIONS)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    conflicted = sorted({line.split("\t", 1)[1] for line in listed if "\t" in line})
    differ = []
    with tempfile.TemporaryDirectory() as tmp:
        for rel in (r for r in conflicted if r.endswith(".ts")):
            sides = []
            for stage in (2, 3):
                side = Path(tmp) / f"{stage}.ts"
                blob = subprocess.run(
                    ["git", "show", f":{stage}:{rel}"], cwd=ROOT, check=True, capture_output=True
                ).stdout
                side.write_bytes(blob)
                sides.append(side)
            differ += union(sides[0], sides[1], ROOT / rel)
    update()
    return [f"merged both sides of {r}" for r in conflicted if r.endswith(".ts")] + differ


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="report stale or unfinished catalogues")
    p.add_argument(
        "--resolve",
        action="store_true",
        help="after a git merge: join both sides of each conflicted catalogue, then update",
    )
    args = p.parse_args(argv)
    if args.resolve:
        for line in resolve_conflicts():
            print(line)
        print("now `git add` the catalogues and run `make translations-check`")
        return 0
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        print("catalogues in order" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
