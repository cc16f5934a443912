"""Returned documents in the web app: a returned copy uploaded is verified, its key changes
and word diff shown, and the return recorded in the register as ``register record`` would.

One agreement is built with the CLI and entered in the server's own register; copies of it
are altered the way a vendor would (a word in the DOCX, a PDF signed, a PDF painted over
before it was signed) and uploaded through the browser and over HTTP.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from browser import Browser
from conftest import BUILD_DATE, EXAMPLES, docx_with_part
from signing import certificate, incremental, sign_pdf, white_box
from web_support import WebServer, browser_sign_in, crec, csrf_of, started_server

_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


@dataclass(frozen=True)
class Issued:
    """The server, and the agreement entered in its register (its flow-downs are not)."""

    server: WebServer
    id: str
    docx: Path
    pdf: Path
    flowdown: Path


@pytest.fixture(scope="module")
def issued(libreoffice: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Issued]:
    root = tmp_path_factory.mktemp("returns")
    out = root / "out"
    built = crec("build", str(EXAMPLES[0]), "--out", str(out), "--date", BUILD_DATE.isoformat())
    assert built.returncode == 0, built.stderr
    docx = min(out.glob("*.docx"), key=lambda path: len(path.name))  # not a flow-down
    flowdown = next(path for path in out.glob("*-flowdown-*.docx"))
    with started_server(root) as server:
        added = crec("register", "add", str(docx.with_suffix(".pdf")), str(docx),
                     "--db", str(server.db), "--json")  # fmt: skip
        assert added.returncode == 0, added.stderr
        document = json.loads(added.stdout)[0]["id"]
        yield Issued(server, document, docx, docx.with_suffix(".pdf"), flowdown)


def _altered_docx(issued: Issued, target: Path) -> Path:
    """The DOCX with the breach deadline lengthened, as a vendor's quiet edit."""
    original = issued.docx.read_bytes()
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        body = archive.read("word/document.xml")
    assert b"five (5) calendar days" in body
    edited = body.replace(b"five (5) calendar days", b"thirty (30) calendar days", 1)
    target.write_bytes(docx_with_part(original, "word/document.xml", edited))
    return target


def _signed(pdf: bytes) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return sign_pdf(pdf, key, certificate("Dana Reyes", key))


def _events(issued: Issued) -> list[dict[str, Any]]:
    shown = crec("register", "show", issued.id, "--db", str(issued.server.db), "--json")
    assert shown.returncode == 0, shown.stderr
    events: list[dict[str, Any]] = json.loads(shown.stdout)["events"]
    return events


def _upload(client: httpx.Client, name: str, data: bytes) -> httpx.Response:
    token = csrf_of(client.get("/returns").text)
    return client.post("/returns", data={"csrf_token": token}, files={"file": (name, data)})


def _report(page: httpx.Response) -> str:
    """The report's part of the page."""
    start = page.text.index('<section id="report"')
    return page.text[start : page.text.index("</section>", start)]


def it_shows_an_altered_returns_key_change_in_the_browser_and_records_it(
    issued: Issued, chromium: Browser, tmp_path: Path
) -> None:
    browser_sign_in(chromium, issued.server, "staff")
    chromium.open(f"{issued.server.url}/returns")
    assert chromium.page_violations() == []  # the empty form
    chromium.attach("#file", _altered_docx(issued, tmp_path / "returned.docx"))
    chromium.click("form[action='/returns'] button[type=submit]")
    chromium.wait_for("#report")
    key = chromium.find("#key-changes")
    assert "Section 10" in key.text
    assert "thirty (30)" in key.find_element("css selector", "ins").text
    assert "five (5)" in key.find_element("css selector", "del").text
    assert chromium.find_all(".word-diff ins")  # the word diff follows the key changes
    recorded = chromium.find("#recorded").text
    assert chromium.page_violations() == []  # the report
    last = _events(issued)[-1]
    assert (last["event"], last["details"]["verdict"]) == ("returned", "changed")
    assert f"event {last['number']}" in recorded and "returned" in recorded


def it_shows_a_refused_upload_beside_the_form_in_the_browser(
    issued: Issued, chromium: Browser, tmp_path: Path
) -> None:
    page = tmp_path / "returned.pdf"
    page.write_bytes(b"<!DOCTYPE html><html><body><p>Agreement</p></body></html>")
    browser_sign_in(chromium, issued.server, "staff")
    chromium.open(f"{issued.server.url}/returns")
    chromium.attach("#file", page)
    chromium.click("form[action='/returns'] button[type=submit]")
    error = chromium.wait_for("#form-error")
    assert error.text == "returned.pdf: this is a web page; this page takes a PDF or a DOCX"
    assert "form-error" in chromium.find("#file").get_attribute("aria-describedby")
    assert chromium.page_violations() == []  # the form with its error


