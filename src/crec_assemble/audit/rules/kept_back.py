"""What a promise to delete at the end keeps back (provision 7): copies in backups or archives,
a retention for years, the promise's own exception ("except that its clinicians may keep
their own notes"). Also the keepings on a clock of their own ("Images are archived for seven
years after the picture day", ``OWN_CLOCK``), the paper shredded while a copy is kept
(``A_COPY_KEPT``), the recordings a deletion leaves out ("… are not affected",
``NOT_COVERED``), and a deletion that waits on someone's later act (``LATER_EVENT``).

The vendor's own books ("records of Orders and pricing") and what the students choose to keep
(the statute's own exception for a student's account) are no keeping of the students' data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..durations import periods_in_days
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    HOLDS_NO_STUDENT_DATA,
    IN_CLAUSE,
    LEA,
    NO_ONE,
    PARENTS,
    PROVIDER,
    VENDOR_BY_ROLE,
    lowered,
    negated,
)
from ..reader import Sentence
from .deletion_requests import ERASE
from .registry import Verdict, weak

__all__ = [
    "A_COPY_KEPT",
    "BACKUPS_INCLUDED",
    "DELETES_OR_KEEPS",
    "ENDED_BY_A_DELETION",
    "KEPT_AFTER",
    "KEPT_COPIES",
    "LATER_EVENT",
    "MONEY_KEPT",
    "NOT_COVERED",
    "OWN_CLOCK",
    "keeps_part",
    "keeps_some",
]


def keeps_part(sentence: Sentence, clause: Sequence[Sentence]) -> Verdict | None:
    """Weak when the promise's own exception, or another sentence of its clause, keeps some
    of the data: "… and shall not retain Student Data, except that its clinicians may keep
    their own notes for the period their licensing rules require"."""
    exception = re.search(r"\bexcept(?:\s+that)?\b(.+)", sentence.text, re.IGNORECASE)
    # not "except that the District may keep the reports it downloaded": the school's copy
    if (
        exception
        and not re.match(rf"\W*(?:the\s+)?{LEA}", exception.group(1), re.IGNORECASE)
        and keeps_some(replace(sentence, text=exception.group(1)))
    ):
        return weak(sentence, "deletes at the end, but its own exception keeps some")
    low = lowered(sentence)
    if _KEPT_UNDER_A_SECTION.search(low):
        return weak(sentence, "deletes at the end, but keeps what another section lets it keep")
    kept = _NONE_KEPT_BUT.search(low)
    if any(
        not (excepted.group("described") and _DELETED_TOO.search(low[excepted.end() :]))
        for excepted in _KEPT_BY_ITS_EXCEPTION.finditer(low)
    ) or (kept and not re.search(rf"{NO_ONE}|{_STUDENTS_CHOICE.pattern}", kept.group("what"))):
        return weak(sentence, "deletes at the end, but keeps what its exception names")
    for other in clause:
        if keeps_some(other):
            return weak(sentence, f"deletes at the end, but not all of it: {other.text}")
    return None


# The deletion's own exception for what another section keeps: "… will delete all Student
# Information, other than excerpts kept under Section 5.5, …".
_KEPT_UNDER_A_SECTION = LazyPattern(
    r"\b(?:other\s+than|except(?:\s+for)?|excluding|apart\s+from|save)\s+(?:the\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:kept|retained|held|archived)\s+(?:under|as\s+described\s+in|"
    r"in\s+accordance\s+with|pursuant\s+to)\s+(?:section|paragraph|clause)\s+\d+(?:\.\d+)*(?!\.?\d)"
    # (not provision 7's own: "…, which a student has chosen to keep in a personal account")
    # ("…, which students or their parents have chosen to keep in personal accounts")
    r"(?!,?\s*(?:which|that)\s+(?:(?:a|the)\s+)?(?:students?|parents?)\b[^.;,]{0,40}\b(?:chosen|"
    r"chooses|chose|elected|elects)\s+to\s+(?:keep|retain|store|transfer)\b[^.;]{0,40}\baccounts?\b)"
)


