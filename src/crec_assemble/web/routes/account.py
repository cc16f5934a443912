"""Signing in and out, and the start page that lists what the account may do."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...register.accounts import check_password
from ..auth import MayRead, principal, sign_in
from ..rendering import page
from ..services import services

__all__ = ["router"]

router = APIRouter()


def _local(after: str | None) -> str:
    """Where to go after signing in: a path of this site only, never another site's URL."""
    if after and after.startswith("/") and not after.startswith(("//", "/\\")):
        return after
    return "/"


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    if principal(request) is not None:
        return RedirectResponse(_local(next), status_code=303)
    return page(request, "login.html", {"after": _local(next)})


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    after: Annotated[str, Form(max_length=2048)] = "/",
) -> Response:
    """The login form's ``username`` and ``password`` (the field names issue 14 fixes, which
    password managers and other systems' sign-in scripts fill in)."""
    opened = services(request)
    address = request.client.host if request.client else "unknown"
    wait = opened.throttle.attempt(username, address)
    if wait > 0:
        message = f"Too many failed sign-ins: try again in {int(wait) + 1} seconds."
        context = {"after": _local(after), "name": username, "error": message}
        return page(request, "login.html", context, status=429)
    account = check_password(opened.register, username, password)
    if account is None:
        error = "That name and password do not match an account."
        context = {"after": _local(after), "name": username, "error": error}
        return page(request, "login.html", context, status=401)
    opened.throttle.succeeded(username, address)
    sign_in(request, account)
    return RedirectResponse(_local(after), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def home(request: Request, who: MayRead) -> Response:
    return page(request, "home.html", who=who)
