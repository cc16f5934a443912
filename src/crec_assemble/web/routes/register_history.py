"""One document's history, as ``register show`` gives it, and the forms that record its events
(``register record``) and take one back (``register retract``).

Everyone who may read sees the history; only an account that may record sees the forms, and
only such an account's post is taken (anyone else gets 403). Each form posts what the
command line's options say, and the same library functions read it, so a bad value gets the
command's own one-line message, beside the form, and nothing is recorded. A form that
records answers with a redirect to the history, so reloading the page never records twice.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ...audit.file_kind import Kind
from ...errors import CrecError, InputError
from ...inputs.dates import connecticut_today, date_option, default_moment
from ...paperwork.deadlines import BREACH_CATEGORIES
from ...register.accounts import may
from ...register.recording import (
    NEVER_TAKEN_BACK,
    breach_facts,
    record_event,
    recordable,
    retract_event,
)
from ...register.records import History, RecordableKind
from ...register.views import event_note, one_history
from ..auth import MayRead, MayRecord, Principal
from ..flash import flash, flashed
from ..rendering import page
from ..services import services
from ..statuses import http_status
from ..uploads import named_as_sent, received

__all__ = ["router"]

router = APIRouter()


@dataclass(frozen=True)
class _EventForm:
    """The form that records one kind of event: what its button says, what it records, and
    whether it takes a file (and of which kinds, judged by the file's content)."""

    kind: RecordableKind
    label: str
    hint: str
    file: Literal["none", "optional", "required"] = "none"
    accept: tuple[Kind, ...] = ("pdf", "docx")


# One per event ``register record`` takes, in the order a document's life runs.
_EVENT_FORMS = (
    _EventForm("sent", "Sent", "The document went to the contractor to sign."),
    _EventForm("returned", "Returned", "The contractor sent a copy back. Attach it and it is "
               "checked against what CREC issued (verify), its verdict kept.", "optional"),
    _EventForm("signed", "Signed", "The contractor signed. Attach the signed PDF: every signature "
               "is checked against the PDF CREC issued.", "required", ("pdf",)),
    _EventForm("executed", "Executed", "Both parties have signed. The executed PDF, if attached, "
               "is the copy the public site posts.", "optional", ("pdf",)),
    _EventForm("notice-posted", "Notice posted", "The notice to students and parents was posted: "
               "the one after execution, or a breach's."),
    _EventForm("breach", "Breach", "The contractor told CREC of a breach of security."),
    _EventForm("ended", "Ended", "Services ended."),
    _EventForm("deletion-requested", "Deletion requested", "CREC asked the contractor to delete "
               "the student data."),
    _EventForm("certificate-received", "Certificate received", "The contractor's certificate of "
               "deletion arrived; attach it to keep its hash.", "optional"),
    _EventForm("withdrawn", "Withdrawn", "The document will not go ahead; nothing more can be "
               "recorded for it."),
)  # fmt: skip
_FORMS = {form.kind: form for form in _EVENT_FORMS}
_RETRACT = "retract"
_Text = Annotated[str | None, Form(max_length=100)]


@dataclass(frozen=True)
class _Problem:
    """Why a form's post was refused: which form, the one line to show beside it, and what
    was typed, given back so nothing has to be typed again."""

    form: str
    message: str
    status: int
    sent: Mapping[str, str] = field(default_factory=dict)


@router.get("/register/documents/{document_id}")
def history(request: Request, document_id: str, who: MayRead) -> Response:
    """``register show ID``, and for staff the forms that record."""
    return _history_page(request, who, document_id)


def _history_page(
    request: Request, who: Principal, document_id: str, problem: _Problem | None = None
) -> Response:
    """The history as written (events taken back marked), with the forms for those who may
    record, and ``problem`` beside the form it belongs to.

    Raises:
        HTTPException: 404 when the register holds no such document.
    """
    with services(request).register.reading() as reader:
        try:
            found = one_history(reader, document_id, as_written=True)
        except InputError as error:
            raise HTTPException(404, str(error)) from None
    standing = found.standing()
    context = {
        "document": found.document,
        "status": standing.status,
        "events": _rows(found),
        "breaches": [e.number for e in standing.events if e.kind == "breach"],
        "retractable": [e for e in standing.events if e.kind not in NEVER_TAKEN_BACK],
        "may_record": may(who.account.role, "record"),
        "forms": _EVENT_FORMS,
        "categories": BREACH_CATEGORIES,
        "problem": problem,
        "done": flashed(request),
    }
    status = problem.status if problem is not None else 200
    return page(request, "register_history.html", context, status=status, who=who)


def _rows(found: History) -> list[dict[str, object]]:
    """Each event as the history's table shows it: ``show``'s note, whether it was taken
    back, and everything it records (``show --json``'s details)."""
    taken_back = found.taken_back
    return [
        {"event": event, "note": event_note(event), "taken_back": event.number in taken_back,
         "details": json.dumps(dict(event.details), indent=2, ensure_ascii=False)
         if event.details else ""}
        for event in found.events
    ]  # fmt: skip


def _back_to(document_id: str, number: int) -> RedirectResponse:
    return RedirectResponse(f"/register/documents/{quote(document_id)}#event-{number}", 303)


@router.post("/register/documents/{document_id}/events")
async def record(
    request: Request,
    document_id: str,
    who: MayRecord,
    event: Annotated[str, Form(max_length=40)],
    on: Annotated[str | None, Form(alias="date", max_length=100)] = None,
    file: Annotated[UploadFile | None, File()] = None,
    discovered: _Text = None,
    data: Annotated[list[str] | None, Form()] = None,
    urgent: Annotated[bool, Form()] = False,
    notified: _Text = None,
    breach: Annotated[int | None, Form()] = None,
) -> Response:
    """``register record ID EVENT``: the form's fields are the command's options, read by the
    same functions; a file comes as an upload, kept in the workspace (the register records
    where it is, and ``register check`` hashes it there again)."""
    opened = services(request)
    try:
        kind = recordable(event)
        facts = breach_facts(discovered or None, ",".join(data) if data else None,
                             urgent=urgent, notified=notified or None)  # fmt: skip
        day = date_option(on) if on else connecticut_today()
        upload = None
        if file is not None and file.filename:
            upload = await received(file, opened.settings.workspace, accept=_FORMS[kind].accept)
        with named_as_sent(opened.settings.workspace):  # the upload, not the server's folder
            recorded = await run_in_threadpool(
                lambda: record_event(
                    opened.register, document_id, kind, on=day, by=who.account.name,
                    now=default_moment(), file=upload, breach=facts, for_breach=breach,
                )
            )  # fmt: skip
    except CrecError as error:
        sent = {"date": on or "", "discovered": discovered or "", "notified": notified or ""}
        problem = _Problem(event, str(error), http_status(error.exit_code), sent)
        return await run_in_threadpool(_history_page, request, who, document_id, problem)
    flash(request, recorded.lines())
    return _back_to(recorded.document, recorded.number)


@router.post("/register/documents/{document_id}/retractions")
def retract(
    request: Request,
    document_id: str,
    who: MayRecord,
    number: Annotated[int, Form()],
    why: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    """``register retract ID N --why``: the event is taken back, never deleted."""
    try:
        recorded = retract_event(services(request).register, document_id, number, why=why,
                                 by=who.account.name, now=default_moment())  # fmt: skip
    except CrecError as error:
        problem = _Problem(_RETRACT, str(error), http_status(error.exit_code), {"why": why})
        return _history_page(request, who, document_id, problem)
    flash(request, recorded.lines())
    return _back_to(recorded.document, recorded.number)
