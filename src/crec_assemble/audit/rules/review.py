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

from ..durations import has_placeholder
from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, PARENTS, PROVIDER, find, lowered, negated, periods_in_days
from ..reader import Sentence
from .narrowed import whole
from .registry import Verdict, missing, present, rule, weak

_REVIEW = (
    r"\b(?:review|inspect|access|challeng\w*|see|view|obtain|cop(?:y|ies)|download|examin)\w*"
    r"|\blook (?:at|over)\b"
)
_CORRECT = r"\b(?:correct|amend|rectif|fix)\w*"
# Reviewing the records, not the service: "Students can access the Service" reviews nothing;
# "review their child's progress" reviews the child's records.
_REVIEW_DATA = (
    rf"(?:{_REVIEW})[^.;]{{0,60}}(?:\b(?:data|records?|information|profiles?|pii|files?|reports?|"
    # what the records hold: "view grades, attendance and assignments", "view meal account
    # balances and purchase history", "review everything I've written about them"
    r"grades|attendance|scores|results|transcripts?|balances?|histor(?:y|ies)|written about|"
    r"work|submissions?|messages|portfolios?|(?:holds?|keeps?|has) about)\b"
    r"|\b(?:child|student|pupil)['\u2019]s\b|\b(?:children|students|pupils)['\u2019])"
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
# A family's own right to see the records, the review verb close after the family ("A parent
# can look at the information we hold"; not "so that teachers can review and grade it").
# A copy of the student's records, not "a copy of its privacy policy".
_COPY_OF_RECORDS = (
    r"cop(?:y|ies)\s+of\s+(?:the\s+|its\s+|their\s+|each\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:reports?|records?|evaluations?|assessments?|plans?|data|information|files?|results?|"
    r"transcripts?)\b"
)
_FAMILY_REVIEWS = (
    # "Consultant will give parents a copy of the FBA report": the family sees the record
    r"\b(?:give|gives|provide|provides|send|sends)\s+(?:the\s+)?(?:parents?|guardians?|families)\s+"
    rf"(?:with\s+)?(?:a\s+)?{_COPY_OF_RECORDS}|"
    r"\b(?:parents?|guardians?|families|eligible students?|you)\b[^.;]{0,60}?\b(?:may|can|"
    r"will be able to|(?:have|has) the right to|are entitled to|wants? to|wish(?:es)? to)\s+"
    # "may contact us to review …"
    r"(?:(?:\w+\s+){0,3}?(?:review|inspect|access|see|view|obtain|examin\w*|look (?:at|over)|"
    # "may request, through the School, a copy of the records we hold about their child"
    rf"download)\b|request\b[^.;]{{0,40}}?\ba\s+{_COPY_OF_RECORDS})"
)
# The families' records, not a security program's: "a student's records", "parents".
_WHOSE_RECORDS = (
    rf"\b{PARENTS}\b(?!['\u2019]s)|\b(?:student|child|pupil)['\u2019]s\s+(?:education\s+)?records?\b"
    r"|\byour\s+(?:\w+\s+)?(?:information|data|records?)\b"
)
_ASK_THE_SCHOOL = (
    r"\bcontact\w*\s+(?:their|the|your)\s+(?:(?:child|student)['\u2019]s\s+)?(?:teacher|school)"
    # "should contact the referring district"
    rf"|\bcontact\w*\s+(?:their|the|your)\s+[\w-]+\s+{LEA}"
)
# The school's procedure, not the vendor's: "Requests … should be made to the Subscriber",
# "remain the District's responsibility", "Corrections … must be made by the District".
_TO_SCHOOL = (
    r"\b(?:made|directed|sent|submitted|addressed|referred|handled)\s+(?:to|through|by)\s+"
    # "referred to the Office of Legal Affairs of the Council"
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:office|department|division|director|officer)\b"
    r"[^.;]{0,40}?\bof\s+)?"
    rf"(?:(?:the|your|its|their|(?:the\s+)?(?:student|child)['\u2019]s)\s+)?{LEA}"
    rf"|{LEA}['\u2019]s?\s+(?:sole\s+|own\s+)?responsibilit|\bresponsibility of\s+(?:the\s+)?{LEA}"
    # "Customer is solely responsible for … responding to requests from parents"
    rf"|{LEA}\s+(?:is|are|shall be|remains?)\s+solely\s+responsible\b"
    # "… should contact their child's school"
    rf"|{_ASK_THE_SCHOOL}"
    # "Requests from parents to review or correct records should go to the School"
    rf"|\brequests\b(?:(?!\bcop(?:y|ies)\b)[^.;]){{0,80}}\b(?:should|must|shall|will)\s+go\s+to\s+"
    rf"(?:the\s+)?{LEA}"
    # "are governed by CREC's FERPA and IDEA procedures"
    rf"|\b(?:governed by|handled under)\s+(?:the\s+)?{LEA}['\u2019]s?\s+(?:own\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,4}?procedures\b"
    # "Parents should direct review and correction requests to CREC"
    rf"|\bdirect\s+(?:[\w-]+\s+){{0,5}}?requests?\s+to\s+(?:the\s+)?{LEA}"
    # "will direct the requester to District", "shall forward to CREC … any request"
    r"|\b(?:forward|refer|redirect|direct|pass)\w*\s+(?:(?:it|them|the requester|such requests?|"
    rf"the request|any such request)\s+)?(?:on\s+)?to\s+(?:the\s+)?{LEA}"
    # "shall refer any request by a parent … to inspect, review or amend Student Records to CREC"
    r"|\b(?:forward|refer|redirect|pass)\w*\s+(?:any|all|each|every|such)\s+(?:\w+\s+)?"
    rf"(?:requests?|inquir(?:y|ies)|questions?)\b[^.;]{{0,120}}?\bto\s+(?:the\s+)?{LEA}"
)


