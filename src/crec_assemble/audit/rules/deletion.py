"""Deleting the data on the school's request (provision 2); at the end is :mod:`.deletion_at_end`.

A deletion "upon request" with no way to ask is weak, and so is one the vendor may refuse,
that keeps some of the data back, or leaves its procedure blank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..durations import has_placeholder
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    DATA,
    EFFORTS,
    NO_ONE,
    PARENTS,
    PROVIDER,
    lowered,
    negated,
    sentence_after,
)
from ..reader import Sentence, of_section
from .deletion_items import some_items_only
from .deletion_kept import KEPT_BACK, kept_back
from .deletion_requests import ERASE, REFUSABLE, school_asks
from .qualified import firm
from .registry import Verdict, missing, present, rule, weak


@rule("R2", over_all_the_data=True)
@firm
def deletion_on_request_with_a_procedure(sentences: Sequence[Sentence]) -> Verdict:
    found = [
        s
        for s in school_asks(sentences)
        if not _AFTER_THE_END.search(low := lowered(s)) and not _certificate_only(low)
    ]
    # The way to ask is often the next sentence of the same clause: "The LEA may request
    # deletion at any time. A request may be made through the console or by email …"
    clauses = [(s, _numbered_item_of(sentences, s)) for s in found]
    # The worst way of asking decides: a teacher's delete button beside a school's request
    # the vendor need only "consider" is no deletion on the school's request.
    refused = _refusable(sentences, clauses)
    if refused is not None:
        return weak(refused, "deletion on request, but the vendor may refuse it or keep the data "
                             "by its own retention rules")  # fmt: skip
    if found and (never := next((s for s in sentences if _never_deleted(lowered(s))), None)):
        return weak(found[0], f"deletion on request, but some of the data is never deleted: "
                              f"{never.text}")  # fmt: skip
    for sentence, clause in clauses:
        kept_by = _kept_by_reference(sentences, clause)
        if kept_by is not None:
            return weak(sentence, f"deletion on request, subject to a term that keeps some of the "
                                  f"data: {kept_by.text}")  # fmt: skip
        # "… may submit a deletion request. Maplewood will use reasonable efforts to delete the
        # requested Student Data": the vendor only tries
        # (the data asked for, not "reasonable efforts to delete any copies the School itself
        # has exported to third-party tools")
        tries = (
            rf"{EFFORTS.pattern}\s+(?:\w+\s+)?{ERASE}\s+(?:(?:the\s+|such\s+|that\s+|all\s+)?"
            r"(?:requested|student|customer|personal|data|records?|information)\b|(?:it|them)\b)"
        )
        tried = next((s for s in clause if re.search(tries, lowered(s))), None)
        if tried is not None:
            return weak(sentence, f"deletion on request, but the vendor only tries: {tried.text}")
        short = _short_of_the_whole(sentence, clause)
        if short is not None:
            return weak(sentence, short)
        item = some_items_only(sentence, clause, sentences)
        if item is not None:
            return weak(sentence, f"deletion on request of some items only "
                                  f"({item}), not of the data")  # fmt: skip
        kept = next((s for s in clause if kept_back(lowered(s))), None)
        if kept is not None:
            return weak(sentence, f"deletion on request, but the vendor may keep some: {kept.text}")
        # (not a form's boxes to tick when it is used: "[ ] deletion or [ ] transfer")
        blank = next(
            (s for s in clause if has_placeholder(s.text) and not _FORM.search(s.text)), None
        )
        if blank is not None:
            return weak(
                sentence, f"deletion on request, but its procedure is left blank: {blank.text}"
            )
        # not the request that only the contract's end opens ("Upon termination, Vendor will
        # delete … upon Licensee's written request"): that is provision 7's
        if any(_PROCEDURE.search(lowered(s)) for s in clause if not _AT_THE_END.match(lowered(s))):
            return present(sentence, "gives a way to request deletion, with its procedure")
    if found:
        return weak(found[0], "deletion on request, but no procedure (how, to whom, how fast)")
    return _instead_of_deletion(sentences)


_FORM = LazyPattern(r"\[\s?\]\s+\w")
# What the request asks for is a certificate of a deletion made anyway: "Upon Customer's written
# request, Mockingbird will certify deletion in writing".
_CERTIFIES = LazyPattern(
    r"\b(?:certify|certifies|confirm|confirms)\s+(?:in\s+writing\s+)?(?:the\s+|such\s+|its\s+|that\s+)?"
    r"(?:deletion|destruction|disposal|erasure)\b"
    # "… will provide a certificate of deletion"
    r"|\b(?:provide|send|issue|give)s?\s+(?:a|the)\s+(?:written\s+)?certificate\s+of\s+"
    r"(?:deletion|destruction|disposal|erasure)\b"
)
# A deletion asked for beside the certificate, in any of its verbs ("will wipe all copies and
# confirm the destruction", "will remove the records and certify deletion").
_DELETES = LazyPattern(rf"\b(?:{ERASE}|remov\w*|wip(?:e|es|ed|ing)\b)")


def _certificate_only(low: str) -> bool:
    """Whether the request in ``low`` is only for the certificate: no deletion is asked for
    once the certificate's words are taken out."""
    return bool(_CERTIFIES.search(low)) and not _DELETES.search(_CERTIFIES.sub(" ", low))


