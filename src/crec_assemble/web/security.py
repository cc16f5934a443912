"""What every request passes through: a bounded body, CSRF checks, and headers that keep the
browser from running or framing anything that is not ours.

CSRF: each browser session holds a random token; every form carries it in a hidden field
and htmx sends it in the ``X-CSRF-Token`` header. A request that changes anything must bring
the token of its own session. A request with a bearer token (the JSON API from another
system) carries no cookie the browser could have sent on its own, so it needs none.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["SAFE_METHODS", "BoundedBody", "SecurityHeaders", "check_csrf", "csrf_token"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_SESSION_KEY = "csrf"

# Our own scripts and styles only: no inline script, nothing from elsewhere, no framing.
_HEADERS = {
    b"content-security-policy": b"default-src 'self'; script-src 'self'; style-src 'self'; "
    b"img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    b"frame-ancestors 'none'",
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"same-origin",
}


def csrf_token(request: Request) -> str:
    """This session's CSRF token, made the first time a page needs one."""
    token = request.session.get(_SESSION_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[_SESSION_KEY] = token
    return token


def bearer(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, if the request has one."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request from a browser session without that session's token.

    Raises:
        HTTPException: 403, when the token is missing or is not this session's.
    """
    if request.method in SAFE_METHODS or bearer(request) is not None:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and _is_form(request):
        field = (await request.form()).get(CSRF_FIELD)
        sent = field if isinstance(field, str) else None
    expected = request.session.get(_SESSION_KEY)
    if not sent or not isinstance(expected, str) or not hmac.compare_digest(sent, expected):
        raise HTTPException(
            403,
            # Not "reload the page": reloading this answer sends the same stale form again.
            "This form has expired or did not come from this site: go back, reload the page with "
            "the form, then send it again.",
        )


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))


class _TooLarge(HTTPException):
    """Raised as the body passes the limit: an HTTP error, so that FastAPI, reading a form
    when it happens, answers 413 with it instead of calling it a body it could not parse."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large_message(limit))


def _too_large_message(limit: int) -> str:
    return f"Too large: uploads are limited to {limit // (1024 * 1024)} MB."


class BoundedBody:
    """Refuse a request body over ``limit`` bytes with 413, whether or not it says its length.

    A declared length over the limit is refused before a byte is read; a chunked body is
    counted as it arrives and cut off when it passes the limit, so nothing larger is ever
    held in memory or spooled to disk.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(send, self.limit)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise _TooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if not started:
                await _too_large(send, self.limit)


async def _too_large(send: Send, limit: int) -> None:
    body = _too_large_message(limit).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()),
                            *_HEADERS.items()]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Add the security headers to every response, and ``no-store`` to all but static files:
    pages show contract and contact details that must not linger in shared caches.

    A request that came over TLS (``https``, as uvicorn reads a trusted proxy's
    ``X-Forwarded-Proto``) gets its cookies marked ``Secure`` even without
    ``--secure-cookies``: behind TLS, the session cookie is never sent in clear.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")
        over_tls = scope.get("scheme") == "https"

        async def headed(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[Any] = [
                    (name, _secure(value)) if over_tls and name.lower() == b"set-cookie"
                    else (name, value)
                    for name, value in message.get("headers", [])
                ]  # fmt: skip
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in _HEADERS.items() if k not in present]
                if not static and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, headed)


def _secure(cookie: bytes) -> bytes:
    """A ``Set-Cookie`` value with the ``Secure`` attribute, once."""
    return cookie if b"; secure" in cookie.lower() else cookie + b"; secure"