# The deletion's own exception for what the vendor keeps: "… delete all student information
# after the sharing concert, except recordings I choose to keep for my portfolio", "…, other
# than the recordings I keep for my portfolio, …", "… all Student Data other than the
# recordings described in Section 6.1" (which another section lets the vendor keep).
_KEPT_BY_ITS_EXCEPTION = LazyPattern(
    r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|save\s+for)\s+(?:the\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:recordings?|photo(?:graph)?s?|videos?|copies|excerpts?|clips?|footage)\s+"
    r"(?:(?:that\s+|which\s+)?(?:i|we|contractor|it)\s+(?:may\s+|will\s+)?(?:choose\s+to\s+|"
    r"elect\s+to\s+)?(?:keep|retain)s?\b"
    r"|(?P<described>(?:described|referred\s+to|covered|dealt\s+with)\s+(?:in|under|by)\s+"
    r"(?:section|clause|paragraph|article)\s+\d))"
)
# … and then deleted too: "…, which the Artist will give to the School and then delete"
_DELETED_TOO = LazyPattern(
    r"^[\w.()]*[^.;]*?\b(?:which|that)\b[^.;]{0,80}?\b(?:delete[sd]?|destroy(?:s|ed)?|erase[sd]?)\b"
    r"(?![^.;]*\b(?:after|within|for)\s+(?:\w+\s+)?(?:\(?\d+\)?\s+)?(?:days?|weeks?|months?|years?)\b)"
)


# Nothing kept, but for what the exception names: "we keep no copies, except for photographs
# taken under Section 6", "nothing is kept after the residency, apart from the family email
# list, which I keep until a family unsubscribes" (not "… except as required by law")
_NONE_KEPT_BUT = LazyPattern(
    r"(?:\b(?:keeps?|retains?)\s+no\b|\bnothing\s+(?:else\s+)?(?:is|will\s+be)\s+(?:kept|retained)\b)"
    r"[^.;]{0,40}?,?\s+(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for)\s+"
    # (not "… except to the extent required by law", "… where the School asks us to keep them",
    # "… other than invoices and billing records")
    r"(?!(?:as\s+|to\s+the\s+extent\s+|where\s+|when\s+|if\s+)?(?:required|permitted)\s+by\s+"
    r"(?:applicable\s+)?(?:law|statute|regulation|court)"
    r"|(?:where|when|if|as)\s+(?:the\s+)?(?:school|district|board|lea|customer)\s+(?:asks|requests|"
    r"directs|instructs)\b"
    r"|(?:the\s+)?(?:school|district|board|lea)\b"
    # records of the school's account alone: "… other than invoices and billing records"
    r"|(?:[\w-]+\s+)?(?:invoices?|billing|accounting|payment)(?:\s+(?:and|or)\s+(?:invoices?|billing|"
    r"accounting|payment))?(?:\s+(?:records?|documents?))?(?:\s+of\s+the\s+(?:school|district|"
    r"board|lea|customer))?\s*[.;]?$)"
    r"(?P<what>[^.;]+)"
)


def keeps_some(sentence: Sentence) -> bool:
    """Whether ``sentence`` keeps some of the data for longer than a month: "Backups are
    retained for thirteen (13) months", "may keep one archival copy for seven years"."""
    text = lowered(sentence)
    # "If the School makes no such request, the Company may retain …": the condition's
    # "no" is not the main clause's.
    main = re.sub(r"^\W*(?:if|where|when|unless|to the extent)\b[^,;]{0,120},\s*", "", text)
    # the backups deleted with the rest keep nothing: "will delete all other Student Data,
    # including copies in backups and subcontractor systems"
    main = BACKUPS_INCLUDED.sub(" ", main)
    for_later = _FOR_OTHER_CLASSES.search(main)
    kept = (KEPT_COPIES.search(main) or _RETAINED_FOR.search(main) or for_later) and not negated(
        main, r"\b(?:retain\w*|kept|keep)"
    )
    return bool(
        kept
        and not re.search(rf"{NO_ONE}|{HOLDS_NO_STUDENT_DATA}", text)
        # the statute's own exception: "Where a Student or parent chooses to do so, Contractor
        # may keep … the Student-Generated Content stored in that account"
        # (not the vendor's own later use, however chosen: "Where a parent chooses, the Artist
        # may keep a copy of the child's piece as an example for future workshops")
        and not (_STUDENTS_CHOICE.search(text) and not for_later)
        and not _BUSINESS_RECORDS.search(text)
        # what the school keeps of its own: "The School retains its own copies …"
        and not _THE_SCHOOLS_KEEPING.match(text)
        and (not periods_in_days(text) or max(periods_in_days(text)) > 30)
    )