def _instead_of_deletion(sentences: Sequence[Sentence]) -> Verdict:
    """No way to ask for deletion: what the vendor does on request instead, if anything."""
    returned = [s for s in sentences if _RETURN_ON_REQUEST.search(lowered(s)) and not s.heading]
    if returned:
        return weak(returned[0], "returns what it was given on request, but never deletes it")
    taken_down = [s for s in sentences if _TAKEN_DOWN.search(lowered(s)) and not s.heading]
    if taken_down:
        return weak(taken_down[0], "takes down what it published on request, but deletes "
                                   "nothing on request")  # fmt: skip
    return missing("gives no way to request deletion of student data")


def _short_of_the_whole(sentence: Sentence, clause: Sequence[Sentence]) -> str | None:
    """Why a way of asking falls short of the whole: a procedure another document sets out,
    or a term of its clause that leaves part of the data to another rule."""
    if _ANOTHER_PAPERS_PROCEDURE.search(lowered(sentence)):
        return "deletion on request, by a procedure another document sets out"
    elsewhere = next((s for s in clause if _DELETED_ELSEWHERE.search(lowered(s))), None)
    if elsewhere is not None:
        return f"deletion on request of only part of the data: {elsewhere.text}"
    return None


def _refusable(
    sentences: Sequence[Sentence], clauses: Sequence[tuple[Sentence, list[Sentence]]]
) -> Sentence | None:
    """The first way of asking whose clause lets the vendor refuse or keep the data; the
    refusal may open the next paragraph, unnumbered ("… may ask us to delete student data
    sooner by writing to … ." then "We will consider each request in light of …"; "School
    admins can delete a student … . That removes their profiles …" then "For anything you
    can't remove from the dashboard …, email … and we will consider your request")."""
    return next(
        (
            s
            for s, clause in clauses
            if any(
                REFUSABLE.search(lowered(c))
                for c in (*clause, *_unnumbered_after(sentences, clause[-1]))
            )
        ),
        None,
    )


def _unnumbered_after(sentences: Sequence[Sentence], sentence: Sentence) -> list[Sentence]:
    """The sentence right after ``sentence``, when it opens no numbered item or heading of its
    own and speaks of the request ("We will consider each request …"), not of another term."""
    following = sentence_after(sentences, sentence)
    return [
        s
        for s in ([following] if following is not None else [])
        if not s.heading
        and not _ITEM_NUMBER.match(s.text)
        and _THE_REQUEST.search(low := lowered(s))
        and not (_ANOTHER_ASK.search(low) and not _DELETES.search(low))
    ]


# A request for something else: "If you would like an export of your class data, email … and we
# will consider your request", "Schools that want a longer free trial can write to …".
# (not "… each request in accordance with its Data Retention Schedule, a copy of which is
# available on request")
_ANOTHER_ASK = LazyPattern(
    r"\b(?:would\s+like|['\u2019]d\s+like|wants?|needs?)\b[^.;]{0,40}\b(?:exports?|cop(?:y|ies)|trials?|"
    r"quotes?|demos?|refunds?|access|corrections?)\b"
)


# (the deletion request, not another: "We will consider each request to correct a record", "We
# may decline any request from a third party for access …")
_THE_REQUEST = LazyPattern(
    r"\b(?:each|the|such|any|every|your|a|these|those)\s+(?:such\s+)?requests?\b"
    r"(?!\s+(?:to\s+(?:correct|amend|access|review|see|inspect|update)|from\s+(?:a\s+)?third|"
    r"for\s+(?:access|correction|a\s+copy|copies)))"
)


