"""What every generator takes and gives: a target in the document, the altered file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .documents import Issued

__all__ = ["Altered", "Generator", "Target"]


@dataclass(frozen=True)
class Target:
    """Where an alteration strikes.

    ``phrase`` is words of ours (its ``nth`` occurrence, from 0), or a clause id for
    the kinds that act on a whole section; ``{party}`` and ``{title}`` stand for the
    document's party and title. ``new`` is what replaces or joins it; ``words`` the
    part of ``phrase`` that formatting hides.
    """

    phrase: str
    new: str = ""
    nth: int = 0
    words: str = ""

    def resolved(self, issued: Issued) -> str:
        return self.phrase.format(party=issued.party, title=issued.title)


@dataclass(frozen=True)
class Altered:
    """An altered (or re-saved) file and what was done to it.

    With ``convert``, ``data`` is a DOCX that LibreOffice must still turn into that
    format (every such file of a session goes through one LibreOffice); ``finish`` then
    makes the case's file from LibreOffice's output (e.g. attaches a manifest).
    """

    data: bytes
    label: str
    convert: Literal["pdf", "docx"] | None = None
    finish: Callable[[bytes], bytes] | None = None


Generator = Callable[[Issued, Target], Altered]
