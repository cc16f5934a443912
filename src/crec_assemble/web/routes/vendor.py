"""Vendor paper: a vendor's own contract, audited against the regulation, and its gap addendum.

Counsel and staff upload the contract (PDF, DOCX, HTML, Markdown or text, judged by its
content as ``audit`` judges it) and see ``audit``'s report: void risks first, then the
other gaps, then what is in order, each with the passage that decided it. Given the
contractor's profile, the page also builds the gap addendum, the provisions the paper lacks,
as DOCX and PDF to download (:func:`~crec_assemble.audit.run.audit_contract`, as
``audit --addendum`` builds it).

``POST /api/audit`` does the same for another system: ``audit --json``'s result, each
written file with the URL to download it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ...audit.file_kind import Kind
from ...audit.run import AuditOptions, AuditResult, audit_contract
from ...errors import CrecError
from ...inputs.vocabulary import with_article
from ...model import ROLES, Role
from ..auth import MayAudit
from ..rendering import page
from ..services import services
from ..statuses import http_status
from ..uploads import named_as_sent, received
from ..workspace import download_url, fresh_folder

__all__ = ["router"]

router = APIRouter()

_CONTRACT: tuple[Kind, ...] = ("pdf", "docx", "html", "text")  # what audit reads
_PROFILE: tuple[Kind, ...] = ("text",)  # YAML

Paper = Annotated[UploadFile, File(description="The vendor's contract.")]
RoleField = Annotated[Role | None, Form(description="operator or consultant; default: the "
                                        "profile's role, else operator")]  # fmt: skip
Profile = Annotated[UploadFile | None, File(description="A contractor profile (YAML).")]


@router.get("/vendor-paper")
def vendor_form(request: Request, who: MayAudit) -> Response:
    return page(request, "vendor.html", {"roles": ROLES}, who=who)


@router.post("/vendor-paper")
async def audit_paper(
    request: Request, who: MayAudit, file: Paper, role: RoleField = None, addendum: Profile = None
) -> Response:
    """The form sent: the report and the addendum's downloads, or why there are none."""
    workspace = services(request).settings.workspace
    context: dict[str, Any] = {"roles": ROLES, "role": role}
    try:
        result = await _audited(request, file, role, addendum)
    except CrecError as error:
        context["error"] = str(error)
        status = http_status(error.exit_code)
        return page(request, "vendor.html", context, status=status, who=who)
    downloads = [(output.path.name, output.format, download_url(workspace, output.path))
                 for document in result.documents for output in document.outputs]  # fmt: skip
    context |= {
        "result": result,
        "read_for": with_article(result.audit.role),
        "downloads": downloads,
    }
    return page(request, "vendor.html", context, who=who)


@router.post("/api/audit")
async def audit_api(
    request: Request, who: MayAudit, file: Paper, role: RoleField = None, addendum: Profile = None
) -> dict[str, Any]:
    """``audit --json``'s result, each output of the addendum with its download ``url``."""
    result = await _audited(request, file, role, addendum)
    workspace = services(request).settings.workspace
    found = result.as_json()
    for document in found["documents"]:
        for output in document["outputs"]:
            output["url"] = download_url(workspace, Path(output["path"]))
    return found


async def _audited(
    request: Request, paper: UploadFile, role: Role | None, profile: UploadFile | None
) -> AuditResult:
    """Keep the uploads, then audit (and build the addendum, given a profile) in a worker
    thread: reading a long PDF and LibreOffice's conversion never hold the event loop."""
    settings = services(request).settings
    with named_as_sent(settings.workspace):
        contract = await received(paper, settings.workspace, accept=_CONTRACT)
        options = AuditOptions(role=role, library=settings.library, issuer=settings.issuer,
                               template=settings.template)  # fmt: skip
        if profile is not None and profile.filename:
            kept = await received(profile, settings.workspace, accept=_PROFILE,
                                  wanted="the contractor profile as YAML")  # fmt: skip
            # Named as YAML, as the user knows it: the profile's messages name this file.
            options = replace(options, addendum=kept.rename(kept.with_suffix(".yaml")),
                              out=fresh_folder(settings.workspace, "addenda"))  # fmt: skip
        return await run_in_threadpool(audit_contract, contract, options)
