"""A profile as a form: its fields read from the profile's JSON Schema, and a form's values
turned back into a profile.

The web app's interview is made from these fields, so it asks for every field the schema
has, with the help ``init`` writes above it (both read the schema's descriptions). Each field
is named exactly as ``validate`` names it in its messages (``subcontractors[1].consent_date``),
so each problem can be shown beside the field it names. What a form gives back is written as
YAML that ``validate`` and ``build`` read like any profile.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import yaml

from .profile import PROFILE_SCHEMA
from .text import LINES
from .validation import DATE
from .vocabulary import DELIVERY, DIRECTORY_INFORMATION, STUDENT_INFORMATION, WHOLE_CATEGORIES
from .yaml_source import PathItem, Problem, format_path

__all__ = [
    "Filled",
    "FilledForm",
    "FormField",
    "Placed",
    "Widget",
    "field_at",
    "field_id",
    "filled_form",
    "profile_form",
    "profile_yaml",
    "record_from_form",
]

Widget = Literal["line", "lines", "date", "choice", "choices", "flag", "group", "rows"]

_ROOT = "profile"  # what validate calls the profile itself, as a field
_LABELS = {**STUDENT_INFORMATION, **DIRECTORY_INFORMATION, **WHOLE_CATEGORIES, **DELIVERY}
_HEADER = """\
# Contractor profile for crec-assemble (format 1), written by its web app.
# Check it with:  crec-assemble validate THIS-FILE
# Build it with:  crec-assemble build THIS-FILE
"""


@dataclass(frozen=True)
class FormField:
    """One field of a profile, as its schema describes it.

    Attributes:
        key: its key in the profile (``legal_name``).
        label: what a form calls it ("Legal name").
        help: the schema's description, which ``init`` writes above the field too.
        widget: how it is asked for: a line of text, several lines, a date, one of a few
            choices, any of many, a yes-or-no flag, a group of fields, or rows of a group
            (the subcontractors).
        required: whether a profile must have it.
        options: the choices, each as (key, printed label).
        fields: a group's fields, or each row's.
    """

    key: str
    label: str
    help: str
    widget: Widget
    required: bool = False
    options: tuple[tuple[str, str], ...] = ()
    fields: tuple[FormField, ...] = ()


def profile_form() -> tuple[FormField, ...]:
    """Every field of a profile, in the schema's order (all but its format version, which a
    form always writes as 1)."""
    return _fields(PROFILE_SCHEMA)


def field_at(path: str) -> FormField:
    """The field at a dotted path of keys: ``contractor.signatory.name``, and a row's field
    by the rows' key (``subcontractors.consent_date``).

    Raises:
        KeyError: no field has that path.
    """
    fields, found = profile_form(), None
    for key in path.split("."):
        found = next((f for f in fields if f.key == key), None)
        if found is None:
            raise KeyError(path)
        fields = found.fields
    assert found is not None, "a path has at least one key"
    return found


def _fields(schema: Mapping[str, Any]) -> tuple[FormField, ...]:
    required = set(schema.get("required", ()))
    return tuple(
        _field(key, part, key in required)
        for key, part in schema["properties"].items()
        if "const" not in part
    )


def _field(key: str, schema: Mapping[str, Any], required: bool) -> FormField:
    label = key.replace("_", " ").capitalize()
    made = FormField(key, label, schema.get("description", ""), "line", required)
    items = schema.get("items", {})
    if "properties" in schema:
        return replace(made, widget="group", fields=_fields(schema))
    if "properties" in items:
        about = f"{made.help} {items.get('description', '')}".strip()
        return replace(made, widget="rows", help=about, fields=_fields(items))
    if "enum" in items:
        return replace(made, widget="choices", options=_options(items["enum"]))
    if "enum" in schema:
        return replace(made, widget="choice", options=_options(schema["enum"]))
    if schema.get("type") == "boolean":
        return replace(made, widget="flag")
    if schema.get("pattern") == DATE["pattern"]:
        return replace(made, widget="date")
    return replace(made, widget="lines" if schema.get("x-text") == LINES else "line")


def _options(keys: Iterable[str]) -> tuple[tuple[str, str], ...]:
    return tuple((key, _LABELS.get(key, key)) for key in keys)


def field_id(name: str) -> str:
    """An HTML id for the field ``name``.

    ``subcontractors[0].data`` is ``f-subcontractors-0-data``.
    """
    return "f-" + re.sub(r"[^A-Za-z0-9_]+", "-", name).strip("-")


# From a form to a profile ----------------------------------------------------------------


def record_from_form(form: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """The profile a form's values give, as data to write as YAML.

    ``form`` holds each field's values by its name (a choice of many is one value per
    ticked box; a flag is ticked when it holds ``true``). A text left blank is left out, as
    is a group left wholly blank that the profile need not have, so ``validate`` says what
    is missing; a flag is always written; a row is kept, however blank, while the form has
    its fields.
    """
    return {"profile": 1, **_values(profile_form(), form, ())}


def _values(
    fields: Sequence[FormField], form: Mapping[str, Sequence[str]], path: tuple[PathItem, ...]
) -> dict[str, Any]:
    record = {}
    for each in fields:
        value = _value(each, form, (*path, each.key))
        if value is not None:
            record[each.key] = value
    return record


def _value(each: FormField, form: Mapping[str, Sequence[str]], path: tuple[PathItem, ...]) -> Any:
    name = format_path(path, _ROOT)
    given = form.get(name, ())
    if each.widget == "flag":
        return "true" in given
    if each.widget == "choices":
        chosen = [key for key, _ in each.options if key in given]
        return chosen if chosen or each.required else None
    if each.widget == "group":
        inner = _values(each.fields, form, path)
        return inner if inner or each.required else None
    if each.widget == "rows":
        return [_values(each.fields, form, (*path, index)) for index in _rows(form, name)]
    text = given[0].replace("\r\n", "\n") if given else ""
    return text if text.strip() else None


def _rows(form: Mapping[str, Sequence[str]], name: str) -> list[int]:
    """The row numbers a form has fields of, in order."""
    row = re.compile(re.escape(name) + r"\[(\d{1,4})\]\.")
    return sorted({int(found.group(1)) for key in form if (found := row.match(key))})


class _Dumper(yaml.SafeDumper):
    """Writes each value in full (a profile may not hold YAML aliases), and text of several
    lines as a block, as a person would write it."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def profile_yaml(record: Mapping[str, Any]) -> str:
    """A profile's data as the YAML file a person could have written."""
    body = yaml.dump(dict(record), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88)
    return _HEADER + body


