"""The public "Student data privacy contracts" site: generated from the register by staff
(``register site``, into the workspace's ``site/`` folder, replaced whole each time) and
viewed by anyone signed in under ``/site/``.

Only the files ``register site`` writes are served from there, and only by a name of its
shape (a page, the style sheet, a contract's PDF, at most one folder down), resolved and
held inside that folder. The pages are the tool's own HTML, everything from the register
escaped in them; a contract's PDF, which came from outside, is sent as a download.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path, PurePosixPath
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from ...errors import CrecError
from ...inputs.dates import connecticut_today, date_option
from ...register.accounts import may
from ...register.site import publish
from ..auth import MayRead, MayRecord, Principal
from ..flash import flash, flashed
from ..rendering import page
from ..services import services
from ..statuses import http_status

__all__ = ["router"]

router = APIRouter()

_FOLDER = "site"  # in the workspace
_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".pdf": "application/pdf"}  # fmt: skip
_NAME = re.compile(r"(?:[A-Za-z0-9][A-Za-z0-9._-]{0,200}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,200}\Z")
# One generation at a time: two at once would each try to swap their folder into place.
_PUBLISHING = threading.Lock()


def _folder(request: Request) -> Path:
    return services(request).settings.workspace / _FOLDER


@router.get("/register/site")
def site_page(request: Request, who: MayRead) -> Response:
    """The button that generates the site (for those who may record) and the link to it."""
    return _page(request, who, flashed(request))


def _page(
    request: Request,
    who: Principal,
    done: list[str],
    problem: CrecError | None = None,
    on: str = "",
) -> Response:
    context = {
        "generated": (_folder(request) / "index.html").is_file(),
        "may_record": may(who.account.role, "record"),
        "done": done,
        "problem": str(problem) if problem else None,
        "on": on,
    }
    status = 200 if problem is None else http_status(problem.exit_code)
    return page(request, "register_site.html", context, status=status, who=who)


@router.post("/register/site")
def generate(
    request: Request, who: MayRecord, on: Annotated[str | None, Form(max_length=40)] = None
) -> Response:
    """``register site --out WORKSPACE/site --force [--on ON]``, the contracts' PDFs copied in."""
    settings = services(request).settings
    try:
        day = date_option(on, "--on") if on else connecticut_today()
        with _PUBLISHING:
            written = publish(services(request).register, _folder(request), on=day,
                              issuer=settings.issuer, force=True)  # fmt: skip
    except CrecError as error:
        return _page(request, who, [], error, on or "")
    flash(request, [f"Generated: {written.summary()}."])
    return RedirectResponse("/register/site", 303)


@router.get("/site")
def site_root(who: MayRead) -> Response:
    """The site's own links are relative to its folder: ``/site/`` it is."""
    return RedirectResponse("/site/", 307)


@router.get("/site/{name:path}")
def site_file(request: Request, name: str, who: MayRead) -> Response:
    """A file of the generated site; ``index.html`` for the folder itself."""
    wanted = name or "index.html"
    suffix = PurePosixPath(wanted).suffix.lower()
    if not _NAME.match(wanted) or suffix not in _TYPES:
        raise HTTPException(404, "No such page in the public site.")
    folder = _folder(request).resolve()
    path = (folder / wanted).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        if wanted == "index.html":
            raise HTTPException(404, "The public site has not been generated yet: staff "
                                "generate it from the register's Public site page.")  # fmt: skip
        raise HTTPException(404, "No such page in the public site.")
    if suffix == ".pdf":
        return FileResponse(path, media_type=_TYPES[suffix], filename=path.name,
                            content_disposition_type="attachment")  # fmt: skip
    return FileResponse(path, media_type=_TYPES[suffix])
