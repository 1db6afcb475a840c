"""All pictograms in a grid on one page, each in its own tile: the test compares the page the
SVG files make with the one the old canvas drawings made (pictograms-before.png)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

TILE, COLUMNS, DPI = 72, 6, 72  # points; at 72 dpi a point is a pixel


def draw_sheet(draw: Callable, names: Sequence[str], out: Path) -> Path:
    """draw(canvas, name, x, y, size) for each name, 48 pt square in a 72 pt tile."""
    rows = (len(names) + COLUMNS - 1) // COLUMNS
    c = Canvas(str(out), pagesize=(TILE * COLUMNS, TILE * rows))
    for k, name in enumerate(names):
        x, y = (k % COLUMNS) * TILE + 12, (rows - 1 - k // COLUMNS) * TILE + 12
        assert draw(c, name, x, y, 48), name
    c.save()
    return out


def tile_box(k: int) -> tuple[int, int, int, int]:
    """The pixel box of the k-th tile in the page rendered at DPI."""
    x, y = (k % COLUMNS) * TILE, (k // COLUMNS) * TILE
    return x, y, x + TILE, y + TILE


if __name__ == "__main__":  # after redrawing a pictogram on purpose: the new reference page
    import subprocess
    import tempfile

    from scorecard_app.assets import pictograms
    from scorecard_app.reports.pictograms import draw_pictogram

    here = Path(__file__).resolve().parent
    names = sorted(pictograms())
    with tempfile.TemporaryDirectory() as tmp:
        pdf = draw_sheet(draw_pictogram, names, Path(tmp) / "sheet.pdf")
        out = here / "pictograms-before"
        subprocess.run(
            ["pdftoppm", "-png", "-gray", "-r", str(DPI), "-singlefile", str(pdf), str(out)],
            check=True,
        )
    (here / "pictograms-before.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
