"""The tables of the open-data package: columns, keys and the words of the data dictionary.

One definition feeds the Table Schemas in datapackage.json, the README and the CSV headers, so the
three cannot disagree. What is deliberately absent: participants (no row per person), names of
facilitators, responsible persons and officials, free-text notes of follow-up and meetings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scorecard_app.core import entities as e
from scorecard_app.core.disclosure import MIN_CELL, SUPPRESSED
from scorecard_app.core.scales import SCALES

# How a cell says "no figure": empty for "there is none", SUPPRESSED for "fewer than 5 people".
MISSING_VALUES = ["", SUPPRESSED]

# The group types results are given for: all community groups together, each community group
# type, and the service providers together.
ALL_COMMUNITY = "community"
ALL_PROVIDERS = "provider"
RESULT_GROUP_TYPES: dict[str, str] = {
    ALL_COMMUNITY: "All community groups together",
    **{k: f"Community groups of type: {v}" for k, v in e.GROUP_TYPES.items()},
    ALL_PROVIDERS: "All service-provider groups together",
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Table Schema type: string, integer, number, boolean, date
    description: str
    required: bool = False
    enum: tuple[str, ...] = ()

    def schema(self) -> dict:
        out: dict = {"name": self.name, "type": self.type, "description": self.description}
        constraints: dict = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if constraints:
            out["constraints"] = constraints
        if self.type == "boolean":
            out["trueValues"], out["falseValues"] = ["true"], ["false"]
        return out


@dataclass(frozen=True)
class Resource:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (field, resource or "" for self, field)
    code_list: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def table_schema(self) -> dict:
        out: dict = {
            "fields": [f.schema() for f in self.fields],
            "primaryKey": list(self.primary_key),
            "missingValues": MISSING_VALUES,
        }
        if self.foreign_keys:
            out["foreignKeys"] = [
                {"fields": [f], "reference": {"resource": res, "fields": [ref]}}
                for f, res, ref in self.foreign_keys
            ]
        return out


_ID = "A stable identifier (UUID) made when the record was created; the same in every export."
_SUPPRESSED_NOTE = (
    f"“{SUPPRESSED}” when the figure rests on fewer than {MIN_CELL} people (suppressed)."
)

FACILITIES = Resource(
    "facilities",
    "Facilities",
    "The public services that were scored: health centres, schools, water points, offices.",
    (
        Field("facility_id", "string", _ID, required=True),
        Field("name", "string", "The facility's name.", required=True),
        Field("sector", "string", "Sector code (see sectors).", required=True),
        Field("code", "string", "The facility's official code, when known."),
    ),
    ("facility_id",),
    (("sector", "sectors", "code"),),
)
CYCLES = Resource(
    "cycles",
    "Score-card cycles",
    "One row per score-card cycle (one round at one facility with one community). Practice "
    "(training) cycles are never included.",
    (
        Field("cycle_id", "string", _ID, required=True),
        Field("facility_id", "string", "The facility scored (see facilities).", required=True),
        Field(
            "location",
            "string",
            "The community's place, from the widest to the narrowest level, separated by “ › ”.",
        ),
        Field("round", "integer", "Which round at this facility and place (1, 2, …).", True),
        Field(
            "previous_cycle_id",
            "string",
            "The previous round's cycle, when it is in this package.",
        ),
        Field("scale", "string", "The scoring scale (see scales).", required=True),
        Field(
            "scoring_mode",
            "string",
            "How groups scored: a consensus per group, individual votes, or both.",
            enum=tuple(e.SCORING_MODES),
        ),
        Field("status", "string", "Whether the cycle is finished.", enum=tuple(e.CYCLE_STATUSES)),
        Field("stage", "string", "The furthest stage reached."),
        Field("started_on", "date", "The first day of the cycle's work, when recorded."),
        Field("interface_meeting_on", "date", "The day of the interface meeting, when held."),
        Field("finished_on", "date", "The day the cycle was marked finished."),
        Field(
            "community_participants",
            "integer",
            "People counted in the community groups. " + _SUPPRESSED_NOTE,
        ),
        Field(
            "provider_participants",
            "integer",
            "People counted in the service-provider groups. " + _SUPPRESSED_NOTE,
        ),
    ),
    ("cycle_id",),
    (
        ("facility_id", "facilities", "facility_id"),
        ("previous_cycle_id", "", "cycle_id"),
        ("scale", "scales", "code"),
    ),
)
INDICATORS = Resource(
    "indicators",
    "Indicators",
    "What each cycle's groups scored. The same library code across rounds means the same "
    "indicator; custom indicators carry a “custom-” code that the next round keeps.",
    (
        Field("indicator_id", "string", _ID, required=True),
        Field("cycle_id", "string", "The cycle (see cycles).", required=True),
        Field("code", "string", "Indicator library code, or custom-… for the community's own."),
        Field("text", "string", "The indicator as worded in the cycle.", required=True),
        Field("position", "integer", "Order in the cycle's score sheet."),
        Field(
            "provider_only",
            "boolean",
            "True for the service providers' own extra indicators (not scored by the community).",
        ),
    ),
    ("indicator_id",),
    (("cycle_id", "cycles", "cycle_id"),),
)
RESULTS = Resource(
    "results",
    "Results",
    "Scores per indicator and group type, by the same method the app prints: a group's score "
    "is its consensus, or else the exact median of its members' votes; the community's score is "
    "the median of its groups' scores. Values are on the cycle's scale (see scales).",
    (
        Field("cycle_id", "string", "The cycle (see cycles).", required=True),
        Field("indicator_id", "string", "The indicator (see indicators).", required=True),
        Field("round", "integer", "The cycle's round (repeated here for convenience).", True),
        Field("group_type", "string", "Whose score (see group-types).", required=True),
        Field(
            "n",
            "integer",
            "People behind the figures: counted participants of these groups, or the number of "
            "ratings when that is larger (shows of hands).",
            required=True,
        ),
        Field("median", "number", "Exact median of individual ratings. " + _SUPPRESSED_NOTE),
        Field("consensus", "number", "Median of the groups' consensus scores. " + _SUPPRESSED_NOTE),
        Field("score", "number", "The groups' score (see above). " + _SUPPRESSED_NOTE),
        Field(
            "provider_score",
            "number",
            "The service providers' self-assessment of the same indicator. " + _SUPPRESSED_NOTE,
        ),
        Field("gap", "number", "score minus provider_score. " + _SUPPRESSED_NOTE),
        Field(
            "change",
            "number",
            "Change of score since the previous round (converted to this cycle's scale). "
            + _SUPPRESSED_NOTE,
        ),
        Field(
            "suppressed",
            "boolean",
            f"True when this row's own figures are hidden because n is under {MIN_CELL}.",
            required=True,
        ),
    ),
    ("indicator_id", "group_type"),
    (
        ("cycle_id", "cycles", "cycle_id"),
        ("indicator_id", "indicators", "indicator_id"),
        ("group_type", "group-types", "code"),
    ),
)
ACTIONS = Resource(
    "actions",
    "Joint action plan",
    "What community and providers agreed to do at the interface meeting, and how far it got. "
    "Names of responsible persons are left out; the institution is given.",
    (
        Field("action_id", "string", _ID, required=True),
        Field("cycle_id", "string", "The cycle (see cycles).", required=True),
        Field("indicator_id", "string", "The indicator the action answers, when linked."),
        Field("what", "string", "The action.", required=True),
        Field("institution", "string", "The institution that owns the action."),
        Field(
            "owner_side",
            "string",
            "provider when the service itself owns the action (its name or sector word is in "
            "the institution), other otherwise.",
            enum=("provider", "other"),
        ),
        Field("priority", "string", "high, medium or low.", enum=tuple(e.PRIORITIES)),
        Field("due", "date", "When it should be done."),
        Field("status", "string", "Status code (see action-statuses).", required=True),
        Field("escalated", "boolean", "True when raised to a higher authority."),
        Field("last_update_on", "date", "Date of the latest follow-up update."),
    ),
    ("action_id",),
    (
        ("cycle_id", "cycles", "cycle_id"),
        ("indicator_id", "indicators", "indicator_id"),
        ("status", "action-statuses", "code"),
    ),
)
ACTION_UPDATES = Resource(
    "action-updates",
    "Action follow-up",
    "Each follow-up of an action: the date and the status found (notes are left out: they are "
    "free text and may name people).",
    (
        Field("update_id", "string", _ID, required=True),
        Field("action_id", "string", "The action (see actions).", required=True),
        Field("on_date", "date", "When the follow-up happened.", required=True),
        Field("status", "string", "Status found (see action-statuses).", required=True),
    ),
    ("update_id",),
    (("action_id", "actions", "action_id"), ("status", "action-statuses", "code")),
)


def _code_list(name: str, title: str) -> Resource:
    return Resource(
        name,
        title,
        f"Code list: {title.lower()}.",
        (
            Field("code", "string", "The code used in the other tables.", required=True),
            Field("label", "string", "Its meaning in English.", required=True),
        ),
        ("code",),
        code_list=True,
    )


SECTORS = _code_list("sectors", "Sectors")
GROUP_TYPES = _code_list("group-types", "Group types")
ACTION_STATUSES = _code_list("action-statuses", "Action statuses")
SCALES_RESOURCE = Resource(
    "scales",
    "Scoring scales",
    "Code list: the scales scores are given on, with their range and step.",
    (
        Field("code", "string", "The code used in cycles.", required=True),
        Field("label", "string", "Its name in English.", required=True),
        Field("minimum", "number", "The lowest score.", required=True),
        Field("maximum", "number", "The highest score.", required=True),
        Field("step", "number", "The step between allowed scores.", required=True),
    ),
    ("code",),
    code_list=True,
)

# In the order they are written (a table's references come before it, for readers that load
# the files one by one).
RESOURCES: tuple[Resource, ...] = (
    SECTORS,
    GROUP_TYPES,
    ACTION_STATUSES,
    SCALES_RESOURCE,
    FACILITIES,
    CYCLES,
    INDICATORS,
    RESULTS,
    ACTIONS,
    ACTION_UPDATES,
)
BY_NAME = {r.name: r for r in RESOURCES}


def code_list_rows() -> dict[str, list[dict]]:
    """The rows of every code list, from the app's own vocabularies."""
    return {
        "sectors": [{"code": k, "label": v} for k, v in e.SECTORS.items()],
        "group-types": [{"code": k, "label": v} for k, v in RESULT_GROUP_TYPES.items()],
        "action-statuses": [{"code": k, "label": v} for k, v in e.ACTION_STATUSES.items()],
        "scales": [
            {"code": s.code, "label": s.name, "minimum": s.minimum, "maximum": s.maximum}
            | {"step": s.step}
            for s in SCALES.values()
        ],
    }
