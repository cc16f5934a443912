"""What a review of the web app as its users use it found, each held in place, against the real
server: every role finds the interview in the menu; a flow-down's history says who signs it;
a withdrawn document offers no event it would refuse; the due view's window cannot run past
the calendar; the API's malformed requests carry the exit code like every other error;
"Open" without a file says so beside the form; and a form's address opened as a page says
what to do in words."""

from __future__ import annotations

from typing import Any

import httpx
import lxml.html
import pytest

from conftest import EXAMPLES
from web_support import WebServer, csrf_of

pytestmark = pytest.mark.e2e  # the server starts its warm LibreOffice

# Acme's profile under a name of this module's own, so what it enters in the shared server's
# register is no other test's.
CONTRACTOR = "Review Flowdown Learning, Inc."


def _tree(answer: httpx.Response) -> Any:
    return lxml.html.fromstring(answer.text)


def _bearer(server: WebServer, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.token(role)}"}


@pytest.fixture(scope="module")
def built(web_server: WebServer) -> dict[str, str]:
    """Acme's agreement and its two flow-downs, built through the API: kind → one id."""
    profile = EXAMPLES[0].read_text().replace("Acme Learning, Inc.", CONTRACTOR)
    headers = {**_bearer(web_server, "staff"), "Content-Type": "application/yaml"}
    answer = httpx.post(f"{web_server.url}/api/build", content=profile.encode(), headers=headers,
                        timeout=300)  # fmt: skip
    assert answer.status_code == 200, answer.text
    return {document["kind"]: document["id"] for document in answer.json()["documents"]}


@pytest.mark.parametrize("role", ["viewer", "counsel", "staff"])
def test_every_role_finds_the_interview_in_the_menu_and_on_the_start_page(
    web_server: WebServer, role: str
) -> None:
    # Anyone may prepare a profile (counsel, for vendor paper's gap addendum); only staff build.
    with web_server.client(role) as client:
        tree = _tree(client.get("/"))
    assert "/profiles/new" in tree.xpath("//nav[@aria-label='Main']//a/@href")
    assert "/profiles/new" in tree.xpath("//main//ul[@class='tasks']//a/@href")


def test_a_flowdowns_history_names_its_subcontractor_who_does_not_sign_with_crec(
    web_server: WebServer, built: dict[str, str]
) -> None:
    with web_server.client("viewer") as client:
        flowdown = _tree(client.get(f"/register/documents/{built['flowdown']}"))
        agreement = _tree(client.get(f"/register/documents/{built['agreement']}"))

    def facts(tree: Any) -> dict[str, str]:
        terms = tree.xpath("//dl[@class='facts']/dt")
        return {dt.text_content(): dt.getnext().text_content() for dt in terms}

    shown = facts(flowdown)
    assert "Signs with CREC" not in shown
    assert shown["Contractor"] == f"{CONTRACTOR} (operator)"
    assert shown["Subcontractor"].endswith(", who signs it with the contractor")
    assert facts(agreement)["Signs with CREC"] == CONTRACTOR


def test_a_withdrawn_document_offers_no_event_only_taking_the_withdrawal_back(
    web_server: WebServer, built: dict[str, str]
) -> None:
    document = f"/register/documents/{built['agreement']}"
    with web_server.client("staff") as client:
        token = csrf_of(client.get(document).text)
        withdrawn = client.post(f"{document}/events", files={"file": ("", b"")},
                                data={"csrf_token": token, "event": "withdrawn"})  # fmt: skip
        tree = _tree(client.get(document))
    assert withdrawn.status_code == 303
    assert "nothing more can be recorded" in tree.xpath("string(//p[@id='withdrawn'])")
    assert tree.xpath("//form[contains(@action, '/events')]") == []
    retractable = tree.xpath("//form[@id='form-retract']//option/text()")
    assert any("withdrawn" in option for option in retractable)


def test_a_due_window_past_the_calendar_is_bad_input_on_the_page_and_in_the_api(
    web_server: WebServer,
) -> None:
    said = "--within must be at most 36500 days, not 3000000"
    with web_server.client("viewer") as client:
        page = client.get("/register/due", params={"within": 3_000_000})
        api = client.get("/api/register/due", params={"within": 3_000_000})
    assert page.status_code == 422
    assert _tree(page).xpath("string(//form//p[@role='alert'])") == said
    assert api.status_code == 422
    assert api.json() == {"error": said, "exit_code": 2}


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda c: c.post("/api/audit", files={"file": ("t.txt", b"terms")}, data={"role": "x"}),
         "role: Input should be 'operator' or 'consultant'"),
        (lambda c: c.post("/api/verify"), "file: Field required"),
        (lambda c: c.post("/api/counsel/redline", content=b"{",
                          headers={"Content-Type": "application/json"}),
         "the body is not JSON: "),
        (lambda c: c.get("/api/register/due", params={"within": "soon"}),
         "query.within: Input should be a valid integer"),
    ],
    ids=["bad-role", "no-file", "not-json", "not-a-number"],
)  # fmt: skip
def test_the_apis_malformed_requests_are_bad_input_with_exit_code_2(
    web_server: WebServer, call: Any, said: str
) -> None:
    with httpx.Client(base_url=web_server.url, headers=_bearer(web_server, "staff")) as client:
        answer = call(client)
    assert answer.status_code == 422
    assert answer.json()["error"].startswith(said)
    assert answer.json()["exit_code"] == 2


def test_open_with_no_file_chosen_says_so_beside_the_form(web_server: WebServer) -> None:
    with web_server.client("viewer") as client:
        form = client.get("/profiles/new")
        # What a browser sends for a file input left empty: a part with no file name.
        answer = client.post("/profiles/upload", data={"csrf_token": csrf_of(form.text)},
                             files={"profile": ("", b"", "application/octet-stream")})  # fmt: skip
    assert answer.status_code == 422
    tree = _tree(answer)
    assert tree.xpath("string(//h1)") == "New agreement: the contractor's profile"
    assert tree.xpath("string(//main/p[@role='alert'])") == (
        "Choose a saved profile (a YAML file) to open."
    )
    assert _tree(form).xpath("//input[@id='open-profile'][@required]")


@pytest.mark.parametrize("path", ["/profiles/build", "/profiles/upload", "/logout"])
def test_a_forms_address_opened_as_a_page_says_what_to_do_in_words(
    web_server: WebServer, path: str
) -> None:
    # After a form is sent the address bar shows where it went; pressing Enter there asks
    # for that address as a page.
    with web_server.client("staff") as client:
        page = client.get(path)
        api = client.get("/api/build")
    assert page.status_code == 405
    said = _tree(page).xpath("string(//p[@role='alert'])")
    assert said == "This address only receives a form: open the page the form is on, from the menu."
    assert api.status_code == 405 and api.json() == {"error": "Method Not Allowed"}
