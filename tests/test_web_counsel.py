"""Counsel's corner in the web app, against the real server: the clause library by edition, a
clause's history and word diff, an edition redline to download, and what it refuses.

The server reads a copy of the shipped library in a git repository of its own, with one draft
version nobody has committed or released yet, so the older edition, the current one and the
working copy each show different words.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from markupsafe import escape

from crec_assemble.counsel.queries import WORKING
from crec_assemble.issued.redline import AUTHOR
from crec_assemble.library.clauses import load_library
from crec_assemble.resources import default_library

from browser import Browser
from conftest import counsel_git, next_edition, next_version
from web_support import (
    ACCOUNTS,
    WebServer,
    browser_sign_in,
    crec,
    csrf_of,
    started_server,
)

SHIPPED = load_library(default_library())
FIRST, LAST = SHIPPED.editions[0], SHIPPED.editions[-1]
CLAUSE = "breach-notification"
DRAFT = next_version(SHIPPED, CLAUSE)
# Words the draft adds: markup and an ampersand, which every page must show as text.
DRAFT_WORDS = 'Notice to "AT&T <Learning>" goes <b>first</b>.'
COMMIT = "Clause library as shipped"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped library committed in counsel's repository, and a draft of CLAUSE (DRAFT)
    written since, neither committed nor released."""
    root = tmp_path_factory.mktemp("counsel-repo")
    library = root / "clauses"
    shutil.copytree(default_library(), library)
    counsel_git(root, "init", "-q", "-b", "main")
    counsel_git(root, "add", "-A")
    counsel_git(root, "commit", "-q", "-m", COMMIT)
    newest = SHIPPED.get(CLAUSE)
    text = (library / CLAUSE / f"{newest.version}.md").read_text(encoding="utf-8")
    text = text.replace(f"version: {newest.version}", f"version: {DRAFT}", 1)
    text = re.sub(r"effective: .*", f"effective: {next_edition(SHIPPED)[1].isoformat()}", text)
    text = re.sub(r"changes: .*", "changes: Notice to AT&T first.", text)
    (library / CLAUSE / f"{DRAFT}.md").write_text(f"{text.rstrip()}\n\n{DRAFT_WORDS}\n")
    return library


