"""The contract's own terms: Connecticut law (provision 9), severability (10) and
sub-contracts (14). FERPA (8) is :mod:`.ferpa`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...inputs.vocabulary import LAW_PLACES
from ..lazy_pattern import LazyPattern
from ..lexicon import IN_CLAUSE, LEA, find, lowered, negated
from ..reader import Sentence
from .qualified import firm
from .registry import Verdict, missing, present, rule, weak


@rule("R9")
def connecticut_law_governs(sentences: Sequence[Sentence]) -> Verdict:
    found = [
        s
        for s in find(
            sentences,
            # "Connecticut law applies to these terms."
            r"\b(?:govern\w*|construed|laws? of|jurisdiction|laws?\s+appl(?:y|ies))\b",
            r"\blaws?\b",
        )
        # "Notwithstanding Section 14.2 of the MSA, the laws of Connecticut shall govern …"
        # overrides the other document's clause; it borrows nothing from it
        if not _BY_REFERENCE.search(_OVERRIDING.sub("", lowered(s)))
        and not _CONSTITUTED.search(lowered(s))
    ]
    for sentence in found:
        low = lowered(sentence)
        if "connecticut" in low and not _OTHER_LAW.search(low) and _EXCLUDING.search(low):
            return weak(sentence, "Connecticut law governs, but with part of it left out")
        if "connecticut" in low and _DISPUTES_ABOUT.search(low):
            return weak(sentence, "Connecticut law governs disputes about one matter only")
        if "connecticut" in low and not _OTHER_LAW.search(low):
            part = _governed_by_another(sentence, found, sentences)
            if part is not None:
                return weak(
                    sentence, f"Connecticut law governs, but another's governs part: {part.text}"
                )
            return present(sentence, "Connecticut law governs")
        # "governed by the laws of Delaware, except that for Institutions located in
        # Connecticut, this DSA and the rights and duties of all parties … by Connecticut's"
        carve_out = _FOR_CONNECTICUT.search(low)
        if carve_out and re.search(
            r"\blaws? of (?:the )?(?:state of )?connecticut\b|"
            r"\bconnecticut law\b",
            low[carve_out.end() :],
        ):
            if _WHOLE_CONTRACT.search(low[carve_out.end() :]):
                return present(sentence, "Connecticut law governs for a Connecticut school")
            return weak(sentence, "Connecticut law governs only part of the contract")
    for sentence in found:
        low = lowered(sentence)
        other = next((place for place in LAW_PLACES if place != "Connecticut"
                      and re.search(rf"\b{place.casefold()}\b", low)), "")  # fmt: skip
        if other:
            return weak(sentence, f"the law of {other} governs, not Connecticut's")
    if found:
        return weak(found[0], "names a governing law, but not Connecticut's")
    return missing("no governing law; the regulation requires Connecticut's")


@rule("R10")
def the_rest_stands_if_a_provision_is_invalid(sentences: Sequence[Sentence]) -> Verdict:
    found = find(
        sentences,
        r"\b(?:invalid|unenforceable|illegal|void|(?:cannot|can't|can not) be enforced)\b",
        r"\b(?:remain\w*|other (?:provisions|terms|parts)|(?:shall|will|does) not affect|"
        r"full (?:force|effect)|sever\w*|(?:the )?rest\b|still appl(?:y|ies)|continue\w*|"
        r"untouched|unaffected)\b",
    )
    found += find(sentences, r"\bseverab\w*")
    # not a lead-in that names the clause to come ("Section 10 is replaced by the following:")
    found = [
        s for s in found if not negated(s.text, r"\bsever\w*") and not s.text.rstrip().endswith(":")
    ]
    borrowed = [
        s
        for s in found
        if _BY_REFERENCE.search(lowered(s))
        or _SEVERABILITY_ELSEWHERE.search(lowered(s))
        or _SEVERABILITY_NAMED.search(lowered(s))
    ]
    found = [s for s in found if s not in borrowed]
    if borrowed and not found:
        return weak(borrowed[0], "borrows another document's severability clause, which is not "
                                 "in the paper read")  # fmt: skip
    if found and _EXCEPT.search(lowered(found[0])):
        return weak(found[0], "the rest stands if a provision is held invalid, with an exception")
    if found:
        return present(found[0], "the rest stands if a provision is held invalid")
    return missing("no severability provision")


# Connecticut named as the forum while another place's law governs: "governed by the laws of
# the State of New York, and the parties submit to the jurisdiction of the courts of Hartford,
# Connecticut".
_PLACES = "|".join(
    [p.casefold() for p in LAW_PLACES if p != "Connecticut"]
    + ["england(?: and wales)?", "ireland", "ontario", "british columbia"]
)
_OTHER_LAW = LazyPattern(
    rf"\blaws? of (?:the )?(?:state of |commonwealth of )?(?:{_PLACES})\b"
    rf"|\b(?:{_PLACES}) law\b"
)


def _governed_by_another(
    sentence: Sentence, found: Sequence[Sentence], sentences: Sequence[Sentence]
) -> Sentence | None:
    """The sentence that leaves part of the contract to another state's law, beside the
    Connecticut ``sentence`` that governs only part of it; None when Connecticut's governs
    the whole."""
    low = lowered(sentence)
    # "The Master Agreement … remains governed by the laws of the State of California"
    part = next((s for s in found if _governs_part(s, sentence, sentences)), None)
    if part is not None:
        return part
    if _PART_GOVERNED.search(low) and (other := _another_law_governs(sentences)) is not None:
        # "This Part B is governed by the laws of Connecticut", while "these General Terms are
        # governed by … Delaware": one part of the paper only, wherever the other law is
        # named, whichever prevails in a conflict (the readings held to)
        return other
    if _SOME_MATTERS.search(low):
        # "… governs the rights and duties of the parties with respect to Student Data", while
        # another state's law governs the rest of the paper: named in the sentence itself
        # ("The MSA's governing-law clause (California) applies, except that … Connecticut
        # govern the parties' rights and duties concerning Student Data") or in any other
        # ("Except as provided in D10.2, this Rider is governed by the laws of New York")
        if re.search(rf"\b(?:{_PLACES})\b", low):
            return sentence
        return _another_law_governs(sentences)
    return None


def _another_law_governs(sentences: Sequence[Sentence]) -> Sentence | None:
    """The first sentence that puts any of the paper under another state's law."""
    return next(iter(find(sentences, _OTHER_GOVERNS.pattern)), None)


