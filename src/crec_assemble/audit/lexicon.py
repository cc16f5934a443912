"""The words vendors use, and the small tests the audit's rules make of one sentence.

Vendor paper names the parties its own way ("District", "LEA", "Customer" for CREC;
"Provider", "Company", "we" for the contractor), calls the data a dozen names, and hedges
its promises with negations ("will not sell"), carve-outs ("except as required to operate
the service") and periods written every way ("forty-eight (48) hours", "ten business
days"). The patterns and tests for all of that live here, once, so that each rule in
:mod:`crec_assemble.audit.rules` reads as what the regulation asks for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .breach_words import BREACH, NOTIFY, VAGUE
from .lazy_pattern import LazyPattern
from .negation import negated
from .pattern_cache import compile_pattern
from .reader import Sentence

__all__ = [
    "ADVERTISING",
    "AFFECTED_STUDENTS",
    "BREACH",
    "DATA",
    "DISCLOSED_IN",
    "EFFORTS",
    "EFFORT_WORDS",
    "ELSEWHERE",
    "IN_CLAUSE",
    "LEA",
    "NOTIFY",
    "NO_ONE",
    "OPENING_NOTWITHSTANDING",
    "OWNS",
    "PARENTS",
    "PROVIDER",
    "SCHOOL_STAFF_ROLES",
    "UNDERTAKING",
    "VAGUE",
    "after_a_disclosure",
    "clause_of",
    "find",
    "lowered",
    "negated",
    "next_in_paragraph",
    "of_no_one_alone",
    "sentence_after",
]

OPENING_NOTWITHSTANDING = r"^\W*+(?:[\d.]+\s+)?notwithstanding\b[^,;]{0,80},"
"""A sentence's opening "Notwithstanding Section 7 of the Licence Terms," (its clause number
before it), which sets another clause aside for what follows."""

IN_CLAUSE = r"(?:[^.;]|\.(?=\d))"
"""One character of the same clause: a full stop ends it, one inside a section number
("Section 4.2", "14.3 (Severability)") does not."""

LEA = (
    r"\b(?:crec|lea|local education(?:al)? agency|school district|district|board of education|"
    r"board|school|customer|client|(?:educational\s+)?institution|subscriber|licensee|"
    r"educational agency|council|"
    # a cooperative's member school: "the Member", "each Participating Member"
    r"controller|(?<=the )member|(?<=participating )member)s?\b"
)
"""The school, as vendors name it: CREC, the LEA, the District, the Customer…"""

AFFECTED_STUDENTS = (
    r"participants|learners|athletes|donors|players|campers|competitors|entrants|individuals"
)
"""The students a breach touched, by the service's word for them ("affected donors")."""

# The school's own people by role, never the students a breach touched: "affected Educator
# account holders", "affected faculty users".
SCHOOL_STAFF_ROLES = r"(?:educator|teacher|staff|administrator|admin|faculty|instructor|coach)"

PARENTS = (
    r"(?:parents?|guardians?|eligible students?|students?(?![-'\u2019]|\s+(?:data|records?|"
    r"information|personal|pii|generated))|"
    # "affected individuals", "affected Portal Users", "affected account holders", "affected
    # test-takers": the people a breach touched, as a service names its users
    # (not the school's staff: "affected Educator account holders", "affected teacher users")
    rf"affected (?!{SCHOOL_STAFF_ROLES}\s)(?:[\w-]+\s+)?"
    rf"(?:persons|users|account holders|test-takers|{AFFECTED_STUDENTS})|"
    r"data subjects?|families|family (?:users?|members?))"
)
"""Students and their families (but not "student data", which is the data)."""

PROVIDER = (
    r"\b(?:provider|vendor|(?:sub-?)?contractor|operator|consultant|company|(?:sub-?)?processor|"
    r"supplier|licensor|we)\b"
)
"""The contractor, as it names itself (a subcontractor, in a flow-down that binds one)."""

VENDOR_BY_ROLE = r"(?:contractor|provider|vendor|consultant|artist|performer)"
"""The contractor by a role word a consultant's form gives it ("the Artist", "the Performer"),
where the form's own definition may not have been read as its name."""

THE_VENDORS = rf"(?:its|our|my|(?:the\s+)?{PROVIDER}['\u2019]s)"
"""The contractor's own, by possessive: "its models", "our rights", "the Provider's property"."""

