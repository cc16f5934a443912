"""Whose the data are, and who may see and correct them: provisions 1, 4 and 11.

The school owns the student data (1), students and parents may review and correct them (4),
and students own what they create (11). A vendor's claim to own either is a gap, not a
silence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import (
    DATA,
    ELSEWHERE,
    LEA,
    NO_ONE,
    OWNS,
    PARENTS,
    PROVIDER,
    broad_exception,
    find,
    lowered,
    negated,
)
from ..reader import Sentence
from .narrowed import lasting, whole
from .registry import Verdict, missing, present, rule, weak

# Who is named as the owner may stand behind a determiner or a possessive: "belongs to your
# child's school", "the property of the student's parent".
_WHOSE = r"(?:(?:the|its|their|your|our|each|every|[\w-]+['\u2019]s)\s+){0,3}"
_ONLY = r"(?:(?:solely|exclusively|only|entirely|wholly|at all times)\s+)?"
# What the school owns, as vendors call it: the data, or its "Customer Content".
_SCHOOLS = (
    rf"{DATA}|\b(?:customer|subscriber|school|district|client|licensee|lea|institution) "
    r"(?:content|materials)\b"
)
# A claim over data that identify no one is not a claim over student data.
_VENDOR_CLAIM = (
    rf"{PROVIDER}\s+(?:shall |will |alone )?(?:owns?|retains? (?:all )?(?:rights?|ownership|"
    rf"title))\b(?:(?!{NO_ONE})[^.;]){{0,40}}?{DATA}"
)


@rule("R1")
@lasting
def student_data_stay_the_schools(sentences: Sequence[Sentence]) -> Verdict:
    stays: Sentence | None = None
    claims: list[tuple[Sentence, str]] = []
    for sentence in find(sentences, rf"{OWNS}|\bcontrol\b", _SCHOOLS):
        low = lowered(sentence)
        owner = re.search(
            r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?!who\b|which\b|that\b)(\w+)(?:'s)?\s+"
            r"(?:shall |will |does |alone )?(?:owns?|retains? "
            r"(?:all )?(?:rights?|ownership|title))\b",
            low,
        )
        school_owns = (
            (owner is not None and re.fullmatch(LEA, owner.group(1)))
            or re.search(
                rf"(?:property|ownership|control)\s+of\s+(?:and [^.]{{0,30}})?{_WHOSE}{LEA}", low
            )
            or re.search(rf"\bbelong\w*\s+{_ONLY}to\s+{_WHOSE}{LEA}", low)
            or re.search(
                rf"\b(?:remains?|rests?|vests?|stays?)\s+{_ONLY}(?:with|in)\s+{_WHOSE}{LEA}", low
            )
            # "The District shall retain control over Student Data"
            or re.search(
                rf"{LEA}\s+(?:shall |will )?(?:retains?|ha(?:s|ve)|maintains?|keeps?)\s+"
                r"(?:(?:sole|exclusive|full|all)\s+)*(?:ownership|control)\b",
                low,
            )
            # "remains the District's property", "is owned by Customer"
            or re.search(rf"{LEA}['\u2019]s?\s+(?:(?:sole|exclusive|own)\s+)*property\b", low)
            or re.search(rf"\bowned\s+{_ONLY}by\s+{_WHOSE}{LEA}", low)
        )
        vendor_claim = re.search(_VENDOR_CLAIM, low)
        if vendor_claim and not negated(low[vendor_claim.start() :], r"\bowns?\b|\bretains?\b"):
            claims.append((sentence, "the vendor"))  # "Customer owns …, and Provider owns …"
        if school_owns or (negated(low, r"\b(?:property|own\w*|control)\b") and _vendor_named(low)):
            stays = stays or sentence
            continue
        claimed = re.search(r"\bowns?\b([^.;]{0,40})" + DATA, low)
        if (
            owner is not None
            and not negated(low, r"\bowns?\b")
            and claimed is not None
            and not re.search(NO_ONE, claimed.group(0))
            and not vendor_claim
        ):
            claims.append((sentence, owner.group(1)))
    if stays is not None:
        kept = (
            _taken_back(stays)
            or _vendor_keeps_control(sentences)
            or _ownership_elsewhere(sentences)
        )
        if kept is not None:
            return weak(*kept)
    if stays is not None and claims:
        sentence, who = claims[0]
        return weak(
            sentence, f"the school's data stay the school's, but {who} claims some as its own"
        )
    if stays is not None:
        return present(stays, "the student data stay the school's, not the vendor's")
    if claims:
        sentence, who = claims[0]
        return missing(f"the data are said to be owned by {who}, not the school", sentence)
    return missing("says nothing of who owns the student data")


def _vendor_named(low: str) -> bool:
    """The vendor, by a word for it, in the first person ("not my property", "not under our
    control"), or by its name ("not Lumora's property")."""
    return bool(
        re.search(rf"{PROVIDER}|\b(?:our|us|my|me)\b", low)
        or re.search(rf"\bnot\s+(?!{LEA})[\w-]+['\u2019]s\s+property\b", low)
    )


# "is not under the control of Provider, except to the extent Provider controls it as needed
# to provide and improve the Services": the exception keeps the control 15 forbids.
_CONTROL = r"\bcontrol\w*\b"


# "Customer owns Customer Data, subject to Provider's perpetual licence to use it for any
# purpose", "… except for data Provider collects directly from students": the same sentence
# takes back what it gives.
_LICENCE_BACK = r"\blicen[cs]e\b[^.;]{0,80}\b(?:any purpose|perpetual|irrevocable|unlimited)\b"


_UNTIL_PAID = (
    r"\b(?:upon|after|on|subject to|conditional (?:up)?on|once)\s+(?:full\s+|the\s+)?"
    r"(?:payment|receipt of (?:all\s+)?(?:fees|payment))|\bonce\b[^.;]{0,30}\bpaid\b"
)


def _taken_back(stays: Sentence) -> tuple[Sentence, str] | None:
    low = lowered(stays)
    if re.search(_LICENCE_BACK, low) or re.search(
        r"\b(?:perpetual|irrevocable)\b[^.;]{0,40}\blicen[cs]e\b", low
    ):
        return stays, "the data stay the school's, but the vendor takes a licence that swallows it"
    if broad_exception(low):
        return stays, "the data stay the school's, but an exception takes some back"
    if re.search(_UNTIL_PAID, low):
        return stays, "the data are the school's only once it has paid"
    return None


def _vendor_keeps_control(sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    for sentence in find(sentences, _CONTROL, DATA):
        if negated(sentence.text, _CONTROL) and broad_exception(sentence.text):
            return sentence, "the data stay the school's, but the vendor keeps control by exception"
    return None


def _ownership_elsewhere(sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    # "Ownership of data held in the Partner Services is as set out in the Privacy Policy"
    for sentence in find(sentences, OWNS, r"\bdata\b", ELSEWHERE):
        return sentence, "who owns some of the data is left to another document"
    return None


_REVIEW = r"\b(?:review|inspect|access|challeng\w*|see|view|obtain|cop(?:y|ies)|download)\w*"
_CORRECT = r"\b(?:correct|amend|rectif|fix)\w*"
# Reviewing the records, not the service: "Students can access the Service" reviews nothing;
# "review their child's progress" reviews the child's records.
_REVIEW_DATA = (
    rf"{_REVIEW}[^.;]{{0,60}}(?:\b(?:data|records?|information|profiles?|pii|files?|reports?)\b"
    r"|\b(?:child|student|pupil)['\u2019]s\b)"
)
_WRONG = (
    r"\b(?:inaccura\w*|erroneous|incorrect|incomplete|errors?|wrong|information|data|"
    r"entr(?:y|ies)|anything)\b"
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
# The school's procedure, not the vendor's: "Requests … should be made to the Subscriber",
# "remain the District's responsibility", "Corrections … must be made by the District".
_TO_SCHOOL = (
    r"\b(?:made|directed|sent|submitted|addressed|referred|handled)\s+(?:to|through|by)\s+"
    rf"(?:(?:the|your|its|their|(?:the\s+)?(?:student|child)['\u2019]s)\s+)?{LEA}"
    rf"|{LEA}['\u2019]s?\s+(?:sole\s+|own\s+)?responsibilit|\bresponsibility of\s+(?:the\s+)?{LEA}"
    # "will direct the requester to District", "shall forward to CREC … any request"
    r"|\b(?:forward|refer|redirect|direct|pass)\w*\s+(?:(?:it|them|the requester|such requests?|"
    rf"the request|any such request)\s+)?(?:on\s+)?to\s+(?:the\s+)?{LEA}"
)


# The vendor's part in a procedure that runs through the school: "the school forwards the
# request to Provider, and Provider shall respond …", "Provider makes any correction".
_VENDOR_ACTS = (
    # not "will assist District in responding", "shall not respond … itself"
    rf"(?:{PROVIDER}|\bus\b)(?:(?!\b(?:assist|help|cooperat|not|never)\w*\b)[^.;]){{0,40}}?"
    r"\b(?:respond|correct|amend|provid|establish|fix|mak)"
    r"|\bmakes? (?:any|the|such) corrections?\b"
)


# The vendor's one part: "Consultant shall forward to CREC …", "it will direct the requester
# to District" (not "Requests should be directed to the School", where it has none).
_VENDOR_PASSES_ON = (
    rf"(?:{PROVIDER}|\bit)\s+(?:shall|will|must|agrees to)\s+(?:promptly\s+)?"
    r"(?:forward|refer|redirect|direct|pass)\w*"
)


def _to_school(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether the families' requests go to the school, in ``sentence`` or the next one, and
    the vendor has no part in answering them."""
    at = sentences.index(sentence)
    window = " ".join(
        lowered(s) for s in sentences[at : at + 2] if s.paragraph == sentence.paragraph
    )
    return bool(re.search(_TO_SCHOOL, window)) and not re.search(_VENDOR_ACTS, window)


def _vendor_corrects(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """The procedure in steps: the family asks to review its data; "Provider will correct it"
    in one of the next sentences, unless the correction is the school's to make."""
    at = sentences.index(sentence)
    return any(
        re.search(_CORRECT, lowered(later))
        and re.search(_WRONG, lowered(later))
        and not negated(later.text, _CORRECT)
        and not re.search(_TO_SCHOOL, lowered(later))
        # "We will consider requests to correct": the vendor's discretion, not a procedure
        and not re.search(_DISCRETION, lowered(later))
        for later in sentences[at + 1 : at + 4]
    )


_DISCRETION = (
    r"\bconsider\b|\b(?:in|at) (?:its|our|provider's|their) (?:sole )?discretion\b"
    # "where we agree there is an error, we will fix it": only errors the vendor accepts
    r"|\b(?:where|if|when) (?:we|it|provider|contractor|vendor) (?:agrees?|determines?|"
    r"concludes?|decides?)\b"
)
# Eligible students alone (younger students' parents have no procedure), or at discretion.
_SOME_OR_AT_WILL = (
    rf"^(?!.*\b(?:parents?|guardians?|families)\b).*\beligible students?\b|{_DISCRETION}"
)


@rule("R4")
@whole
def students_and_parents_may_review_and_correct_their_data(
    sentences: Sequence[Sentence],
) -> Verdict:
    through_school: Sentence | None = None
    for sentence in find(sentences, _FAMILIES, _REVIEW, _CORRECT):
        if re.search(_SOME_OR_AT_WILL, lowered(sentence)):
            return weak(sentence, "lets some families review and correct, or only at the "
                                  "vendor's discretion")  # fmt: skip
        if not _to_school(sentences, sentence):
            return present(sentence, "students and parents may review and correct their data")
        through_school = through_school or sentence
    for sentence in find(sentences, _FAMILIES, _REVIEW_DATA):
        if _vendor_corrects(sentences, sentence):
            return present(sentence, "students and parents may review and correct their data")
    grants = [s for s in find(sentences, _MAY, _REVIEW, _CORRECT) if s is through_school]
    if grants:
        return weak(grants[0], "lets families review and correct their data, but through the "
                               "school's procedure, not the vendor's")  # fmt: skip
    # Access and correction of the families' records, not of a security program.
    found = [
        s
        for s in find(
            sentences, _REVIEW, r"\b(?:correct|amend|rectif|updat|edit)\w*", _WHOSE_RECORDS
        )
        if not _to_school(sentences, s) and s is not through_school
    ]
    if found:
        return weak(
            found[0],
            "mentions access and correction, but not as a procedure for students and parents",
        )
    # A right to review alone; a request that goes to the school instead is no right.
    reviews = find(sentences, _MAY, _REVIEW_DATA)
    if reviews:
        return weak(reviews[0], "lets students and parents review their data, but not correct it")
    if through_school is not None and re.search(_VENDOR_PASSES_ON, lowered(through_school)):
        return weak(through_school, "passes families' requests to review and correct to the "
                                    "school; no procedure of its own")  # fmt: skip
    return missing("no way for students or parents to review and correct their data")


_CREATORS = r"(?:your child|a child|the child|children|a student|the student|students)"
_CONTENT = (
    r"\b(?:student[- ]?generated content|content (?:created|generated|uploaded) by "
    r"students?|student[- ]?created|students?'? (?:work|content|creations)|"
    r"(?:code|essays?|work|projects?|artwork) (?:written|created|made) by students?)\b"
    # "Anything your child creates", "the projects … and other work they create"
    rf"|\b(?:anything|everything|whatever|what|content|work|materials?|projects?)\s+"
    rf"(?:that\s+)?{_CREATORS}\s+(?:creates?|writes?|makes?|produces?)\b"
    r"|\bstudents?\b[^.;]{0,80}?\b(?:work|projects?|content|creations|materials|"
    r"presentations)\s+(?:that\s+)?(?:they|he or she)\s+(?:create|make|write|produce)\b"
    # "Students own the intellectual property in their work"; "pupil-generated content"
    r"|\b(?:students?|pupils?|children)\b[^.;]{0,80}?\btheir (?:own )?(?:work|content|"
    r"creations|projects|materials|essays|assignments|submissions)\b"
    r"|\bpupil[- ]?generated content\b"
    # "Students own what they make", "every Student Creation"
    r"|\b(?:what|anything|everything|whatever|all)\s+(?:that\s+)?(?:they|he or she)\s+"
    r"(?:creates?|writes?|makes?|produces?)\b|\bstudent[- ]?(?:creations?|works?)\b"
    # "materials created by students", "all content they upload", "the work students submit"
    r"|\b(?:materials?|work|projects?|files?|assignments?)\s+(?:created|generated|uploaded|made|"
    r"written|submitted)\s+by\s+(?:the\s+)?students?\b"
    r"|\b(?:content|work|materials?|files?|projects?)\s+(?:that\s+)?(?:they|he or she|students?)\s+"
    r"(?:creates?|uploads?|submits?|posts?|makes?|writes?|produces?)\b"
)
# What users of the service submit: the school's users are its students, and others; it
# counts only where its owner is named.
_USER_CONTENT = r"\buser[- ]?(?:generated )?content\b"
# The owner named: the school ("the property of the Board") or the students and families.
_SCHOOL_OWNER = (
    rf"(?:property|ownership)\s+of\s+{_WHOSE}{LEA}|belong\w*\s+to\s+{_WHOSE}{LEA}"
    rf"|\bowned\s+{_ONLY}by\s+{_WHOSE}{LEA}|^\W*(?:[\d.]+\s+)?(?:the\s+)?(?:you|{LEA})\b[^.;]{{0,40}}\b(?:own|retain)"
)
_STUDENT_OWNER = (
    rf"(?:property|ownership)\s+of\s+{_WHOSE}(?:{PARENTS}|{_CREATORS}|pupils?|"
    r"(?:authori[sz]ed )?users?)"
    rf"|belong\w*\s+{_ONLY}to\s+{_WHOSE}(?:{PARENTS}|{_CREATORS}|pupils?|(?:authori[sz]ed )?users?)"
    rf"|{PARENTS}\s+(?:\w+\s+)?(?:keep|retain|own)"
    rf"|\bowned\s+{_ONLY}by\s+{_WHOSE}(?:{PARENTS}|{_CREATORS}|pupils?)"
)
# "Work product, including student work, shall be the property of Consultant"
_VENDOR_OWNER = (
    rf"(?:property|ownership)\s+of\s+{_WHOSE}{PROVIDER}|belong\w*\s+{_ONLY}to\s+{_WHOSE}{PROVIDER}"
    rf"|\bowned\s+{_ONLY}by\s+{_WHOSE}{PROVIDER}"
)
# A licence that swallows the ownership: "the student grants Lumen a worldwide, perpetual,
# irrevocable licence to use … it for any purpose".
_SWALLOWING_LICENCE = (
    # "Provider may retain a copy after the account is deleted and use it to improve …"
    rf"{PROVIDER}\s+may\s+(?:retain|keep)\s+(?:a\s+)?cop(?:y|ies)\b[^.]{{0,80}}\band\s+use\b|"
    rf"\bgrants?\s+(?:to\s+)?(?:the\s+)?(?:{PROVIDER}|[\w-]+\b)[^.;]{{0,80}}\b(?:perpetual|irrevocable|"
    r"(?<!non-)exclusive)\b"
    r"[^.;]{0,80}\blicen[cs]e\b|\blicen[cs]e\b[^.;]{0,120}\b(?:for any purpose|promot\w*|"
    r"market\w*|advertis\w*|commerciali[sz]\w*)\b"
)


# "… the student's, except that Provider owns all content posted to public forums"
_BUT_VENDOR = rf"\b(?:except|but|other than|save)\b[^.;]*{PROVIDER}[^.;]{{0,30}}\bown"
# An owner named who is neither the students nor the school nor a word for the vendor: "the
# property of Acme" (the vendor by its name).
_NAMED_OWNER = (
    rf"(?:\bproperty\s+of|\bowned\s+{_ONLY}by|belong\w*\s+{_ONLY}to)\s+{_WHOSE}"
    r"(?!(?:them|him|her|you|it|its|their|whoever|the|that|this|such|any|an?)\b)([a-z][\w-]*)"
)


def _not_the_students(low: str) -> tuple[str, str] | None:
    """Why a sentence on the students' content does not make it theirs, or None."""
    if re.search(ELSEWHERE, low):
        return "weak", "leaves who owns the students' content to a document the vendor writes"
    if re.search(_STUDENT_OWNER, low) or re.search(_SCHOOL_OWNER, low):
        return None
    named = re.search(_NAMED_OWNER, low)
    if named is not None and not negated(low, OWNS):
        return "missing", f"makes the students' content the property of {named.group(1)}"
    if negated(low, OWNS):
        return "weak", "disclaims the vendor's ownership, but does not say the students own it"
    return None


_ACCOUNT = r"\baccount\b[^.;]{0,80}\bstor(?:e|ed|ing)\b|\bstor(?:e|ed|ing)\b[^.;]{0,200}\baccount\b"


@rule("R11")
@lasting
def students_own_what_they_create(sentences: Sequence[Sentence]) -> Verdict:
    for sentence in find(sentences, rf"{_CONTENT}|{_USER_CONTENT}", OWNS):
        low = lowered(sentence)
        if (re.search(PROVIDER + r"[^.]{0,30}\bown", low) and not negated(low, r"\bown")) or (
            re.search(_VENDOR_OWNER, low) and not negated(low, OWNS)
        ):
            if re.search(_STUDENT_OWNER, low) and re.search(_BUT_VENDOR, low):
                return weak(sentence, "students own their content, but the vendor claims some")
            return missing("the vendor claims the students' content", sentence)
        why = _not_the_students(low)
        if why is not None:
            status, reason = why
            return weak(sentence, reason) if status == "weak" else missing(reason, sentence)
        if re.search(_SCHOOL_OWNER, low) and not re.search(_STUDENT_OWNER, low):
            return weak(sentence, "makes the students' content the school's, not the students'")
        if re.search(_SCHOOL_OWNER, low) or not re.search(_STUDENT_OWNER + r"|\bstudents?\b", low):
            return weak(sentence, "leaves the students' content to the school or to whoever "
                                  "submitted it, not to the students")  # fmt: skip
        licence = find(sentences, r"\b(?:students?|child|users?)\b", _SWALLOWING_LICENCE)
        if licence:
            return weak(licence[0], "students own their content, but license it to the vendor "
                                    "for any purpose")  # fmt: skip
        return present(sentence, "students (or parents) own what students create")
    # Provision 7's exception, an account for storing the content, says nothing of its owner.
    licensed = [
        s
        for s in find(sentences, _CONTENT, r"\b(?:licen\w*|rights?|account|keep|retain)\b")
        if not re.search(_ACCOUNT, lowered(s))
    ]
    if licensed:
        return weak(licensed[0], "deals with students' content, but not that students own it")
    return missing("nothing on who owns student-generated content")