# From a profile to a filled form ---------------------------------------------------------


@dataclass(frozen=True)
class Filled:
    """A field of a form, filled from a profile, with what ``validate`` says about it.

    Attributes:
        field: the field.
        name: its name, as ``validate`` names it (``subcontractors[0].legal_name``).
        text: a text's or a choice's value.
        chosen: the choices ticked.
        on: whether a flag is ticked.
        fields: a group's fields.
        rows: each row's fields.
        problems: ``validate``'s messages about it.
    """

    field: FormField
    name: str
    text: str = ""
    chosen: tuple[str, ...] = ()
    on: bool = False
    fields: tuple[Filled, ...] = ()
    rows: tuple[tuple[Filled, ...], ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return field_id(self.name)


@dataclass(frozen=True)
class Placed:
    """A problem, and the name of the field it is shown beside (None: the profile's own)."""

    problem: Problem
    at: str | None

    @property
    def id(self) -> str | None:
        """The HTML id of the field it is shown beside."""
        return None if self.at is None else field_id(self.at)


@dataclass(frozen=True)
class FilledForm:
    """A whole form, filled, and every problem in the order ``validate`` reports them."""

    fields: tuple[Filled, ...]
    problems: tuple[Placed, ...] = field(default=())

    @property
    def rows(self) -> int:
        """How many subcontractors the form has."""
        return next((len(f.rows) for f in self.fields if f.field.widget == "rows"), 0)


def filled_form(record: Any, problems: Sequence[Problem] = ()) -> FilledForm:
    """A form filled from a profile's data, each problem beside the field it names.

    ``record`` may be any data a YAML file held: what does not fit a field (a list where
    text belongs, an unknown key) is not shown, and the problem ``validate`` reports about
    it is. A problem about a field the form has no place for (an unknown key, an entry of a
    list) is shown beside the nearest field that holds it.
    """
    fields = _filled(profile_form(), record, ())
    names = set(_names(fields))
    placed = tuple(Placed(problem, _nearest(problem.path, names)) for problem in problems)
    by_name: dict[str, list[str]] = {}
    for each in placed:
        if each.at is not None:
            by_name.setdefault(each.at, []).append(each.problem.message)
    return FilledForm(_with_problems(fields, by_name), placed)


def _filled(
    fields: Sequence[FormField], data: Any, path: tuple[PathItem, ...]
) -> tuple[Filled, ...]:
    given = data if isinstance(data, Mapping) else {}
    return tuple(_one(each, given.get(each.key), (*path, each.key)) for each in fields)


def _one(each: FormField, value: Any, path: tuple[PathItem, ...]) -> Filled:
    made = Filled(each, format_path(path, _ROOT))
    if each.widget == "group":
        return replace(made, fields=_filled(each.fields, value, path))
    if each.widget == "rows":
        rows = value if isinstance(value, list) else []
        return replace(made, rows=tuple(
            _filled(each.fields, row, (*path, index)) for index, row in enumerate(rows)
        ))  # fmt: skip
    if each.widget == "choices":
        items = value if isinstance(value, list) else []
        return replace(made, chosen=tuple(item for item in items if isinstance(item, str)))
    if each.widget == "flag":
        return replace(made, on=value is True)
    return replace(made, text=_as_text(value))


def _as_text(value: Any) -> str:
    """A value as a text box shows it: a number or a yes-or-no as written, so that a person
    sees what ``validate`` complains of; nothing for a list or mapping."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str | int | float):
        return str(value)
    return ""


def _names(fields: Iterable[Filled]) -> Iterable[str]:
    for each in fields:
        yield each.name
        yield from _names(each.fields)
        for row in each.rows:
            yield from _names(row)


_LAST_PART = re.compile(r"(\.[^.\[]*|\[\d+\])$")


def _nearest(name: str, names: set[str]) -> str | None:
    """The field a problem about ``name`` is shown beside: the field itself, or the nearest
    one holding it (``data.student_information[3]`` → ``data.student_information``)."""
    while name not in names:
        shorter = _LAST_PART.sub("", name)
        if shorter == name or not shorter:
            return None
        name = shorter
    return name


def _with_problems(
    fields: Sequence[Filled], by_name: Mapping[str, list[str]]
) -> tuple[Filled, ...]:
    return tuple(
        replace(
            each,
            problems=tuple(by_name.get(each.name, ())),
            fields=_with_problems(each.fields, by_name),
            rows=tuple(_with_problems(row, by_name) for row in each.rows),
        )
        for each in fields
    )
