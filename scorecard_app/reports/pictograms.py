"""Pictograms of library indicators on paper: the SVG files in resources/pictograms/ (the same
files the window shows with Qt's SVG renderer), drawn as vector shapes with svglib.

The files are found through scorecard_app.assets.pictogram, which looks up only a plain name
of a shipped file. A custom indicator (no pictogram) shows its number alone.
"""

from __future__ import annotations

from functools import cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from svglib.svglib import svg2rlg

from scorecard_app.assets import pictogram

from .fonts import FONT, register_fonts


@cache
def _drawing(name: str) -> Drawing | None:
    path = pictogram(name)
    if path is None:
        return None
    drawing = svg2rlg(str(path))
    if drawing is None:
        raise ValueError(f"{path} is not a readable SVG file.")
    # reportlab's renderer selects a font before drawing, Helvetica unless told: left so, every
    # PDF with a pictogram would name a font it does not embed
    register_fonts()
    drawing.initialFontName = FONT
    return drawing


def draw_pictogram(canv, name: str, x: float, y: float, size: float) -> bool:
    """Draw a known pictogram in the square at (x, y); False when there is none for name.

    Each pictogram is drawn once per PDF, as a form (a PDF XObject) that every place it shows
    refers to: a sheet shows the same symbol on several rows, and drawing its shapes again each
    time cost most of the time the symbols take."""
    drawing = _drawing(name)
    if drawing is None:
        return False
    form = f"pictogram-{name}"
    if not canv.hasForm(form):
        canv.beginForm(form, lowerx=0, lowery=0, upperx=drawing.width, uppery=drawing.height)
        renderPDF.draw(drawing, canv, 0, 0)
        canv.endForm()
    canv.saveState()
    canv.translate(x, y)
    canv.scale(size / drawing.width, size / drawing.height)
    canv.doForm(form)
    canv.restoreState()
    return True
