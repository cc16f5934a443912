"""Students and parents may review and correct their data: provision 4.

The regulation asks for the procedure by which a student or parent reviews the student's
information and corrects what is wrong. A right to see without a right to correct, a
correction only where the vendor agrees, and a vendor that only answers the school under the
school's procedure fall short of it (weak); requests that go to the school alone, or that the
vendor only passes on to the school, leave the vendor no part (missing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..durations import has_placeholder, periods_in_days
from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, PARENTS, PROVIDER, find, lowered, negated
from ..reader import Sentence
from .narrowed import whole
from .registry import Verdict, missing, present, rule, weak
from .review_in_time import corrects_in_a_stated_time
from .review_through_school import answers_the_school, corrects_for_the_school
from .review_words import (
    ASK_THE_SCHOOL,
    CORRECT,
    DECLINES,
    DISCRETION,
    FAMILY_REVIEWS,
    IN_ERROR,
    OBLIGATION_TO_RESPOND,
    REVIEW,
    REVIEW_DATA,
    TO_SCHOOL,
    VENDOR_PASSES_ON,
    paragraph_window,
)

# Words (in the correction's own sentence) for what is corrected.
# … or the correction asked for: "support will make the correction within five (5) business
# days after the flag"
_WRONG = (
    rf"{IN_ERROR}|\b(?:information|data|entr(?:y|ies)|anything)\b"
    r"|\bmak(?:e|es|ing) the corrections?\b"
)
# Students and families as the ones who may act ("A parent who wishes to inspect …, may write
# to …") or as the ones who ask ("a written request from a parent").
_MAY = (
    rf"{PARENTS}[^.;]{{0,160}}?\b(?:may|can|have the right to|are entitled to|shall be able "
    r"to|will be able to)\b"
)
_FAMILIES = (
    rf"(?:{_MAY}|\brequests?\b[^.;]{{0,20}}\b(?:from|by|of)\s+(?:an?\s+|the\s+)?{PARENTS}"
    # "Provider shall provide parents with access to …", "allow students to review …"
    rf"|\b(?:provid|giv|allow|permit|enabl)\w*\s+(?:\w+\s+){{0,2}}?{PARENTS}\b)"
)
# The families' records, not a security program's: "a student's records", "parents".
_WHOSE_RECORDS = (
    rf"\b{PARENTS}\b(?!['\u2019]s)|\b(?:student|child|pupil)['\u2019]s\s+(?:education\s+)?records?\b"
    r"|\byour\s+(?:\w+\s+)?(?:information|data|records?)\b"
)
# The vendor's part in a procedure that runs through the school: "the school forwards the
# request to Provider, and Provider shall respond …", "Provider makes any correction".
_VENDOR_ACTS = (
    # not "will assist District in responding", "shall not respond … itself"
    # (not "contacts us to review or correct", where "us" is asked)
    # (nor "asks the Consultant to review or correct")
    r"(?<!contact\s)(?<!contacts\s)(?<!contacted\s)(?<!asks\s)(?<!ask\s)(?<!emails\s)"
    r"(?<!asks\sthe\s)(?<!ask\sthe\s)"
    rf"(?<!email\s)(?<!calls\s)(?<!writes to\s)(?:{PROVIDER}|\bus\b)"
    # (nor "has no obligation to respond")
    # ("we don't act on requests from parents directly")
    # ("We cannot respond to … requests directly from students": a refusal, no act)
    r"(?:(?!\b(?:assist|help|cooperat|not|never|refer|cannot|unable)\w*\b|\bno\b|n['\u2019]t\b)[^.;])"
    r"{0,40}?"
    # (not "will respond to a School's request for assistance with such a request": it helps
    # the school; not "Because we act on the District's instructions")
    r"\b(?:respond(?!ents?\b)(?![^.;]{0,40}\brequests?\s+for\s+(?:assistance|help|cooperation)\b)|correct|"
    r"amend|provid|establish|fix|mak|act on\s+(?:(?:the|such|these|those|any|each|a|their)\s+)?"
    r"(?:[\w-]+\s+)?(?:requests?|them|it)\b"
    # "will act on the District's instructions within ten (10) days": the vendor's part, timed
    rf"|act on\s+(?:the\s+)?{LEA}['\u2019]s\s+(?:instructions?|directions?)\b"
    r"(?=[^.;]{0,40}\bwithin\b))"
    r"|\bmakes? (?:any|the|such) corrections?\b"
)


def _to_school(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether the families' requests go to the school, in ``sentence`` or the next one, and
    the vendor has no part in answering them."""
    window = paragraph_window(sentences, sentence, 2)
    return bool(re.search(TO_SCHOOL, window)) and not re.search(_VENDOR_ACTS, window)


