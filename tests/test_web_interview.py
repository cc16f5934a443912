"""The profile interview, against the real server: every field with init's help, validate's
messages beside the fields they name (live and without JavaScript), subcontractors added and
removed, and a profile saved and opened as YAML that validate reads as it reads a file."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import yaml
from docx import Document
from pypdf import PdfReader
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.keys import Keys

from crec_assemble.inputs.profile_form import field_id, profile_form
from crec_assemble.library.wording import squeeze

from browser import Browser
from conftest import EXAMPLES, operator_profile
from interview_support import posted
from web_support import WebServer, browser_sign_in, csrf_of, readme_picture

pytestmark = pytest.mark.e2e  # the server starts its warm LibreOffice

# The README shows it: written by the browser test each run.
ERROR = re.compile(r'<p class="field-error" id="([^"]+)-error"[^>]*>(.*?)</p>', re.DOTALL)


def validate(tmp_path: Path, text: str) -> list[str]:
    """``crec-assemble validate profile.yaml`` on ``text``: its lines (none when it passes)."""
    (tmp_path / "profile.yaml").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "crec_assemble", "validate", "profile.yaml"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    return [] if done.returncode == 0 else done.stderr.strip().splitlines()


def saved(client: httpx.Client, form: dict[str, list[str]]) -> str:
    """The YAML "Save as YAML" downloads for ``form``."""
    answer = client.post("/profiles/download", data={**form, "csrf_token": token(client)})
    assert answer.status_code == 303
    download = client.get(answer.headers["location"])
    assert download.status_code == 200
    assert download.headers["content-disposition"].startswith("attachment")
    return download.text


def token(client: httpx.Client) -> str:
    return csrf_of(client.get("/profiles/new").text)


def sent(
    client: httpx.Client, path: str, form: dict[str, list[str]], **more: str
) -> httpx.Response:
    """The interview's form posted to ``path`` with ``more`` (the button pressed)."""
    return client.post(path, data={**form, **more, "csrf_token": token(client)})


def messages(page: str) -> dict[str, str]:
    """Each field's messages on a page, by the field's HTML id (fields without any left out)."""
    return {id: html.unescape(text) for id, text in ERROR.findall(page) if text}


def test_the_interview_asks_for_every_field_with_inits_help(web_server: WebServer) -> None:
    with web_server.client("staff") as client:
        empty = client.get("/profiles/new")
        page = sent(client, "/profiles/new", {}, add_subcontractor="yes")
    assert empty.status_code == 200
    assert not messages(empty.text)  # nothing is found wrong before anything is filled
    text = html.unescape(page.text)
    some = [
        "contractor.legal_name",
        "services.start_date",
        "data.student_records",
        "subcontractors[0].privacy_contact.phone",
        "services.master_agreement.date",
    ]
    for path in some:
        assert f'id="{field_id(path)}"' in page.text, path
    fields = list(profile_form())
    while fields:
        each = fields.pop()
        fields.extend(each.fields)
        assert each.help in text, each.key
    assert 'hx-post="/profiles/check"' in empty.text


def test_the_live_check_shows_validates_messages_beside_their_fields(
    web_server: WebServer, tmp_path: Path
) -> None:
    record = operator_profile(
        **{
            "contractor.signatory.email": "dana at acme",
            "services.start_date": "2026-13-01",
            "services.end_date": "2026-06-30",
            "contractor.legal_name": "Acme \\s1\\ Learning",
        }
    )
    form = posted(record)
    with web_server.client("staff") as client:
        checked = sent(client, "/profiles/check", form)
        text = saved(client, form)
    assert checked.status_code == 200
    expected = validate(tmp_path, text)
    assert len(expected) >= 3
    shown = messages(checked.text)
    summary = html.unescape(checked.text)
    for line in expected:
        found = re.match(r"profile\.yaml:\d+: ([^:]+): (.*)", line)
        assert found, line
        field, message = found.groups()
        assert line in summary  # the whole line, in the summary above the form
        assert message in shown[field_id(field)], line  # its message, beside its field
    assert 'hx-swap-oob="true"' in checked.text


