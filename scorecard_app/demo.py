"""A realistic demo: one health centre, two finished rounds and a third in progress.

Used by `scorecard demo`, by the first start of the GUI on an empty database, and by tests.
Deterministic (fixed seed), so screenshots and tests see the same numbers every time.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .assets import library_entry
from .core import entities as e
from .store import Store

FACILITY = "Riverside Health Centre"
COMMUNITY = "Northern Region › Lakeside District › Mai Commune › Green Hill Village"
LIBRARY_CODES = ("HC01", "HC02", "HC03", "HC04", "HC05", "HC07", "HC09")
CUSTOM = ("Night-time emergency care", "Midwife lives near the health centre")

GROUPS = (  # name, type, size
    ("Women", "women", 9),
    ("Men", "men", 8),
    ("Youth", "youth", 7),
    ("Elders and people with disabilities", "disability", 6),
)
REASONS = {
    "HC01": ("We wait half a day with small children.", "Give numbered tickets in the morning."),
    "HC02": ("Some staff shout at old people.", "Hold a customer-care training for staff."),
    "HC03": (
        "Paracetamol often runs out at month end.",
        "Report stock-outs to the district every week.",
    ),
    "HC04": ("Often closed on market days.", "Post opening hours on the door and keep them."),
    "HC05": (
        "Floors are swept but toilets are dirty.",
        "Make a cleaning roster with the committee.",
    ),
    "HC07": (
        "People are asked for money for the card.",
        "Post the official fees in the local language.",
    ),
    "HC09": ("Mothers are referred late at night.", "Keep one midwife on call every night."),
    CUSTOM[0]: ("Nobody answers at night.", "Put a phone number on the gate."),
    CUSTOM[1]: ("The midwife lives in town, 20 km away.", "Repair the staff house."),
}
ACTIONS = (  # indicator key, what, responsible, institution, resources
    (
        "HC01",
        "Introduce numbered tickets and a queue board",
        "Ms. Lan (head nurse)",
        "Health centre",
        "Printing, 20 USD",
    ),
    (
        "HC03",
        "Weekly stock report to the district pharmacy",
        "Mr. Binh (pharmacist)",
        "Health centre",
        "Phone credit",
    ),
    (
        "HC07",
        "Post official fees at the entrance in two languages",
        "Commune health committee",
        "Commune",
        "Poster",
    ),
    (
        "HC09",
        "Night on-call roster for midwives",
        "Dr. Hoa (in charge)",
        "District health office",
        "Allowance for night duty",
    ),
    (
        CUSTOM[1],
        "Repair the staff house so the midwife can live on site",
        "Commune chief",
        "Commune council",
        "Budget line in the commune investment plan",
    ),
)


def _key(ind: e.Indicator) -> str:
    return ind.code if ind.code in REASONS else ind.text


def seed_demo(store: Store, today: date | None = None) -> list[str]:
    """Write the demo into the store and return the three cycle ids, oldest first."""
    today = today or date.today()
    rnd = random.Random(20261122)
    facility = e.Facility("Riverside Health Centre", sector="health", code="RHC-014")
    ids: list[str] = []
    prev_id: str | None = None
    starts = [today - timedelta(days=400), today - timedelta(days=200), today - timedelta(days=10)]
    # Quality improves round by round, a little unevenly, so the trend charts show something real.
    lift = [0.0, 0.8, 1.2]
    with store.transaction():
        for r in range(3):
            start = starts[r]
            if prev_id is None:
                cycle = e.Cycle(
                    facility.id,
                    COMMUNITY,
                    round_no=1,
                    scale_code="faces5",
                    scoring_mode="both",
                    language="en",
                    lead_facilitator="Nguyen Thi Mai",
                    facilitators=["Tran Van Duc", "Le Thi Hoa"],
                )
                store.create_cycle(cycle, facility)
                for n, code in enumerate(LIBRARY_CODES):
                    lib = library_entry(code)
                    store.add(
                        e.Indicator(
                            cycle.id, lib["text"], code=code, pictogram=lib["pictogram"], position=n
                        )
                    )
                for n, text in enumerate(CUSTOM[:1]):
                    store.add(e.Indicator(cycle.id, text, position=len(LIBRARY_CODES) + n))
            else:
                cycle = store.start_next_round(prev_id)
                if r == 2:  # the community added a second custom indicator in round 3
                    store.add(e.Indicator(cycle.id, CUSTOM[1], position=20))
            _fill_round(store, cycle.id, rnd, start, lift[r], complete=(r < 2), today=today)
            ids.append(cycle.id)
            prev_id = cycle.id
    return ids


def _dates(store: Store, cycle_id: str, start: date, stages: int) -> None:
    from .core.stages import STAGE_CODES

    for n, stage in enumerate(STAGE_CODES):
        planned = (start + timedelta(days=3 * n)).isoformat()
        actual = (start + timedelta(days=3 * n + (n % 3 == 2))).isoformat() if n < stages else None
        store.set_stage_date(cycle_id, stage, planned=planned, actual=actual)


def _fill_round(
    store: Store,
    cycle_id: str,
    rnd: random.Random,
    start: date,
    lift: float,
    complete: bool,
    today: date,
) -> None:
    _dates(store, cycle_id, start, 10 if complete else 6)
    store.load_cycle(cycle_id)
    groups = []
    number = 1
    for pos, (name, gtype, size) in enumerate(GROUPS):
        g = store.add(
            e.Group(cycle_id, name, type=gtype, position=pos, facilitators=["Tran Van Duc"])
        )
        members = []
        for k in range(size):
            gender = {"women": "female", "men": "male"}.get(gtype) or (
                "female" if k % 2 else "male"
            )
            age = {
                "youth": rnd.choice(["<18", "18-24"]),
                "disability": rnd.choice(["50-64", "65+", "35-49"]),
            }.get(gtype, rnd.choice(["25-34", "35-49", "50-64"]))
            p = e.Participant(
                cycle_id,
                g.id,
                number,
                age_band=age,
                gender=gender,
                disability=(gtype == "disability" and k % 2 == 0) or rnd.random() < 0.05,
                minority=rnd.random() < 0.2,
                poor=rnd.random() < 0.3,
                youth=age in e.YOUTH_AGE_BANDS,
            )
            members.append(store.add(p))
            number += 1
        groups.append((g, members))
    provider = store.add(
        e.Group(cycle_id, "Health centre staff", kind="provider", type="staff", position=9)
    )
    for k in range(5):
        store.add(
            e.Participant(
                cycle_id,
                provider.id,
                number,
                gender="female" if k < 3 else "male",
                age_band="35-49",
            )
        )
        number += 1
    store.add(
        e.Participant(cycle_id, groups[0][0].id, 0, countable=False)
    )  # the "someone in the room"

    inputs = (
        ("Nurses on duty", "persons", 4, "Staffing norm 2024", 3, "One post vacant since March"),
        ("Midwives", "persons", 2, "Staffing norm 2024", 1, ""),
        ("Delivery beds", "beds", 4, "District plan", 4, ""),
        (
            "Paracetamol stock",
            "boxes/month",
            50,
            "Essential medicines list",
            32,
            "Runs out at month end",
        ),
        ("Working toilets", "toilets", 3, "Facility standard", 1, "Two blocked"),
    )
    for pos, (item, unit, ent, src, act, rem) in enumerate(inputs):
        store.add(e.InputItem(cycle_id, item, unit, ent, src, act + (lift > 0), rem, position=pos))

    issue_texts = (
        "Long waiting time",
        "Rude staff",
        "Medicines out of stock",
        "Closed on market days",
        "Dirty toilets",
        "Asked to pay for the card",
        "No midwife at night",
    )
    for g, members in groups:
        for t in rnd.sample(issue_texts, 4):
            store.add(
                e.Issue(
                    cycle_id,
                    g.id,
                    t,
                    votes=rnd.randint(2, 12),
                    participant_id=rnd.choice(members).id,
                )
            )
    dups = store.load_cycle(cycle_id).issues
    by_text: dict[str, list[e.Issue]] = {}
    for i in dups:
        by_text.setdefault(i.text, []).append(i)
    for same in by_text.values():
        if len(same) > 1:
            store.merge_issues(same[0].id, [i.id for i in same[1:]])

    inds = [i for i in store.load_cycle(cycle_id).indicators if not i.provider_only]
    base = {ind.id: rnd.uniform(1.6, 3.4) for ind in inds}
    for gi, (g, members) in enumerate(groups):
        for ind in inds:
            mean = min(5.0, base[ind.id] + lift + rnd.uniform(-0.6, 0.6))
            reason, suggestion = REASONS.get(_key(ind), ("", ""))
            if gi == 0:  # the women's group votes one by one (secret ballot)
                for p in members:
                    v = max(1, min(5, round(rnd.gauss(mean, 0.9))))
                    store.set_vote(cycle_id, p.id, ind.id, v)
                store.set_score(cycle_id, g.id, ind.id, reason=reason, suggestion=suggestion)
            else:
                store.set_score(
                    cycle_id,
                    g.id,
                    ind.id,
                    value=max(1, min(5, round(mean))),
                    reason=reason,
                    suggestion=suggestion,
                )
    for ind in inds:
        v = max(1, min(5, round(base[ind.id] + lift + 1.3)))
        store.set_score(
            cycle_id,
            provider.id,
            ind.id,
            value=v,
            reason="Staff view: we do our best with what we have.",
            suggestion="More staff and a reliable medicine supply.",
        )
    own = next((i for i in store.load_cycle(cycle_id).indicators if i.provider_only), None)
    if own is None:  # the providers' own indicator; later rounds carry it over
        own = store.add(
            e.Indicator(
                cycle_id,
                "Community pays the agreed user fees on time",
                provider_only=True,
                position=30,
            )
        )
    store.set_score(
        cycle_id, provider.id, own.id, value=3, reason="About half of patients pay late."
    )

    if not complete:
        store.update(e.Cycle, cycle_id, stage="provider_scoring")
        return
    meeting_day = start + timedelta(days=21)
    store.add(
        e.InterfaceMeeting(
            cycle_id,
            held_on=meeting_day.isoformat(),
            venue="Mai Commune hall",
            notes="Both sides agreed waiting time and medicines are the priorities.",
            officials=["Mr. Son (commune chief)", "Dr. Thu (district health office)"],
            community_attendees=14,
            provider_attendees=5,
        )
    )
    inds = {(_key(i)): i for i in store.load_cycle(cycle_id).indicators}
    for n, (key, what, who, inst, res) in enumerate(ACTIONS):
        ind = inds.get(key)
        if ind is None:
            continue
        due = meeting_day + timedelta(days=60 + 30 * n)
        a = store.add(
            e.Action(
                cycle_id,
                what,
                indicator_id=ind.id,
                responsible=who,
                institution=inst,
                due=due.isoformat(),
                resources=res,
                priority="high" if n < 2 else "medium",
                escalated=inst.startswith("District"),
            )
        )
        status = ("done", "in_progress", "done", "blocked", "not_started")[n % 5]
        on = meeting_day + timedelta(days=45)
        store.add(
            e.ActionUpdate(
                a.id, on.isoformat(), status, "Checked at the monthly follow-up meeting."
            )
        )
        store.update(e.Action, a.id, status=status)
    store.update(
        e.Cycle, cycle_id, stage="follow_up", next_review=(start + timedelta(days=190)).isoformat()
    )
    store.finish_cycle(cycle_id)
