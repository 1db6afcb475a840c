"""The one printable font: DejaVu Sans, bundled, covering Latin, Vietnamese, Cyrillic and Hebrew.

reportlab has no per-glyph fallback, so a single font must hold every script we print. Shaping
(uharfbuzz) stays available on the font; paragraphs switch it on through their style.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from scorecard_app.assets import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register the bundled fonts once per process (later calls do nothing)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    _no_ligatures()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename)), shapable=True))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)


def _no_ligatures() -> None:
    """Switch off ligatures in reportlab's shaping defaults (kerning and marks stay on).

    With them on, DejaVu joins "st" in "posted" into one decorative glyph, and "ff" in "staff"
    into U+FB00: text copied or searched in the PDF no longer matches what was typed. None of
    our scripts needs ligatures. reportlab offers no setting, so the shared default features
    dict is changed in place, before any shaping happens.
    """
    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
    for d in defaults:
        if isinstance(d, dict) and "dlig" in d:
            d["dlig"] = d["liga"] = False
