"""The web app's defences, tried against the real server: CSRF, sessions, sign-in guessing,
bounded uploads, downloads that stay in the workspace, headers, and where it may listen."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import lxml.html
import pytest

from crec_assemble.web.settings import is_loopback
from crec_assemble.web.throttle import LoginThrottle
from crec_assemble.web.workspace import safe_name

from browser import Browser
from pdf_tamper import spaces_pdf
from web_support import (
    ACCOUNTS,
    PASSWORD,
    WebServer,
    browser_sign_in,
    crec,
    csrf_of,
    sign_in,
    started_server,
)

# Every server these tests start warms its LibreOffice, as `serve` does.
pytestmark = pytest.mark.e2e


def test_a_page_needs_signing_in(web_server: WebServer) -> None:
    with web_server.client() as anonymous:
        answer = anonymous.get("/")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=/"


def test_the_api_without_credentials_is_401_json(web_server: WebServer) -> None:
    with web_server.client() as anonymous:
        answer = anonymous.get("/api/register/due")
    assert answer.status_code == 401
    assert "Bearer" in answer.json()["error"]


def test_the_sign_in_form_posts_username_and_password(web_server: WebServer) -> None:
    # Issue 14 names the fields: password managers and other systems' scripts fill them in.
    with web_server.client() as client:
        form = lxml.html.fromstring(client.get("/login").text)
        fields = form.xpath("//form[@action='/login']//input[not(@type='hidden')]/@name")
        assert fields == ["username", "password"]
        answer = sign_in(client, ACCOUNTS["staff"])
        assert answer.status_code == 303
        assert client.get("/").status_code == 200


def test_a_wrong_password_signs_nobody_in(web_server: WebServer) -> None:
    with web_server.client() as client:
        answer = sign_in(client, ACCOUNTS["viewer"], "not the password at all")
        assert answer.status_code == 401
        assert "do not match" in answer.text
        assert client.get("/").status_code == 303


def test_signing_in_starts_a_new_session(web_server: WebServer) -> None:
    with web_server.client() as client:
        before = client.get("/login")
        anonymous_token = csrf_of(before.text)
        sign_in(client, ACCOUNTS["viewer"])
        after = client.get("/")
        assert after.status_code == 200
        assert csrf_of(after.text) != anonymous_token  # the session (and its token) is new


def test_a_change_without_the_csrf_token_is_refused(web_server: WebServer) -> None:
    with web_server.client("staff") as client:
        answer = client.post("/logout", data={})
        assert answer.status_code == 403
        assert "reload the page with the form" in answer.text
        assert client.get("/").status_code == 200  # still signed in: the post did nothing


def test_a_stale_form_is_refused_again_when_resent_so_the_page_says_go_back_and_reload_it(
    web_server: WebServer,
) -> None:
    with web_server.client("staff") as client:
        stale = {"csrf_token": csrf_of(client.get("/register").text)}
        client.cookies.clear()  # the session ends (a restart, say) while the form is open
        sign_in(client, ACCOUNTS["staff"])
        first = client.post("/logout", data=stale)
        resent = client.post("/logout", data=stale)  # what the browser's Reload does here
        fresh = {"csrf_token": csrf_of(client.get("/register").text)}  # back, and reloaded
        assert first.status_code == resent.status_code == 403
        assert "go back, reload the page with the form, then send it again" in first.text
        assert client.post("/logout", data=fresh).status_code == 303


def test_another_sessions_csrf_token_is_refused(web_server: WebServer) -> None:
    with web_server.client("staff") as mine, web_server.client("staff") as theirs:
        their_token = csrf_of(theirs.get("/").text)
        answer = mine.post("/logout", data={"csrf_token": their_token})
        assert answer.status_code == 403
        assert mine.get("/").status_code == 200
        own = csrf_of(mine.get("/").text)
        assert mine.post("/logout", data={"csrf_token": own}).status_code == 303
        assert mine.get("/").status_code == 303


def test_the_csrf_header_is_accepted_as_htmx_sends_it(web_server: WebServer) -> None:
    with web_server.client("viewer") as client:
        token = csrf_of(client.get("/").text)
        answer = client.post("/logout", headers={"X-CSRF-Token": token})
        assert answer.status_code == 303


def test_a_bad_bearer_token_is_401(web_server: WebServer) -> None:
    with web_server.client() as client:
        answer = client.get("/api/register/due", headers={"Authorization": "Bearer nonsense"})
    assert answer.status_code == 401
    assert "users token" in answer.json()["error"]


def test_guessing_passwords_is_slowed_even_for_the_right_one(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with started_server(tmp_path_factory.mktemp("guess")) as server, server.client() as client:
        for _ in range(5):
            assert sign_in(client, ACCOUNTS["staff"], "wrong guess").status_code == 401
        refused = sign_in(client, ACCOUNTS["staff"], PASSWORD)
        assert refused.status_code == 429
        assert "try again in" in refused.text
        assert client.get("/").status_code == 303  # the right password did not get in


def test_sign_ins_sent_together_get_no_more_password_checks_than_one_by_one(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Twenty wrong guesses sent at once: five are checked (401), the rest refused (429),
    as when they come one after another; counting a failure only once its check is done
    let every attempt that arrived meanwhile through."""
    with started_server(tmp_path_factory.mktemp("burst")) as server:
        ready = []
        for _ in range(20):  # each with a session and CSRF token of its own, as browsers
            with httpx.Client(base_url=server.url) as client:
                token = csrf_of(client.get("/login").text)
                ready.append((dict(client.cookies), token))
        together = threading.Barrier(len(ready))

        def guess(session: tuple[dict[str, str], str]) -> int:
            cookies, token = session
            with httpx.Client(base_url=server.url, cookies=cookies, timeout=120) as client:
                together.wait()
                return client.post("/login", data={
                    "csrf_token": token, "username": ACCOUNTS["staff"], "password": "wrong guess",
                }).status_code  # fmt: skip

        with ThreadPoolExecutor(len(ready)) as pool:
            answers = sorted(pool.map(guess, ready))
    assert answers == [401] * 5 + [429] * 15


