"""Counsel's and staff's inputs are bounded: a clause or Word template that loops forever,
grows without end or breaks is an input error (exit 2) naming the file, never a hang,
a traceback or an agreement missing its header, footer or styles."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from crec_assemble.library.sandbox import (
    MAX_OUTPUT,
    TEMPLATE_FAULTS,
    BoundedEnvironment,
    describe_fault,
)
from crec_assemble.resources import default_template

from conftest import EXAMPLES, Cli, revise_clause

RUNAWAY_CLAUSES = {
    "nested-loops": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% for c in range(100000) %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        "steps (the limit)",
    ),
    "nested-loops-over-a-list": (
        "{% set r = range(100000)|list %}{% for a in r %}{% for b in r %}{% endfor %}{% endfor %}",
        "steps (the limit)",
    ),
    "endless-output": (
        "{% for a in range(100000) %}{% for b in range(1000) %}word {% endfor %}{% endfor %}",
        "characters (the limit)",
    ),
    "string-bomb": ("{{ 'x' * 1000000000 }}", "repeated 1,000,000,000 times"),
    "power-bomb": ("{{ 10 ** 100000000 }}", "too large to compute"),
    "width-bomb": ("{{ 'x'|center(1000000000) }}", "a width of 1,000,000,000"),
    "format-width-bomb": ("{{ '{:>1000000000}'.format(1) }}", "a width of 1,000,000,000"),
    "percent-width-bomb": ("{{ '%1000000000d' % 1 }}", "a width of 1,000,000,000"),
    "replace-bomb": ("{{ ('a' * 100000)|replace('a', 'a' * 100000) }}", "over the limit"),
    "type-error": ("{{ 1 + 'a' }}", "TypeError: unsupported operand"),
    "overflow-error": ("{{ 2.0 ** 5000 }}", "OverflowError"),
    "recursion-error": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "RecursionError"),
    "zero-division": ("{{ 1 / 0 }}", "ZeroDivisionError"),
}


@pytest.mark.parametrize(("body", "problem"), RUNAWAY_CLAUSES.values(), ids=RUNAWAY_CLAUSES)
def it_refuses_a_runaway_or_faulty_clause_with_exit_2_naming_it(
    cli: Cli, library_copy: Path, body: str, problem: str
) -> None:
    revision = revise_clause(library_copy, "severability", lambda text: f"{text}\n{body}\n")
    result = cli("validate", EXAMPLES[0], "--library", library_copy, "--date", revision.effective)
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert f"{revision.ref}: placeholder error: " in line
    assert problem in line
    assert len(line) < 400


def it_still_renders_what_clauses_ordinarily_do() -> None:
    template = BoundedEnvironment().from_string(
        "{{ '{:,}'.format(5000000) }} {{ 'ab' * 3 }} {{ 2 ** 10 }}"
        "{% for x in [1, 2, 3] %} {{ loop.index }}{{ '.' if loop.last }}{% endfor %}"
        "{{ ['b', 'a']|sort|join(',')|upper|center(7) }}"
    )
    assert template.render() == "5,000,000 ababab 1024 1 2 3.  A,B  "


def it_caps_the_size_of_what_one_render_produces() -> None:
    template = BoundedEnvironment().from_string("{% for a in range(n) %}{{ ten }}{% endfor %}")
    assert len(template.render(n=MAX_OUTPUT // 10, ten="x" * 10)) == MAX_OUTPUT
    with pytest.raises(TEMPLATE_FAULTS) as raised:
        template.render(n=MAX_OUTPUT // 10, ten="x" * 10 + "!")
    assert describe_fault(raised.value) == "renders more than 1,000,000 characters (the limit)"


def it_keeps_a_fault_to_one_short_line() -> None:
    assert describe_fault(ValueError("x" * 5000)).endswith("… (5,012 characters)")
    assert len(describe_fault(ValueError("x" * 5000))) < 150


# --- the Word template ---------------------------------------------------------------------

Edit = Callable[[str, bytes], bytes | None]
"""(part name, its bytes) → new bytes, or None to leave the part out."""


def _template(tmp_path: Path, edit: Edit) -> Path:
    target = tmp_path / "template.docx"
    with zipfile.ZipFile(default_template()) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = edit(item.filename, source.read(item.filename))
            if data is not None:
                copy.writestr(item, data)
    return target


def _without(*parts: str) -> Edit:
    return lambda name, data: None if name in parts else data


def _replacing(part: str, old: bytes, new: bytes) -> Edit:
    return lambda name, data: data.replace(old, new) if name == part else data


_RELS = "word/_rels/document.xml.rels"
_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)
BROKEN_TEMPLATES: dict[str, tuple[Edit, str]] = {
    "no-relationships": (_without(_RELS), f"is missing {_RELS}"),
    "no-styles": (_without("word/styles.xml"), f"is missing word/styles.xml, which {_RELS}"),
    "no-header": (
        _replacing(_RELS, b"relationships/header", b"relationships/image"),
        f"has no header: {_RELS} names none",
    ),
    "no-footer-part": (_without("word/footer1.xml"), "is missing word/footer1.xml"),
    "no-numbering": (
        _replacing(_RELS, b"relationships/numbering", b"relationships/image"),
        "has no numbering",
    ),
    "undefined-style": (
        _replacing("word/styles.xml", b'w:styleId="ClauseItem"', b'w:styleId="Other"'),
        "uses style 'ClauseItem', which its styles do not define",
    ),
    "damaged-xml": (
        _replacing("word/document.xml", b"<w:body>", b"<w:body"),
        "has a damaged word/document.xml",
    ),
    "xxe": (
        lambda name, data: _XXE if name == "word/document.xml" else data,
        "declares a DOCTYPE",
    ),
    "not-a-zip": (lambda name, data: data, "not a zip file"),
}


@pytest.mark.parametrize(("edit", "problem"), BROKEN_TEMPLATES.values(), ids=BROKEN_TEMPLATES)
def it_refuses_a_template_missing_what_documents_rely_on(
    cli: Cli, tmp_path: Path, request: pytest.FixtureRequest, edit: Edit, problem: str
) -> None:
    template = _template(tmp_path, edit)
    if request.node.callspec.id == "not-a-zip":
        template.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    out = tmp_path / "out"
    result = cli("build", EXAMPLES[0], "--out", out, "--format", "docx", "--template", template)
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{template}: Word template ")
    assert problem in line
    assert not out.exists() or not any(out.iterdir())


def it_reports_a_broken_template_tag_as_an_input_error(cli: Cli, tmp_path: Path) -> None:
    broken = _template(
        tmp_path, _replacing("word/document.xml", b"{{ agreement.title }}", b"{{ 1 + 'a' }}")
    )
    result = cli("build", EXAMPLES[0], "--out", tmp_path / "out", "--format", "docx",
                 "--template", broken)  # fmt: skip
    assert result.exit_code == 2, result.output
    assert f"{broken}: template error: TypeError: unsupported operand" in result.stderr
