"""Building an agreement: from the interview's form (a page) or a profile sent to the API.

Either way the profile is written as a file into a fresh folder of the workspace and built
there by the server's build service (its warm LibreOffice), exactly as ``crec-assemble build
PROFILE`` builds it; what it wrote is entered in the register as issued by whoever asked,
and linked for download. The page shows the compliance gate's verdict on each document
first, and builds nothing while a requirement is unmet. Only staff build.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from ...errors import CrecError, InputError
from ...inputs.dates import default_moment
from ...inputs.profile import profile_problems
from ...inputs.profile_form import profile_yaml, record_from_form
from ...inputs.yaml_source import parse_yaml, raise_problems
from ...pipeline.build import Verdict, gate_verdicts
from ...pipeline.outcome import BatchResult
from ...pipeline.plan import BuildOptions
from ...register.recording import add_files
from ..auth import MayBuild, Principal
from ..rendering import page
from ..services import Services, services
from ..statuses import http_status
from ..workspace import download_url, fresh_folder
from .interview import FORM_FILE, Posted, interview, problems_of

__all__ = ["router"]

router = APIRouter()

_YAML_TYPES = frozenset({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})


@dataclass(frozen=True)
class _Download:
    """One file of a built document, as the page links it."""

    format: str
    name: str
    url: str


@dataclass(frozen=True)
class _Shown:
    """A built document, as the page shows it."""

    title: str
    kind: str
    id: str
    downloads: tuple[_Download, ...]


def _profile_file(opened: Services, text: str) -> Path:
    """The profile, written as a file into a fresh build folder."""
    path = fresh_folder(opened.settings.workspace, "builds") / FORM_FILE
    path.write_text(text, encoding="utf-8")
    return path


def _build(opened: Services, who: Principal, profile: Path) -> BatchResult:
    """Build ``profile`` into its folder and enter what was written in the register."""
    settings = opened.settings
    options = BuildOptions(out=profile.parent, library=settings.library, issuer=settings.issuer,
                           template=settings.template)  # fmt: skip
    result = opened.builder.build(profile, options)
    written = [output.path for document in result.documents for output in document.outputs]
    if written:
        add_files(opened.register, written, by=who.account.name, now=default_moment())
    return result


@router.post("/profiles/build")
def built_page(request: Request, who: MayBuild, posted: Posted) -> Response:
    """The interview's profile, checked, judged by the gate and, if it passes, built."""
    record = record_from_form(posted)
    problems = problems_of(record)
    if problems:
        return interview(request, who, record, problems, checked=True, status=422)
    opened = services(request)
    settings = opened.settings
    profile = _profile_file(opened, profile_yaml(record))
    try:
        verdicts = gate_verdicts(profile, library=settings.library, issuer=settings.issuer)
        unmet = any(verdict.unmet for verdict in verdicts)
        result = None if unmet else _build(opened, who, profile)
    except CrecError as error:
        return _result_page(request, who, profile, failure=str(error),
                            status=http_status(error.exit_code))  # fmt: skip
    if result is None:
        return _result_page(request, who, profile, verdicts, status=409)
    if result.failures:
        failure = "\n".join(f.reason for f in result.failures)
        return _result_page(request, who, profile, verdicts, failure=failure,
                            status=http_status(result.exit_code))  # fmt: skip
    return _result_page(request, who, profile, verdicts, result)


def _result_page(
    request: Request,
    who: Principal,
    profile: Path,
    verdicts: list[Verdict] | None = None,
    result: BatchResult | None = None,
    *,
    failure: str | None = None,
    status: int = 200,
) -> Response:
    workspace = services(request).settings.workspace
    documents = [] if result is None else result.documents
    shown = [
        _Shown(document.title, document.kind, document.id, tuple(
            _Download(o.format, o.path.name, download_url(workspace, o.path))
            for o in document.outputs
        ))
        for document in documents
    ]  # fmt: skip
    context = {
        "verdicts": verdicts or [],
        "documents": shown,
        "profile_url": download_url(workspace, profile),
        "failure": failure,
    }
    return page(request, "build.html", context, status=status, who=who)


def _with_urls(workspace: Path, document: dict[str, Any]) -> dict[str, Any]:
    """A document of ``build --json``, each output with the URL it is downloaded from."""
    outputs = [
        {**output, "url": download_url(workspace, Path(output["path"]))}
        for output in document["outputs"]
    ]
    return {**document, "outputs": outputs}


async def _profile_body(request: Request) -> str:
    """The profile an API request sends, as YAML text: YAML as it is, JSON as the YAML file
    that says the same.

    Raises:
        InputError: a body of another type, not UTF-8, or JSON that is not one object.
    """
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"the body is not UTF-8 text (byte {error.start})") from None
    if kind in _YAML_TYPES:
        return text
    if kind == "application/json":
        return profile_yaml(_json_object(text))
    raise InputError(f"send the profile as application/yaml or application/json, not {kind!r}")


def _json_object(text: str) -> dict[str, Any]:
    """A JSON profile; a key given twice is refused, as YAML refuses it (the last one would
    win unseen)."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        twice = next((key for key in keys if keys.count(key) > 1), None)
        if twice is not None:
            raise InputError(f"the body: the key {twice!r} appears twice in the same object")
        return dict(pairs)

    try:
        found = json.loads(text, object_pairs_hook=unique)
    except json.JSONDecodeError as error:
        raise InputError(f"the body is not JSON: {error.msg} (line {error.lineno})") from None
    except RecursionError:  # Python's parser recurses per level: a profile has a few
        raise InputError("the body: JSON nested too deeply to be a profile") from None
    except ValueError:  # an integer of thousands of digits, which Python will not convert
        raise InputError("the body: a number too long to be a profile's") from None
    if not isinstance(found, dict):
        raise InputError("the body: a profile is one JSON object of fields")
    return found


@router.post("/api/build")
def built_api(
    request: Request, who: MayBuild, text: Annotated[str, Depends(_profile_body)]
) -> JSONResponse:
    """``build --json`` for one profile, each output with its download URL.

    A profile ``validate`` would refuse is refused with its messages (422), naming the
    profile ``profile.yaml``; a build that fails is refused with the CLI's reason.
    """
    raise_problems(profile_problems(parse_yaml(text, FORM_FILE)))
    opened = services(request)
    result = _build(opened, who, _profile_file(opened, text))
    if result.failures:
        reason = "\n".join(failure.reason for failure in result.failures)
        raise (InputError if result.exit_code == 2 else CrecError)(reason)
    body = result.as_json()
    body["documents"] = [_with_urls(opened.settings.workspace, d) for d in body["documents"]]
    return JSONResponse(body)
