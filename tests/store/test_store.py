import json
import sqlite3

import pytest

from scorecard_app.core import entities as e
from scorecard_app.core.scales import ScoreOutOfRange
from scorecard_app.store import Store, StoreCorrupt, StoreError
from scorecard_app.store.connection import list_backups, make_backup
from scorecard_app.store.repository import CycleLocked


@pytest.fixture
def cycle(store):
    f = e.Facility("Clinic")
    c = store.create_cycle(e.Cycle(f.id, "R › D › V", lead_facilitator="Mai"), f)
    return c


def outbox_rows(store):
    return [dict(r) for r in store.conn.execute("SELECT * FROM outbox ORDER BY seq")]


def test_pragmas_are_set(store):
    c = store.conn
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_tables_are_strict(store):
    sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'score'").fetchone()[0]
    assert sql.rstrip().endswith("STRICT")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO facility (id, name, sector, created_at, updated_at, version) VALUES (?,?,?,?,?,?)",
            ("x", "n", "health", "t", "t", "not a number"),
        )


def test_every_edit_writes_one_outbox_row_with_changed_fields_and_base(store, cycle):
    g = store.add(e.Group(cycle.id, "Women", type="women"))
    n = len(outbox_rows(store))
    store.update(e.Group, g.id, name="Women (morning)")
    rows = outbox_rows(store)
    assert len(rows) == n + 1
    last = rows[-1]
    assert last["entity"] == "group" and last["op"] == "update" and last["record_id"] == g.id
    assert json.loads(last["fields"]) == {"name": "Women (morning)"}
    assert json.loads(last["base"]) == {"name": "Women"}
    assert last["base_version"] == 1


def test_failed_edit_leaves_neither_row_nor_outbox(store, cycle):
    g = store.add(e.Group(cycle.id, "Women"))
    ind = store.add(e.Indicator(cycle.id, "Fees"))
    p = store.add(e.Participant(cycle.id, g.id, 1))
    before = len(outbox_rows(store))
    with pytest.raises(ScoreOutOfRange, match="outside the scale 1–5"):
        store.set_vote(cycle.id, p.id, ind.id, 9)
    assert len(outbox_rows(store)) == before
    assert store.load_cycle(cycle.id).votes == []


def test_soft_delete_hides_and_restore_brings_back(store, cycle):
    g = store.add(e.Group(cycle.id, "Youth"))
    store.delete(e.Group, g.id)
    assert store.load_cycle(cycle.id).groups == []
    assert store.get(e.Group, g.id, deleted=True) is not None
    store.restore(e.Group, g.id)
    assert [x.name for x in store.load_cycle(cycle.id).groups] == ["Youth"]


def test_round_trip_of_every_field(store, cycle):
    store.set_stage_date(cycle.id, "setup", planned="2026-11-01", actual="2026-11-02")
    store.update(e.Cycle, cycle.id, facilitators=["Duc", "Hoa"], training=False)
    m = store.add(
        e.InterfaceMeeting(
            cycle.id,
            held_on="2026-11-20",
            officials=["Chief (commune)"],
            indicator_notes={"x": "agreed"},
        )
    )
    c = store.get(e.Cycle, cycle.id)
    assert c.stage_dates["setup"] == e.StageDates("2026-11-01", "2026-11-02")
    assert c.facilitators == ["Duc", "Hoa"]
    assert store.get(e.InterfaceMeeting, m.id).indicator_notes == {"x": "agreed"}


def test_vote_set_change_clear(store, cycle):
    g = store.add(e.Group(cycle.id, "Women"))
    ind = store.add(e.Indicator(cycle.id, "Fees"))
    p = store.add(e.Participant(cycle.id, g.id, 1))
    assert store.set_vote(cycle.id, p.id, ind.id, 3) is None
    assert store.set_vote(cycle.id, p.id, ind.id, 4) == 3
    assert [v.value for v in store.load_cycle(cycle.id).votes] == [4]
    assert store.set_vote(cycle.id, p.id, ind.id, None) == 4
    assert store.load_cycle(cycle.id).votes == []


def test_finished_cycle_refuses_edits_but_takes_follow_up(store, cycle):
    a = store.add(e.Action(cycle.id, "Post fees", due="2026-12-01"))
    store.finish_cycle(cycle.id)
    with pytest.raises(CycleLocked, match="Reopen it"):
        store.add(e.Group(cycle.id, "Late group"))
    store.add(e.ActionUpdate(a.id, "2026-12-02", "done", "Poster is up"))
    store.update(e.Action, a.id, status="done")
    with pytest.raises(StoreError, match="Say why"):
        store.reopen_cycle(cycle.id, "  ")
    store.reopen_cycle(cycle.id, "A group's scores were entered in the wrong column")
    store.add(e.Group(cycle.id, "Late group"))
    kinds = [(ev["kind"], ev["reason"]) for ev in store.cycle_events(cycle.id)]
    assert kinds == [
        ("finished", ""),
        ("reopened", "A group's scores were entered in the wrong column"),
    ]