def _vendor_corrects(sentences: Sequence[Sentence], sentence: Sentence) -> Sentence | None:
    """The procedure in steps: the family asks to review its data; "Provider will correct it"
    in one of the next sentences (returned), unless the correction is the school's to make."""
    at = sentences.index(sentence)
    following = sentences[at + 1 : at + 4]
    return next(
        (
            later
            for steps, later in enumerate(following)
            if re.search(CORRECT, lowered(later))
            # what is wrong may be named in a piece between (not the request itself): "If the
            # information is wrong, the parent tells Tidewater; Tidewater will correct it
            # within ten (10) days", "If an entry is wrong, tap "Flag this entry" …. If the
            # teacher has not resolved the flag, support will make the correction …"
            and (
                re.search(_WRONG, lowered(later))
                or any(
                    before.paragraph == later.paragraph and re.search(IN_ERROR, lowered(before))
                    for before in following[:steps]
                )
            )
            and not negated(_FIXED_BY_THEMSELVES.sub(" ", later.text), CORRECT)
            and not re.search(TO_SCHOOL, lowered(later))
            # "… should contact their child's school": the school corrects, not the vendor
            and not re.search(ASK_THE_SCHOOL, lowered(later))
            # "We will consider requests to correct": the vendor's discretion, not a procedure
            and not re.search(DISCRETION, lowered(later))
        ),
        None,
    )


# What the family cannot fix itself, which the vendor then corrects: "For anything you cannot
# fix yourself, email support and we will correct it within 14 days" (no denial of the
# vendor's correction).
_FIXED_BY_THEMSELVES = LazyPattern(
    r"\b(?:you|they|he or she)\s+(?:cannot|can['\u2019]t|can not|are unable to)\s+(?:correct|fix|"
    r"edit|change)\s+(?:[\w-]+\s+){0,3}?(?:yourself|yourselves|themselves|himself or herself)\b",
    re.IGNORECASE,
)
# Eligible students alone (younger students' parents have no procedure), or at discretion.
_SOME_OR_AT_WILL = (
    rf"^(?!.*\b(?:parents?|guardians?|families)\b).*\beligible students?\b|{DISCRETION}"
)


# The procedure left for the school to establish: "The Member shall establish reasonable
# procedures by which …", "by following the procedures CREC establishes".
_SCHOOLS_PROCEDURE = (
    rf"{LEA}\s+(?:shall|will|must|may|should)\s+(?:\w+\s+)?"
    r"(?:establish|adopt|set up)\w*\s+(?:\w+\s+)?procedures?\b"
    rf"|\bprocedures?\s+(?:that\s+|which\s+)?(?:the\s+)?{LEA}\s+(?:establish|adopt|maintain)\w*"
    # "… should go to the School, which is responsible for establishing procedures for those
    # requests"
    rf"|{LEA},?\s+which\s+(?:is\s+(?:solely\s+)?responsible\s+for|has\s+(?:sole\s+)?"
    r"responsibility\s+for)\s+(?:(?:establish|adopt|set\w* up)\w*\s+)?(?:the\s+|its\s+)?"
    r"(?:\w+\s+)?procedures?\b"
    rf"|{LEA},?\s+which\s+(?:sets|establishes|adopts)\s+(?:the\s+|its\s+)?(?:\w+\s+)?procedures?\b"
    # ("Each School sets its own procedure for handling these requests", not a condition, "Where
    # a School sets a procedure …", nor a procedure for something else: "… for its own staff
    # accounts")
    # (the window read is three sentences joined: any of them may open the clause)
    rf"|(?:(?:^|(?<=[.!?]\s))\W*+(?:[\d.]+\s+)?|;\s*)(?:each|every|the|your)\s+{LEA}\s+"
    r"(?:sets|establishes|adopts)\s+"
    r"(?:the\s+|its\s+)?(?:\w+\s+)?procedures?\b"
    r"(?=[^.;]{0,80}\b(?:requests?|review|correct\w*|amend\w*|access|parents?|students?)\b)"
)