_IDENTIFYING = (
    r"(?:pictures?|photo(?:graph)?s?|images?|likeness|contact\s+details|(?:e-?mail\s+)?addresses|"
    r"phone\s+numbers|recordings?|videos?)"
)
DATA = (
    # "Student Health Information", "student attendance records"
    r"(?:student[- ](?:(?:health|medical|attendance|assessment|testing|health care|"
    r"counseling|counselling|transportation|meal|account)\s+)?(?:data|records?|information|"
    r"personal information|pii|"
    r"personally identifiable information)|personally identifiable information|\bpii\b|"
    r"education(?:al)? records?|pupil (?:records?|data|information)|customer data|"
    r"district data|school data|personal (?:data|information)|student[- ]generated content|"
    # "any information about individual students"
    r"information (?:about|on|concerning|regarding|relating to) (?:an? |any |the )?(?:individual "
    r"|identifiable |specific )?(?:students?|pupils?|learners?)\b|"
    # a service's word for its student users: "athlete information", "camper records"
    r"(?:athlete|camper|learner|participant)s?['\u2019]?\s+(?:information|data|records)|"
    # "any student's name, picture or information"
    # ("… name, photo or recording", "… name, picture or work"; three things or more that
    # identify them, "student names, email addresses or photographs", not "names or photos")
    r"students?['\u2019]s?\s+names?,\s+(?:pictures?|photo(?:graph)?s?|images?|likeness)\s+"
    r"(?:or|and)\s+(?:other\s+)?(?:information|recordings?|work|voice|videos?)|"
    # ("any student's name, details or photograph", "a student's name and details", "any
    # child's details")
    # (not the contact details alone, a narrower ban: "student contact details")
    r"(?:students?|pupils?|child(?:ren)?)['\u2019]?s?\s+(?:names?\s+(?:and|or)\s+)?(?:personal\s+)?"
    r"details\b|"
    rf"(?:students?|pupils?|child(?:ren)?)(?:['\u2019]s?)?\s+names?(?:,\s+(?:{_IDENTIFYING}|details)){{1,3}},?\s+"
    r"(?:or|and)\s+"
    rf"(?:other\s+)?(?:{_IDENTIFYING}|information|work|voice)|"
    # "information from School Accounts", "data in student accounts"
    r"(?:information|data)\s+(?:from|in)\s+(?:school|student|classroom|class)\s+accounts?\b|"
    # "student or family information"
    r"student\s+(?:or|and)\s+(?:family|parent|household)\s+(?:data|information|records)|"
    # "any student's information", "students' records"
    r"(?:students?|child(?:ren)?|pupils?)['\u2019]s?\s+(?:personal\s+)?(?:information|records)|"
    r"data)"
)
"""Student data, by any of its names."""

EFFORT_WORDS = (
    r"(?:all\s+|every\s+)?(?:commercially\s+)?(?:reasonable|good[- ]faith|best)\s+efforts?"
)
"""The measure of an effort: "all reasonable efforts", "commercially reasonable efforts"."""
EFFORTS = LazyPattern(
    rf"\b(?:(?:use|make|exercise)s?\s+{EFFORT_WORDS}|endeavou?rs?|attempts?|aims?|strives?)\s+to\b"
)
"""A promise only to try: "will use reasonable efforts to notify", "will endeavour to delete"."""

OF_NO_ONE_ALONE = LazyPattern(
    r"^(?!.*\bstudent\s+(?:data|information)\b(?<!identified student data)"
    r"(?<!aggregated student data)).*\b(?:de-?identified|aggregated|anonymi[sz]ed)\s+"
    r"(?:student\s+)?(?:data|information)\b"
)
"""A sentence of the de-identified data alone ("may use De-Identified Data for …"), whose uses
are U2's: not one that names the students' data too."""

# De-identified data named in the grant, and what is left of the data it names without them
_NO_ONE_DATA = LazyPattern(
    r"\b(?:de-?identified|aggregated|anonymi[sz]ed)(?:\s+(?:and|or)\s+(?:de-?identified|aggregated|"
    r"anonymi[sz]ed))*\s+(?:student\s+)?(?:data|information)\b"
)
_ANY_DATA = LazyPattern(r"\b(?:data|information|identifiers?|records|details)\b")


def of_no_one_alone(low: str) -> bool:
    """Whether a grant names de-identified data and no other ("may use anonymised and
    aggregated data for …"; not "personal information and de-identified information", "usage
    data and aggregated information")."""
    return bool(OF_NO_ONE_ALONE.search(low)) and not _ANY_DATA.search(_NO_ONE_DATA.sub(" ", low))


