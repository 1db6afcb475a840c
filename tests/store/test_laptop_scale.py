"""What the laptop reads on every screen at 10,000 cycles — the home list's counts, the places
offered for completion, search — stays right when the data changes under what is kept."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

from scorecard_app.core import entities as e
from scorecard_app.store import Store
from scorecard_app.store.search import search_cycles


def test_home_list_counts_open_and_overdue_actions_and_leaves_out_the_rest(store):
    f = e.Facility("Riverside", sector="health")
    c = store.create_cycle(e.Cycle(f.id, "North › Green Hill"), f)
    other = store.create_cycle(e.Cycle(f.id, "North › Lakeside"))
    store.add(e.Action(c.id, "Queue board", due="2020-01-01"))  # open, overdue
    store.add(e.Action(c.id, "Fees poster", due="2099-01-01", status="in_progress"))  # open
    store.add(e.Action(c.id, "Night midwife", status="blocked"))  # open, no due date
    store.add(e.Action(c.id, "Done already", due="2020-01-01", status="done"))
    gone = store.add(e.Action(c.id, "Deleted", due="2020-01-01"))
    store.delete(e.Action, gone.id)
    rows = {r.id: r for r in store.list_cycles(today="2026-06-01")}
    assert (rows[c.id].open_actions, rows[c.id].overdue_actions) == (3, 1)
    assert (rows[other.id].open_actions, rows[other.id].overdue_actions) == (0, 0)
    assert [r.community for r in store.list_cycles()] == ["North › Green Hill", "North › Lakeside"]
    store.delete(e.Cycle, other.id)
    assert [r.id for r in store.list_cycles()] == [c.id]


def test_places_offered_follow_new_cycles_from_this_and_another_connection(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s, Store.open(path) as elsewhere:
        f = e.Facility("F")
        s.create_cycle(e.Cycle(f.id, "North › Lakeside › Mai"), f)
        assert s.location_parts(4) == [["North"], ["Lakeside"], ["Mai"], []]
        s.location_parts(4)[0].append("changed by a caller")  # what is kept is not shared
        assert s.location_parts(4)[0] == ["North"]
        s.create_cycle(e.Cycle(f.id, "south ›  › Hill Side › Stone Bridge"))
        assert s.location_parts(4) == [
            ["North", "south"],
            ["Hill Side", "Lakeside"],
            ["Mai", "Stone Bridge"],
            [],
        ]
        elsewhere.create_cycle(e.Cycle(f.id, "East › Delta › Bao › Pier"))  # the sync, a bundle
        assert s.location_parts(4)[3] == ["Pier"]


def test_search_sees_what_changed_since_the_last_search(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s, Store.open(path) as elsewhere:
        f = e.Facility("Trạm Y tế An Phú")
        c = s.create_cycle(e.Cycle(f.id, "Tỉnh A › Xã An Phú"), f)
        assert search_cycles(s, "thuốc") == []
        issue = s.add(e.Issue(c.id, None, "THUỐC hết hàng"))
        assert [h.kind for h in search_cycles(s, "thuốc")] == ["issue"]
        s.update(e.Issue, issue.id, text="Không có nước")
        assert search_cycles(s, "thuốc") == []
        ind = elsewhere.add(e.Indicator(c.id, "Thuốc đủ dùng"))
        assert [(h.kind, h.text) for h in search_cycles(s, "THUỐC")] == [
            ("indicator", "Thuốc đủ dùng")
        ]
        elsewhere.delete(e.Indicator, ind.id)
        assert search_cycles(s, "thuốc") == []
        s.add(e.Action(c.id, "Sửa cổng", responsible="Ông Ba", institution="UBND xã"))
        hits = search_cycles(s, "ubnd")
        assert [(h.kind, h.text) for h in hits] == [("action", "Sửa cổng")]  # the action shown
        s.delete(e.Cycle, c.id)
        assert search_cycles(s, "an phú") == [] and search_cycles(s, "sửa") == []


def test_search_gives_each_record_once_and_stops_at_the_limit(store):
    f = e.Facility("Riverside")
    cycles = [store.create_cycle(e.Cycle(f.id, f"Village {n}"), f) for n in range(5)]
    for c in cycles:
        store.add(e.Indicator(c.id, "Posted opening hours"))
        store.add(e.Indicator(c.id, "posted OPENING hours"))
    hits = search_cycles(store, "opening", limit=7)
    assert len(hits) == 7 and len(set(hits)) == 7
    assert hits[0] == search_cycles(store, "opening")[0]
    assert {h.cycle_id for h in search_cycles(store, "opening")} == {c.id for c in cycles}


def test_an_older_database_gets_the_new_indexes_and_the_start_skips_sqlite_utils(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        s.create_cycle(e.Cycle("f", "North"), e.Facility("F", id="f"))
    conn = sqlite3.connect(path)  # as a laptop left before this version
    conn.execute("DROP INDEX ix_cycle_home")
    conn.execute("DROP INDEX ix_action_open")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_scale_indexes'")
    conn.commit()
    conn.close()
    child = textwrap.dedent(
        """
        import sys
        from scorecard_app.store import Store
        s = Store.open(sys.argv[1])
        print(len(s.list_cycles()), "sqlite_utils" in sys.modules, "requests" in sys.modules)
        s.close()
        """
    )
    run = [sys.executable, "-c", child, str(path)]
    first = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert first.stdout.split() == ["1", "True", "False"], first.stderr  # migrated: needed it
    again = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert again.stdout.split() == ["1", "False", "False"], again.stderr
    with Store.open(path) as s:
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master")}
    assert {"ix_cycle_home", "ix_action_open"} <= names
