"""The quick schema check proves valid documents valid, and never calls an invalid one so.

It stands in for jsonschema only when it says "valid" (jsonschema, which words the
problems, costs more to import than an audit); so it must agree with jsonschema whenever
it says so, and say so for the files the tool ships.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, validators

from crec_assemble.inputs.issuer import ISSUER_SCHEMA
from crec_assemble.inputs.profile import PROFILE_SCHEMA
from crec_assemble.inputs.quick_schema import proves_valid
from crec_assemble.inputs.yaml_source import read_yaml
from crec_assemble.library.catalogue import _CATALOGUE_SCHEMA
from test_profile import INVALID, VALID

from conftest import EXAMPLES, ROOT, operator_profile

CATALOGUE = ROOT / "clauses" / "requirements.yaml"
ISSUER = ROOT / "clauses" / "issuer.yaml"


def _no_text_problem(mode: Any, instance: Any, schema: Mapping[str, Any]) -> str | None:
    return None


# jsonschema with the x-text keyword accepting everything, as _no_text_problem does.
_JSONSCHEMA = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"x-text": lambda *_: iter(())}
)


def _jsonschema_valid(data: Any, schema: Mapping[str, Any]) -> bool:
    return not any(_JSONSCHEMA(schema).iter_errors(data))


def _data(path: Path) -> Any:
    return read_yaml(path)[0].data


@pytest.mark.parametrize(
    ("path", "schema"),
    [(CATALOGUE, _CATALOGUE_SCHEMA), (ISSUER, ISSUER_SCHEMA),
     *((example, PROFILE_SCHEMA) for example in EXAMPLES)],
    ids=lambda value: value.name if isinstance(value, Path) else "",
)  # fmt: skip
def it_proves_the_shipped_files_valid(path: Path, schema: Mapping[str, Any]) -> None:
    assert proves_valid(_data(path), schema, _no_text_problem)


@pytest.mark.parametrize("data", [param.values[0] for param in VALID])
def it_proves_the_valid_test_profiles_valid(data: Any) -> None:
    assert proves_valid(data, PROFILE_SCHEMA, _no_text_problem)


PROFILES = [param.values[0] for param in VALID] + [data for data, _ in INVALID]
SURPRISES = [
    operator_profile(profile=1.0),  # an integer to jsonschema; the quick check is unsure
    operator_profile(profile=True),  # not an integer, though Python's True == 1
    operator_profile(**{"data.student_records": 1}),  # not a boolean
    operator_profile(**{"contractor.role": None}),
    operator_profile(**{"contractor": []}),
    operator_profile(subcontractors=[{"legal_name": "X"}]),
    {},
    [],
]


@pytest.mark.parametrize("data", PROFILES + SURPRISES)
def it_says_valid_only_where_jsonschema_agrees(data: Any) -> None:
    if proves_valid(data, PROFILE_SCHEMA, _no_text_problem):
        assert _jsonschema_valid(data, PROFILE_SCHEMA)


def it_finds_what_jsonschema_finds_in_a_catalogue() -> None:
    """A mutated catalogue: every change jsonschema refuses, the quick check does not prove."""
    catalogue = _data(CATALOGUE)
    first = catalogue["requirements"][0]
    breach = next(entry for entry in catalogue["requirements"] if entry["id"] == "R6a")
    mutations = [
        {**catalogue, "catalogue": 2},
        {**catalogue, "extra": 1},
        {**catalogue, "requirements": [{**first, "id": "R99"}]},
        {**catalogue, "requirements": [{**first, "applies_to": "school"}]},
        {**catalogue, "requirements": [{**first, "parameters": {"deadline_days": 3}}]},
        {**catalogue, "requirements": [{**breach, "parameters": {"deadline_days": 0}}]},
        {**catalogue, "requirements": [{k: v for k, v in breach.items() if k != "parameters"}]},
        {**catalogue, "requirements": [{**first, "summary": "x" * 201}]},
        {**catalogue, "requirements": [{**first, "wording": [""]}]},
    ]
    for mutated in mutations:
        assert not _jsonschema_valid(mutated, _CATALOGUE_SCHEMA)
        assert not proves_valid(mutated, _CATALOGUE_SCHEMA, _no_text_problem)


def it_leaves_text_the_font_cannot_draw_to_jsonschema() -> None:
    def no_text_passes(mode: Any, instance: Any, schema: Mapping[str, Any]) -> str | None:
        return "contains a character the font cannot draw"

    assert not proves_valid(_data(CATALOGUE), _CATALOGUE_SCHEMA, no_text_passes)


def it_is_unsure_of_a_keyword_it_does_not_know() -> None:
    assert not proves_valid("a", {"type": "string", "format": "email"}, _no_text_problem)
