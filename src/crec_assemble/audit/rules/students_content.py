"""Students own what they create: provision 11.

Vendors name what students make in many ways ("Student-Generated Content", "Submissions",
"the essays and drawings they upload", "Tips submitted by students"); the provision is met
only when its owner is the student or the student's parent, and not when the vendor, or the
school, owns it, or a licence for any purpose swallows the ownership. Whose the school's data
are (1) is :mod:`.data_rights`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import (
    ELSEWHERE,
    LEA,
    OWNS,
    PROVIDER,
    find,
    lowered,
    negated,
    sentence_after,
)
from ..reader import Sentence
from .content_made import OWNED_BY_LEARNERS, made_by_learners, made_by_minors, with_what_it_names
from .content_owners import (
    AS_BETWEEN,
    BUT_VENDOR,
    KEEP_COPYRIGHT,
    NAMED_OWNER,
    OWNED_BY_ITS_MAKER,
    OWNED_BY_THE_SCHOOL,
    SCHOOL_OWNER,
    STUDENT_OWNER,
    THEIRS,
    VENDOR_OWNER,
    YOURS_AS_A_STUDENT,
)
from .content_shared import shared_with_the_vendor
from .content_words import CONTENT, MADE_BY_THEM, MAKE, USER_CONTENT
from .narrowed import lasting
from .registry import Verdict, missing, present, rule, weak

__all__ = ["students_own_what_they_create"]


def _theirs_alone(sentence: Sentence) -> bool:
    """Whether ``sentence`` gives students what they make, claiming none of it for the vendor:
    "Every bowl a student turns belongs to that student"."""
    low = lowered(sentence)
    return (
        not sentence.heading
        and bool(re.search(STUDENT_OWNER, low))
        and bool(re.search(rf"\b(?:students?|pupils?|child(?:ren)?)\s+{MAKE}\w*\b", low))
        and not negated(low, OWNS)
        and not re.search(VENDOR_OWNER, low)
        # (not "… only if Maplewood waives its rights")
        and not re.search(r"\b(?:only if|unless|until|while|so long as|provided that)\b", low)
    )


def _vendor_claims(sentence: Sentence, low: str, sentences: Sequence[Sentence]) -> Verdict | None:
    """The verdict when the vendor claims the students' content (all of it, or some beside
    theirs, in the sentence or in another: "Every bowl a student turns belongs to that student"
    beside "sketches … belong to the Instructor"), or None."""
    # "As between Maplewood and the student, the student owns …" names the vendor as a party
    low = re.sub(AS_BETWEEN, "", low)
    # (the vendor's own clause denied: "…; we claim no ownership of it", "Students own …, and
    # Maplewood claims no ownership of them")
    owns = re.search(PROVIDER + r"[^.]{0,30}\bown", low)
    # (or before it: "at no time does Maplewood own any of it", "neither the School nor
    # Maplewood owns any of it")
    denied = owns is not None and (
        negated(low[owns.start() :], r"\bown") or _DENIED_BEFORE.search(low) is not None
    )
    if (owns and not denied) or (re.search(VENDOR_OWNER, low) and not negated(low, OWNS)):
        # (or the other way about: "All materials … belong to Maplewood, except Team Solutions,
        # which belong to the students who created them")
        if re.search(STUDENT_OWNER, low) and (
            re.search(BUT_VENDOR, low) or re.search(rf"\bexcept\b[^.;]*(?:{STUDENT_OWNER})", low)
        ):
            return weak(sentence, "students own their content, but the vendor claims some")
        theirs = next((s for s in sentences if s is not sentence and _theirs_alone(s)), None)
        if theirs is not None:
            return weak(sentence, "the students own some of what they make, but the vendor "
                                  f"claims the rest: {theirs.text}")  # fmt: skip
        return missing("the vendor claims the students' content", sentence)
    return None


def _theirs_to_keep(sentences: Sequence[Sentence], sentence: Sentence, low: str) -> Verdict:
    """The students' ownership, unless the vendor may use what they make for anything, or
    shares in it (:func:`shared_with_the_vendor`)."""
    if _OR_THE_SCHOOL.search(low) or _THE_SCHOOLS_TOO.search(low):
        return weak(sentence, "the students' content is the student's or the school's, not the "
                              "students' alone")  # fmt: skip
    if _USED_FOR_ANYTHING.search(low):
        return weak(sentence, "the students own what they create, but the vendor may use it for "
                              "any purpose")  # fmt: skip
    if _FOR_A_TIME.search(low):
        return weak(sentence, "the students own what they create only for a time")
    # the vendor's claim to the rest in a term of its own, after or before: "Each puppet a
    # student builds belongs to that student." beside "All scripts and recordings students
    # create during the residency belong to Maplewood."
    claim = next((s for s in sentences if s is not sentence and _claims_the_rest(s)), None)
    # … or a term just after it that takes some of it back without naming it again: "5.2 Any
    # sketch that adapts one of the Studio's base patterns, however, belongs to the Studio"
    claim = claim or _taken_back_after(sentences, sentence)
    if claim is not None:
        return weak(sentence, "the students own some of what they make, but the vendor claims "
                              f"the rest: {claim.text}")  # fmt: skip
    return shared_with_the_vendor(sentences, sentence) or present(
        sentence, "students (or parents) own what students create"
    )


def _claims_the_rest(sentence: Sentence) -> bool:
    """Whether ``sentence`` gives the vendor what students make (not denied, not the
    students' too, and not left out of the vendor's: "Except for Student Data and Student
    Creations, the Service and everything in it … are owned by PullPal")."""
    low = re.sub(AS_BETWEEN, "", lowered(sentence))
    return (
        bool(re.search(VENDOR_OWNER, low))
        and bool(re.search(rf"{CONTENT}|{MADE_BY_THEM}", low))
        and not negated(low, OWNS)
        and not re.search(STUDENT_OWNER, low)
        and not re.search(rf"{_LEFT_OUT}[^.;]{{0,60}}?(?:{CONTENT})", low)
    )


def _taken_back_after(sentences: Sequence[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence just after the students' ownership when it gives the vendor some of what
    they make as an exception to it ("however", "but"), or None."""
    after = sentence_after(sentences, sentence)
    if after is None:
        return None
    low = re.sub(AS_BETWEEN, "", lowered(after))
    taken = (
        _AN_EXCEPTION.search(low)
        # (of what the students make, not the vendor's own things: "The Artist's own backing
        # tracks, however, remain the Artist's")
        and _ITS_MAKING.search(low)
        and re.search(VENDOR_OWNER, low)
        and not negated(low, OWNS)
        and not re.search(STUDENT_OWNER, low)
    )
    return after if taken else None


# "…, however, belongs to the Studio", "But any pattern … is owned by the Artist"
_AN_EXCEPTION = LazyPattern(
    r"\bhowever\b|^\W*(?:[\d.]+\s+)?(?:but|that\s+said|notwithstanding\s+(?:section\s+)?[\d.]+)\b"
)
_ITS_MAKING = LazyPattern(r"\b(?:built|based|derived|adapt\w*|made|created|written)\b")


_LEFT_OUT = r"\b(?:except\s+(?:for\s+)?|other\s+than|excluding|apart\s+from|but\s+not)\b"


# The school's ownership beside the student's in one sentence: "… is the property of the student,
# and is owned and controlled by the School only while the student is enrolled".
# (not the school's data beside it: "Student Data belongs to the School (work that students
# create belongs to them …)")
_THE_SCHOOLS_TOO = LazyPattern(OWNED_BY_THE_SCHOOL)
# The vendor's claim denied before its name: "at no time does Maplewood own any of it",
# "neither the School nor Maplewood owns any of it".
_DENIED_BEFORE = LazyPattern(
    # (not a denial of something else first: "is never sold, but Maplewood owns all of it")
    rf"\b(?:(?:at|in|under)\s+no\s+(?:time|case|event|circumstances?)|never)\b"
    rf"(?:(?!,|\b(?:but|and|while|whereas)\b)[^.;]){{0,40}}?"
    rf"\b{PROVIDER}\b[^.;]{{0,20}}?\bowns?\b"
    rf"|\bneither\b[^.;,]{{0,40}}\bnor\s+(?:the\s+)?{PROVIDER}\s+owns?\b"
)
# Ownership that ends: "… keep the rights to any photos they upload until their account is
# closed" (not "until they choose to delete it", theirs to end)
_FOR_A_TIME = LazyPattern(
    r"\b(?:until|for\s+as\s+long\s+as|while)\s+(?:their|the|your|his\s+or\s+her)\s+(?:[\w-]+\s+)?"
    r"(?:account|subscription|licen[cs]e|enrol+ment|term)s?\s+(?:is|are|remains?|ends?|expires?|"
    r"closes?|is\s+closed|are\s+closed)\b"
)


# "… remain the property of the student or the School": the school's in the alternative
# (not "… the student or school staff member who created it", each creator's own)
_OR_THE_SCHOOL = LazyPattern(
    # ("… the property of the student who created it or of Customer, as Customer's own policies
    # provide")
    # (the school marked as a second owner after a maker's clause, not "made at home or school")
    rf"\b(?:property\s+of|belong\w*\s+to|owned\s+by)\s+(?:the\s+)?(?:students?|pupils?)\s+"
    rf"(?:(?:or|and/or)\s+(?:to\s+|by\s+|of\s+)?|(?:who|that)\s+[^.;,]{{1,40}}?\s+(?:or|and/or)\s+"
    rf"(?:to|by|of)\s+)(?:the\s+|their\s+)?{LEA}\b"
    r"(?!\s+(?:staff|users?|employees?|members?|personnel|administrators?|teachers?)\b)"
)
# "Students own the comments they post, except that Maplewood may use them for any purpose"
# ("…, and Maplewood may use and publish them for whatever purpose it chooses"; not "… can use
# them to host the Service, not for any other purpose")
_USED_FOR_ANYTHING = LazyPattern(
    rf"(?:\b(?:except|but|provided)\b[^.;]*|,\s*and\s+){PROVIDER}\s+(?:may|can|will)\s+"
    r"(?:also\s+)?use\b[^.;]{0,40}?(?<!not )(?<!not for )(?<!never )(?<!never for )\b(?:for\s+)?"
    r"(?:any\s+(?:other\s+)?(?:lawful\s+)?purpose|whatever\s+purpose)"
    # (an open purpose, not "any purpose described in this Agreement", "… the student approves")
    r"(?!\s+(?:described|set out|permitted|authori[sz]ed|necessary|related|in|under|that|which|of|"
    r"the\s+student)\b)"
)
_DISCLAIMED = ("weak", "disclaims the vendor's ownership, but does not say the students own it")


def _not_the_students(low: str) -> tuple[str, str] | None:
    """Why a sentence on the students' content does not make it theirs, or None."""
    if re.search(ELSEWHERE, low):
        return "weak", "leaves who owns the students' content to a document the vendor writes"
    if _OTHERWISE.search(low):
        return "weak", "the students own their content unless another agreement says otherwise"
    # (read before the students named as owners: "… do not belong to the students until …")
    denied = _DENIED_TO_THE_STUDENTS.search(low)
    if denied and not (denied["them"] and _OTHERS_BEFORE.search(low[: denied.start()])):
        return "missing", "denies that the students own what they make"
    if re.search(STUDENT_OWNER, low) or re.search(SCHOOL_OWNER, low):
        return None
    named = re.search(NAMED_OWNER, low)
    if named is not None and not negated(low, OWNS):
        return "missing", f"makes the students' content the property of {named.group(1)}"
    if negated(low, OWNS):
        return _DISCLAIMED
    return None


# The students' ownership denied, not the vendor's: "Pieces that students throw … do not belong
# to them until the materials fee has been paid".
_DENIED_TO_THE_STUDENTS = LazyPattern(
    r"\b(?:not|never)\s+(?:belong\w*|be\s+owned)\s+(?:to|by)\s+(?:(?P<them>them)|the\s+students?|"
    r"that\s+student)\b"
)
# … where "them" is not someone else named before it: "… are not the property of our
# subcontractors and do not belong to them in any part"
_OTHERS_BEFORE = LazyPattern(
    rf"\b(?:subcontractors|affiliates|partners|licensors|vendors|providers|sponsors)\b|{PROVIDER}"
)


# "… belong to the student who created them, unless the School's agreement with us says
# otherwise": the ownership another paper can take away.
_OTHERWISE = LazyPattern(
    r"\b(?:unless|except (?:as|where|to the extent))\b[^.;]{0,80}\b(?:says?|provides?|states?|"
    r"specif\w+|agreed?) otherwise\b|\bunless otherwise (?:agreed|provided|specified|stated)\b"
)
_ACCOUNT = r"\baccount\b[^.;]{0,80}\bstor(?:e|ed|ing)\b|\bstor(?:e|ed|ing)\b[^.;]{0,200}\baccount\b"


# "The District retains ownership of all Student Data other than Student-Generated Content":
# the school's ownership leaves the students' content out, and claims none of it.
_LEAVES_OUT_CONTENT = rf"\b(?:other than|except(?:ing)?|excluding|but not)\s+(?:{CONTENT})"


def _students_own_theirs(sentences: Sequence[Sentence], general: Sentence) -> bool:
    """Whether a later term gives the students what they made, after a general one gave all
    the school's records, with the students' content among them, to the school."""
    at = next(n for n, s in enumerate(sentences) if s is general)
    return any(
        made_by_learners(low)
        and re.search(STUDENT_OWNER, low)
        and not negated(low, OWNS)
        # all they make, not some of it: "Work that students create on third-party websites
        # …", "Artwork that students submit to Provider's annual poster contest …"
        and not _SOME_OF_IT.search(low)
        for low in (lowered(s) for s in sentences[at + 1 :] if not s.heading)
    )


def _a_clause_of_their_own(low: str) -> bool:
    """The students' content theirs in a clause of its own, beside the school's data: "Student
    data belongs to your school, and student work belongs to the student" (not "… including
    student-generated content, is the School's, and students retain the right to display it")."""
    # ("Customer owns all Student Data, except that Student Work belongs to the student"; not
    # "…, except that recordings of whole-class performances … are the property of the School")
    excepted = re.search(r",\s*except\s+that\s+", low)
    if excepted and re.search(SCHOOL_OWNER, low[excepted.end() :]):
        return False
    clauses = re.split(r";|,\s*(?:and|but|while|except\s+that)\s+", low)
    named = [c for c in clauses if re.search(CONTENT, c)]
    schools = [c for c in named if re.search(SCHOOL_OWNER, c)]
    theirs = [c for c in named if re.search(OWNS, c) and re.search(STUDENT_OWNER, c)]
    return bool(theirs) and not schools


_SOME_OF_IT = LazyPattern(
    r"\b(?:third[- ]party|outside the service|linked from|contests?|competitions?|challenges?|"
    r"entries|entry)\b"
)


@rule("R11", of_students_work=True, of_ownership=True)
@lasting
def students_own_what_they_create(sentences: Sequence[Sentence]) -> Verdict:
    made = rf"{CONTENT}|{USER_CONTENT}|{OWNED_BY_ITS_MAKER}|{YOURS_AS_A_STUDENT}"
    named = {
        id(s)
        for s in find(
            sentences, made, rf"{OWNS}|{YOURS_AS_A_STUDENT}|{THEIRS.pattern}|{KEEP_COPYRIGHT}"
        )
    }
    # "… are not the property of Provider" says whose it is not; a sentence after it may say
    # whose it is ("All student-generated content shall be the property of the student")
    disclaimed: Verdict | None = None
    for sentence in (
        s
        # (each sentence with the one before it, which a "These …" may point back to)
        for before, s in zip((None, *sentences), sentences, strict=False)
        if id(s) in named
        or (
            not s.heading
            and (made_by_learners(low := with_what_it_names(before, s)) or made_by_minors(low))
        )
    ):
        low = lowered(sentence)
        leaves_out = re.search(_LEAVES_OUT_CONTENT, low)
        if re.search(SCHOOL_OWNER, low) and leaves_out and not re.search(STUDENT_OWNER, low):
            continue
        claimed = _vendor_claims(sentence, low, sentences)
        if claimed is not None:
            return claimed
        why = _not_the_students(low)
        if why == _DISCLAIMED:
            disclaimed = disclaimed or weak(sentence, _DISCLAIMED[1])
            continue
        if why is not None:
            status, reason = why
            return weak(sentence, reason) if status == "weak" else missing(reason, sentence)
        if re.search(SCHOOL_OWNER, low) and not re.search(STUDENT_OWNER, low):
            # the opposite of the provision, unless its clause leaves the students some
            # ("…; as between the District and its students, students may hold rights")
            if _students_own_theirs(sentences, sentence):
                # the specific term wins: "7.2 All … student-generated content … remain the
                # property of CREC"; "7.3 … drawings … created by students belong to the
                # students or their parents"
                continue
            beside = [s for s in sentences if s.paragraph == sentence.paragraph]
            if any(re.search(STUDENT_OWNER, lowered(s)) for s in beside):
                return weak(sentence, "makes the students' content the school's, leaving the "
                                      "students only some rights")  # fmt: skip
            return missing("makes the students' content the school's, not the students'", sentence)
        # (the school's data beside what the students make: "Student Data belongs to the
        # School (work that students create belongs to them …)")
        if (
            re.search(SCHOOL_OWNER, low)
            and not leaves_out
            and not re.search(MADE_BY_THEM, low)
            and not _a_clause_of_their_own(low)
        ) or not re.search(rf"{STUDENT_OWNER}|{OWNED_BY_LEARNERS.pattern}|\bstudents?\b", low):
            return weak(sentence, "leaves the students' content to the school or to whoever "
                                  "submitted it, not to the students")  # fmt: skip
        return _theirs_to_keep(sentences, sentence, low)
    if disclaimed is not None:
        return disclaimed
    # Provision 7's exception, an account for storing the content, says nothing of its owner.
    licensed = [
        s
        for s in find(sentences, CONTENT, r"\b(?:licen\w*|rights?|account|keep|retain)\b")
        if not re.search(_ACCOUNT, lowered(s))
    ]
    if licensed:
        # a licence over it or a retention period for it says nothing of whose it is: the
        # students' ownership is not there (as outside readers label it)
        return missing("deals with students' content, but says nothing of its ownership",
                       licensed[0])  # fmt: skip
    return missing("nothing on who owns student-generated content")
