"""Pictograms of library indicators on paper: the SVG files in resources/pictograms/ (the same
files the window shows with Qt's SVG renderer), drawn as vector shapes with svglib.

A pictogram name comes from the indicator library, a database or head office's feed; only a
plain name of a shipped file is looked up. A custom indicator (no pictogram) shows its number
alone.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from svglib.svglib import svg2rlg

from scorecard_app.assets import resource, resources_dir

from .fonts import FONT, register_fonts

FOLDER = "pictograms"
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def available() -> set[str]:
    """Names of the shipped pictograms (file names without .svg)."""
    return {p.stem for p in (resources_dir() / FOLDER).glob("*.svg")}


def pictogram_file(name: str):
    """Path of the SVG for name, or None when name is not a shipped pictogram."""
    if not name or not _NAME.fullmatch(name) or name not in available():
        return None
    return resource(FOLDER, f"{name}.svg")


@cache
def _drawing(name: str) -> Drawing | None:
    path = pictogram_file(name)
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
    """Draw a known pictogram in the square at (x, y); False when there is none for name."""
    drawing = _drawing(name)
    if drawing is None:
        return False
    canv.saveState()
    canv.translate(x, y)
    canv.scale(size / drawing.width, size / drawing.height)
    renderPDF.draw(drawing, canv, 0, 0)
    canv.restoreState()
    return True