@pytest.fixture(scope="module")
def server(library: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    with started_server(tmp_path_factory.mktemp("counsel-web"), "--library", str(library)) as up:
        yield up


def _row(page: str, clause_id: str) -> list[str]:
    """The cells after the clause's id in the first table row that names it."""
    found = re.search(rf'<tr><th scope="row"><a href="/counsel/clauses/{clause_id}\?[^"]*">'
                      rf"{clause_id}</a></th>(.*?)</tr>", page, re.S)  # fmt: skip
    assert found, f"no row for {clause_id}"
    return [html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", found.group(1), re.S)]  # fmt: skip


def _history(page: str) -> dict[str, list[str]]:
    """The version history table: version → its cells."""
    rows = re.findall(r'<tr><th scope="row"[^>]*>(\d+\.\d+\.\d+)</th>(.*?)</tr>', page, re.S)
    return {version: [html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()
                      for cell in re.findall(r"<td[^>]*>(.*?)</td>", cells, re.S)]
            for version, cells in rows}  # fmt: skip


def _error(page: str) -> str:
    found = re.search(r'<p class="error" role="alert">(.*?)</p>', page, re.S)
    assert found, "no error on the page"
    return found.group(1)


# The clause library by edition.


def test_an_older_edition_lists_the_versions_it_released(server: WebServer) -> None:
    with server.client("viewer") as client:
        older = client.get("/counsel", params={"edition": FIRST.name})
        current = client.get("/counsel", params={"edition": LAST.name})
    assert older.status_code == current.status_code == 200
    assert FIRST.versions[CLAUSE] != LAST.versions[CLAUSE]
    clause = SHIPPED.get(f"{CLAUSE}@{FIRST.versions[CLAUSE]}")
    assert _row(older.text, CLAUSE) == [
        clause.version, clause.applies_to, ", ".join(clause.satisfies), clause.title,
    ]  # fmt: skip
    assert _row(current.text, CLAUSE)[0] == LAST.versions[CLAUSE]
    assert "flowdown-consent" not in FIRST.versions  # added by a later edition
    assert "/counsel/clauses/flowdown-consent?" not in older.text
    assert "/counsel/clauses/flowdown-consent?" in current.text


def test_the_working_copy_lists_the_draft_no_edition_released(server: WebServer) -> None:
    with server.client("viewer") as client:
        working = client.get("/counsel", params={"edition": WORKING})
        current = client.get("/counsel", params={"edition": LAST.name})
    assert _row(working.text, CLAUSE)[0] == DRAFT
    assert "Versions no edition has released yet" in current.text
    assert "Notice to AT&amp;T first." in current.text


def test_the_page_lists_the_clauses_as_clauses_list_json_does(
    server: WebServer, library: Path
) -> None:
    listed = crec("clauses", "list", "--json", "--edition", FIRST.name, "--library", str(library))
    expected = json.loads(listed.stdout)["clauses"]
    with server.client("counsel") as client:
        page = client.get("/counsel", params={"edition": FIRST.name}).text
        api = client.get("/api/counsel/clauses", params={"edition": FIRST.name}).json()
    assert api == json.loads(listed.stdout)
    for clause in expected:
        assert _row(page, clause["id"])[0] == clause["version"]


@pytest.mark.parametrize("role", sorted(ACCOUNTS))
def test_every_role_may_read_counsels_corner(server: WebServer, role: str) -> None:
    with server.client(role) as client:
        assert client.get("/counsel").status_code == 200
        assert client.get(f"/counsel/clauses/{CLAUSE}").status_code == 200


def test_nobody_signed_in_is_sent_to_the_login_page(server: WebServer) -> None:
    with server.client() as anonymous:
        answer = anonymous.get(f"/counsel/clauses/{CLAUSE}")
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/login?next=/counsel/clauses/{CLAUSE}"


# A clause: its words, its history, two versions compared.


def test_a_clause_shows_the_words_of_the_edition_asked_for(server: WebServer) -> None:
    with server.client("viewer") as client:
        older = client.get(f"/counsel/clauses/{CLAUSE}", params={"edition": FIRST.name}).text
        working = client.get(f"/counsel/clauses/{CLAUSE}", params={"edition": WORKING}).text
    assert f"Version {FIRST.versions[CLAUSE]}, as edition {FIRST.name} prints it" in older
    assert SHIPPED.get(f"{CLAUSE}@{FIRST.versions[CLAUSE]}").sha256 in older
    assert str(escape(DRAFT_WORDS)) in working
    assert "<b>first</b>" not in working  # the draft's markup is text, never HTML


def test_a_clause_an_edition_leaves_out_is_shown_at_its_newest_and_said_so(
    server: WebServer,
) -> None:
    later = next(cid for cid in LAST.versions if cid not in FIRST.versions)
    with server.client("viewer") as client:
        page = client.get(f"/counsel/clauses/{later}", params={"edition": FIRST.name}).text
    assert f"Version {SHIPPED.get(later).version}, the newest" in page
    assert f"Edition {FIRST.name} leaves this clause out" in page


def test_the_history_names_each_versions_editions_and_commit(
    server: WebServer, library: Path
) -> None:
    with server.client("viewer") as client:
        page = client.get(f"/counsel/clauses/{CLAUSE}").text
    rows = _history(page)
    head = counsel_git(library, "rev-parse", "--short", "HEAD").strip()
    assert list(rows) == [clause.version for clause in SHIPPED.versions[CLAUSE]] + [DRAFT]
    for clause in SHIPPED.versions[CLAUSE]:
        effective, editions, changes, in_git = rows[clause.version]
        released = [e.name for e in SHIPPED.editions if e.versions.get(CLAUSE) == clause.version]
        assert (effective, editions) == (clause.effective.isoformat(), ", ".join(released))
        assert changes == " ".join(clause.changes.split())
        assert in_git.startswith(f"added in {head} on ") and in_git.endswith(f": {COMMIT}")
    assert rows[DRAFT][1:] == ["not released", "Notice to AT&T first.", "not committed yet"]


def test_the_history_api_is_clauses_history_json(server: WebServer, library: Path) -> None:
    expected = crec("clauses", "history", CLAUSE, "--json", "--library", str(library))
    with server.client("viewer") as client:
        answer = client.get(f"/api/counsel/clauses/{CLAUSE}")
    assert answer.json() == json.loads(expected.stdout)


def test_the_word_diff_shows_a_known_change_between_two_versions(server: WebServer) -> None:
    old, new = FIRST.versions[CLAUSE], LAST.versions[CLAUSE]
    with server.client("viewer") as client:
        page = client.get(f"/counsel/clauses/{CLAUSE}", params={"from": old, "to": new}).text
    diff = re.search(r'<div class="word-diff">(.*?)</div>', page, re.S)
    assert diff, "no word diff on the page"
    inserted = " ".join(re.findall(r"<ins>(.*?)</ins>", diff.group(1), re.S))
    deleted = " ".join(re.findall(r"<del>(.*?)</del>", diff.group(1), re.S))
    # 1.1.0 sends breach notice to a monitored address, and drops the old telephone alert.
    assert "monitored privacy address" in inserted
    assert "at the same time alert" in deleted
    assert "monitored privacy address" not in deleted


def test_without_versions_a_clause_is_compared_with_the_version_before(
    server: WebServer,
) -> None:
    with server.client("viewer") as client:
        page = client.get(f"/counsel/clauses/{CLAUSE}", params={"edition": WORKING}).text
    assert f"From {SHIPPED.get(CLAUSE).version} (effective" in page
    inserted = " ".join(re.findall(r"<ins>(.*?)</ins>", page, re.S))
    assert str(escape(DRAFT_WORDS)) in inserted


def test_a_clause_with_one_version_has_nothing_to_compare(server: WebServer) -> None:
    (single,) = [cid for cid, versions in SHIPPED.versions.items() if len(versions) == 1][:1]
    with server.client("viewer") as client:
        page = client.get(f"/counsel/clauses/{single}").text
    assert "has one version: there is nothing to compare" in page
    assert "<ins>" not in page.split("<h2>What changed")[1]


# The redline between two editions.


def test_the_redline_download_has_tracked_changes(server: WebServer) -> None:
    with server.client("viewer") as client:
        form = client.get("/counsel/redline").text
        done = client.post("/counsel/redline", data={
            "csrf_token": csrf_of(form), "from": FIRST.name, "to": LAST.name, "role": "operator",
        })  # fmt: skip
        assert done.status_code == 200, done.text
        link = re.search(r'<a href="(/files/redlines/[^"]+\.docx)" download>', done.text)
        assert link, "no download link"
        download = client.get(link.group(1))
    assert download.status_code == 200
    assert download.headers["content-disposition"].startswith("attachment")
    body = Document(io.BytesIO(download.content)).element.body
    insertions, deletions = body.iter(f"{W_NS}ins"), body.iter(f"{W_NS}del")
    inserted = "".join(t.text or "" for mark in insertions for t in mark.iter(f"{W_NS}t"))
    deleted = list(deletions)
    assert "monitored privacy" in inserted  # a change of edition LAST, in the agreement
    assert deleted
    assert {mark.get(f"{W_NS}author") for mark in deleted} == {AUTHOR}


def test_the_redline_api_returns_the_result_and_its_download(server: WebServer) -> None:
    bearer = {"Authorization": f"Bearer {server.token('counsel')}"}
    asked = {"from": FIRST.name, "to": LAST.name, "role": "consultant"}
    with server.client() as client:
        answer = client.post("/api/counsel/redline", headers=bearer, json=asked)
        assert answer.status_code == 200, answer.text
        (document,) = answer.json()["documents"]
        (output,) = document["outputs"]
        assert (document["kind"], document["old"], document["new"]) == (
            "redline", FIRST.name, LAST.name,
        )  # fmt: skip
        download = client.get(output["url"], headers=bearer)
    assert download.status_code == 200
    assert hashlib.sha256(download.content).hexdigest() == output["sha256"]


def test_a_redline_of_one_edition_with_itself_is_refused_beside_the_form(
    server: WebServer,
) -> None:
    with server.client("viewer") as client:
        form = client.get("/counsel/redline").text
        done = client.post("/counsel/redline", data={
            "csrf_token": csrf_of(form), "from": LAST.name, "to": LAST.name,
        })  # fmt: skip
    assert done.status_code == 422
    assert "name the same edition" in _error(done.text)
    assert '<form method="post" action="/counsel/redline"' in done.text
    assert "/files/redlines/" not in done.text


def test_a_redline_without_the_csrf_token_is_refused(server: WebServer) -> None:
    with server.client("viewer") as client:
        done = client.post("/counsel/redline", data={"from": FIRST.name, "to": LAST.name})
    assert done.status_code == 403


# What is refused: unknown names, and paths.


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/counsel/clauses/no-such-clause", "The clause library has no clause 'no-such-clause'."),
        ("/counsel?edition=1999-01", f"edition: no edition '1999-01' (released: {FIRST.name}"),
        (f"/counsel/clauses/{CLAUSE}?edition=1999-01", "edition: no edition '1999-01'"),
        (f"/counsel/clauses/{CLAUSE}?from=9.9.9", f"{CLAUSE} has no version '9.9.9' (has 1.0.0"),
    ],
    ids=["clause", "edition", "clause-in-edition", "version"],
)
def test_an_unknown_name_is_a_404_page_with_one_line(
    server: WebServer, url: str, message: str
) -> None:
    with server.client("viewer") as client:
        answer = client.get(url)
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    said = html.unescape(_error(answer.text))
    assert said.startswith(message)
    assert "\n" not in said and "<br>" not in said