# The backups named among what a deletion takes: "… all Student Data, including copies in work
# papers, interview notes and backups", "… including copies in all backups and subcontractor
# systems", "destroy all student records and backups" (not "… delete live copies but keep an
# archive for seven years, including backups", nor "… and its backups roll off after thirteen
# months").
BACKUPS_INCLUDED = LazyPattern(
    r"\b(?:delete|destroy|erase|purge|dispos)\w*\b"
    r"(?:(?!\b(?:keep|kept|retain|archiv)\w*\b(?!\s+no\b))[^.;]){0,80}?"
    r"\b(?:including|together\s+with|and|as\s+well\s+as)\s+"
    r"(?:[^.;]{0,80}?(?:,|\band)\s+)?(?:all\s+|any\s+)?(?:copies\s+(?:held\s+)?(?:in|on)\s+)?"
    # ("… delete the electronic copy from my laptop and from its backup drive"; not "…, which I
    # clear once a year", nor "… at the end of the school year")
    r"(?:all\s+|any\s+)?(?:from\s+)?(?:its\s+|our\s+|the\s+|my\s+)?(?:\w+\s+)?backups?\b"
    r"(?!\s+(?:are|is|will|may|roll|remain|persist|stay|keep|expire|cycle)\b)"
    r"(?![^.;]{0,60}\b(?:once\s+a|each|every|clear\w*|purg\w*|at\s+the\s+end\s+of\s+the\s+(?:school\s+)?"
    r"(?:year|term|semester))\b)"
)
_THE_SCHOOLS_KEEPING = LazyPattern(rf"^\W*(?:[\d.]+\s+)?(?:the\s+|each\s+)?(?:{LEA}|teachers?)\b")


# Data that stay on a page or in a place (not "This Agreement remains in effect …", nor "…
# remain in the School's own Google Drive"), read by both keepings below with their periods.
_STAYS_ON = (
    r"\b(?:stays?|remains?)\s+(?:on|in)\b(?!\s+(?:effect|force)\b)(?!\s+(?:the\s+)?(?:school|district|"
    r"customer|board)['\u2019]s\s+own\b)"
)


