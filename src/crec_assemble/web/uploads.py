"""A file from a browser: judged by its bytes, never its name, and kept under a name of ours.

The request body is already bounded (:class:`~crec_assemble.web.security.BoundedBody`); here
the content decides what the file is, with the same sniffing ``audit`` uses, and a file of a
kind the page does not take is refused in one line. The browser's file name is used only as
a harmless stem, so a report still names the file the user chose.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from fastapi import UploadFile

from ..audit.file_kind import Kind, sniff
from ..errors import CrecError, InputError
from .workspace import fresh_folder, safe_name

__all__ = ["named_as_sent", "received"]

_SUFFIX: dict[Kind, str] = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "text": ".txt"}
_SAID: dict[Kind, str] = {"pdf": "a PDF", "docx": "a DOCX", "html": "a web page", "text": "text"}


async def received(
    upload: UploadFile, workspace: Path, *, accept: Collection[Kind], wanted: str | None = None
) -> Path:
    """Keep an uploaded file in a fresh folder of ``workspace``, if its content is of a kind
    in ``accept``; return where it is.

    Args:
        wanted: what the field asks for, in the refusal, when the kinds' names would not say
            it ("the contractor profile as YAML", not "text").

    Raises:
        InputError: the file is empty, or not of a kind this page takes.
    """
    shown = safe_name(upload.filename)
    data = await upload.read()
    if not data:
        raise InputError(f"{shown}: the file is empty")
    kind = sniff(data, Path(shown)).kind
    if kind not in accept:
        wanted = wanted or " or ".join(_SAID[k] for k in accept)
        raise InputError(f"{shown}: this is {_SAID[kind]}; this page takes {wanted}")
    path = fresh_folder(workspace, "uploads") / f"{PurePosixPath(shown).stem}{_SUFFIX[kind]}"
    path.write_bytes(data)
    return path


@contextmanager
def named_as_sent(workspace: Path) -> Iterator[None]:
    """Let the library's errors through, each naming an upload as the user sent it,
    ``terms.pdf``, not by the folder of ``workspace`` the server keeps it in: neither a
    page nor another system has any use for the server's folders."""
    try:
        yield
    except CrecError as error:
        text = str(error)
        for folder in {workspace / "uploads", workspace.resolve() / "uploads"}:
            text = re.sub(re.escape(f"{folder}/") + r"[A-Za-z0-9_-]+/", "", text)
        error.args = (text,)
        raise
