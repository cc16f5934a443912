"""A cheap proof that a document meets its JSON Schema, so the common case skips jsonschema.

Importing jsonschema costs about 0.1 s, more than a whole audit of a vendor's file, and a
document that is valid needs none of its error reporting. This checker reads the few
keywords our schemas use and answers, for each (sub)schema, True (surely valid), False
(surely invalid) or None (not sure: a keyword it does not know, a number that is a float,
a comparison jsonschema might make differently). Only a True for the whole document is
trusted; anything else goes to jsonschema, which finds and words every problem. So this
module can make the answer faster, never different: where it is unsure it says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sized
from typing import Any

__all__ = ["TextCheck", "proves_valid"]

TextCheck = Callable[[Any, Any, Mapping[str, Any]], "str | None"]
"""The ``x-text`` keyword's check: (mode, instance, schema) to a problem, or None."""

Verdict = bool | None

# Keywords that only describe: they never make a document invalid.
_ANNOTATIONS = frozenset(
    {"description", "title", "examples", "default", "$schema", "$id", "$comment",
     "x-expected", "x-required"}
)  # fmt: skip

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
}


def proves_valid(instance: Any, schema: Mapping[str, Any], text: TextCheck) -> bool:
    """Whether ``instance`` surely meets ``schema`` (False also when merely unsure)."""
    return _check(instance, schema, text) is True


def _all(verdicts: list[Verdict]) -> Verdict:
    if False in verdicts:
        return False
    return None if None in verdicts else True


def _check(instance: Any, schema: Any, text: TextCheck) -> Verdict:
    if isinstance(schema, bool):
        return schema
    if not isinstance(schema, Mapping):
        return None
    verdicts: list[Verdict] = []
    for keyword, value in schema.items():
        if keyword in _ANNOTATIONS or keyword in ("then", "else"):
            continue  # "then" and "else" are read with "if"
        check = _KEYWORDS.get(keyword)
        if check is None:
            return None  # a keyword this module does not know
        verdicts.append(check(instance, value, schema, text))
        if verdicts[-1] is False:
            return False
    return _all(verdicts)


def _type(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    names = value if isinstance(value, list) else [value]
    verdicts = [_one_type(instance, name) for name in names]
    if True in verdicts:
        return True
    return None if None in verdicts else False


def _one_type(instance: Any, name: str) -> Verdict:
    if name in _JSON_TYPES:
        kinds = _JSON_TYPES[name]
        if isinstance(instance, bool):
            return bool in kinds
        if isinstance(instance, (dict, list, str, int, float, type(None))):
            return isinstance(instance, kinds)
        return None
    if name in ("integer", "number"):
        if isinstance(instance, bool):
            return False
        if isinstance(instance, int):
            return True
        if isinstance(instance, (dict, list, str, type(None))):
            return False
    return None  # floats (1.0 is an integer to jsonschema), and any other type name


def _equal(instance: Any, value: Any) -> Verdict:
    """jsonschema's equality where it is plain: same Python type, or a string involved."""
    if type(instance) is type(value) and isinstance(instance, (str, int, bool, type(None))):
        return bool(instance == value)
    if isinstance(instance, str) or isinstance(value, str):
        return False
    return None


def _enum(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    verdicts = [_equal(instance, each) for each in value]
    if True in verdicts:
        return True
    return None if None in verdicts else False


def _const(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    return _equal(instance, value)


def _properties(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    if not isinstance(instance, dict):
        return True
    return _all([_check(instance[key], sub, text) for key, sub in value.items() if key in instance])


def _additional(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    if not isinstance(instance, dict):
        return True
    if "patternProperties" in schema:
        return None
    extras = [key for key in instance if key not in schema.get("properties", {})]
    if value is False:
        return not extras
    return _all([_check(instance[key], value, text) for key in extras])


def _required(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    return not isinstance(instance, dict) or all(key in instance for key in value)


def _items(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    if not isinstance(instance, list):
        return True
    if "prefixItems" in schema:
        return None
    return _all([_check(item, value, text) for item in instance])


def _string(test: Callable[[str, Any], bool]) -> Callable[..., Verdict]:
    def check(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
        return not isinstance(instance, str) or test(instance, value)

    return check


def _sized(kind: type[Sized], test: Callable[[int, Any], bool]) -> Callable[..., Verdict]:
    def check(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
        return not isinstance(instance, kind) or test(len(instance), value)

    return check


def _minimum(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    if isinstance(instance, bool) or not isinstance(instance, (int, float)):
        return True
    return bool(instance >= value)


def _unique(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    if not value or not isinstance(instance, list):
        return True
    if all(isinstance(item, str) for item in instance):
        return len(set(instance)) == len(instance)
    return None  # numbers and mappings compare in jsonschema's own way


def _if(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    condition = _check(instance, value, text)
    if condition is None:
        return None
    return _check(instance, schema.get("then" if condition else "else", True), text)


def _all_of(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    return _all([_check(instance, sub, text) for sub in value])


def _one_of(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    verdicts = [_check(instance, sub, text) for sub in value]
    if None in verdicts:
        return None
    return verdicts.count(True) == 1


def _not(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    verdict = _check(instance, value, text)
    return None if verdict is None else not verdict


def _text(instance: Any, value: Any, schema: Mapping[str, Any], text: TextCheck) -> Verdict:
    return text(value, instance, schema) is None


_KEYWORDS: dict[str, Callable[[Any, Any, Mapping[str, Any], TextCheck], Verdict]] = {
    "type": _type,
    "enum": _enum,
    "const": _const,
    "properties": _properties,
    "additionalProperties": _additional,
    "required": _required,
    "items": _items,
    "pattern": _string(lambda instance, value: re.search(value, instance) is not None),
    "maxLength": _sized(str, lambda size, value: bool(size <= value)),
    "minLength": _sized(str, lambda size, value: bool(size >= value)),
    "minItems": _sized(list, lambda size, value: bool(size >= value)),
    "minProperties": _sized(dict, lambda size, value: bool(size >= value)),
    "minimum": _minimum,
    "uniqueItems": _unique,
    "if": _if,
    "allOf": _all_of,
    "oneOf": _one_of,
    "not": _not,
    "x-text": _text,
}
