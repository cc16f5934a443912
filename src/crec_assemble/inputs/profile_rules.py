"""The rules of a profile that its JSON Schema cannot say.

Dates that exist and run forwards, an operator that operates something, and
subcontractors that receive only the student data the contractor declares
(provision 14). They run even on a profile the schema rejected, so that every
problem is reported at once, and look only at the parts that are well-formed.

One rule depends on what is built, not on the profile alone: a flow-down that is
not a draft needs its subcontractor's contacts (:func:`flowdown_problems`). The
profile is valid without them; the planning of flow-downs applies it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import quoted
from ..model import Profile
from .dates import calendar_date
from .names import slug
from .vocabulary import (
    DIRECTORY_INFORMATION,
    OPERATOR_DELIVERY,
    STUDENT_INFORMATION,
    WHOLE_CATEGORIES,
)
from .yaml_source import PathItem, Problem, YamlDocument, format_path

__all__ = ["flowdown_problems", "rule_problems"]

_Found = Iterator[tuple[list[PathItem], str]]
"""What one group of rules finds: each problem as (path in the profile, message)."""

_KNOWN_CATEGORIES = frozenset({*STUDENT_INFORMATION, *DIRECTORY_INFORMATION, *WHOLE_CATEGORIES})


def rule_problems(document: YamlDocument) -> list[Problem]:
    """What the schema cannot say: real dates, their order, roles and data flow-down."""
    data = document.data
    found = [*_service_problems(data), *_data_problems(data), *_subcontractor_problems(data)]
    return [document.problem(path, message, "profile") for path, message in found]


# What a signed flow-down prints about its subcontractor, and why it cannot be left blank.
_FLOWDOWN_NEEDS = {
    "address": "postal address, for notices",
    "signatory": "signatory (name and title), who signs it",
    "privacy_contact": "privacy contact (name and e-mail), for deletion requests and breach "
    "correspondence",
}


def flowdown_problems(profile: Profile) -> list[Problem]:
    """Each contact a subcontractor's flow-down needs and the profile does not give.

    One problem per missing field, at the subcontractor's line, indexed from 0 as
    every problem path is (``subcontractors[1].privacy_contact`` is the second).
    """
    problems: list[Problem] = []
    for index, sub in enumerate(profile.subcontractors):
        given = {
            "address": sub.address,
            "signatory": sub.signatory.name,
            "privacy_contact": sub.privacy_contact.name,
        }
        problems.extend(
            Problem(
                profile.source,
                sub.line,
                format_path(["subcontractors", index, key], "profile"),
                f"missing; a flow-down needs the subcontractor's {needed} "
                "(build with --draft to write it marked DRAFT)",
            )
            for key, needed in _FLOWDOWN_NEEDS.items()
            if not given[key]
        )
    return problems


def _at(data: Any, *path: str | int, kind: type = object) -> Any:
    """The value at ``path`` if every step exists and it is a ``kind``, else None."""
    for key in path:
        if isinstance(key, str) and isinstance(data, dict):
            data = data.get(key)
        elif isinstance(key, int) and isinstance(data, list) and key < len(data):
            data = data[key]
        else:
            return None
    return data if isinstance(data, kind) else None


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _real_date_problem(text: Any) -> str | None:
    """A message for ``2026-02-30``; malformed text is the schema's to report."""
    written_as_date = isinstance(text, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)
    if written_as_date and not calendar_date(text):
        return f"{quoted(text)} is not a calendar date"
    return None


def _date_at(data: Any, *path: str | int) -> date | None:
    """The real calendar date at ``path``, or None when it is missing or malformed."""
    return calendar_date(_at(data, *path, kind=str) or "")


def _service_problems(data: Any) -> _Found:
    """Dates that do not exist or run backwards, and an operator that operates nothing."""
    date_fields: list[list[PathItem]] = [
        ["services", "start_date"], ["services", "end_date"],
        ["services", "master_agreement", "date"],
    ]  # fmt: skip
    for path in date_fields:
        message = _real_date_problem(_at(data, *path))
        if message:
            yield path, message
    start = _date_at(data, "services", "start_date")
    end = _date_at(data, "services", "end_date")
    if start and end and end < start:
        yield ["services", "end_date"], "must not be before services.start_date"
    delivery = _strings(_at(data, "services", "delivery"))
    role = _at(data, "contractor", "role")
    if role == "operator" and delivery and not set(delivery) & set(OPERATOR_DELIVERY):
        yield (
            ["services", "delivery"],
            "an operator operates a website, online service or mobile application; "
            "list one of them or use role: consultant",
        )


def _data_problems(data: Any) -> _Found:
    """A schedule that declares no student data, or content accounts without content."""
    schedule = _at(data, "data", kind=dict)
    if schedule is not None and not _declared(schedule):
        yield (
            ["data"],
            "declares no student data; the agreement is needed only for "
            "contractors that receive student data",
        )
    accounts = _at(data, "data", "content_accounts") is True
    if accounts and _at(data, "data", "student_generated_content") is not True:
        yield ["data", "content_accounts"], "requires student_generated_content: true"


def _subcontractor_problems(data: Any) -> _Found:
    """Subcontractors listed twice, consented to late, or sent data the contractor lacks."""
    end = _date_at(data, "services", "end_date")
    schedule = _at(data, "data", kind=dict)
    seen: dict[str, int] = {}
    for index, sub in enumerate(_at(data, "subcontractors", kind=list) or []):
        here: list[PathItem] = ["subcontractors", index]
        name = _at(sub, "legal_name", kind=str)
        if name is not None:
            key = slug(name)  # two names that give one file name are one subcontractor too
            if key in seen:
                yield (
                    [*here, "legal_name"],
                    f"subcontractor listed twice (same name as subcontractors[{seen[key]}], "
                    "ignoring case and punctuation)",
                )
            seen.setdefault(key, index)
        yield from _consent_problems(sub, here, end)
        if schedule is not None:  # else data: itself is malformed; the schema has said so
            yield from _flow_down_problems(sub, here, _declared(schedule))


def _consent_problems(sub: Any, here: list[PathItem], end: date | None) -> _Found:
    """CREC's consent to a subcontractor must be a real date within the services."""
    consent = _date_at(sub, "consent_date")
    if consent and end and consent > end:
        yield (
            [*here, "consent_date"],
            "is after services.end_date; CREC consents before a sub-contract starts",
        )
    message = _real_date_problem(_at(sub, "consent_date"))
    if message:
        yield [*here, "consent_date"], message


def _flow_down_problems(sub: Any, here: list[PathItem], declared: set[str]) -> _Found:
    """A subcontractor may receive only student data the contractor itself declares."""
    for position, category in enumerate(_at(sub, "data", kind=list) or []):
        if isinstance(category, str) and category in _KNOWN_CATEGORIES and category not in declared:
            yield (
                [*here, "data", position],
                f"{quoted(category)} is not in the contractor's own data (data:); a subcontractor "
                "may receive only student data the contractor declares (provision 14)",
            )


def _declared(schedule: dict[str, Any]) -> set[str]:
    whole = {key for key in WHOLE_CATEGORIES if schedule.get(key) is True}
    listed = _strings(schedule.get("student_information")) + _strings(
        schedule.get("directory_information")
    )
    return set(listed) | whole
