"""Counsel's corner: the clause library by edition, a clause's versions with their word diffs,
and a redline between two editions to download.

Read-only, for every role that may ``counsel``: nothing here changes the library or the
register. The redline is the one thing written, and only into the app's workspace, as a
download (a POST with the CSRF token, since it writes a file). Each page is what a ``clauses``
command prints — ``list``, ``show``, ``history``, ``diff`` — and ``redline editions``, over the
same library functions; the library is read afresh for each request, so a new version or
edition shows at once.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import Response
from markupsafe import Markup, escape
from pydantic import BaseModel, ConfigDict, Field

from ...counsel.commits import version_commits
from ...counsel.queries import (
    WORKING,
    ClauseDiff,
    clause_diff,
    edition_or_working,
    history,
    listing,
)
from ...errors import CrecError, InputError, quoted
from ...inputs.dates import default_build_date
from ...inputs.starter import starter_profile
from ...issued.redline import Redline, redline_editions, write_redline
from ...library.clauses import ClauseLibrary, load_library
from ...library.wording import Change, changed, render_plain
from ...model import Clause, Edition, Role
from ...resources import default_library
from ..auth import MayCounsel
from ..rendering import page
from ..services import services
from ..settings import WebSettings
from ..statuses import http_status
from ..workspace import download_url, fresh_folder

__all__ = ["router"]

router = APIRouter()

_NAME_LIMIT = 100  # an edition's name or a version, as a query or form field

EditionQuery = Annotated[str | None, Query(max_length=_NAME_LIMIT)]


def _library(request: Request) -> ClauseLibrary:
    """The library the server was started with, read now: a version or edition counsel has
    just added shows on the next page."""
    return load_library(services(request).settings.library or default_library())


def _edition(library: ClauseLibrary, name: str | None) -> Edition:
    """The edition a page asks for (none: the one in force today).

    Raises:
        HTTPException: 404, naming the editions there are, for a name that is none of them.
    """
    try:
        return edition_or_working(library, name, default_build_date())
    except InputError as error:
        raise HTTPException(404, str(error)) from None


def _versions(library: ClauseLibrary, clause_id: str) -> tuple[Clause, ...]:
    """Every version of the clause a URL names, oldest first. The name is only ever a key of
    the library read into memory, never a path, so ``../outline`` is simply no clause.

    Raises:
        HTTPException: 404 when the library has no such clause.
    """
    if clause_id not in library.versions:
        raise HTTPException(404, f"The clause library has no clause {quoted(clause_id)}.")
    return library.versions[clause_id]


@router.get("/counsel")
def clauses_page(request: Request, who: MayCounsel, edition: EditionQuery = None) -> Response:
    """The clauses an edition (or the working copy) puts in force: ``clauses list``."""
    library = _library(request)
    chosen = _edition(library, edition)
    context = {"listing": listing(library, chosen), **_editions(library, chosen)}
    return page(request, "counsel.html", context, who=who)


@router.get("/counsel/clauses/{clause_id}")
def clause_page(
    request: Request,
    clause_id: str,
    who: MayCounsel,
    edition: EditionQuery = None,
    old: Annotated[str | None, Query(alias="from", max_length=_NAME_LIMIT)] = None,
    new: Annotated[str | None, Query(alias="to", max_length=_NAME_LIMIT)] = None,
) -> Response:
    """A clause as an edition prints it, every version of it, and two versions compared:
    ``clauses show``, ``clauses history`` and ``clauses diff``."""
    library = _library(request)
    versions = _versions(library, clause_id)
    chosen = _edition(library, edition)
    pinned = chosen.versions.get(clause_id)
    shown = library.get(f"{clause_id}@{pinned}") if pinned else versions[-1]
    compared = _compared(library, versions, shown, old, new)
    context = {
        "clause": shown,
        "pinned": pinned is not None,
        "versions": history(library, clause_id),
        "git": version_commits(library, clause_id),
        "compared": compared,
        "title_diff": _marked(compared.title) if compared and changed(compared.title) else None,
        "body_diff": _marked(compared.body) if compared and changed(compared.body) else None,
        **_editions(library, chosen),
    }
    return page(request, "counsel_clause.html", context, who=who)


def _compared(
    library: ClauseLibrary,
    versions: tuple[Clause, ...],
    shown: Clause,
    old: str | None,
    new: str | None,
) -> ClauseDiff | None:
    """The two versions asked for compared; without them, the shown version against the one
    before it (None for a first version).

    Raises:
        HTTPException: 404 for a version the clause does not have.
    """
    numbers = [clause.version for clause in versions]
    if old is None and new is None:
        at = numbers.index(shown.version)
        if at == 0:
            return None
        old, new = numbers[at - 1], shown.version
    for asked in (old, new):
        if asked is not None and asked not in numbers:
            raise HTTPException(
                404, f"{shown.id} has no version {quoted(asked)} (has {', '.join(numbers)})."
            )
    return clause_diff(library, f"{shown.id}@{old or shown.version}",
                       f"{shown.id}@{new or shown.version}")  # fmt: skip


def _marked(changes: tuple[Change, ...]) -> Markup:
    """A word diff as HTML: the library's rendering (``clauses diff``), each stretch escaped,
    deletions in ``<del>`` and insertions in ``<ins>``."""

    def mark(op: str, text: str) -> str:
        safe = escape(text)
        return str(Markup("<del>{}</del>").format(safe) if op == "delete"
                   else Markup("<ins>{}</ins>").format(safe) if op == "insert"
                   else safe)  # fmt: skip

    return Markup(render_plain(changes, mark))  # every piece escaped by ``mark`` above


def _editions(library: ClauseLibrary, chosen: Edition) -> dict[str, Any]:
    """What every counsel page shows of the editions: which there are, and which is chosen."""
    return {"editions": library.editions, "chosen": chosen, "working": WORKING}


# The redline between two editions.


class RedlineAsked(BaseModel):
    """``POST /api/counsel/redline``: as ``redline editions --from --to``, for a sample
    contractor of ``role``."""

    model_config = ConfigDict(extra="forbid")

    old: str = Field(alias="from", max_length=_NAME_LIMIT)
    new: str = Field(alias="to", max_length=_NAME_LIMIT)
    role: Role = "operator"


def _write_redline(settings: WebSettings, asked: RedlineAsked) -> Redline:
    """The redline of a sample contractor's agreement between two editions, written into a
    fresh folder of the workspace's redlines.

    The contractor is the starter profile ``init`` writes for the role: counsel reviews the
    words an edition changes, which any valid profile shows.

    Raises:
        InputError: an unknown edition, or the same one twice.
        ConversionError: the redline engine failed.
    """
    with tempfile.TemporaryDirectory(prefix="crec-sample-") as scratch:
        profile = Path(scratch) / f"sample-{asked.role}.yaml"
        profile.write_text(starter_profile(asked.role), encoding="utf-8")
        compared = redline_editions(
            profile, asked.old, asked.new,
            template=settings.template, library=settings.library, issuer=settings.issuer,
        )  # fmt: skip
    return write_redline(compared, out=fresh_folder(settings.workspace, "redlines"))


@router.get("/counsel/redline")
def redline_form(request: Request, who: MayCounsel) -> Response:
    """The form: two editions and a kind of contractor."""
    return page(request, "counsel_redline.html", _redline_context(_library(request)), who=who)


@router.post("/counsel/redline")
def redline_page(
    request: Request,
    who: MayCounsel,
    old: Annotated[str, Form(alias="from", max_length=_NAME_LIMIT)],
    new: Annotated[str, Form(alias="to", max_length=_NAME_LIMIT)],
    role: Annotated[Role, Form()] = "operator",
) -> Response:
    """Write the redline and link it; a problem is said beside the form."""
    asked = RedlineAsked.model_validate({"from": old, "to": new, "role": role})
    context = _redline_context(_library(request), asked)
    settings = services(request).settings
    try:
        written = _write_redline(settings, asked)
    except CrecError as error:
        status = http_status(error.exit_code)
        return page(request, "counsel_redline.html", {**context, "error": str(error)},
                    status=status, who=who)  # fmt: skip
    url = download_url(settings.workspace, written.path)
    return page(request, "counsel_redline.html",
                {**context, "written": written, "download": url}, who=who)  # fmt: skip


def _redline_context(library: ClauseLibrary, asked: RedlineAsked | None = None) -> dict[str, Any]:
    """The form's choices, preset to what was asked, else the last two editions."""
    names = [edition.name for edition in library.editions]
    if asked is None and len(names) >= 2:
        asked = RedlineAsked.model_validate({"from": names[-2], "to": names[-1]})
    return {"editions": library.editions, "asked": asked}


# The same, for other systems: the JSON of ``clauses list --json``, ``clauses history
# --json`` and ``redline editions --json`` (with the download's URL).


@router.get("/api/counsel/clauses")
def clauses_json(request: Request, who: MayCounsel, edition: EditionQuery = None) -> Any:
    library = _library(request)
    return listing(library, edition_or_working(library, edition, default_build_date())).as_json()


@router.get("/api/counsel/clauses/{clause_id}")
def history_json(request: Request, clause_id: str, who: MayCounsel) -> Any:
    return [version.as_json() for version in history(_library(request), clause_id)]


@router.post("/api/counsel/redline")
def redline_json(request: Request, who: MayCounsel, asked: RedlineAsked) -> Any:
    settings = services(request).settings
    written = _write_redline(settings, asked)
    result = written.as_json()
    for document in result["documents"]:
        for output in document["outputs"]:
            output["url"] = download_url(settings.workspace, written.path)
    return result