def test_the_throttle_doubles_its_wait_and_forgets_a_success() -> None:
    now = [1000.0]
    throttle = LoginThrottle(free=2, first_wait=10, longest=35, clock=lambda: now[0])
    assert throttle.attempt("sam", "10.0.0.1") == 0
    assert throttle.attempt("sam", "10.0.0.1") == 0  # two free, counted as they begin
    assert throttle.attempt("sam", "10.0.0.2") == 10  # the name is held, from any address
    assert throttle.attempt("other", "10.0.0.1") == 10  # and the address, for any name
    now[0] += 10
    assert throttle.attempt("sam", "10.0.0.3") == 0
    assert throttle.attempt("sam", "10.0.0.3") == 20  # the third failure doubled the wait
    for _ in range(3):
        now[0] += 35
        assert throttle.attempt("sam", "10.0.0.3") == 0
    assert throttle.attempt("sam", "10.0.0.4") == 35  # never longer than longest
    now[0] += 36
    assert throttle.attempt("SAM", "10.0.0.9") == 0
    throttle.succeeded("SAM", "10.0.0.9")
    assert throttle.attempt("sam", "10.0.0.9") == 0
    assert throttle.attempt("sam", "10.0.0.9") == 0  # the count began again after the success


def test_a_right_password_does_not_count_against_its_address() -> None:
    throttle = LoginThrottle(free=2, first_wait=10, clock=lambda: 1000.0)
    for name in ("amy", "bo", "cy"):  # three colleagues behind one office address
        assert throttle.attempt(name, "10.0.0.1") == 0
        throttle.succeeded(name, "10.0.0.1")
    assert throttle.attempt("dee", "10.0.0.1") == 0


def test_the_throttle_remembers_a_bounded_number_of_names_and_addresses() -> None:
    throttle = LoginThrottle(free=1, capacity=100, clock=lambda: 1000.0)
    for guess in range(1000):
        throttle.attempt(f"name-{guess}", f"10.0.{guess // 250}.{guess % 250}")
    assert len(throttle) == 100
    assert throttle.attempt("name-999", "10.9.9.9") > 0  # the latest are the ones kept


def test_an_oversized_upload_is_refused_before_it_is_read(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("small")
    with started_server(root, "--upload-limit", "1") as server, server.client("staff") as client:
        token = csrf_of(client.get("/").text)
        big = b"%PDF-1.7\n" + b"0" * (2 * 1024 * 1024)
        answer = client.post("/logout", data={"csrf_token": token},
                             files={"file": ("big.pdf", big, "application/pdf")})  # fmt: skip
        assert answer.status_code == 413
        assert "1 MB" in answer.text

        # A chunked body that says no length is cut off as it passes the limit, while the
        # form is read (here by the CSRF check): a file part, which has no limit of its own.
        head = b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n\r\n'
        chunks = iter([head, *(b"x" * 65536 for _ in range(40)), b"\r\n--b--\r\n"])
        headers = {"Content-Type": "multipart/form-data; boundary=b"}
        streamed = client.post("/login", content=chunks, headers=headers)
        assert streamed.status_code == 413
        assert not list((root / "workspace").rglob("*.pdf"))


def test_a_pdf_that_unpacks_to_gigabytes_is_refused_and_the_server_goes_on(
    web_server: WebServer,
) -> None:
    """A 1 MB upload whose page unpacks to 1 GB, to each page that reads a PDF: one line,
    before the PDF reader holds any of it."""
    bomb = spaces_pdf(1024)
    said = "bomb.pdf: refused: its streams unpack to more than the limit of 67,108,864 bytes"
    token = {"Authorization": f"Bearer {web_server.token('staff')}"}
    with web_server.client() as client:
        for url in ("/api/audit", "/api/verify"):
            answer = client.post(url, headers=token, files={"file": ("bomb.pdf", bomb)})
            assert answer.status_code == 422
            assert answer.json() == {"error": said, "exit_code": 2}
        assert client.get("/api/register/due", headers=token).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/files/builds/../../register.db",
        "/files/builds/%2e%2e/%2e%2e/register.db",
        "/files/uploads/AAAAAAAAAAAAAAAAAAAAAAAA/x.pdf",  # uploads are never served back
        "/files/builds/AAAAAAAAAAAAAAAAAAAAAAAA/..%2f..%2fregister.db",
        "/files/builds/AAAAAAAAAAAAAAAAAAAAAAAA/page.html",
        "/files/builds/short/x.pdf",
    ],
)
def test_downloads_never_leave_the_workspace(web_server: WebServer, path: str) -> None:
    with web_server.client("viewer") as client:
        answer = client.get(path)
    assert answer.status_code == 404
    assert b"SQLite" not in answer.content


