"""The FastAPI application: middleware, error pages and the routes of each page, wired once.

``create_app`` takes the services already opened (the register, the build service), so a bad
``--db`` is one line from ``serve`` before the server listens, and tests can start the real
server on a register of their own.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from ..errors import CrecError
from .auth import LoginRequired
from .rendering import page, templates
from .routes import (
    account,
    build,
    counsel,
    due,
    interview,
    public_site,
    register,
    register_history,
    returns,
    vendor,
)
from .security import BoundedBody, SecurityHeaders, check_csrf
from .services import Services
from .statuses import http_status
from .workspace import router as downloads

__all__ = ["create_app"]

_STATIC = Path(__file__).resolve().parent / "static"
_SESSION_HOURS = 8  # a working day; then sign in again
# Room for the multipart framing and the form's other fields around a file at the limit.
_FORM_OVERHEAD = 64 * 1024
_log = logging.getLogger("crec_assemble.web")
_FORM_ONLY = "This address only receives a form: open the page the form is on, from the menu."


def create_app(opened: Services) -> FastAPI:
    """The app, serving ``opened``'s register and build service."""
    app = FastAPI(
        title="crec-assemble",
        docs_url=None, redoc_url=None, openapi_url=None,  # docs/web.md documents the API
        dependencies=[Depends(check_csrf)],
    )  # fmt: skip
    app.state.services = opened
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.include_router(downloads)
    for module in (account, interview, build, register, register_history, due, public_site,
                   returns, vendor, counsel):  # fmt: skip
        app.include_router(module.router)
    _handle_errors(app)
    # Added innermost first: the body is bounded before the session is read.
    app.add_middleware(BoundedBody, limit=opened.settings.upload_limit + _FORM_OVERHEAD)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secrets.token_urlsafe(32),  # a restart signs everyone out
        session_cookie="crec_session",
        max_age=_SESSION_HOURS * 3600,
        same_site="strict",  # issue 14: never sent with a request another site starts
        https_only=opened.settings.secure_cookies,
    )
    app.add_middleware(SecurityHeaders)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _problem(request: Request, status: int, message: str, exit_code: int | None = None) -> Response:
    """One error, as JSON for the API and as a page for a browser."""
    if _wants_json(request):
        body: dict[str, object] = {"error": message}
        if exit_code is not None:
            body["exit_code"] = exit_code
        return JSONResponse(body, status_code=status)
    return page(request, "error.html", {"status": status, "message": message}, status=status)


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_first(request: Request, error: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={quote(error.after)}", status_code=303)

    # Starlette's, which FastAPI's subclasses: a URL no route matches (a clause id holding a
    # "/", say) is a 404 page too, not Starlette's bare {"detail": "Not Found"}. A form's
    # address opened as a page (after a form, the address bar shows it) says what to do
    # instead, in words, not "Method Not Allowed".
    @app.exception_handler(StarletteHTTPException)
    async def refused(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code == 405 and not _wants_json(request):
            return _problem(request, 405, _FORM_ONLY)
        return _problem(request, error.status_code, str(error.detail))

    # A field missing or of the wrong type is bad input, as the CLI's exit code 2 says it:
    # the API's errors all carry that code (docs/web.md), these as much as the library's.
    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, error: RequestValidationError) -> Response:
        first = error.errors()[0] if error.errors() else {}
        if first.get("type") == "json_invalid":
            reason = first.get("ctx", {}).get("error", "not valid")
            return _problem(request, 422, f"the body is not JSON: {reason}", 2)
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        message = f"{where}: {first.get('msg', 'not valid')}".lstrip(": ")
        return _problem(request, 422, message, 2)

    @app.exception_handler(CrecError)
    async def library_said_no(request: Request, error: CrecError) -> Response:
        return _problem(request, http_status(error.exit_code), str(error), error.exit_code)

    @app.exception_handler(Exception)
    async def bug(request: Request, error: Exception) -> Response:
        _log.exception("unexpected error on %s", request.url.path)
        return _problem(request, 500, "Something went wrong on the server; it has been logged.")