_STUDENTS_CHOICE = LazyPattern(
    rf"\b(?:students?|{PARENTS})\b[^.;]{{0,60}}\b(?:chooses?|elects?|opts?|decides?)\b"
    # "A student who, with a parent's consent, converts to a personal Solo account"
    rf"|\b(?:students?|{PARENTS})\b[^.;]{{0,60}}\b(?:converts?|moves?|transfers?)\b[^.;]{{0,40}}"
    r"\b(?:personal|own|individual)\s+(?:[\w-]+\s+){0,3}?account\b"
)
# The vendor's own books, not the students' data: "records of Orders and pricing".
_BUSINESS_RECORDS = LazyPattern(
    r"\brecords of (?:orders?|pricing|prices|invoices?|payments?|billing|fees|sales|purchases)\b"
    # and the proof of its own work, kept: "keeps the signed deletion certificates"
    r"|\b(?:keeps?|retains?)\s+(?:the\s+|its\s+|all\s+)?(?:signed\s+)?(?:(?:deletion|destruction)\s+"
    r"certificates?|certificates? of (?:deletion|destruction))\b"
    # a security control's own records: "Control: Audit — Access logging retained for one year"
    # (not logs that hold the students' names or work, nor kept without end)
    r"|\b(?:access|audit|security)\s+(?:logs?|logging)\s+(?:(?:is|are)\s+)?(?:retained|kept)\b"
    r"(?![^.;]{0,100}\b(?:indefinitely|after\s+(?:the\s+)?(?:termination|end)|names?|answers?|"
    r"activity|submitted|content)\b)"
)
# A licence that a deletion ends, no deletion at the end: "The licence ends when Your Content is
# deleted" (not "…, which Maplewood will do upon termination").
ENDED_BY_A_DELETION = LazyPattern(
    r"\blicen[cs]e\b[^.;,]{0,40}\b(?:ends|terminates|will\s+end)\s+when\b[^.;,]*\bdeleted\b"
    r"(?![^.]*\b(?:will|shall|delete[sd]?|destroys?|purges?|keeps?|retain\w*|backups?|archiv\w*|"
    r"persist\w*|terminat\w*|expir\w*)\b)"
)
# Kept on the vendor's own pages, not only until the end: "Photos we have published … stay on our
# website and social channels".
ON_ITS_WEBSITE = (
    r"\b(?:stays?|remains?)\s+on\s+(?:our|my|its)\s+(?:website|site|social|channels|page)"
    r"(?![^.;]*\buntil\b)"
)
# A keeping that outlives the services: "… for seven (7) years after the last session",
# "archived for up to 180 days following termination".
# What the students made, named as theirs: "pages that students complete", "student work".
_THEIR_MAKING = (
    r"(?:\b(?:students?|pupils?)\s+(?:[\w-]+\s+){0,2}?(?:complete|make|create|write|fill|draw|weave|"
    r"build|produce|finish|design|compose|paint|carve|sew|knit|craft|sculpt|record)\w*"
    # (the noun by a possessive: not "Students work from our printed pattern cards")
    r"|\b(?:students['\u2019]|student['\u2019]s|student)\s+(?:[\w-]+\s+){0,2}?(?:work|notebooks?|pieces|"
    r"projects|pages|drawings|weavings|recordings)\b)"
)
# A character of one sentence, a clause's number read whole ("7.2 Field notebook pages …").
_IN_THE_SENTENCE = r"(?:[^.]|(?<=\d)\.(?=\d))"
# A copy of the students' work kept for the vendor's later classes: "may keep a copy of a
# student composition and use it … in workshops for other schools", "will keep copies of two
# student weavings as models for future classes" (not its own lesson plans or handouts).
_FOR_OTHER_CLASSES = LazyPattern(
    rf"(?:\b(?:i|we|it)\b|{PROVIDER}|\b{VENDOR_BY_ROLE}\b)\s+(?:may\s+|will\s+|shall\s+)?"
    r"(?:also\s+)?(?:retain|keep)\b[^.;]{0,40}?\b(?:cop(?:y|ies)|examples?)\s+of\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:students?|pupils?|child(?:ren)?|their|attendance|rosters?)\b[^.;]{0,100}\b"
    r"(?:for|with|at|in)\s+(?:other|future|later)\s+(?:schools|classes|students|groups|workshops|"
    r"residencies|clients|customers)\b"
    # … or what the students made, kept by a pronoun or by name: "Field notebook pages that
    # students complete … become part of the Bug Box teaching collection, and we keep them for
    # use with future classes", "We keep the students' finished notebooks for use with future
    # classes" (not the vendor's own hand lenses the students borrow, nor a keeping denied)
    rf"|^(?={_IN_THE_SENTENCE}*{_THEIR_MAKING})"
    rf"(?!{_IN_THE_SENTENCE}*\b(?:never|not)\s+(?:for|with)\s+(?:other|future|later)\b)"
    rf"{_IN_THE_SENTENCE}*?(?:\b(?:i|we)\b|(?<!['\u2019]s )(?<!['\u2019]s it )"
    rf"(?:{PROVIDER}|\b{VENDOR_BY_ROLE}\b))\s+(?:may\s+|will\s+|shall\s+)?(?:also\s+)?"
    r"(?:retain|keep)\s+(?:them|it|those|these|(?:the\s+)?(?:students?['\u2019]\s+|student\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:work|notebooks?|pieces|projects|pages|drawings|weavings|recordings))\b"
    r"(?![^.;]{0,20}\bonly\s+until\b)[^.;]{0,60}\b(?:for|with|at|in|to\s+show)\s+"
    r"(?:other|future|later|next\s+year['\u2019]s)\s+(?:schools|classes|students|groups|workshops|"
    r"residencies)\b"
)
KEPT_AFTER = LazyPattern(
    # ("keeps its case file for each Assignment, including Client Information, Work Product
    # and a copy of the Final Report, for seven years")
    r"\b(?:retain\w*|kept|keeps?|archiv\w*|persist\w*|stored)\b[^.;]{0,140}\b(?:years?|months?|portfolio|"
    r"indefinitely|(?:after|following|beyond)\s+(?:the\s+)?(?:terminat\w*|expir\w*|end|"
    # "may keep and use them after the Residency"
    r"completion|last|residency|workshop|assembly|engagement))\b"
    # "Concert recordings stay on the family sharing page for one school year"
    rf"|{_STAYS_ON}[^.;]{{0,60}}\bfor\s+[^.;]{{0,30}}\b(?:years?|months?)\b"
    # "may keep these recordings in the Artist's archive" (the vendor's, not "Teachers may keep
    # student artwork in the District's archive")
    # ("… become the property of the Studio, which may keep them in its design archive")
    r"|\b(?:i|we|contractor|it|(?<=contractor, )which)\s+(?:may\s+|will\s+)?keep\b[^.;]{0,60}"
    rf"\bin\s+(?:its|our|my|his|her|(?:the\s+)?(?!{LEA}['\u2019]s)[\w-]+['\u2019]s)\s+"
    # (not kept "only until the final exhibition", before the end)
    r"(?:[\w-]+\s+)?archives?\b(?![^.;]*\bonly\s+until\b)"
    rf"|{ON_ITS_WEBSITE}"
    rf"|{_FOR_OTHER_CLASSES.pattern}"
    # "following expiration or termination Vendor will retain District Data … for sixty (60)
    # days"
    r"|\b(?:after|following|upon|on)\s+(?:the\s+)?(?:terminat\w*|expir\w*|end|completion)\b"
    rf"(?:(?!{LEA})[^.;]){{0,80}}\b(?:retain\w*|keeps?)\b[^.;]{{0,60}}\bfor\b[^.;]{{0,30}}"
    r"\b(?:days?|weeks?)\b"
)
KEPT_COPIES = LazyPattern(
    r"\b(?:indefinitely|archiv\w*|backups?|may retain|reserves? the right to retain)\b"
    # "from its active databases", "from production systems": the rest stays
    r"|\bfrom\s+(?:its|our|the)\s+(?:active|live|production|primary|online)\s+(?:databases?|"
    r"systems?|servers?|environments?)\b"
)
# A carve-out in the sentence after the promise: "Backups … are retained for thirteen (13)
# months", "Licensor may retain Licensee Data in accordance with its retention schedule".
_RETAINED_FOR = LazyPattern(
    r"\b(?:retained|kept|persist\w*|remain\w*|stored)\b[^.;]{0,40}\b(?:for|until|up to)\b"
    # "Showcase recordings stay on the private family link for one school year"
    rf"|{_STAYS_ON}[^.;]{{0,40}}\bfor\s+(?:up\s+to\s+)?(?:one|two|three|a|an|\d+|"
    r"[\w-]+\s+\(\d+\))\s+(?:school\s+)?(?:days?|weeks?|months?|years?)\b"
    r"|\bmay (?:retain|keep)\b|\bkeeps?\s+(?:[\w-]+\s+){0,3}?for\s+as\s+long\s+as\b"
    # "will retain District Data in a read-only state for sixty (60) days" (not "only for the
    # term of this Agreement")
    r"|\b(?:will|shall) (?:retain|keep)\b[^.;]{0,60}\bfor\s+(?:up\s+to\s+)?[\w-]+(?:\s+\(\d+\))?\s+"
    r"(?:days?|weeks?|months?|years?)\b"
    # "Student Videos already published to the Public Dictionary stay published"
    r"|\b(?:stays?|remains?)\s+(?:published|posted|public)\b"
    # "Photos we have published … stay on our website and social channels"
    rf"|\b(?:published|posted)\b[^.;]{{0,60}}{ON_ITS_WEBSITE}"
    # "I keep up to a dozen photographs … for my portfolio"
    # (not pictures of its own pieces, nor "… and never for my teaching portfolio")
    r"|\b(?:keeps?|kept|retains?)\s+(?!no\b)(?![^.;]{0,60}\bof\s+(?:my|our|its|his|her)\s+own\b)"
    r"[^.;]{0,60}\b(?:photo\w*|pictures?|images?|videos?|"
    r"recordings?|work|pieces?|samples?)\b[^.;]{0,80}\b(?<!never\s)(?:for|in)\s+"
    # ("for my website and teaching portfolio", "for the Artist's portfolio")
    r"(?:my|our|its|his|her|(?:the\s+)?contractor['\u2019]s)\s+(?:website\s+and\s+)?"
    r"(?:(?:teaching|professional|own|online)\s+)?(?:portfolio|archive)s?\b"
    # "Photographs are kept as described in Section 8", "… kept in the Artist's portfolio"
    r"|\b(?:are|is)\s+kept\s+(?:as\s+(?:described|provided|set\s+out)\s+in\b|in\s+(?:the\s+|my\s+|"
    r"her\s+|his\s+|its\s+|our\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:portfolio|archive)s?\b)"
    # "I keep my own copy of each report … for seven years", "… for at least seven (7) years"
    r"|\b(?:keeps?|retains?)\b[^.;]{0,140}\bfor\s+(?:up to\s+|at least\s+)?[\w()-]+"
    r"(?:\s+\(\d+\))?\s+"
    r"(?:years?|months?)\b"
    # "We retain working papers for a minimum of seven (7) years": the vendor's own files (not
    # the school's records, its invoices, or a confidentiality period)
    r"|\b(?:we|contractor|provider|vendor|consultant)\s+(?:will\s+|shall\s+|may\s+)?(?:keep|retain)s?"
    r"\s+(?:our\s+|its\s+|their\s+|a\s+copy\s+of\s+)?(?:working\s+papers|files|notes|copies)\b"
    r"[^.;]{0,60}\bfor\s+(?:a\s+minimum\s+of|at\s+least)\s+[\w()-]+(?:\s+\(\d+\))?\s+(?:years?|months?)\b"
)