def test_every_answer_carries_the_security_headers(web_server: WebServer) -> None:
    with web_server.client() as client:
        for answer in (client.get("/login"), client.get("/static/htmx.min.js")):
            policy = answer.headers["content-security-policy"]
            assert "script-src 'self'" in policy
            assert "frame-ancestors 'none'" in policy
            assert answer.headers["x-content-type-options"] == "nosniff"
        assert client.get("/login").headers["cache-control"] == "no-store"
    with web_server.client() as fresh:
        cookie = fresh.get("/login").headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie


def test_a_next_address_never_leads_off_the_site(web_server: WebServer) -> None:
    with web_server.client() as client:
        form = client.get("/login")
        answer = client.post("/login", data={
            "csrf_token": csrf_of(form.text), "username": ACCOUNTS["viewer"], "password": PASSWORD,
            "after": "//evil.example/phish",
        })  # fmt: skip
    assert answer.status_code == 303
    assert answer.headers["location"] == "/"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\x\\contract.docx", "contract.docx"),
        ("<script>.pdf", "script-.pdf"),
        ("...", "upload"),
        (None, "upload"),
        ("Vertrag für Schüler.pdf", "Vertrag-fur-Schuler.pdf"),
    ],
)
def test_a_browsers_file_name_is_made_harmless(given: str | None, kept: str) -> None:
    assert safe_name(given) == kept


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("::1", True), ("localhost", True), ("127.8.0.1", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serving_beyond_loopback_needs_an_account(tmp_path: Path) -> None:
    refused = crec("serve", "--host", "0.0.0.0", "--port", "0", "--db", f"{tmp_path}/empty.db",
                   "--workspace", f"{tmp_path}/ws")  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "--host 0.0.0.0: this would serve beyond this machine with no account to sign in with; "
        "add one first: crec-assemble users add NAME --role staff"
    ]


def test_a_profile_field_with_markup_is_shown_as_text(web_server: WebServer) -> None:
    with web_server.client() as client:
        form = client.get("/login")
        answer = client.post("/login", data={
            "csrf_token": csrf_of(form.text), "username": "<script>alert(1)</script>",
            "password": "x",
        })  # fmt: skip
    assert "<script>alert(1)</script>" not in answer.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in answer.text


def test_the_sign_in_start_and_error_pages_pass_axe(
    web_server: WebServer, chromium: Browser
) -> None:
    """The pages every account sees: sign-in (empty, and after a failed attempt), the start
    page of each role, and an error page."""
    chromium.open(f"{web_server.url}/logout")  # a GET: signs nobody out, shows the error page
    assert chromium.page_violations() == []
    for role in ACCOUNTS:
        browser_sign_in(chromium, web_server, role)
        assert chromium.page_violations() == []
        chromium.click(".signout button")
        chromium.wait_for("#name")
    assert chromium.page_violations() == []
    chromium.fill("#name", ACCOUNTS["viewer"])
    chromium.fill("#password", "not the password at all")
    chromium.click("form[action='/login'] button[type=submit]")
    chromium.wait_for(".error")
    assert "do not match" in chromium.text()
    assert chromium.page_violations() == []


def test_behind_tls_the_session_cookie_is_secure(web_server: WebServer) -> None:
    """A TLS proxy on this machine says so with X-Forwarded-Proto (uvicorn trusts loopback):
    the cookie is then Secure, without --secure-cookies; over plain HTTP it cannot be."""
    with web_server.client() as plain:
        assert "secure" not in plain.get("/login").headers["set-cookie"].lower()
    with web_server.client() as proxied:
        answer = proxied.get("/login", headers={"X-Forwarded-Proto": "https"})
        assert answer.headers["set-cookie"].lower().endswith("; secure")