def test_without_javascript_checking_shows_the_messages_on_the_page(web_server: WebServer) -> None:
    form = posted(operator_profile(**{"contractor.signatory.email": "dana at acme"}))
    with web_server.client("staff") as client:
        page = sent(client, "/profiles/new", form)
        fixed = sent(client, "/profiles/new", posted(operator_profile()))
    email = field_id("contractor.signatory.email")
    assert page.status_code == 422
    assert messages(page.text) == {email: "must be an e-mail address, not 'dana at acme'"}
    (tag,) = re.findall(rf'<input [^>]*id="{email}"[^>]*>', page.text)
    assert f'aria-describedby="{email}-help {email}-error"' in tag
    assert 'aria-invalid="true"' in tag
    assert 'role="alert"' in page.text
    assert fixed.status_code == 200
    assert "No problems: this profile validates." in fixed.text
    assert 'aria-invalid="true"' not in fixed.text


def test_subcontractors_are_added_and_removed(web_server: WebServer) -> None:
    first, second = operator_profile()["subcontractors"][0], {"legal_name": "Second Host LLC"}
    form = posted(operator_profile(subcontractors=[first, second]))
    with web_server.client("staff") as client:
        blank = posted(operator_profile(subcontractors=[]))
        added = sent(client, "/profiles/new", blank, add_subcontractor="yes")
        removed = sent(client, "/profiles/new", form, remove_subcontractor="0")
    assert added.status_code == 200
    assert 'name="subcontractors[0].legal_name" value=""' in added.text
    assert "subcontractors[1]" not in added.text
    assert not messages(added.text)  # a new row is not scolded for being blank
    assert 'name="subcontractors[0].legal_name" value="Second Host LLC"' in removed.text
    assert "Northwind" not in removed.text
    assert "subcontractors[1]" not in removed.text


def test_a_saved_profile_validates_and_opens_again(web_server: WebServer, tmp_path: Path) -> None:
    example = EXAMPLES[0]
    with web_server.client("staff") as client:
        opened = client.post(
            "/profiles/upload", data={"csrf_token": token(client)},
            files={"profile": (example.name, example.read_bytes(), "application/yaml")},
        )  # fmt: skip
        assert opened.status_code == 200
        assert 'value="Acme Learning, Inc."' in opened.text
        assert not messages(opened.text)
        form = {key: values for key, values in _form_of(opened.text).items()}
        text = saved(client, form)
        reopened = client.post(
            "/profiles/upload", data={"csrf_token": token(client)},
            files={"profile": ("saved.yaml", text.encode(), "application/yaml")},
        )  # fmt: skip
    assert validate(tmp_path, text) == []
    assert yaml.safe_load(text)["contractor"]["legal_name"] == "Acme Learning, Inc."
    assert _form_of(reopened.text) == form


def _form_of(page: str) -> dict[str, list[str]]:
    """What a browser would send for the interview form on ``page``."""
    interview = page[page.index('<form id="interview"') :]
    interview = interview[: interview.index("</form>")]
    sent: dict[str, list[str]] = {}
    for tag in re.findall(r"<input [^>]*>", interview):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        ticked = "checkbox" not in tag or " checked" in tag
        if name and name.group(1) != "csrf_token" and ticked:
            sent.setdefault(html.unescape(name.group(1)), []).append(
                html.unescape(value.group(1) if value else "")
            )
    for name, body in re.findall(r'<textarea [^>]*name="([^"]+)"[^>]*>\n?(.*?)</textarea>',
                                 interview, re.DOTALL):  # fmt: skip
        sent[name] = [html.unescape(body)]
    for name, options in re.findall(r'<select [^>]*name="([^"]+)"[^>]*>(.*?)</select>',
                                    interview, re.DOTALL):  # fmt: skip
        chosen = re.search(r'<option value="([^"]*)" selected>', options)
        sent[name] = [chosen.group(1) if chosen else ""]
    return sent


def test_a_file_that_is_not_yaml_is_one_line(web_server: WebServer) -> None:
    with web_server.client("staff") as client:
        answer = client.post(
            "/profiles/upload", data={"csrf_token": token(client)},
            files={"profile": ("broken.yaml", b"contractor: [unclosed\n", "application/yaml")},
        )  # fmt: skip
    assert answer.status_code == 422
    (line,) = re.findall(r'<p class="error" role="alert">([^<]*)</p>', answer.text)
    assert html.unescape(line).startswith("broken.yaml:2: YAML syntax error: ")