# Deletion or keeping with no tie to the end of the services: "Images are archived for seven
# (7) years after the picture day", "we delete your data within 30 days", "will destroy
# Student Data within ten days of the District's request". Provision 7 is dealt with, not met.
OWN_CLOCK = LazyPattern(
    rf"\b(?:{ERASE}|retain\w*|kept|keeps?|"
    r"archiv\w*)\b[^.;]{0,80}\b(?:within|for|after|up to|upon|on)\s+[^.;]{0,30}"
    r"\b(?:days?|weeks?|months?|years?|request)\b"
    # "We delete volunteer lists … at the end of each school year (June 30)"
    rf"|\b{ERASE}\b[^.;]{{0,80}}\b(?:at|by)\s+the\s+end\s+of\s+(?:each|every)\s+(?:school\s+)?"
    r"(?:year|term|semester|quarter|month)\b"
)


# (a keeping for a time, not "keep them safe" nor the ownership the school "retains")
DELETES_OR_KEEPS = (
    rf"\b{ERASE}\b|\b(?:retain\w*|kept|keeps?|archiv\w*|stays?)\b[^.;]{{0,60}}"
    r"\b(?:days?|weeks?|months?|years?|until|indefinitely|permanently)\b"
)
# The paper shredded, the digital copy kept: "I shred the paper class list, but I keep the
# digital copy for my records".
A_COPY_KEPT = LazyPattern(
    r"\bshred\w*\s+(?:the\s+)?paper\b[^.;]{0,60}\bbut\s+(?:i|we|contractor)\s+(?:will\s+)?keep\s+"
    r"(?:the|a|an)\s+(?:digital|electronic|scanned)\s+cop(?:y|ies)\b"
)


