"""Library indicators follow the print language; what the facilitator typed stays as typed."""

from __future__ import annotations

import pytest

from scorecard_app.core import entities as e
from scorecard_app.i18n.library import library_text
from scorecard_app.reports import render
from scorecard_app.store import Store

from .conftest import pdf_text

CUSTOM = "Night guard at the gate"
EDITED = "Staff treat patients and carers with respect"  # HC02, reworded


@pytest.fixture(scope="module")
def english_cycle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("library")
    store = Store.open(folder / "lib.sqlite3", backups=False)
    with store.transaction():
        f = e.Facility("Riverside Health Centre", sector="health")
        c = e.Cycle(f.id, "Green Hill", round_no=1, language="en")
        store.create_cycle(c, f)
        store.add(e.Indicator(c.id, library_text("HC01", "en"), code="HC01", pictogram="clock"))
        # written in Hebrew when the cycle was set up in Hebrew: still the library's words
        store.add(e.Indicator(c.id, library_text("HC03", "he"), code="HC03", position=1))
        store.add(e.Indicator(c.id, EDITED, code="HC02", position=2))
        store.add(e.Indicator(c.id, CUSTOM, position=3))
        g = store.add(e.Group(c.id, "", kind="community", type="women"))
        p = store.add(e.Group(c.id, "", kind="provider", type="staff", position=1))
        for ind in store.load_cycle(c.id).indicators:
            store.set_score(c.id, g.id, ind.id, value=3)
            store.set_score(c.id, p.id, ind.id, value=4)
    yield store, store.load_cycle(c.id), folder
    store.close()


@pytest.mark.parametrize("lang", ["et", "he"])
@pytest.mark.parametrize("kind", ["score-sheet", "interface-chart", "community-summary"])
def test_library_texts_follow_the_print_language(english_cycle, kind, lang):
    store, data, folder = english_cycle
    path = folder / f"{kind}-{lang}.pdf"
    render(kind, data, None, path, lang=lang)
    rtl = lang == "he"
    text = pdf_text(path, rtl=rtl)
    for code in ("HC01", "HC03"):
        want = library_text(code, lang)
        assert " ".join(want.split()) in text, f"{code} not in {lang} on {kind}"
    assert library_text("HC01", "en") not in text
    # typed texts are the facilitator's words: never replaced
    for typed in (CUSTOM, EDITED):
        assert all(word in text for word in typed.split()), typed
