"""Text fields are text: visible characters, NFC, bounded, drawable — refused in one line."""

from __future__ import annotations

import os
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crec_assemble.errors import InputError
from crec_assemble.inputs.glyphs import TEXT_FONT
from crec_assemble.inputs.issuer import ISSUER_SCHEMA, load_issuer
from crec_assemble.inputs.profile import PROFILE_SCHEMA, load_profile
from crec_assemble.inputs.text import LINE, LINES, text_problem
from crec_assemble.library.wording import squeeze
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions

from conftest import BUILD_DATE, ROOT, Cli, WriteProfile, docx_text, operator_profile, pdf_text

# Each character a single-line field refuses, with the message that names it.
REFUSED = [
    ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\u202a", "U+202A LEFT-TO-RIGHT EMBEDDING"),
    ("\u202c", "U+202C POP DIRECTIONAL FORMATTING"),
    ("\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ("\u2069", "U+2069 POP DIRECTIONAL ISOLATE"),
    ("\u200e", "U+200E LEFT-TO-RIGHT MARK"),
    ("\u200f", "U+200F RIGHT-TO-LEFT MARK"),
    ("\u200b", "U+200B ZERO WIDTH SPACE"),
    ("\u200c", "U+200C ZERO WIDTH NON-JOINER"),
    ("\u200d", "U+200D ZERO WIDTH JOINER"),
    ("\u2060", "U+2060 WORD JOINER"),
    ("\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
    ("\u00ad", "U+00AD SOFT HYPHEN"),
    ("\x00", "U+0000 NULL"),
    ("\t", "U+0009 CHARACTER TABULATION"),
    ("\x1b", "U+001B ESCAPE"),
    ("\x7f", "U+007F DELETE"),
    ("\x9b", "U+009B (a control character)"),
    ("\ufdd0", "U+FDD0 (a noncharacter)"),
    ("\ufffe", "U+FFFE (a noncharacter)"),
    ("\U0001ffff", "U+1FFFF (a noncharacter)"),
    ("\ue000", "U+E000 (a private-use character)"),
    ("\n", "U+000A LINE FEED; write it on one line"),
    ("\r", "U+000D CARRIAGE RETURN; write it on one line"),
    ("\x0c", "U+000C FORM FEED; write it on one line"),
    ("\x85", "U+0085 NEXT LINE; write it on one line"),
    ("\u2028", "U+2028 LINE SEPARATOR; write it on one line"),
]


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as raised:
        load_profile(path)
    return str(raised.value)


@pytest.mark.parametrize(
    ("char", "named"), REFUSED, ids=[named.split(" ")[0] for _, named in REFUSED]
)
def it_refuses_an_invisible_character_in_a_name_naming_the_field_and_the_code_point(
    write_profile: WriteProfile, char: str, named: str
) -> None:
    path = write_profile(operator_profile(**{"contractor.legal_name": f"Acme {char}Co"}))
    line = _line_of(path, "legal_name")
    assert _refusal(path) == f"{path}:{line}: contractor.legal_name: contains {named}"


def it_refuses_the_right_to_left_override_that_made_acme_evil_co_read_acme_live_co(
    write_profile: WriteProfile,
) -> None:
    path = write_profile('profile: 1\ncontractor:\n  legal_name: "Acme \\u202eevil\\u202c Co"\n')
    assert f"{path}:3: contractor.legal_name: contains U+202E RIGHT-TO-LEFT OVERRIDE" in (
        _refusal(path).splitlines()
    )


@pytest.mark.parametrize(
    "field",
    ["contractor.address", "contractor.signatory.title", "contractor.privacy_contact.email",
     "contractor.privacy_contact.phone", "services.name", "services.description",
     "services.start_date"],
)  # fmt: skip
def it_checks_every_text_field_not_only_names(write_profile: WriteProfile, field: str) -> None:
    path = write_profile(operator_profile(**{field: "860\u200b555 0100"}))
    assert f"{field}: contains U+200B ZERO WIDTH SPACE" in _refusal(path)


def it_lets_a_description_and_an_address_run_over_lines_but_nothing_else(
    write_profile: WriteProfile,
) -> None:
    profile = load_profile(
        write_profile(
            operator_profile(
                **{
                    "services.description": "Reading practice.\nProgress reports.\n",
                    "contractor.address": "100 Pearl Street\nHartford, CT 06103",
                }
            )
        )
    )
    assert profile.services.description == "Reading practice.\nProgress reports."
    assert profile.contractor.address == "100 Pearl Street\nHartford, CT 06103"
    tabbed = write_profile(operator_profile(**{"services.description": "Reading\tpractice"}))
    assert "services.description: contains U+0009 CHARACTER TABULATION" in _refusal(tabbed)


def it_refuses_a_date_with_a_trailing_newline_instead_of_crashing(
    write_profile: WriteProfile,
) -> None:
    path = write_profile(operator_profile(**{"services.start_date": "2026-07-01\n"}))
    assert "services.start_date: contains U+000A LINE FEED; write it on one line" in (
        _refusal(path)
    )


def it_normalises_text_to_nfc_at_the_boundary(write_profile: WriteProfile) -> None:
    decomposed = "E\u0301cole Nume\u0301rique"
    profile = load_profile(write_profile(operator_profile(**{"contractor.legal_name": decomposed})))
    assert profile.contractor.legal_name == "École Numérique"
    assert unicodedata.is_normalized("NFC", profile.record)


def it_accepts_the_scripts_the_agreements_font_draws(write_profile: WriteProfile) -> None:
    names = ["Ακμή Learning", "אקמה בע״מ", "Ещё Школа", "Nguyễn & Đặng", "Zoë\u00a0O\u2019Brien"]
    for name in names:
        profile = load_profile(write_profile(operator_profile(**{"contractor.legal_name": name})))
        assert profile.contractor.legal_name == name


def _text_fields(schema: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(schema, dict):
        if schema.get("type") == "string":
            yield path, schema
        for key, value in schema.items():
            yield from _text_fields(value, f"{path}.{key}" if key != "properties" else path)
    elif isinstance(schema, list):
        for item in schema:
            yield from _text_fields(item, path)


@pytest.mark.parametrize("schema", [PROFILE_SCHEMA, ISSUER_SCHEMA], ids=["profile", "issuer"])
def it_bounds_and_checks_every_text_field_of_the_published_schemas(schema: Any) -> None:
    fields = list(_text_fields(schema))
    assert len(fields) > 10
    for path, field in fields:
        assert field.get("x-text") in (LINE, LINES), path
        bounded = "maxLength" in field or field.get("pattern", "").endswith("}$")
        assert bounded, f"{path} has no length limit"


@pytest.mark.parametrize(
    ("field", "limit"),
    [("contractor.legal_name", 200), ("contractor.address", 500),
     ("services.description", 2000), ("contractor.privacy_contact.email", 254)],
)  # fmt: skip
def it_refuses_text_over_its_limit_in_one_short_line(
    write_profile: WriteProfile, field: str, limit: int
) -> None:
    path = write_profile(operator_profile(**{field: "a" * (limit + 1)}))
    assert f"{field}: is too long: {limit + 1:,} characters (at most {limit:,})" in (_refusal(path))
    at_limit = "a" * limit if "email" not in field else "a" * (limit - 10) + "@acme.test"
    load_profile(write_profile(operator_profile(**{field: at_limit})))


def it_refuses_a_pasted_file_of_a_name_without_echoing_it(
    cli: Cli, write_profile: WriteProfile
) -> None:
    path = write_profile(operator_profile(**{"contractor.legal_name": "a" * 3_900_000}))
    result = cli("validate", path)
    assert result.exit_code == 2
    line = result.output.strip()
    assert line.endswith("contractor.legal_name: is too long: 3,900,000 characters (at most 200)")
    assert len(line) < len(str(path)) + 100


def it_reads_the_font_the_template_sets_for_all_text() -> None:
    """The glyph check asks fontconfig about the template's one font, for every script."""
    styles = zipfile.ZipFile(ROOT / "templates" / "agreement.docx").read("word/styles.xml")
    defaults = styles.decode().split("<w:docDefaults>")[1].split("</w:rPrDefault>")[0]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert f'w:{script}="{TEXT_FONT}"' in defaults


def it_names_a_character_the_agreements_font_cannot_draw(write_profile: WriteProfile) -> None:
    """The issue's emoji, checked against the real fontconfig: Liberation Serif has none."""
    path = write_profile(operator_profile(**{"contractor.legal_name": "Acme \U0001f600 Co"}))
    message = _refusal(path)
    assert (
        "contractor.legal_name: contains U+1F600 GRINNING FACE, which the agreement's font ("
        in (message)
    )
    assert "for Times New Roman) cannot draw" in message


def _fake_fontconfig(folder: Path, monkeypatch: pytest.MonkeyPatch, charset: str) -> None:
    """An ``fc-match`` first on PATH whose font draws only ``charset``."""
    folder.mkdir()
    script = folder / "fc-match"
    script.write_text(f"#!/bin/sh\nprintf 'Fake Serif\\n{charset}'\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


def it_checks_against_the_font_fontconfig_matches(
    write_profile: WriteProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_fontconfig(tmp_path / "bin", monkeypatch, "20-7e")  # ASCII only
    path = write_profile(operator_profile(**{"contractor.legal_name": "École Ölten"}))
    assert (
        "contractor.legal_name: contains U+00C9 LATIN CAPITAL LETTER E WITH ACUTE (and 1 more), "
        "which the agreement's font (Fake Serif, for Times New Roman) cannot draw"
    ) in _refusal(path)


def it_skips_the_font_check_where_there_is_no_fontconfig(
    write_profile: WriteProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No fontconfig, no LibreOffice: there is no PDF for the check to protect."""
    monkeypatch.setenv("PATH", str(tmp_path))
    path = write_profile(operator_profile(**{"contractor.legal_name": "Acme \U0001f600 Co"}))
    assert load_profile(path).contractor.legal_name == "Acme \U0001f600 Co"


def it_checks_the_issuers_text_too(tmp_path: Path) -> None:
    path = tmp_path / "issuer.yaml"
    path.write_text(
        'issuer: 1\nname: "Hartford \\u200bBoard"\nshort_name: Board\n'
        "governing_body: the Board\npolicy: Policy 5125\naddress: 960 Main Street\n"
        "signatory: {title: Superintendent}\nnotices: {attention: COO, address: 960 Main}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        load_issuer(path)
    assert str(raised.value) == f"{path}:2: name: contains U+200B ZERO WIDTH SPACE"


def it_finds_nothing_wrong_with_visible_text() -> None:
    assert text_problem("Acme Learning, Inc. — «École» 中文", LINE) is None
    assert text_problem("line one\nline two", LINES) is None
    assert text_problem("line one\nline two", LINE) == (
        "contains U+000A LINE FEED; write it on one line"
    )


def it_builds_every_kind_of_text_that_validate_accepts(
    write_profile: WriteProfile, tmp_path: Path, libreoffice: str
) -> None:
    """Accented, Greek, Hebrew and Cyrillic names, a no-break space, lines in a description."""
    data = operator_profile(
        **{
            "contractor.legal_name": "Ακμή Ещё אקמה Zoë\u00a0Nguyễn E\u0301cole",
            "contractor.signatory.name": "Đặng O\u2019Brien",
            "services.description": "Reading practice,\nwith progress reports.",
            "subcontractors": [],
        }
    )
    out = tmp_path / "out"
    [produced] = build([write_profile(data)], BuildOptions(out=out, build_date=BUILD_DATE))
    paths = {output.format: output.path for output in produced.outputs}
    name = squeeze("Ακμή Ещё אקמה Zoë Nguyễn École")
    assert name in squeeze(docx_text(paths["docx"]).replace("\u00a0", " "))
    assert squeeze("Ακμή Ещё") in pdf_text(paths["pdf"])


_BASE = (ROOT / "examples" / "acme-learning.yaml").read_text(encoding="utf-8")
_NAME = "legal_name: Acme Learning, Inc."

# What crashed the YAML reader (a traceback, exit 1) and the one line each gets now.
HOSTILE_YAML = [
    pytest.param(_BASE + "extra: " + "[" * 1000 + "]" * 1000 + "\n",
                 ":38: YAML nesting: deeper than 20 levels; not allowed", id="lists-1000-deep"),
    pytest.param(_BASE + "extra: " + "{a: " * 1000 + "1" + "}" * 1000 + "\n",
                 ":38: YAML nesting: deeper than 20 levels; not allowed", id="flow-maps-1000-deep"),
    pytest.param(_BASE + "extra:\n" + "".join(" " * i + "a:\n" for i in range(1, 1000)),
                 ": YAML nesting: deeper than 20 levels; not allowed", id="block-maps-1000-deep"),
    pytest.param(_BASE.replace(_NAME, "legal_name: !!timestamp hello"),
                 ":6: contractor.legal_name: the YAML tag !!timestamp is not allowed; "
                 "write the value as plain text", id="timestamp-tag-on-text"),
    pytest.param(_BASE.replace(_NAME, "legal_name: !!timestamp 2026-01-01"),
                 ":6: contractor.legal_name: the YAML tag !!timestamp is not allowed",
                 id="timestamp-tag-on-a-date"),
    pytest.param(_BASE.replace(_NAME, "legal_name: !!binary aGVsbG8="),
                 ":6: contractor.legal_name: the YAML tag !!binary is not allowed",
                 id="binary-tag"),
    pytest.param(_BASE.replace("start_date: 2026-07-01", 'start_date: "2026-07-01\\n"'),
                 ":15: services.start_date: contains U+000A LINE FEED; write it on one line",
                 id="date-with-trailing-newline"),
    pytest.param(_BASE.replace(_NAME, 'legal_name: "Acme\\ud800 Inc."'),
                 ":6: contractor.legal_name: contains U+D800 (a lone surrogate, not a character)",
                 id="lone-surrogate"),
    pytest.param(_BASE.replace(_NAME, f'"\\udfff": 1\n  {_NAME}'),
                 ":6: contractor: the key '\\udfff' contains U+DFFF (a lone surrogate",
                 id="lone-surrogate-in-a-key"),
    pytest.param(_BASE.replace(_NAME, f'"a\\0": 1\n  {_NAME}'),
                 ":6: contractor: the key 'a\\x00' contains U+0000 NULL", id="nul-in-a-key"),
    pytest.param(_BASE.replace("profile: 1", "profile: 1" + "0" * 5000),
                 ":4: profile: a number of 5,001 characters; at most 30 are allowed",
                 id="number-of-5001-digits"),
    pytest.param(_BASE.replace(_NAME, "legal_name: Acme\x00 Inc."),
                 ":6: YAML syntax error: character U+0000 is not allowed here", id="raw-nul"),
    pytest.param(_BASE.replace(_NAME, "legal_name: Acme\x7f Inc."),
                 ":6: YAML syntax error: character U+007F is not allowed here", id="raw-del"),
    pytest.param(_BASE.replace(_NAME, "legal_name: Acme\x9b Inc."),
                 ":6: YAML syntax error: character U+009B is not allowed here", id="raw-c1"),
    pytest.param(_BASE.replace(_NAME, "legal_name: Acme\x0c Inc."),
                 ":6: YAML syntax error: character U+000C is not allowed here", id="raw-form-feed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message"), HOSTILE_YAML)
def it_refuses_hostile_yaml_in_one_line_with_exit_2(
    cli: Cli, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "profile.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = cli("validate", "--date", "2026-11-28", path)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1, result.output
    assert result.output.startswith(str(path))
    assert message in result.output
