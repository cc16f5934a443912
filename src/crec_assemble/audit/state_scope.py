"""On a page of several states' addenda, only Connecticut's section binds a Connecticut board.

Vendors publish one "state addenda" page: a California section, a Connecticut section, an
Illinois section, each applying "to schools in that state". A severability clause or a
deletion promise in the Illinois section is no promise to CREC, so when a document heads
sections with state names and one of them is Connecticut, the sentences under another
state's heading are set aside. The text before the first state heading (the vendor's
general terms) stays. A document with a single state's addendum (a California addendum read
for its own sake) is read whole: it has no Connecticut section to prefer.

Scope changes only at a heading that is a state's name, alone or with a word such as
"Addendum" ("Illinois", "Illinois Addendum", "State of Illinois"), so the numbered headings
inside a state's section ("3. Advertising") keep it in that state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["connecticut_only"]

_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
    "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
    "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
    "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming",
)  # fmt: skip
_STATE_HEADING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:state\s+of\s+)?(?P<state>"
    + "|".join(_STATES)
    + r")(?:\s+(?:student\s+data\s+privacy\s+|data\s+privacy\s+|privacy\s+)?"
    r"(?:addendum|addenda|terms|supplement|rider|schedule))?\s*[.:]?\s*$",
    re.IGNORECASE,
)
_HOME = "connecticut"


class _Text(Protocol):
    @property
    def text(self) -> str: ...


_Sentence = TypeVar("_Sentence", bound=_Text)


def connecticut_only(sentences: Sequence[_Sentence]) -> tuple[list[_Sentence], int]:
    """The sentences that bind a Connecticut board, and how many were set aside."""
    scopes: list[str] = []
    current = ""
    for sentence in sentences:
        found = _STATE_HEADING.match(sentence.text)
        if found:
            current = found.group("state").casefold()
        scopes.append(current)
    states = set(scopes) - {""}
    if _HOME not in states or len(states) < 2:
        return list(sentences), 0
    kept = [s for s, scope in zip(sentences, scopes, strict=True) if scope in ("", _HOME)]
    return kept, len(sentences) - len(kept)
