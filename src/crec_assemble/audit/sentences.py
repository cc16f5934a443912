"""What each sentence of a vendor's contract is, decided before any requirement rule sees it.

A contract is not all promises. Its definitions ("'PII' includes, but is not limited to …"),
recitals ("WHEREAS …"), headings ("12.4 Governing Law.") and descriptions of other documents
("the base agreement is written against FERPA") promise nothing, and the school's own duties
("School shall notify parents") bind the school, not the vendor. Each sentence is read once
here into a :class:`Reading`: its kind, the party its obligation binds (the subject of the
modal), the spans its denials govern and the periods it names. The rules then read only the
sentences that bind the vendor (:func:`vendor_obligations`).

A term that names no bound party ("Student Data remain the property of the District", "This
Agreement is governed by the laws of Connecticut", "Student Data shall be deleted within 30
days") binds both parties, the vendor among them, and reads as the vendor's. So does a right
given to the school or to families ("Parents may review and correct …"): the vendor must
honour it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .binding import DUTY, PARTY, Party, bound_parties
from .durations import Duration, durations
from .lazy_pattern import LazyPattern
from .negation import Scope, negation_scopes
from .parties import as_contractor, party_names
from .reader import Sentence

__all__ = [
    "Kind",
    "Party",
    "Reading",
    "bound_parties",
    "classify",
    "operative",
    "vendor_obligations",
]

Kind = Literal["vendor", "school", "definition", "recital", "heading", "reference", "other"]

_HEADING = LazyPattern(
    r"^\s*(?:(?i:section|article|part|exhibit|schedule|appendix)\s+)?(?:[\dIVXivx]+|[A-Z])"
    r"(?:\.\d+)*\.?"
    r"\s+[A-Z][\w'\u2019,&/()\- ]{0,70}\.?\s*$"
)
# A short numbered line with a verb in it is a sentence, not a title: "2.2 Lumen owns Usage
# Data." states who owns what, "9.2 The provisions of this Rider are severable." says something
# of them; "12.4 Governing Law." names a section.
_STATEMENT = LazyPattern(
    # ("5.1 Student information the School gives us stays the School's.")
    r"\b(?:is|are|was|were|be|been|has|have|owns?|belongs?|remains?|stays?|may|can"
    # "4.2 Vendor's security practices meet or exceed industry standards."
    r"|meets|meet or exceed|exceeds|complies|encrypts|protects|maintains|follows|governs|"
    r"applies|survives|retains|deletes|notifies|agrees|acknowledges"
    # "5.1 Provider does not sell Student Data.", "3.1 Vendor uses Student Data only …"
    # ("3. Permitted Uses" is a title: "uses" counts only before what is used)
    r"|does not|do not|never|collects|sells|discloses|(?:don|doesn|won)['\u2019]t"
    # "4.3 We take reasonable care of student information." (the vendor speaking, in a sentence)
    # ("5.10 I comply with all applicable laws, including FERPA.", its "I" read "Contractor")
    r"|['\u2019]ll\s|^\W*(?:[\d.]+\s+)?(?:we|i|contractor)\s+(?:\w+\s+)?(?:take|keep|use|delete|encrypt|store|"
    r"share|sell|comply|follow|protect|notify)"
    # "4.1 Participants keep ownership of their Submissions."
    r"|(?:keeps?|retain)\s+(?:all\s+)?(?:ownership|title|rights?|copyrights?)"
    # "8.2 The Services contain no advertising.", "6.1 Classroom Accounts see no ads."
    r"|(?:contains?|carr(?:y|ies)|displays?|shows?|serves?|sees?|gets?|receives?)\s+no"
    r"|(?:uses|shares|stores)\s+(?:student|customer|personal|the|its|such|all|any|no)\b"
    # "5.4 Our systems follow industry standard security practice." (a plural subject's verb)
    r"|\b(?:systems|servers|staff|employees|teams|safeguards|controls)\s+(?:follow|meet|comply|adhere|conform|"
    r"encrypt|protect|store|use)\b)\b"
)
_RECITAL = LazyPattern(r"^\W*(?:whereas|recitals?\b|background\b|now,? therefore)", re.IGNORECASE)
# … or a title run into it, as a PDF's lines are joined: "Part Two: Standard Student Data
# Privacy Agreement WHEREAS, the Provider and the LEA recognise …" (the word in capitals)
_GLUED_RECITAL = LazyPattern(
    r"^\W*(?:(?:[A-Z0-9][\w'\u2019:.-]*|of|and|the|for|to|on|an?|in)\s+){1,15}(?:WHEREAS|Whereas),\s"
)
# The formula that closes the recitals ("NOW, THEREFORE, … the parties agree as follows:")
# introduces the operative terms; glued onto one by the reader, it must not make it a recital.
_CLOSING = LazyPattern(r"^\W*now,? therefore\b[^:;]{0,200}:\s*(?=\S)", re.IGNORECASE)
_TERM = r"[\"\u201c\u2018'][^\"\u201d\u2019']{1,60}[\"\u201d\u2019']"
_DEFINITION = LazyPattern(
    # a definition under a section number of one or several levels: "(a)", "1.7", "B.4.1"
    r"^\W*(?:\(?\w{1,4}[.)]\s*|(?:[A-Z]\.)?\d+(?:\.\d+)+\.?\s*)?"
    rf"(?:the terms?\s+)?{_TERM}(?:\s*(?:or|and|,)\s*{_TERM})*"
    r"\s*(?:\([^)]{0,80}\)\s*)?,?\s*(?:shall |will )?(?:also )?(?:means?|refers? to|"
    r"includes?|shall include|is defined|ha(?:s|ve) the meanings?|shall have the meanings?|is)\b"
    r"|^\W*(?i:as used in this|for (?:the )?purposes? of this|in this (?:agreement|addendum|dpa)"
    r"(?:,|\s))[^.]{0,80}?(?:means?|refers? to|includes?|"
    rf"{_TERM})"
    # ("In these School Terms: "School Data" means …": the quoted term itself defined)
    r"|^\W*(?i:in (?:this|these) (?:[\w-]+\s+)?(?:agreement|addendum|dpa|terms)[,:]?\s+)"
    rf"{_TERM}\s+(?:means|refers to|is defined as)\b"
    r"|^\W*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s+(?:means|refers to|is defined as|has the "
    r"meaning)\b"
    # a glossary entry: "Student-Generated Content: The term "student-generated content" means"
    r"|^\W*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s*[:\u2014\u2013]\s+(?i:the terms?\s+)?"
    rf"(?:{_TERM}\s+)?(?:means|refers to|is defined as)\b"
    # … or "Student Data: Student Data includes any data …", "Operator: means …"
    r"|^\W*(?P<glossed>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})\s*[:\u2014\u2013]\s+"
    r"(?:(?i:the\s+)?(?P=glossed)\s+)?(?:means|includes?|refers to|shall mean|shall include)\b"
    r"|^[^,;]{0,80}\bincludes?,? but (?:is )?not limited to\b"
    # … or a noun phrase and what qualifies it, with no verb of its own: "Student-Generated
    # Content: materials or content created by a student in the Services, including …"
    r"|^\W*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s*:\s+(?:(?:an?|the|any|all)\s+)?[a-z][\w-]*"
    r"(?:,?\s+(?:or|and)\s+[a-z][\w-]*)?\s+(?:created|collected|generated|provided|submitted|"
    r"derived|maintained|that|which|about|relating|related|concerning)\b"
    r"(?![^.]*\b(?:shall|will|must|agrees?)\b)",
)
# A glossary entry's head, "Student Records:": what follows defines the term, whoever it names.
_GLOSSED = LazyPattern(r"^\W*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s*[:\u2014\u2013]\s")
_DOCUMENT = (
    r"(?:the |this |that |each |such |our )?(?:base |master |underlying |original |main |"
    r"principal |standard |national |model |parent |state |california |new york |texas )?"
    r"(?:agreement|addendum|dpa|ndpa|contract|terms(?: of service)?|privacy policy|policy|"
    r"exhibit\s+\w+|schedule\s+\w+|appendix\s+\w+|attachment\s+\w+|template|document|form|"
    r"version|clauses)"
)
_REFERENCE = LazyPattern(
    # (the document's own verb, not a later one: "This Agreement is governed by the laws of New
    # York, where the Consultant is based")
    rf"^\W*{_DOCUMENT}\b(?:(?!\b(?:is|are|was|were|has|have|shall|will)\b)[^.;]){{0,80}}?"
    r"\b(?:is|are|was|were|has been|have been)\s+"
    r"(?:(?:also|largely|primarily|originally)\s+)?(?:written|drafted|based|modell?ed|adapted|"
    r"derived|prepared|designed|intended|published|available|attached|found|maintained)\b"
    rf"|^\W*{_DOCUMENT}\b[^.;]{{0,40}}?\b(?:describes|summari[sz]es|references|refers to|"
    r"reflects|tracks|follows|mirrors|supplements|amends|modifies|incorporates)\b"
    r"|^\W*(?:see|refer to|for more (?:information|detail))\b",
    re.IGNORECASE,
)
_VERSION = r"v?\d+(?:\.\d+)+"
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH = rf"(?:\d{{4}}-(?:0[1-9]|1[0-2])(?:-\d\d)?|{_MONTH_NAME}\s+\d{{4}})"
# A byline's date: "August 14, 2026", "3 March 2026", "03/03/2026", "2026-03-03"
_DAY = (
    rf"{_MONTH}|{_MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME}\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
)
_OTHER = LazyPattern(
    # (a copyright notice, not a term on whose copyright it is: "Copyright in Performance
    # Recordings belongs to the Artist")
    r"^\W*(?:for example|e\.g\.|note:|last (?:updated|revised)|effective date|"
    r"copyright(?!\s+(?:in|to|of)\s)|\u00a9|"
    r"contact us|questions)|\?\s*$"
    # a byline, its date set off by a separator or standing at an end: "Pronghorn Physics Co. ·
    # Last updated August 14, 2026 · See also: Privacy Policy" (not a term that names its own
    # date: "This Agreement, as last revised January 2026, is governed by …")
    rf"|(?:^|[\u00b7|\u2022\u2014]\s*)(?:last\s+)?(?:updated|revised|modified)\s*:?\s+(?:on\s+)?"
    rf"(?:{_DAY})\s*(?:$|[\u00b7|\u2022\u2014])"
    # a signature block, whatever the reader ran into it: "By: _____ Name: [__] Title:"
    r"|^\W*by:\s*_{2,}"
    # a change log's entry: "- **2.0** (2024-01): moved severability to the Standard Terms",
    # "v2.0 — January 2024 — …", "2024-01-15 (v2.0): …" (not a clause's school year, "2024-25")
    rf"|^\W*(?:{_VERSION}\W+{_MONTH}|{_MONTH}\W+{_VERSION})\W*[:\u2014\u2013-]\s",
    re.IGNORECASE,
)

# What users must not do with the service: "Don't use Contractor to harass players, … to
# upload video you don't have the right to share".
_USERS_RULE = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?(?:don['\u2019]t|do not|never|you (?:may|must|shall) not)\s+use\s+"
    r"(?:the\s+)?(?:contractor|services?|apps?|platform|site|website|product)\s+to\b",
    re.IGNORECASE,
)
# … and a list of house rules told to the reader, whatever else it names: "Do not cheat, use
# bots, share anyone's personal information, or write anything hateful or rude on a tablet"
# (the players', not the vendor's, sharing), told of the players too ("Players must not cheat,
# …"), or as an item of a list ("(a) Never …"), but not where the vendor promises something in
# the same sentence ("You will not reverse engineer the Service, and we will not sell …").
_HOUSE_RULES = LazyPattern(
    r"^\W*(?:[\d.]+\s+|\(?[a-z0-9]{1,3}[.)]\s+)?(?:please\s+)?(?:don['\u2019]t|do not|never|"
    r"you (?:may|must|shall|will) not|you agree not to|"
    r"(?:players|users|students|participants|members) (?:may|must|shall) not)\b"
    r"(?=.*\b(?:cheat\w*|harass\w*|bully\w*|spam|scrape|reverse[- ]engineer\w*|bots|"
    r"impersonat\w*|hateful|rude|unkind|obscene)\b)",
    re.IGNORECASE,
)
_VENDOR_PROMISES_TOO = LazyPattern(
    r"\b(?:we|i|contractor|provider|vendor|operator)\s+(?:will|shall|must|agree|never|"
    r"(?:do|does)\s+not|(?:don|doesn|won)['\u2019]t)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """One sentence, read: what kind it is, whom it binds, what it denies, the periods it names.

    ``parties`` are the parties bound by its modals (empty for a term that names none);
    ``denials`` are the spans of the case-folded text that a "not" or "never" governs.
    """

    sentence: Sentence
    kind: Kind
    parties: tuple[Party, ...]
    denials: tuple[Scope, ...]
    durations: tuple[Duration, ...]
    why: str

    @property
    def binds_vendor(self) -> bool:
        """Whether the requirement rules may read it: an obligation of the vendor."""
        return self.kind == "vendor"


def classify(sentence: Sentence, names: Iterable[str] = (), schools: Iterable[str] = ()) -> Reading:
    """Read one sentence: its kind, its bound parties, its denials and its periods. An
    operative term read after the formula that closes the recitals is read without it, the
    contractor's own ``names`` (:func:`.parties.vendor_names`) read as "Contractor", and the
    school's own ``schools`` (:func:`.parties.school_names`) as "School"."""
    sentence = as_contractor(operative(sentence), names, schools)
    text = sentence.text
    kind, parties, why = _kind(sentence)
    return Reading(sentence, kind, parties, negation_scopes(text), durations(text), why)


