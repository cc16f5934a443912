"""Returned documents: a copy that came back, checked with ``verify`` and recorded.

Staff upload a returned DOCX or PDF; the page shows what ``verify`` found (key changes first,
then each changed section word by word) and, for a signed PDF, the check of its signatures
against the PDF the register holds. The event is recorded as ``register record`` records it
(:func:`~crec_assemble.register.returns.check_return`): ``returned`` with verify's verdict,
or ``signed`` / ``signed-altered``. Recording is staff's alone, so the page is too.

``POST /api/verify`` does the same for another system: ``verify --json``'s report, with the
event as ``register record --json`` gives it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ...errors import CrecError
from ...inputs.dates import default_moment
from ...register.returns import CheckedReturn, check_return
from ..auth import MayRecord, Principal
from ..rendering import page
from ..services import services
from ..statuses import http_status
from ..uploads import named_as_sent, received

__all__ = ["router"]

router = APIRouter()

Upload = Annotated[UploadFile, File(description="The returned DOCX or PDF.")]


@router.get("/returns")
def returns_form(request: Request, who: MayRecord) -> Response:
    return page(request, "returns.html", who=who)


@router.post("/returns")
async def check_returned(request: Request, who: MayRecord, file: Upload) -> Response:
    """The form sent: the report, or the one line that says why there is none."""
    try:
        checked = await _checked(request, who, file)
    except CrecError as error:
        status = http_status(error.exit_code)
        return page(request, "returns.html", {"error": str(error)}, status=status, who=who)
    return page(request, "returns.html", {"checked": checked}, who=who)


@router.post("/api/verify")
async def verify_api(request: Request, who: MayRecord, file: Upload) -> dict[str, Any]:
    """``verify --json``'s report on the upload, and the event recorded for it."""
    return (await _checked(request, who, file)).as_json()


async def _checked(request: Request, who: Principal, upload: UploadFile) -> CheckedReturn:
    """Keep the upload (a PDF or DOCX by its content), then verify and record it.

    ``verify`` may rebuild a PDF through LibreOffice: it runs in a worker thread, never on
    the server's event loop.
    """
    opened = services(request)
    with named_as_sent(opened.settings.workspace):
        path = await received(upload, opened.settings.workspace, accept=("pdf", "docx"))
        return await run_in_threadpool(
            check_return, opened.register, path, by=who.account.name, now=default_moment(),
            library=opened.settings.library, template=opened.settings.template,
        )  # fmt: skip
