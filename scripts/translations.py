"""Keep the translation catalogues in step with the code and compile them.

    python scripts/translations.py           # extract GUI strings, refresh the library catalogues,
                                             # compile every .ts into a .qm next to it
    python scripts/translations.py --check   # say what is stale or unfinished; exit 1 if anything
    python scripts/translations.py --remember  # store every finished GUI translation in the memory

Catalogues (resources/translations/<family>_<lang>.ts):
  scorecard_<lang>  the GUI, extracted by pyside6-lupdate from scorecard_app/gui (and ui/);
  library_<lang>    the indicator library, generated here from resources/library/indicators.json;
  common_<lang>     core + printables, kept by their own extraction (only compiled and checked
                    for unfinished entries here);
  scorecard_en      English plural forms only ("1 group", "2 groups" for "%n group(s)"),
                    extracted with lupdate -pluralonly and filled by the English rule below;
  dashboard_<lang>  the head-office dashboard (sync/scorecard_sync/dashboard), context "Dashboard":
                    every string its templates and Python mark (see its i18n.marked_strings).

scripts/translation_memory.json keeps GUI translations by (context, source): an entry that lupdate
adds as new (a class renamed, a module merged from another branch) is filled from it, so a
translation is written once. It also holds translations prepared for GUI modules that live on
other branches until they are merged (the print centre, the sync panel).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scorecard_app.i18n.languages import TRANSLATED  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
LIBRARY_JSON = ROOT / "resources" / "library" / "indicators.json"
# The sync error sentences are shown by the GUI too (context "Sync").
GUI_SOURCES = ("scorecard_app/gui", "ui", "scorecard_app/sync_client/errors.py")
LIBRARY_CONTEXT = "Library"
DASHBOARD_CONTEXT = "Dashboard"
DASHBOARD_I18N = ROOT / "sync" / "scorecard_sync" / "dashboard" / "i18n.py"
MEMORY = ROOT / "scripts" / "translation_memory.json"
_SEP = "\u0004"  # between context and source in the memory's keys, as in Qt's own catalogues
QT_LOCALE = {"vi": "vi_VN", "et": "et_EE", "mk": "mk_MK", "he": "he_IL", "lv": "lv_LV"}


def _tool(name: str) -> str:
    """pyside6-lupdate/lrelease from the running interpreter's environment, else from PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment.")
    return found


def gui_catalogues() -> list[Path]:
    return [TRANSLATIONS / f"scorecard_{lang}.ts" for lang in TRANSLATED]


EN_PLURALS = TRANSLATIONS / "scorecard_en.ts"
# English forms the "(s)" rule gets wrong: (one, many) by source text.
EN_IRREGULAR = {
    "{name}{kind} (%n people)": ("{name}{kind} (%n person)", "{name}{kind} (%n people)"),
}


def english_forms(source: str) -> list[str]:
    """ "%n group(s)" -> ["%n group", "%n groups"]; "%n thing(s) are" -> "%n thing is"."""
    if source in EN_IRREGULAR:
        return list(EN_IRREGULAR[source])
    one = source.replace("(s) are ", " is ").replace("(s)", "")
    return [one, source.replace("(s)", "s")]


def fill_english_plurals(ts: Path) -> int:
    """Fill the empty English plural forms by english_forms(); hand-written ones are kept."""
    tree = ET.parse(ts)
    filled = 0
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("obsolete", "vanished"):
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


def library_catalogues() -> list[Path]:
    return [TRANSLATIONS / f"library_{lang}.ts" for lang in TRANSLATED]


# ---------------------------------------------------------------- reading a catalogue
def entries(ts: Path) -> dict[tuple[str, str], dict]:
    """(context, source) -> {"numerus", "type", "forms"} for every live (not obsolete) entry."""
    out: dict[tuple[str, str], dict] = {}
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
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


# ---------------------------------------------------------------- extraction
def gui_source_dirs() -> list[str]:
    return [d for d in GUI_SOURCES if (ROOT / d).exists()]