def vendor_obligations(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that bind the vendor, in order: all the requirement rules may read,
    as :func:`classify` reads them (the contractor's own names written "Contractor", the
    school's own "School")."""
    names, schools = party_names(sentences)
    return [
        reading.sentence for s in sentences if (reading := classify(s, names, schools)).binds_vendor
    ]


def operative(sentence: Sentence) -> Sentence:
    """The sentence without a "NOW, THEREFORE, … agree as follows:" before it: the WHEREAS
    clauses end there, and what follows is classed on its own words. So too the lead-in of an
    amendment ("Section 14.1 of the Agreement (Governing Law), which selected the laws of
    Delaware, is struck and replaced with the following:"): what it describes is gone, and the
    replacement after it is the term."""
    closing = _CLOSING.match(sentence.text) or _REPLACING.match(sentence.text)
    return replace(sentence, text=sentence.text[closing.end() :]) if closing else sentence


_REPLACING = LazyPattern(
    r"^[^:]{0,240}?\b(?:is|are)\s+(?:hereby\s+)?(?:struck|deleted|replaced|amended|added|"
    r"inserted|restated)\b[^:]{0,80}:\s*[\"\u201c]?(?=\S)"
)


def _kind(sentence: Sentence) -> tuple[Kind, tuple[Party, ...], str]:
    text = sentence.text.strip()
    title = (
        _HEADING.match(text)
        and len(text.split()) <= 10
        and not DUTY.search(text.casefold())
        and not _STATEMENT.search(text.casefold())
    )
    if sentence.heading or title:
        return "heading", (), "a heading promises nothing"
    if _RECITAL.match(text) or _GLUED_RECITAL.match(text):
        return "recital", (), "a recital states background, not a promise"
    if _OTHER.search(text) or len(text.split()) <= 3:
        return "other", (), "no term of the agreement"
    duties, rights = bound_parties(text)
    if _USERS_RULE.match(text) or (
        _HOUSE_RULES.match(text)
        and "vendor" not in duties + rights
        and not _VENDOR_PROMISES_TOO.search(text)
    ):
        return "other", (), "a rule for the service's users, not a promise of the vendor"
    defined = _DEFINITION.search(text)
    if defined and (_GLOSSED.match(text) or not _vendor_subject_defined(text)):
        return "definition", (), "a definition says what a word means, not what anyone does"
    if _REFERENCE.search(text) and not DUTY.search(text.casefold()):
        return "reference", (), "describes another document"
    parties = tuple(dict.fromkeys(duties + rights))
    if "vendor" in parties:
        return "vendor", parties, "the vendor is bound"
    if duties:
        return "school", parties, "binds the school or families, not the vendor"
    if rights:
        return "vendor", parties, "a right of the school or families the vendor must honour"
    return "vendor", (), "a term of the agreement that names no party binds the vendor too"


def _vendor_subject_defined(text: str) -> bool:
    """ "Provider's security program includes, but is not limited to, …" describes the
    vendor's practice; it is not a definition."""
    head = re.split(r"\bincludes?\b", text.casefold(), maxsplit=1)[0]
    quoted = re.search(_TERM, head)
    match = PARTY.search(head)
    return not quoted and match is not None and match.lastgroup == "vendor"
