"""The items of a disclosure limit, as the reader left them: its cases, and each case's own
conditions.

The reader splits a paragraph at its semicolons, so "shall not disclose … except: (A) …;
(B) …; … or (G) …" reaches the rules as one sentence per case, and a service provider's
conditions "(i) …; (ii) …; and (iii) …" as pieces of their own. Provision 15(e) is judged on
the limit whole: every case the limit goes on to list, each with its own conditions, and no
other list's items (:mod:`.disclosure`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..reader import Sentence, lead_in_of

__all__ = ["joined", "with_conditions", "with_items"]


# A term of its own after a list's lead-in, not an item of the list: a section's title
# ("Permitted uses."), or a sentence with its own subject ("Provider may use …").
_A_NEW_TERM = LazyPattern(
    r"\s*(?:(?!(?i:with|to|for|in|as|when|where|if|by|under|on|at|from)\b)[A-Z][\w-]*"
    r"(?:\s+[\w-]+){0,3}\.\s*$|(?i:(?:the\s+)?(?:provider|contractor|"
    r"vendor|we)\s+(?:may|shall|will|must)\b))"
)


def with_items(sentences: Sequence[Sentence], first: Sentence) -> list[Sentence]:
    """The limit with the list items the reader read apart, each repeating its lead-in, or
    split from it at a semicolon when they go on with the limit's own series of cases ("… (D)
    …;" then "(E) …", "(F) …", "or (G) to Provider's research partners …"): numbered cases
    in the same paragraph, the statute's lettered ones past a page's break too; never
    another list's items ("(2) Provider shall implement …")."""
    at = sentences.index(first)
    lead = lead_in_of(first)
    labels = _CASE_LABEL.findall(first.text)
    # the lead-in, or the limit itself when its first cases run on in it ("… shall not disclose
    # Student Data unless the disclosure is made (A) …, (E) …")
    limit = lead or (first.text if labels else None)
    last = labels[-1] if limit and labels and _LIMITS_DISCLOSURE.search(limit) else None
    # … or the limit is an item of a list of prohibitions the lead-in opens, its cases after
    # it: "Provider shall not: (a) …; or (e) disclose Student Data, unless the disclosure is
    # made (A) …" (not "Provider shall: (1) not disclose …; (2) encrypt …", a list of duties)
    own = _LIMITS_DISCLOSURE.search(first.text)
    cases = [
        m.group(1) for m in _CASE_LABEL.finditer(first.text) if own and m.start() > own.start()
    ]
    last = last or (cases[-1] if lead and cases else None)
    group = [first]
    for later in sentences[at + 1 : at + 12]:
        if lead is not None and later.text.startswith(lead):
            if _A_NEW_TERM.match(later.text[len(lead) :]):
                break  # a new term under the same lead-in ("Permitted uses. Provider may …")
            group.append(later)
            continue
        # a case's own conditions, read apart after it: "(C) to its Subprocessors, … that:"
        # then "(1) limit …", "(2) prohibit …"
        if (
            len(group) > 1
            and _OPENS_CONDITIONS.search(group[-1].text)
            and _CONDITION.match(later.text)
        ):
            group.append(later)
            continue
        label = _NEXT_CASE.match(later.text)
        # the statute's lettered cases go on past a page's break ("(F) …; or (G) …" at the
        # top of the next page), a numbered list only in its paragraph
        if last is None or label is None:
            break
        if later.paragraph != first.paragraph and not last.isalpha():
            break
        if ord(label.group(1)) != ord(last) + 1:
            break
        last = label.group(1)
        group.append(later)
    return group


# The cases of a limit that a disclosure's lead-in opens ("shall not disclose … except:"), in
# the statute's letters, "(A) in furtherance of …", "(B) to ensure legal and regulatory
# compliance …", or numbered, "(1) with the School", "(2) as required by law".
_CASE_LABEL = LazyPattern(r"\(([A-Z]|\d)\)\s")
_NEXT_CASE = LazyPattern(r"^\W*(?:(?:or|and)\s+)?\(([A-Z]|\d)\)\s")
_LIMITS_DISCLOSURE = LazyPattern(
    r"\b(?:disclos\w*|shar\w*|releas\w*|transfer\w*)\b[^:]*\b(?:unless|except|only|other than)\b",
    re.IGNORECASE,
)


def joined(group: Sequence[Sentence]) -> str:
    """The limit and its items as one text, each item without the lead-in it repeats."""
    lead = lead_in_of(group[0]) or ""
    return " ; ".join([group[0].text, *(s.text.removeprefix(lead) for s in group[1:])]).casefold()


def with_conditions(pieces: Sequence[str]) -> list[str]:
    """The exceptions, a case's own conditions ("(E) … provided Provider contractually (i)
    prohibits …; (ii) prohibits …; and (iii) requires …") kept with the case they bind."""
    kept: list[str] = []
    for piece in pieces:
        if not piece.strip():
            continue
        if (
            kept
            and _CONDITION.match(piece)
            and _OPENS_CONDITIONS.search(kept[-1])
            and (_IS_A_CONDITION.match(piece) or not _LEFT_OUT_FIRST.search(kept[-1]))
        ):
            # (the first condition after its lead-in, "… must agree in writing: (i) …", runs on)
            sep = " " if re.match(r"\W*\((?:i|1)\)", piece) else "; "
            kept[-1] = f"{kept[-1]}{sep}{piece}"
        else:
            kept.append(piece)
    return kept


_CONDITION = LazyPattern(r"^\W*(?:and\s+|or\s+)?\((?:i{1,3}|iv|v|vi{1,3}|\d)\)\s")
# (a case whose conditions open inside it, not a list of cases numbered (i), (ii), …)
# (or whose "(i)" the drafter left out: "(E) to an entity hired …, provided Provider
# contractually prohibits …, (ii) prohibits …")
_OPENS_CONDITIONS = LazyPattern(
    r"\w[^;]*\((?:i|1)\)\s|\b(?:that|shall|to):\s*$|\bprovided\b[^;]*\bcontractually\b"
    # "… its service providers, each of which must agree in writing:", "… requiring them,"
    r"|\b(?:agree\w*\s+in\s+writing|requir\w*(?:\s+(?:them|each\s+of\s+them))?)\s*[:,]?\s*$"
)
# … and only to conditions, where the drafter left out the first mark (not "(ii) to Maplewood's
# affiliates …", a case of its own)
_LEFT_OUT_FIRST = LazyPattern(r"\bprovided\b[^;]*\bcontractually\b(?![^;]*\((?:i|1)\))")
_IS_A_CONDITION = LazyPattern(
    r"^\W*(?:and\s+|or\s+)?\(\w{1,4}\)\s+(?:prohibit|requir|restrict|limit|bind|not\s+to\b|"
    r"to\s+(?:use|keep|maintain|implement|protect)\b)"
)