# Data that identify no one (de-identified, aggregated, anonymised): not student data.
NO_ONE = (
    r"\b(?:de-?identified|aggregat\w*|anonymi[sz]\w*)\b"
    # "attendance totals and program results that do not identify any student"
    r"|\b(?:does|do|will) not identify (?:any|a|an|the) (?:individual|student|pupil|person|child)"
    # "master files from which every student name and identifier has been removed" (not
    # "transcripts, with surnames removed": a name gone, the rest still there)
    r"|\b(?:every|all|each)\s+(?:student\s+)?names?\s+and\s+(?:other\s+|every\s+|all\s+)?"
    r"identifiers?\s+(?:has|have)\s+been\s+removed\b"
    r"|\bwith\s+(?:all|every)\s+(?:personally\s+)?identifying\s+(?:information|details)\s+"
    r"removed\b"
    # "photographs of trees, provided no student is named or can be identified in them"
    r"|\bno (?:student|pupil|child|individual) (?:is named or )?(?:can be |is )identified\b"
)
# What a kept thing holds: "Invoices (which show your school's name but no student
# information) are kept …" (not "… but no student information will be used", nor "…, which
# contain no student information, other than account IDs").
HOLDS_NO_STUDENT_DATA = (
    r"\b(?:which|that)\s+(?:show|contain|hold|include|list)s?\b[^.;()]{0,60}?\bno\s+"
    r"(?:student|pupil|personal)\s+(?:information|data|records)\b(?!,?\s*(?:other\s+than|except|"
    r"besides|beyond|apart\s+from)\b)"
)

ELSEWHERE = (
    r"\b(?:(?:as (?:otherwise )?)?(?:set (?:out|forth)|addressed|described|governed|determined|"
    r"provided|permitted|defined|listed)\s+(?:in|by|under)|subject to)\s+"
    # "… as otherwise described in these Terms and our Privacy Policy"
    r"(?:(?:this|these)\s+(?:agreement|terms|addendum)\s*,?\s+(?:and|or)\s+(?:in\s+)?)?"
    # (not the school's own: "the Board's Policy 5125", "any applicable Board policy", "CREC's
    # Data Practices Statement"; nor a document attached to the contract)
    r"(?!(?:board|district|lea|crec|school|council)['\u2019]s\s)"
    r"(?:the|its|our|their|a|any|[\w-]+['\u2019]s)\s+"
    r"(?!(?:[\w'\u2019-]+\s+){0,3}?(?:board|district|lea|crec|school|customer|institution|council)"
    r"(?:['\u2019]s)?\s)"
    r"(?![^.;]{0,80}\b(?:attached|appended|incorporated)\b[^.;]{0,40}\b(?:exhibit|schedule|appendix|"
    r"this\s+agreement)\b)"
    # ("… as otherwise permitted under Consultant's Institutional Data Practices Statement")
    r"(?:[\w'\u2019-]+\s+){0,6}?(?:policy|policies|terms and conditions|notice|"
    r"(?:privacy|practices?|data\s+use|information) statement|statement\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"practices|terms of (?:use|service)"
    # ("the additional purposes described in the Lumenfold Privacy Center at https://…")
    # ("… in the Maplewood Help Center", "… Trust & Safety Center", "… on our Privacy FAQ page")
    r"|(?:privacy|trust|help|support|safety)\s+(?:center|centre|hub|portal)|(?:privacy\s+)?faq\s+page)\b"
)
"""A matter left to a document the vendor writes and can change: "as set out in our Privacy
Policy", "is governed by the Manufacturer's Education Terms and Conditions", "or as otherwise
permitted by the Subscription Terms or the Privacy Policy", "subject to our Terms of Service",
"as otherwise described in these Terms and our Privacy Policy"."""

DISCLOSED_IN = (
    r"\bdisclosed\s+in\s+(?:the|its|our|a|an|[\w-]+['\u2019]s)\s+"
    r"(?!(?:[\w'\u2019-]+\s+){0,3}?(?:board|district|lea|crec|schools?)(?:['\u2019]s?)?\s)"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:policy|notice)\b"
)
"""Uses "disclosed in" the vendor's own policy or notice ("as disclosed in the MatGrid Privacy
Policy", "… in a privacy notice posted on our website"), not in the school's ("the Hartford
Public Schools' privacy notice")."""