def it_records_a_signed_pdf_as_signed_with_its_signature_check(issued: Issued) -> None:
    with issued.server.client("staff") as staff:
        page = _upload(staff, "signed.pdf", _signed(issued.pdf.read_bytes()))
    assert page.status_code == 200
    report = _report(page)
    assert "signed: the vendor signed the file CREC issued" in report
    assert "Dana Reyes" in report
    last = _events(issued)[-1]
    assert last["event"] == "signed"
    assert last["details"]["signatures"]["matches_issued"] is True
    assert f"event {last['number']}:" in report


def it_records_a_pdf_painted_over_before_it_was_signed_as_signed_altered(issued: Issued) -> None:
    painted = _signed(incremental(issued.pdf.read_bytes(), white_box))
    with issued.server.client("staff") as staff:
        page = _upload(staff, "signed.pdf", painted)
    assert page.status_code == 200
    assert "NOT what CREC issued" in _report(page)
    assert "page 2" in _report(page)
    assert _events(issued)[-1]["event"] == "signed-altered"


def it_verifies_a_document_not_in_the_register_and_says_it_recorded_nothing(
    issued: Issued,
) -> None:
    before = len(_events(issued))
    with issued.server.client("staff") as staff:
        page = _upload(staff, issued.flowdown.name, issued.flowdown.read_bytes())
    assert page.status_code == 200
    report = _report(page)
    assert "intact" in report
    assert "is not in the register, so nothing was recorded" in report
    assert len(_events(issued)) == before


def it_takes_a_pdf_by_its_content_whatever_its_name(issued: Issued) -> None:
    with issued.server.client("staff") as staff:
        page = _upload(staff, "returned.docx", issued.pdf.read_bytes())
    assert page.status_code == 200
    assert 'returned.pdf: <span class="ok">intact</span>' in page.text


def it_refuses_a_web_page_named_pdf(issued: Issued) -> None:
    page_bytes = b"<!DOCTYPE html><html><body><p>Agreement</p></body></html>"
    with issued.server.client("staff") as staff:
        page = _upload(staff, "returned.pdf", page_bytes)
    assert page.status_code == 422
    assert "returned.pdf: this is a web page; this page takes a PDF or a DOCX" in page.text
    assert 'id="report"' not in page.text


def it_keeps_an_upload_named_with_a_path_inside_its_own_folder(issued: Issued) -> None:
    with issued.server.client("staff") as staff:
        page = _upload(staff, "../../etc/passwd.pdf", issued.pdf.read_bytes())
    assert page.status_code == 200
    assert 'passwd.pdf: <span class="ok">intact</span>' in page.text
    kept = Path(_events(issued)[-1]["details"]["file"])
    assert kept.name == "passwd.pdf"
    assert kept.is_relative_to((issued.server.workspace / "uploads").resolve())


@pytest.mark.parametrize("where", ["page", "api"])
def it_refuses_an_xxe_docx_without_reading_the_file_it_names(issued: Issued, where: str) -> None:
    xxe = docx_with_part(issued.docx.read_bytes(), "word/document.xml", _XXE)
    with issued.server.client("staff") as staff:
        if where == "page":
            answer = _upload(staff, "xxe.docx", xxe)
        else:
            token = {"Authorization": f"Bearer {issued.server.token('staff')}"}
            answer = staff.post("/api/verify", headers=token, files={"file": ("xxe.docx", xxe)})
    assert answer.status_code == 422
    assert "declares a DTD or entities" in answer.text
    assert "root:" not in answer.text and "Traceback" not in answer.text
    assert "/uploads/" not in answer.text  # named as sent, not by the server's folder


def it_answers_the_api_with_verifys_json_and_the_event_recorded(
    issued: Issued, tmp_path: Path
) -> None:
    returned = _altered_docx(issued, tmp_path / "returned.docx")
    token = {"Authorization": f"Bearer {issued.server.token('staff')}"}
    with issued.server.client() as system:
        answer = system.post(
            "/api/verify", headers=token, files={"file": ("returned.docx", returned.read_bytes())}
        )
    assert answer.status_code == 200
    found = answer.json()
    cli = json.loads(crec("verify", str(returned), "--json").stdout)
    assert {key: found[key] for key in cli if key != "file"} == {
        key: value for key, value in cli.items() if key != "file"
    }
    last = _events(issued)[-1]
    assert found["recorded"]["number"] == last["number"]
    assert found["recorded"]["event"] == "returned" and found["not_recorded"] is None
    assert last["details"]["key_changes"] == cli["key_changes"]


@pytest.mark.parametrize("role", ["viewer", "counsel"])
def it_lets_only_staff_record_returns(issued: Issued, role: str) -> None:
    token = {"Authorization": f"Bearer {issued.server.token(role)}"}
    with issued.server.client(role) as other:
        assert other.get("/returns").status_code == 403
        refused = other.post(
            "/api/verify", headers=token, files={"file": ("a.pdf", issued.pdf.read_bytes())}
        )
    assert refused.status_code == 403
    assert "may record" in refused.json()["error"]
