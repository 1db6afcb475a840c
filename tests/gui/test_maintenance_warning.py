"""The background integrity check speaks up in the window when the file turns out damaged."""

from PySide6.QtWidgets import QMessageBox

from scorecard_app.core import entities as e
from scorecard_app.gui import app as gui_app
from scorecard_app.store import Store


def test_a_damaged_file_found_after_the_start_is_said_in_a_window(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        f = s.add(e.Facility("Clinic"))
        for n in range(400):
            s.add(e.Cycle(f.id, f"Village {n} " + "x" * 200))
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 8 : middle + 4000] = b"\xa5" * 3992
    path.write_bytes(bytes(data))

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    from PySide6.QtWidgets import QWidget

    store = Store.open(path)
    win = QWidget()
    qtbot.addWidget(win)
    gui_app.watch_maintenance(win, store)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "damaged" in shown[0]
    store.close()
