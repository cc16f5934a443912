"""Where a denial reaches: the scope of a "not", "never" or "No … shall" in one sentence.

A denial governs its own clause and nothing after it: in "Provider will not sell, rent,
lease or trade student data, and will notify the District of any breach" the "will not"
covers the list of verbs after it, but not the promise to notify. A denial that leads a
list ("shall not: (a) …; (b) …") governs every item of it. Some words that look
like denials are not: "including, but not limited to", "no later than", "not less than",
"no longer needed". And a verb's participle used as an adjective ("never … except for the
disclosed activities") is not the verb.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

from .lazy_pattern import LazyPattern

__all__ = ["Scope", "clause_holding", "negated", "negation_scopes"]

Scope = tuple[int, int]
"""A span of the case-folded sentence that a denial governs: (start, end)."""

_NOT_A_DENIAL = LazyPattern(
    r"\b(?:not|no) (?:be )?(?:limited to|later than|less than|more than|fewer than|"
    r"sooner than|longer (?:than|needed|necessary|required|in use)|only|to exceed|"
    r"(?:less|later|more) (?:stringent|protective) than)"
    r"|\b(?:whether or not|if not|or not)\b"
)
_DENIAL = LazyPattern(
    r"\b(?:not|never|nor|neither|prohibited|refrain\w*|won['\u2019]t|cannot|can['\u2019]t|"
    r"shan['\u2019]t|doesn['\u2019]t|don['\u2019]t|does not|do not)\b"
    r"|\bno\b(?! (?:later|less|more|longer|fewer)\b)"
)
_VENDOR_SUBJECT = (
    r"(?:the\s+)?(?:it|we|i|they|provider|vendor|contractor|operator|company|consultant)"
)
_SUBJECT = rf"(?:{_VENDOR_SUBJECT}\s+)?"
# A positive promise joined on after a comma: "…, and will notify", ", but Vendor may …".
_JOINED_PROMISE = (
    rf",?\s+(?:and|but|&)\s+{_SUBJECT}(?:will|shall|must|agrees?|may|is|are|does|has)\b"
    r"(?!\s+(?:not|never)\b)"
)
# Where a denial's clause ends: a semicolon, a new sentence, or a positive promise joined on
# ("…, and will notify", "but shall", "; provided that").
_CLAUSE_END = LazyPattern(
    r"[;.!?](?:\s|$)"
    rf"|{_JOINED_PROMISE}"
    r"|,\s*(?:provided|except|unless)\b"
    # a main clause after a condition: "If … by any person not authorized to receive them,
    # Contractor shall notify …"
    # (a consultant's letter: "If … should not have it, I will notify …"; "If the teacher has
    # not resolved the flag, Contractor support will make the correction")
    r"|,\s+(?:the\s+)?(?:we|i|provider|vendor|contractor|operator|company|consultant)\s+"
    r"(?:(?:support|staff|personnel|team)\s+)?(?:shall|will|must)\b(?!\s+(?:not|never)\b)"
    # a new clause after a colon, a subject and a finite verb of its own: "Student Data is not
    # retained by or available to TallyHall: we delete it …" (not a list the denial leads:
    # "the following are prohibited: vendor sale of …", "… not permitted: the Provider selling"),
    # a time before the subject too: "…: on the last day of the residency we delete …"
    r"|(?<!following)(?<!follows)(?<!prohibited)(?<!permitted):\s+"
    r"(?:(?:(?:on|at|by|within|after|upon|when|once)\s+[^,;:]{0,60}?,?\s+)?(?:we|they|it|i)\s+"
    r"(?!(?:will|shall|must|may|do|does)\s+not\b|never\b)[a-z]+(?<!ing)\b"
    r"|(?:the\s+)?(?:provider|vendor|contractor|operator|company|consultant)\s+"
    r"(?!(?:will|shall|must|may|does)\s+not\b)(?:will|shall|must|may|can|is|are|has|does|"
    r"[a-z]+s)\b)"
)
# "Provider shall not: (a) …", or the reader's own joining of a lead-in to each item it read
# apart: "Provider shall not, and shall not permit any Subprocessor to: use …"
# A list's first and second items' marks.
_FIRST_ITEM = LazyPattern(r"\((?:a|i|1)\)\s")
_LEADS_A_LIST = LazyPattern(
    r"[^;.:]{0,30}:\s*(?:\(?[a-z0-9]{1,3}[.)]|$)|(?:,\s*and\s+[^;.:]{0,50})?\s+to:\s"
    # "Vendor shall not (a) engage …; (b) …; (c) collect …": the first item's mark at once
    rf"|\s+{_FIRST_ITEM.pattern}"
)
# Items without marks, a semicolon after each, the colon right after the denial: "We will not:
# engage in targeted advertising …; sell Student Records; or disclose …" (not "… does not
# apply: For …", whose colon follows a verb; nor a first item that is a clause of its own, "…
# not: we delete it …", "… never: however, …"; a question's answer, "? No: …", is told apart
# where the list is read)
_LEADS_UNMARKED_ITEMS = LazyPattern(
    r"\s*:\s+(?!(?:we|they|it|i|you|he|she|the|a|an|our|its|this|that|these|however|instead|"
    r"rather|only|though|student|provider|vendor|contractor|operator|company|consultant)\b)"
    r"[a-z]+\b[^;.]{0,400};"
)
# … whose list ends where a clause of the vendor's own begins: "; but Vendor may use …",
# "; however, …", "; and it uses … only with the School's consent", "…, and we will notify …"
# (the joins that end a denial's clause, but for the bare semicolon between the items and an
# item's own proviso: the statute's "sell, rent, or trade Student Data, unless the sale is part
# of …; or disclose Student Data, unless …").
_AFTER_THE_ITEMS = LazyPattern(
    r";\s*(?:(?:but|however|though|yet|instead|rather|except\s+that)\b"
    rf"|(?:(?:and|or)\s+)?{_VENDOR_SUBJECT}\s+(?:may|will|can|uses?|does|shall)\b)"
    rf"|{_JOINED_PROMISE}"
)
_NEXT_ITEM = LazyPattern(r";\s*(?:and\s+|or\s+)?\((?:b|ii|2)\)\s")
# A denial inside a relative clause set off by commas ("…, which cannot reasonably be linked to a
# student, to …"), and the purpose that resumes the main clause after it (not "…, to anyone").
# (set off by commas or dashes: "… - which cannot be linked to any student - to …")
_IN_A_RELATIVE_CLAUSE = LazyPattern(
    r"(?:,|\s[-\u2013\u2014])\s*(?:which|who|that)\b[^,;()\u2013\u2014]*$"
)
# ("…, in order to improve …", "…, for improving …")
_PURPOSE_AFTER_IT = LazyPattern(
    r"(?:,|\s[-\u2013\u2014])\s+(?:and\s+)?(?:(?:in\s+order\s+)?to\s+(?!(?:anyone|any|third|the|a|an|"
    r"other|its|our|their|us|them|you|him|her|it|whom|which|that|those|these|such|each|all|"
    r"school|schools|parents|students)\b)[a-z]+\b|for\s+[a-z]+ing\b)"
)
# … unless the relative clause's own denial leads a list of infinitives, which the next one
# continues: "…, which it will not use to sell Student Data, to rent it, or to trade it" (not
# "linked to a student", a preposition's object)
_LEADS_INFINITIVES = LazyPattern(
    r"\bto\s+(?!(?:a|an|the|any|its|our|their|his|her|them|it|us|you|him|me|anyone|anybody|"
    r"someone|each|all|this|that|these|those|which|whom|students?|pupils?|children|individuals?|"
    r"persons?|people|parents|schools?|users?|families)\b)[a-z]+\b"
)
_REACH = 160
"""How far a denial governs, at most, in characters: a long clause's tail is rarely under it."""
_LISTED = LazyPattern(r",\s*(?:including|such as|or any|and any)\b[^,;.]*,")
"""An aside that lists more of what is denied: ", including …," or ", or any …,"."""
_ADJECTIVE = LazyPattern(
    r"(?:\b(?:the|a|an|any|such|its|our|their|these|those|this|that|all|each|other)\s+)$"
)


