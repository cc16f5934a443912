"""The register's list: every document, filtered as ``register list --status --contractor``
filters it, each linking to its history, and the same list as CSV or XLSX."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ...errors import CrecError
from ...register.records import STATUSES
from ...register.spreadsheets import to_csv, to_xlsx
from ...register.store import listed
from ...register.tables import Table, listing
from ..auth import MayRead
from ..rendering import page
from ..services import services

__all__ = ["router"]

router = APIRouter()

# What the page has room for: the terminal's brief columns, with the kind and the last event.
_COLUMNS = ("id", "kind", "contractor", "service", "status", "executed", "end", "last_event",
            "last_event_on")  # fmt: skip
_FILES = {
    "csv": (to_csv, "text/csv; charset=utf-8"),
    "xlsx": (to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
StatusFilter = Annotated[str | None, Query(max_length=40)]
ContractorFilter = Annotated[str | None, Query(max_length=200)]


def _listing(request: Request, status: str | None, contractor: str | None) -> Table:
    """``register list`` with these filters; an empty field of the form filters nothing.

    Raises:
        InputError: an unknown status (as the CLI says it).
    """
    with services(request).register.reading() as reader:
        return listing(listed(reader), status=status or None,
                       contractor=(contractor or "").strip() or None)  # fmt: skip


@router.get("/register")
def register_list(
    request: Request, who: MayRead, status: StatusFilter = None, contractor: ContractorFilter = None
) -> Response:
    """The list, with the filter form above it and download links for the same rows."""
    filters = {key: value for key, value in (("status", status), ("contractor", contractor))
               if value}  # fmt: skip
    context = {"statuses": STATUSES, "status": status or "", "contractor": contractor or "",
               "query": urlencode(filters)}  # fmt: skip
    try:
        table = _listing(request, status, contractor)
    except CrecError as error:
        return page(request, "register.html", {**context, "problem": str(error)}, status=422,
                    who=who)  # fmt: skip
    return page(request, "register.html", {**context, "table": table.only(_COLUMNS)}, who=who)


@router.get("/register/list.{kind}")
def register_download(
    request: Request,
    kind: Literal["csv", "xlsx"],
    who: MayRead,
    status: StatusFilter = None,
    contractor: ContractorFilter = None,
) -> Response:
    """The filtered list as ``register list --csv`` / ``--xlsx`` writes it, as an attachment."""
    write, media_type = _FILES[kind]
    table = _listing(request, status, contractor)
    attachment = f'attachment; filename="register.{kind}"'
    return Response(write(table), media_type=media_type,
                    headers={"content-disposition": attachment})  # fmt: skip
