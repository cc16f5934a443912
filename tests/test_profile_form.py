"""A profile as a form: every field of the schema, the help init writes, validate's names for
the fields, and a form's values back into a profile that validates as the file did."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from crec_assemble.inputs.profile import PROFILE_SCHEMA, load_profile, profile_problems
from crec_assemble.inputs.profile_form import (
    Filled,
    FormField,
    field_at,
    filled_form,
    profile_form,
    profile_yaml,
    record_from_form,
)
from crec_assemble.inputs.starter import starter_profile
from crec_assemble.inputs.yaml_source import parse_yaml, read_yaml
from crec_assemble.model import Profile

from conftest import EXAMPLES, operator_profile
from interview_support import posted


def schema_paths(schema: dict[str, object], path: str = "") -> Iterator[str]:
    properties = schema.get("properties", {})
    assert isinstance(properties, dict)
    for key, part in properties.items():
        if "const" in part:
            continue
        here = f"{path}.{key}" if path else key
        yield here
        yield from schema_paths(part.get("items", part) if "items" in part else part, here)


def comments(text: str) -> str:
    """A YAML file's comments as one line of words."""
    found = [line.split("#", 1)[1] for line in text.splitlines() if "#" in line]
    return " ".join(" ".join(found).split())


def it_has_a_field_for_every_field_of_the_schema() -> None:
    paths = list(schema_paths(PROFILE_SCHEMA))
    assert "subcontractors.privacy_contact.phone" in paths
    for path in paths:
        assert field_at(path).help, f"{path} has no help"


@pytest.mark.parametrize("role", ["operator", "consultant"])
def it_explains_every_field_in_init_with_the_forms_words(role: str) -> None:
    written = comments(starter_profile(role))  # type: ignore[arg-type]
    for path in schema_paths(PROFILE_SCHEMA):
        assert " ".join(field_at(path).help.split()) in written, path


def it_asks_for_each_kind_of_value_in_its_own_way() -> None:
    kinds = {path: field_at(path).widget for path in schema_paths(PROFILE_SCHEMA)}
    assert kinds["contractor.role"] == "choice"
    assert kinds["contractor.address"] == "lines"
    assert kinds["services.start_date"] == "date"
    assert kinds["data.student_information"] == "choices"
    assert kinds["data.content_accounts"] == "flag"
    assert kinds["subcontractors"] == "rows"
    assert kinds["contractor.signatory"] == "group"
    assert ("first_name", "First name") in field_at("data.student_information").options


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def it_gives_back_the_profile_a_form_was_filled_from(example: Path, tmp_path: Path) -> None:
    document, _ = read_yaml(example)
    record = record_from_form(posted(document.data))
    saved = tmp_path / "saved.yaml"
    saved.write_text(profile_yaml(record), encoding="utf-8")
    assert same(load_profile(saved), load_profile(example))


def same(one: Profile, other: Profile) -> bool:
    """Whether two profiles say the same, wherever they were read from; a form lists the
    data categories in the vocabulary's order, whatever order a file gave them in."""

    def plain(profile: Profile) -> Profile:
        subs = tuple(replace(sub, line=0, data=tuple(sorted(sub.data)))
                     for sub in profile.subcontractors)  # fmt: skip
        data = replace(
            profile.data,
            student_information=tuple(sorted(profile.data.student_information)),
            directory_information=tuple(sorted(profile.data.directory_information)),
        )
        return replace(profile, source="", sha256="", record="", subcontractors=subs, data=data)

    return plain(one) == plain(other)


def it_leaves_out_what_was_left_blank_so_validate_says_it_is_missing() -> None:
    sent = posted(operator_profile())
    sent["contractor.legal_name"] = ["   "]
    sent["services.delivery"] = []
    record = record_from_form(sent)
    assert "legal_name" not in record["contractor"]
    assert "master_agreement" not in record["services"]
    problems = profile_problems(parse_yaml(profile_yaml(record), "profile.yaml"))
    assert [(p.path, p.message) for p in problems] == [
        ("contractor.legal_name", "required field is missing"),
        ("services.delivery", "must list at least 1"),
    ]


def it_keeps_a_blank_row_so_each_of_its_fields_is_asked_for() -> None:
    record = operator_profile(subcontractors=[])
    record["subcontractors"].append({})
    form = filled_form(record)
    assert form.rows == 1
    again = record_from_form(posted(record))
    assert again["subcontractors"] == [{"data": []}]  # a list it must have, written empty
    problems = profile_problems(parse_yaml(profile_yaml(again), "profile.yaml"))
    assert {p.path for p in problems} == {
        "subcontractors[0].legal_name", "subcontractors[0].service",
        "subcontractors[0].data", "subcontractors[0].consent_date",
    }  # fmt: skip


def it_shows_each_problem_beside_the_field_it_names() -> None:
    record = operator_profile(
        **{
            "contractor.signatory.email": "not an address",
            "contractor.legal_nam": "typo",
            "data.student_information": ["first_name", "last_name", "email_address", "shoe_size"],
        }
    )
    problems = profile_problems(parse_yaml(profile_yaml(record), "profile.yaml"))
    form = filled_form(record, problems)
    where = {placed.problem.path: placed.at for placed in form.problems}
    assert where == {
        "contractor.signatory.email": "contractor.signatory.email",
        "contractor.legal_nam": "contractor",
        "data.student_information[3]": "data.student_information",
    }
    email = find(form.fields, "contractor.signatory.email")
    assert email.problems == ("must be an e-mail address, not 'not an address'",)
    assert email.id == "f-contractor-signatory-email"
    assert find(form.fields, "data.student_information").chosen[-1] == "shoe_size"


def it_shows_a_problem_with_the_whole_profile_beside_no_field() -> None:
    document = parse_yaml("[1, 2]", "profile.yaml")
    form = filled_form(document.data, profile_problems(document))
    assert [placed.at for placed in form.problems] == [None]
    assert find(form.fields, "contractor.legal_name").text == ""


def it_shows_a_value_of_the_wrong_kind_as_written() -> None:
    form = filled_form({"contractor": {"legal_name": 42, "address": ["a"]}})
    assert find(form.fields, "contractor.legal_name").text == "42"
    assert find(form.fields, "contractor.address").text == ""


def it_writes_text_of_several_lines_as_a_block_and_markup_as_data() -> None:
    record = operator_profile(
        **{
            "contractor.address": "1 Main Street\nHartford, CT 06103",
            "contractor.legal_name": "<script>alert(1)</script> & Co",
        }
    )
    text = profile_yaml(record)
    assert re.search(r"address: \|-\n +1 Main Street\n +Hartford, CT 06103\n", text)
    assert parse_yaml(text, "profile.yaml").data == record


def find(fields: Sequence[Filled], name: str) -> Filled:
    for each in fields:
        if each.name == name:
            return each
        for inner in (each.fields, *each.rows):
            try:
                return find(inner, name)
            except LookupError:
                pass
    raise LookupError(name)


def it_refuses_a_path_no_field_has() -> None:
    with pytest.raises(KeyError):
        field_at("contractor.shoe_size")
    assert isinstance(profile_form()[0], FormField)
