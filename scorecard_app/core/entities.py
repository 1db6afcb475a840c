"""The entities of a Community Score Card cycle, as plain dataclasses.

Ids are client-made UUIDv7 text (see ids.py) so rows stay the same across laptops and the server.
Dates are ISO-8601 text ("2026-11-22"); times are ISO-8601 UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import uuid7
from .scales import Scale, get_scale
from .text import QT_TRANSLATE_NOOP

# Closed vocabularies. Codes are stored; the English words are translatable display text.
_C = "Vocabulary"
SECTORS = {
    "health": QT_TRANSLATE_NOOP("Vocabulary", "Health centre"),
    "school": QT_TRANSLATE_NOOP("Vocabulary", "Primary school"),
    "water": QT_TRANSLATE_NOOP("Vocabulary", "Water point"),
    "admin": QT_TRANSLATE_NOOP("Vocabulary", "Local administration office"),
}


# Codes that logic names, one class per vocabulary; each vocabulary's dict below lists them all
# (in order: the database's CHECK clauses are built from these dicts, see store/schema.py).
class GroupKind:
    COMMUNITY = "community"
    PROVIDER = "provider"


class ScoringMode:
    CONSENSUS = "consensus"
    INDIVIDUAL = "individual"
    BOTH = "both"


class CycleStatus:
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class ActionStatus:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"
    BLOCKED = "blocked"


class OpKind:
    """What one outbox row (one op on the wire, sync/schema/v1/op.json) does to a record."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


OP_KINDS = (OpKind.INSERT, OpKind.UPDATE, OpKind.DELETE, OpKind.RESTORE)

