"""What a translation must keep from its English source, in every GUI and library catalogue:
the {placeholders} that the code fills in (a new or misspelt one would crash .format()), the
%n of plural forms that serve more than one number, and the keyboard hints that name a
button's Alt+letter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scorecard_app.i18n.catalog import translate

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("vi", "et", "mk", "he", "lv")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")
# Numerus forms used only for exactly one (Estonian and Hebrew "one") may spell the number out.
SINGULAR_ONLY = {"et": {0}, "he": {0}}


def _entries(path: Path):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod.entries(path)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_and_plural_counts(lang):
    problems = []
    for family in ("scorecard", "library"):
        for (ctx, src), e in _entries(TRANSLATIONS / f"{family}_{lang}.ts").items():
            want = sorted(set(PLACEHOLDER.findall(src)))
            for i, form in enumerate(e["forms"]):
                got = sorted(set(PLACEHOLDER.findall(form)))
                if got != want:
                    problems.append(f"{ctx}: {src!r} -> {form!r}")
                if e["numerus"] and "%n" in src and "%n" not in form:
                    if i not in SINGULAR_ONLY.get(lang, set()):
                        problems.append(f"{ctx}: {src!r} form {i} lacks %n: {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_hint_names_the_buttons_letter(lang):
    button = translate("ActionPlanPage", "&Add action", lang)
    hint = translate("ActionPlanPage", "No actions yet: press Add action (Alt+A).", lang)
    letter = re.search(r"&(\w)", button).group(1)
    assert f"Alt+{letter.upper()}" in hint, (button, hint)
