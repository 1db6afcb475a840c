"""The translation catalogues match the code, are complete, and their .qm files are current.

This is the CI gate of `make translations` (`make translations-check` runs the same check): it
re-extracts every family with pyside6-lupdate into a temporary copy and compares, and recompiles
every .ts to compare with the committed .qm. The tests on a copy of the tree prove the gate shuts:
a new untranslated string, a deleted or emptied translation, a stale entry and a string hidden
from lupdate each fail it.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

from scorecard_app.i18n.catalog import translations_dir

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("vi", "et", "mk", "he", "lv")


def _script():
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_catalogues_match_the_code_and_have_nothing_unfinished():
    problems = _script().check()
    assert not problems, "run `make translations` and translate:\n" + "\n".join(problems[:60])


def test_every_family_has_a_compiled_catalogue_for_the_five_languages():
    for family in ("scorecard", "common", "library", "dashboard"):
        for lang in LANGS:
            assert (translations_dir() / f"{family}_{lang}.qm").exists(), (family, lang)


def test_the_catalogues_language_comes_from_the_language_table():
    from scorecard_app.i18n.languages import language

    t = _script()
    for ts in t.all_catalogues():
        assert t.ts_language(ts) == language(t.lang_of(ts)).lupdate_language, ts.name


def test_unfinished_names_an_unfinished_entry(tmp_path):
    t = _script()
    ts = tmp_path / "scorecard_vi.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="vi_VN">'
        "<context><name>X</name>"
        "<message><source>Done</source><translation>Xong</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert t.unfinished(ts) == ["X: Open"]


def test_plural_entries_have_the_languages_forms():
    """Every numerus entry carries as many filled forms as the language has (vi 1, et 2,
    he 2, mk 3, lv 3), so counts read right."""
    t = _script()
    want = {"vi": 1, "et": 2, "he": 2, "mk": 3, "lv": 3}
    for lang, n in want.items():
        for family in ("scorecard", "common"):
            for (ctx, src), e in t.entries(translations_dir() / f"{family}_{lang}.ts").items():
                if e["numerus"]:
                    assert len(e["forms"]) == n and all(f.strip() for f in e["forms"]), (
                        lang,
                        ctx,
                        src,
                    )


def test_the_dashboard_family_translates_every_marked_string_in_five_languages():
    from scorecard_app.i18n import translate

    t = _script()
    texts = t.dashboard_texts()
    assert "League table" in texts and "Who spoke" in texts and len(texts) > 150
    for lang in LANGS:
        have = t.entries(translations_dir() / f"dashboard_{lang}.ts")
        assert [s for s in texts if (t.DASHBOARD_CONTEXT, s) not in have] == []
        assert translate("Dashboard", "League table", lang) != "League table"


# ------------------------------------------------------------------ the gate, on a copy
NEW_PRINTABLE = "A line a new printable says"
NEW_ERROR = "A new way for the store to fail"
NEW_PAGE = "A new sentence on a head-office page"
HIDDEN = "A sentence lupdate cannot see"


def _copy_tree(dst: Path) -> tuple[Path, Path]:
    """The parts of the tree the check reads, and the catalogues, copied under dst."""
    t = _script()
    for family in t.FAMILIES:
        for src in family.sources:
            p = ROOT / src
            if p.is_dir():
                shutil.copytree(
                    p, dst / src, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
                )
            elif p.exists():
                (dst / src).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(p, dst / src)
    dash = ROOT / "sync" / "scorecard_sync" / "dashboard"
    shutil.copytree(
        dash,
        dst / "sync" / "scorecard_sync" / "dashboard",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    folder = dst / "translations"
    shutil.copytree(translations_dir(), folder)
    return dst, folder


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _drop_message(ts: Path, source: str) -> None:
    """Delete one <message> (and its translation) from a catalogue, as a careless edit would."""
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(
        r"\s*<message>(?:(?!</message>).)*?<source>"
        + re.escape(source)
        + r"</source>.*?</message>",
        re.S,
    )
    new, n = pattern.subn("", text, count=1)
    assert n == 1, source
    ts.write_text(new, encoding="utf-8")


def _empty_translation(ts: Path, source: str) -> None:
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(
        r"(<source>" + re.escape(source) + r"</source>\s*<translation)>[^<]*(</translation>)"
    )
    new, n = pattern.subn(r"\1>\2", text, count=1)
    assert n == 1, source
    ts.write_text(new, encoding="utf-8")


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """A copy of the tree with one of each kind of defect, and what the check says about it."""
    root, folder = _copy_tree(tmp_path_factory.mktemp("tree"))
    _append(
        root / "scorecard_app" / "reports" / "results.py",
        f'\nNEW = QT_TRANSLATE_NOOP("Printables", "{NEW_PRINTABLE}")\n',
    )
    _append(
        root / "scorecard_app" / "store" / "connection.py",
        f'\nNEW_ERROR = QT_TRANSLATE_NOOP("Store", "{NEW_ERROR}")\n'
        '\n\ndef _refuse(x):\n    raise CycleLocked(f"{x} cannot change.")\n'
        "\n\nclass CycleLocked(StoreError):\n    pass\n",
    )
    _append(root / "sync" / "scorecard_sync" / "dashboard" / "routes.py", f'\nN_("{NEW_PAGE}")\n')
    _append(
        root / "scorecard_app" / "core" / "checks.py",
        f'\nHIDDEN = QT_TRANSLATE_NOOP(_C, "{HIDDEN}")\n',
    )
    _drop_message(folder / "common_he.ts", "Community scoring")  # a deleted translation
    _empty_translation(
        folder / "library_vi.ts", "Staff treat patients with respect"
    )  # an emptied one
    _drop_message(folder / "scorecard_lv.ts", "&amp;Yes")
    # A stale entry: the kind lupdate marks vanished when its string leaves the code.
    _append_stale(folder / "dashboard_et.ts")
    return _script().check(folder=folder, root=root)


def _append_stale(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    stale = (
        "<message><source>Words the pages no longer say</source>"
        '<translation type="vanished">Sõnad</translation></message>'
    )
    ts.write_text(text.replace("</context>", stale + "</context>", 1), encoding="utf-8")


def _said(problems: list[str], *parts: str) -> bool:
    return any(all(p in line for p in parts) for line in problems)


def test_a_new_untranslated_printable_fails_the_check_in_every_language(broken):
    for lang in LANGS:
        assert _said(broken, f"common_{lang}.ts", "not in the catalogue", NEW_PRINTABLE), lang


def test_a_new_store_error_fails_the_check(broken):
    assert _said(broken, "common_vi.ts", "not in the catalogue", NEW_ERROR)


def test_a_new_dashboard_sentence_fails_the_check(broken):
    for lang in LANGS:
        assert _said(broken, f"dashboard_{lang}.ts", "not in the catalogue", NEW_PAGE), lang


def test_a_deleted_translation_fails_the_check(broken):
    assert _said(broken, "common_he.ts", "not in the catalogue", "Community scoring")
    assert _said(broken, "scorecard_lv.ts", "not in the catalogue", "'&Yes'")


def test_an_emptied_translation_fails_the_check(broken):
    assert _said(broken, "library_vi.ts", "unfinished", "Staff treat patients with respect")


def test_a_stale_entry_fails_the_check(broken):
    assert _said(broken, "dashboard_et.ts", "obsolete entry kept", "Words the pages no longer say")


def test_a_string_hidden_from_lupdate_fails_the_check(broken):
    assert _said(broken, "core/checks.py", "lupdate cannot read QT_TRANSLATE_NOOP")


def test_an_error_raised_with_an_english_sentence_fails_the_check(broken):
    """A user error must carry a translatable message, never an f-string (a class derived
    from a derived class of UserError is found too)."""
    assert _said(broken, "store/connection.py", "CycleLocked(…) says an English sentence")


def test_the_copy_had_nothing_else_wrong(broken):
    """Every problem reported is one of the defects made above: the check names causes."""
    expected = (NEW_PRINTABLE, NEW_ERROR, NEW_PAGE, "Community scoring", "'&Yes'")
    for line in broken:
        assert (
            any(e in line for e in expected)
            or "Staff treat patients with respect" in line
            or "no longer say" in line
            or "lupdate cannot read" in line
            or "says an English sentence" in line
            or ".qm is older than" in line  # the edited catalogues' .qm were not recompiled
        ), line


def test_make_translations_merges_a_new_string_as_unfinished_and_keeps_translations(tmp_path):
    """`make translations` on the copy: the new string arrives unfinished (still failing the
    check), and no translation a translator made is lost or rewritten."""
    t = _script()
    root, folder = _copy_tree(tmp_path)
    _append(
        root / "scorecard_app" / "reports" / "results.py",
        f'\nNEW = QT_TRANSLATE_NOOP("Printables", "{NEW_PRINTABLE}")\n',
    )
    common = next(f for f in t.FAMILIES if f.name == "common")
    before = t.entries(folder / "common_vi.ts")
    t.lupdate(common, common.catalogues(folder), root)
    after = t.entries(folder / "common_vi.ts")
    assert after[("Printables", NEW_PRINTABLE)]["type"] == "unfinished"
    assert {k: v for k, v in after.items() if k[1] != NEW_PRINTABLE} == before
    assert t.unfinished(folder / "common_vi.ts") == [f"Printables: {NEW_PRINTABLE}"]


def _ts(path: Path, body: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="vi_VN">'
        + body
        + "</TS>",
        encoding="utf-8",
    )
    return path


def test_resolving_a_merge_keeps_every_translation_of_both_branches(tmp_path):
    """Two branches each translated their own new strings; the union has all of them, a finished
    translation wins over an unfinished one, and a real disagreement is named (ours kept)."""
    t = _script()
    ours = _ts(
        tmp_path / "ours.ts",
        "<context><name>A</name>"
        "<message><source>Only ours</source><translation>Của chúng ta</translation></message>"
        '<message><source>Done there</source><translation type="unfinished"/></message>'
        "<message><source>Both</source><translation>Một</translation></message>"
        "</context>",
    )
    theirs = _ts(
        tmp_path / "theirs.ts",
        "<context><name>A</name>"
        "<message><source>Done there</source><translation>Xong ở đó</translation></message>"
        "<message><source>Both</source><translation>Hai</translation></message>"
        "</context><context><name>NewForm</name>"
        "<message><source>Only theirs</source><translation>Của họ</translation></message>"
        "</context>",
    )
    out = tmp_path / "scorecard_vi.ts"
    differ = t.union(ours, theirs, out)
    got = {k: e["forms"][0] for k, e in t.entries(out).items()}
    assert got == {
        ("A", "Only ours"): "Của chúng ta",
        ("A", "Done there"): "Xong ở đó",
        ("A", "Both"): "Một",
        ("NewForm", "Only theirs"): "Của họ",
    }
    assert t.unfinished(out) == []
    assert len(differ) == 1 and "'Both'" in differ[0]
