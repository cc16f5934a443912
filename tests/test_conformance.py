"""The quick conformance check says exactly what jsonschema says, or declines to judge.

``check_schema`` asks jsonschema only when :func:`conforms` says a document does not
conform or cannot tell, so a document it passed must be one jsonschema passes too. The
shipped library's and examples' documents are checked as they are and after many small
edits (a field removed, added, or given a value of another kind).
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from crec_assemble.inputs.conformance import Undecided, conforms
from crec_assemble.inputs.issuer import ISSUER_SCHEMA
from crec_assemble.inputs.profile import PROFILE_SCHEMA
from crec_assemble.inputs.validation import _conforming_text, _validator_class
from crec_assemble.inputs.yaml_source import parse_yaml, read_yaml
from crec_assemble.library.catalogue import _CATALOGUE_SCHEMA
from crec_assemble.library.clauses import _FRONT_MATTER_SCHEMA, _OUTLINE_SCHEMA
from crec_assemble.library.editions import _EDITION_SCHEMA
from crec_assemble.library.front_matter import split_front_matter

from conftest import EXAMPLES, ROOT

LIBRARY = ROOT / "clauses"
EXTRA = {"x-text": _conforming_text}
# Values of every kind a field may wrongly be given, and some of the right kinds.
VALUES: tuple[Any, ...] = (
    None, "", " ", "x", "operator", "R6a", "2026-07-01", "a\nb", "tab\there", "\u0000",
    "\u4e2d", "x" * 3000, 0, 1, -1, 1.0, 1.5, True, False, [], ["x"], ["x", "x"], {}, {"x": 1},
)  # fmt: skip


def _front_matter(path: Path) -> Any:
    parts = split_front_matter(path.read_text(encoding="utf-8"))
    assert parts is not None
    return parse_yaml(parts.yaml, str(path), first_line=2).data


def _documents() -> Iterator[tuple[str, Mapping[str, Any], Any]]:
    yield "catalogue", _CATALOGUE_SCHEMA, read_yaml(LIBRARY / "requirements.yaml")[0].data
    yield "outline", _OUTLINE_SCHEMA, read_yaml(LIBRARY / "outline.yaml")[0].data
    yield "issuer", ISSUER_SCHEMA, read_yaml(LIBRARY / "issuer.yaml")[0].data
    for path in sorted((LIBRARY / "editions").glob("*.yaml")):
        yield path.name, _EDITION_SCHEMA, read_yaml(path)[0].data
    for path in EXAMPLES:
        yield path.name, PROFILE_SCHEMA, read_yaml(path)[0].data
    for path in sorted(LIBRARY.glob("*/*.md"))[:6]:
        yield f"{path.parent.name}/{path.name}", _FRONT_MATTER_SCHEMA, _front_matter(path)


DOCUMENTS = list(_documents())


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _edited(data: Any, rng: random.Random) -> Any:
    """``data`` with one node replaced, removed, or given an unknown field."""
    copied = copy.deepcopy(data)
    path = rng.choice(list(_paths(copied))[1:])
    parent = copied
    for step in path[:-1]:
        parent = parent[step]
    edit = rng.randrange(4)
    if edit == 0:
        del parent[path[-1]]
    elif edit == 1 and isinstance(parent[path[-1]], dict):
        parent[path[-1]]["unknown_field"] = rng.choice(VALUES)
    else:
        parent[path[-1]] = copy.deepcopy(rng.choice(VALUES))
    return copied


def _agrees(schema: Mapping[str, Any], data: Any) -> bool:
    """Whether conforms gives jsonschema's answer (or declines to answer)."""
    try:
        quick = conforms(data, schema, EXTRA)
    except Undecided:
        return True
    judged: bool = _validator_class()(schema).is_valid(data)
    return quick == judged


SHIPPED = pytest.mark.parametrize(
    ("schema", "data"), [d[1:] for d in DOCUMENTS], ids=[d[0] for d in DOCUMENTS]
)


@SHIPPED
def it_passes_the_shipped_documents_without_jsonschema(
    schema: Mapping[str, Any], data: Any
) -> None:
    assert conforms(data, schema, EXTRA) is True


@SHIPPED
def it_agrees_with_jsonschema_on_edited_documents(schema: Mapping[str, Any], data: Any) -> None:
    rng = random.Random(3520)
    disagreements = [edited for edited in (_edited(data, rng) for _ in range(60))
                     if not _agrees(schema, edited)]  # fmt: skip
    assert disagreements == []


@pytest.mark.parametrize(
    ("schema", "value", "valid"),
    [
        ({"enum": [1]}, True, False),
        ({"enum": [True]}, 1, False),
        ({"const": 1}, 1.0, True),
        ({"type": "integer"}, True, False),
        ({"type": "integer"}, 1.0, True),
        ({"type": "integer"}, 1.5, False),
        ({"type": "number"}, False, False),
        ({"minimum": 1}, "0", True),
        ({"maxLength": 2}, 123, True),
        ({"required": ["a"]}, [], True),
        ({"not": {"type": "string"}}, 1, True),
        ({"oneOf": [{"type": "integer"}, {"minimum": 0}]}, 1, False),
        ({"if": {"type": "string"}, "else": {"const": 1}}, 2, False),
        ({"then": False}, 2, True),
    ],
    ids=lambda value: repr(value)[:40],
)
def it_judges_as_jsonschema_does(schema: Mapping[str, Any], value: Any, valid: bool) -> None:
    assert conforms(value, schema) is valid
    assert _validator_class()(schema).is_valid(value) is valid


@pytest.mark.parametrize(
    "schema",
    [
        {"$ref": "#/x"},
        {"format": "date"},
        {"enum": [[1]]},
        {"patternProperties": {}},
        {"type": "date"},
        {"prefixItems": [], "items": True},
    ],
    ids=repr,
)
def it_declines_what_it_cannot_judge(schema: Mapping[str, Any]) -> None:
    with pytest.raises(Undecided):
        conforms([1], schema)
