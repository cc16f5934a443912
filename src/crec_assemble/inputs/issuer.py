"""The issuer: the local education agency on the other side of the agreement.

CREC ships as the default (``clauses/issuer.yaml``); ``--issuer FILE`` lets
another Connecticut board of education issue the same agreement. Its JSON
Schema is published by ``crec-assemble schema issuer``.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..model import Issuer, IssuerPrivacy, IssuerSeal, Notices, Person
from .anchors import anchor_problems
from .validation import ADDRESS, EMAIL, PHONE, WEB_PAGE, check_schema, closed, string
from .yaml_source import (
    YamlDocument,
    canonical_json,
    parse_record,
    raise_problems,
    read_yaml,
    without_top_level_key,
)

__all__ = ["ISSUER_SCHEMA", "issuer_from_record", "load_issuer"]

# Optional, so that issuer files written before edition 2026-12 still build (and
# documents recorded with them rebuild); a clause that prints it needs it.
_PRIVACY = closed(
    {
        "email": EMAIL
        | {
            "description": "The privacy e-mail address, monitored every day, weekends and "
            "holidays included: contractors give breach notice there, and it takes effect "
            "when sent."
        },
        "phone": PHONE
        | {"description": "Telephone number for urgent notice of a breach, any day."},
        "posting_page": WEB_PAGE
        | {
            "description": "The web page where the issuer posts the notices and executed "
            "contracts the statute requires it to publish."
        },
    },
    ["email", "phone", "posting_page"],
    description="How the issuer receives breach notices, and where it posts its contracts "
    "(printed by clauses of edition 2026-12 and later).",
)

_PATH_LIMIT = 1000  # characters of a path to a key or certificate file

# Where CREC's seal key is; paths relative to the issuer file. Read at build, never recorded.
_SEAL = closed(
    {
        "key": string(
            "The PKCS#12 file (.p12) of the key that seals every PDF and DOCX built with this "
            "issuer file; its password comes from CREC_SEAL_PASSWORD.",
            limit=_PATH_LIMIT,
        ),
        "certificate": string(
            "The key's certificate (PEM), which verify trusts as the issuer's seal; it must "
            "be the one in the key file.",
            limit=_PATH_LIMIT,
        ),
    },
    [],
    description="The issuer's seal (optional): paths relative to this file. It is not "
    "part of the issuer a document's manifest records.",
)

ISSUER_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://crec-assemble.invalid/issuer-1.schema.json",
    "title": "crec-assemble issuer",
    "description": "The board of education that issues the agreements (CREC by default).",
    **closed(
        {
            "issuer": {"const": 1, "description": "Issuer format version; always 1."},
            "name": string("Legal name of the board of education."),
            "short_name": string(
                'The defined term the agreement uses for it, as a proper noun: "CREC", "Board".'
            ),
            "governing_body": string(
                'Its governing body, as "School Purposes" names it: "the CREC Council".'
            ),
            "policy": string("The student data privacy policy the recitals cite."),
            "address": string("Postal address.", limit=ADDRESS, lines=True),
            "signatory": closed(
                {
                    "name": string("Leave out to fill in by hand.", blank=True),
                    "title": string("Title of the person who signs."),
                },
                ["title"],
            ),
            "notices": closed(
                {
                    "attention": string("Who notices are addressed to."),
                    "address": string("Where notices are sent.", limit=ADDRESS, lines=True),
                    "email": string(
                        "E-mail for notices (optional).",
                        limit=EMAIL["maxLength"],
                        blank=True,
                    ),
                },
                ["attention", "address"],
            ),
            "privacy": _PRIVACY,
            "seal": _SEAL,
        },
        [
            "issuer",
            "name",
            "short_name",
            "governing_body",
            "policy",
            "address",
            "signatory",
            "notices",
        ],
    ),
}


def load_issuer(path: Path, source: str | None = None) -> Issuer:
    """Read and validate an issuer file.

    Raises:
        InputError: listing every problem with its line.
    """
    document, raw = read_yaml(path, source)
    # Hashed without its seal block: a seal added to the file changes no manifest.
    sha256 = hashlib.sha256(without_top_level_key(raw, document, "seal")).hexdigest()
    issuer = _validated(document, sha256)
    block = document.data.get("seal")
    if block is None:
        return issuer
    key, certificate = (block.get(name) for name in ("key", "certificate"))
    return replace(issuer, seal=IssuerSeal(
        key=path.parent / key if key else None,
        certificate=path.parent / certificate if certificate else None,
    ))  # fmt: skip


def issuer_from_record(record: Any, sha256: str, source: str) -> Issuer:
    """The issuer a manifest recorded, validated again as if read from its file.

    Raises:
        InputError: when the record does not validate.
    """
    return _validated(parse_record(record, source), sha256)


def _validated(document: YamlDocument, sha256: str) -> Issuer:
    problems = check_schema(document, ISSUER_SCHEMA, "issuer")
    raise_problems([*problems, *anchor_problems(document, "issuer")])
    # The seal block says where a key is on this machine: not what the document says.
    data = {key: value for key, value in document.data.items() if key != "seal"}
    privacy = data.get("privacy")
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
        privacy=(
            IssuerPrivacy(
                email=privacy["email"].strip(),
                phone=privacy["phone"].strip(),
                posting_page=privacy["posting_page"].strip(),
            )
            if privacy is not None
            else None
        ),
        source=document.source,
    )
