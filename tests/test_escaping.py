"""Profile and issuer values are data in every kind of output: escaped by the context they
land in, read back verbatim, and never adding an element, a field or a file we did not write.

Each page the tool writes is parsed by an HTML5 parser (html5lib, as a browser would), and its
elements are compared with the page a benign name gives. E-signature anchor text in a field is
refused at ``validate``, and each page's escaping is also checked with such a name forced past
validation, so the renderers do not rely on the refusal.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest
import yaml
from docx import Document
from pypdf import PdfReader

from crec_assemble.assembly.assemble import assemble
from crec_assemble.assembly.signatures import ESIGN_ANCHORS
from crec_assemble.errors import InputError
from crec_assemble.inputs.anchors import ANCHOR_LIKE
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.library.wording import squeeze
from crec_assemble.model import Issuer, Profile
from crec_assemble.render.gap_report import GapReport, GapRow, gap_report_docx, gap_report_html
from crec_assemble.render.manifest import read_manifest, read_text_reference
from crec_assemble.render.manifest.containers import manifest_script
from crec_assemble.render.web_pages import render_html
from crec_assemble.resources import default_issuer, default_library

from conftest import (
    BUILD_DATE,
    EXAMPLES,
    Cli,
    WriteProfile,
    operator_profile,
    pdf_text,
    revise_clause,
    run_cli,
)

BENIGN = "Benign Learning Co"
# Names validate accepts: markup, entities, template syntax, CDATA ends.
ACCEPTED = {
    "comment-script": "Acme <!--<script> Co",
    "close-script": "</script><script>alert(1)</script>",
    "quotes-and-ampersand": "a & b \"q\" 'q'",
    "jinja": "{{ 7*7 }}",
    "cdata-end": "]]>",
}
# Names validate refuses: e-signature anchors.
ANCHORS = {"docusign": "\\s1\\", "adobe": "{{Sig_es_:signer1:signature}}"}
HOSTILE = {**ACCEPTED, **ANCHORS}
_XHTML = "{http://www.w3.org/1999/xhtml}"
_NOTICE = ("--executed", "2026-11-25", "--date", "2026-11-28")
_BREACH = ("--discovered", "2026-09-04 23:30", "--data", "student_information",
           "--date", "2026-11-28")  # fmt: skip


def _profile(name: str) -> dict[str, Any]:
    return operator_profile(**{"contractor.legal_name": name, "subcontractors": []})


def _parse(page: bytes) -> Element:
    return html5lib.parse(page)


def _elements(page: bytes) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Each element of the page as a browser builds it: its tag and its attributes."""
    return [
        (element.tag.removeprefix(_XHTML), tuple(sorted(element.attrib.items())))
        for element in _parse(page).iter()
    ]


def _visible(page: bytes) -> str:
    body = _parse(page).find(f"{_XHTML}body")
    assert body is not None
    return "".join(body.itertext())


def _title(page: bytes) -> str:
    title = _parse(page).find(f"{_XHTML}head/{_XHTML}title")
    assert title is not None
    return title.text or ""


def _pages(cli: Cli, profile: Path, out: Path) -> dict[str, bytes]:
    """Every web page the paperwork commands write for one profile, by kind."""
    for command, options in (("notice", _NOTICE), ("breach", _BREACH)):
        result = cli(command, profile, *options, "--out", out)
        assert result.exit_code == 0, result.output
    pages = {}
    for page in sorted(out.glob("*.html")):
        kind = re.sub(r".*-(parent-notice|breach-letter|breach-posting)-.*", r"\1", page.stem)
        pages[kind] = page.read_bytes()
    assert sorted(pages) == ["breach-letter", "breach-posting", "parent-notice"]
    return pages


@pytest.fixture(scope="module")
def benign_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("benign")
    profile = folder / "profile.yaml"
    profile.write_text(yaml.safe_dump(_profile(BENIGN), sort_keys=False), encoding="utf-8")
    return _pages(run_cli, profile, folder / "out")


