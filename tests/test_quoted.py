"""Messages stay short: a quoted value is cut to about 80 characters, its length stated."""

from __future__ import annotations

import pytest

from crec_assemble.errors import InputError, quoted, shortened
from crec_assemble.inputs.dates import date_option
from crec_assemble.inputs.profile import load_profile

from conftest import EXAMPLES, Cli, WriteProfile, operator_profile


def it_quotes_short_values_as_they_are() -> None:
    assert quoted("shoe_size") == "'shoe_size'"
    assert quoted(7) == "7"


def it_cuts_a_long_value_and_states_its_length() -> None:
    assert quoted("a" * 3_900_000) == "'" + "a" * 79 + "…' (3,900,000 characters)"


def it_keeps_the_quotes_of_a_value_that_holds_an_apostrophe() -> None:
    assert quoted("it's " * 40) == '"' + ("it's " * 40)[:79] + '…" (200 characters)'


def it_cuts_what_is_not_text_by_its_repr() -> None:
    text = quoted(list(range(1000)))
    assert text.startswith("[0, 1, 2") and text.endswith("… (4,890 characters)")
    assert len(text) < 110


def it_shortens_unquoted_text_the_same_way() -> None:
    assert shortened("x" * 100) == "x" * 79 + "… (100 characters)"
    assert shortened("short") == "short"


@pytest.mark.parametrize(
    "field",
    ["contractor.role", "services.start_date", "data.student_information", "subcontractors"],
)
def it_never_echoes_a_whole_pasted_value(write_profile: WriteProfile, field: str) -> None:
    value: object = "x" * 100_000
    if field == "data.student_information":
        value = [value]
    with pytest.raises(InputError) as raised:
        load_profile(write_profile(operator_profile(**{field: value})))
    lines = str(raised.value).splitlines()
    assert all(len(line) < 300 for line in lines), [line[:300] for line in lines]
    assert any(line.endswith("(100,000 characters)") or "(100,000 characters) " in line
               for line in lines)  # fmt: skip


def it_cuts_a_long_key_in_the_field_path(write_profile: WriteProfile) -> None:
    with pytest.raises(InputError) as raised:
        load_profile(write_profile(operator_profile(**{"services." + "k" * 5000: 1})))
    [line] = str(raised.value).splitlines()
    assert "services." + "k" * 79 + "… (5,000 characters): unknown field" in line


def it_cuts_a_long_option_value() -> None:
    with pytest.raises(InputError) as raised:
        date_option("9" * 10_000)
    assert str(raised.value) == f"--date: '{'9' * 79}…' (10,000 characters) is not a date " + (
        "written YYYY-MM-DD"
    )


def it_cuts_a_huge_option_value_in_a_usage_error(cli: Cli) -> None:
    """click's own "Invalid value" message quotes the value whole; ours cuts it."""
    result = cli("build", EXAMPLES[0], "--format", "x" * 5000)
    assert result.exit_code == 2
    assert "(5,000 characters) is not one of 'docx', 'pdf', 'all'" in result.stderr
    assert max(len(line) for line in result.stderr.splitlines()) < 200
