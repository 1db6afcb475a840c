"""Simple line pictograms for library indicators, drawn as vector shapes in a unit box.

Each function draws into the square (0, 0)–(s, s) on a canvas whose stroke is already set.
Every pictogram named in the indicator library has a drawing; a custom indicator (no
pictogram) shows its number alone.
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


def _chart(c, s):
    c.line(s * 0.12, s * 0.12, s * 0.88, s * 0.12)
    for k, h in enumerate((0.3, 0.5, 0.72)):
        c.rect(s * (0.2 + 0.22 * k), s * 0.12, s * 0.14, s * h, stroke=1, fill=0)


def _road(c, s):
    c.line(s * 0.1, s * 0.1, s * 0.4, s * 0.9)
    c.line(s * 0.9, s * 0.1, s * 0.6, s * 0.9)
    for k in range(3):
        y = s * (0.15 + 0.27 * k)
        c.line(s / 2, y, s / 2, y + s * 0.14)


def _bowl(c, s):
    p = c.beginPath()
    p.moveTo(s * 0.1, s * 0.5)
    p.lineTo(s * 0.9, s * 0.5)
    p.curveTo(s * 0.9, s * 0.2, s * 0.65, s * 0.15, s / 2, s * 0.15)
    p.curveTo(s * 0.35, s * 0.15, s * 0.1, s * 0.2, s * 0.1, s * 0.5)
    c.drawPath(p, stroke=1, fill=0)
    c.line(s * 0.4, s * 0.6, s * 0.45, s * 0.8)
    c.line(s * 0.55, s * 0.6, s * 0.6, s * 0.8)


def _broom(c, s):
    c.line(s * 0.7, s * 0.92, s * 0.45, s * 0.42)
    p = c.beginPath()
    p.moveTo(s * 0.35, s * 0.45)
    p.lineTo(s * 0.55, s * 0.38)
    p.lineTo(s * 0.5, s * 0.08)
    p.lineTo(s * 0.12, s * 0.22)
    p.close()
    c.drawPath(p, stroke=1, fill=0)


def _toilet(c, s):
    c.rect(s * 0.55, s * 0.45, s * 0.25, s * 0.42, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(s * 0.15, s * 0.45)
    p.lineTo(s * 0.8, s * 0.45)
    p.curveTo(s * 0.8, s * 0.25, s * 0.6, s * 0.2, s * 0.5, s * 0.2)
    p.lineTo(s * 0.5, s * 0.08)
    p.lineTo(s * 0.3, s * 0.08)
    p.lineTo(s * 0.3, s * 0.25)
    p.curveTo(s * 0.2, s * 0.3, s * 0.15, s * 0.38, s * 0.15, s * 0.45)
    c.drawPath(p, stroke=1, fill=0)


def _person(c, s, x: float, scale: float, dress: bool) -> None:
    c.circle(x, s * (0.2 + 0.62 * scale), s * 0.1 * scale, stroke=1, fill=0)
    top, bottom = s * (0.2 + 0.5 * scale), s * 0.12
    if dress:
        p = c.beginPath()
        p.moveTo(x, top)
        p.lineTo(x + s * 0.16 * scale, bottom)
        p.lineTo(x - s * 0.16 * scale, bottom)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
    else:
        c.line(x, top, x, s * (0.12 + 0.3 * scale))
        c.line(x, s * (0.12 + 0.3 * scale), x - s * 0.1 * scale, bottom)
        c.line(x, s * (0.12 + 0.3 * scale), x + s * 0.1 * scale, bottom)
        c.line(x - s * 0.13 * scale, top - s * 0.08, x + s * 0.13 * scale, top - s * 0.08)


def _woman(c, s):
    _person(c, s, s / 2, 1.0, True)


def _mother_baby(c, s):
    _person(c, s, s * 0.4, 1.0, True)
    c.circle(s * 0.7, s * 0.45, s * 0.09, stroke=1, fill=0)


def _walking(c, s):
    _person(c, s, s / 2, 1.0, False)


def _teacher(c, s):
    c.rect(s * 0.35, s * 0.45, s * 0.55, s * 0.4, stroke=1, fill=0)
    _person(c, s, s * 0.2, 0.8, False)


def _wheelchair(c, s):
    c.circle(s * 0.45, s * 0.3, s * 0.2, stroke=1, fill=0)
    c.circle(s * 0.45, s * 0.82, s * 0.08, stroke=1, fill=0)
    c.line(s * 0.45, s * 0.72, s * 0.45, s * 0.45)
    c.line(s * 0.45, s * 0.45, s * 0.7, s * 0.45)
    c.line(s * 0.7, s * 0.45, s * 0.82, s * 0.15)


def _handshake(c, s):
    """Two sleeves rising from the lower corners to hands clasped in the middle, fingers
    showing: read as a handshake, not as two capsules."""
    for sx in (1, -1):  # left sleeve, then the right one mirrored
        x = (lambda v: s * v) if sx == 1 else (lambda v: s - s * v)
        p = c.beginPath()
        p.moveTo(x(0.04), s * 0.3)
        p.lineTo(x(0.2), s * 0.22)
        p.lineTo(x(0.36), s * 0.46)
        p.lineTo(x(0.2), s * 0.56)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
    p = c.beginPath()  # the clasped hands
    p.moveTo(s * 0.3, s * 0.5)
    p.curveTo(s * 0.4, s * 0.74, s * 0.6, s * 0.74, s * 0.7, s * 0.5)
    p.curveTo(s * 0.62, s * 0.3, s * 0.38, s * 0.3, s * 0.3, s * 0.5)
    c.drawPath(p, stroke=1, fill=0)
    for k in range(3):  # fingers over the back of the other hand
        x0 = s * (0.42 + 0.07 * k)
        c.line(x0, s * 0.4, x0 + s * 0.04, s * 0.62)
    c.circle(s * 0.38, s * 0.64, s * 0.05, stroke=1, fill=0)  # thumb


def _wrench(c, s):
    c.saveState()
    c.translate(s / 2, s / 2)
    c.rotate(-45)
    c.rect(-s * 0.06, -s * 0.38, s * 0.12, s * 0.5, stroke=1, fill=0)
    c.circle(0, s * 0.22, s * 0.14, stroke=1, fill=0)
    c.restoreState()


def _curtain(c, s):
    c.line(s * 0.1, s * 0.88, s * 0.9, s * 0.88)
    for x0, x1 in ((0.12, 0.45), (0.55, 0.88)):
        c.rect(s * x0, s * 0.12, s * (x1 - x0), s * 0.76, stroke=1, fill=0)


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
    "chart": _chart,
    "road": _road,
    "bowl": _bowl,
    "broom": _broom,
    "toilet": _toilet,
    "woman": _woman,
    "mother-baby": _mother_baby,
    "walking": _walking,
    "teacher": _teacher,
    "classroom": _teacher,
    "wheelchair": _wheelchair,
    "handshake": _handshake,
    "wrench": _wrench,
    "curtain": _curtain,
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
