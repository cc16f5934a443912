"""A grant of uses read whole: with the items of its list that the reader read apart, and with
the sentence after it that spells its uses out ("We use Student Data only to run the game. In
practice that means: hosting accounts, saving progress, …"). Shared by the permitted uses (U1)
and the de-identified data's (U2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered, sentence_after
from ..reader import TABLE_LEAD, Sentence, lead_in_of

__all__ = ["with_its_list", "with_uses_spelled_out"]


def with_its_list(sentences: Sequence[Sentence], sentence: Sentence) -> str:
    """The sentence with the items of its list that the reader read apart ("the following
    purposes: (1) …;" then "(2) …; and (3) any other lawful purpose"), case-folded."""
    at = sentences.index(sentence)
    texts = [lowered(sentence)]
    # Each item repeats the list's lead-in ("Vendor may use Student Data: (ii) …"); an item
    # read apart without one opens with its number.
    lead = lead_in_of(sentence)
    if lead is not None and (" " not in lead.strip() or TABLE_LEAD.search(lead)):
        # a table's column ("Topic:") or the paragraph that introduces the table ("… set out
        # in the table below.") opens every row, not a list's items
        lead = None
    # (the grant's uses spelled out after it, in its paragraph or the next, read as its list)
    spelled_out = _spelled_out_after(sentences, sentence)
    for later in sentences[at + 1 : at + 6]:
        own_item = (
            later.paragraph == sentence.paragraph and re.match(r"\W*\(\w{1,3}\)", later.text)
        ) or later is spelled_out
        if not (own_item or (lead and later.text.startswith(lead))):
            break
        texts.append(lowered(later)[len(lead) if lead and later.text.startswith(lead) else 0 :])
    return " ".join(texts)


def _spelled_out_after(sentences: Sequence[Sentence], grant: Sentence) -> Sentence | None:
    """The sentence after a grant, in its paragraph or opening the next, when it spells the
    grant's uses out: "We use Student Data only to run the game. In practice that means:
    hosting accounts, saving progress, …"."""
    following = sentence_after(sentences, grant)
    return following if following is not None and _SPELLED_OUT.match(following.text) else None


def with_uses_spelled_out(sentences: Sequence[Sentence], sentence: Sentence) -> str:
    """The sentence, with the one that spells its uses out after it, case-folded."""
    following = _spelled_out_after(sentences, sentence)
    return f"{lowered(sentence)} {lowered(following)}" if following else lowered(sentence)


_SPELLED_OUT = LazyPattern(
    r"^\W*(?:(?:in\s+practice,?\s+)?(?:that|this)\s+(?:means|includes|covers)\b|specifically\b)",
    re.IGNORECASE,
)
