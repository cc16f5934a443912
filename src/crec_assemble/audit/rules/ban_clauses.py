"""The promise of a sentence that holds a ban, with the provisos that are its own: in "… shall
not sell Student Data; provided, however, that …" the proviso is the ban's, while in "… for
targeted advertising, and shall not name the Board as a client without the Board's written
consent" the consent is the next promise's (provisions 13 and 15)."""

from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern

__all__ = ["own_promise"]

# Where a sentence joins promises of their own: "… for targeted advertising, and shall not
# name the Board as a client without the Board's written consent".
_NEXT_PROMISE = LazyPattern(r",\s+and\s+(?:shall|will|must)\b")


def own_promise(low: str, verb: str, topic: str) -> str:
    """The promise of ``low`` that holds the ban, with its provisos: the consent in the
    promise after it is that promise's, and so is an item of a list of promises ("(d) sell …
    unless …"), but "; provided, however, that …" is the ban's own."""
    if _GOVERNS_BOTH.search(low):
        return low  # "Without the District's consent, …, and shall not …": both promises'
    parts = [p for promise in _NEXT_PROMISE.split(low) for p in promise.split(";")]
    at = next(
        (n for n, p in enumerate(parts) if re.search(verb, p) and re.search(topic, p)),
        next((n for n, p in enumerate(parts) if re.search(verb, p)), None),
    )
    if at is None:
        return low
    own = parts[at]
    for part in parts[at + 1 :]:
        if not _PROVISO.match(part):
            break
        own += ";" + part
    return own


_PROVISO = LazyPattern(
    r"\s*(?:provided|except|unless|however|but|save|notwithstanding|other than|"
    r"(?:this|that|such|the) (?:restriction|prohibition|ban|section))\b"
)
# A condition that opens the sentence, or one that closes it over every promise in it.
_GOVERNS_BOTH = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?(?:without|unless|except|save|other than|subject to)\b"
    r"|\b(?:in each case|to either|to both|each of the foregoing|either of them)\b"
)
