"""The vendor's part in review and correction (provision 4) where the procedure is the
school's: it makes the corrections or gives the records the school directs (present with a
time and the records, weak without); it helps the school answer, answers the school under the
school's procedure, or gives the school what it needs for the families' requests (weak); or
it only passes the requests on (missing). :mod:`.review` reads the families' own procedure
first and asks this module only when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..durations import periods_in_days
from ..lazy_pattern import LazyPattern
from ..lexicon import BREACH, LEA, PARENTS, PROVIDER, find, lowered, negated
from ..reader import Sentence
from .registry import Verdict, missing, present, weak
from .review_words import (
    CORRECT,
    FAMILY_REVIEWS,
    OBLIGATION_TO_RESPOND,
    REVIEW,
    REVIEW_DATA,
    VENDOR_PASSES_ON,
    paragraph_window,
)

__all__ = ["answers_the_school", "corrects_for_the_school"]

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
    rf"(?:{LEA}['\u2019]s?\s+(?:reasonable\s+|written\s+|verified\s+)?requests?\b|\brequests?\s+(?:from|by)\s+"
    # ("… requests from the District for assistance in locating or amending such records",
    # "… the Customer's reasonable requests for access to or correction of Student Data")
    rf"(?:the\s+)?{LEA})[^.;]{{0,100}}\b(?:view|review|inspect|correct(?:ion|ions|ing)?|"
    r"amend(?:ing|ments?)?|changes?|cop(?:y|ies))\b"
    r"(?!\s+(?:to|of)\s+(?:this|the)\s+(?:agreement|statement|order|sow|contract|addendum)\b)"
    # "We will answer the Host's questions about what we hold"
    rf"|{PROVIDER}[^.;]{{0,20}}\b(?:answer|respond\s+to)\s+(?:the\s+)?{LEA}['\u2019]s\s+questions\b"
    # "please have the school send us the request and we'll reply to the school"
    rf"|\b(?:have|ask)\s+(?:the\s+|your\s+)?{LEA}\s+(?:to\s+)?send\s+(?:us|me)\s+(?:the|that|their|a)\s+"
    rf"requests?\b[^.;]{{0,40}}\b(?:we|i)(?:['\u2019]ll|\s+will)\s+(?:reply|respond|answer)\s+to\s+"
    rf"(?:the\s+|your\s+)?{LEA}"
)
# The vendor's part through the school, with a time: "will make any correction the District
# directs within ten (10) business days"; "will give the District a complete export …".
_CORRECTS_FOR_THE_SCHOOL = (
    r"\b(?:will|shall|must|agrees? to)\s+(?:promptly\s+)?(?:make|enter)\s+(?:any|each|every|the|"
    # ("Estampie will make a correction within ten (10) days of receiving the Host's written
    # instruction")
    r"such|all|a)\s+(?:\w+\s+)?corrections?\b"
    r"|\b(?:will|shall|must|agrees? to)\s+(?:promptly\s+)?(?:correct|amend)\s+(?:the|any|such)\s+"
    r"(?:records?|data|information|errors?)\b"
)
# (sent or forwarded, the copy is what goes: "send the School a copy", "forward the request …,
# together with a copy of …"; not "send the School a note confirming which records changed")
_EXPORTS_FOR_THE_SCHOOL = (
    rf"{PROVIDER}[^.;]{{0,40}}\b(?:provid|giv|export|deliver|produc)\w*\b[^.;]{{0,100}}"
    r"\b(?:cop(?:y|ies)|exports?|records?|data)\b"
    rf"|{PROVIDER}[^.;]{{0,40}}\b(?:forward|send|mak)\w*\s+(?:the\s+\w+\s+)?(?:an?\s+)?(?:full\s+|"
    r"complete\s+)?(?:cop(?:y|ies)|exports?)\b"
    rf"|{PROVIDER}[^.;]{{0,40}}\b(?:forward|send)\w*\b[^.;]{{0,100}}\b(?:together\s+with|along\s+"
    r"with|with|including)\s+(?:an?\s+|the\s+)?(?:full\s+|complete\s+)?cop(?:y|ies)\b"
)


_STUDENTS_PAPERS = LazyPattern(
    r"^(?!.*\b(?:software|invoices?|order forms?|statements? of work|errors? in the)\b)"
    r".*\b(?:student|pupil|records?|data|documents?|reports?|evaluations?|assessments?)\b"
)


def corrects_for_the_school(sentences: Sequence[Sentence]) -> Verdict | None:
    """The vendor's part through the school, with a time: present with the records given
    for review, weak with corrections alone."""
    untimed = None
    for sentence in find(sentences, _CORRECTS_FOR_THE_SCHOOL, LEA):
        if negated(sentence.text, CORRECT):
            continue
        if not periods_in_days(lowered(sentence)):
            # "Consultant shall make any correction to the reports … that CREC directs in
            # writing", not to the software, an invoice or an order form
            if _STUDENTS_PAPERS.search(lowered(sentence)):
                untimed = untimed or sentence
            continue
        paragraph = [s for s in sentences if s.paragraph == sentence.paragraph]
        if any(re.search(_EXPORTS_FOR_THE_SCHOOL, lowered(s)) for s in paragraph) or find(
            sentences, FAMILY_REVIEWS, REVIEW_DATA
        ):
            return present(sentence, "gives the school the records and makes the corrections "
                                     "it directs, in a stated time")  # fmt: skip
        return weak(sentence, "makes the corrections the school directs, but gives families "
                              "no review")  # fmt: skip
    if untimed is not None:
        return weak(untimed, "makes the corrections the school directs, in no stated time; the "
                             "procedure is the school's")  # fmt: skip
    return None


def answers_the_school(
    sentences: Sequence[Sentence], through_school: Sentence | None
) -> Verdict | None:
    """The vendor's only part is in the school's procedure: it helps the school answer the
    families' requests, or answers the school under procedures the school establishes (weak);
    or it only passes the requests on, which is no part (missing)."""
    helps = [
        s
        for s in find(sentences, _WHAT_HELP_IS_FOR, _HELPS_THE_SCHOOL)
        # the families' requests named in the sentence, or in its paragraph ("Parents should
        # contact their School. Vendor will assist the School in responding to such requests."),
        # or by "such requests" after the school's own sentence, which the rules do not read
        if (re.search(_SUCH_REQUESTS, lowered(s)) and not _other_requests(sentences, s))
        or any(
            re.search(rf"\b{PARENTS}\b", lowered(other)) and re.search(REVIEW, lowered(other))
            for other in sentences
            if other.paragraph == s.paragraph
        )
        # … or after the school's own duty to set up the families' procedure ("You are
        # responsible for establishing the procedures by which a parent … may review and
        # correct …. When you ask, we will help you respond")
        or _after_the_families_procedure(s)
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
    answers = find(sentences, _UNDER_THE_SCHOOLS_PROCEDURE) or [
        s for s in find(sentences, _DOES_ITS_PART) if _after_the_schools_procedure(s)
    ]
    if answers:
        return weak(answers[0], "answers the school under procedures the school establishes; "
                                "no procedure of its own")  # fmt: skip
    if through_school is not None and re.search(
        VENDOR_PASSES_ON, paragraph_window(sentences, through_school, 2)
    ):
        # refers families away and takes no part (the readings table)
        return missing("passes families' requests to review and correct to the school, and "
                       "takes no part in them", through_school)  # fmt: skip
    return None


# The school's own procedure for the families, in the school's sentence: "The LEA shall
# establish reasonable procedures by which a parent … may review Student Data … and correct
# erroneous information", "The District will handle any request by a student … to review or
# amend education records under the District's own procedures".
_SCHOOLS_PROCEDURE_FOR_FAMILIES = LazyPattern(
    # (a review alone only where the vendor answers in a time: see _after_the_families_procedure)
    # ("Customer is responsible for establishing its own procedures for reviewing and correcting
    # student records")
    # (the students' records only with procedures named: not the school's own check "before it
    # uploads them")
    rf"^(?=.*\b{PARENTS}\b|(?=.*\bprocedures?\b).*\bstudents?['\u2019]?s?\s+records\b)"
    r"(?=.*\b(?:amend|correct|review|inspect)\w*)"
    # ("Customer is responsible for responding to requests from parents … to review or
    # correct Student Data")
    r".*\b(?:procedures?|handle[sd]?|handling|responding|responsible)\b"
)
# The vendor's part after it: "Provider shall respond to the LEA's request … within thirty (30)
# days", "the Provider shall make the requested Student Data available to the LEA",
# "Contractor will make in its working files any correction the School directs" (not "will
# refer the requester to Customer", no part).
_DOES_ITS_PART = (
    rf"(?:{PROVIDER}|\b(?:it|we)\b)[^.;]{{0,60}}?\b(?:will|shall|must|agrees? to)"
    # ("Standpipe will, on Customer's written request, provide the relevant records")
    # (not the vendor's discretion: "will, if Maplewood in its sole discretion agrees, provide")
    r"(?:,(?![^,;]*\b(?:discretion|agrees?|decides?|elects?)\b)[^,;]{1,90},)?\s+"
    r"(?:(?:promptly|also|reasonably)\s+)?(?:respond|provid|giv|mak|correct|amend|"
    # ("Processor shall carry out a Customer instruction to export or correct a student's records")
    r"export|deliver|carry\s+out|"
    # ("the Provider will supply the requested Student Data, or make the correction")
    r"send|assist|cooperat|suppl|furnish)\w*\b"
)


def _after_the_families_procedure(sentence: Sentence) -> bool:
    """Whether the school's own duty to set up the families' procedure stands just before
    ``sentence`` (the rules read the school's sentence only through it). A procedure to
    review alone counts only where the vendor answers the school in a stated time ("At the
    Subscriber's written request, Quillwork will provide … an export … within twenty (20)
    days"), not where it leaves the school an export tool to answer with."""
    schools = sentence.after_school.lower()
    return bool(_SCHOOLS_PROCEDURE_FOR_FAMILIES.search(schools)) and (
        bool(_CORRECTION.search(schools))
        # (the period the review's answer takes, not a breach notice's)
        or (bool(periods_in_days(lowered(sentence))) and not BREACH.search(lowered(sentence)))
    )


_CORRECTION = LazyPattern(r"\b(?:amend|correct)\w*")


def _after_the_schools_procedure(sentence: Sentence) -> bool:
    """Whether ``sentence`` does the vendor's part just after the school's own sentence
    setting up the families' procedure (which the rules read only through it), and about
    the families' records or requests, not "shall provide the Service …"."""
    return (
        _after_the_families_procedure(sentence)
        # ("Provider will reasonably cooperate with Customer", after the school's duty)
        and bool(_THE_RECORDS.search(lowered(sentence)) or _HELPS.search(lowered(sentence)))
        # (the school's own inability before it is no denial of the vendor's part: "Where
        # Customer cannot make a correction itself, Standpipe will … make the correction")
        and not negated(_WHAT_THE_SCHOOL_CANNOT.sub(" ", lowered(sentence)), _SERVES_VERBS)
    )


_WHAT_THE_SCHOOL_CANNOT = LazyPattern(
    rf"^\W*(?:where|if|when)\s+(?:the\s+)?{LEA}\s+(?:cannot|can\s*not|is\s+unable\s+to)\b[^,;]{{0,100}},"
)


_HELPS = LazyPattern(r"\b(?:cooperat|assist|help)\w*")
_THE_RECORDS = LazyPattern(
    r"\b(?:requests?|records?|data|information|corrections?|amend\w*|correct\w*|cop(?:y|ies)|"
    r"exports?)\b"
)


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
# The words every form of that help ends on, looked for first: the costly pattern below runs
# only on a sentence that has one.
_WHAT_HELP_IS_FOR = (
    r"\b(?:requests?|correct\w*|amend\w*|retriev\w*|respond\w*|obligations?|asks?)\b"
)
_HELPS_THE_SCHOOL = (
    rf"(?:{PROVIDER}|\b(?:we|it)\b)[^.;]{{0,60}}\b(?:cooperat\w*|assist\w*|work with|help\w*)\b"
    # ("… will use reasonable efforts to help the School retrieve or amend the relevant
    # records", "The Artist will cooperate with the School in responding.")
    # (the bare "in responding" only where the sentence ends, and never a breach's)
    r"(?![^.;]{0,80}\bnot\b)[^.;]{0,80}\b(?:requests?|locate and correct|correct|amend|retrieve|"
    r"in responding(?=(?:\s+to\s+(?:them|it|(?:such|these|those|the|any)\s+(?:[\w-]+\s+)?"
    r"requests?))?\s*[.;]?$)(?![^.]*\b(?:breach|incident)))\b"
    r"|\b(?:reasonable|commercially reasonable) (?:assistance|cooperation)\b[^.;]{0,80}"
    r"\brequests?\b"
    # "… shall assist Customer …, insofar as this is possible, to fulfil Customer's obligation
    # to respond to requests from Data Subjects"
    rf"|(?:{PROVIDER}|\b(?:we|it)\b)[^.;]{{0,60}}\b(?:assist|help|support)\w*\s+(?:the\s+)?{LEA}\b"
    rf"[^.;]{{0,120}}?\b{OBLIGATION_TO_RESPOND}"
    # the help after the school's asking: "if the School asks us to make a correction that it
    # cannot make itself, we will help", "When you ask, we will help you respond"
    rf"|\b(?:if|when|where)\s+(?:you|(?:the\s+)?{LEA})\s+asks?\b[^.;]{{0,100}}?"
    r"\b(?:we|i|contractor)\s+will\s+(?:help|assist)\b"
)


# The vendor's part, done for the school, in the section on families' requests: "Consultant
# will provide Client with copies of the Client Data it holds about the student", "Chalkreel
# will provide reasonable assistance", "will assist Customer … in responding to requests from
# Data Subjects", "shall make the requested Student Data available to the LEA" (not "is
# designed to help Districts meet their obligations": no promise).
_SERVES_VERBS = r"\b(?:provid|giv|send|deliver|export|produc|mak|assist|cooperat|help|respond)\w*"
_VENDOR_WILL = (
    # ("we'll send the copy to the child's teacher")
    rf"(?:{PROVIDER}|\b(?:it|we)\b)[^.;]{{0,60}}?"
    r"(?:\b(?:will|shall|must|agrees? to)|(?<=\bwe)['\u2019]ll)\s+"
    r"(?:(?:promptly|also|reasonably|then)\s+)?"
)
_SERVES_THE_SCHOOL = (
    rf"{_VENDOR_WILL}(?:provid|giv|send|deliver|export|produc|mak|furnish|supply)\w*\s+"
    rf"(?:(?:the\s+)?{LEA}\s+(?:with\s+)?)?(?:[\w'\u2019-]+\s+){{0,4}}?(?:cop(?:y|ies)|exports?|"
    r"records?|data|information|documents?|reports?|plans?|assistance|help|support|"
    r"cooperation)\b"
    rf"|{_VENDOR_WILL}(?:assist|cooperat|help)\w*\s+(?:with\s+)?(?:the\s+)?{LEA}\b"
    rf"|{_VENDOR_WILL}respond\w*\s+to\s+(?:the\s+)?(?:(?:reasonable|written)\s+){{0,2}}{LEA}"
    r"(?:['\u2019]s?)?\s+(?:(?:reasonable|written)\s+){0,2}requests?\b"
    # "we will respond to the School within a reasonable time, either by exporting the
    # relevant records or …"
    # (the records given, not "to say that we hold no copy" or "… cannot export those records",
    # nor "a copy of its contact details")
    rf"|{_VENDOR_WILL}respond\w*\s+to\s+(?:the\s+)?{LEA}\b"
    r"(?:(?!\b(?:no|not|never|cannot|unable)\b|n['\u2019]t\b)[^.;]){0,80}"
    r"\b(?:export\w*|cop(?:y|ies)\s+of\s+(?:the\s+)?(?:relevant\s+|requested\s+)?(?:records?|data|"
    r"student\w*|information))\b"
    r"|\bmake\s+(?:any|the|each|such)?\s*corrections?\s+(?:that\s+)?(?:the\s+)?"
    rf"(?:{LEA}\s+directs|directed)\b|\bmake\s+(?:any|the|each|such)\s+corrections?\b"
)
# Families' requests to see or correct their records, named in a heading or a sentence:
# "Parent and Student Requests", "requests from students and parents to review or correct"
# (not "the students affected … the corrective actions taken").
_FAMILIES_REQUESTS = (
    # (requests to see or correct, not "students review assignments" or requests to delete)
    rf"^(?=.*\b(?:review|inspect|amend|correct(?:s|ed|ing|ions?)?\b|rectif|access|see|view|"
    r"cop(?:y|ies)\b|exercis\w*\s+(?:their|his or her|his|her)\s+rights))"
    rf"(?:.*\brequests?\b[^.;]{{0,40}}?\b(?:from|by|of)\s+(?:an?\s+|the\s+)?{PARENTS}\b"
    rf"|.*\b(?:{PARENTS}|parental)\s+requests\b"
    rf"|.*\b{PARENTS}\b[^.;]{{0,60}}?\b(?:may|can|wish\w*|want\w*|ask\w*|seek\w*)\b[^.;]{{0,60}}?"
    # ("If a parent or carer asks the School to see what we hold about their child", "Parents
    # can ask the school to see what student information we hold", "… can ask their child's
    # teacher for a copy of the child's journal entries")
    r"\b(?:review|inspect|amend|correct(?:s|ed|ing|ions?)?\b|rectif|cop(?:y|ies)\s+of\b"
    r"|see\s+what\s+(?:[\w-]+\s+){0,3}?(?:we|i|contractor)\s+(?:holds?|ha(?:s|ve)|keeps?)\b))"
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
