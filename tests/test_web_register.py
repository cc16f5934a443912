"""The register in the web app, against the real server on a register filled through the
command line: the list and its filters and downloads, the due view and its API (the CLI's
JSON, exactly), each document's history, recording events (staff only, the CLI's messages
for bad input), taking one back, and the public site generated and served. Then a browser:
a staff member records an event with its button, and axe-core checks every page."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import lxml.html
import pytest

from crec_assemble.register.records import RECORDABLE

from browser import Browser
from conftest import EXAMPLES, docx_with_part, run_cli
from web_support import (
    ACCOUNTS,
    WebServer,
    browser_sign_in,
    csrf_of,
    readme_picture,
    started_server,
)

BUILT = "2026-08-03"
JUDGED = "2026-11-20"  # the day the due view is judged as of, wherever a test fixes it
PROFILES = ("acme-learning.yaml", "ecole-numerique.yaml", "capitol-evaluation.yaml")


@dataclass(frozen=True)
class Filled:
    """The running server and the ids of the register's three agreements."""

    server: WebServer
    acme: str
    ecole: str
    capitol: str
    issued: Path  # the folder build wrote them into

    def cli(self, *arguments: object) -> Any:
        """``crec-assemble ARGUMENTS --db DB --json``, parsed (exit 0 or 1)."""
        done = run_cli(*arguments, "--db", self.server.db, "--json")
        assert done.exit_code in (0, 1), done.stderr
        return json.loads(done.stdout)

    def events(self, document: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.cli("register", "show", document)["events"]
        return found


def _record(db: Path, document: str, *arguments: str) -> None:
    done = run_cli("register", "record", document, *arguments, "--db", db, "--by", "clerk")
    assert done.exit_code == 0, done.stderr


@pytest.fixture(scope="module")
def filled(libreoffice: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """Three agreements (DOCX and PDF) entered by ``build --register``; Acme executed with
    its notice never posted, École executed, posted and ended with nothing after, Capitol
    only issued."""
    root = tmp_path_factory.mktemp("web-register")
    with started_server(root) as server:
        built = run_cli("build", *(p for p in EXAMPLES if p.name in PROFILES), "--out",
                        root / "out", "--date", BUILT, "--register", "--db", server.db)  # fmt: skip
        assert built.exit_code == 0, built.stdout + built.stderr
        listed = json.loads(run_cli("register", "list", "--json", "--db", server.db).stdout)
        ids = {row["contractor"].split()[0]: row["id"] for row in listed
               if row["kind"] == "agreement"}  # fmt: skip
        acme, ecole, capitol = ids["Acme"], ids["École"], ids["Capitol"]
        _record(server.db, acme, "sent", "--date", "2026-08-04")
        _record(server.db, acme, "executed", "--date", "2026-08-12")
        _record(server.db, ecole, "executed", "--date", "2026-08-20")
        _record(server.db, ecole, "notice-posted", "--date", "2026-08-21")
        _record(server.db, ecole, "ended", "--date", "2026-10-01")
        yield Filled(server, acme, ecole, capitol, root / "out")


def _client(filled: Filled, role: str | None = None) -> AbstractContextManager[httpx.Client]:
    """A client signed in as ``role``, closed after the block."""
    return filled.server.client(role)


def _page(answer: httpx.Response) -> Any:
    return lxml.html.fromstring(answer.text)


def _texts(tree: Any, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def _post(client: httpx.Client, url: str, form: dict[str, Any], **files: Any) -> httpx.Response:
    """Post a form as the browser would, with the session's CSRF token."""
    token = csrf_of(client.get("/register").text)
    return client.post(url, data={"csrf_token": token, **form}, files=files or None)


def _pdf() -> bytes:
    """A PDF of one blank page (a scanned certificate, say: no manifest)."""
    from pypdf import PdfWriter

    writer, written = PdfWriter(), io.BytesIO()
    writer.add_blank_page(612, 792)
    writer.write(written)
    return written.getvalue()


# The list


def test_the_list_filters_by_status_as_the_cli_does(filled: Filled) -> None:
    with _client(filled, "viewer") as client:
        answer = client.get("/register", params={"status": "executed"})
    assert answer.status_code == 200
    shown = _texts(_page(answer), "//table/tbody/tr/th")
    expected = [row["id"] for row in filled.cli("register", "list", "--status", "executed")]
    assert shown == expected == [filled.acme]


def test_the_list_filters_by_part_of_the_contractors_name_and_links_each_history(
    filled: Filled,
) -> None:
    with _client(filled, "viewer") as client:
        answer = client.get("/register", params={"contractor": "numérique"})
    tree = _page(answer)
    links = tree.xpath("//table/tbody/tr/th/a/@href")
    expected = [row["id"] for row in filled.cli("register", "list", "--contractor", "numérique")]
    assert links == [f"/register/documents/{document}" for document in expected]
    assert filled.ecole in expected
    # The vendor's name, markup and all, is text on the page.
    assert "&lt;Learning&gt;" in answer.text and "<Learning>" not in answer.text


def test_an_unknown_status_gets_the_clis_message(filled: Filled) -> None:
    cli = run_cli("register", "list", "--status", "lost", "--db", filled.server.db)
    with _client(filled, "viewer") as client:
        answer = client.get("/register", params={"status": "lost"})
    assert cli.exit_code == 2
    assert answer.status_code == 422
    assert _texts(_page(answer), "//p[@role='alert']") == [cli.stderr.strip()]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_list_downloads_as_the_cli_writes_it(filled: Filled, kind: str, tmp_path: Path) -> None:
    written = tmp_path / f"list.{kind}"
    cli = run_cli("register", "list", "--status", "executed", f"--{kind}", written,
                  "--db", filled.server.db)  # fmt: skip
    assert cli.exit_code == 0, cli.stderr
    with _client(filled, "viewer") as client:
        answer = client.get(f"/register/list.{kind}", params={"status": "executed"})
    assert answer.status_code == 200
    assert answer.headers["content-disposition"] == f'attachment; filename="register.{kind}"'
    assert answer.content == written.read_bytes()


# Due


def test_the_due_view_lists_overdue_items_first_each_with_its_source(filled: Filled) -> None:
    with _client(filled, "viewer") as client:
        answer = client.get("/register/due", params={"on": JUDGED, "within": 365})
    assert answer.status_code == 200
    tree = _page(answer)
    when = _texts(tree, "//table[contains(@class, 'due')]/tbody/tr/td[1]")
    overdue = [text.startswith("OVERDUE") for text in when]
    assert overdue[:3] == [True, True, True] and not overdue[-1]  # Acme's ending, next June
    assert overdue == sorted(overdue, reverse=True)
    owed = filled.cli("register", "due", "--on", JUDGED, "--within", "365")
    documents = _texts(tree, "//table[contains(@class, 'due')]/tbody/tr/th/a")
    assert documents == [item["document"] for item in owed["items"]]
    sources = _texts(tree, "//table[contains(@class, 'due')]/tbody/tr/td[4]/strong")
    words = _texts(tree, "//table[contains(@class, 'due')]/tbody/tr/td[4]/blockquote")
    assert sources == [item["source"] for item in owed["items"]]
    assert words == [" ".join(item["words"].split()) for item in owed["items"]]


@pytest.mark.parametrize(("on", "within"), [(JUDGED, 30), ("2026-08-13", 365), (None, 30)])
def test_the_api_gives_exactly_the_clis_due_json(
    filled: Filled, on: str | None, within: int
) -> None:
    asked: dict[str, str | int] = {"within": within, **({"on": on} if on else {})}
    with _client(filled, "viewer") as client:
        answer = client.get("/api/register/due", params=asked)
    options = ["--within", str(within), *(["--on", on] if on else [])]
    assert answer.status_code == 200
    assert answer.json() == filled.cli("register", "due", *options)


def test_the_api_takes_a_bearer_token_and_gives_bad_input_as_json(filled: Filled) -> None:
    token = {"Authorization": f"Bearer {filled.server.token('viewer')}"}
    with _client(filled) as client:
        good = client.get("/api/register/due", params={"on": JUDGED}, headers=token)
        bad = client.get("/api/register/due", params={"on": "2026-02-30"}, headers=token)
    assert good.status_code == 200 and good.json()["overdue"] is True
    cli = run_cli("register", "due", "--on", "2026-02-30", "--db", filled.server.db)
    assert bad.status_code == 422
    assert bad.json() == {"error": cli.stderr.strip(), "exit_code": 2}


def test_a_window_too_long_for_the_calendar_is_bad_input_not_a_crash(filled: Filled) -> None:
    within = str(10**15)
    cli = run_cli("register", "due", "--within", within, "--db", filled.server.db)
    with _client(filled, "viewer") as client:
        api = client.get("/api/register/due", params={"within": within})
        shown = client.get("/register/due", params={"within": within})
    assert cli.exit_code == 2
    assert api.status_code == 422
    assert api.json() == {"error": cli.stderr.strip(), "exit_code": 2}
    assert shown.status_code == 422
    assert cli.stderr.strip() in shown.text


# History and recording


def test_the_history_shows_every_event_oldest_first(filled: Filled) -> None:
    with _client(filled, "viewer") as client:
        answer = client.get(f"/register/documents/{filled.ecole}")
    assert answer.status_code == 200
    rows = _page(answer).xpath("//table[contains(@class, 'history')]/tbody/tr")
    shown = [(row.xpath("string(th)"), row.xpath("string(td[2])")) for row in rows]
    assert shown == [(str(e["number"]), e["event"]) for e in filled.events(filled.ecole)]


def test_an_unknown_document_is_not_found(filled: Filled) -> None:
    with _client(filled, "viewer") as client:
        answer = client.get("/register/documents/DPA-2026-NOBODY-000000")
    assert answer.status_code == 404
    assert "no such document in the register" in answer.text


def test_a_viewer_sees_no_forms_and_a_viewers_post_records_nothing(filled: Filled) -> None:
    before = filled.events(filled.capitol)
    with _client(filled, "viewer") as client:
        shown = client.get(f"/register/documents/{filled.capitol}")
        answer = _post(client, f"/register/documents/{filled.capitol}/events", {"event": "sent"})
        site = _post(client, "/register/site", {})
    assert "Record an event" not in shown.text and 'name="event"' not in shown.text
    assert answer.status_code == 403 and site.status_code == 403
    assert filled.events(filled.capitol) == before


def test_staff_have_a_form_for_each_event_register_record_takes(filled: Filled) -> None:
    with _client(filled, "staff") as client:
        tree = _page(client.get(f"/register/documents/{filled.ecole}"))
    events = tree.xpath("//form[contains(@action, '/events')]//input[@name='event']/@value")
    assert sorted(events) == sorted(RECORDABLE)  # each once
    # and one to take back any event but the entry of an issued file
    choices = tree.xpath("//form[@id='form-retract']//option/text()")
    assert choices == [f"{e['number']}: {e['event']} on {e['date']}"
                       for e in filled.events(filled.ecole) if e["event"] != "issued"]  # fmt: skip
    assert len(choices) == 3  # executed, notice-posted, ended


def test_staff_record_an_event_and_it_appears_in_the_history(filled: Filled) -> None:
    url = f"/register/documents/{filled.capitol}"
    with _client(filled, "staff") as client:
        answer = _post(client, f"{url}/events", {"event": "sent", "date": "2026-08-05"})
        assert answer.status_code == 303
        history = client.get(answer.headers["location"])
    recorded = filled.events(filled.capitol)[-1]
    assert (recorded["event"], recorded["date"], recorded["by"]) == ("sent", "2026-08-05",
                                                                     ACCOUNTS["staff"])  # fmt: skip
    assert answer.headers["location"] == f"{url}#event-{recorded['number']}"
    tree = _page(history)
    assert _texts(tree, "//div[@role='status']") == [
        f"recorded: {filled.capitol} sent on 2026-08-05 (event {recorded['number']})"]  # fmt: skip
    row = tree.xpath(f"//tr[@id='event-{recorded['number']}']")[0]
    assert "sent" in row.text_content() and ACCOUNTS["staff"] in row.text_content()


@pytest.mark.parametrize(
    ("form", "cli_options"),
    [
        ({"event": "sent", "date": "2026-02-30"}, ["sent", "--date", "2026-02-30"]),
        ({"event": "sent", "date": "2099-01-01"}, ["sent", "--date", "2099-01-01"]),
        ({"event": "breach", "discovered": "2026-09-04 14:30"},
         ["breach", "--discovered", "2026-09-04 14:30"]),
        ({"event": "breach", "discovered": "yesterday", "data": "student_records"},
         ["breach", "--discovered", "yesterday", "--data", "student_records"]),
        ({"event": "notice-posted", "breach": "1"}, ["notice-posted", "--breach", "1"]),
        ({"event": "signed"}, ["signed"]),
    ],
    ids=["no-such-day", "future", "breach-without-data", "bad-time", "no-such-breach",
         "signed-without-file"],
)  # fmt: skip
def test_bad_input_gets_the_clis_one_line_beside_the_form_and_records_nothing(
    filled: Filled, form: dict[str, str], cli_options: list[str]
) -> None:
    before = filled.events(filled.capitol)
    cli = run_cli("register", "record", filled.capitol, *cli_options, "--db", filled.server.db)
    with _client(filled, "staff") as client:
        answer = _post(client, f"/register/documents/{filled.capitol}/events", form)
    assert cli.exit_code == 2
    assert answer.status_code == 422
    shown = _texts(_page(answer), f"//form[@id='form-{form['event']}']//p[@role='alert']")
    assert shown == [cli.stderr.strip()]
    assert filled.events(filled.capitol) == before


def test_a_breach_is_recorded_with_its_facts_and_its_notices_fall_due(filled: Filled) -> None:
    form = {"event": "breach", "date": "2026-09-05", "discovered": "2026-09-04 14:30",
            "data": ["student_records", "directory_information"], "urgent": "true"}  # fmt: skip
    with _client(filled, "staff") as client:
        answer = _post(client, f"/register/documents/{filled.capitol}/events", form)
        assert answer.status_code == 303
    recorded = filled.events(filled.capitol)[-1]
    assert recorded["event"] == "breach"
    assert recorded["details"] == {"discovered": "2026-09-04T14:30:00-04:00", "urgent": True,
                                   "data": ["student_records", "directory_information"],
                                   "notified": None}  # fmt: skip
    owed = filled.cli("register", "due", "--on", "2026-09-08")
    assert [i["due"] for i in owed["items"] if i["document"] == filled.capitol
            and i["party"] == "CREC"] == ["2026-09-09", "2026-09-09"]  # fmt: skip


def test_a_file_comes_as_an_upload_kept_in_the_workspace(filled: Filled) -> None:
    data = _pdf()
    with _client(filled, "staff") as client:
        answer = _post(client, f"/register/documents/{filled.ecole}/events",
                       {"event": "certificate-received", "date": "2026-11-02"},
                       file=("certificate.pdf", data, "application/pdf"))  # fmt: skip
        assert answer.status_code == 303
        text = _post(client, f"/register/documents/{filled.ecole}/events",
                     {"event": "certificate-received"},
                     file=("certificate.pdf", b"just words", "application/pdf"))  # fmt: skip
    details = filled.events(filled.ecole)[-1]["details"]
    kept = Path(details["file"])
    assert kept.is_relative_to(filled.server.workspace.resolve() / "uploads")
    assert kept.read_bytes() == data
    assert details["sha256"] == hashlib.sha256(data).hexdigest()
    assert text.status_code == 422
    assert "this is text; this page takes a PDF or a DOCX" in text.text


def test_a_file_the_library_refuses_is_named_as_it_was_sent(filled: Filled) -> None:
    """Not by the folder of the workspace the server keeps it in (uploads/TOKEN/…)."""
    issued = (filled.issued / "capitol-program-evaluation-group-llc.docx").read_bytes()
    entity = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    xxe = docx_with_part(issued, "word/document.xml", entity + b"<d>&x;</d>")
    with _client(filled, "staff") as client:
        answer = _post(client, f"/register/documents/{filled.capitol}/events",
                       {"event": "returned"}, file=("xxe.docx", xxe))  # fmt: skip
    assert answer.status_code == 422
    shown = _texts(_page(answer), "//form[@id='form-returned']//p[@role='alert']")
    assert len(shown) == 1
    assert shown[0].startswith("xxe.docx: refused: XML part word/document.xml declares a DTD")
    assert str(filled.server.workspace) not in answer.text


def test_a_signed_pdf_uploaded_has_its_signatures_checked(filled: Filled) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    from signing import certificate, sign_pdf

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issued = (filled.issued / "capitol-program-evaluation-group-llc.pdf").read_bytes()
    signed = sign_pdf(issued, key, certificate("Dana Reyes", key))
    with _client(filled, "staff") as client:
        answer = _post(client, f"/register/documents/{filled.capitol}/events",
                       {"event": "signed", "date": "2026-08-10"},
                       file=("signed copy.pdf", signed, "application/pdf"))  # fmt: skip
        assert answer.status_code == 303
        done = _texts(_page(client.get(answer.headers["location"])), "//div[@role='status']/p")
    recorded = filled.events(filled.capitol)[-1]
    assert recorded["event"] == "signed"
    assert recorded["details"]["sha256"] == hashlib.sha256(signed).hexdigest()
    assert done[0] == "signed: the vendor signed the file CREC issued"
    assert any("Dana Reyes" in line and "intact" in line for line in done)
    assert (
        done[-1] == f"recorded: {filled.capitol} signed on 2026-08-10 (event {recorded['number']})"
    )


def test_staff_take_back_an_event_saying_why(filled: Filled) -> None:
    url = f"/register/documents/{filled.acme}"
    sent = next(e for e in filled.events(filled.acme) if e["event"] == "sent")
    with _client(filled, "staff") as client:
        unexplained = _post(client, f"{url}/retractions", {"number": sent["number"], "why": " "})
        why = "recorded against the wrong agreement"
        answer = _post(client, f"{url}/retractions", {"number": sent["number"], "why": why})
        history = client.get(url)
    cli = run_cli("register", "retract", filled.acme, str(sent["number"]), "--why", " ",
                  "--db", filled.server.db)  # fmt: skip
    assert unexplained.status_code == 422
    assert _texts(_page(unexplained), "//form[@id='form-retract']//p[@role='alert']") == [
        cli.stderr.strip()]  # fmt: skip
    assert answer.status_code == 303
    retraction = filled.events(filled.acme)[-1]
    assert (retraction["event"], retraction["retracts"]) == ("retracted", sent["number"])
    row = _page(history).xpath(f"//tr[@id='event-{sent['number']}']")[0]
    assert "taken back" in row.text_content()


# The public site


def test_staff_generate_the_public_site_and_readers_view_it(filled: Filled, tmp_path: Path) -> None:
    with _client(filled, "staff") as staff:
        answer = _post(staff, "/register/site", {"on": JUDGED})
        assert answer.status_code == 303
        done = _texts(_page(staff.get("/register/site")), "//div[@role='status']")
    cli = run_cli("register", "site", "--out", tmp_path / "site", "--on", JUDGED,
                  "--db", filled.server.db)  # fmt: skip
    summary = cli.stdout.strip().split(": ", 1)[1]
    assert summary.startswith("1 contracts in force")  # Acme's; École's has ended
    assert done == [f"Generated: {summary}."]
    with _client(filled, "viewer") as viewer:
        assert viewer.get("/site").headers["location"] == "/site/"
        index = viewer.get("/site/")
        notice = viewer.get(f"/site/notices/{filled.acme}.html")
        contract = viewer.get(f"/site/contracts/{filled.acme}.pdf")
        style = viewer.get("/site/site.css")
    assert index.status_code == 200 and "Acme Learning, Inc." in index.text
    assert index.headers["content-type"].startswith("text/html")
    assert notice.status_code == 200 and filled.acme in notice.text
    assert contract.content.startswith(b"%PDF-")
    assert contract.headers["content-disposition"].startswith("attachment")
    assert style.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize(
    "path",
    ["/site/../register.db", "/site/%2e%2e/register.db", "/site/..%2Fregister.db",
     "/site/notices/../../register.db", "/site/a/b/c.html", "/site/server.log",
     "/site/.hidden.html", "/site/%2Fetc%2Fpasswd"],
)  # fmt: skip
def test_the_site_serves_nothing_outside_its_folder(filled: Filled, path: str) -> None:
    with _client(filled, "viewer") as client:
        answer = client.get(path)
    assert answer.status_code == 404
    assert b"SQLite" not in answer.content


# In the browser


def test_staff_record_an_event_with_its_button_in_the_browser(
    filled: Filled, chromium: Browser
) -> None:
    server = filled.server
    browser_sign_in(chromium, server, "staff")
    chromium.open(f"{server.url}/register")
    chromium.click(f"a[href='/register/documents/{filled.capitol}']")
    chromium.wait_for("#record-withdrawn")
    assert chromium.page_violations() == []
    chromium.click("#record-deletion-requested summary")
    chromium.click("#form-deletion-requested button[type=submit]")
    chromium.wait_for("div[role=status]")
    assert "deletion-requested" in chromium.find("div[role=status]").text
    last = filled.events(filled.capitol)[-1]
    assert last["event"] == "deletion-requested" and last["by"] == ACCOUNTS["staff"]
    assert "deletion-requested" in chromium.find(f"#event-{last['number']}").text
    assert chromium.page_violations() == []


@pytest.mark.parametrize(
    "path",
    ["/register", "/register?status=lost", f"/register/due?on={JUDGED}&within=365",
     "/register/site", "/site/"],
)  # fmt: skip
def test_the_register_pages_pass_axe(filled: Filled, chromium: Browser, path: str) -> None:
    browser_sign_in(chromium, filled.server, "staff")
    assert chromium.violations(f"{filled.server.url}{path}") == []


def test_the_due_view_screenshot(filled: Filled, chromium: Browser, tmp_path: Path) -> None:
    """The README's picture of the due view, with overdue items, taken by the tests' browser."""
    browser_sign_in(chromium, filled.server, "viewer")
    chromium.open(f"{filled.server.url}/register/due?on={JUDGED}&within=365")
    assert "OVERDUE since" in chromium.text()
    target = readme_picture("web-due.png", tmp_path)
    chromium.screenshot(target)
    assert target.read_bytes().startswith(b"\x89PNG")