def _numbered_item_of(sentences: Sequence[Sentence], sentence: Sentence) -> list[Sentence]:
    """The sentences of ``sentence``'s paragraph, but not those of another numbered item run
    into it ("7.1 Supplier will delete Student Data upon request. 7.2 Upon termination, …
    within ninety days" gives 7.1 no procedure); with the items of a list it opens ("… by
    written notice to Provider's designated representative:" then "Name and title: [INSERT
    NAME AND TITLE]"), which the reader gives its words."""
    paragraph = [s for s in sentences if s.paragraph == sentence.paragraph] or [sentence]
    if sentence.text.endswith(":") and not _THE_REQUESTS_CONTENTS.search(sentence.text):
        paragraph += [
            s
            for s in sentences
            if s.paragraph > sentence.paragraph and s.text.startswith(sentence.text)
        ]
    own = _ITEM_NUMBER.match(sentence.text)
    return [
        s
        for s in paragraph
        if s is sentence
        or not (m := _ITEM_NUMBER.match(s.text))
        or (own is not None and m.group(0) == own.group(0))
    ]


# A lead-in to what the school's own request gives, whose blanks the school fills when it asks:
# "… by emailing privacy@… with a request that gives:"
_THE_REQUESTS_CONTENTS = LazyPattern(
    r"\b(?:gives?|states?|includes?|identif(?:y|ies)|sets?\s+out|contains?|"
    r"with\s+the\s+following)\s*:$",
    re.IGNORECASE,
)
_ITEM_NUMBER = LazyPattern(r"^\W*\d+(?:\.\d+)+")


def _kept_by_reference(
    sentences: Sequence[Sentence], clause: Sequence[Sentence]
) -> Sentence | None:
    """The term a request is made "subject to" ("… will delete the requested data within
    thirty days, subject to Section 9.3") when that term keeps some of the data back ("9.3
    SlipStream retains payment records …"): the request reaches only part of the data. A
    term the reader cannot find (numbering Word keeps out of the text, a section numbered "9."
    alone) decides nothing."""
    for number in (m[1] for s in clause for m in _SUBJECT_TO_ITEM.finditer(lowered(s))):
        item = of_section(sentences, number)
        kept = next((t for t in item if KEPT_BACK.search(low := lowered(t))
                     or _never_deleted(low) or _vendor_retains(low)), None)  # fmt: skip
        if kept is not None:
            return kept
    return None


_SUBJECT_TO_ITEM = LazyPattern(
    r"\bsubject to (?:section|clause|paragraph|article|§)\s*(\d+(?:\.\d+)*)"
)
# The vendor keeping data, not keeping it safe or a log: "The Provider retains billing histories
# for six years" (not "shall keep Student Data confidential", "shall not retain … longer").
_VENDOR_RETAINS = LazyPattern(
    rf"{PROVIDER}\s+(?:(?:will|shall|may)\s+)?(?:retain|keep)s?\b"
    r"(?![^.;]{0,40}\b(?:confidential|secure|safe|current|logs?|a record of)\b)"
    # the students' data, not "copies of its invoices"
    rf"(?=[^.;]{{0,60}}(?:{DATA}|\b(?:records?|files?|protocols?|archiv\w*|recordings?|images?|"
    r"photos?|forms?|histor(?:y|ies)|notes)\b))"
)


def _vendor_retains(low: str) -> bool:
    return bool(_VENDOR_RETAINS.search(low)) and not negated(low, r"\b(?:retain|keep)s?\b")


