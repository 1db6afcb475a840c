"""Regenerate the review images of the printables: the community summary and the interface
meeting wall chart in every language, for a cycle of 20 indicators with 40-character names.

    python docs/printables/make_images.py          (needs poppler's pdftoppm)

Writes <kind>-<lang>-<page>.png here at 70 dpi. Look at every one after a layout change:
no empty boxes for glyphs, nothing clipped or off the page, Hebrew right-to-left.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from scorecard_app.reports import render  # noqa: E402
from scorecard_app.reports.samples import build_sample_cycle  # noqa: E402
from scorecard_app.store import Store  # noqa: E402

LANGS = ("en", "vi", "et", "mk", "he", "lv")
KINDS = ("community-summary", "interface-chart")


def main() -> None:
    for old in HERE.glob("*.png"):
        old.unlink()
    with (
        tempfile.TemporaryDirectory() as tmp,
        Store.open(Path(tmp) / "samples.sqlite3", backups=False) as store,
    ):
        for lang in LANGS:
            first = build_sample_cycle(store, lang, indicators=20, name_length=40)
            cid = build_sample_cycle(
                store, lang, indicators=20, name_length=40, round_no=2, previous_id=first
            )
            data = store.load_cycle(cid)
            for kind in KINDS:
                pdf = Path(tmp) / f"{kind}-{lang}.pdf"
                render(kind, data, lambda d: store.previous_data(d.cycle.id), pdf)
                subprocess.run(
                    ["pdftoppm", "-r", "70", "-png", str(pdf), str(HERE / f"{kind}-{lang}")],
                    check=True,
                )
    for png in sorted(HERE.glob("*.png")):
        print(png.name)


if __name__ == "__main__":
    main()
