"""The profile interview: a form made from the profile's JSON Schema, checked as ``validate``
checks a file, with subcontractors added and removed, saved and opened as YAML.

Every change is checked: with JavaScript, htmx posts the form to ``/profiles/check`` and
swaps in the messages beside their fields; without it, each button posts the whole form and
the page comes back with them. The messages are ``validate``'s own, for the YAML the form
gives (the same file "Save as YAML" downloads), so a profile that passes here passes there.
Preparing a profile changes nothing, so anyone signed in may; building it is staff's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from ...errors import InputError
from ...inputs.names import slug
from ...inputs.profile import profile_problems
from ...inputs.profile_form import filled_form, profile_yaml, record_from_form
from ...inputs.yaml_source import Problem, YamlSyntaxError, parse_yaml
from ...register.accounts import may
from ..auth import MayRead, Principal
from ..rendering import page
from ..services import services
from ..workspace import download_url, fresh_folder, safe_name

__all__ = ["FormValues", "Posted", "interview", "problems_of", "router"]

router = APIRouter()

FORM_FILE = "profile.yaml"
"""What validate's messages call the profile a form gives."""
_PROFILE_LIMIT = 256 * 1024  # a profile is a few kilobytes; a larger file is not one

FormValues = dict[str, list[str]]


async def _posted(request: Request) -> FormValues:
    """The form's fields, each with every value it was sent (a file is not a field's value)."""
    form = await request.form()
    return {key: [v for v in form.getlist(key) if isinstance(v, str)] for key in form}


Posted = Annotated[FormValues, Depends(_posted)]


def problems_of(record: dict[str, Any]) -> list[Problem]:
    """What ``validate`` reports about the profile a form gives, read from the YAML it is
    saved as."""
    try:
        document = parse_yaml(profile_yaml(record), FORM_FILE)
    except YamlSyntaxError as error:  # a character YAML cannot hold, typed into a field
        return [error.problem]
    return profile_problems(document)


def interview(
    request: Request,
    who: Principal,
    record: Any,
    problems: Sequence[Problem] = (),
    *,
    checked: bool = False,
    error: str | None = None,
    status: int = 200,
) -> Response:
    """The interview page, filled from ``record``, each problem beside its field.

    Args:
        checked: the profile was checked (say so when nothing was found).
        error: one line about what could not be done (a file that is not a profile).
    """
    context = {
        "form": filled_form(record, problems),
        "checked": checked,
        "error": error,
        "may_build": may(who.account.role, "build"),
    }
    return page(request, "interview.html", context, status=status, who=who)


@router.get("/profiles/new")
def new_profile(request: Request, who: MayRead) -> Response:
    return interview(request, who, record_from_form({}))


@router.post("/profiles/new")
def changed_profile(request: Request, who: MayRead, posted: Posted) -> Response:
    """A subcontractor added or removed, or the whole form checked (the page's buttons)."""
    record = record_from_form(posted)
    rows: list[dict[str, Any]] = record["subcontractors"]
    if "add_subcontractor" in posted:
        rows.append({})
        return interview(request, who, record)
    removed = _first(posted, "remove_subcontractor")
    if removed.isdigit():
        if int(removed) < len(rows):
            del rows[int(removed)]
        return interview(request, who, record)
    problems = problems_of(record)
    return interview(request, who, record, problems, checked=True,
                     status=422 if problems else 200)  # fmt: skip


@router.post("/profiles/check")
def checked_profile(request: Request, who: MayRead, posted: Posted) -> Response:
    """The live check: every field's messages, for htmx to swap in beside the fields."""
    record = record_from_form(posted)
    context = {"form": filled_form(record, problems_of(record)), "checked": True}
    return page(request, "interview_checked.html", context, who=who)


@router.post("/profiles/download")
def saved_profile(request: Request, who: MayRead, posted: Posted) -> Response:
    """The form as a YAML file, problems and all: a profile half done can be finished later."""
    record = record_from_form(posted)
    name = record["contractor"].get("legal_name")
    folder = fresh_folder(services(request).settings.workspace, "profiles")
    path = folder / f"{slug(name) if name else 'profile'}.yaml"
    path.write_text(profile_yaml(record), encoding="utf-8")
    return RedirectResponse(download_url(services(request).settings.workspace, path), 303)


@dataclass(frozen=True)
class _Upload:
    """A file sent to be opened: the harmless form of its name, and its first bytes."""

    name: str
    data: bytes


async def _uploaded(profile: UploadFile | None = None) -> _Upload | None:
    """The file sent, or None when **Open** was pressed with no file chosen."""
    if profile is None or not profile.filename:
        return None
    shown = safe_name(profile.filename, fallback=FORM_FILE)
    return _Upload(shown, await profile.read(_PROFILE_LIMIT + 1))


@router.post("/profiles/upload")
def opened_profile(
    request: Request, who: MayRead, upload: Annotated[_Upload | None, Depends(_uploaded)]
) -> Response:
    """A saved profile, opened into the form, with what ``validate`` says about the file."""
    if upload is None:
        error = "Choose a saved profile (a YAML file) to open."
        return interview(request, who, record_from_form({}), error=error, status=422)
    try:
        document = parse_yaml(_yaml_text(upload.data, upload.name), upload.name)
    except InputError as error:
        return interview(request, who, record_from_form({}), error=str(error), status=422)
    return interview(request, who, document.data, profile_problems(document), checked=True)


def _yaml_text(data: bytes, shown: str) -> str:
    """An uploaded file's text, if it could be a profile.

    Raises:
        InputError: empty, too large, or not UTF-8 text.
    """
    if not data:
        raise InputError(f"{shown}: the file is empty; choose a saved profile (YAML)")
    if len(data) > _PROFILE_LIMIT:
        raise InputError(
            f"{shown}: too large for a profile (more than {_PROFILE_LIMIT // 1024} KB)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{shown}: not UTF-8 text (byte {error.start}); is it a YAML profile?"
        ) from None


def _first(posted: FormValues, name: str) -> str:
    values = posted.get(name) or [""]
    return values[0]
