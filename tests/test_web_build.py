"""Building through the web app, against the real server: the gate's verdict, then the
agreement and its flow-downs as DOCX and PDF to download, entered in the register; only staff
build; and ``POST /api/build``, which answers as ``build --json`` does."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from docx import Document
from pypdf import PdfReader

from crec_assemble.library.wording import squeeze
from crec_assemble.render.manifest.containers import read_manifest

from conftest import EXAMPLES, drop_clause, operator_profile
from interview_support import posted
from web_support import ACCOUNTS, WebServer, crec, csrf_of, started_server

pytestmark = pytest.mark.e2e  # the server starts its warm LibreOffice

SCRIPT = "<script>alert(1)</script>"
_LINK = re.compile(r'<a href="(/files/builds/[^"]+)" download>([^<]+\.(?:docx|pdf))</a>')


def built(client: httpx.Client, record: object) -> httpx.Response:
    """The interview's "Build the agreement", for a form filled from ``record``."""
    form = client.get("/profiles/new")
    return client.post("/profiles/build", data={**posted(record), "csrf_token": csrf_of(form.text)})


def downloads(page: str) -> dict[str, str]:
    """The build page's download links: file name → URL."""
    return {html.unescape(name): url for url, name in _LINK.findall(page)}


def words_of_docx(data: bytes) -> str:
    return squeeze("".join(p.text for p in Document(io.BytesIO(data)).paragraphs))