def _answers_a_question(text: str, at: int) -> bool:
    """Whether the denial at ``at`` answers the question just before it: "? No: …"."""
    return text[max(0, at - 3) : at].rstrip().endswith("?")


def negation_scopes(text: str) -> tuple[Scope, ...]:
    """The spans of ``text`` (case-folded) that a denial governs."""
    low = text.casefold()
    masked = _NOT_A_DENIAL.sub(lambda m: "_" * len(m.group(0)), low)
    scopes = []
    list_ends: list[int] | None = None  # where unmarked lists end, found once a sentence
    for cue in _DENIAL.finditer(masked):
        if _LEADS_A_LIST.match(masked, cue.end()):
            # "Provider shall not: (a) …; (b) …; (d) sell …": the denial governs every item
            scopes.append((cue.start(), len(masked)))
            continue
        if _LEADS_UNMARKED_ITEMS.match(masked, cue.end()) and not _answers_a_question(
            masked, cue.start()
        ):
            if list_ends is None:
                list_ends = [m.start() for m in _AFTER_THE_ITEMS.finditer(masked)]
            after = bisect_right(list_ends, cue.end())
            scopes.append(
                (cue.start(), list_ends[after] if after < len(list_ends) else len(masked))
            )
            continue
        end = _CLAUSE_END.search(masked, cue.end())
        stop = end.start() if end else len(masked)
        if _FIRST_ITEM.search(masked, cue.end(), stop) and _NEXT_ITEM.match(masked, stop):
            # "is prohibited from using … Student Data to (a) …; (b) …": every item
            scopes.append((cue.start(), len(masked)))
            continue
        before = masked[: cue.start()]
        if (
            _IN_A_RELATIVE_CLAUSE.search(before)
            and (purpose := _PURPOSE_AFTER_IT.search(masked, cue.end(), stop))
            and not _LEADS_INFINITIVES.search(masked, cue.end(), purpose.start())
        ):
            # "use de-identified information, which cannot be linked to a student, to improve
            # the App, and to share insights with our sponsors": the relative clause's denial
            # ends with it, the uses after it granted
            stop = purpose.start()
        if before.count("(") > before.count(")") and (close := masked.find(")", cue.end())) >= 0:
            # "(which are never paid for), and to develop new products": an aside's denial
            # ends with the aside
            stop = min(stop, close)
        # the list of what is denied, however long, does not use up the reach: "shall not use
        # Student Data, including …, or any persistent identifier acquired …, for targeted
        # advertising"
        listed = sum(
            len(aside.group(0))
            for aside in _LISTED.finditer(masked, cue.end(), stop)
            if aside.start() < cue.end() + _REACH
        )
        scopes.append((cue.start(), min(stop, cue.end() + _REACH + listed)))
    return tuple(scopes)