# The vendor's part in a procedure that runs through the school: "the school forwards the
# request to Provider, and Provider shall respond …", "Provider makes any correction".
_VENDOR_ACTS = (
    # not "will assist District in responding", "shall not respond … itself"
    # (not "contacts us to review or correct", where "us" is asked)
    r"(?<!contact\s)(?<!contacts\s)(?<!contacted\s)(?<!asks\s)(?<!ask\s)(?<!emails\s)"
    rf"(?<!email\s)(?<!calls\s)(?<!writes to\s)(?:{PROVIDER}|\bus\b)"
    r"(?:(?!\b(?:assist|help|cooperat|not|never)\w*\b)[^.;]){0,40}?"
    # (not "will respond to a School's request for assistance with such a request": it helps
    # the school; not "Because we act on the District's instructions")
    r"\b(?:respond(?![^.;]{0,40}\brequests?\s+for\s+(?:assistance|help|cooperation)\b)|correct|"
    r"amend|provid|establish|fix|mak|act on\s+(?:(?:the|such|these|those|any|each|a|their)\s+)?"
    r"(?:[\w-]+\s+)?(?:requests?|them|it)\b"
    # "will act on the District's instructions within ten (10) days": the vendor's part, timed
    rf"|act on\s+(?:the\s+)?{LEA}['\u2019]s\s+(?:instructions?|directions?)\b"
    r"(?=[^.;]{0,40}\bwithin\b))"
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
    window = _window(sentences, sentence, 2)
    return bool(re.search(_TO_SCHOOL, window)) and not re.search(_VENDOR_ACTS, window)


def _window(sentences: Sequence[Sentence], sentence: Sentence, count: int) -> str:
    """``sentence`` and those after it in its paragraph, ``count`` in all, case-folded."""
    at = sentences.index(sentence)
    return " ".join(
        lowered(s) for s in sentences[at : at + count] if s.paragraph == sentence.paragraph
    )


def _vendor_corrects(sentences: Sequence[Sentence], sentence: Sentence) -> Sentence | None:
    """The procedure in steps: the family asks to review its data; "Provider will correct it"
    in one of the next sentences (returned), unless the correction is the school's to make."""
    at = sentences.index(sentence)
    return next(
        (
            later
            for later in sentences[at + 1 : at + 4]
            if re.search(_CORRECT, lowered(later))
            and re.search(_WRONG, lowered(later))
            and not negated(later.text, _CORRECT)
            and not re.search(_TO_SCHOOL, lowered(later))
            # "… should contact their child's school": the school corrects, not the vendor
            and not re.search(_ASK_THE_SCHOOL, lowered(later))
            # "We will consider requests to correct": the vendor's discretion, not a procedure
            and not re.search(_DISCRETION, lowered(later))
        ),
        None,
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
)
# The vendor declines any part: "does not respond to requests from parents or students",
# "does not accept or process such requests", "will not otherwise respond to the request".
_DECLINES = (
    r"\b(?:does|do|will|shall)\s+not\s+(?:otherwise\s+|directly\s+|itself\s+)?(?:respond|accept|"
    r"process|act on|handle|answer)\w*\b(?:\s+or\s+\w+)?[^.;]{0,60}\brequests?\b"
    # "will refer the request to the District and will not respond to it ourselves"
    r"|\b(?:does|do|will|shall)\s+not\s+respond\s+(?:to\s+(?:it|them)\s+)?(?:ourselves|itself|"
    r"themselves|directly)\b"
)


# The vendor's part in the procedure the school establishes (the school's own sentence is its
# duty, which the rules never read): "will respond to the Member's reasonable requests for
# assistance in connection with those procedures".
_UNDER_THE_SCHOOLS_PROCEDURE = (
    rf"{PROVIDER}[^.;]{{0,60}}\b(?:respond|answer|assist|cooperat|comply)\w*\b[^.;]{{0,80}}"
    r"\b(?:under|in connection with|pursuant to|in accordance with|as part of|with|in carrying "
    rf"out|in implementing)\s+(?:those|such|these|the|its|{LEA}['\u2019]s)\s+procedures\b"
    # "shall respond within forty-five (45) days to the LEA's request for Student Data … to
    # view or correct", "will respond to the Council's requests for copies of, or changes to,
    # its records": the school's requests, in the school's procedure
    rf"|{PROVIDER}[^.;]{{0,60}}\b(?:respond|answer)\w*\b[^.;]{{0,120}}"
    rf"(?:{LEA}['\u2019]s?\s+(?:reasonable\s+|written\s+)?requests?\b|\brequests?\s+(?:from|by)\s+"
    # ("… requests from the District for assistance in locating or amending such records",
    # "… the Customer's reasonable requests for access to or correction of Student Data")
    rf"(?:the\s+)?{LEA})[^.;]{{0,100}}\b(?:view|review|inspect|correct(?:ion|ions|ing)?|"
    r"amend(?:ing|ments?)?|changes?|cop(?:y|ies))\b"
    r"(?!\s+(?:to|of)\s+(?:this|the)\s+(?:agreement|statement|order|sow|contract|addendum)\b)"
)
# The vendor's part through the school, with a time: "will make any correction the District
# directs within ten (10) business days"; "will give the District a complete export …".
_CORRECTS_FOR_THE_SCHOOL = (
    r"\b(?:will|shall|must|agrees? to)\s+(?:promptly\s+)?(?:make|enter)\s+(?:any|each|every|the|"
    r"such|all)\s+(?:\w+\s+)?corrections?\b"
    r"|\b(?:will|shall|must|agrees? to)\s+(?:promptly\s+)?(?:correct|amend)\s+(?:the|any|such)\s+"
    r"(?:records?|data|information|errors?)\b"
)
_EXPORTS_FOR_THE_SCHOOL = (
    rf"{PROVIDER}[^.;]{{0,40}}\b(?:provid|giv|export|deliver|produc|mak)\w*\b[^.;]{{0,60}}"
    r"\b(?:cop(?:y|ies)|exports?|records?|data)\b"
)


def _schools_procedure_untimed(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether the procedure is the school's to establish, in ``sentence`` or the next two
    of its paragraph, with no time in which the vendor does its part: the vendor only
    answers the school (the readings table)."""
    window = _window(sentences, sentence, 3)
    return bool(re.search(_SCHOOLS_PROCEDURE, window)) and not periods_in_days(window)


@rule("R4")
@whole
def students_and_parents_may_review_and_correct_their_data(
    sentences: Sequence[Sentence],
) -> Verdict:
    verdict, through_school = _the_families_own_procedure(sentences)
    if verdict is not None:
        return verdict
    for sentence in find(sentences, _FAMILIES, _REVIEW_DATA):
        corrects = _vendor_corrects(sentences, sentence)
        if corrects is not None and has_placeholder(corrects.text):
            return weak(corrects, _LEFT_BLANK)
        if corrects is not None:
            return present(sentence, "students and parents may review and correct their data")
    grants = [s for s in find(sentences, _MAY, _REVIEW, _CORRECT) if s is through_school]
    if grants:
        return weak(grants[0], "lets families review and correct their data, but through the "
                               "school's procedure, not the vendor's")  # fmt: skip
    timed = _corrects_for_the_school(sentences)
    if timed is not None:
        return timed
    # Access and correction of the families' records, not of a security program.
    found = [
        s
        for s in find(
            sentences, _REVIEW, r"\b(?:correct|amend|rectif|updat|edit)\w*", _WHOSE_RECORDS
        )
        if not _to_school(sentences, s)
        and s is not through_school
        and not re.search(_DECLINES, lowered(s))
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
        for s in find(sentences, _FAMILY_REVIEWS, _REVIEW_DATA)
        if not re.search(_TO_SCHOOL, lowered(s))
    ]
    if reviews:
        return weak(reviews[0], "lets students and parents review their data, but not correct it")
    return _answers_the_school(sentences, through_school) or missing(
        "no way for students or parents to review and correct their data"
    )


# "Within [__] business days … Pagewise will make the corrections"
_LEFT_BLANK = "lets families review and correct their data, but the vendor's time is left blank"


def _the_families_own_procedure(
    sentences: Sequence[Sentence],
) -> tuple[Verdict | None, Sentence | None]:
    """The verdict on the first procedure by which families review and correct, and the
    first such procedure that runs through the school alone (which the caller weighs
    later)."""
    through_school: Sentence | None = None
    for sentence in find(sentences, _FAMILIES, _REVIEW, _CORRECT):
        low = lowered(sentence)
        if re.search(_DECLINES, low) and not re.search(_VENDOR_PASSES_ON, low):
            continue  # "does not respond to requests from parents to review …": no procedure
        if _schools_procedure_untimed(sentences, sentence):
            why = "lets families review and correct through procedures the school establishes"
            return weak(sentence, f"{why}; the vendor only answers the school"), None
        if re.search(_SOME_OR_AT_WILL, low):
            return weak(sentence, "lets some families review and correct, or only at the "
                                  "vendor's discretion"), None  # fmt: skip
        if not _to_school(sentences, sentence):
            if has_placeholder(_window(sentences, sentence, 2)):
                return weak(sentence, _LEFT_BLANK), None
            return present(sentence, "students and parents may review and correct their data"), None
        through_school = through_school or sentence
    return None, through_school


_STUDENTS_PAPERS = LazyPattern(
    r"^(?!.*\b(?:software|invoices?|order forms?|statements? of work|errors? in the)\b)"
    r".*\b(?:student|pupil|records?|data|documents?|reports?|evaluations?|assessments?)\b"
)


def _corrects_for_the_school(sentences: Sequence[Sentence]) -> Verdict | None:
    """The vendor's part through the school, with a time: present with the records given
    for review, weak with corrections alone."""
    untimed = None
    for sentence in find(sentences, _CORRECTS_FOR_THE_SCHOOL, LEA):
        if negated(sentence.text, _CORRECT):
            continue
        if not periods_in_days(lowered(sentence)):
            # "Consultant shall make any correction to the reports … that CREC directs in
            # writing", not to the software, an invoice or an order form
            if _STUDENTS_PAPERS.search(lowered(sentence)):
                untimed = untimed or sentence
            continue
        paragraph = [s for s in sentences if s.paragraph == sentence.paragraph]
        if any(re.search(_EXPORTS_FOR_THE_SCHOOL, lowered(s)) for s in paragraph) or find(
            sentences, _FAMILY_REVIEWS, _REVIEW_DATA
        ):
            return present(sentence, "gives the school the records and makes the corrections "
                                     "it directs, in a stated time")  # fmt: skip
        return weak(sentence, "makes the corrections the school directs, but gives families "
                              "no review")  # fmt: skip
    if untimed is not None:
        return weak(untimed, "makes the corrections the school directs, in no stated time; the "
                             "procedure is the school's")  # fmt: skip
    return None


def _answers_the_school(
    sentences: Sequence[Sentence], through_school: Sentence | None
) -> Verdict | None:
    """The vendor's only part is in the school's procedure: it helps the school answer the
    families' requests, or answers the school under procedures the school establishes (weak);
    or it only passes the requests on, which is no part (missing)."""
    helps = [
        s
        for s in find(sentences, _HELPS_THE_SCHOOL)
        # the families' requests named in the sentence, or in its paragraph ("Parents should
        # contact their School. Vendor will assist the School in responding to such requests."),
        # or by "such requests" after the school's own sentence, which the rules do not read
        if (re.search(_SUCH_REQUESTS, lowered(s)) and not _other_requests(sentences, s))
        or any(
            re.search(rf"\b{PARENTS}\b", lowered(other)) and re.search(_REVIEW, lowered(other))
            for other in sentences
            if other.paragraph == s.paragraph
        )
    ]
    if helps:
        return weak(helps[0], "helps the school answer families' requests to review their "
                              "data; no procedure of its own")  # fmt: skip
    serves = [
        s
        for s in find(sentences, _SERVES_THE_SCHOOL)
        if _among_families_requests(sentences, s) and not negated(s.text, _SERVES_VERBS)
    ]
    if serves:
        return weak(serves[0], "gives the school what it needs to answer families' requests "
                               "to review or correct; no procedure of its own")  # fmt: skip
    answers = find(sentences, _UNDER_THE_SCHOOLS_PROCEDURE)
    if answers:
        return weak(answers[0], "answers the school under procedures the school establishes; "
                                "no procedure of its own")  # fmt: skip
    if through_school is not None and re.search(
        _VENDOR_PASSES_ON, _window(sentences, through_school, 2)
    ):
        # refers families away and takes no part (the readings table)
        return missing("passes families' requests to review and correct to the school, and "
                       "takes no part in them", through_school)  # fmt: skip
    return None


def _other_requests(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether the requests ``sentence`` helps with are of another kind, named in its
    paragraph: "The District may ask the Vendor to delete Student Data …, and the Vendor will
    assist the District with such requests"."""
    paragraph = " ".join(lowered(s) for s in sentences if s.paragraph == sentence.paragraph)
    return bool(_OTHER_KINDS.search(paragraph))


_OTHER_KINDS = LazyPattern(
    r"\b(?:delet\w*|destr\w*|subpoenas?|law enforcement|court orders?|public records|"
    r"freedom of information|export\w*|breach\w*|incidents?)\b"
)
# "will assist the School in responding to such requests", "… with such a request"
_SUCH_REQUESTS = (
    r"\b(?:in responding to|with)\s+(?:such|these|those|any such)\s+(?:an?\s+)?requests?\b"
)
# "Consultant shall cooperate with CREC in responding to any request by a parent to inspect
# records", "will provide commercially reasonable assistance": the vendor's part in the
# school's procedure, with none of its own.
_HELPS_THE_SCHOOL = (
    rf"(?:{PROVIDER}|\b(?:we|it)\b)[^.;]{{0,60}}\b(?:cooperat\w*|assist\w*|work with|help\w*)\b"
    r"(?![^.;]*\bnot\b)[^.;]{0,80}\b(?:requests?|locate and correct|correct)\b"
    r"|\b(?:reasonable|commercially reasonable) (?:assistance|cooperation)\b[^.;]{0,80}"
    r"\brequests?\b"
)


# The vendor's part, done for the school, in the section on families' requests: "Consultant
# will provide Client with copies of the Client Data it holds about the student", "Chalkreel
# will provide reasonable assistance", "will assist Customer … in responding to requests from
# Data Subjects", "shall make the requested Student Data available to the LEA" (not "is
# designed to help Districts meet their obligations": no promise).
_SERVES_VERBS = r"\b(?:provid|giv|send|deliver|export|produc|mak|assist|cooperat|help|respond)\w*"
_VENDOR_WILL = (
    rf"(?:{PROVIDER}|\b(?:it|we)\b)[^.;]{{0,60}}?\b(?:will|shall|must|agrees? to)\s+"
    r"(?:(?:promptly|also|reasonably|then)\s+)?"
)
_SERVES_THE_SCHOOL = (
    rf"{_VENDOR_WILL}(?:provid|giv|send|deliver|export|produc|mak)\w*\s+"
    rf"(?:(?:the\s+)?{LEA}\s+(?:with\s+)?)?(?:[\w'\u2019-]+\s+){{0,4}}?(?:cop(?:y|ies)|exports?|"
    r"records?|data|information|documents?|reports?|plans?|assistance|help|support|"
    r"cooperation)\b"
    rf"|{_VENDOR_WILL}(?:assist|cooperat|help)\w*\s+(?:with\s+)?(?:the\s+)?{LEA}\b"
    rf"|{_VENDOR_WILL}respond\w*\s+to\s+(?:the\s+)?(?:reasonable\s+|written\s+)?{LEA}"
    r"(?:['\u2019]s?)?\s+(?:reasonable\s+|written\s+)?requests?\b"
    r"|\bmake\s+(?:any|the|each|such)\s+corrections?\b"
)
# Families' requests to see or correct their records, named in a heading or a sentence:
# "Parent and Student Requests", "requests from students and parents to review or correct"
# (not "the students affected … the corrective actions taken").
_FAMILIES_REQUESTS = (
    rf"\b{PARENTS}\b[^.;]{{0,120}}?\b(?:review|inspect|amend|correct(?:s|ed|ing|ions?)?\b|"
    rf"rectif)|\brequests?\b[^.;]{{0,40}}?\b(?:from|by|of)\s+(?:an?\s+|the\s+)?{PARENTS}\b"
    rf"|\b{PARENTS}\s+requests\b"
)


def _among_families_requests(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether ``sentence`` stands where the paper deals with families' requests: it, or one
    of the three before it in its paragraph, names them (the rules read no heading, and the
    school's own sentence, "School is responsible for responding to requests from parents",
    is not the vendor's to read)."""
    at = sentences.index(sentence)
    return any(
        re.search(_FAMILIES_REQUESTS, lowered(s))
        for s in sentences[max(0, at - 3) : at + 1]
        if s.paragraph == sentence.paragraph
    )
