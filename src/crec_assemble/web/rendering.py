"""Pages from the templates in ``templates/web/``: what every page is given, in one place.

Jinja's autoescape is on for every template, so whatever a profile, a vendor's paper or the
register holds reaches the page as text. Templates are only ever our files, loaded by name;
nothing a user sends is compiled as one.
"""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..register.accounts import Action, may
from ..resources import default_web_templates, tool_version
from .auth import Principal, principal
from .security import CSRF_FIELD, csrf_token

__all__ = ["NAVIGATION", "page", "templates"]

# The menu: (path, label, the action a role needs for it). Anyone may prepare a profile
# (counsel, say, for vendor paper's gap addendum); only staff see its Build button.
NAVIGATION: tuple[tuple[str, str, Action], ...] = (
    ("/profiles/new", "New agreement", "read"),
    ("/returns", "Returned documents", "build"),
    ("/vendor-paper", "Vendor paper", "audit"),
    ("/register", "Register", "read"),
    ("/register/due", "Due", "read"),
    ("/counsel", "Counsel's corner", "counsel"),
)


def templates() -> Jinja2Templates:
    """The web app's templates, with autoescape on for every file."""
    found = Jinja2Templates(directory=str(default_web_templates()))
    found.env.autoescape = True
    found.env.globals["version"] = tool_version()
    return found


def page(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status: int = 200,
    who: Principal | None = None,
) -> HTMLResponse:
    """Render the template ``name`` with the signed-in account, the CSRF field and the menu."""
    me = who if who is not None else _quietly(request)
    shared = {
        "me": me,
        "csrf_field": CSRF_FIELD,
        "csrf_token": csrf_token(request),
        "navigation": [item for item in NAVIGATION if me and may(me.account.role, item[2])],
        "here": request.url.path,
    }
    rendered: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, {**shared, **(context or {})}, status_code=status
    )
    return rendered


def _quietly(request: Request) -> Principal | None:
    try:
        return principal(request)
    except HTTPException:  # a bad bearer token on an error page: shown as nobody signed in
        return None