def test_markup_in_a_profile_field_is_shown_as_text(web_server: WebServer) -> None:
    form = posted(operator_profile(**{"contractor.legal_name": "<script>alert(1)</script>"}))
    with web_server.client("staff") as client:
        page = sent(client, "/profiles/new", form)
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in page.text


def test_a_viewer_may_prepare_a_profile_but_not_build_it(web_server: WebServer) -> None:
    with web_server.client("viewer") as client:
        page = client.get("/profiles/new")
        refused = client.post(
            "/profiles/build", data={**posted(operator_profile()), "csrf_token": token(client)}
        )
    assert page.status_code == 200
    assert 'formaction="/profiles/build"' not in page.text
    assert "Only staff build agreements" in page.text
    assert refused.status_code == 403


def test_signing_in_comes_first(web_server: WebServer) -> None:
    with web_server.client() as client:
        answer = client.get("/profiles/new")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=/profiles/new"


def until(found: Callable[[], bool], seconds: float = 60) -> None:
    """Wait for ``found`` to hold (the page changed after an htmx swap)."""
    deadline = time.monotonic() + seconds
    while not found():
        assert time.monotonic() < deadline, "the page did not change"
        time.sleep(0.1)


def text_of(browser: Browser, css: str) -> str:
    """The text of the element ``css`` selects; "" while none is there or an htmx swap is
    replacing it."""
    try:
        found = browser.find_all(css)
        return str(found[0].text) if found else ""
    except StaleElementReferenceException:
        return ""


def test_a_person_fills_fixes_builds_and_downloads_in_the_browser(
    web_server: WebServer, chromium: Browser, tmp_path: Path
) -> None:
    browser = chromium
    browser_sign_in(browser, web_server, "staff")
    browser.open(f"{web_server.url}/profiles/new")
    assert browser.page_violations() == []

    # Most of it from a saved profile, the rest typed, with a mistake.
    browser.attach("#open-profile", EXAMPLES[1])
    browser.click("form.open-profile button")
    browser.wait_for('#f-contractor-legal_name[value="Capitol Program Evaluation Group LLC"]')
    browser.fill("#f-contractor-legal_name", "Hartford Data Partners LLC")
    email = "#f-contractor-privacy_contact-email"
    browser.fill(email, "owen at hdp")
    browser.find(email).send_keys(Keys.TAB)
    browser.wait_for(f'{email}[aria-invalid="true"]')
    # Clearing the field before typing asks the server too ("required field is missing"):
    # the answer about what was typed comes last.
    mistake = "must be an e-mail address, not 'owen at hdp'"
    until(lambda: text_of(browser, f"{email}-error") == mistake)
    assert browser.page_violations() == []

    browser.click("#add-subcontractor")
    browser.wait_for("#f-subcontractors-0-legal_name")
    assert browser.page_violations() == []
    browser.click("#remove-0")
    until(lambda: not browser.find_all("#f-subcontractors-0-legal_name"))

    browser.fill(email, "owen@hdp.example")
    browser.find(email).send_keys(Keys.TAB)
    until(
        lambda: (
            bool(browser.find_all(f"{email}:not([aria-invalid])"))
            and text_of(browser, f"{email}-error") == ""
        )
    )
    browser.find(".brand a").send_keys(Keys.SHIFT)  # back to the top of the page
    browser.click("main h1")  # and the focus off the fields, for the picture
    picture = readme_picture("web-interview.png", tmp_path)
    browser.screenshot(picture)
    assert picture.read_bytes().startswith(b"\x89PNG")

    browser.click("#build")
    browser.wait_for("table.downloads")
    assert "Hartford Data Partners LLC" in browser.text()
    assert browser.page_violations() == []
    names = {link.text: link for link in browser.find_all("table.downloads a")}
    (docx,) = [name for name in names if name.endswith(".docx")]
    (pdf,) = [name for name in names if name.endswith(".pdf")]
    names[docx].click()
    assert "HartfordDataPartnersLLC" in squeeze(
        "".join(p.text for p in Document(str(browser.download(docx))).paragraphs)
    )
    names[pdf].click()
    assert len(PdfReader(str(browser.download(pdf))).pages) > 1
