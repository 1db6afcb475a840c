"""Every printable, with reportlab: fonts, right-to-left text, charts, one module per family.

Takes core objects and writes PDF; no Qt. Entry point: `render(kind, data, previous, out_path,
lang=None, paper="a4")`; `KINDS` lists what can be printed.
"""

from .registry import KINDS, Kind, UnknownKind, kind, render

__all__ = ["KINDS", "Kind", "UnknownKind", "kind", "render"]
