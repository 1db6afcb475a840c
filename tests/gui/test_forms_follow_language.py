"""The Designer forms of the interface meeting, action plan, follow-up, settings, enrolment and
conflicts follow a language switch by themselves — their generated retranslateUi runs on
QEvent.LanguageChange — without the main window (and its re-translation of whatever texts it
finds) being there. Every translatable text in each ui/*.ui file is checked on the live widget
against the catalogue, read without Qt."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from scoring_helpers import make_cycle, open_step

from scorecard_app.core.entities import ACTION_STATUSES, Action
from scorecard_app.gui.i18n_runtime import set_language
from scorecard_app.gui.settings_dialog import SettingsDialog
from scorecard_app.gui.sync_panel import ConflictsDialog, EnrolDialog
from scorecard_app.i18n import translator

UI = Path(__file__).resolve().parents[2] / "ui"
GETTERS = {
    "text": "text",
    "title": "title",
    "accessibleName": "accessibleName",
    "placeholderText": "placeholderText",
    "windowTitle": "windowTitle",
}


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    set_language("en")


def form_texts(ui_file: str) -> tuple[str, list[tuple[str, str, str]]]:
    """(context, [(widget name, property, English source)]) of a .ui file."""
    root = ET.parse(UI / ui_file).getroot()
    context = root.findtext("class")
    out = []
    for w in [*root.iter("widget"), *root.iter("action")]:
        for prop in w.findall("property"):
            s = prop.find("string")
            if prop.get("name") in GETTERS and s is not None and s.get("notr") != "true":
                out.append((w.get("name"), prop.get("name"), s.text or ""))
    return context, out


def shown(form, ui_file: str, lang: str) -> list[str]:
    """Every text of the form that is not what the catalogue says for `lang`."""
    speak = translator(lang) if lang != "en" else (lambda _c, text: text)
    context, texts = form_texts(ui_file)
    assert texts, ui_file
    wrong = []
    for name, prop, source in texts:
        w = form if name == context else getattr(form, name)
        have = getattr(w, GETTERS[prop])()
        want = speak(context, source)
        if have != want:
            wrong.append(f"{ui_file}: {name}.{prop} is {have!r}, not {want!r}")
    return wrong


def switch(qapp, lang: str) -> None:
    set_language(lang)
    qapp.processEvents()  # Qt posts QEvent.LanguageChange to the windows: the event loop's turn


def test_every_form_text_follows_the_switch_and_back(qapp, qtbot, store, settings):
    c = make_cycle(store)
    cid = c["cycle"].id
    store.add(Action(cid, "Numbered tickets", status="in_progress"))
    ws, plan = open_step(qtbot, store, cid, "action_plan")
    follow_up = ws.page("follow_up")
    meeting = ws.page("interface_meeting")
    dialogs = [SettingsDialog(settings), EnrolDialog(), ConflictsDialog(store)]
    for d in dialogs:
        qtbot.addWidget(d)
    forms = [
        (plan, "action_plan.ui"),
        (follow_up, "follow_up.ui"),
        (follow_up.this_round, "action_follow_up.ui"),
        (meeting, "interface_meeting.ui"),
        (dialogs[0], "settings_dialog.ui"),
        (dialogs[1], "enrol_dialog.ui"),
        (dialogs[2], "conflicts_dialog.ui"),
    ]
    assert [shown(f, ui, "en") for f, ui in forms] == [[]] * len(forms)
    for lang in ("vi", "he", "en"):
        switch(qapp, lang)
        assert [w for f, ui in forms for w in shown(f, ui, lang)] == []
    assert ws.page("action_plan") is plan  # the same widgets, re-worded, not rebuilt


def test_table_headers_and_vocabulary_follow_the_switch(qapp, qtbot, store):
    c = make_cycle(store)
    cid = c["cycle"].id
    store.add(Action(cid, "Numbered tickets", status="in_progress"))
    _ws, plan = open_step(qtbot, store, cid, "action_plan")
    vi = translator("vi")
    switch(qapp, "vi")
    header = plan.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == vi("ActionTableModel", "What") != "What"
    statuses = [plan.status.itemText(i) for i in range(plan.status.count())]
    assert statuses == [vi("Vocabulary", word) for word in ACTION_STATUSES.values()]
    assert plan.table.model().index(0, 5).data() == vi("Vocabulary", "In progress")
