"""What is owed, and by when: ``register due`` as a page (overdue first, each item with the
rule and the regulation's words it comes from) and as ``GET /api/register/due``, whose JSON
is exactly ``register due --json``'s for the same ``on`` and ``within``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ...errors import CrecError
from ...inputs.dates import connecticut_today, date_option
from ...register.due import DEFAULT_WITHIN, Owed, shipped_rules
from ...register.due_query import owed_on
from ..auth import MayRead
from ..rendering import page
from ..services import services

__all__ = ["router"]

router = APIRouter()

# ``register due``'s options, by the same names: --within DAYS, --on YYYY-MM-DD.
Within = Annotated[int, Query()]
On = Annotated[str | None, Query(max_length=40)]


def _owed(request: Request, on: str | None, within: int) -> Owed:
    """``register due --on ON --within WITHIN``, judged as of today when ``on`` is empty.

    Raises:
        InputError: a day that is not a date, a negative window (the command's messages).
    """
    opened = services(request)
    day = date_option(on, "--on") if on else connecticut_today()
    rules = shipped_rules(opened.settings.issuer)
    with opened.register.reading() as reader:
        return owed_on(reader, on=day, within=within, rules=rules)


@router.get("/register/due")
def due_page(request: Request, who: MayRead, within: Within = DEFAULT_WITHIN,
             on: On = None) -> Response:  # fmt: skip
    """The due view: the filter form (days ahead, as of which day), then the items."""
    context: dict[str, Any] = {"within": within, "on": on or ""}
    try:
        context["owed"] = _owed(request, on, within)
    except CrecError as error:
        return page(request, "register_due.html", {**context, "problem": str(error)},
                    status=422, who=who)  # fmt: skip
    return page(request, "register_due.html", context, who=who)


@router.get("/api/register/due")
def due_api(request: Request, who: MayRead, within: Within = DEFAULT_WITHIN,
            on: On = None) -> dict[str, Any]:  # fmt: skip
    """``register due --json``. Something overdue is still a 200: the JSON says so
    (``"overdue": true``), as the command's exit code 1 does."""
    return _owed(request, on, within).as_json()
