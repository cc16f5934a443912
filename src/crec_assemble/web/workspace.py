"""The app's folder on disk: a fresh folder per request, and the only place downloads come from.

``workspace/builds/TOKEN/`` holds what one build wrote, ``workspace/addenda/TOKEN/`` a gap
addendum, ``workspace/redlines/TOKEN/`` a redline, and ``workspace/uploads/TOKEN/`` what one
request received. TOKEN is random, so one request never writes over another's files, and a
download URL cannot be guessed from another. Uploads are never served back: a file a vendor
sent could be a web page that runs in our origin.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse

from .auth import MayRead
from .services import services

__all__ = ["Area", "download_url", "fresh_folder", "router", "safe_name"]

Area = Literal["builds", "addenda", "redlines", "uploads", "profiles"]
_SERVED: frozenset[str] = frozenset({"builds", "addenda", "redlines", "profiles"})
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}\Z")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}\Z")
_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".yaml": "application/yaml",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

router = APIRouter()


def fresh_folder(workspace: Path, area: Area) -> Path:
    """A new, empty folder of ``area`` that no other request has."""
    folder = workspace / area / secrets.token_urlsafe(18)
    folder.mkdir(parents=True)
    return folder


def safe_name(name: str | None, *, fallback: str = "upload") -> str:
    """A file name from a browser, made harmless: no folders (``../``, ``C:\\``), no control
    or odd characters, at most 100 characters; ``fallback`` when nothing is left."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    ascii_only = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_only).strip(".-_")[:100]
    return cleaned or fallback


def download_url(workspace: Path, path: Path) -> str:
    """The URL :data:`router` serves ``path`` at (a file in a served area of ``workspace``)."""
    area, token, name = path.resolve().relative_to(workspace.resolve()).parts
    return f"/files/{area}/{token}/{name}"


@router.get("/files/{area}/{token}/{name}")
def download(request: Request, area: str, token: str, name: str, who: MayRead) -> FileResponse:
    """A file the app wrote, as an attachment, never shown inline."""
    suffix = PurePosixPath(name).suffix.lower()
    shaped = _TOKEN.match(token) and _NAME.match(name) and suffix in _TYPES
    if area not in _SERVED or not shaped:
        raise HTTPException(404, "No such file.")
    workspace = services(request).settings.workspace.resolve()
    path = (workspace / area / token / name).resolve()
    if not path.is_relative_to(workspace) or not path.is_file():
        raise HTTPException(404, "No such file.")
    return FileResponse(path, media_type=_TYPES[suffix], filename=name,
                        content_disposition_type="attachment")  # fmt: skip