def test_next_round_links_previous_and_copies_indicators(store, cycle):
    store.add(e.Indicator(cycle.id, "Fees", code="HC07"))
    store.add(e.Indicator(cycle.id, "Night care"))
    nxt = store.start_next_round(cycle.id)
    assert nxt.round_no == 2 and nxt.previous_cycle_id == cycle.id
    old = {i.code for i in store.load_cycle(cycle.id).indicators}
    new = {i.code for i in store.load_cycle(nxt.id).indicators}
    assert old == new and len(new) == 2
    # a cycle created by hand for the same place is linked too
    c3 = store.create_cycle(e.Cycle(cycle.facility_id, cycle.community))
    assert c3.round_no == 3 and c3.previous_cycle_id == nxt.id


def test_training_cycles_never_reach_the_outbox(store):
    f = store.add(e.Facility("Practice clinic"))
    before = store.outbox_count()
    c = store.create_cycle(e.Cycle(f.id, "Training room", training=True))
    store.add(e.Group(c.id, "Women"))
    assert store.outbox_count() == before


def test_merge_issues_adds_votes_and_hides_duplicates(store, cycle):
    g = store.add(e.Group(cycle.id, "Women"))
    a = store.add(e.Issue(cycle.id, g.id, "Long wait", votes=5))
    b = store.add(e.Issue(cycle.id, g.id, "Waiting too long", votes=7))
    store.merge_issues(a.id, [b.id])
    issues = {i.id: i for i in store.load_cycle(cycle.id).issues}
    assert issues[a.id].votes == 12 and issues[b.id].merged_into == a.id
    store.unmerge_issue(b.id, keeper_votes=5)
    issues = {i.id: i for i in store.load_cycle(cycle.id).issues}
    assert issues[a.id].votes == 5 and issues[b.id].merged_into is None


def test_corrupt_file_names_newest_good_backup(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        s.add(e.Facility("Clinic"))
        good = make_backup(s.conn, path, "manual")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # wipe the schema page header region
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt) as err:
        Store.open(path)
    assert str(good) in str(err.value)


def test_backups_rotate(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        for _ in range(10):
            make_backup(s.conn, path, "manual")
    assert len(list_backups(path)) == 7


def test_daily_backup_on_reopen(tmp_path):
    path = tmp_path / "s.sqlite3"
    Store.open(path).close()
    assert list_backups(path) == []  # a brand-new empty file needs no backup
    Store.open(path).close()
    assert len(list_backups(path)) == 1
    Store.open(path).close()
    assert len(list_backups(path)) == 1  # not again the same day


def test_plain_errors_for_bad_paths(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing" / "x.sqlite3")
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_list_cycles_counts_overdue_actions(demo_store):
    rows = demo_store.list_cycles(today="2099-01-01")
    assert [r.round_no for r in rows] == [1, 2, 3]
    assert rows[0].overdue_actions >= 1
    assert demo_store.list_cycles(today="2000-01-01")[0].overdue_actions == 0


def test_backup_is_made_before_a_pending_migration(tmp_path):
    from scorecard_app.store.schema import migrations

    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        s.add(e.Facility("Clinic"))
    for b in list_backups(path):
        b.unlink()

    @migrations()
    def m999_test_only(db):
        db.execute("CREATE TABLE test_only (x TEXT) STRICT")

    try:
        with Store.open(path) as s:
            assert "test_only" in s.db.table_names()
        names = [b.name for b in list_backups(path)]
        assert any("before-migration" in n for n in names)
    finally:
        migrations._migrations.pop()


def test_update_refuses_unknown_fields_and_the_id(store, cycle):
    g = store.add(e.Group(cycle.id, "Women"))
    with pytest.raises(ValueError, match="Cannot change colour of a group"):
        store.update(e.Group, g.id, colour="red")
    with pytest.raises(ValueError, match="Cannot change id of a group"):
        store.update(e.Group, g.id, id="other", name="Women")
    assert store.get(e.Group, g.id).name == "Women"


def _damage_a_late_page(path):
    """Flip bytes in the middle of the file: the header and schema still read fine."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle + 8 : middle + 4000] = b"\xa5" * (4000 - 8)
    path.write_bytes(bytes(data))


def test_damage_past_the_schema_is_found_by_the_background_check_and_never_backed_up(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        f = s.add(e.Facility("Clinic"))
        for n in range(400):
            s.add(e.Cycle(f.id, f"Village {n} " + "x" * 200))
        good = make_backup(s.conn, path, "manual")
    _damage_a_late_page(path)
    backups_before = list_backups(path)
    with Store.open(path) as s:  # the window still opens at once
        problem = str(s.maintenance_problem(wait=True))
    assert "damaged" in problem and str(good) in problem
    assert list_backups(path) == backups_before  # the damaged file was not copied over a backup


def test_a_half_written_backup_is_not_counted(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as s:
        make_backup(s.conn, path, "manual")
    d = path.with_name(path.name + ".backups")
    (d / "20990101T000000000000Z-daily.sqlite3.part").write_bytes(b"half a copy")
    assert len(list_backups(path)) == 1
