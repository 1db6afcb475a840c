"""The indicator library reads in every language, outside Qt (for the printables and the CLI)."""

from __future__ import annotations

import pytest

from scorecard_app.assets import library_indicators
from scorecard_app.i18n.library import library_source_texts, library_text


@pytest.mark.parametrize("lang", ["vi", "et", "mk", "he", "lv"])
def test_every_library_indicator_is_translated(lang):
    for item in library_indicators():
        by_code = library_text(item["code"], lang)
        assert by_code != item["text"], (lang, item["code"])
        assert library_text(item["text"], lang) == by_code


def test_known_translations_and_scripts():
    assert library_text("HC01", "vi") == "Thời gian chờ trước khi được khám"
    assert library_text("HC01", "he") == "זמן ההמתנה עד לקבלת טיפול"
    assert library_text("WP02", "mk") == "Водата е чиста и безбедна за пиење"
    assert library_text("PS06", "et") == "Kehalist karistamist ei kasutata"
    assert library_text("LA12", "lv") == "Netiek prasīti neoficiāli maksājumi"


def test_english_and_custom_texts_come_back_unchanged():
    assert library_text("HC01", "en") == "Waiting time before being seen"
    assert library_text("Our own indicator", "vi") == "Our own indicator"


def test_source_texts_are_distinct_library_texts():
    texts = library_source_texts()
    assert len(texts) == len(set(texts))
    assert "Access for people with disabilities" in texts
