"""The requirement catalogue: what the compliance gate checks every document against.

The catalogue (``clauses/requirements.yaml``) lists every requirement of the
"Contracts" section of Regulation 3520.13-R with the regulation's own words and
the key wording a clause must carry to meet it, and the periods its "Notices"
section gives CREC. The gate itself is :mod:`crec_assemble.assembly.gate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..inputs.validation import DESCRIPTION, check_schema, closed, string
from ..inputs.yaml_source import raise_problems, read_yaml
from ..model import Requirement
from .notice_periods import NoticePeriods, notice_periods

__all__ = ["REQUIREMENT_IDS", "Catalogue", "load_catalogue", "read_catalogue"]

# The ids the regulation's "Contracts" section defines, in its order.
REQUIREMENT_IDS = (
    *(f"R{n}" for n in range(1, 6)),
    *(f"R6{letter}" for letter in "abcd"),
    *(f"R{n}" for n in range(7, 15)),
    *(f"R15{letter}" for letter in "abcde"),
    "U1",
    "U2",
)

# The parameters code reads: the breach-notice deadlines of paragraph 6 (see
# breach_limits.py, read by the paperwork's deadlines and the audit). Any other key is
# refused, so a number added to the catalogue cannot go unread.
_DAYS = {"type": "integer", "minimum": 1}
_DAY_COUNT = {"enum": ["calendar", "days"], "title": "permitted day_count value"}
_PARAMETERS = {
    "R6a": closed(
        {"deadline_days": _DAYS, "urgent_deadline_days": _DAYS, "day_count": _DAY_COUNT},
        ["deadline_days", "urgent_deadline_days", "day_count"],
    ),
    **{
        rid: closed(
            {"deadline_days": _DAYS, "day_count": _DAY_COUNT}, ["deadline_days", "day_count"]
        )
        for rid in ("R6b", "R6c", "R6d")
    },
}
_PARAMETERS_BY_ID = [
    *(
        {
            "if": {"properties": {"id": {"const": rid}}, "required": ["id"]},
            "then": {
                "properties": {"parameters": schema},
                "required": ["parameters"],
                "x-required": {"parameters": "the breach deadline is required (deadline_days)"},
            },
        }
        for rid, schema in _PARAMETERS.items()
    ),
    {
        "if": {"properties": {"id": {"not": {"enum": list(_PARAMETERS)}}}, "required": ["id"]},
        "then": {"properties": {"parameters": closed({}, [])}},
    },
]

# The "Notices" section's two periods for CREC (see notice_periods.py), both in business days.
_NOTICE_PERIOD = closed(
    {
        "paragraph": string("Where the period comes from, as the paperwork cites it."),
        "business_days": _DAYS,
        "rule": string("The regulation's own words.", limit=DESCRIPTION, lines=True),
    },
    ["paragraph", "business_days", "rule"],
)

_CATALOGUE_SCHEMA = closed(
    {
        "catalogue": {"const": 1},
        "regulation": string("The regulation the catalogue transcribes."),
        "notices": closed(
            {"after_execution": _NOTICE_PERIOD, "after_breach_notice": _NOTICE_PERIOD},
            ["after_execution", "after_breach_notice"],
        ),
        "requirements": {
            "type": "array",
            "items": closed(
                {
                    "id": {"enum": list(REQUIREMENT_IDS), "title": "requirement id"},
                    "paragraph": string("The regulation's paragraph, e.g. 6(a)."),
                    "summary": string("One line."),
                    "text": string("The regulation's own words.", limit=DESCRIPTION, lines=True),
                    "applies_to": {
                        "enum": ["all", "operator"],
                        "title": "permitted applies_to value",
                    },
                    "validity": {"type": "boolean"},
                    "parameters": {"type": "object"},
                    "wording": {"type": "array", "items": {"type": "string", "minLength": 1}},
                },
                ["id", "paragraph", "summary", "text", "applies_to", "validity", "wording"],
                allOf=_PARAMETERS_BY_ID,
            ),
        },
    },
    ["catalogue", "regulation", "notices", "requirements"],
)


@dataclass(frozen=True)
class Catalogue:
    """The requirements the gate checks, and the periods "Notices" gives CREC."""

    requirements: tuple[Requirement, ...]
    notices: NoticePeriods


def load_catalogue(path: Path) -> tuple[Requirement, ...]:
    """The catalogue's requirements, for callers that check wording and nothing else.

    Raises:
        InputError: on a malformed or incomplete catalogue.
    """
    return read_catalogue(path).requirements


def read_catalogue(path: Path) -> Catalogue:
    """Read the catalogue; every id must appear exactly once.

    Raises:
        InputError: on a malformed or incomplete catalogue.
    """
    document, _ = read_yaml(path)
    problems = check_schema(document, _CATALOGUE_SCHEMA, "catalogue")
    raise_problems(problems)
    entries: list[dict[str, Any]] = document.data["requirements"]
    ids = [entry["id"] for entry in entries]
    for index, entry in enumerate(entries):
        if ids.index(entry["id"]) != index:
            problems.append(
                document.problem(["requirements", index, "id"], "listed twice", "catalogue")
            )
    for missing in sorted(set(REQUIREMENT_IDS) - set(ids), key=REQUIREMENT_IDS.index):
        problems.append(document.problem(["requirements"], f"{missing} is missing", "catalogue"))
    raise_problems(problems)
    requirements = tuple(
        Requirement(
            id=entry["id"],
            paragraph=entry["paragraph"],
            summary=entry["summary"],
            text=" ".join(entry["text"].split()),
            applies_to=entry["applies_to"],
            validity=entry["validity"],
            parameters=MappingProxyType(dict(entry.get("parameters") or {})),
            wording=tuple(entry["wording"]),
        )
        for entry in sorted(entries, key=lambda e: REQUIREMENT_IDS.index(e["id"]))
    )
    return Catalogue(requirements, notice_periods(document.data["notices"]))