def lupdate(ts_files: Iterable[Path], plurals_only: bool = False) -> None:
    cmd = [_tool("pyside6-lupdate"), "-extensions", "py,ui", *gui_source_dirs()]
    if plurals_only:
        cmd += ["-pluralonly", "-target-language", "en"]
    cmd += ["-no-obsolete", "-locations", "relative", "-ts", *map(str, ts_files)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)


def library_texts() -> list[str]:
    import json

    lib = json.loads(LIBRARY_JSON.read_text(encoding="utf-8"))
    seen: dict[str, None] = {}
    for items in lib["sectors"].values():
        for item in items:
            seen.setdefault(item["text"], None)
    return list(seen)


def write_library_catalogue(lang: str, path: Path | None = None) -> Path:
    """library_<lang>.ts holding every library text; translations already made are kept."""
    path = path or TRANSLATIONS / f"library_{lang}.ts"
    old = entries(path) if path.exists() else {}
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{QT_LOCALE[lang]}">',
        "<context>",
        f"    <name>{LIBRARY_CONTEXT}</name>",
    ]
    for text in library_texts():
        e = old.get((LIBRARY_CONTEXT, text))
        done = e is not None and e["type"] != "unfinished" and e["forms"][0].strip()
        lines += ["    <message>", f"        <source>{escape(text)}</source>"]
        if done:
            lines.append(f"        <translation>{escape(e['forms'][0])}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def dashboard_catalogues() -> list[Path]:
    return [TRANSLATIONS / f"dashboard_{lang}.ts" for lang in TRANSLATED]


def dashboard_texts() -> list[str]:
    """Every string the dashboard marks (its own module reads its templates and Python)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dashboard_i18n", DASHBOARD_I18N)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return sorted(mod.marked_strings())


def write_dashboard_catalogue(
    lang: str, path: Path | None = None, known: dict[str, str] | None = None
) -> Path:
    """dashboard_<lang>.ts holding every marked dashboard string; translations already made
    (or given in `known`) are kept, new strings are left unfinished for a translator."""
    path = path or TRANSLATIONS / f"dashboard_{lang}.ts"
    old = entries(path) if path.exists() else {}
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{QT_LOCALE[lang]}">',
        "<context>",
        f"    <name>{DASHBOARD_CONTEXT}</name>",
    ]
    for text in dashboard_texts():
        e = old.get((DASHBOARD_CONTEXT, text))
        done = (known or {}).get(text)
        if not done and e is not None and e["type"] != "unfinished" and e["forms"][0].strip():
            done = e["forms"][0]
        lines += ["    <message>", f"        <source>{escape(text)}</source>"]
        if done:
            lines.append(f"        <translation>{escape(done)}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def all_catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*_*.ts"))


def load_memory() -> dict[str, dict[str, str | list[str]]]:
    import json

    return json.loads(MEMORY.read_text(encoding="utf-8")) if MEMORY.exists() else {}


def fill_from_memory(ts: Path, lang: str, memory: dict) -> int:
    """Give unfinished entries of a catalogue their remembered translation; returns how many."""
    known = memory.get(lang, {})
    # A source remembered under other contexts, always translated the same way, is reused.
    by_source: dict[str, set] = {}
    for key, value in known.items():
        src = key.split(_SEP, 1)[1]
        by_source.setdefault(src, set()).add(tuple(value) if isinstance(value, list) else value)
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = msg.findtext("source") or ""
            value = known.get(f"{name}{_SEP}{source}")
            if value is None and len(by_source.get(source, ())) == 1:
                (only,) = by_source[source]
                value = list(only) if isinstance(only, tuple) else only
            if value is None:
                continue
            forms = tr.findall("numerusform")
            if forms:
                values = value if isinstance(value, list) else [value]
                for i, f in enumerate(forms):
                    f.text = values[min(i, len(values) - 1)]
            else:
                tr.text = value if isinstance(value, str) else value[0]
            del tr.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def remember() -> int:
    """Add every finished GUI translation to the memory (new values win); returns the count."""
    import json

    memory = load_memory()
    count = 0
    for lang, ts in zip(TRANSLATED, gui_catalogues(), strict=True):
        if not ts.exists():
            continue
        known = memory.setdefault(lang, {})
        for (ctx, src), e in entries(ts).items():
            if e["type"] == "unfinished" or not all(f.strip() for f in e["forms"]):
                continue
            known[f"{ctx}{_SEP}{src}"] = e["forms"] if e["numerus"] else e["forms"][0]
            count += 1
    for lang in memory:
        memory[lang] = dict(sorted(memory[lang].items()))
    MEMORY.write_text(json.dumps(memory, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return count


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(gui_catalogues())
    memory = load_memory()
    if sum(
        fill_from_memory(ts, lang, memory)
        for lang, ts in zip(TRANSLATED, gui_catalogues(), strict=True)
    ):
        lupdate(gui_catalogues())  # back to lupdate's own layout
    lupdate([EN_PLURALS], plurals_only=True)
    if fill_english_plurals(EN_PLURALS):
        lupdate([EN_PLURALS], plurals_only=True)
    for lang in TRANSLATED:
        write_library_catalogue(lang)
        write_dashboard_catalogue(lang)
    for ts in all_catalogues():
        lrelease(ts, ts.with_suffix(".qm"))
    for ts in all_catalogues():
        left = unfinished(ts)
        if left:
            print(f"{ts.name}: {len(left)} unfinished")


# ---------------------------------------------------------------- checking
def _sources(path: Path) -> set[tuple[str, str]]:
    return set(entries(path))


def check() -> list[str]:
    """Every problem found, one plain sentence each; empty when all is in order."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        fresh = [tmpdir / ts.name for ts in gui_catalogues()]
        lupdate(fresh)
        for ts, new in zip(gui_catalogues(), fresh, strict=True):
            if not ts.exists():
                problems.append(f"{ts.name} is missing: run `make translations`.")
                continue
            want, have = _sources(new), _sources(ts)
            for ctx, src in sorted(want - have):
                problems.append(f"{ts.name}: not extracted yet: {ctx}: {src!r}")
            for ctx, src in sorted(have - want):
                problems.append(f"{ts.name}: no longer in the code: {ctx}: {src!r}")
        fresh_en = tmpdir / EN_PLURALS.name
        lupdate([fresh_en], plurals_only=True)
        if not EN_PLURALS.exists():
            problems.append(f"{EN_PLURALS.name} is missing: run `make translations`.")
        else:
            want, have = _sources(fresh_en), _sources(EN_PLURALS)
            for ctx, src in sorted(want - have):
                problems.append(f"{EN_PLURALS.name}: plural not extracted yet: {ctx}: {src!r}")
            for ctx, src in sorted(have - want):
                problems.append(f"{EN_PLURALS.name}: no longer in the code: {ctx}: {src!r}")
        want_lib = {(LIBRARY_CONTEXT, t) for t in library_texts()}
        for ts in library_catalogues():
            if not ts.exists():
                problems.append(f"{ts.name} is missing: run `make translations`.")
                continue
            have = _sources(ts)
            for _ctx, src in sorted(want_lib - have):
                problems.append(f"{ts.name}: library text not in the catalogue: {src!r}")
            for _ctx, src in sorted(have - want_lib):
                problems.append(f"{ts.name}: no longer in the library: {src!r}")
        want_dash = {(DASHBOARD_CONTEXT, t) for t in dashboard_texts()}
        for ts in dashboard_catalogues():
            if not ts.exists():
                problems.append(f"{ts.name} is missing: run `make translations`.")
                continue
            have = _sources(ts)
            for _ctx, src in sorted(want_dash - have):
                problems.append(f"{ts.name}: dashboard text not in the catalogue: {src!r}")
            for _ctx, src in sorted(have - want_dash):
                problems.append(f"{ts.name}: no longer on the dashboard: {src!r}")
        for ts in all_catalogues():
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
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="report stale or unfinished catalogues")
    p.add_argument("--remember", action="store_true", help="store finished GUI translations")
    args = p.parse_args(argv)
    if args.remember:
        print(f"{remember()} translations remembered in {MEMORY.name}")
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