# Some of the data the vendor never deletes, wherever the document says so: "Images in the
# reorder archive are not deleted under Section 9.1", "Health Records cannot be deleted",
# "Message Logs … are not subject to deletion on request" (not "is not destroyed until the
# School has its export" nor "are not deleted for 14 days", promises of when; nor "is not
# destroyed by unauthorized persons", a safeguard, or "cannot be deleted by students", a
# permission).
_NEVER_DELETED = LazyPattern(
    # ("Submissions already published … cannot be withdrawn", "material already published under
    # Section 7 will not be withdrawn")
    r"(?:\b(?:is|are)\s+not\s+(?:deleted|erased|destroyed)|\bcan\s*not\s+be\s+"
    r"(?:deleted|erased|destroyed)|\balready\s+(?:been\s+)?(?:published|posted|printed)\b[^.;]{0,60}"
    r"\b(?:can\s*not|can['\u2019]t|will\s+not|won['\u2019]t)\s+be\s+(?:withdrawn|removed|taken\s+down|"
    r"unpublished)|\bnot\s+subject\s+to\s+(?:deletion|"
    r"destruction|erasure))\b"
    r"(?![^.;]{0,40}\b(?:until|unless|without|before|except|unauthori[sz]ed|accident\w*)\b)"
    r"(?!\s+(?:for|during|within|by|accidentally|when|if)\b)"
    # what is posted stays up, unless a family asks: the school's request does not reach it
    # ("Clips already posted under a media release stay up unless the parent asks")
    r"|\balready\s+(?:posted|published)\b[^.;]{0,60}\bstays?\s+(?:up|online|posted|published)\b"
)
# What such a sentence may leave undeleted without keeping back the students' data: data that
# identify no one, what the law keeps, backups overwritten in their course (as the request's
# own clause reads them), the staff's own accounts; and a relative clause ("any Student Data
# that is not deleted during the term …") keeps nothing.
_NOT_THE_STUDENTS_DATA = LazyPattern(
    rf"{NO_ONE}|\blaws?\b|\blegal\w*|\bback-?ups?\b|\b(?:teachers?|staff|employees?)\b"
    r"|\b(?:that|which)\s+(?:is|are)\s+not\s+(?:deleted|erased|destroyed)\b"
)


def _never_deleted(low: str) -> bool:
    return bool(_NEVER_DELETED.search(low)) and not _NOT_THE_STUDENTS_DATA.search(low)


