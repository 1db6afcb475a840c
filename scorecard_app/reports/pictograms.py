"""Simple line pictograms for library indicators, drawn as vector shapes in a unit box.

Each function draws into the square (0, 0)–(s, s) on a canvas whose stroke is already set.
Only a few common pictograms are drawn; any other indicator shows its number alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable


def _clock(c, s):
    c.circle(s / 2, s / 2, s * 0.4, stroke=1, fill=0)
    c.line(s / 2, s / 2, s / 2, s * 0.8)
    c.line(s / 2, s / 2, s * 0.72, s * 0.42)


def _pills(c, s):
    c.roundRect(s * 0.12, s * 0.36, s * 0.76, s * 0.28, s * 0.14, stroke=1, fill=0)
    c.line(s / 2, s * 0.36, s / 2, s * 0.64)


def _droplet(c, s):
    p = c.beginPath()
    p.moveTo(s / 2, s * 0.9)
    p.curveTo(s * 0.3, s * 0.6, s * 0.2, s * 0.45, s * 0.2, s * 0.35)
    p.curveTo(s * 0.2, s * 0.12, s * 0.8, s * 0.12, s * 0.8, s * 0.35)
    p.curveTo(s * 0.8, s * 0.45, s * 0.7, s * 0.6, s / 2, s * 0.9)
    c.drawPath(p, stroke=1, fill=0)


def _coins(c, s):
    for k in range(3):
        c.ellipse(s * 0.2, s * (0.18 + 0.18 * k), s * 0.8, s * (0.36 + 0.18 * k), stroke=1, fill=0)


def _door(c, s):
    c.rect(s * 0.28, s * 0.1, s * 0.44, s * 0.8, stroke=1, fill=0)
    c.circle(s * 0.62, s * 0.48, s * 0.04, stroke=1, fill=1)


def _sun(c, s):
    c.circle(s / 2, s / 2, s * 0.18, stroke=1, fill=0)
    for k in range(8):
        a = k * math.pi / 4
        c.line(
            s / 2 + math.cos(a) * s * 0.27,
            s / 2 + math.sin(a) * s * 0.27,
            s / 2 + math.cos(a) * s * 0.4,
            s / 2 + math.sin(a) * s * 0.4,
        )


def _letter(c, s):
    c.rect(s * 0.12, s * 0.25, s * 0.76, s * 0.5, stroke=1, fill=0)
    c.line(s * 0.12, s * 0.75, s / 2, s * 0.45)
    c.line(s * 0.88, s * 0.75, s / 2, s * 0.45)


def _book(c, s):
    c.rect(s * 0.12, s * 0.2, s * 0.38, s * 0.6, stroke=1, fill=0)
    c.rect(s * 0.5, s * 0.2, s * 0.38, s * 0.6, stroke=1, fill=0)


def _shield(c, s):
    p = c.beginPath()
    p.moveTo(s / 2, s * 0.9)
    p.lineTo(s * 0.82, s * 0.75)
    p.curveTo(s * 0.82, s * 0.4, s * 0.7, s * 0.2, s / 2, s * 0.1)
    p.curveTo(s * 0.3, s * 0.2, s * 0.18, s * 0.4, s * 0.18, s * 0.75)
    p.close()
    c.drawPath(p, stroke=1, fill=0)


def _cross(c, s):  # ambulance, emergency care
    w = s * 0.2
    c.rect(s / 2 - w / 2, s * 0.15, w, s * 0.7, stroke=1, fill=0)
    c.rect(s * 0.15, s / 2 - w / 2, s * 0.7, w, stroke=1, fill=0)


def _syringe(c, s):
    c.saveState()
    c.translate(s / 2, s / 2)
    c.rotate(45)
    c.rect(-s * 0.3, -s * 0.08, s * 0.45, s * 0.16, stroke=1, fill=0)
    c.line(s * 0.15, 0, s * 0.38, 0)
    c.line(-s * 0.3, 0, -s * 0.42, 0)
    c.line(-s * 0.42, -s * 0.1, -s * 0.42, s * 0.1)
    c.restoreState()


def _speech(c, s):
    c.roundRect(s * 0.12, s * 0.35, s * 0.76, s * 0.5, s * 0.12, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(s * 0.3, s * 0.35)
    p.lineTo(s * 0.22, s * 0.15)
    p.lineTo(s * 0.45, s * 0.35)
    c.drawPath(p, stroke=1, fill=0)


DRAW: dict[str, Callable] = {
    "clock": _clock,
    "pills": _pills,
    "droplet": _droplet,
    "tap": _droplet,
    "coins": _coins,
    "door": _door,
    "sun": _sun,
    "letter": _letter,
    "book": _book,
    "reading": _book,
    "shield": _shield,
    "ambulance": _cross,
    "syringe": _syringe,
    "speech": _speech,
    "meeting": _speech,
}


def draw_pictogram(canv, name: str, x: float, y: float, size: float) -> bool:
    """Draw a known pictogram in the square at (x, y); False when there is none for name."""
    fn = DRAW.get(name)
    if fn is None:
        return False
    canv.saveState()
    canv.translate(x, y)
    canv.setLineWidth(max(0.6, size / 22))
    canv.setLineCap(1)
    canv.setLineJoin(1)
    fn(canv, size)
    canv.restoreState()
    return True
