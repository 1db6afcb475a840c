"""Printables: each result printable of a large cycle against its floor, measured in turns.

    python -m benchmarks.printables [--rounds 7] [--batch] [--cycles 50]

The large cycle has 20 indicators, 8 community groups + 1 provider group, 200 participants
(4,000 individual votes), a previous round for trends, 4 actions; built through the real store,
in English and in Hebrew.

Work: `render(kind, figures, …)` with the cycle and its previous round loaded and the results
worked out once (`CycleFigures`, as the print centre makes several printables of one cycle);
that one-off cost is printed on its own line, and the community summary is also measured the
way a single `scorecard print` does it (loading the previous round in the same call).

Floor (the plainest way to make the same page): the same texts, in the same font and sizes,
as reportlab Paragraphs with reportlab's default style settings (no HarfBuzz shaping) — the
page's tables as plain reportlab Tables of Paragraph cells with the same column widths, the
texts of its drawings (charts, faces, badges, footer) as a table of Paragraph cells — built
with SimpleDocTemplate. Hebrew texts go in as they are (no bidi). The community summary is
also compared with the same floor with shaping on, as our pages shape (kerning, marks).

Work and floor run alternately (A, B, A, B …) so a busy neighbour slows both alike; the
ratio is of the medians. `--batch` adds the old batch measurement: every printable of
--cycles large cycles (slow: minutes).
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from benchmarks.common import alternate, load_average, machine, ratio_line
from scorecard_app.reports import KINDS, CycleFigures, render
from scorecard_app.reports.context import PrintContext
from scorecard_app.reports.fonts import FONT
from scorecard_app.reports.layout import MARGIN, footer_parts
from scorecard_app.reports.samples import build_sample_cycle
from scorecard_app.reports.text import RTLParagraph, plain
from scorecard_app.store import Store

BIG = dict(indicators=20, groups=8, per_group=25)
TODAY = "2026-11-29"
GOALS = {"community-summary": 2.0}  # issue 16; the other printables print their ratio


# ------------------------------------------------------------------ the floor's texts
class _Recorder(Canvas):
    """A canvas that keeps the strings drawn on it (with their font) and writes nothing."""

    def __init__(self):
        super().__init__(None, initialFontName=FONT, initialFontSize=9)
        self.texts: list[tuple[str, str, float]] = []

    def _keep(self, x, y, text, *a, **kw):
        if plain(str(text)).strip():
            self.texts.append((plain(str(text)), self._fontname, self._fontsize))

    drawString = drawCentredString = drawRightString = _keep  # noqa: N815 - reportlab's names


def _drawn_texts(f: Flowable, width: float, height: float) -> list[tuple[str, str, float]]:
    rec = _Recorder()
    f.wrapOn(rec, width, height)
    f.drawOn(rec, 0, 0)
    return rec.texts


def _para(p) -> tuple[str, ParagraphStyle]:
    """Markup and style of one of our paragraphs, as a reportlab Paragraph would take them."""
    if isinstance(p, RTLParagraph):
        return escape(plain(p.text)).replace("\n", "<br/>"), p.style
    return p.text, p.style


def _style(font: str, size: float) -> ParagraphStyle:
    return ParagraphStyle("t", fontName=font, fontSize=size, leading=size * 1.25)


def shaping(plan: list, on: bool) -> list:
    """The plan with every paragraph's shaping switched on or off."""

    def st(style):
        return ParagraphStyle(style.name, parent=style, shaping=int(on))

    out = []
    for item in plan:
        if item[0] == "p":
            out.append(("p", (item[1][0], st(item[1][1]))))
        else:
            rows = [[[(t, st(s)) for t, s in cell] for cell in row] for row in item[1]]
            out.append(("t", rows, item[2]))
    return out


def _cell_parts(cell, width: float) -> list[tuple[str, ParagraphStyle]]:
    out = []
    for f in cell if isinstance(cell, list) else [cell]:
        if isinstance(f, (Paragraph, RTLParagraph)):
            out.append(_para(f))
        elif isinstance(f, Flowable):
            out += [(escape(t), _style(fn, fs)) for t, fn, fs in _drawn_texts(f, width, 1e6)]
        elif str(f).strip():
            out.append((escape(str(f)), _style(FONT, 9)))
    return out


def floor_plan(code: str, figures: CycleFigures, lang: str) -> tuple[tuple, list]:
    """The page's texts, grouped as the floor lays them out (computed once, not timed)."""
    ctx = PrintContext(figures.data, lang, "a4", figures.loader, today=TODAY, figures=figures)
    out = KINDS[code].build(ctx)
    width = out.pagesize[0] - 2 * MARGIN
    plan: list = []

    def walk(flowables):
        for f in flowables:
            if isinstance(f, KeepInFrame):
                walk(f._content)
            elif isinstance(f, (Paragraph, RTLParagraph)):
                plan.append(("p", _para(f)))
            elif isinstance(f, Table):
                widths = list(f._argW)
                rows = [
                    [_cell_parts(c, w) for c, w in zip(row, widths, strict=True)]
                    for row in f._cellvalues
                ]
                plan.append(("t", rows, widths))
            elif isinstance(f, Spacer):
                continue
            else:  # a drawing: its texts, four to a row
                texts = [(escape(t), _style(fn, fs)) for t, fn, fs in _drawn_texts(f, width, 1e6)]
                rows = [[[x] for x in texts[i : i + 4]] for i in range(0, len(texts), 4)]
                if rows:
                    rows[-1] += [[] for _ in range(4 - len(rows[-1]))]
                    plan.append(("t", rows, [width / 4] * 4))

    walk(out.story)
    plan.append(("p", (" ".join(footer_parts(ctx)), _style(FONT, 7.5))))
    return out.pagesize, shaping(plan, False)