_PROCEDURE = LazyPattern(
    # a means to ask, not only how fast ("within thirty (30) days" is no way to ask)
    r"\b(?:written|in writing|e-?mail\w*|notice|form|portal|dashboard|console|settings|"
    r"ticket|cent(?:er|re)|panel)\b|@"
    # "by submitting the directive in Exhibit D", "by sending Provider the Directive for
    # Disposition in Exhibit D", "using the Directive … at Exhibit D" (not "a schedule of
    # thirty days")
    # ("using the Directive … at Exhibit D", "using the request template attached as Exhibit D";
    # not "using its usual internal procedure", which describes nothing)
    r"|\busing\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:directive|form|template|procedure)\b"
    r"[^.;]{0,40}\b(?:exhibit|appendix|schedule|annex|attachment|attached|below|set\s+out)\b"
    r"|\b(?:submit\w*|send\w*)\b[^.;]{0,40}\b(?:directive|(?:exhibit|appendix|attachment|"
    r"schedule)\s+(?!of\b)"
    r"[a-z0-9]{1,3}\b)"
    # a contact named, not "by contacting us": "contact our Privacy Officer at …"
    r"|\bcontact\w*\b[^.;]{0,40}(?:\bat\b|\bby (?:e-?mail|tele)?phone\b|\bby (?:e-?)?mail\b|"
    r"\bofficer\b|\baddress\b|\bhttps?:|www\.|\d{3})"
)
# A request only the end of the contract opens ("if Licensee makes a written request within
# thirty days after termination") is about deletion at the end (provision 7), not a means to
# ask for deletion while the vendor holds the data.
# A sentence that opens at the contract's end: "Upon termination of the Agreement, …".
_AT_THE_END = LazyPattern(
    r"^\W*(?:\(?\w{1,4}[.)]\s*)?(?:on|upon|at|after|following)\s+(?:the\s+)?(?:termination|"
    # the contract's end, not a period's: "At the conclusion of each school year"
    r"expiration|expiry|end|completion|conclusion)\b(?!\s+of\s+(?:each|every|any|a)\b)"
)
_AFTER_THE_END = LazyPattern(
    r"\brequest\w*\b[^.;]{0,40}\b(?:after|following|upon|on|at)\s+(?:the\s+)?"
    r"(?:termination|expiration|expiry|end)\b"
    # "On the expiration or termination of the Agreement, Vendor will destroy all Student Data
    # … and will certify the destruction on request": the request is for the certificate.
    rf"|{_AT_THE_END.pattern}[^.;]{{0,200}}\bcertif\w*[^.;]{{0,60}}\brequest\b"
)
# Part of the data is deleted under someone else's terms: "Deletion of Student Data held in
# the Manufacturer Services is performed in accordance with the Privacy Policy".
_DELETED_ELSEWHERE = LazyPattern(
    r"\b(?:delet\w*|eras\w*|destr\w*)\b[^.;]{0,80}\b(?:in accordance with|as (?:set out|"
    r"described|provided) in|governed by|subject to)\s+"
    r"(?:(?:the|its|their|[\w-]+['\u2019]s)\s+){1,2}"
    r"(?:[\w-]+\s+){0,3}?(?:privacy (?:policy|notice)|policy|policies|terms)\b"
    # "Roster information … can be deleted only on termination of the Agreement"
    r"|\b(?:can|may|will)\s+(?:only\s+be\s+(?:deleted|erased|destroyed)|be\s+(?:deleted|erased|"
    r"destroyed)\s+only)\s+(?:on|at|upon|after)\s+(?:the\s+)?(?:termination|expiration|expiry|end)\b"
    # ("… are not removed when a class is deleted", "… remain visible after a deletion request")
    r"|\b(?:are|is)\s+not\s+(?:removed|deleted|erased)\s+when\b"
    r"|\bremains?\s+(?:visible|published|public|online)\s+after\s+(?:a\s+|the\s+|any\s+)?"
    r"(?:deletion|request)\b"
    # "Player Creations published to the Gallery are not removed by class deletion"
    r"|\b(?:are|is)\s+not\s+(?:removed|deleted|erased)\s+(?:by|on|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:deletion|request)s?\b"
    # "A deletion request does not reach the finished film or my portfolio copy", "Deletion
    # requests won't cover …", "A request to delete does not extend to …" (not copies others
    # keep, nor what identifies no one)
    r"|\b(?:(?:deletion|erasure)(?:\s+on\s+request|\s+requests?)|requests?\s+to\s+(?:delete|erase))\s+"
    r"(?:(?:does|do|will|shall)\s+not|(?:doesn|don|won)['\u2019]t)\s+(?:reach|cover|extend\s+to|apply\s+to)\b"
    r"(?![^.;]*\b(?:themselves|anonymous|de-?identified|aggregated?|identif(?:y|ies)\s+no)\b)"
)
# The way to ask borrowed from a paper not before the reader: "… using the procedure set out in
# Article IV, Section 6 of the Multistate DPA" (not "… in Section 6 of this Addendum").
_ANOTHER_PAPERS_PROCEDURE = LazyPattern(
    r"\b(?:procedures?|process|means)\s+(?:set\s+(?:out|forth)|described|provided)\s+in\s+"
    r"(?:article|section|clause|exhibit|schedule|paragraph)\s+[\w.,\s()]{1,50}?\bof\s+the\s+"
    r"(?!(?:this|these)\b)(?:[\w-]+\s+){0,3}?(?:dpa|agreement|terms|contract|msa)\b"
)
# "Upon CREC's request, Consultant shall return all materials": a return, not a deletion.
_RETURN_ON_REQUEST = LazyPattern(
    r"\b(?:request\w*|direct\w*|instruct\w*|ask\w*)\b[^.;]{0,80}\b(?:shall|will|must|agrees? to)"
    r"\s+return\b|\breturn\w*\b[^.;]{0,60}\b(?:upon|on|at|after|following) (?:the |a |its |any )?"
    r"(?:written )?(?:request|direction|instruction)"
)
# "The Presenter may ask in writing that any published recording … be taken down": some items
# off a page, on request, not the data deleted.
_TAKEN_DOWN = LazyPattern(
    # (not a family's own ask: "A parent may ask that a photo … be removed")
    rf"^(?!\W*(?:an?\s+|the\s+|any\s+)?{PARENTS}\b[^.;]{{0,20}}\b(?:may|can)\s+(?:ask|request))[^.;]*"
    r"\b(?:may|can)\s+"
    r"(?:ask|request)\b[^.;]{0,60}\b(?:published|posted)\b[^.;]{0,80}\b(?:taken\s+down|removed)\b"
    # "I will remove any picture from the Workshop Gallery within five (5) school days of a
    # request from the student, a parent or the School"
    r"|\b(?:remove|take\s+down)\s+(?:any|the|a)\s+[^.;]{0,40}?\b(?:from|off)\s+(?:the|my|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:gallery|website|site|page|blog|feed|channel|account)\b[^.;]{0,80}"
    r"\brequest\b"
)