GROUP_KINDS = {
    GroupKind.COMMUNITY: QT_TRANSLATE_NOOP("Vocabulary", "Community"),
    GroupKind.PROVIDER: QT_TRANSLATE_NOOP("Vocabulary", "Service provider"),
}
GROUP_TYPES = {
    "women": QT_TRANSLATE_NOOP("Vocabulary", "Women"),
    "men": QT_TRANSLATE_NOOP("Vocabulary", "Men"),
    "youth": QT_TRANSLATE_NOOP("Vocabulary", "Youth"),
    "elders": QT_TRANSLATE_NOOP("Vocabulary", "Elders"),
    "disability": QT_TRANSLATE_NOOP("Vocabulary", "People with disabilities"),
    "staff": QT_TRANSLATE_NOOP("Vocabulary", "Staff"),
    "custom": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
SCORING_MODES = {
    ScoringMode.CONSENSUS: QT_TRANSLATE_NOOP("Vocabulary", "Group consensus"),
    ScoringMode.INDIVIDUAL: QT_TRANSLATE_NOOP("Vocabulary", "Individual votes"),
    ScoringMode.BOTH: QT_TRANSLATE_NOOP("Vocabulary", "Both"),
}
CYCLE_STATUSES = {
    CycleStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    CycleStatus.COMPLETE: QT_TRANSLATE_NOOP("Vocabulary", "Complete"),
}
ACTION_STATUSES = {
    ActionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Vocabulary", "Not started"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    ActionStatus.BLOCKED: QT_TRANSLATE_NOOP("Vocabulary", "Blocked"),
}
OPEN_ACTION_STATUSES = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)
GENDERS = {
    "female": QT_TRANSLATE_NOOP("Vocabulary", "Female"),
    "male": QT_TRANSLATE_NOOP("Vocabulary", "Male"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
AGE_BANDS = ("<18", "18-24", "25-34", "35-49", "50-64", "65+")
YOUTH_AGE_BANDS = ("<18", "18-24")  # youth is set from age where an age band is known
PRIORITIES = {
    "high": QT_TRANSLATE_NOOP("Vocabulary", "High"),
    "medium": QT_TRANSLATE_NOOP("Vocabulary", "Medium"),
    "low": QT_TRANSLATE_NOOP("Vocabulary", "Low"),
}
# Participant attributes that votes can be broken down by.
ATTRIBUTES = ("gender", "age_band", "disability", "minority", "poor", "youth")


def _id() -> str:
    return uuid7()


@dataclass
class Facility:
    name: str
    sector: str = "health"
    code: str = ""
    id: str = field(default_factory=_id)


@dataclass
class StageDates:
    planned: str | None = None
    actual: str | None = None


@dataclass
class Cycle:
    facility_id: str
    community: str  # location path "Region › District › Commune › Village"
    round_no: int = 1
    previous_cycle_id: str | None = None
    scale_code: str = "faces5"
    scoring_mode: str = ScoringMode.CONSENSUS
    language: str = "en"
    status: str = CycleStatus.IN_PROGRESS
    stage: str = "setup"  # the furthest stage reached
    training: bool = False  # practice cycles are marked and never synced
    lead_facilitator: str = ""
    facilitators: list[str] = field(default_factory=list)
    stage_dates: dict[str, StageDates] = field(default_factory=dict)
    next_review: str | None = None
    finished_at: str | None = None
    id: str = field(default_factory=_id)

    @property
    def scale(self) -> Scale:
        return get_scale(self.scale_code)

    @property
    def is_complete(self) -> bool:
        """Finished: read-only until reopened (only the follow-up goes on)."""
        return self.status == CycleStatus.COMPLETE

    @property
    def scores_by_consensus(self) -> bool:
        return self.scoring_mode in (ScoringMode.CONSENSUS, ScoringMode.BOTH)

    @property
    def scores_by_vote(self) -> bool:
        return self.scoring_mode in (ScoringMode.INDIVIDUAL, ScoringMode.BOTH)

    @property
    def location_parts(self) -> list[str]:
        return [p.strip() for p in self.community.split("›") if p.strip()]

    @property
    def village(self) -> str:
        parts = self.location_parts
        return parts[-1] if parts else ""


@dataclass
class Group:
    cycle_id: str
    name: str
    kind: str = GroupKind.COMMUNITY
    type: str = "custom"
    facilitators: list[str] = field(default_factory=list)
    position: int = 0
    id: str = field(default_factory=_id)

    @property
    def is_provider(self) -> bool:
        return self.kind == GroupKind.PROVIDER


@dataclass
class Participant:
    cycle_id: str
    group_id: str
    number: int
    age_band: str | None = None
    gender: str | None = None
    disability: bool = False
    minority: bool = False
    poor: bool = False
    youth: bool = False
    countable: bool = True  # False for the anonymous "someone in the room" participant
    id: str = field(default_factory=_id)

    def attribute(self, name: str) -> object:
        return getattr(self, name)


@dataclass
class InputItem:
    cycle_id: str
    item: str
    unit: str = ""
    entitlement: float | None = None
    source: str = ""
    actual: float | None = None
    remarks: str = ""
    position: int = 0
    id: str = field(default_factory=_id)

    @property
    def gap(self) -> float | None:
        """Actual minus entitlement: negative means less than promised."""
        if self.entitlement is None or self.actual is None:
            return None
        return self.actual - self.entitlement


@dataclass
class Issue:
    cycle_id: str
    group_id: str | None
    text: str
    votes: int = 0
    merged_into: str | None = None  # id of the issue this duplicate was merged into
    participant_id: str | None = None  # who raised it, when known
    id: str = field(default_factory=_id)


@dataclass
class Indicator:
    cycle_id: str
    text: str
    code: str = ""  # library code, or "custom-<uuid>" carried across rounds for trends
    pictogram: str = ""
    position: int = 0
    provider_only: bool = False  # the providers' own extra indicators
    source_issue_id: str | None = None
    id: str = field(default_factory=_id)

    def __post_init__(self) -> None:
        if not self.code:  # custom indicators get a code too, so the next round's copy matches
            self.code = f"custom-{self.id}"

    @property
    def is_custom(self) -> bool:
        return self.code.startswith("custom-")


@dataclass
class Score:
    """One group's consensus score for one indicator, with the why and the what-next."""

    cycle_id: str
    group_id: str
    indicator_id: str
    value: float | None = None
    reason: str = ""
    suggestion: str = ""
    id: str = field(default_factory=_id)


@dataclass
class Vote:
    """One participant's own rating of one indicator."""

    cycle_id: str
    participant_id: str
    indicator_id: str
    value: float
    id: str = field(default_factory=_id)


@dataclass
class Tally:
    """A show of hands: how many people in a group chose one scale level."""

    cycle_id: str
    group_id: str
    indicator_id: str
    value: float
    count: int
    id: str = field(default_factory=_id)


@dataclass
class InterfaceMeeting:
    cycle_id: str
    held_on: str | None = None
    venue: str = ""
    notes: str = ""
    officials: list[str] = field(default_factory=list)  # officials present, "Name (role)"
    community_attendees: int = 0
    provider_attendees: int = 0
    indicator_notes: dict[str, str] = field(default_factory=dict)  # indicator id → discussion
    id: str = field(default_factory=_id)


@dataclass
class Action:
    cycle_id: str
    what: str
    indicator_id: str | None = None
    responsible: str = ""
    institution: str = ""
    due: str | None = None
    resources: str = ""
    status: str = ActionStatus.NOT_STARTED
    escalated: bool = False
    priority: str = "medium"
    id: str = field(default_factory=_id)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ACTION_STATUSES

    def is_overdue(self, today: str) -> bool:
        return self.is_open and self.due is not None and self.due < today


@dataclass
class ActionUpdate:
    action_id: str
    on_date: str
    status: str
    note: str = ""
    id: str = field(default_factory=_id)


@dataclass
class CycleData:
    """Everything one cycle holds, loaded at once: what reports, checks and screens read."""

    cycle: Cycle
    facility: Facility
    groups: list[Group] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    input_items: list[InputItem] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    meeting: InterfaceMeeting | None = None
    actions: list[Action] = field(default_factory=list)
    updates: list[ActionUpdate] = field(default_factory=list)

    @property
    def community_groups(self) -> list[Group]:
        return [g for g in self.groups if g.kind == GroupKind.COMMUNITY]

    @property
    def provider_groups(self) -> list[Group]:
        return [g for g in self.groups if g.kind == GroupKind.PROVIDER]

    @property
    def shared_indicators(self) -> list[Indicator]:
        """Indicators both sides score (the providers' own extras left out)."""
        return [i for i in self.indicators if not i.provider_only]

    def group(self, group_id: str) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def indicator(self, indicator_id: str | None) -> Indicator | None:
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def participants_of(self, group_id: str) -> list[Participant]:
        return [p for p in self.participants if p.group_id == group_id]

    def updates_of(self, action_id: str) -> list[ActionUpdate]:
        return sorted(
            (u for u in self.updates if u.action_id == action_id), key=lambda u: u.on_date
        )


@dataclass(frozen=True)
class CycleSummary:
    """One line of the home list, cheap to load for thousands of cycles."""

    id: str
    facility_id: str
    facility: str
    sector: str
    community: str
    round_no: int
    stage: str
    status: str
    training: bool
    language: str
    updated_at: str
    open_actions: int = 0
    overdue_actions: int = 0
    previous_cycle_id: str | None = None