def negated(text: str, verb: str, near: str | None = None) -> bool:
    """Whether ``verb`` (a pattern) is denied in ``text``: "shall not sell", "agrees never to
    sell", "is prohibited from selling", "No student data shall be sold", "will not sell,
    rent or lease". The first use of the verb as a verb decides: later ones are usually
    asides, and "the disclosed activities" uses no verb. With ``near`` (a pattern), the use
    in the clause that also holds ``near`` decides: in "shall not use it for advertising on
    the Service, and may use identifiers to serve advertisements on partner websites" the
    advertising on partner websites is permitted, not denied."""
    low = text.casefold()
    label, dash, rest = low.partition(" — ")
    # A table row: "Advertising — Provider will not …", or "Subject: Advertising — …" after
    # the table's lead-in ("Licensor makes the following commitments: Subject: …").
    cell = label.rpartition(": ")[2]
    if dash and len(cell) < 40 and (len(label) < 40 or ": " in label) and not _PROMISE.search(cell):
        low = rest
    scopes = negation_scopes(low)
    first, last = _clause_with(low, verb, near) if near else (0, len(low))
    for match in re.compile(verb).finditer(low, first, last):
        word = re.match(r"[\w-]*", low[match.start() :])
        participle = word is not None and word.group(0).endswith("ed")
        if participle and _ADJECTIVE.search(low[max(0, match.start() - 12) : match.start()]):
            continue
        return any(
            start < match.start() < end
            and not _LIFTED.search(re.sub(r"^\w+", "", low[start : match.start()]))
            for start, end in scopes
        )
    return False


# A table row's label names a topic; a modal or a denial in it is a promise, not a label:
# "Provider agrees as follows: it will not sell Student Data — ever".
_PROMISE = LazyPattern(r"\b(?:shall|will|must|may|not|never|no)\b")


# Where one clause of a sentence ends and another, joined on, begins: a semicolon, or a new
# subject-less promise ("…, and may use …", "but will …").
_JOIN = LazyPattern(
    r";\s+|,?\s+(?:and|but|&)\s+"
    rf"{_SUBJECT}(?:will|shall|must|agrees?|may|can|is|are|does|has)\b"
)


def clause_holding(low: str, pattern: str) -> str:
    """The first clause of ``low`` (case-folded) that holds ``pattern``, or all of ``low``:
    in "will not use PII for targeted advertising, and will delete all Student Data …,
    unless a student keeps an account" the exception is the deletion clause's, not the
    advertising clause's."""
    start, end = _clause_with(low, pattern, pattern)
    return low[start:end]


def _clause_with(low: str, verb: str, near: str) -> Scope:
    """The span of the first clause of ``low`` that holds both ``verb`` and ``near``; the
    whole text when no one clause holds both (the two are then read together)."""
    bounds = [0, *(m.start() for m in _JOIN.finditer(low)), len(low)]
    for start, end in itertools.pairwise(bounds):
        clause = low[start:end]
        if re.search(verb, clause) and re.search(near, clause):
            return start, end
    return 0, len(low)


# A denied prohibition permits: "This Section does not prevent a transfer of Student Data".
_LIFTED = LazyPattern(r"\b(?:prevent|prohibit|restrict|limit|preclude|bar|forbid)\w*\b")
