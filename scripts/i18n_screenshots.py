"""Screenshots of the home list and every step, in Hebrew and Vietnamese, at 1366×768.

    QT_QPA_PLATFORM=offscreen python scripts/i18n_screenshots.py [--lang he vi] [--out docs/screenshots]

Writes docs/screenshots/<lang>/00-home.png, 01-setup.png … 10-follow_up.png, 08b-projector.png
and settings.png,
from a fresh demo database (round 3 of Riverside Health Centre, in progress). Look at every one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shoot(langs: list[str], out: Path, size: tuple[int, int] = (1366, 768)) -> list[Path]:
    from PySide6.QtCore import QSettings  # noqa: TID251 - a GUI tool, like benchmarks
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from scorecard_app.core.stages import STAGE_CODES
    from scorecard_app.demo import seed_demo
    from scorecard_app.gui.app import make_app
    from scorecard_app.gui.i18n_runtime import register_fonts, set_language
    from scorecard_app.gui.main_window import MainWindow
    from scorecard_app.gui.settings_dialog import SettingsDialog
    from scorecard_app.store import Store

    app = make_app([sys.argv[0]])
    register_fonts()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(Path(tmp) / "demo.sqlite3")
        seed_demo(store)
        current = next(c for c in store.list_cycles() if c.status != "complete")
        for lang in langs:
            set_language(lang)
            folder = out / lang
            folder.mkdir(parents=True, exist_ok=True)
            win = MainWindow(store, settings)
            win.resize(*size)
            win.show()
            app.processEvents()
            written.append(_save(win, folder / "00-home.png", app))
            ws = win.open_cycle(current.id)
            for n, stage in enumerate(STAGE_CODES, start=1):
                ws.go_to(stage)
                app.processEvents()
                written.append(_save(win, folder / f"{n:02d}-{stage}.png", app))
                if stage == "interface_meeting":  # the projector view, mirrored too
                    projector = ws.page(stage).open_projector()
                    projector.resize(*size)
                    written.append(_save(projector, folder / "08b-projector.png", app))
                    projector.close()
            dlg = SettingsDialog(settings, win)
            dlg.show()
            app.processEvents()
            written.append(_save(dlg, folder / "settings.png", app))
            dlg.close()
            win.close()
            win.deleteLater()
            app.processEvents()
        store.close()
    set_language("en")
    QApplication.processEvents()
    return written


def _save(widget, path: Path, app) -> Path:
    app.processEvents()
    widget.grab().save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", nargs="+", default=["he", "vi"])
    p.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = p.parse_args(argv)
    for path in shoot(args.lang, Path(args.out)):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
