"""Who is asking, and whether their role lets them: sessions, bearer tokens, slowed logins.

A browser signs in with a name and password and then carries a signed session cookie; another
system sends ``Authorization: Bearer TOKEN`` (``crec-assemble users token NAME``). Either way
the account is looked up again on every request, so a removed account or a changed role
takes effect at once. What each role may do is the register's rule (``accounts.may``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Request

from ..register.accounts import Account, Action, account_for_token, find_account, may
from .security import bearer
from .services import services

__all__ = [
    "LoginRequired",
    "MayAudit",
    "MayBuild",
    "MayCounsel",
    "MayRead",
    "MayRecord",
    "Principal",
    "principal",
    "require",
    "sign_in",
]

_SESSION_ACCOUNT = "account"


@dataclass(frozen=True)
class Principal:
    """A signed-in account, and how it proved who it is."""

    account: Account
    via: Literal["session", "token"]


class LoginRequired(Exception):
    """A page asked for by nobody signed in: the browser is sent to the login page."""

    def __init__(self, after: str) -> None:
        super().__init__(after)
        self.after = after


def principal(request: Request) -> Principal | None:
    """The account behind this request, or None.

    Raises:
        HTTPException: 401 for a bearer token that is not (or no longer) anyone's.
    """
    register = services(request).register
    token = bearer(request)
    if token is not None:
        account = account_for_token(register, token)
        if account is None:
            raise HTTPException(401, "This token is not valid: issue a new one with "
                                "crec-assemble users token NAME.")  # fmt: skip
        return Principal(account, "token")
    name = request.session.get(_SESSION_ACCOUNT)
    account = find_account(register, name) if isinstance(name, str) else None
    return None if account is None else Principal(account, "session")


def sign_in(request: Request, account: Account) -> None:
    """Start a fresh session for ``account``: nothing of the anonymous one is kept (no
    session fixation), and its CSRF token is made anew."""
    request.session.clear()
    request.session[_SESSION_ACCOUNT] = account.name


def require(action: Action) -> Callable[[Request], Principal]:
    """A dependency that lets the request through only for an account that may ``action``.

    Nobody signed in: a page redirects to the login page, the API answers 401. Signed in
    without the right: 403, saying which role is needed.
    """

    def dependency(request: Request) -> Principal:
        found = principal(request)
        if found is None:
            if request.url.path.startswith("/api/"):
                raise HTTPException(401, "Sign in, or send Authorization: Bearer TOKEN.")
            raise LoginRequired(request.url.path)
        if not may(found.account.role, action):
            raise HTTPException(
                403,
                f"{found.account.name} is {found.account.role}: "
                f"this needs a role that may {action}.",
            )
        return found

    return dependency


# A route's signature names what it needs: ``def page(who: MayRead) -> …``.
MayRead = Annotated[Principal, Depends(require("read"))]
MayAudit = Annotated[Principal, Depends(require("audit"))]
MayBuild = Annotated[Principal, Depends(require("build"))]
MayRecord = Annotated[Principal, Depends(require("record"))]
MayCounsel = Annotated[Principal, Depends(require("counsel"))]
