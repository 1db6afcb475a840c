"""Pictograms on paper come from the SVG files in resources/pictograms/ (the window shows the
same files): every library indicator has one, they look as the canvas drawings they replaced,
a printable draws them as vector paths, and only a shipped file's plain name is looked up."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from scorecard_app.assets import library_indicators, pictogram, pictograms
from scorecard_app.core import entities as e
from scorecard_app.reports import render
from scorecard_app.reports.pictograms import draw_pictogram

from .conftest import need_poppler
from .pictogram_sheet import DPI, draw_sheet, tile_box

HERE = Path(__file__).resolve().parent
BEFORE = HERE / "pictograms-before.png"  # the page the old canvas drawings made
BEFORE_NAMES = (HERE / "pictograms-before.txt").read_text(encoding="utf-8").split()


def test_every_library_pictogram_has_an_svg_file():
    wanted = {i["pictogram"] for i in library_indicators() if i["pictogram"]}
    assert wanted <= pictograms()
    assert set(BEFORE_NAMES) <= pictograms()


def _ink(img: Image.Image) -> Image.Image:
    return img.point(lambda v: 255 if v < 128 else 0)


def test_svg_pictograms_look_like_the_canvas_drawings_they_replaced(tmp_path):
    need_poppler()
    pdf = draw_sheet(draw_pictogram, BEFORE_NAMES, tmp_path / "after.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-gray", "-r", str(DPI), "-singlefile", str(pdf), str(tmp_path / "after")],
        check=True,
    )  # fmt: skip
    after = _ink(Image.open(tmp_path / "after.png").convert("L"))
    before = _ink(Image.open(BEFORE).convert("L"))
    assert after.size == before.size
    for k, name in enumerate(BEFORE_NAMES):
        was, now = before.crop(tile_box(k)), after.crop(tile_box(k))
        ink = was.histogram()[255]
        moved = ImageChops.difference(was, now).histogram()[255]
        # coarse: anti-aliasing may flip a few edge pixels, a different shape flips many
        assert ink > 40 and moved <= 0.1 * ink, f"{name}: {moved} of {ink} ink pixels differ"


def _curves_and_images(pdf: Path) -> tuple[int, int]:
    """Bézier curves drawn on the first page (those of a form, a symbol drawn once and shown
    again, counted each time it is shown) and pictures pasted in."""

    def curves_in(data: bytes) -> int:
        return len(re.findall(r"(?<![\w.])c\s", data.decode("latin-1")))

    page = PdfReader(str(pdf)).pages[0]
    content = page.get_contents().get_data()
    curves, images = curves_in(content), 0
    for name, ref in (page["/Resources"].get("/XObject") or {}).items():
        xobject = ref.get_object()
        if xobject["/Subtype"] == "/Image":
            images += 1
        else:  # a form: its shapes, once per use on the page
            uses = len(re.findall(re.escape(name.encode()) + rb"\s+Do", content))
            curves += curves_in(xobject.get_data()) * uses
    return curves, images


def test_a_score_sheet_draws_the_pictograms_as_vector_shapes(store, tmp_path):
    facility = e.Facility("Hill Clinic")
    pdfs = {}
    for with_pictograms in (True, False):
        c = store.create_cycle(e.Cycle(facility.id, "Hill › Vale"), facility)
        for n, (code, name) in enumerate((("HC01", "clock"), ("HC02", "pills"))):
            shown = name if with_pictograms else ""
            store.add(
                e.Indicator(c.id, f"Indicator {code}", code=code, pictogram=shown, position=n)
            )
        pdfs[with_pictograms] = render(
            "score-sheet", store.load_cycle(c.id), None, tmp_path / f"{with_pictograms}.pdf"
        )
    curves, images = _curves_and_images(pdfs[True])
    plain_curves, _ = _curves_and_images(pdfs[False])
    assert images == 0  # drawn as paths, not pasted in as pictures
    # the clock's circle and the pills' rounded capsule are Bézier curves, on each badge
    assert curves >= plain_curves + 8


@pytest.mark.parametrize(
    "name", ["", "../fonts/DejaVuSans", "clock.svg", "CLOCK", "clock/../clock", "no-such-thing"]
)
def test_only_a_shipped_pictograms_plain_name_is_looked_up(tmp_path, name):
    c = Canvas(str(tmp_path / "x.pdf"))
    assert pictogram(name) is None
    assert draw_pictogram(c, name, 0, 0, 40) is False
    assert pictogram("clock").name == "clock.svg"
