"""Every printable, with reportlab: fonts, right-to-left text, charts, one module per family.

Takes core objects and writes PDF; no Qt. Entry point: `render(kind, data, previous, out_path,
lang=None, paper="a4")`; `KINDS` lists what can be printed; `CycleFigures(data, previous)`
shares the loaded earlier rounds and the results between several printables of one cycle.
"""

from .context import CycleFigures
from .registry import KINDS, Kind, UnknownKind, kind, render

__all__ = ["KINDS", "CycleFigures", "Kind", "UnknownKind", "kind", "render"]
