"""Profiles: what validates, and the one-line message each mistake gets."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crec_assemble.errors import InputError
from crec_assemble.inputs.profile import PROFILE_SCHEMA, load_profile
from crec_assemble.inputs.starter import starter_profile
from crec_assemble.model import Role

from conftest import ROOT, WriteProfile, consultant_profile, operator_profile

SUBCONTRACTOR = operator_profile()["subcontractors"][0]

VALID = [
    pytest.param(operator_profile(), id="operator-with-subcontractor"),
    pytest.param(consultant_profile(), id="consultant"),
    pytest.param(operator_profile(subcontractors=[]), id="no-subcontractors"),
    pytest.param(
        operator_profile(
            **{
                "data.student_information": [],
                "data.directory_information": [],
                "data.student_records": False,
                "subcontractors": [],
            }
        ),
        id="only-student-generated-content",
    ),
    pytest.param(
        operator_profile(**{"contractor.legal_name": 'AT&T <Learning> "Labs" {{ 7*7 }}'}),
        id="markup-in-values-is-data",
    ),
]

INVALID = [
    (operator_profile(profile=2), "profile: must be 1"),
    (operator_profile(**{"contractor.role": "vendor"}),
     "contractor.role: 'vendor' is not a role; use one of: operator, consultant"),
    (operator_profile(**{"contractor.legal_nam": "x"}),
     "contractor.legal_nam: unknown field (did you mean 'legal_name'?)"),
    (operator_profile(**{"data.student_information": ["first_name", "shoe_size"]}),
     "data.student_information[1]: unknown student information category 'shoe_size'"),
    (operator_profile(**{"data.directory_information": ["nickname"]}),
     "data.directory_information[0]: unknown directory information category 'nickname'"),
    (operator_profile(**{"services.start_date": "July 1"}),
     "services.start_date: must be a date written YYYY-MM-DD, not 'July 1'"),
    (operator_profile(**{"services.end_date": "2026-02-30"}),
     "services.end_date: '2026-02-30' is not a calendar date"),
    (operator_profile(**{"services.end_date": "2026-06-30"}),
     "services.end_date: must not be before services.start_date"),
    (operator_profile(**{"services.delivery": ["professional_services"]}),
     "services.delivery: an operator operates a website, online service or mobile application"),
    (operator_profile(**{"contractor.privacy_contact.email": "privacy at acme"}),
     "contractor.privacy_contact.email: must be an e-mail address"),
    (operator_profile(**{"contractor.signatory.name": ""}),
     "contractor.signatory.name: must not be blank"),
    (operator_profile(**{"contractor.legal_name": "   "}),
     "contractor.legal_name: must not be blank"),
    (operator_profile(**{"data.student_records": "yes please"}),
     "data.student_records: must be true or false, not 'yes please'"),
    (operator_profile(**{"data.student_information": [], "data.directory_information": [],
                         "data.student_records": False, "data.student_generated_content": False,
                         "subcontractors": []}),
     "data: declares no student data"),
    (operator_profile(**{"data.student_generated_content": False,
                         "data.content_accounts": True}),
     "data.content_accounts: requires student_generated_content: true"),
    (operator_profile(subcontractors=[{"legal_name": "X", "service": "Y", "data": ["grades"]}]),
     "subcontractors[0].consent_date: required: a subcontract needs the express written "
     "consent of CREC (Regulation 3520.13-R, provision 14)"),
    (operator_profile(subcontractors=[{"legal_name": "X", "service": "Y",
                                       "data": ["home_address"], "consent_date": "2026-06-01"}]),
     "subcontractors[0].data[0]: 'home_address' is not in the contractor's own data"),
    (operator_profile(subcontractors=[{"legal_name": "X", "service": "Y", "data": [{"a": 1}],
                                       "consent_date": "2026-06-01"}]),
     "subcontractors[0].data[0]: unknown data category {'a': 1}"),
    (operator_profile(subcontractors=[SUBCONTRACTOR | {"consent_date": "2031-01-01"}]),
     "subcontractors[0].consent_date: is after services.end_date"),
    (operator_profile(subcontractors=[SUBCONTRACTOR | {"legal_name": "Lambda Hosting LLC"},
                                      SUBCONTRACTOR | {"legal_name": "Lambda Hosting, LLC"}]),
     "subcontractors[1].legal_name: subcontractor listed twice (same name as subcontractors[0]"),
    (operator_profile(subcontractors=[SUBCONTRACTOR, SUBCONTRACTOR]),
     "subcontractors[1].legal_name: subcontractor listed twice"),
]  # fmt: skip


@pytest.mark.parametrize("data", VALID)
def it_accepts_valid_profiles(write_profile: WriteProfile, data: dict[str, Any]) -> None:
    profile = load_profile(write_profile(data))
    assert profile.contractor.legal_name == data["contractor"]["legal_name"]


@pytest.mark.parametrize(
    ("data", "message"), INVALID, ids=[message.split(":")[0] for _, message in INVALID]
)
def it_rejects_invalid_profiles_with_one_clear_line(
    write_profile: WriteProfile, data: dict[str, Any], message: str
) -> None:
    path = write_profile(data)
    with pytest.raises(InputError) as caught:
        load_profile(path)
    lines = str(caught.value).splitlines()
    assert any(line.startswith(f"{path}:") and message in line for line in lines), lines


def it_reports_every_problem_at_once_with_its_line(write_profile: WriteProfile) -> None:
    text = (ROOT / "examples" / "acme-learning.yaml").read_text()
    text = text.replace("role: operator", "role: vendor").replace(
        "  name: Acme Reading", "  nam: A"
    )
    path = write_profile(text)
    with pytest.raises(InputError) as caught:
        load_profile(path)
    lines = str(caught.value).splitlines()
    role_line = text.splitlines().index("  role: vendor") + 1
    nam_line = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("  nam:"))
    assert f"{path}:{role_line}: contractor.role: 'vendor' is not a role" in lines[0]
    assert any(line.startswith(f"{path}:{nam_line}: services.nam: unknown field") for line in lines)
    assert any("services.name: required field is missing" in line for line in lines)


def it_reports_rule_problems_alongside_schema_problems(write_profile: WriteProfile) -> None:
    """One round of fixes: a bad date is reported even when another field is malformed."""
    data = operator_profile(**{"services.end_date": "2026-02-30", "contractor.role": "vendor"})
    with pytest.raises(InputError) as caught:
        load_profile(write_profile(data))
    message = str(caught.value)
    assert "contractor.role: 'vendor' is not a role" in message
    assert "services.end_date: '2026-02-30' is not a calendar date" in message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("profile: 1\ncontractor: [unclosed\nservices: x\n", ":3: YAML syntax error"),
        ("", "profile: must be a mapping of fields, not empty"),
        ("- a list\n", "profile: must be a mapping of fields, not a list"),
    ],
    ids=["syntax-error", "empty-file", "not-a-mapping"],
)
def it_rejects_files_that_are_not_profiles(
    write_profile: WriteProfile, text: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        load_profile(write_profile(text))


def it_reports_a_missing_file_without_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_profile(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("profile: 1\nprofile: 1\n", ":2: profile: this key appears twice"),
        ("profile: &one 1\nextra: *one\n", "YAML aliases (*name): not allowed here"),
        ("x: &a [*a]\n", "YAML aliases (*name): not allowed here"),
    ],
    ids=["duplicate-key", "alias", "recursive-alias"],
)
def it_refuses_yaml_that_would_load_silently_wrong(
    write_profile: WriteProfile, text: str, message: str
) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        load_profile(write_profile(text))


def it_loads_only_safe_yaml(write_profile: WriteProfile) -> None:
    text = "profile: !!python/object/apply:os.system ['true']\n"
    with pytest.raises(InputError, match=r"the YAML tag !!python/object/apply:os\.system is not"):
        load_profile(write_profile(text))


def it_freezes_dates(write_profile: WriteProfile) -> None:
    profile = load_profile(write_profile(operator_profile()))
    assert profile.services.start_date == date(2026, 7, 1)
    assert profile.subcontractors[0].consent_date == date(2026, 6, 15)


@pytest.mark.parametrize("role", ["operator", "consultant"])
def it_writes_starter_profiles_that_validate(write_profile: WriteProfile, role: Role) -> None:
    profile = load_profile(write_profile(starter_profile(role)))
    assert profile.contractor.role == role


def it_publishes_the_schema_it_validates_with() -> None:
    published = json.loads((ROOT / "examples" / "profile.schema.json").read_text())
    assert published == json.loads(json.dumps(PROFILE_SCHEMA)), (
        "examples/profile.schema.json is stale: crec-assemble schema > examples/profile.schema.json"
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [('contractor:\n  legal_name: "Acme\x80"\n', 2,
      "character U+0080 is not allowed here (special characters are not allowed)"),
     ("contractor:\n\tlegal_name: Acme\n", 2, "found character '\\t' that cannot start any token"),
     ("contractor: [Acme, Inc\nservices: {}\n", 2, "expected ',' or ']', but got ':'")],
    ids=["c1-control-character", "tab-indent", "unclosed-bracket"],
)  # fmt: skip
def it_names_the_line_and_the_fault_of_broken_yaml(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    """libyaml reads the profile; what it refuses is explained as the pure-Python parser does."""
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_profile(path)
    assert str(raised.value) == f"{path}:{line}: YAML syntax error: {message}"
