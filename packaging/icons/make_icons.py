"""Render packaging/icons/scorecard.svg into what each platform wants (run by `make icons`).

Linux: hicolor PNGs 16–512, and the window icon in resources/icons; Windows: a multi-size .ico; macOS: an .icns (Pillow writes it on any
platform, so macOS builds need no `iconutil` step). The outputs are committed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
# The running window's icon (title bars, task bars) ships with the app itself.
APP_ICON = HERE.parents[1] / "resources" / "icons" / "scorecard.png"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: QSvgRenderer, size: int) -> Image.Image:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg.render(p)
    p.end()
    buf = QBuffer(ba := QByteArray())
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(ba))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = QSvgRenderer(str(HERE / "scorecard.svg"))
    if not svg.isValid():
        print("scorecard.svg cannot be read", file=sys.stderr)
        return 2
    images = {s: render(svg, s) for s in SIZES}
    for s, im in images.items():
        # Fixed metadata so a re-run leaves the committed files byte-for-byte the same.
        im.save(HERE / f"scorecard-{s}.png", optimize=True)
    APP_ICON.parent.mkdir(exist_ok=True)
    images[256].save(APP_ICON, optimize=True)
    images[256].save(HERE / "scorecard.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 256)])
    images[512].save(HERE / "scorecard.icns")
    print(f"wrote {len(SIZES)} PNGs, scorecard.ico and scorecard.icns in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
