"""Vendor paper in the web app: a vendor's contract audited (void risks first, each verdict
with its passage) and, given the contractor's profile, the gap addendum to download.

The contracts are the audit's own corpus; the profiles are the shipped examples.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from docx import Document

from browser import Browser
from conftest import ROOT, docx_with_part
from web_support import WebServer, browser_sign_in, crec, csrf_of

CORPUS = ROOT / "tests" / "corpus"
PARTIAL = CORPUS / "partial-dpa.md"  # QuizHive's addendum: void risks and other gaps
OPERATOR = ROOT / "examples" / "acme-learning.yaml"
CONSULTANT = ROOT / "examples" / "capitol-evaluation.yaml"
_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


def _audit(
    client: httpx.Client,
    name: str,
    data: bytes,
    *,
    role: str = "",
    profile: Path | None = None,
) -> httpx.Response:
    """The form sent as a browser sends it (an empty profile field when none is chosen)."""
    token = csrf_of(client.get("/vendor-paper").text)
    chosen = (profile.name, profile.read_bytes()) if profile else ("", b"")
    return client.post("/vendor-paper", data={"csrf_token": token, "role": role},
                       files={"file": (name, data), "addendum": chosen})  # fmt: skip


def _api(server: WebServer, role: str = "counsel", **files: tuple[str, bytes]) -> httpx.Response:
    token = {"Authorization": f"Bearer {server.token(role)}"}
    with server.client() as system:
        return system.post("/api/audit", headers=token, files=files)


def _docx_text(path: Path) -> str:
    return "\n".join(paragraph.text for paragraph in Document(str(path)).paragraphs)


def it_audits_vendor_paper_in_the_browser_and_downloads_the_gap_addendum(
    web_server: WebServer, chromium: Browser, libreoffice: str
) -> None:
    browser_sign_in(chromium, web_server, "counsel")
    chromium.open(f"{web_server.url}/vendor-paper")
    assert chromium.page_violations() == []  # the empty form
    chromium.attach("#file", PARTIAL)
    chromium.attach("#addendum", OPERATOR)
    chromium.click("form[action='/vendor-paper'] button[type=submit]")
    chromium.wait_for("#report", seconds=120)
    assert chromium.find("#verdict").text.startswith("VOID RISK: provisions 1-10 missing or weak")
    tables = [table.get_attribute("id") for table in chromium.find_all("#report table")]
    assert tables == ["void-risks", "policy-gaps", "present"]  # void risks first
    void = chromium.find("#void-risks").text
    assert "R6a" in void and "Company will notify the District promptly." in void  # quoted
    assert chromium.page_violations() == []  # the report
    link = chromium.find("#downloads a[href$='.docx']")
    name = link.text
    link.click()
    addendum = _docx_text(chromium.download(name))
    assert "Acme Learning, Inc." in addendum
    assert "Addendum" in addendum


def it_answers_the_api_with_audits_json(web_server: WebServer) -> None:
    answer = _api(web_server, file=("terms.md", PARTIAL.read_bytes()))
    assert answer.status_code == 200
    cli = json.loads(crec("audit", str(PARTIAL), "--json").stdout)
    found = answer.json()
    assert found["file"].endswith("terms.txt")  # kept under a name of the server's
    assert {k: v for k, v in found.items() if k != "file"} == {
        k: v for k, v in cli.items() if k != "file"
    }


def it_links_the_api_s_gap_addendum_for_download(web_server: WebServer, libreoffice: str) -> None:
    answer = _api(web_server, "staff", file=("terms.md", PARTIAL.read_bytes()),
                  addendum=("acme.yaml", OPERATOR.read_bytes()))  # fmt: skip
    assert answer.status_code == 200
    (document,) = answer.json()["documents"]
    assert [output["format"] for output in document["outputs"]] == ["docx", "pdf"]
    with web_server.client("viewer") as reader:
        for output in document["outputs"]:
            got = reader.get(output["url"])
            assert got.status_code == 200
            assert got.content == Path(output["path"]).read_bytes()


def it_says_no_addendum_is_needed_when_nothing_is_missing(web_server: WebServer) -> None:
    complete = CORPUS / "vendor-dpa-complete.md"
    with web_server.client("counsel") as counsel:
        page = _audit(counsel, complete.name, complete.read_bytes(), profile=CONSULTANT)
    assert page.status_code == 200
    assert "every requirement for a consultant is present" in page.text
    assert "No gap addendum: nothing is missing or weak." in page.text
    assert 'id="void-risks"' not in page.text


def it_judges_by_the_role_chosen_without_a_profile(web_server: WebServer) -> None:
    with web_server.client("counsel") as counsel:
        page = _audit(counsel, "terms.md", PARTIAL.read_bytes(), role="consultant")
    assert page.status_code == 200
    assert "read for a consultant" in page.text
    assert "Gap addendum" not in page.text


def it_refuses_a_role_that_contradicts_the_profile(web_server: WebServer) -> None:
    with web_server.client("counsel") as counsel:
        page = _audit(counsel, "terms.md", PARTIAL.read_bytes(), role="consultant",
                      profile=OPERATOR)  # fmt: skip
    assert page.status_code == 422
    assert "--role consultant: acme-learning.yaml is for an operator" in page.text


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64), "scan.pdf: an image (PNG); audit reads"),
        ("terms.txt", b"import React from 'react';\nexport default () => {\n  return null;\n};\n"
         b"const x = {\n};\n", "terms.txt: source code or data"),
        ("terms.docx", b"PK\x03\x04not a zip at all", "terms.docx:"),
    ],
    ids=["image", "source-code", "broken-zip"],
)  # fmt: skip
def it_refuses_what_audit_does_not_read_in_one_line(
    web_server: WebServer, name: str, data: bytes, said: str
) -> None:
    with web_server.client("counsel") as counsel:
        page = _audit(counsel, name, data)
    assert page.status_code == 422
    start = page.text.index('id="form-error">') + len('id="form-error">')
    message = page.text[start : page.text.index("</p>", start)]
    assert message.startswith(said)
    assert "\n" not in message


def it_keeps_an_upload_named_with_a_path_harmlessly(web_server: WebServer) -> None:
    with web_server.client("counsel") as counsel:
        page = _audit(counsel, "../../etc/passwd.md", PARTIAL.read_bytes())
    assert page.status_code == 200
    assert "passwd.txt, read for an operator" in page.text
    assert list(web_server.workspace.glob("uploads/*/passwd.txt"))


@pytest.mark.parametrize("where", ["page", "api"])
def it_refuses_an_xxe_docx_without_reading_the_file_it_names(
    web_server: WebServer, where: str
) -> None:
    xxe = docx_with_part((CORPUS / "consultant-terms.docx").read_bytes(), "word/document.xml", _XXE)
    if where == "page":
        with web_server.client("counsel") as counsel:
            answer = _audit(counsel, "xxe.docx", xxe)
    else:
        answer = _api(web_server, file=("xxe.docx", xxe))
    assert answer.status_code == 422
    assert "declares a DTD or entities" in answer.text
    assert "root:" not in answer.text and "Traceback" not in answer.text


def it_refuses_a_viewer(web_server: WebServer) -> None:
    with web_server.client("viewer") as viewer:
        assert viewer.get("/vendor-paper").status_code == 403
    refused = _api(web_server, "viewer", file=("terms.md", PARTIAL.read_bytes()))
    assert refused.status_code == 403
    assert "may audit" in refused.json()["error"]


def it_says_the_profile_field_takes_a_profile_when_given_another_file(
    web_server: WebServer, tmp_path: Path
) -> None:
    # "this page takes text" told counsel nothing about what the profile field wants.
    contract = tmp_path / "contract.pdf"
    contract.write_bytes((CORPUS / "dev3c-cobalt-ct-addendum.pdf").read_bytes())
    with web_server.client("counsel") as counsel:
        page = _audit(counsel, "terms.md", PARTIAL.read_bytes(), profile=contract)
    assert page.status_code == 422
    said = "contract.pdf: this is a PDF; this page takes the contractor profile as YAML"
    assert said in page.text