@pytest.mark.parametrize(
    "url",
    [
        "/counsel/clauses/..%2F..%2Fpyproject.toml",
        "/counsel/clauses/..%2Foutline.yaml",
        "/counsel/clauses/%2e%2e",
        "/counsel?edition=..%2Feditions%2F2026-07",
        f"/counsel/clauses/{CLAUSE}?from=..%2F1.0.0&to=1.1.0",
        "/api/counsel/clauses?edition=..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_a_path_in_a_name_is_refused(server: WebServer, url: str) -> None:
    with server.client("viewer") as client:
        answer = client.get(url)
    assert answer.status_code in (404, 422)
    assert "outline:" not in answer.text and "[project]" not in answer.text


def test_a_path_as_an_edition_of_the_redline_is_refused(server: WebServer) -> None:
    with server.client("viewer") as client:
        form = client.get("/counsel/redline").text
        done = client.post("/counsel/redline", data={
            "csrf_token": csrf_of(form), "from": f"../editions/{FIRST.name}", "to": LAST.name,
        })  # fmt: skip
    assert done.status_code == 422
    assert html.unescape(_error(done.text)).startswith("--from: no edition '../editions/")


# In the browser.


def test_a_viewer_browses_the_library_and_downloads_a_redline(
    server: WebServer, chromium: Browser
) -> None:
    browser_sign_in(chromium, server, "viewer")
    chromium.open(f"{server.url}/counsel")
    assert chromium.page_violations() == []
    chromium.click(f"#edition option[value='{FIRST.name}']")
    chromium.click("form.choose button[type=submit]")
    chromium.wait_for(f"a[href='/counsel/clauses/{CLAUSE}?edition={FIRST.name}']").click()
    chromium.wait_for("#from")
    assert f"Version {FIRST.versions[CLAUSE]}, as edition {FIRST.name} prints it" in chromium.text()
    chromium.click(f"#to option[value='{LAST.versions[CLAUSE]}']")
    chromium.find("#to").find_element("xpath", "ancestor::form").submit()
    chromium.wait_for(".word-diff ins")
    assert "monitored privacy address" in chromium.find(".word-diff").text
    assert chromium.page_violations() == []
    chromium.open(f"{server.url}/counsel/redline")
    assert chromium.page_violations() == []
    chromium.click("form.choose button[type=submit]")
    link = chromium.wait_for("a[download]")
    assert chromium.page_violations() == []
    name = link.text
    link.click()
    saved = chromium.download(name)
    assert list(Document(str(saved)).element.body.iter(f"{W_NS}ins"))
