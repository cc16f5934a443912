"""A lasting licence the vendor takes over the very data the school's ownership names
(provision 1): "4.2 … you retain ownership of any content and data … (together, "Your
Content"). You grant us a worldwide, royalty-free, perpetual licence to use … Your Content …"
takes the ownership back; a licence over feedback or de-identified data does not."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import PROVIDER, lowered
from ..reader import Sentence, top_section
from .schools_data import DEICTIC

__all__ = ["LASTING_LICENCE", "licence_over_that_data"]

LASTING_LICENCE = LazyPattern(r"\b(?:perpetual|irrevocable)\b[^.;]{0,40}\blicen[cs]e\b")
_NOT_THAT_DATA = LazyPattern(
    r"\b(?:feedback|suggestions|de-?identified|aggregated?|anonymi[sz]ed)\b"
)


def licence_over_that_data(stays: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence after the ownership, in its section, giving the vendor a lasting licence over
    "that information" or what the ownership named ("… including all Entries"), not over
    feedback or data that identify no one."""
    at = sentences.index(stays)
    after = sentences[at + 1] if at + 1 < len(sentences) else None
    # (in its numbered section, or its paragraph where no number gives one)
    if after is None or (
        top_section(after.section) != top_section(stays.section)
        if stays.section
        else after.paragraph != stays.paragraph
    ):
        return None
    low = lowered(after)
    lasting = LASTING_LICENCE.search(low)
    named = re.search(
        r"\bincluding\s+(?:all\s+)?(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", stays.text
    )
    # (or by the name the ownership gives it: "… progress information ("Your Content")")
    # ("… (together, "Your Content")")
    named = named or re.search(
        r"\(\s*(?:(?:together|collectively)\s*,?\s*)?[\"\u201c]([^\"\u201d]{2,40})[\"\u201d]\s*\)",
        stays.text,
    )
    again = named and re.search(rf"\b{re.escape(named.group(1).casefold())}\b", low)
    # (a licence over feedback or de-identified data is none over that data: read before the
    # data are named again, "to use … Your Content …, and to show anonymised puzzle solutions"
    # is over them, "to use de-identified data derived from Your Content" is not)
    other = _NOT_THAT_DATA.search(low[: again.start()] if again else low)
    # ("You grant us a … perpetual licence", terms in the vendor's voice)
    to_the_vendor = re.search(rf"\bgrants?\b[^.;]{{0,80}}?\b(?:to\s+)?(?:{PROVIDER}|us\b)", low)
    named_again = re.search(DEICTIC, low) or again
    return after if lasting and not other and to_the_vendor and named_again else None
