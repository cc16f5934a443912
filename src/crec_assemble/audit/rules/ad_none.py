"""No advertising to students at all ("We never advertise to students", "will never use a
child's information for advertising or marketing of any kind"), and the exception said beside
it, in the sentence or the next ("…, except to tell them about my summer camp", "The only
exception is …"): read for provisions 13, 15(a) and 15(b).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..exceptions import allowed_exception
from ..lazy_pattern import LazyPattern
from ..lexicon import lowered, negated, next_in_paragraph
from ..reader import Sentence
from .ad_bans import exception_swallows

__all__ = ["excepted_in_its_sentence", "excepted_next", "never_used_for_any_advertising"]


# Advertising of every kind, the targeted kind with it, as the purpose some data may never
# serve: "will never use a child's information for advertising or marketing of any kind",
# "will not use the Source Files … for any advertising, marketing or solicitation purpose"
# (not "does not use any advertising cookies", nor the Service, nor the teachers' data).
_ANY_ADVERTISING = LazyPattern(
    r"\bus(?:e|es|ed|ing)\s+(?!(?:the\s+)?(?:service|services|platform|app|site|website)\b)"
    r"(?:(?!\b(?:teachers?|staff|employees?)\b)[^.;]){1,100}?"
    r"\bfor\s+(?:any\s+(?:kind\s+of\s+)?(?:advertising|marketing)\b"
    r"|(?:[\w-]+,?\s+(?:or|and)\s+)?(?:targeted\s+)?(?:advertising|marketing)\b[^.;]{0,40}"
    r"\bof\s+any\s+kind\b"
    # "… for advertising aimed at that student or anyone else"
    r"|advertising\s+aimed\s+at\s+(?:that|the|any|a)\s+(?:student|child|pupil)\s+or\s+anyone\b)"
    # "… to solicit private therapy clients, or to advertise or market any service" (the
    # students' records among the data, not "family email addresses" alone)
    r"|(?<=\b(?:results|records|rosters)\b)[^.;]{0,80}\bto\s+advertise\s+or\s+market\s+any\b"
)


def excepted_in_its_sentence(sentences: Sequence[Sentence]) -> Sentence | None:
    """ "I never advertise to students, except to tell them about my summer camp": the promise
    with an exception that swallows part of it."""
    return next(
        (
            s
            for s in sentences
            if (told := _NO_ADVERTISING_TO_STUDENTS_BUT.search(low := lowered(s)))
            and negated(low[: told.end()], r"\badvertis\w*")
        ),
        None,
    )


def never_used_for_any_advertising(sentences: Sequence[Sentence]) -> Sentence | None:
    """A promise never to use the data for any advertising, or never to advertise to the
    students at all: a consultant's way of making provision 13's ban, wider than it (not
    "does not display advertising of any kind", a venue's)."""
    for sentence in sentences:
        low = lowered(sentence)
        if (
            (
                (used := _ANY_ADVERTISING.search(low))
                and negated(low[: used.end()], r"\bus(?:e|es|ed|ing)\b")
            )
            or (
                (told := _NO_ADVERTISING_TO_STUDENTS.search(low))
                and negated(low[: told.end()], r"\badvertis\w*")
            )
        ) and not exception_swallows(low):
            return sentence
    return None


def excepted_next(sentences: Sequence[Sentence], promise: Sentence) -> Sentence | None:
    """The sentence right after ``promise`` when it opens on an exception to it ("The one
    exception is my summer garden camp: once a year I may send the families …")."""
    following = next_in_paragraph(sentences, promise)
    # (not one the regulation allows, which is another promise's: "…, and I never share the
    # class list. The only exception is a court order.")
    if (
        following is None
        or not _EXCEPTION_NEXT.search(low := lowered(following))
        or allowed_exception(low)
    ):
        return None
    return following


# "We never advertise to students", "I don't advertise to students": no advertising to them
# of any kind, the targeted kind with it (not "… to students in the App", a venue's).
# The vendor's own denial (not "I cannot promise that the venue will not advertise to
# students"), ending the sentence or joined to another denial ("…, and I never put students on
# a mailing list"; not "…, only to their parents, using the class list").
_NOT_ADVERTISING_TO_STUDENTS = (
    r"(?:\b(?:i|we|contractor)(?:\s+(?:will|do|does|shall|also|ever|can|would|wo|ca))*"
    r"(?:\s+(?:never|not)\b|n['\u2019]t)\s+(?:ever\s+)?advertis\w*\s+(?:anything\s+)?to"
    # … or said of the advertising: "No advertising of any kind is ever sent to students"
    r"|^\W*no\s+(?:advertising|ads|advertisements)(?:\s+of\s+any\s+kind)?\s+(?:is|are|will\s+be)\s+"
    r"(?:ever\s+)?(?:sent|shown|directed|served|displayed)\s+to)\s+"
    r"(?:our\s+|the\s+|any\s+)?(?:students|pupils|children|participants|campers)\b"
    r"(?:\s+(?:i|we)\s+(?:teach|work\s+with|visit|serve))?(?:\s+at\s+all\b)?"
)
_NO_ADVERTISING_TO_STUDENTS = LazyPattern(
    _NOT_ADVERTISING_TO_STUDENTS + r"(?=\s*(?:[.;]|$|,?\s*and\s+(?:i|we|contractor)\s+(?:also\s+)?"
    r"(?:never|do\s+not|don['\u2019]t|"
    r"will\s+not|won['\u2019]t)\b))"
)
# … with its exception after it: "I never advertise to students, except to tell them about my
# camp", "…, only to their parents, using the class list", "…, but I may send their families …"
_NO_ADVERTISING_TO_STUDENTS_BUT = LazyPattern(
    _NOT_ADVERTISING_TO_STUDENTS
    + r"(?=\s*,?\s*(?:except|but|only|other\s+than|unless|save\s+for)\b)"
)
# A sentence that opens on the exception to the promise before it (not to another subject:
# "The one exception to deletion is …").
_EXCEPTION_NEXT = LazyPattern(
    r"(?:^\W*(?:(?:the|my|our)\s+)?(?:one|only|single|sole)\s+exceptions?|^\W*exceptions?\s*:"
    r"|^\W*there\s+(?:is|are)\s+(?:one|only\s+one|a\s+single|two)\s+exceptions?)(?!\s+to\b)"
)
