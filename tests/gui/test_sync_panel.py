"""The Sync menu and status bar, driven like a user would, against a loopback head office."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QProgressBar, QTableWidget

from scorecard_app.gui.main_window import MainWindow
from scorecard_app.store import replica

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared stub server
from sync.contract import example  # noqa: E402
from sync.stub_server import StubHeadOffice  # noqa: E402


@pytest.fixture
def head_office():
    with StubHeadOffice() as stub:
        yield stub


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _named(win, cls, name):
    found = [w for w in win.findChildren(cls) if w.accessibleName() == name]
    assert found, f"no {cls.__name__} named {name!r}"
    return found[0]


def _window(qtbot, store, settings):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_menu_and_status_bar_before_enrolment(qtbot, demo_store, settings, warnings):
    win = _window(qtbot, demo_store, settings)
    titles = [a.text() for a in win.menuBar().actions()]
    assert "Sync &with head office" in titles
    assert _named(win, QLabel, "Connection to head office").text() == "Not enrolled"
    waiting = demo_store.outbox_count()
    assert (
        _named(win, QLabel, "Changes waiting to sync").text()
        == f"{waiting} change{'' if waiting == 1 else 's'} waiting"
    )
    assert not win.sync_panel.act_sync.isEnabled()
    win.sync_panel.sync_now()
    assert warnings and "Enrol this laptop first" in warnings[0]


def test_enrol_sync_and_review_conflicts(qtbot, demo_store, settings, head_office, warnings):
    win = _window(qtbot, demo_store, settings)
    panel = win.sync_panel
    link = f"scorecard://enrol?url={head_office.url}&code=ABCD"
    from scorecard_app.gui.sync_panel import EnrolDialog

    dlg = EnrolDialog(win)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(_named(dlg, QLineEdit, "Head office address"), link)
    assert dlg.values() == (head_office.url, "ABCD")
    panel.enrol(*dlg.values())
    assert warnings == []
    assert _named(win, QLabel, "Connection to head office").text() == "Online"

    real = head_office._push_one

    def conflict_on_action_updates(op):
        if op["entity"] == "action" and op["op"] == "update":
            real(op)
            return {
                "op_id": op["op_id"],
                "status": "conflict",
                "reason": "changed_on_server",
                "conflict": {
                    "status": {"base": "not_started", "server": "done", "device": "in_progress"}
                },
            }
        return real(op)

    head_office._push_one = conflict_on_action_updates
    head_office.changes = example("pull-response.json")["changes"]
    progress_seen = []
    bar = _named(win, QProgressBar, "Sync progress")
    panel._progress = (lambda orig: lambda d, t: (progress_seen.append((d, t)), orig(d, t)))(
        panel._progress
    )
    n = sum(
        1
        for o in demo_store.pending_ops(limit=10_000)
        if o["entity"] == "action" and o["op"] == "update"
    )
    panel.act_sync.trigger()
    assert progress_seen and progress_seen[-1][0] == progress_seen[-1][1]
    assert not bar.isVisible()
    assert _named(win, QLabel, "Changes waiting to sync").text() == "0 changes waiting"
    assert _named(win, QLabel, "Last sync").text().startswith("Last sync: 20")
    assert any("Conflicts to review" in w for w in warnings)
    assert panel.act_conflicts.text() == f"&Conflicts to review ({n})…"
    dlg = panel.show_conflicts()
    qtbot.addWidget(dlg)
    table = _named(dlg, QTableWidget, "Conflicts")
    assert table.rowCount() == n
    assert [table.item(0, c).text() for c in (1, 2, 3, 4)] == [
        "status",
        "in_progress",
        "done",
        "Head office changed it too",
    ]
    win.grab().save(str(settings.fileName()).replace("settings.ini", "window.png"))
    dlg.grab().save(str(settings.fileName()).replace("settings.ini", "conflicts.png"))
    dlg.mark_reviewed()
    assert table.rowCount() == 0
    assert replica.conflicts(demo_store) == []


def test_revoked_laptop_says_so_and_goes_offline(
    qtbot, demo_store, settings, head_office, warnings
):
    win = _window(qtbot, demo_store, settings)
    win.sync_panel.enrol(head_office.url, "ABCD")
    head_office.replies.append((401, {"error": "revoked", "message": "Revoked."}, {}))
    win.sync_panel.sync_now()
    assert warnings == [
        "This laptop's access was revoked; ask head office for a new enrolment code."
    ]
    assert _named(win, QLabel, "Connection to head office").text() == "Offline"


def test_export_and_import_bundles_from_the_menu(
    qtbot, demo_store, settings, head_office, warnings, tmp_path
):
    win = _window(qtbot, demo_store, settings)
    win.sync_panel.enrol(head_office.url, "ABCD")
    target = tmp_path / "field-trip.scbundle"
    win.sync_panel.export_bundle(str(target))
    assert target.exists()
    assert "Bundle written" in win.statusBar().currentMessage()
    win.sync_panel.import_bundle(str(target))
    assert win.statusBar().currentMessage().startswith("Bundle imported: 0 change(s) applied")
    bad = tmp_path / "bad.scbundle"
    bad.write_bytes(b"junk")
    win.sync_panel.import_bundle(str(bad))
    assert warnings and "not a usable Scorecard bundle" in warnings[-1]


def test_automatic_sync_is_quiet_when_offline_and_backs_off(
    qtbot, demo_store, settings, head_office, warnings
):
    win = _window(qtbot, demo_store, settings)
    panel = win.sync_panel
    panel.enrol(head_office.url, "ABCD")
    from scorecard_app.sync_client.transport import Backoff

    panel.backoff = Backoff(base=0.001, cap=0.01, attempts=4)
    assert panel.auto_timer.isActive() and panel.auto_minutes == 15
    head_office.replies += [(503, {"error": "busy", "message": "Busy."}, {})] * 12
    panel.auto_sync()
    assert warnings == []  # no pop-up for a sync the user did not ask for
    assert _named(win, QLabel, "Connection to head office").text() == "Offline"
    assert "could not be reached" in win.statusBar().currentMessage()
    assert panel.auto_minutes == 30 and panel.auto_timer.isActive()
    head_office.replies.clear()
    panel.auto_sync()
    assert _named(win, QLabel, "Changes waiting to sync").text() == "0 changes waiting"
    assert panel.auto_minutes == 15
    head_office.replies.append((401, {"error": "revoked", "message": "Revoked."}, {}))
    panel.auto_sync()
    assert warnings == [
        "This laptop's access was revoked; ask head office for a new enrolment code."
    ]


def _enrolment_file(tmp_path) -> Path:
    """A real head office (scorecard_sync on a SQLite file) writes the enrolment file."""
    import json

    from scorecard_sync.db import make_engine
    from scorecard_sync.devices import enrolment_file
    from scorecard_sync.migrate import upgrade

    engine = make_engine(f"sqlite:///{tmp_path / 'ho.sqlite3'}")
    upgrade(engine)
    doc = enrolment_file(engine, "Field laptop")["file"]
    engine.dispose()
    path = tmp_path / "enrol.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_greyed_out_actions_say_why_and_an_enrolment_file_opens_the_usb_path(
    qtbot, demo_store, settings, warnings, tmp_path
):
    win = _window(qtbot, demo_store, settings)
    panel = win.sync_panel
    for action in (panel.act_sync, panel.act_export, panel.act_import):
        assert not action.isEnabled()
        assert "nrol" in action.toolTip() and action.toolTip() == action.statusTip()
    assert "Enrol this laptop first" in panel.act_export.toolTip()
    assert panel.act_enrol_file.isEnabled()
    panel.enrol_from_file(str(_enrolment_file(tmp_path)))
    assert "enrolled from the file" in win.statusBar().currentMessage()
    assert _named(win, QLabel, "Connection to head office").text() == "USB bundles only"
    # Never online, yet bundles work both ways; the network sync says why it cannot run.
    assert panel.act_export.isEnabled() and panel.act_import.isEnabled()
    assert not panel.act_sync.isEnabled() and "no head-office address" in panel.act_sync.toolTip()
    assert not panel.act_enrol_file.isEnabled()
    assert panel.act_enrol_file.toolTip() == "This laptop is already enrolled."
    target = tmp_path / "trip.scbundle"
    panel.export_bundle(str(target))
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert warnings == []
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    panel.enrol_from_file(str(bad))
    assert warnings and "not a usable enrolment file" in warnings[-1]
