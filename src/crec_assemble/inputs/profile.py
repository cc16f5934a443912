"""Contractor profiles: YAML → validated, frozen :class:`Profile`.

The profile format is a public interface (extend it, never rename). Its JSON
Schema is published by ``crec-assemble schema`` so editors can autocomplete;
the same schema validates every profile here, then the rules a schema cannot
say (dates in order, subcontractors receive only declared data) run on top.
"""

from __future__ import annotations

import hashlib
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
from .anchors import anchor_problems
from .dates import calendar_date
from .profile_rules import flowdown_problems, rule_problems
from .text import LINE
from .validation import ADDRESS, DATE, DESCRIPTION, EMAIL, PHONE, check_schema, closed, string
from .vocabulary import (
    DELIVERY,
    DIRECTORY_INFORMATION,
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

__all__ = ["PROFILE_SCHEMA", "load_profile", "profile_from_record", "profile_problems"]


def _person(description: str, required: list[str], **fields: Any) -> dict[str, Any]:
    return closed({"name": string("Full name."), **fields}, required, description=description)


def _categories(vocabulary: dict[str, str], title: str, description: str) -> dict[str, Any]:
    return {
        "type": "array",
        "description": description,
        "uniqueItems": True,
        "items": {"enum": list(vocabulary), "title": title},
    }


_EMAIL = EMAIL | {"description": "E-mail address."}
_SIGNATORY = _person(
    "Who signs for the party.", ["name", "title"], title=string("Job title."), email=_EMAIL
)
_PRIVACY_CONTACT = _person(
    "Who receives deletion requests and breach correspondence.",
    ["name", "email"],
    email=_EMAIL,
    phone=string("Telephone number.", limit=PHONE["maxLength"], blank=True),
)

# What a contractor's files are called when its legal name gives another contractor's name.
FILE_NAME: dict[str, Any] = {
    "type": "string",
    "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$",
    "maxLength": 60,
    "x-text": LINE,
    "x-expected": "a file name of lower-case letters, digits and single hyphens "
    '(such as "acme-inc-west"), at most 60 characters',
    "description": "The stem of this contractor's file names, instead of the one its legal "
    "name gives (acme-inc.docx): for two contractors whose names give the same one.",
}

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
                    "legal_name": string("Exact legal name, as it should appear in the agreement."),
                    "role": {
                        "enum": list(ROLES),
                        "title": "role",
                        "description": "operator: runs a website, online service or mobile "
                        "app used for school purposes. consultant: provides professional, "
                        "non-instructional services.",
                    },
                    "address": string("Postal address for notices.", limit=ADDRESS, lines=True),
                    "signatory": _SIGNATORY,
                    "privacy_contact": _PRIVACY_CONTACT,
                    "file_name": FILE_NAME,
                }
            },
            "services": closed(
                {
                    "name": string("Product or service name."),
                    "description": string(
                        "What the contractor does for CREC (Exhibit A).",
                        limit=DESCRIPTION,
                        lines=True,
                    ),
                    "delivery": {
                        "type": "array",
                        "description": "How the services reach students (or are delivered).",
                        "uniqueItems": True,
                        "minItems": 1,
                        "items": {"enum": list(DELIVERY), "title": "delivery channel"},
                    },
                    "start_date": DATE
                    | {"description": "First day of the services: the agreement's effective date."},
                    "end_date": DATE | {"description": "Last day of the services."},
                    "master_agreement": closed(
                        {
                            "title": string("Title of the vendor's own agreement."),
                            "date": DATE | {"description": "Its date."},
                        },
                        ["title", "date"],
                        description="The vendor's own agreement, if it has one: build then "
                        "writes a Student Data Privacy Addendum that controls over it (and "
                        "over its terms of service).",
                    ),
                },
                ["name", "description", "delivery", "start_date", "end_date"],
                description="What the contractor provides to CREC.",
            ),
            "data": closed(
                {
                    "student_information": _categories(
                        dict(STUDENT_INFORMATION),
                        "student information category",
                        "The student information it receives.",
                    ),
                    "directory_information": _categories(
                        dict(DIRECTORY_INFORMATION),
                        "directory information category",
                        "The directory information it receives.",
                    ),
                    "student_records": {
                        "type": "boolean",
                        "description": "Whether it receives student records.",
                    },
                    "student_generated_content": {
                        "type": "boolean",
                        "description": "Whether it receives student-generated content.",
                    },
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
                "description": "Approved subcontractors that receive student data (Exhibit C), "
                "each with the date of CREC's express written consent (provision 14).",
                "items": closed(
                    {
                        "legal_name": string("Subcontractor's legal name."),
                        "service": string(
                            "What it does for the contractor.", limit=DESCRIPTION, lines=True
                        ),
                        "data": _categories(
                            {
                                **STUDENT_INFORMATION,
                                **DIRECTORY_INFORMATION,
                                **WHOLE_CATEGORIES,
                            },
                            "data category",
                            "The data it receives: only categories declared under data.",
                        )
                        | {"minItems": 1},
                        "consent_date": DATE
                        | {"description": "Date of CREC's express written consent."},
                        "address": string(
                            "Postal address, for notices under its flow-down.",
                            limit=ADDRESS,
                            lines=True,
                        ),
                        "signatory": _SIGNATORY,
                        "privacy_contact": _PRIVACY_CONTACT,
                    },
                    ["legal_name", "service", "data", "consent_date"],
                    description="A subcontractor's flow-down addendum needs its address, "
                    "signatory and privacy_contact; without them build writes it only as a "
                    "draft (--draft).",
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


def profile_problems(document: YamlDocument) -> list[Problem]:
    """Every problem ``validate`` reports about one profile, sorted by line.

    What its schema and rules find; when they find nothing, the contacts its subcontractors'
    flow-downs lack (which ``validate`` reports when it plans them). The web app's interview
    shows each beside the field it names.
    """
    problems = _input_problems(document)
    if problems:
        return problems
    return sorted(flowdown_problems(_freeze(document, document.source, "")))


def _input_problems(document: YamlDocument) -> list[Problem]:
    schema = check_schema(document, PROFILE_SCHEMA, "profile")
    found = [*schema, *rule_problems(document), *anchor_problems(document, "profile")]
    return sorted(set(found))


def _validated(document: YamlDocument, source: str, sha256: str) -> Profile:
    raise_problems(_input_problems(document))
    return _freeze(document, source, sha256)


def _freeze(document: YamlDocument, source: str, sha256: str) -> Profile:
    data = document.data
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
            file_name=contractor.get("file_name", ""),
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
                line=document.line_of(["subcontractors", index]),
            )
            for index, sub in enumerate(data.get("subcontractors") or [])
        ),
        source=source,
        sha256=sha256,
        record=canonical_json(data),
    )


def _date(text: str) -> Any:
    value = calendar_date(text)
    assert value is not None, "validated before freezing"
    return value
