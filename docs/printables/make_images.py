"""Regenerate the review images of the printables: every kind in every language, for a sample
cycle in its third round (10 indicators with names lengthened to at most 40 characters, two
earlier rounds for changes, trends and carried-forward actions).

    python docs/printables/make_images.py          (needs poppler's pdftoppm)

Writes <kind>-<lang>-<page>.png here at 60 dpi: the first page of each kind, and the second
where it shows something else (the ballot's tally sheet, the trend charts' second page). Look
at every one after a layout change: no empty boxes for glyphs, nothing clipped or off the page,
Hebrew right to left.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from scorecard_app.reports import KINDS, render  # noqa: E402
from scorecard_app.reports.samples import build_sample_cycle  # noqa: E402
from scorecard_app.store import Store  # noqa: E402

LANGS = ("en", "vi", "et", "mk", "he", "lv")
PAGES = {"ballot": 2}  # how many pages to show; 1 otherwise
DPI = "60"


def main() -> None:
    for old in HERE.glob("*.png"):
        old.unlink()
    with (
        tempfile.TemporaryDirectory() as tmp,
        Store.open(Path(tmp) / "samples.sqlite3", backups=False) as store,
    ):
        for lang in LANGS:
            cid = None
            for n in (1, 2, 3):
                cid = build_sample_cycle(store, lang, name_length=40, round_no=n, previous_id=cid)
            data = store.load_cycle(cid)
            for kind in KINDS:
                pdf = Path(tmp) / f"{kind}-{lang}.pdf"
                render(kind, data, lambda d: store.previous_data(d.cycle.id), pdf)
                last = str(PAGES.get(kind, 1))
                out = HERE / f"{kind}-{lang}"
                subprocess.run(
                    ["pdftoppm", "-r", DPI, "-l", last, "-png", str(pdf), str(out)], check=True
                )
    for png in sorted(HERE.glob("*.png")):
        print(png.name)


if __name__ == "__main__":
    main()