@pytest.mark.parametrize("name", ACCEPTED.values(), ids=ACCEPTED.keys())
def it_shows_each_name_verbatim_on_every_page_with_only_the_elements_we_wrote(
    cli: Cli,
    write_profile: WriteProfile,
    tmp_path: Path,
    benign_pages: dict[str, bytes],
    name: str,
) -> None:
    pages = _pages(cli, write_profile(_profile(name)), tmp_path / "out")
    for kind, page in pages.items():
        assert name in _visible(page), kind
        assert name in _title(page), kind
        assert _elements(page) == _elements(benign_pages[kind]), kind


def _forced(profile: Profile, name: str) -> Profile:
    """The profile with ``name`` put in after validation, as if validation had let it by."""
    return dataclasses.replace(
        profile, contractor=dataclasses.replace(profile.contractor, legal_name=name)
    )


@pytest.mark.parametrize("name", ACCEPTED.values(), ids=ACCEPTED.keys())
def it_escapes_a_name_on_a_page_by_itself(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer, name: str
) -> None:
    """The renderer escapes without relying on validation: the name is put in after it."""
    benign = load_profile(write_profile(_profile(BENIGN)))
    pages = [
        render_html(assemble(profile, issuer, library, build_date=BUILD_DATE), b"{}")
        for profile in (benign, _forced(benign, name))
    ]
    assert name in _visible(pages[1])
    assert name in _title(pages[1])
    assert _elements(pages[1]) == _elements(pages[0])


@pytest.mark.parametrize("name", ANCHORS.values(), ids=ANCHORS.keys())
def it_assembles_no_document_with_anchor_text_that_got_past_validation(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer, name: str
) -> None:
    profile = _forced(load_profile(write_profile(_profile(BENIGN))), name)
    with pytest.raises(InputError, match=re.escape(f'prints "{name}", which e-signature')):
        assemble(profile, issuer, library, build_date=BUILD_DATE)


@pytest.mark.parametrize("name", HOSTILE.values(), ids=HOSTILE.keys())
def it_keeps_the_manifest_script_inert_and_reads_it_back_the_same(name: str) -> None:
    manifest = json.dumps({"contractor": name}, ensure_ascii=False).encode()
    script = manifest_script(manifest)
    content = script.removeprefix(script[: script.index(">") + 1]).removesuffix("</script>")
    assert not set("<>&") & set(content)
    page = f"<!DOCTYPE html><html><head>{script}</head><body><p>x</p></body></html>".encode()
    assert json.loads(content) == {"contractor": name}
    assert _visible(page) == "x"