def floor(pagesize, plan, path: Path) -> None:
    """The plainest way to put the same texts on paper: Paragraphs and plain Tables."""
    story = []
    for item in plan:
        if item[0] == "p":
            text, style = item[1]
            story.append(Paragraph(text, style))
        else:
            _, rows, widths = item
            cells = [[[Paragraph(t, s) for t, s in cell] for cell in row] for row in rows]
            t = Table(cells, colWidths=widths)
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9)]))
            story.append(t)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    doc.build(story)


# ------------------------------------------------------------------------ measuring
def pages(path: Path) -> int | str:
    return len(re.findall(rb"/Type /Page[^s]", path.read_bytes())) or "?"


def peak_mib(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Benchmark the result printables against floors.")
    ap.add_argument("--rounds", type=int, default=7, help="A/B turns per printable")
    ap.add_argument("--batch", action="store_true", help="also render every kind of --cycles")
    ap.add_argument("--cycles", type=int, default=50)
    args = ap.parse_args(argv)
    print(f"Machine: {machine()}; {load_average()} at start")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.open(folder / "bench.sqlite3", backups=False)
        t = time.perf_counter()
        cycles = {}
        for lang in ("en", "he"):
            first = build_sample_cycle(store, lang, **BIG)
            cycles[lang] = build_sample_cycle(store, lang, round_no=2, previous_id=first, **BIG)
        print(f"built 2 × 2 large cycles in {time.perf_counter() - t:.1f} s")

        def loader(d):
            return store.previous_data(d.cycle.id)

        lines = []
        print("\n| printable | language | pages | work (median) | floor (median) | ratio |")
        print("|---|---|---|---|---|---|")
        for lang, cid in cycles.items():
            data = store.load_cycle(cid)

            def prepare(d=data):
                f = CycleFigures(d, loader)
                f.results, f.trends  # noqa: B018 - the work being timed
                return f

            times = []
            for _ in range(3):
                t0 = time.perf_counter()
                figures = prepare()
                times.append(time.perf_counter() - t0)
            prep = statistics.median(times)
            lines.append(
                f"{lang}: load the previous round + work out results and trends, once per "
                f"cycle: {prep * 1000:.1f} ms"
            )
            for code, kind in KINDS.items():
                if kind.family != "results":
                    continue
                out, ref = folder / f"{code}-{lang}.pdf", folder / f"{code}-{lang}-floor.pdf"
                pagesize, plan = floor_plan(code, figures, lang)

                def work(c=code, o=out, f=figures):
                    render(c, f, None, o, today=TODAY)

                def base(s=pagesize, p=plan, o=ref):
                    floor(s, p, o)

                work(), base()  # warm both (fonts, caches of the first use)
                a, b = alternate(work, base, args.rounds)
                r = statistics.median(a) / statistics.median(b)
                print(
                    f"| {code} | {lang} | {pages(out)} | {statistics.median(a) * 1000:.0f} ms "
                    f"| {statistics.median(b) * 1000:.0f} ms ({pages(ref)} p.) | {r:.2f}× |",
                    flush=True,
                )
                row = f"community summary PDF, 20 indicators ({lang})"
                lines.append(
                    ratio_line(
                        f"{code} ({lang})",
                        a,
                        b,
                        GOALS.get(code),
                        row=row if code == "community-summary" else None,
                    )
                )
                if code == "community-summary":

                    def cold(d=data, o=out):
                        render("community-summary", d, loader, o, today=TODAY)

                    a, b = alternate(cold, base, args.rounds)
                    lines.append(
                        ratio_line(
                            f"{code} ({lang}), loading the previous round and working out "
                            "results in the same call",
                            a,
                            b,
                        )
                    )
                    shaped = shaping(plan, True)
                    a, b = alternate(
                        work, lambda s=pagesize, p=shaped, o=ref: floor(s, p, o), args.rounds
                    )
                    lines.append(
                        ratio_line(f"{code} ({lang}) against the floor with shaping on", a, b)
                    )
                    mem = peak_mib(work)
                    lines.append(f"{code} ({lang}): peak Python memory {mem:.1f} MiB")
        print()
        for line in lines:
            print(line)
        print(load_average() + " at the end")

        if args.batch:
            batch(store, folder, args.cycles)
        store.close()


def batch(store: Store, folder: Path, n_cycles: int) -> None:
    t = time.perf_counter()
    ids = []
    prev = None
    for n in range(n_cycles):  # every fifth cycle starts a new facility
        prev = build_sample_cycle(
            store,
            ("en", "vi", "et", "mk", "he", "lv")[n % 6],
            round_no=1 if n % 5 == 0 else 2,
            previous_id=None if n % 5 == 0 else prev,
            seed=n,
            **BIG,
        )
        ids.append(prev)
    print(f"\nbuilt {n_cycles} large cycles in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    count = 0
    for cid in ids:
        figures = CycleFigures(store.load_cycle(cid), lambda d: store.previous_data(d.cycle.id))
        for code in KINDS:
            render(code, figures, None, folder / f"batch-{code}.pdf")
            count += 1
    secs = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"batch: {count} PDFs ({len(KINDS)} kinds × {n_cycles} cycles, loading included) in "
        f"{secs:.1f} s ({secs / count * 1000:.0f} ms per PDF); process max RSS {rss:.0f} MiB"
    )


if __name__ == "__main__":
    main()
