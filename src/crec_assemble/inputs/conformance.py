"""Whether a document conforms to a schema, decided without importing jsonschema.

Importing jsonschema (with referencing, attrs and the format checkers) costs more than
the rest of ``crec-assemble audit``'s reading of the clause catalogue, and a library or
profile that conforms (nearly always) needs none of its error reporting. :func:`conforms`
answers yes or no for the keywords our schemas use, with jsonschema's own semantics
(Draft 2020-12, no format checking); only a "no" calls for jsonschema, which then finds and
locates every problem. A keyword, type or value it cannot judge exactly as jsonschema would
raises :class:`Undecided`, so the caller asks jsonschema: an answer here is never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from numbers import Number
from typing import Any

__all__ = ["Keyword", "Undecided", "conforms"]

Keyword = Callable[[Any, Any, Mapping[str, Any]], bool]
"""A keyword's check: ``(keyword value, instance, whole schema) -> conforms``."""


class Undecided(Exception):
    """The schema holds something only jsonschema can judge."""


# Keywords that only describe, and that jsonschema ignores when validating.
_ANNOTATIONS = frozenset(
    ("$schema", "$id", "$comment", "title", "description", "examples", "default",
     "x-expected", "x-required", "then", "else")  # then/else are read by "if"
)  # fmt: skip


def _integer(value: Any) -> bool:
    """An int but not a bool, or a float with no fraction (1.0), as from Draft 6 on."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


# jsonschema's type checker for Draft 2020-12 (jsonschema._types).
_TYPES: dict[str, Callable[[Any], bool]] = {
    "array": lambda value: isinstance(value, list),
    "boolean": lambda value: isinstance(value, bool),
    "integer": _integer,
    "null": lambda value: value is None,
    "number": lambda value: isinstance(value, Number) and not isinstance(value, bool),
    "object": lambda value: isinstance(value, dict),
    "string": lambda value: isinstance(value, str),
}


def conforms(instance: Any, schema: Any, extra: Mapping[str, Keyword] | None = None) -> bool:
    """Whether ``instance`` is valid under ``schema``, as jsonschema's Draft 2020-12 says.

    Args:
        instance: the parsed document (or a part of it).
        schema: a JSON Schema (a mapping, or True/False).
        extra: checks for the schema's own keywords, as the validator is extended with.

    Raises:
        Undecided: the schema uses a keyword or compares a value not judged here.
    """
    return _Checker({**_KEYWORDS, **(extra or {})}).valid(instance, schema)


class _Checker:
    def __init__(self, keywords: Mapping[str, Keyword]) -> None:
        self.keywords = keywords

    def valid(self, instance: Any, schema: Any) -> bool:
        if schema is True or schema is False:
            return schema
        if not isinstance(schema, Mapping):
            raise Undecided(f"schema {schema!r}")
        for keyword, value in schema.items():
            if keyword in _NESTED:
                if not _NESTED[keyword](self, value, instance, schema):
                    return False
            elif keyword in self.keywords:
                if not self.keywords[keyword](value, instance, schema):
                    return False
            elif keyword not in _ANNOTATIONS:
                raise Undecided(f"keyword {keyword!r}")
        return True


def _type(types: Any, instance: Any, schema: Mapping[str, Any]) -> bool:
    names = types if isinstance(types, list) else [types]
    if any(name not in _TYPES for name in names):
        raise Undecided(f"type {types!r}")
    return any(_TYPES[name](instance) for name in names)


def _equal(one: Any, two: Any) -> bool:
    """jsonschema's ``equal`` for scalars: True and 1 differ, 1 and 1.0 do not."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if any(isinstance(v, Sequence | Mapping) for v in (one, two)):
        raise Undecided("comparing containers")
    if isinstance(one, bool) or isinstance(two, bool):
        return False  # not the same object: True and False, or a bool and a number
    return bool(one == two)


def _string(check: Callable[[Any, str], bool]) -> Keyword:
    """A keyword that judges strings only and lets anything else pass."""
    return lambda value, instance, schema: not isinstance(instance, str) or check(value, instance)


def _unique(flag: Any, instance: Any, schema: Mapping[str, Any]) -> bool:
    if not flag or not isinstance(instance, list):
        return True
    if not all(isinstance(item, str) for item in instance):
        raise Undecided("uniqueItems over values other than text")
    return len(set(instance)) == len(instance)


def _minimum(least: Any, instance: Any, schema: Mapping[str, Any]) -> bool:
    if not _TYPES["number"](instance):
        return True
    try:
        return bool(instance >= least)
    except TypeError as error:
        raise Undecided("minimum of a value that does not compare") from error


_KEYWORDS: dict[str, Keyword] = {
    "type": _type,
    "enum": lambda values, instance, schema: any(_equal(each, instance) for each in values),
    "const": lambda value, instance, schema: _equal(instance, value),
    "required": lambda names, instance, schema: (
        not isinstance(instance, dict) or all(name in instance for name in names)
    ),
    "minProperties": lambda least, instance, schema: (
        not isinstance(instance, dict) or len(instance) >= least
    ),
    "minItems": lambda least, instance, schema: (
        not isinstance(instance, list) or len(instance) >= least
    ),
    "uniqueItems": _unique,
    "pattern": _string(lambda pattern, text: re.search(pattern, text) is not None),
    "minLength": _string(lambda least, text: len(text) >= least),
    "maxLength": _string(lambda most, text: len(text) <= most),
    "minimum": _minimum,
}


def _properties(
    checker: _Checker, properties: Any, instance: Any, schema: Mapping[str, Any]
) -> bool:
    if not isinstance(instance, dict):
        return True
    return all(
        checker.valid(instance[name], subschema)
        for name, subschema in properties.items()
        if name in instance
    )


def _additional(checker: _Checker, allowed: Any, instance: Any, schema: Mapping[str, Any]) -> bool:
    if not isinstance(instance, dict):
        return True
    if "patternProperties" in schema or not isinstance(allowed, Mapping | bool):
        raise Undecided("additionalProperties with patternProperties")
    known = schema.get("properties", {})
    return all(checker.valid(value, allowed) for key, value in instance.items() if key not in known)


def _items(checker: _Checker, items: Any, instance: Any, schema: Mapping[str, Any]) -> bool:
    if not isinstance(instance, list):
        return True
    if "prefixItems" in schema or not isinstance(items, Mapping | bool):
        raise Undecided("items other than one schema")
    return all(checker.valid(item, items) for item in instance)


def _if(checker: _Checker, condition: Any, instance: Any, schema: Mapping[str, Any]) -> bool:
    branch = "then" if checker.valid(instance, condition) else "else"
    return branch not in schema or checker.valid(instance, schema[branch])


def _count(checker: _Checker, schemas: Any, instance: Any) -> int:
    return sum(checker.valid(instance, each) for each in schemas)


_NESTED: dict[str, Callable[[_Checker, Any, Any, Mapping[str, Any]], bool]] = {
    "properties": _properties,
    "additionalProperties": _additional,
    "items": _items,
    "allOf": lambda checker, schemas, instance, schema: all(
        checker.valid(instance, each) for each in schemas
    ),
    "anyOf": lambda checker, schemas, instance, schema: _count(checker, schemas, instance) > 0,
    "oneOf": lambda checker, schemas, instance, schema: _count(checker, schemas, instance) == 1,
    "not": lambda checker, negated, instance, schema: not checker.valid(instance, negated),
    "if": _if,
}
