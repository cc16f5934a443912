"""Whose the data are, and who may see and correct them: provisions 1, 4 and 11.

The school owns the student data (1), students and parents may review and correct them (4),
and students own what they create (11). A vendor's claim to own either is a gap, not a
silence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import DATA, LEA, PARENTS, PROVIDER, find, lowered, negated
from ..reader import Sentence
from .registry import Verdict, missing, present, rule, weak


@rule("R1")
def student_data_stay_the_schools(sentences: Sequence[Sentence]) -> Verdict:
    owned = r"\b(?:own\w*|property|title|belong\w*|control)\b"
    claims: list[tuple[Sentence, str]] = []
    for sentence in find(sentences, owned, DATA):
        low = lowered(sentence)
        owner = re.search(
            r"(\w+)(?:'s)?\s+(?:shall |will |does |alone )?(?:owns?|retains? "
            r"(?:all )?(?:rights?|ownership|title))\b",
            low,
        )
        school_owns = (
            (owner is not None and re.fullmatch(LEA, owner.group(1)))
            or re.search(
                r"(?:property|ownership|control)\s+of\s+(?:and [^.]{0,30})?(?:the\s+)?" + LEA, low
            )
            or re.search(r"\bbelong\w*\s+to\s+(?:the\s+)?" + LEA, low)
            # "remains the District's property", "is owned by Customer"
            or re.search(LEA + r"['\u2019]s\s+(?:sole\s+|exclusive\s+)?property\b", low)
            or re.search(r"\bowned\s+by\s+(?:the\s+)?" + LEA, low)
        )
        # "does not operate its own data centers" disowns nothing: "own" there is no verb.
        disowned = negated(low, r"\b(?:property|(?<!its )(?<!our )(?<!their )own\w*)\b")
        if school_owns or (disowned and re.search(PROVIDER, low)):
            return present(sentence, "the student data stay the school's, not the vendor's")
        if (
            owner is not None
            and not negated(low, r"\bowns?\b")
            and re.search(r"\bowns?\b[^.;]{0,40}" + DATA, low)
        ):
            claims.append((sentence, owner.group(1)))
    if claims:
        sentence, who = claims[0]
        return missing(f"the data are said to be owned by {who}, not the school", sentence)
    return missing("says nothing of who owns the student data")


@rule("R4")
def students_and_parents_may_review_and_correct_their_data(
    sentences: Sequence[Sentence],
) -> Verdict:
    review = r"\b(?:review|inspect|access|challeng\w*|see|view|obtain)\w*"
    right = (
        PARENTS + r"[^.;]{0,40}\b(?:may|can|have the right to|are entitled to|shall be able "
        r"to|will be able to)\b"
    )
    for sentence in find(sentences, right, review, r"\b(?:correct|amend|rectif|fix)\w*"):
        return present(sentence, "students and parents may review and correct their data")
    # A procedure in two steps, one after the other: "A parent … may review … by contacting
    # the LEA." then "Provider shall … correct any information the LEA confirms is erroneous".
    reviews = find(sentences, _LONG_RIGHT, review)
    corrects = find(sentences, r"\b(?:correct|amend|rectif|fix)\w*")
    for sentence in reviews:
        if any(abs(c.paragraph - sentence.paragraph) <= 1 for c in corrects):
            return present(sentence, "students and parents may review and correct their data")
    found = [
        s
        for s in find(sentences, review, r"\b(?:correct|amend|rectif|updat|edit)\w*")
        if not _ELSEWHERE.search(lowered(s))
        # whose data: not "shall review its information security program and update it"
        and re.search(
            PARENTS + r"|\b(?:you|your|records?|personally identifiable|(?:personal|account) "
            r"information)\b",
            lowered(s),
        )
    ]
    if found:
        return weak(
            found[0],
            "mentions access and correction, but not as a procedure for students and parents",
        )
    return missing("no way for students or parents to review and correct their data")


_LONG_RIGHT = (
    PARENTS + r"[^.;]{0,200}\b(?:may|can|have the right to|are entitled to|shall be able to|"
    r"will be able to)\b"
)
# Review and correction that are the school's business, or another document's: "remain the
# District's responsibility", "should be made to the Subscriber", "are addressed in the
# Master Agreement".
_ELSEWHERE = re.compile(
    LEA
    + r"['\u2019]s (?:sole )?responsibility|\b(?:made|directed|sent|go|referred) to (?:the )?"
    + LEA
    + r"|\b(?:addressed|set out|described|covered) in (?:the |its )?(?:master|base|"
    r"underlying|main)\b"
)


@rule("R11")
def students_own_what_they_create(sentences: Sequence[Sentence]) -> Verdict:
    content = (
        r"\b(?:student[- ]?generated content|content (?:created|generated|uploaded) by "
        r"students?|student[- ]?created|students?'? (?:work|content|creations)|"
        r"(?:code|essays?|work|projects?|artwork) (?:written|created|made) by students?|"
        r"what (?:they|students?) (?:creates?|makes?|writes?|produces?))\b"
    )
    for sentence in find(sentences, content, r"\b(?:own\w*|property|belong\w*|title)\b"):
        low = lowered(sentence)
        if re.search(PROVIDER + r"[^.]{0,30}\bown", low) and not negated(low, r"\bown"):
            return missing("the vendor claims the students' content", sentence)
        return present(sentence, "students (or parents) own what students create")
    licensed = find(sentences, content, r"\b(?:licen\w*|rights?|account|keep|retain)\b")
    if licensed:
        return weak(licensed[0], "deals with students' content, but not that students own it")
    return missing("nothing on who owns student-generated content")
