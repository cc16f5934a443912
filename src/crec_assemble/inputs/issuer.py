"""The issuer: the local education agency on the other side of the agreement.

CREC ships as the default (``clauses/issuer.yaml``); ``--issuer FILE`` lets
another Connecticut board of education issue the same agreement.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..model import Issuer, Notices, Person
from .validation import check_schema, closed, string
from .yaml_source import YamlDocument, canonical_json, parse_record, raise_problems, read_yaml

__all__ = ["ISSUER_SCHEMA", "issuer_from_record", "load_issuer"]

ISSUER_SCHEMA: dict[str, Any] = closed(
    {
        "issuer": {"const": 1},
        "name": string("Legal name of the board of education."),
        "short_name": string(
            'The defined term the agreement uses for it, as a proper noun: "CREC", "Board".'
        ),
        "governing_body": string(
            'Its governing body, as "School Purposes" names it: "the CREC Council".'
        ),
        "policy": string("The student data privacy policy the recitals cite."),
        "address": string("Postal address."),
        "signatory": closed(
            {
                "name": {"type": "string", "description": "Leave out to fill in by hand."},
                "title": string("Title of the person who signs."),
            },
            ["title"],
        ),
        "notices": closed(
            {
                "attention": string("Who notices are addressed to."),
                "address": string("Where notices are sent."),
                "email": {"type": "string"},
            },
            ["attention", "address"],
        ),
    },
    ["issuer", "name", "short_name", "governing_body", "policy", "address", "signatory", "notices"],
)


def load_issuer(path: Path, source: str | None = None) -> Issuer:
    """Read and validate an issuer file.

    Raises:
        InputError: listing every problem with its line.
    """
    document, raw = read_yaml(path, source)
    return _validated(document, hashlib.sha256(raw).hexdigest())


def issuer_from_record(record: Any, sha256: str, source: str) -> Issuer:
    """The issuer a manifest recorded, validated again as if read from its file.

    Raises:
        InputError: when the record does not validate.
    """
    return _validated(parse_record(record, source), sha256)


def _validated(document: YamlDocument, sha256: str) -> Issuer:
    raise_problems(check_schema(document, ISSUER_SCHEMA, "issuer"))
    data = document.data
    return Issuer(
        name=data["name"].strip(),
        short_name=data["short_name"].strip(),
        governing_body=data["governing_body"].strip(),
        policy=data["policy"].strip(),
        address=data["address"].strip(),
        signatory=Person(
            name=data["signatory"].get("name", "").strip(), title=data["signatory"]["title"]
        ),
        notices=Notices(
            attention=data["notices"]["attention"],
            address=data["notices"]["address"],
            email=data["notices"].get("email", ""),
        ),
        sha256=sha256,
        record=canonical_json(data),
    )
