"""Properties of the three-way merge for action-plan fields (pure function, many cases)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from scorecard_sync.merge import three_way

FIELDS = ["what", "responsible", "due", "status"]
values = st.sampled_from(["a", "b", "c", None])
records = st.fixed_dictionaries({f: values for f in FIELDS})
changes = st.dictionaries(st.sampled_from(FIELDS), values, max_size=4)


@given(server=records, base=records, device=changes)
def test_a_device_change_applies_only_where_the_server_still_holds_its_base(server, base, device):
    base = {k: base[k] for k in device}
    merge = three_way(server, device, base)
    for name in FIELDS:
        if name not in device:
            assert merge.data[name] == server[name]  # fields the device did not touch stay
        elif server[name] == base[name] or server[name] == device[name]:
            assert merge.data[name] == device[name] and name not in merge.conflicts
        else:  # both sides changed it differently: the server keeps its value, both are kept
            assert merge.data[name] == server[name]
            assert merge.conflicts[name] == {
                "base": base[name],
                "server": server[name],
                "device": device[name],
            }


@given(server=records, device=changes)
def test_replaying_a_merged_change_is_harmless(server, device):
    once = three_way(server, device, {k: server[k] for k in device})
    twice = three_way(once.data, device, {k: server[k] for k in device})
    assert twice.data == once.data and not twice.conflicts