PURPOSES_ELSEWHERE = (
    # ("for the other operational purposes listed in the Pathwise Privacy Policy")
    rf"\b(?:(?:other|further|additional)\s+(?:[\w-]+\s+)?purposes|(?:the|those)\s+"
    rf"(?:[\w-]+\s+){{0,2}}purposes)\s+"
    # (not the school's own policy: "… described in the District's Data Governance Policy")
    rf"(?!(?:as\s+)?(?:[\w-]+\s+){{1,2}}(?:in|by|under)\s+(?:the\s+)?{LEA}['\u2019]s?\s)"
    rf"(?:{ELSEWHERE}|(?:as\s+)?{DISCLOSED_IN}"
    # a privacy notice's own pages, which the vendor writes as well: "for the other purposes
    # described on this page", "… in this Notice"
    r"|(?:described|set (?:out|forth)|listed)\s+(?:in|on)\s+this\s+(?:page|notice|privacy notice|"
    r"policy|privacy policy|pledge)\b"
    # or to what the vendor will tell the school later: "for other purposes that we describe to
    # the School at the time we collect it"
    # (not "… that we identify to the School in the signed Order Form")
    r"|(?:that\s+|which\s+)?(?:we|contractor|i)\s+(?:will\s+)?(?:describe|disclose|explain|identify|"
    r"notify|tell|communicate)\w*\s+(?:to\s+)?(?:the\s+|your\s+)?(?:school|you|district|customer)\b"
    r"(?:\s+about)?\s+(?:at\s+the\s+time|when|from\s+time\s+to\s+time|later|before)\b)"
)
"""Uses left to a document the vendor writes: "We also use it for the other purposes described
in our Privacy Policy", "… and for the purposes described in our Privacy Policy", "… for the
other purposes described on this page", in a sentence of its own or at the end of a limit."""

OWNS = (
    r"(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\byour )(?<!\bmy )"
    r"\b(?:(?<!['\u2019]s )own(?:s|ed|ers?|ership)?|property|title|belong\w*)\b"
    # … but "are not my property" says whose the data are (not "to protect its property")
    r"|\b(?:is|are|remains?|be)\s+(?:not\s+|never\s+)?(?:my|our|its|their|your)\s+"
    r"(?:sole\s+)?property\b"
    # "Students retain all rights in the essays they write"
    r"|\bretains?\s+all\s+(?:rights?|right,? title and interest)\b"
    # "I claim no rights in anything students make" (a disclaimer, read by its "no")
    r"|(?<=\bwe claim no )rights?\b|(?<=\bi claim no )rights?\b|(?<=contractor claims no )rights?\b"
    r"|(?<=contractor claim no )rights?\b|(?<=artist claims no )rights?\b"
    r"|(?<=performer claims no )rights?\b"
)
"""Ownership, but not "their own" ("students work at their own pace" owns nothing)."""

SPONSORED_FOR_THE_STUDENT = (
    # (not "sponsor messages … not selected using any information about the Student")
    # (nor "no sponsored content is ever selected …", "Sponsors have no say …; lessons are
    # selected by the teacher …")
    r"(?<!\bno )\bsponsor\w*\b(?:(?!\b(?:no|not|never|nor|teachers?)\b)[^.]){0,120}"
    r"(?<!\bnot )(?<!\bnever )\b(?:selected|chosen|picked|tailored|"
    r"matched|targeted)\b[^.]{0,20}"
    r"\b(?:based on|by|according to|using)\b[^.]{0,100}\b(?:students?|pupils?|child(?:ren)?|"
    # "… chosen based on the appliance type recorded in the App": what the service holds
    r"recorded|entered|logged)\b"
    # "… from sponsoring organizations, matched to a student's grade level"
    r"|(?<!\bno )\bsponsor\w*\b"
    r"(?:(?!\b(?:no|not|never|nor|teachers?|while|whereas|but)\b)[^.;]){0,80}"
    r"(?<!\bnot )(?<!\bnever )\b(?:matched|tailored)\s+to\s+(?:a\s+|the\s+|each\s+)?"
    r"(?:students?|pupils?|child)['\u2019]s\b"
)
"""Paid content picked by what the service knows of the student: "Sponsored cards … are
chosen based on the reading level and topics of the pages a student views", "Sponsor
Messages may be selected by the sport, level and school of the Student". Targeted
advertising (13), and a use of student information beyond the four (U1)."""

ADVERTISING = (
    r"\b(?:target(?:s|ed|ing)?|advertis(?:e|es|ed|ing|ements?)|ads?(?!-)|"
    r"(?<!stock )(?:marketing|markets|marketed|"
    r"market(?!\s+(?:data|prices?|values?|conditions|simulations?)\b)))\b"
)
"""Advertising as an activity; "advertisers" and "marketers" are buyers, not the activity,
and "market data" or "the stock market" a thing traded in, not a selling to anyone."""