def _schools_procedure_untimed(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether the procedure is the school's to establish, in ``sentence`` or the next two
    of its paragraph, with no time in which the vendor does its part: the vendor only
    answers the school (the readings table)."""
    window = paragraph_window(sentences, sentence, 3)
    return bool(re.search(_SCHOOLS_PROCEDURE, window)) and not periods_in_days(window)


_DIRECT_ROUTE = LazyPattern(r"\bdirectly\s+to\b|\bor\s+to\s+(?:contractor|us|me)\b")
# The families' requests themselves sent to the school: "Requests from parents … to review or
# correct Student Data should be directed to Customer" (not "questions about the District's
# own records may be directed to the District").
_REQUESTS_TO_THE_SCHOOL = LazyPattern(
    rf"\brequests?\b[^.;]{{0,100}}\b(?:should|must|shall|will)\s+be\s+(?:directed|sent|made|addressed|"
    rf"submitted)\s+to\s+(?:the\s+|your\s+)?{LEA}"
)


@rule("R4")
@whole
def students_and_parents_may_review_and_correct_their_data(
    sentences: Sequence[Sentence],
) -> Verdict:
    verdict, through_school = _the_families_own_procedure(sentences)
    if verdict is not None:
        return verdict
    for sentence in find(sentences, _FAMILIES, REVIEW_DATA):
        if _UNDER_THE_SCHOOLS_OWN.search(lowered(sentence)):
            continue  # the school's procedure: the vendor's correction after it is for the school
        corrects = _vendor_corrects(sentences, sentence)
        if corrects is not None and has_placeholder(corrects.text):
            return weak(corrects, _LEFT_BLANK)
        if (
            corrects is not None
            and (
                re.search(ASK_THE_SCHOOL, lowered(sentence))
                or _REQUESTS_TO_THE_SCHOOL.search(lowered(sentence))
            )
            # (not beside a route to the vendor itself: "… to the School or directly to Maplewood")
            and not _DIRECT_ROUTE.search(lowered(sentence))
            and not periods_in_days(corrects.text)
        ):
            # "Parents can review … by contacting their child's teacher or school. Lexicon will
            # work with the school to correct inaccurate information", "Requests … should be
            # directed to Customer. … we will use reasonable efforts to help Customer access or
            # correct …": through the school, the vendor's part in no stated time
            return weak(sentence, _UNTIMED_THROUGH_THE_SCHOOL)
        if corrects is not None:
            return present(sentence, "students and parents may review and correct their data")
    granted = _granted_through_the_school(sentences, through_school)
    if granted is not None:
        return granted
    timed = corrects_for_the_school(sentences)
    if timed is not None:
        return timed
    # Access and correction of the families' records, not of a security program.
    found = [
        s
        for s in find(
            sentences,
            REVIEW,
            # (not news sent: "to send families updates about CanGrow Plus", "our premium edition")
            r"\b(?:correct|amend|rectif)\w*|\bedit(?!ions?\b)\w*"
            r"|\bupdat(?!es\s+(?:about|on|from|of)\b)\w*",
            _WHOSE_RECORDS,
        )
        if not _to_school(sentences, s)
        and s is not through_school
        and not re.search(DECLINES, lowered(s))
    ]
    if found:
        return weak(
            found[0],
            "mentions access and correction, but not as a procedure for students and parents",
        )
    # A right to review alone; a request that goes to the school instead is no right.
    reviews = [
        # not a review the sentence itself sends to the school ("… should contact their
        # child's school"); a correction sent there leaves the review standing
        s
        for s in find(sentences, FAMILY_REVIEWS, REVIEW_DATA)
        if not re.search(TO_SCHOOL, lowered(s))
    ]
    if reviews:
        fixed = corrects_in_a_stated_time(sentences, reviews[0])
        if fixed is not None:
            # the correction in a term of its own, away from the review: "If something needs
            # fixing that a teacher can't change, the school can email … and we will correct it
            # within 15 days" (outside readers label it present 135 times, never weak)
            why = "students and parents may review their data, and the vendor corrects errors "
            why += f"in a stated time: {fixed.text}"
            return present(reviews[0], why)
        return weak(reviews[0], "lets students and parents review their data, but not correct it")
    return answers_the_school(sentences, through_school) or missing(
        "no way for students or parents to review and correct their data"
    )


def _granted_through_the_school(
    sentences: Sequence[Sentence], through_school: Sentence | None
) -> Verdict | None:
    """The families' right to review and correct, granted in the school's own procedure: weak,
    or missing when the vendor's only part is to pass the requests on to the school."""
    grants = [s for s in find(sentences, _MAY, REVIEW, CORRECT) if s is through_school]
    if not grants:
        return None
    passed_on = answers_the_school(sentences, through_school)
    if passed_on is not None and passed_on.status == "missing":
        return passed_on
    window = paragraph_window(sentences, grants[0], 3)
    if (
        re.search(DECLINES, window)
        and re.search(rf"{REVIEW}|{CORRECT}", window)
        # (not beside its own part in a time: "Provider shall respond to any such request
        # forwarded by the District within ten (10) business days, and shall not respond
        # directly to a parent or student")
        and not periods_in_days(window)
    ):
        # "… by contacting their teacher or school. We are not able to respond to access or
        # correction requests directly from students": sent away, and no part of the vendor's
        return missing("sends families to the school and takes no part", through_school)
    return weak(grants[0], "lets families review and correct their data, but through the "
                           "school's procedure, not the vendor's")  # fmt: skip


_UNTIMED_THROUGH_THE_SCHOOL = (
    "lets families review and correct through the school, but the vendor's part in it has no "
    "stated time"
)
# "Within [__] business days … Pagewise will make the corrections"
_LEFT_BLANK = "lets families review and correct their data, but the vendor's time is left blank"


# The families' requests sent into the school's own procedure: "must be made to Customer under
# Customer's own procedures", "will be handled by the District under its own FERPA procedures".
_UNDER_THE_SCHOOLS_OWN = LazyPattern(
    # ("… shall be handled by the Host School under its own procedures")
    rf"\b(?:made|directed|sent|submitted|handled|governed)\s+(?:to|by|through)\s+(?:the\s+)?"
    rf"(?:host\s+|home\s+|member\s+|sending\s+)?{LEA}"
    rf"\s+(?:under|in accordance with|pursuant to)\s+(?:its|their|(?:the\s+)?{LEA}['\u2019]s?)\s+"
    r"(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:procedures|policies|polic(?:y|ies) and procedures)\b"
    # ("… shall be made to the Agency and handled under the Agency's own procedures"; not a
    # later grievance: "…, and complaints about the outcome are handled under the School's own
    # grievance procedures")
    r"|(?:^|[;,])(?:(?!\b(?:complaints?|appeals?|grievances?|disputes?|objections?)\b)[^;,])*?"
    rf"\b(?:handled|governed|processed|answered)\s+(?:under|in accordance with|pursuant to)\s+"
    rf"(?:the\s+)?{LEA}['\u2019]s?\s+own\s+(?:[\w-]+\s+){{0,3}}?(?:procedures|policies)\b"
    # "… by contacting the LEA, which shall handle the request under its own procedures"
    rf"|\b{LEA},?\s+which\s+(?:shall|will|must)\s+(?:handle|answer|process|respond\s+to)\s+"
    r"(?:the|such|each|any)\s+requests?\s+(?:under|in accordance with|pursuant to)\s+"
    r"(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?procedures\b"
    # "… may review … and request correction … through the LEA's own procedures" (not beside a
    # route of the vendor's own: "…, or by writing directly to Maplewood")
    # ("… by following the LEA's own procedures for doing so")
    rf"|\b(?:through|by\s+following)\s+(?:the\s+)?{LEA}['\u2019]s?\s+own\s+"
    r"(?:[\w-]+\s+){0,3}?procedures\b"
    r"(?![^.]*\b(?:or|and)\s+(?:by\s+)?(?:writing|contacting|e-?mailing|asking)\s+(?:directly\s+)?"
    r"(?:to\s+)?(?:contractor|us|me)\b)"
    # the processor's clause: "shall assist Customer by appropriate technical and organisational
    # measures in fulfilling Customer's obligation to respond to requests from students …"
    # ("… insofar as this is possible, to fulfil Customer's obligation to respond to requests")
    rf"|\b(?:assist|help|support)\w*\s+(?:the\s+)?{LEA}\b[^.;]{{0,120}}?\b{OBLIGATION_TO_RESPOND}"
    # ("… shall assist Customer …, insofar as this is possible, in responding to requests from
    # Students, parents or guardians")
    # (not beside a route of the vendor's own: "… by emailing privacy@…, and Maplewood will also
    # help the School with responding to such requests")
    # ("… shall provide reasonable assistance to the Customer … in responding to requests")
    r"|^(?!.*(?:@|\bby\s+(?:e-?mailing|contacting|writing\s+to)\b)).*"
    rf"\b(?:(?:assist|help|support)\w*\s+|assistance\s+to\s+|give\s+)(?:the\s+)?{LEA}\b[^.;]{{0,120}}"
    # ("… and Plumbline will give Customer reasonable assistance with those requests")
    r"\b(?:in|with)\s+(?:responding|answering|(?:those|such|these)\s+requests)\b"
)


# Families sent to the vendor, which then follows the school's procedure: "… by contacting
# Maplewood, and Maplewood will make the correction within ten (10) business days by following
# the School's own procedures".
_VENDORS_ROUTE = LazyPattern(
    r"\bby\s+(?:contacting|writing\s+to|e-?mailing)\s+(?:contractor|us|me|\S+@)"
    r"|\b(?:contractor|provider|vendor|we|i)\s+will\s+(?:make|enter|correct)\s+(?:the|any|each)\s+"
    r"(?:corrections?|errors?)\b"
)


def _the_families_own_procedure(
    sentences: Sequence[Sentence],
) -> tuple[Verdict | None, Sentence | None]:
    """The verdict on the first procedure by which families review and correct, and the
    first such procedure that runs through the school alone (which the caller weighs
    later)."""
    through_school: Sentence | None = None
    for sentence in find(sentences, _FAMILIES, REVIEW, CORRECT):
        low = lowered(sentence)
        declined = re.search(DECLINES, low)
        if (
            declined
            and not re.search(VENDOR_PASSES_ON, low)
            # (not one channel refused after the vendor's own timed part: "…, and we will correct
            # any error within ten (10) days; we cannot respond to requests sent by post")
            and not periods_in_days(low[: declined.start()])
        ):
            continue  # "does not respond to requests from parents to review …": no procedure
        if _schools_procedure_untimed(sentences, sentence):
            why = "lets families review and correct through procedures the school establishes"
            return weak(sentence, f"{why}; the vendor only answers the school"), None
        if re.search(_SOME_OR_AT_WILL, low):
            return weak(sentence, "lets some families review and correct, or only at the "
                                  "vendor's discretion"), None  # fmt: skip
        if _UNDER_THE_SCHOOLS_OWN.search(low) and not _VENDORS_ROUTE.search(low):
            # "… handled by the District under its own FERPA procedures": the school's
            # procedure, whatever part the vendor then takes in it
            through_school = through_school or sentence
            continue
        if not _to_school(sentences, sentence):
            window = paragraph_window(sentences, sentence, 2)
            if has_placeholder(window):
                return weak(sentence, _LEFT_BLANK), None
            if re.search(TO_SCHOOL, window) and not periods_in_days(window):
                # "… shall be directed to the District, which will respond under its own
                # procedures. Harborlight shall provide to the District any records …": the
                # vendor's part through the school, in no stated time (the readings table)
                return weak(sentence, _UNTIMED_THROUGH_THE_SCHOOL), None
            return present(sentence, "students and parents may review and correct their data"), None
        through_school = through_school or sentence
    return None, through_school
