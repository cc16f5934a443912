"""Promises the vendor only aims at, or only describes.

"We generally use Student Data only to …", "will try not to …", "endeavours to …" and "My
practice is to keep the class list on my laptop" each name what the vendor does, or hopes to,
without binding it to do it; a rule that finds the promise reads it as weak. ("Generally
accepted standards" is no hedge, and neither is a habit described beside a firm "will".)
"""

from __future__ import annotations

from .lazy_pattern import LazyPattern

__all__ = ["hedged"]

_HEDGE = LazyPattern(
    r"\b(?:generally|usually|typically|normally|ordinarily|in most cases|"
    r"(?:where|to the extent) (?:possible|practicable|practical|feasible)|try|tries|"
    r"endeavou?rs?|strives?|aims?)\b(?<!\bas generally)"
    r"(?! (?:accepted|applicable|described|available|known|recogni[sz]ed)\b)"
    # what the vendor's means allow: "reasonable precautions, as a small studio can", "as best
    # we can", "as far as it is able", "as far as possible", "to the best of our ability" (not
    # a time, "as soon as we can", "as quickly as we can"; nor what another can do, "as a
    # teacher can", or a proof, "as an independent auditor can confirm")
    r"|(?<!\bsoon )(?<!\bquickly )(?<!\bfast )(?<!\bpromptly )(?<!\brapidly )(?<!\bearly )"
    r"\bas\s+(?:best\s+|far\s+as\s+|much\s+as\s+|well\s+as\s+)?"
    r"(?:we|i|it|they|an?\s+(?:[\w-]+\s+){0,2}?(?:studio|business|company|firm|organi[sz]ation|team|"
    r"practice|provider|vendor|operation|shop|nonprofit|artist|contractor))"
    r"(?:\s+(?:reasonably\s+)?(?:can|could|(?:is|are|am)\s+able)|['\u2019](?:m|re)\s+able)"
    r"(?=\s*(?:[,.;:)]|$|and\b|but\b|to\s+do\b))"
    r"|\bas\s+far\s+as\s+(?:possible|practicable|feasible)\b|\bto\s+the\s+best\s+of\s+(?:our|my|its|"
    r"their)\s+(?:ability|abilities)\b"
    # a habit described, with no promise beside it (not "… will maintain safeguards, and our
    # practice is to review them every quarter")
    # (a clause's number before it: "6.1 We currently encrypt …")
    r"|^(?:\W*\d+(?:\.\d+)*\.?\s+)?(?![^.]*\b(?:will|shall|must)\b)[^.]*?\b(?:(?:my|our|its)\s+practice\s+is|"
    r"it\s+is\s+(?:my|our)\s+practice)\b"
    # "We currently encrypt Student Data …", "Maplewood currently encrypts …": today's practice,
    # as the sentence opens (not "…, as we currently do for all customers")
    r"|^(?:\W*\d+(?:\.\d+)*\.?\s+)?(?:we|i|contractor)\s+(?:currently|presently)\s+\w+\b"
)


def hedged(text: str) -> bool:
    """Whether ``text`` only aims at its promise, or describes a habit without promising it."""
    return _HEDGE.search(_ASIDE.sub(" ", text.casefold())) is not None


# An aside that describes, no hedge: "what we hold about the student (usually a first name and
# a grade)", "(typically within our audited environment)" (not "(where practicable)" or "(in
# most cases)", which qualify the promise)
_ASIDE = LazyPattern(
    r"\((?:usually|typically|generally|normally)\b"
    # (a description after it, not the adverb alone nor a qualifier: "(normally)", "(generally
    # speaking)", "(typically, where commercially practicable)")
    r"(?![^)]*\b(?:practicable|possible|feasible|speaking|reasonabl\w*|commercially)\b)[^)]{6,}\)"
)
