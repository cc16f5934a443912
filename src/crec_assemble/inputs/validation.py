"""JSON Schema validation that speaks to people.

jsonschema finds every problem at once; this module turns each into one
``FILE:LINE: field.path: message`` line with a message a lawyer can act on
("unknown student information category 'shoe_size' (did you mean
'shoe_sizes'?)") instead of the validator's wording.

jsonschema is imported only for a document that does not conform: whether one does is
decided first by :func:`~crec_assemble.inputs.conformance.conforms`, with jsonschema's own
semantics, so ``--help``, a run that reads no YAML, and one whose YAML is valid never pay
for importing it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from ..errors import quoted
from .conformance import Undecided, conforms
from .glyphs import TEXT_FONT, font_coverage
from .text import LINE, LINES, TextMode, character_name, text_problem
from .yaml_source import Problem, YamlDocument

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

__all__ = [
    "ADDRESS",
    "DATE",
    "DESCRIPTION",
    "EMAIL",
    "NAME",
    "PHONE",
    "WEB_PAGE",
    "check_schema",
    "closed",
    "string",
]

# The longest text each kind of field may hold, in characters. Generous for real names
# and descriptions; a pasted file is refused with one short line, not carried into
# documents. Dates need none: their pattern allows exactly ten characters.
NAME = 200
"""Names, titles, defined terms, a policy's title, who notices are for."""
ADDRESS = 500
"""A postal address, which may run over several lines."""
DESCRIPTION = 2000
"""What the services are (Exhibit A), which may run over several lines."""

_TEXT = "x-text"
"""The schema keyword saying a string is text people write: ``line`` or ``lines``."""

DATE: dict[str, Any] = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}$",
    "x-expected": "a date written YYYY-MM-DD",
    "examples": ["2026-07-01"],
    _TEXT: LINE,
}

EMAIL: dict[str, Any] = {
    "type": "string",
    "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
    "x-expected": "an e-mail address",
    "maxLength": 254,  # the longest address mail can carry (RFC 5321)
    _TEXT: LINE,
}

# Digits with the usual separators, an optional leading + and an optional extension:
# "860-247-2732", "(860) 247-2732", "+1 860 555 0100", "860.247.2732 ext. 12".
PHONE: dict[str, Any] = {
    "type": "string",
    "pattern": r"^\+?\(?[0-9][0-9 ().-]{5,}[0-9]( *(ext\.?|x) *[0-9]+)?$",
    "x-expected": 'a telephone number such as "860-247-2732"',
    "maxLength": 50,
    _TEXT: LINE,
}

WEB_PAGE: dict[str, Any] = {
    "type": "string",
    "pattern": r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$",
    "x-expected": "a web address beginning https:// (or http://)",
    "maxLength": 2000,
    _TEXT: LINE,
}


_NOT_BLANK = r"\S"


def string(
    description: str, *, limit: int = NAME, lines: bool = False, blank: bool = False
) -> dict[str, Any]:
    """A text field, described for editors: at most ``limit`` characters, all visible.

    Args:
        description: what the field holds, shown by editors.
        limit: the most characters it may hold.
        lines: whether it may run over several lines (else a line break is refused).
        blank: whether it may be empty (else it must hold more than white space).
    """
    schema: dict[str, Any] = {"type": "string"} | ({} if blank else {"pattern": _NOT_BLANK})
    return schema | {
        "description": description,
        "maxLength": limit,
        _TEXT: LINES if lines else LINE,
    }


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


def _text(
    validator: Any, mode: TextMode, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """The ``x-text`` keyword, as jsonschema calls it."""
    from jsonschema.exceptions import ValidationError

    problem = _text_problem(mode, instance, schema)
    if problem:
        yield ValidationError(problem)


def _conforming_text(mode: TextMode, instance: Any, schema: Mapping[str, Any]) -> bool:
    """The ``x-text`` keyword, as :func:`conforms` calls it."""
    return _text_problem(mode, instance, schema) is None


def _text_problem(mode: TextMode, instance: Any, schema: Mapping[str, Any]) -> str | None:
    """The ``x-text`` keyword: visible characters only, each one the build's font can draw.

    Text over its ``maxLength`` is left to that keyword's one short message.
    """
    if not isinstance(instance, str) or len(instance) > schema.get("maxLength", len(instance)):
        return None
    return text_problem(instance, mode) or _undrawable(instance)


def _undrawable(text: str) -> str | None:
    coverage = font_coverage()
    missing = coverage.missing(text.replace("\n", "")) if coverage else []
    if not missing:
        return None
    assert coverage is not None, "only a known font misses characters"
    more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
    return (
        f"contains {character_name(missing[0])}{more}, which the agreement's font "
        f"({coverage.font}, for {TEXT_FONT}) cannot draw"
    )


@cache
def _validator_class() -> Any:
    from jsonschema import Draft202012Validator, validators

    return validators.extend(  # type: ignore[no-untyped-call]  # jsonschema's own hints
        Draft202012Validator, {_TEXT: _text}
    )


def check_schema(document: YamlDocument, schema: Mapping[str, Any], root: str) -> list[Problem]:
    """Every schema violation in ``document``, as located problems."""
    try:
        if conforms(document.data, schema, {_TEXT: _conforming_text}):
            return []
    except Undecided:
        pass  # jsonschema judges what conforms cannot
    validator = _validator_class()(schema)
    errors = list(validator.iter_errors(document.data))
    # A value too long is reported for its length alone: whatever else is wrong with
    # 100,000 characters, cutting it is the first thing to do, and one line says so.
    too_long = {tuple(e.absolute_path) for e in errors if e.validator == "maxLength"}
    problems: list[Problem] = []
    for error in errors:
        if tuple(error.absolute_path) in too_long and error.validator != "maxLength":
            continue
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
            return f"{quoted(value)} is not a {what}; use one of: {', '.join(allowed)}"
        return f"unknown {what} {quoted(value)}{_suggest(str(value), allowed)}"
    if kind == "const":
        return f"must be {quoted(error.validator_value)}"
    if kind == "type":
        expected = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        return f"must be {expected}, not {_describe(value)}"
    if kind == "pattern":
        if error.validator_value == _NOT_BLANK:
            return "must not be blank"
        return f"must be {schema.get('x-expected', 'in the documented form')}, not {quoted(value)}"
    if kind == "minLength":
        return "must not be empty"
    if kind == "maxLength":
        return f"is too long: {len(str(value)):,} characters (at most {error.validator_value:,})"
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
    return quoted(value)


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean {quoted(close[0])}?)" if close else ""