# Recordings the deletion leaves out: "Photographs and video kept under Section 5.1 are not
# affected", "Photographs and recordings under section 6 are not covered by this clause".
NOT_COVERED = LazyPattern(
    rf"\b(?:photo(?:graph)?s|recordings?|videos?|footage|images?)\b{IN_CLAUSE}{{0,80}}\b(?:are|is)\s+not\s+"
    r"(?:affected|covered|included\s+(?:in|by|under)\s+(?:this|that)\s+(?:clause|section|paragraph))\b"
    # "This does not affect photographs and video kept under Section 5.1."
    r"|\bdoes\s+not\s+(?:affect|cover|apply\s+to)\s+(?:the\s+|any\s+)?(?:photo(?:graph)?s|recordings?|"
    r"videos?|images?)\b"
)


# The clock starts at someone's later act, not at the end of the services: "within one week
# after the District accepts the final report" keeps the data until the report is accepted.
LATER_EVENT = LazyPattern(
    r"\bafter\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:accepts?|approves?|acceptance|approval)\b"
    r"[^.;]{0,40}\breport\b"
    # "shall dispose of all Student Data after providing the LEA with reasonable prior notice":
    # deletion waits on a notice of no fixed date
    r"|\bafter\s+(?:providing|giving|sending)\b[^.;]{0,40}\b(?:prior\s+)?notice\b"
)


# Money kept, not data: "If the District cancels …, the deposit is kept".
MONEY_KEPT = LazyPattern(
    # ("the deposit for that program is kept")
    r"\b(?:deposits?|fees?|payments?|retainers?)(?:\s+(?:for|on|of)(?:\s+[\w-]+){1,3}?)?\s+"
    r"(?:is|are|will\s+be|shall\s+be|may\s+be)\s+"
    r"(?:kept|retained|forfeited|non-?refundable)\b"
    # ("within 30 days, we keep the deposit")
    r"|\b(?:keeps?|retains?)\s+(?:the\s+|its\s+|our\s+|any\s+)?(?:deposits?|fees?|payments?|retainers?)\b"
)
