"""JSON Schema validation that speaks to people.

jsonschema finds every problem at once; this module turns each into one
``FILE:LINE: field.path: message`` line with a message a lawyer can act on
("unknown student information category 'shoe_size' (did you mean
'shoe_sizes'?)") instead of the validator's wording.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any, cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .yaml_source import Problem, YamlDocument

__all__ = ["DATE", "EMAIL", "PHONE", "WEB_PAGE", "check_schema", "closed", "string"]

DATE: dict[str, Any] = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}$",
    "x-expected": "a date written YYYY-MM-DD",
    "examples": ["2026-07-01"],
}

EMAIL: dict[str, Any] = {
    "type": "string",
    "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
    "x-expected": "an e-mail address",
}

# Digits with the usual separators, an optional leading + and an optional extension:
# "860-247-2732", "(860) 247-2732", "+1 860 555 0100", "860.247.2732 ext. 12".
PHONE: dict[str, Any] = {
    "type": "string",
    "pattern": r"^\+?\(?[0-9][0-9 ().-]{5,}[0-9]( *(ext\.?|x) *[0-9]+)?$",
    "x-expected": 'a telephone number such as "860-247-2732"',
}

WEB_PAGE: dict[str, Any] = {
    "type": "string",
    "pattern": r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$",
    "x-expected": "a web address beginning https:// (or http://)",
}


_NOT_BLANK = r"\S"


def string(description: str, **extra: Any) -> dict[str, Any]:
    """A text field that must hold more than white space, described for editors."""
    return {"type": "string", "pattern": _NOT_BLANK, "description": description, **extra}


def closed(properties: Mapping[str, Any], required: list[str], **extra: Any) -> dict[str, Any]:
    """An object schema that rejects unknown keys (a typo must not pass silently)."""
    return {
        "type": "object",
        "properties": dict(properties),
        "required": required,
        "additionalProperties": False,
        **extra,
    }


_TYPE_NAMES = {
    "object": "a mapping of fields",
    "array": "a list",
    "string": "text",
    "boolean": "true or false",
    "integer": "a whole number",
}


def check_schema(document: YamlDocument, schema: Mapping[str, Any], root: str) -> list[Problem]:
    """Every schema violation in ``document``, as located problems."""
    validator = Draft202012Validator(schema)
    problems: list[Problem] = []
    for error in validator.iter_errors(document.data):
        problems.extend(_problems(document, error, root))
    return problems


def _problems(document: YamlDocument, error: ValidationError, root: str) -> list[Problem]:
    path = list(error.absolute_path)
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    kind = error.validator
    if kind == "required":
        missing = str(error.message).split("'")[1]
        hint = schema.get("x-required", {}).get(missing, "required field is missing")
        return [document.problem([*path, missing], hint, root)]
    if kind == "additionalProperties":
        known = list(schema.get("properties", {}))
        instance = cast(Mapping[str, Any], error.instance)  # the keyword checks objects only
        extras = [key for key in instance if key not in known]
        return [
            document.problem([*path, key], f"unknown field{_suggest(str(key), known)}", root)
            for key in extras
        ]
    return [document.problem(path, _message(error, schema), root)]


def _message(error: ValidationError, schema: Mapping[str, Any]) -> str:
    kind, value = error.validator, error.instance
    if kind == "enum":
        allowed = [str(item) for item in schema["enum"]]
        what = schema.get("title", "value")
        if len(allowed) <= 6:
            return f"{value!r} is not a {what}; use one of: {', '.join(allowed)}"
        return f"unknown {what} {value!r}{_suggest(str(value), allowed)}"
    if kind == "const":
        return f"must be {error.validator_value!r}"
    if kind == "type":
        expected = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        return f"must be {expected}, not {_describe(value)}"
    if kind == "pattern":
        if error.validator_value == _NOT_BLANK:
            return "must not be blank"
        return f"must be {schema.get('x-expected', 'in the documented form')}, not {value!r}"
    if kind == "minLength":
        return "must not be empty"
    if kind == "maxLength":
        return f"is too long (at most {error.validator_value} characters)"
    if kind == "minItems":
        return f"must list at least {error.validator_value}"
    if kind == "uniqueItems":
        return "lists the same entry twice"
    return str(error.message)


def _describe(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
