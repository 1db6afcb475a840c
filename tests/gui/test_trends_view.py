"""View ▸ Trends: only with a cycle open; the whole card and one indicator across every round,
in the scale's own units, matching the method's results round by round."""

from __future__ import annotations

from driving import find as _find
from PySide6.QtWidgets import QComboBox, QTableWidget

from scorecard_app.core.aggregation import indicator_results
from scorecard_app.gui.i18n_runtime import display_value
from scorecard_app.gui.trends_view import TrendsView


def test_trends_show_every_round_for_the_card_and_for_one_indicator(qtbot, window, demo_store):
    act = window.act_trends
    assert act.shortcut().toString() == "Ctrl+T"
    assert act in window.view_menu.actions()
    assert not act.isEnabled()
    last = demo_store.demo_ids[-1]
    window.open_cycle(last)
    assert act.isEnabled()
    act.trigger()
    view = window.trends_view
    assert isinstance(view, TrendsView)
    qtbot.addWidget(view)
    rounds = demo_store.rounds(last)
    assert len(rounds) >= 2
    table = _find(view, QTableWidget, "Scores by round")
    # the whole card: three columns (community, providers, gap) per round
    assert table.columnCount() == 3 * len(rounds)
    first_ind = sorted(rounds[-1].indicators, key=lambda i: i.position)[0]
    assert table.verticalHeaderItem(0).text() == first_ind.text
    for k, d in enumerate(rounds):
        r = next(x for x in indicator_results(d) if x.indicator.code == first_ind.code)
        want = "–" if r.community is None else display_value(r.community)
        assert table.item(0, 3 * k).text() == want  # the scale's own units, not 0–100
    assert "1–5" in view.note.text() or "scale" in view.note.text()
    assert view.chart.isHidden()  # the whole card is a table
    # one indicator: a round a row, and drawn as bars
    which = _find(view, QComboBox, "Indicator to show")
    which.setCurrentIndex(1)
    assert not view.chart.isHidden()
    assert view.chart.trend.key == view.trends.indicators[0].key
    assert table.rowCount() == len(rounds)
    assert [table.verticalHeaderItem(i).text() for i in range(len(rounds))] == [
        f"Round {d.cycle.round_no}" for d in rounds
    ]
    r_now = next(x for x in indicator_results(rounds[-1]) if x.indicator.code == first_ind.code)
    r_before = next(x for x in indicator_results(rounds[-2]) if x.indicator.code == first_ind.code)
    if r_now.community is not None and r_before.community is not None:
        change = r_now.community - r_before.community
        sign = "+" if change > 0 else "−" if change < 0 else "±"
        assert table.item(len(rounds) - 1, 1).text() == sign + display_value(abs(change))
    window.show_home()
    assert not act.isEnabled()