def words_of_pdf(data: bytes) -> str:
    return squeeze("".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def test_staff_see_the_verdict_then_download_what_was_built(web_server: WebServer) -> None:
    record = operator_profile(**{"contractor.legal_name": f"{SCRIPT} Learning"})
    with web_server.client("staff") as client:
        page = built(client, record)
        files = {name: client.get(url) for name, url in downloads(page.text).items()}
    assert page.status_code == 200, page.text
    assert "<caption>The compliance gate's verdict</caption>" in page.text
    assert page.text.count('<span class="ok">none</span>') == 2  # agreement and flow-down
    assert SCRIPT not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Learning" in page.text
    docx = [name for name in files if name.endswith(".docx")]
    pdf = [name for name in files if name.endswith(".pdf")]
    assert len(docx) == len(pdf) == 2
    assert all(answer.status_code == 200 for answer in files.values())
    agreement = next(name for name in docx if "northwind" not in name)
    assert squeeze(f"{SCRIPT} Learning") in words_of_docx(files[agreement].content)
    assert "alert(1)" in words_of_pdf(files[agreement.replace(".docx", ".pdf")].content)
    assert "profile.yaml" in page.text


def test_what_was_built_is_in_the_register_as_issued_by_who_built_it(
    web_server: WebServer,
) -> None:
    with web_server.client("staff") as client:
        page = built(client, operator_profile(subcontractors=[]))
        (url,) = [u for name, u in downloads(page.text).items() if name.endswith(".docx")]
        data = client.get(url).content
    document = read_manifest(data, "agreement.docx").agreement_id
    shown = crec("register", "show", document, "--json", "--db", str(web_server.db))
    assert shown.returncode == 0, shown.stderr
    events = json.loads(shown.stdout)["events"]
    # One event for each file entered, its DOCX and its PDF, as build --register enters them.
    assert [(event["event"], event["by"]) for event in events] == [
        ("issued", ACCOUNTS["staff"])
    ] * 2


def test_the_saved_profile_builds_the_same_agreement_from_the_command_line(
    web_server: WebServer, tmp_path: Path
) -> None:
    with web_server.client("staff") as client:
        page = built(client, operator_profile())
        links = downloads(page.text)
        (url,) = re.findall(r'<a href="(/files/builds/[^"]+\.yaml)" download>', page.text)
        profile = client.get(url).text
        web = {name: client.get(u).content for name, u in links.items() if name.endswith(".docx")}
    (tmp_path / "profile.yaml").write_text(profile, encoding="utf-8")
    day = read_manifest(next(iter(web.values())), "x.docx").data["agreement"]["build_date"]
    done = subprocess.run(
        [sys.executable, "-m", "crec_assemble", "build", "profile.yaml", "--format", "docx",
         "--out", "out", "--date", day],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    cli = {path.name: path.read_bytes() for path in (tmp_path / "out").glob("*.docx")}
    assert cli == web


def test_a_profile_that_misses_a_requirement_is_not_built(
    tmp_path_factory: pytest.TempPathFactory, library_copy: Path
) -> None:
    drop_clause(library_copy, "governing-law")
    root = tmp_path_factory.mktemp("unmet")
    with (
        started_server(root, "--library", str(library_copy)) as server,
        server.client("staff") as client,
    ):
        page = built(client, operator_profile())
    assert page.status_code == 409
    assert "<h1>Not built</h1>" in page.text
    assert "R9 (paragraph 9; without it the contract is void): no clause" in page.text
    assert not downloads(page.text)
    assert not list(server.workspace.rglob("*.docx"))


@pytest.mark.parametrize("role", ["viewer", "counsel"])
def test_only_staff_build(web_server: WebServer, role: str) -> None:
    with web_server.client(role) as client:
        page = built(client, operator_profile())
    api = httpx.post(f"{web_server.url}/api/build", content=EXAMPLES[0].read_bytes(),
                     headers={"Authorization": f"Bearer {web_server.token(role)}",
                              "Content-Type": "application/yaml"}, timeout=60)  # fmt: skip
    assert page.status_code == 403
    assert api.status_code == 403
    assert api.json()["error"].startswith(f"{ACCOUNTS[role]} is {role}")


def api_build(server: WebServer, body: bytes, kind: str) -> httpx.Response:
    return httpx.post(f"{server.url}/api/build", content=body, timeout=300,
                      headers={"Authorization": f"Bearer {server.token('staff')}",
                               "Content-Type": kind})  # fmt: skip


def test_the_api_builds_a_yaml_profile_as_build_json_says(web_server: WebServer) -> None:
    answer = api_build(web_server, EXAMPLES[0].read_bytes(), "application/yaml")
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["failures"] == [] and result["skipped"] == [] and not result["interrupted"]
    kinds = [document["kind"] for document in result["documents"]]
    assert kinds == ["agreement", "flowdown", "flowdown"]
    headers = {"Authorization": f"Bearer {web_server.token('staff')}"}
    for output in result["documents"][0]["outputs"]:
        assert set(output) == {"format", "path", "sha256", "url"}
        data = httpx.get(f"{web_server.url}{output['url']}", headers=headers).content
        words = words_of_docx(data) if output["format"] == "docx" else words_of_pdf(data)
        assert "AcmeLearning,Inc." in words


def test_the_api_builds_a_json_profile(web_server: WebServer) -> None:
    body = json.dumps(operator_profile(subcontractors=[])).encode()
    answer = api_build(web_server, body, "application/json; charset=utf-8")
    assert answer.status_code == 200, answer.text
    (document,) = answer.json()["documents"]
    assert [output["format"] for output in document["outputs"]] == ["docx", "pdf"]


def test_the_api_refuses_a_bad_profile_with_validates_lines(
    web_server: WebServer, tmp_path: Path
) -> None:
    text = EXAMPLES[0].read_text().replace("role: operator", "role: vendor")
    answer = api_build(web_server, text.encode(), "text/yaml")
    (tmp_path / "profile.yaml").write_text(text)
    done = subprocess.run([sys.executable, "-m", "crec_assemble", "validate", "profile.yaml"],
                          cwd=tmp_path, capture_output=True, text=True, check=False)  # fmt: skip
    assert answer.status_code == 422
    assert answer.json() == {"error": done.stderr.strip(), "exit_code": 2}
    assert done.stderr.startswith("profile.yaml:7: contractor.role: 'vendor' is not a role")


@pytest.mark.parametrize(
    ("body", "kind", "said"),
    [
        (b"profile: 1", "text/plain", "send the profile as application/yaml or application/json"),
        (b'{"profile": 1, "profile": 2}', "application/json", "the key 'profile' appears twice"),
        (b"[1, 2]", "application/json", "a profile is one JSON object of fields"),
        (b"{", "application/json", "the body is not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", "JSON nested too deeply"),
        (b'{"x": ' + b"9" * 5000 + b"}", "application/json", "a number too long"),
    ],
    ids=["another-type", "json-key-twice", "json-list", "not-json", "json-deep", "json-long-int"],
)
def test_the_api_refuses_a_body_that_is_no_profile(
    web_server: WebServer, body: bytes, kind: str, said: str
) -> None:
    answer = api_build(web_server, body, kind)
    assert answer.status_code == 422
    assert said in answer.json()["error"]


def test_the_api_from_a_browser_session_needs_its_csrf_token(web_server: WebServer) -> None:
    headers = {"Content-Type": "application/yaml"}
    body = EXAMPLES[1].read_bytes()
    with web_server.client("staff") as client:
        refused = client.post("/api/build", content=body, headers=headers)
        token = csrf_of(client.get("/profiles/new").text)
        accepted = client.post("/api/build", content=body,
                               headers={**headers, "X-CSRF-Token": token})  # fmt: skip
    assert refused.status_code == 403
    assert accepted.status_code == 200, accepted.text