# A promise, not a title: "Data Protection Addendum" protects nothing.
UNDERTAKING = (
    r"\b(?:shall|will|must|agrees?|maintains?|implements?|uses?|we|keeps?|takes|"
    r"follows|protects|stores?|employs|applies)\b"
    r"|\b(?:we|i|contractor)['\u2019]ll\b"  # ("I'll take reasonable care", not "You'll")
)

# Where one item of a list of promises ends: "…; or", "…; and", or "…; (c)" before the next
# lettered item (a bare ";" may lead into the promise's own exception: "; except that …").
_LIST_ITEM_BREAK = LazyPattern(
    r";\s+(?:(?:or|and)\s+(?:\(?[a-z0-9]{1,3}\)\s+)?|\(?[a-z0-9]{1,3}\)\s+)"
)


def lowered(sentence: Sentence) -> str:
    """The sentence's text, case-folded for matching."""
    return sentence.text.casefold()


def sentence_after(sentences: Sequence[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence just after ``sentence``, in its paragraph or opening the next; None at the
    end of the paper."""
    at = sentences.index(sentence)
    return sentences[at + 1] if at + 1 < len(sentences) else None


def next_in_paragraph(sentences: Sequence[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence just after ``sentence`` when it is in the same paragraph, else None: the
    words that finish what a sentence began ("We use it to run the App. We do not use it for
    anything else.")."""
    after = sentence_after(sentences, sentence)
    return after if after is not None and after.paragraph == sentence.paragraph else None


def find(sentences: Sequence[Sentence], *patterns: str) -> list[Sentence]:
    """Sentences matching every pattern (case-insensitive); headings are not evidence.

    A pattern is compiled only once a sentence has matched every pattern before it: in a
    fresh process compiling a long alternation costs more than testing every sentence
    with it, and a contract without the first pattern's words never needs the others.
    """
    compiled: list[re.Pattern[str]] = []

    def matches(text: str) -> bool:
        for index, pattern in enumerate(patterns):
            if index == len(compiled):
                compiled.append(compile_pattern(pattern, re.IGNORECASE))
            if not compiled[index].search(text):
                return False
        return True

    return [s for s in sentences if not s.heading and matches(s.text)]


def after_a_disclosure(low: str, verb: str) -> bool:
    """Whether ``verb`` (a pattern) is a recipient's, named after a disclosure ("will not
    disclose … except to providers that use the data only for …", "we share Student Data
    with hosts under contracts that require them to protect it"), not the vendor's own."""
    # not "Shared Data" or "Disclosed Information", the data by a defined name (but "we
    # share information only as follows: with providers who host, store …" is a disclosure)
    shared = re.search(
        r"\b(?:disclos(?:e|es|ing|ures?)|shar(?:e|es|ing))\b"
        r"|\b(?:disclosed|shared)\b(?!\s+(?:data|information|records)\b)"
        # (nor the data the school gave the vendor: "The Student Data shared pursuant to the
        # License, including …, shall be used for no purpose other than …"; but "disclosed under
        # this Agreement to Provider's subprocessors" is sent on)
        r"(?!\s+(?:pursuant to|under)\s+(?:the|this)\s+[\w-]+\b(?!\s+(?:to|with)\b))",
        low,
    )
    acted = re.search(verb, low)
    return (
        shared is not None
        and acted is not None
        and shared.start() < acted.start()
        # "will not sell or share data with third parties, and will use and collect …": a
        # promise of its own joined on, the vendor's act again
        and not re.search(
            r"[,;]\s*and\s+(?:(?:we|it|they|i)\s+|(?:\w+\s+)?(?:will|shall|must|agrees?\s+to)\b)",
            low[shared.end() : acted.start()],
        )
    )


def clause_of(text: str, verb: str) -> str:
    """The one promise of a list that holds ``verb``: "shall not: sell …, unless the sale is
    part of a merger …; or disclose …, unless …" is two promises, and the second's exception
    is none of the first's. Without ``verb``, the whole text."""
    low = text.casefold()
    match = re.search(verb, low)
    if match is None:
        return text
    starts = [m.end() for m in _LIST_ITEM_BREAK.finditer(low, 0, match.start())]
    ends = _LIST_ITEM_BREAK.search(low, match.end())
    return text[starts[-1] if starts else 0 : ends.start() if ends else len(text)]