@pytest.mark.parametrize("name", ACCEPTED.values(), ids=ACCEPTED.keys())
def it_writes_each_name_verbatim_into_docx_text_email_json_and_safe_file_names(
    cli: Cli, write_profile: WriteProfile, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    result = cli("notice", write_profile(_profile(name)), *_NOTICE, "--out", out, "--json")
    assert result.exit_code == 0, result.output
    assert name in _strings(json.loads(result.stdout))
    for path in out.iterdir():
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.(docx|html|txt)", path.name), path.name
    (docx,) = out.glob("*.docx")
    document = Document(str(docx))
    assert name in "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert name in document.core_properties.title
    assert name in _strings(read_manifest(docx.read_bytes(), docx).data)
    (text,) = out.glob("*.txt")
    body = text.read_bytes()
    assert name in body.decode()
    reference = read_text_reference(body)
    assert reference is not None and reference.intact


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize(
    ("field", "service"),
    [
        ("contractor.legal_name", "DocuSign reads as an anchor for a signature field"),
        ("contractor.signatory.name", "DocuSign reads as an anchor for a signature field"),
        ("services.description", "DocuSign reads as an anchor for a signature field"),
    ],
)
def it_refuses_docusign_anchor_text_in_any_field(
    cli: Cli, write_profile: WriteProfile, field: str, service: str
) -> None:
    profile = write_profile(operator_profile(**{field: "Acme \\s1\\ Co"}))
    result = cli("validate", profile)
    assert result.exit_code == 2
    assert f'{field}: contains "\\s1\\", which {service}; remove it' in result.output


def it_refuses_acrobat_sign_text_tags_in_a_subcontractor_and_says_where(
    cli: Cli, write_profile: WriteProfile
) -> None:
    data = operator_profile()
    data["subcontractors"][0]["legal_name"] = "Northwind {{Sig_es_:signer1:signature}}"
    result = cli("validate", write_profile(data))
    assert result.exit_code == 2
    assert result.output.strip().endswith(
        'subcontractors[0].legal_name: contains "{{Sig_es_:signer1:signature}}", which '
        "Acrobat Sign reads as a text tag (a field to fill in or sign); remove it"
    )


def it_refuses_anchor_text_in_the_issuer_file(cli: Cli, tmp_path: Path) -> None:
    issuer = tmp_path / "issuer.yaml"
    text = default_issuer(default_library()).read_text(encoding="utf-8")
    issuer.write_text(text.replace("title: Executive Director", "title: Director {{!price}}"))
    result = cli("validate", "--issuer", issuer, EXAMPLES[0])
    assert result.exit_code == 2
    assert ': signatory.title: contains "{{!price}}", which Acrobat Sign' in result.output


def it_recognises_every_anchor_the_tool_writes_as_anchor_text() -> None:
    """The refusal and the check of each document look for what --esign writes."""
    for anchors in ESIGN_ANCHORS.values():
        for anchor in anchors.values():
            assert ANCHOR_LIKE.fullmatch(anchor.format(n=3)), anchor


@pytest.mark.parametrize("esign", ["docusign", "adobe"])
def it_puts_exactly_the_anchors_it_writes_into_a_document(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer, esign: Any
) -> None:
    profile = load_profile(write_profile(_profile("{{ 7*7 }} \\ Co")))
    agreement = assemble(profile, issuer, library, build_date=BUILD_DATE, esign=esign)
    found = [a for s in agreement.sections for b in s.blocks for a in ANCHOR_LIKE.findall(b.text)]
    wrote = [value.format(n=n) for n in (1, 2) for value in ESIGN_ANCHORS[esign].values()]
    assert sorted(found) == sorted(wrote)


def it_refuses_a_clause_that_prints_anchor_text(
    cli: Cli, library_copy: Path, write_profile: WriteProfile
) -> None:
    revision = revise_clause(library_copy, "governing-law", lambda text: text + "\n\\s1\\\n")
    profile = write_profile(_profile(BENIGN))
    result = cli("validate", profile, "--library", library_copy,
                 "--date", revision.effective.isoformat())  # fmt: skip
    assert result.exit_code == 2
    assert f'{revision.ref}: prints "\\s1\\", which e-signature services read' in result.output


_UNPRINTABLE_NAME = "Acme <!--<script> Co\x01.txt"


def it_writes_a_gap_report_whose_values_are_escaped_and_printable() -> None:
    passage = "</script><script>alert(1)</script> & ]]> {{ 7*7 }} \x0c end"
    report = GapReport(_UNPRINTABLE_NAME, "operator", "verdict <b>",
                       (GapRow("R9", "law", "present", "why", passage),))  # fmt: skip
    benign = GapReport("vendor.txt", "operator", "verdict",
                       (GapRow("R9", "law", "present", "why", "passage"),))  # fmt: skip
    page = gap_report_html(report)
    assert _elements(page) == _elements(gap_report_html(benign))
    shown = _visible(page)
    assert "Acme <!--<script> Co\ufffd.txt" in shown
    assert "</script><script>alert(1)</script> & ]]> {{ 7*7 }} \ufffd end" in shown
    assert "Acme <!--<script> Co\ufffd.txt" in _title(page)
    document = Document(io.BytesIO(gap_report_docx(report)))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "</script><script>alert(1)</script> & ]]> {{ 7*7 }} \ufffd end" in cells


@pytest.mark.usefixtures("libreoffice")
def it_writes_each_name_verbatim_into_pdf_text_and_metadata(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    names = {key: f"{name} Ltd" for key, name in ACCEPTED.items()}
    profiles = [write_profile(_profile(name), f"{key}.yaml") for key, name in names.items()]
    out = tmp_path / "out"
    result = cli("build", *profiles, "--format", "pdf", "--out", out, "--date", "2026-11-28")
    assert result.exit_code == 0, result.output
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == len(names)
    for name in names.values():
        (pdf,) = (path for path in pdfs if squeeze(name) in pdf_text(path))
        metadata = PdfReader(str(pdf)).metadata
        assert metadata is not None
        assert name in str(metadata.title)