def _governs_part(other: Sentence, sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether ``other``, beside the Connecticut ``sentence``, leaves part of the contract to
    another state's law ("The Master Agreement … remains governed by the laws of California"),
    the Connecticut terms not controlling in a conflict."""
    low = lowered(other)
    if not _OTHER_GOVERNS.search(low) or abs(other.paragraph - sentence.paragraph) > 1:
        return False
    beside = " ".join(lowered(s) for s in sentences if s.paragraph == other.paragraph)
    return not (_PREVAILS.search(beside) or re.search(r"\bexcept\b|\bunless\b", low))


_SOME_MATTERS = LazyPattern(
    r"\b(?:with respect to|as to|in respect of|regarding|concerning)\s+"
    r"(?!(?:this|the) (?:agreement|dpa|addendum|contract|exhibit|terms)\b)"
    # "the rights and duties of the Parties under this Exhibit C-CT shall be governed by …"
    r"|\b(?:rights|duties|obligations)\b[^.;]{0,30}\bunder "
    # "… under paragraphs P.1 through P.13 of this Schedule"
    r"(?:(?:paragraphs?|sections?|clauses?|articles?)\s+[\w.]+(?:\s+(?:through|to|and)\s+[\w.]+)?"
    r"\s+of\s+)?this (?:exhibit|part|schedule|rider|supplement|section|annex)\b"
    # "This Connecticut Supplement is governed by …": one section of a page of several
    r"|^\W*(?:[\w.-]{1,8}\s+)?this (?:connecticut )?(?:supplement|section|part)\b"
)
# Connecticut's law for the disputes about one matter: "Any dispute concerning fees or
# invoices under this SOW shall be governed by …", not "any dispute concerning this Agreement".
_DISPUTES_ABOUT = LazyPattern(
    r"\bdisputes?\s+(?:concerning|regarding|about|over|as to|relating to|related to|in respect "
    r"of)\s+"
    # not the whole contract in other words: "regarding the interpretation or enforcement of
    # this Agreement", "relating to or arising out of this Agreement"
    r"(?!(?:(?:the|any|its|interpretation|enforcement|performance|validity|construction|"
    r"breach|termination|or|and|arising|out|of|in|connection|with|under|relating|related|to|"
    r"from)\b[\s,]*)*(?:this|the|these)\s+(?:[\w-]+\s+)?(?:agreement|dpa|addendum|contract|"
    r"sow|statement of work|terms|order|services?|engagement)\b)(?!(?:it|them)\b)"
)
_OVERRIDING = LazyPattern(r"^\W*(?:[\d.]+\s+)?notwithstanding\b[^,;]{0,80},")
# A Connecticut law clause held to one part of the paper: "This Part B is governed by …",
# "Part A is governed by …", "this Addendum shall be governed by …".
_PART_GOVERNED = LazyPattern(
    # ("This Part B-3 shall be …", "This Participating Addendum and each Order Form shall be …")
    r"^\W*(?:[\w.-]{1,8}\s+)?(?:this |the )?(?:[\w-]+ )?(?:part [a-z0-9-]{1,4}|addendum|"
    r"supplement|rider|exhibit|schedule)\b[^.;]{0,30}\b(?:is|are|shall be|will be) "
    r"(?:governed|interpreted|construed)\b"
    r"|(?:^|, |— )this (?:addendum|supplement|rider|exhibit|schedule) (?:is|shall be|will be) "
    r"(?:governed|interpreted|construed)\b"
    # "The laws of the State of Connecticut govern this Addendum."
    r"|\bgoverns? (?:this|the) (?:addendum|supplement|rider|exhibit|schedule|part [a-z0-9]{1,3})"
    r"\b"
)
# Connecticut's law with part excluded (its conflict-of-laws rules may go).
_EXCLUDING = LazyPattern(
    r"\b(?:excluding|other than|except(?:ing)? for|but not)\b(?![^.;]{0,60}\b(?:conflicts?|"
    r"choice)[- ]of[- ]laws?\b)(?![^.;]{0,60}\bconflicts? (?:of law|rules|principles))"
)
_EXCEPT = LazyPattern(r"\b(?:except|unless|provided,? however)\b")
_PREVAILS = LazyPattern(r"\b(?:shall|will) (?:control|prevail|govern)\b|\bprecedence\b")
_OTHER_GOVERNS = LazyPattern(
    rf"\b(?:govern\w*|construed)\b[^.;]{{0,40}}\blaws? of (?:the )?(?:state of |commonwealth of )?"
    rf"(?:{_PLACES}|lead state)\b"
    # "the Agreement shall control with respect to … governing law and dispute resolution"
    r"|\b(?:agreement|msa|terms)\b[^.;]{0,20}\b(?:shall|will)\s+(?:control|prevail)\b[^.;]{0,80}"
    r"\bgoverning law\b"
)
# A Connecticut school's own law, carved out of another state's: "except that for
# Institutions located in Connecticut, …"
_FOR_CONNECTICUT = LazyPattern(
    r"\b(?:except|provided|however|but)\b[^.;]{0,20}\b(?:for|as to|with respect to)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:located|based|situated|domiciled)?\s*in\s+(?:the\s+state\s+of\s+)?"
    r"connecticut\b"
)
# The law governs the whole contract, not a part: "this DSA and the rights and duties of all
# parties", "this Agreement".
_WHOLE_CONTRACT = LazyPattern(
    r"\brights and (?:duties|obligations) of (?:all )?(?:the )?parties\b|"
    r"\bthis (?:agreement|dsa|dpa|addendum|contract|terms|rider)\b(?!['\u2019]s)"
)
# A party described, not the contract governed: "a regional educational service center
# established under the laws of the State of Connecticut", "a Delaware corporation organized
# under the laws of Delaware".
_CONSTITUTED = LazyPattern(
    r"\b(?:organi[sz]ed|established|incorporated|formed|existing|chartered|registered|"
    r"created)\s+(?:and\s+existing\s+)?under\s+the\s+laws?\s+of\b(?![^.;]*\bgovern)"
)
# A term that borrows another document's ("This Exhibit is governed by the governing-law
# and severability provisions of the Master Agreement"): what it borrows is not in the paper
# read, so it says nothing of which law governs or what happens to an invalid provision.
# "… governed by the laws of Oregon, including the severability provision in Section 14 of
# the Terms": another document's clause named in passing (the law it names is still read).
_SEVERABILITY_ELSEWHERE = LazyPattern(
    r"\bseverab\w*\s+(?:provision|clause|section)\s+(?:in|of)\s+(?:section|clause|article)\s+"
    r"[\d.]+\s+of (?:the|its|our) (?:[\w-]+\s+){0,3}?(?:terms|agreement|msa|conditions)\b"
)
# Severability named as another text's subject, with no provision held invalid: "The
# severability, limitation of liability and dispute resolution provisions of the Terms of
# Service apply", "incorporated by reference, including their provisions on severability".
_SEVERABILITY_NAMED = LazyPattern(
    r"^(?!.*\b(?:invalid|unenforceable|illegal|unlawful|void|strik\w*|struck|severable|"
    r"remain\w*|remainder|continu\w*|(?:cannot|can't|can not) be enforced)\b)"
    r"(?=.*\b(?:incorporated|appl(?:y|ies)|govern\w*|available at)\b).*\bseverab"
)
_BY_REFERENCE = LazyPattern(
    r"\b(?:provisions?|sections?|clauses?|terms?)\b(?:(?!this\b)[^.;]|\.(?=\d)){0,24}"
    r"\bof (?:the|its|our|that) "
    r"(?:master|base|underlying|main|principal|services?|subscription|licen[cs]e|framework)"
    r"\s+(?:[\w-]+\s+)?(?:agreement|terms|contract)\b|\bof the msa\b"
    # "The Standard Terms' provisions on liability and severability apply to this engagement"
    r"|\bprovisions? (?:on|about|regarding|concerning)\b[^.;]{0,80}\bseverab\w*[^.;]{0,12}"
    r"\bappl(?:y|ies) to this\b"
    # "Section 14.6 (Severability) of the Agreement applies to this DPA as if set out in full"
    r"|\b(?:sections?|clauses?|articles?)\s+[\d.]+\s*(?:\([^)]{0,30}\)\s*)?of the (?:agreement|"
    r"terms)\b[^.;]{0,20}\bappl(?:y|ies)\s+to\s+this\b"
    # "Severability of this Addendum is governed by Section 18.3 of the Terms"
    r"|\bgoverned by (?:section|clause|article)\s+[\d.]+ of the (?:[\w-]+\s+){0,4}"
    r"(?:agreement|terms)\b"
    # "Sections 17 (Severability), 18 (Waiver) and 19 (Notices) of the Terms"
    rf"|\b(?:sections?|clauses?|articles?)\s+[\d.]+\s*\(severab\w*\){IN_CLAUSE}{{0,80}}?"
    r"\bof (?:the|its|our) (?:[\w-]+\s+){0,3}?(?:terms|agreement|msa|conditions)\b"
    # "Sections 15.2 (Severability) … of the Hallway Terms of Service, available at …, are
    # incorporated into these State Addenda by reference"
    r"|\bof the (?:[\w-]+\s+){0,5}terms\b(?:[^.;]|\.(?=\S)){0,120}\bincorporated\b[^.;]{0,40}"
    r"\bby reference\b"
)


@rule("R14")
@firm
def subcontractors_need_written_consent_and_the_same_terms(
    sentences: Sequence[Sentence],
) -> Verdict:
    """Read clause by clause: "We use a few service providers. We'll get your written OK
    before adding a new one, and each one signs a contract requiring it to follow these same
    terms" names the subcontractor once and binds it in the next sentence."""
    about = [s for s in sentences if _about_subcontractors(s, sentences)]
    # The school's consent to subcontract, not waived and not a case of another list
    asked = [
        s
        for s in about
        if re.search(_CONSENT, lowered(s))
        and re.search(LEA + r"|\byour?\b", lowered(s))
        and not _waived(lowered(s))
        and not _consent_to_something_else(lowered(s))
    ]
    with_consent = [s for s in asked if re.search(r"\b(?:written|prior|express)\b", lowered(s))]
    # "shall not subcontract without the District's consent": consent, but not in writing
    consent_only = [s for s in asked if s not in with_consent]
    with_terms = [
        s for s in about if re.search(_BOUND, lowered(s)) or _SOME_TERMS.search(lowered(s))
    ]
    all_terms = [
        s for s in with_terms if re.search(_BOUND, lowered(s)) and not _PARTIAL.search(lowered(s))
    ]
    exempt = next((s for s in with_consent if _EXEMPT.search(lowered(s))), None)
    if exempt is not None:
        return weak(exempt, "the school's written consent, but not for some subcontractors")
    deemed = next(
        (s for s in about if _DEEMED.search(lowered(s)) or _IN_ADVANCE.search(lowered(s))), None
    )
    if (with_consent or consent_only) and deemed is not None:
        return weak(
            deemed,
            "the school's consent is deemed given if it does not object, or given in advance: "
            "not its express written consent",
        )
    if with_consent and all_terms:
        return present(
            with_consent[0],
            "subcontractors need the school's written consent and are bound by the same terms",
        )
    if with_consent and with_terms:
        return weak(
            with_consent[0],
            "subcontractors need the school's written consent, but only some of the terms, or "
            "terms merely like them, flow down to them, not all of provisions 1-13",
        )
    if consent_only:
        return weak(
            consent_only[0],
            "subcontractors need the school's consent, but not its express written consent",
        )
    if with_consent or with_terms:
        return weak(
            (with_consent or with_terms)[0],
            "only one of the two: the school's written consent, or the same terms "
            "flowing down to every subcontractor",
        )
    refused = [
        s
        for s in find(sentences, r"\bsub-?contract\w*")
        # the verb denied ("will not subcontract"), not a noun under another denial ("will
        # not disclose Student Data except to its subcontractors")
        if negated(s.text, r"\bsub-?contract(?:s|ed|ing)?\b(?!ors?\b)")
        and not re.search(_CONSENT, lowered(s))
    ]
    if refused:
        return present(refused[0], "does not subcontract at all")
    noticed = next((s for s in about if _NOTICE.search(lowered(s))), None)
    if noticed is not None:
        return weak(noticed, "the school is told of new subcontractors, but need not consent")
    if about:
        # A bare licence to subcontract says the opposite of the provision: nothing of it is
        # there to strengthen.
        return missing(
            "uses subcontractors with neither the school's written consent nor these terms "
            "flowing down to them",
            about[0],
        )
    return missing("nothing on subcontractors")


# Notice in place of consent: "will give the School 30 days' notice of any new
# sub-processor", "the District may object to a new subprocessor".
_NOTICE = LazyPattern(
    r"\b(?:notice|notif\w*|inform\w*)\b[^.;]{0,60}\b(?:new|additional|add\w*|engag\w*|"
    r"chang\w*|replac\w*)\b"
    # "will not engage a new subprocessor without giving the District thirty days' notice"
    r"|\b(?:engag\w*|appoint\w*|add\w*|us(?:e|ing))\s+(?:a\s+|any\s+)?(?:new|additional)\b"
    r"[^.;]{0,60}\b(?:notice|notif\w*)\b"
    r"|\bobject\w*\s+to\b"
    # "may engage clinicians …, provided that it gives CREC five days' prior written notice"
    r"|\b(?:engag\w*|us(?:e|ing)|add\w*|assign\w*)\b[^.;]{0,200}\bprior (?:written )?notice\b"
)
# Consent by silence: "the Board's consent shall be deemed given if the Board has not
# objected in writing within ten (10) business days after the notice".
_DEEMED = LazyPattern(
    # not "deemed approved only upon the Board's countersignature": a written consent
    r"\bdeemed\s+(?:to\s+(?:have\s+been\s+)?)?(?:given|granted|approved|consented|accepted)\b"
    r"(?!\s+only\s+(?:upon|on|by|after)\b[^.;]{0,30}\b(?:countersign\w*|sign\w*|written))|"
    r"\b(?:has|have|does|do)\s+not\s+(?:timely\s+)?object\w*|\bfails?\s+to\s+(?:timely\s+)?"
    r"object\b|\bunless\s+(?:the\s+)?\w+\s+(?:timely\s+)?objects?\b|\bno\s+objection\b"
)
# Consent given in advance: "the District gives its written consent to any future ones".
_IN_ADVANCE = LazyPattern(
    r"\b(?:hereby\s+)?(?:gives?|grants?|provides?)\s+(?:its\s+)?(?:written\s+)?(?:consent|"
    r"approval)\b[^.;]{0,80}\b(?:future|any (?:new|additional))\b|\bhereby consents?\b"
    # "a general authorization to engage Subprocessors"; "if Customer does not approve a new
    # Subprocessor, Customer may terminate": an objection, not consent asked first
    r"|\bgeneral (?:written )?authori[sz]ation\b"
    r"|\bif\s+(?:the\s+)?\w+\s+does\s+not\s+approve\b[^.;]{0,80}\bterminat"
)
# Some subcontractors need no consent: "except for hosting providers", "other than its
# Affiliates".
_EXEMPT = LazyPattern(
    r"\b(?:except|excluding|other than)\s+(?:for\s+)?(?:(?!with\b|upon\b|as\b)\w+\s+){0,3}?"
    r"(?:hosting|cloud|infrastructure|affiliates?|service providers?|sub-?processors?|vendors?)\b"
)
_SUBS = (
    r"\b(?:sub-?contract\w*|sub-?processor\w*|sub-?consultant\w*|"
    r"third[- ]party (?:service |hosting )?providers?|"
    r"service providers?|agents?)\b"
    # a consultant's own words: "I will not bring in any tutor other than my associate"
    r"|\b(?:bring in|engage|hire|retain|use)\s+(?:any|another|other|additional)\s+(?:\w+\s+)?"
    r"(?:tutors?|consultants?|persons?|individuals?|firms?|compan(?:y|ies)|staff|personnel|"
    r"contractors?|vendors?|providers?|assistants?|associates?)\b"
    r"|\bthird[- ]party (?:vendors?|contractors?)\b"
    # "may engage independent-contractor clinicians", "Associate Coaches", "our independent
    # associates" (not "Consultant is an independent contractor")
    r"|\bindependent[- ]contractor (?:\w+ )?(?:clinicians?|interpreters?|therapists?|coders?|"
    r"tutors?|coaches?|nurses?|linguists?|evaluators?|staff)\b"
    r"|\b(?:engag\w*|us(?:e|es|ing)|assign\w*(?: work)?(?: to)?|retain\w*)\b[^.;]{0,40}"
    r"\bindependent[- ]contractors?\b"
    r"|\bassociate (?:coach|agenc|clinician|therapist|interpreter|evaluator|tutor)\w*"
    r"|\bindependent associates?\b"
    # "I won't hand off any of this work … with another clinician or an assistant"
    r"|\bhand (?:off|over)\b[^.;]{0,60}\b(?:with|to)\s+(?:any|another|other|an?)\s+(?:\w+\s+)?"
    r"(?:clinicians?|therapists?|assistants?|consultants?|contractors?|persons?)\b"
)
# The vendor describing itself ("Company holds Student Data only as Customer's service
# provider") names no subcontractor.
_ITSELF = LazyPattern(
    r"\bas (?:(?:a|an|the)\s+)?(?:[\w-]+['\u2019]s\s+)?(?:service provider|agent)\b"
)
_CONSENT = (
    r"\b(?:written consent|prior consent|consent|approv\w*|authori[sz]\w*|ok|okay|"
    r"go-ahead|sign-?off|permission)\b"
)
_BOUND = (
    r"\b(?:bound (?:in writing )?by|no less (?:protective|stringent)|at least as (?:protective|"
    r"stringent)|(?:the )?same (?:[\w-]+ )?(?:obligations|terms|restrictions|protections|"
    r"requirements)|flow[- ]down|containing (?:the )?(?:provisions|terms|obligations) "
    r"(?:equivalent|identical) to|obligations (?:at least|consistent)|comply with (?:all (?:of )?)?"
    r"(?:the (?:same|terms)|this|these)|bind\w*|included in (?:any|every|each)|"
    # "every such sub-contract shall include the provisions of Sections 1 and 2", "… shall
    # include the CT Required Terms", "… provisions equivalent to Sections 3 to 9"
    r"(?:shall|will|must) (?:include|incorporate|contain) (?:all )?(?:of )?(?:the |these )?"
    r"(?:[\w-]+ ){0,3}?(?:provisions|terms|requirements|obligations)(?: (?:of|that|equivalent "
    r"to|identical to))?)\b"
)
# Bound by some written terms, not said to be these: "contractually bound to use it only for
# Pebble", "under written contracts", "bound in writing to confidentiality".
_SOME_TERMS = LazyPattern(
    r"\bcontractually\s+(?:bound|required|obligated)|\b(?:bound|required)\s+in\s+writing|"
    r"\bunder\s+written\s+(?:contracts?|agreements?)"
    r"|\bwritten\s+(?:contracts?|agreements?)\s+(?:requiring|that require)"
    # a part of the terms flowing down: "shall require each of them to keep the Student Data
    # confidential", "bound by a confidentiality agreement"
    r"|\brequir\w*\s+(?:each\s+of\s+)?(?:them|each|it|every)\b[^.;]{0,20}\bto\s+(?:keep|"
    r"maintain|protect|hold)\b|\b(?:are|is)\s+(?:asked|required)\s+to\s+keep\b"
    r"|\b(?:bound by|sign\w*|subject to)\s+(?:a\s+|an\s+|the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?"
    r"confidentiality\s+(?:obligations|agreements?|pledges?|undertakings?)\b"
)
# A flow-down of the security terms alone ("security obligations no less protective than
# those in this Exhibit B"), or of one section, leaves the rest of provisions 1-13 behind.
_PARTIAL = LazyPattern(
    r"\b(?:security|confidentiality|data security|technical)\s+(?:obligations|requirements|"
    r"terms|measures|standards|provisions)\b"
    # "obligations substantially similar to those of this Rider": like them, not them
    r"|\bsubstantially\s+(?:similar|equivalent|the same|comparable)\b"
    # "at least as protective as Section 4.2 of this letter": one section, not the whole
    r"|\b(?:as|than)\s+(?:those\s+(?:in|of)\s+)?(?:section|paragraph|clause)\s+[\d.]+(?:\([a-z]\))?"
    r"\s+of\s+this\b"
)


def _consent_to_something_else(low: str) -> bool:
    """A list of cases where the school's consent is one case and the subcontractors another:
    "will not disclose … except (a) to its subprocessors, (b) as required by law, or (c) with
    the School's consent" asks no consent to subcontract."""
    items = re.split(r";|\(\w{1,3}\)", low)
    return len(items) > 1 and not any(
        re.search(_SUBS, item) and re.search(_CONSENT, item) for item in items
    )


def _about_subcontractors(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether ``sentence`` speaks of subcontractors, itself or as the sequel of a sentence
    that names them earlier in its paragraph ("… adding a new one")."""
    if sentence.heading:
        return False
    names = re.compile(_SUBS)
    if names.search(_ITSELF.sub("", lowered(sentence))):
        return True
    earlier = [s for s in sentences if s.paragraph == sentence.paragraph and s is not sentence]
    return any(names.search(_ITSELF.sub("", lowered(s))) for s in earlier) and bool(
        re.search(r"\b(?:new one|each one|(?:each|every|any) such|such (?:\w+ )?(?:entity|party|"
                  r"person)|it|they)\b",
                  lowered(sentence))
    )  # fmt: skip


def _waived(low: str) -> bool:
    """ "may engage subcontractors without the District's consent": a permission, not a
    promise (unlike "shall not subcontract without the District's consent")."""
    return bool(
        re.search(r"\bwithout\b[^.;]{0,40}\b(?:consent|approval|authori[sz]ation|permission)", low)
    ) and not negated(low, r"\bwithout\b")
