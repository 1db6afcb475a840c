"""The translation catalogues match the code, are complete, and their .qm files are current.

This is the CI gate of `make translations`: it re-extracts the GUI strings into a temporary copy
with pyside6-lupdate and compares, and recompiles every .ts to compare with the committed .qm.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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


def test_every_gui_catalogue_exists_for_the_five_languages():
    t = _script()
    for lang in ("vi", "et", "mk", "he", "lv"):
        assert (t.TRANSLATIONS / f"scorecard_{lang}.qm").exists()
        assert (t.TRANSLATIONS / f"library_{lang}.qm").exists()


def test_check_notices_an_unfinished_entry(tmp_path):
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
        for (ctx, src), e in t.entries(t.TRANSLATIONS / f"scorecard_{lang}.ts").items():
            if e["numerus"]:
                assert len(e["forms"]) == n and all(f.strip() for f in e["forms"]), (lang, ctx, src)


def test_the_dashboard_family_translates_every_marked_string_in_five_languages():
    """dashboard_<lang>.ts (read through scorecard_app.i18n like common_<lang>) holds a finished
    translation of every string the dashboard's templates and Python mark."""
    from scorecard_app.i18n import translate

    t = _script()
    texts = t.dashboard_texts()
    assert "League table" in texts and "Who spoke" in texts and len(texts) > 150
    for lang in ("vi", "et", "mk", "he", "lv"):
        ts = t.TRANSLATIONS / f"dashboard_{lang}.ts"
        have = t.entries(ts)
        missing = [s for s in texts if (t.DASHBOARD_CONTEXT, s) not in have]
        assert missing == [] and t.unfinished(ts) == [], (lang, missing[:5])
        assert (t.TRANSLATIONS / f"dashboard_{lang}.qm").exists()
        assert translate("Dashboard", "League table", lang) != "League table"


def test_the_dashboard_check_notices_a_string_missing_from_its_catalogue(tmp_path):
    t = _script()
    ts = tmp_path / "dashboard_vi.ts"
    t.write_dashboard_catalogue("vi", ts)  # a fresh catalogue: every entry left unfinished
    assert t.unfinished(ts) and all(e.startswith("Dashboard: ") for e in t.unfinished(ts))
