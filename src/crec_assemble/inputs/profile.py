"""Contractor profiles: YAML → validated, frozen :class:`Profile`.

The profile format is a public interface (extend it, never rename). Its JSON
Schema is published by ``crec-assemble schema`` so editors can autocomplete;
the same schema validates every profile here, then the rules a schema cannot
say (dates in order, subcontractors receive only declared data) run on top.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from ..model import (
    ROLES,
    Contractor,
    DataSchedule,
    MasterAgreement,
    Person,
    Profile,
    Services,
    Subcontractor,
)
from .dates import calendar_date
from .names import slug
from .validation import DATE, check_schema, closed, string
from .vocabulary import (
    DELIVERY,
    DIRECTORY_INFORMATION,
    OPERATOR_DELIVERY,
    STUDENT_INFORMATION,
    WHOLE_CATEGORIES,
)
from .yaml_source import (
    Problem,
    YamlDocument,
    canonical_json,
    parse_record,
    raise_problems,
    read_yaml,
)

__all__ = ["PROFILE_SCHEMA", "load_profile", "profile_from_record"]

_EMAIL = {
    "type": "string",
    "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
    "x-expected": "an e-mail address",
}


def _person(description: str, required: list[str], **fields: Any) -> dict[str, Any]:
    return closed({"name": string("Full name."), **fields}, required, description=description)


def _categories(vocabulary: dict[str, str], title: str) -> dict[str, Any]:
    return {
        "type": "array",
        "uniqueItems": True,
        "items": {"enum": list(vocabulary), "title": title},
    }


_SIGNATORY = _person(
    "Who signs for the party.", ["name", "title"], title=string("Job title."), email=_EMAIL
)
_PRIVACY_CONTACT = _person(
    "Who receives deletion requests and breach correspondence.",
    ["name", "email"],
    email=_EMAIL,
    phone={"type": "string", "description": "Telephone number."},
)

PROFILE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://crec-assemble.invalid/profile-1.schema.json",
    "title": "crec-assemble contractor profile",
    "description": "One contractor that receives student data under CREC Regulation 3520.13-R.",
    **closed(
        {
            "profile": {"const": 1, "description": "Profile format version; always 1."},
            "contractor": _person(
                "The contracting party.",
                ["legal_name", "role", "address", "signatory", "privacy_contact"],
            )
            | {
                "properties": {
                    "legal_name": string("Exact legal name, as it appears in the agreement."),
                    "role": {
                        "enum": list(ROLES),
                        "title": "role",
                        "description": "operator (website, online service or mobile app "
                        "for school purposes) or consultant (professional services).",
                    },
                    "address": string("Postal address for notices."),
                    "signatory": _SIGNATORY,
                    "privacy_contact": _PRIVACY_CONTACT,
                }
            },
            "services": closed(
                {
                    "name": string("Product or service name."),
                    "description": string("What the contractor does for CREC (Exhibit A)."),
                    "delivery": {
                        "type": "array",
                        "uniqueItems": True,
                        "minItems": 1,
                        "items": {"enum": list(DELIVERY), "title": "delivery channel"},
                    },
                    "start_date": DATE | {"description": "First day of the services."},
                    "end_date": DATE | {"description": "Last day of the services."},
                    "master_agreement": closed(
                        {
                            "title": string("Title of the vendor's own agreement."),
                            "date": DATE | {"description": "Its date."},
                        },
                        ["title", "date"],
                        description="The vendor's agreement this builds an addendum to.",
                    ),
                },
                ["name", "description", "delivery", "start_date", "end_date"],
            ),
            "data": closed(
                {
                    "student_information": _categories(
                        dict(STUDENT_INFORMATION), "student information category"
                    ),
                    "directory_information": _categories(
                        dict(DIRECTORY_INFORMATION), "directory information category"
                    ),
                    "student_records": {"type": "boolean"},
                    "student_generated_content": {"type": "boolean"},
                    "content_accounts": {
                        "type": "boolean",
                        "description": "Provision 7 exception: students or parents may keep "
                        "an account with the contractor to store student-generated content.",
                    },
                },
                [],
                description="The student data the contractor receives (Exhibit B).",
            ),
            "subcontractors": {
                "type": "array",
                "description": "Approved subcontractors (Exhibit C).",
                "items": closed(
                    {
                        "legal_name": string("Subcontractor's legal name."),
                        "service": string("What it does for the contractor."),
                        "data": _categories(
                            {
                                **STUDENT_INFORMATION,
                                **DIRECTORY_INFORMATION,
                                **WHOLE_CATEGORIES,
                            },
                            "data category",
                        )
                        | {"minItems": 1},
                        "consent_date": DATE
                        | {"description": "Date of CREC's express written consent."},
                        "address": string("Postal address, for its flow-down addendum."),
                        "signatory": _SIGNATORY,
                        "privacy_contact": _PRIVACY_CONTACT,
                    },
                    ["legal_name", "service", "data", "consent_date"],
                    **{
                        "x-required": {
                            "consent_date": "required: a subcontract needs the express written "
                            "consent of CREC (Regulation 3520.13-R, provision 14); give its date"
                        }
                    },
                ),
            },
        },
        ["profile", "contractor", "services", "data"],
    ),
}


def load_profile(path: Path) -> Profile:
    """Read, validate and freeze one profile.

    Raises:
        InputError: listing every problem, one ``FILE:LINE: field: message`` line each.
    """
    document, raw = read_yaml(path)
    return _validated(document, str(path), hashlib.sha256(raw).hexdigest())


def profile_from_record(record: Any, sha256: str, source: str) -> Profile:
    """The profile a manifest recorded, validated again exactly as if read from its file.

    ``sha256`` is the recorded hash of the original file, which the document id
    depends on: a rebuild must carry the same one.

    Raises:
        InputError: when the record does not validate (with ``source`` as its name).
    """
    return _validated(parse_record(record, source), source, sha256)


def _validated(document: YamlDocument, source: str, sha256: str) -> Profile:
    problems = check_schema(document, PROFILE_SCHEMA, "profile")
    raise_problems([*problems, *_rule_problems(document)])
    return _freeze(document.data, source, sha256)


def _at(data: Any, *path: str | int, kind: type = object) -> Any:
    """The value at ``path`` if every step exists and it is a ``kind``, else None.

    The rules below run even on a profile the schema rejected, so that every
    problem is reported at once; they look only at the parts that are well-formed.
    """
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
    if (
        isinstance(text, str)
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)
        and not calendar_date(text)
    ):
        return f"{text!r} is not a calendar date"
    return None


def _rule_problems(document: YamlDocument) -> list[Problem]:
    """What the schema cannot say: real dates, their order, roles and data flow-down."""
    data = document.data
    problems: list[Problem] = []

    def problem(path: list[str | int], message: str) -> None:
        problems.append(document.problem(path, message, "profile"))

    date_fields: list[list[str | int]] = [
        ["services", "start_date"], ["services", "end_date"],
        ["services", "master_agreement", "date"],
    ]  # fmt: skip
    for path in date_fields:
        message = _real_date_problem(_at(data, *path))
        if message:
            problem(path, message)
    start = calendar_date(_at(data, "services", "start_date", kind=str) or "")
    end = calendar_date(_at(data, "services", "end_date", kind=str) or "")
    if start and end and end < start:
        problem(["services", "end_date"], "must not be before services.start_date")

    delivery = _strings(_at(data, "services", "delivery"))
    role = _at(data, "contractor", "role")
    if role == "operator" and delivery and not set(delivery) & set(OPERATOR_DELIVERY):
        problem(
            ["services", "delivery"],
            "an operator operates a website, online service or mobile application; "
            "list one of them or use role: consultant",
        )

    schedule = _at(data, "data", kind=dict)
    declared = _declared(schedule or {})
    if schedule is not None and not declared:
        problem(
            ["data"],
            "declares no student data; the agreement is needed only for "
            "contractors that receive student data",
        )
    accounts = _at(data, "data", "content_accounts") is True
    if accounts and _at(data, "data", "student_generated_content") is not True:
        problem(["data", "content_accounts"], "requires student_generated_content: true")

    seen: dict[str, int] = {}
    for index, sub in enumerate(_at(data, "subcontractors", kind=list) or []):
        name = _at(sub, "legal_name", kind=str)
        if name is not None:
            key = slug(name)  # two names that give one file name are one subcontractor too
            if key in seen:
                problem(
                    ["subcontractors", index, "legal_name"],
                    f"subcontractor listed twice (same name as subcontractors[{seen[key]}], "
                    "ignoring case and punctuation)",
                )
            seen.setdefault(key, index)
        consent = calendar_date(_at(sub, "consent_date", kind=str) or "")
        if consent and end and consent > end:
            problem(
                ["subcontractors", index, "consent_date"],
                "is after services.end_date; CREC consents before a sub-contract starts",
            )
        message = _real_date_problem(_at(sub, "consent_date"))
        if message:
            problem(["subcontractors", index, "consent_date"], message)
        if schedule is None:
            continue  # data: itself is malformed; the schema has said so
        known = {*STUDENT_INFORMATION, *DIRECTORY_INFORMATION, *WHOLE_CATEGORIES}
        for position, category in enumerate(_at(sub, "data", kind=list) or []):
            if isinstance(category, str) and category in known and category not in declared:
                problem(
                    ["subcontractors", index, "data", position],
                    f"{category!r} is not in the contractor's own data (data:); a subcontractor "
                    "may receive only student data the contractor declares (provision 14)",
                )
    return problems


def _declared(schedule: dict[str, Any]) -> set[str]:
    whole = {key for key in WHOLE_CATEGORIES if schedule.get(key) is True}
    listed = _strings(schedule.get("student_information")) + _strings(
        schedule.get("directory_information")
    )
    return set(listed) | whole


def _freeze(data: dict[str, Any], source: str, sha256: str) -> Profile:
    contractor, services, schedule = data["contractor"], data["services"], data["data"]

    def person(fields: dict[str, str]) -> Person:
        return Person(
            name=fields["name"].strip(),
            title=fields.get("title", "").strip(),
            email=fields.get("email", "").strip(),
            phone=fields.get("phone", "").strip(),
        )

    return Profile(
        contractor=Contractor(
            legal_name=contractor["legal_name"].strip(),
            role=contractor["role"],
            address=contractor["address"].strip(),
            signatory=person(contractor["signatory"]),
            privacy_contact=person(contractor["privacy_contact"]),
        ),
        services=Services(
            name=services["name"].strip(),
            description=services["description"].strip(),
            delivery=tuple(services["delivery"]),
            start_date=_date(services["start_date"]),
            end_date=_date(services["end_date"]),
            master_agreement=(
                MasterAgreement(master["title"].strip(), _date(master["date"]))
                if (master := services.get("master_agreement"))
                else None
            ),
        ),
        data=DataSchedule(
            student_information=tuple(schedule.get("student_information", [])),
            directory_information=tuple(schedule.get("directory_information", [])),
            student_records=bool(schedule.get("student_records", False)),
            student_generated_content=bool(schedule.get("student_generated_content", False)),
            content_accounts=bool(schedule.get("content_accounts", False)),
        ),
        subcontractors=tuple(
            Subcontractor(
                legal_name=sub["legal_name"].strip(),
                service=sub["service"].strip(),
                data=tuple(sub["data"]),
                consent_date=_date(sub["consent_date"]),
                address=sub.get("address", "").strip(),
                signatory=person(sub.get("signatory", {"name": ""})),
                privacy_contact=person(sub.get("privacy_contact", {"name": ""})),
            )
            for sub in data.get("subcontractors") or []
        ),
        source=source,
        sha256=sha256,
        record=canonical_json(data),
    )


def _date(text: str) -> Any:
    value = calendar_date(text)
    assert value is not None, "validated before freezing"
    return value
