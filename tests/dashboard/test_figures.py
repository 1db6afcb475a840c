"""The cycle page's figures (its CSV download) equal the laptop's own results, indicator by
indicator: community, providers, gap and change, as the laptop's method computes them."""

from __future__ import annotations

import csv
import io

from scorecard_app.core.aggregation import indicator_results
from scorecard_app.i18n.formatting import format_number

from .test_security import _session


def _signed(v):
    if v is None:
        return "–"
    return ("+" if v > 0.0005 else "−" if v < -0.0005 else "±") + format_number(abs(v), "en")


def test_every_cycle_page_shows_the_laptops_figures(world):
    s = _session(world, "analyst@example.org")
    checked = 0
    for store in world.stores[:2]:
        for summary in store.list_cycles():
            laptop = indicator_results(
                store.load_cycle(summary.id), store.previous_data(summary.id)
            )
            r = s.get(f"{world.url}/dashboard/cycle/{summary.id}", params={"format": "csv"})
            assert r.status_code == 200
            rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
            by_text = {row["Indicator"]: row for row in rows}
            assert len(rows) == len(laptop)
            for res in laptop:
                row = by_text[res.indicator.text]
                assert row["Community"] == format_number(res.community, "en")
                assert row["Service providers"] == format_number(res.provider, "en")
                assert row["Gap"] == _signed(res.gap)
                assert row["Change since last round"] == _signed(res.change)
                checked += 1
    assert checked >= 2 * 3 * 8
