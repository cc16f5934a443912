"""The contract's own law: Connecticut's (provision 9). Severability (10) is
:mod:`.severability`'s, sub-contracts (14) :mod:`.subcontracts`'s, FERPA (8) :mod:`.ferpa`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...inputs.vocabulary import LAW_PLACES
from ..lazy_pattern import LazyPattern
from ..lexicon import IN_CLAUSE, OPENING_NOTWITHSTANDING, find, lowered
from ..reader import Sentence
from .law_places import (
    BORROWED_LAW,
    KEEPS_ITS_LAW,
    NAMES_ITS_OWN,
    OTHER_CUSTOMERS,
    OTHER_GOVERNS,
    OTHER_LAW,
    PLACES,
    SOME_MATTERS,
    for_some_matters_only,
    overriding_both_papers,
)
from .registry import Verdict, missing, present, rule, weak
from .schools_state import schools_state_read

__all__ = ["BY_REFERENCE", "connecticut_law_governs"]


@rule("R9")
def connecticut_law_governs(sentences: Sequence[Sentence]) -> Verdict:
    found = [
        s
        for s in find(
            sentences,
            # "Connecticut law applies to these terms.", "… will be settled under Connecticut law"
            r"\b(?:govern\w*|construed|laws? of|jurisdiction|laws?\s+appl(?:y|ies)|"
            r"(?:settled|decided|resolved|determined)\s+under)\b",
            r"\blaws?\b",
        )
        # "Notwithstanding Section 14.2 of the MSA, the laws of Connecticut shall govern …"
        # overrides the other document's clause; it borrows nothing from it
        if not BY_REFERENCE.search(_OVERRIDING.sub("", lowered(s)))
        and not _CONSTITUTED.search(lowered(s))
        and not _OBEYED_ONLY.search(lowered(s))
    ]
    for sentence in found:
        low = schools_state_read(plain := lowered(sentence))
        if low != plain and _for_public_schools_whole(low):
            return present(sentence, "a public school's own state's law governs: Connecticut's")
        if "connecticut" in low and not OTHER_LAW.search(low) and _EXCLUDING.search(low):
            return weak(sentence, "Connecticut law governs, but with part of it left out")
        if "connecticut" in low and (why := for_some_matters_only(low)):
            return weak(sentence, why)
        if "connecticut" in low and not OTHER_LAW.search(low):
            # ("…, notwithstanding Section 7 of the Licence Terms": the other clause yields)
            part = (
                None
                if _over_its_own_paper(plain) or _OVERRIDES_THE_WHOLE.search(plain)
                else _governed_by_another(sentence, found, sentences)
            )
            if part is not None:
                if (overriding := overriding_both_papers(found)) is not None:
                    return present(overriding, "Connecticut law governs all of the paper, over "
                                               "the other law's clause")  # fmt: skip
                if part is sentence:
                    why = "Connecticut law governs this paper alone; the other paper's "
                    return weak(sentence, why + "governing-law clause is set aside for it only")
                return weak(
                    sentence, f"Connecticut law governs, but another's governs part: {part.text}"
                )
            if _ONE_SECTION.search(plain):  # "This Connecticut section is governed by …"
                return weak(sentence, "Connecticut law governs one section of the paper only")
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
    return _not_connecticuts(found)


def _not_connecticuts(found: Sequence[Sentence]) -> Verdict:
    """The verdict when no clause gives Connecticut's law: another state's, one borrowed from
    another document, or none at all."""
    for sentence in found:
        low = lowered(sentence)
        other = next((place for place in LAW_PLACES if place != "Connecticut"
                      and re.search(rf"\b{place.casefold()}\b", low)), "")  # fmt: skip
        if other:
            return weak(sentence, f"the law of {other} governs, not Connecticut's")
    if found and all(
        BORROWED_LAW.search(low := lowered(s)) and not NAMES_ITS_OWN.search(low) for s in found
    ):
        # "The governing-law and severability provisions of our Terms of Service apply to this
        # Policy": no state named in the paper read (as outside readers label it)
        return missing("borrows its governing law from another document; no state is named",
                       found[0])  # fmt: skip
    if found:
        return weak(found[0], "names a governing law, but not Connecticut's")
    return missing("no governing law; the regulation requires Connecticut's")


# Laws the vendor follows, which govern nothing: "We also follow the Children's Online Privacy
# Protection Act and the student privacy laws of the states where our partner schools are
# located" (not "… comply with, and be governed by, the laws of Connecticut"; Connecticut's
# own, followed, is read as before).
_OBEYED_ONLY = LazyPattern(
    r"^(?!.*\b(?:govern\w*|construed|interpret\w*|enforc\w*|jurisdiction|venue|courts?|"
    r"connecticut)\b)(?!.*\bsubject\s+to\s+the\s+laws?\b|.*\blaws?\s+of\b[^.;]{0,40}\bappl(?:y|ies)\b).*"
    r"\b(?:follow|follows|comply with|complies with|abide by|abides by|obey|obeys)\b"
)


# Connecticut named as the forum while another place's law governs: "governed by the laws of
# the State of New York, and the parties submit to the jurisdiction of the courts of Hartford,
# Connecticut".


def _governed_by_another(
    sentence: Sentence, found: Sequence[Sentence], sentences: Sequence[Sentence]
) -> Sentence | None:
    """The sentence that leaves part of the contract to another state's law, beside the
    Connecticut ``sentence`` that governs only part of it; None when Connecticut's governs
    the whole."""
    low = lowered(sentence)
    # (unless the other paper's clause is said to choose Connecticut's law too: "All other
    # matters … remain governed by its Section 9.1, which selects the laws of … Connecticut")
    if _SET_ASIDE_FOR_THIS_PAPER.search(low) and not any(
        _KEEPS_CONNECTICUTS.search(lowered(s)) for s in sentences
    ):
        return sentence
    # "… the laws of the State of Connecticut govern …, and Section 14.1 does not apply": the
    # other law's section set aside
    set_aside = _SET_ASIDE.findall(low)
    found = [
        s for s in found if not any(re.match(rf"\W*{re.escape(n)}\b", s.text) for n in set_aside)
    ]
    # "The Master Agreement … remains governed by the laws of the State of California"
    part = next((s for s in found if _governs_part(s, sentence, sentences)), None)
    if part is not None:
        return part
    # "Section 14.1 of the DPA … continues to govern the DPA", "Nothing in this Exhibit alters
    # the governing law … of the Service Agreement": the other document keeps its own law
    # (not Connecticut's own law kept, nor an order of precedence that "continues to govern")
    kept = next((s for s in sentences if abs(s.paragraph - sentence.paragraph) <= 1
                 and KEEPS_ITS_LAW.search(lowered(s))
                 and not _KEEPS_CONNECTICUTS.search(lowered(s))), None)  # fmt: skip
    if kept is not None:
        return kept
    if _DPA_ONLY.search(low) and (other := _another_paper_governed(sentences)) is not None:
        return other
    if _PART_GOVERNED.search(low) and (other := _another_law_governs(sentences)) is not None:
        # "This Part B is governed by the laws of Connecticut", while "these General Terms are
        # governed by … Delaware": one part of the paper only, wherever the other law is
        # named, whichever prevails in a conflict (the readings held to)
        return other
    if SOME_MATTERS.search(low):
        # "… governs the rights and duties of the parties with respect to Student Data", while
        # another state's law governs the rest of the paper: named in the sentence itself
        # ("The MSA's governing-law clause (California) applies, except that … Connecticut
        # govern the parties' rights and duties concerning Student Data") or in any other
        # ("Except as provided in D10.2, this Rider is governed by the laws of New York")
        if re.search(rf"\b(?:{PLACES})\b", low):
            return sentence
        return _another_law_governs(sentences)
    return None


# "Section 7.3 of the NDPA, which also selects the laws of the State of Connecticut, continues
# to govern the NDPA"; "the order of precedence in Section 2 … continues to govern the NDPA"
_KEEPS_CONNECTICUTS = LazyPattern(
    r"\b(?:selects|chooses|names|designates)\s+(?:the\s+)?laws?\s+of\s+(?:the\s+)?(?:state\s+of\s+)?"
    r"connecticut\b|\border\s+of\s+precedence\b[^.;]{0,80}\bcontinu\w*\s+to\s+govern\b"
)


def _over_its_own_paper(low: str) -> bool:
    """Whether Connecticut's law governs the very paper whose clause it overrides: "… all
    parties to this DPA and to the Licence Terms, notwithstanding Section 7 of the Licence
    Terms" (not "This Addendum …, notwithstanding Section 7 of the Licence Terms")."""
    found = re.search(_OVERRIDES_AFTER, low)
    if found is None:
        return False
    paper = re.search(r"\bof\s+(?:the\s+)?([\w\s-]{3,40}?)\W*$", found.group(0))
    return paper is not None and paper.group(1) in low[: found.start()]


def _another_paper_governed(sentences: Sequence[Sentence]) -> Sentence | None:
    """The first sentence that puts another paper of the contract under another state's law:
    "The Platform Licence … is governed by the laws of the State of Oregon" (not "… will
    comply with all laws governing student data, including the laws of California")."""
    return next(iter(find(sentences, _PAPER_GOVERNED.pattern)), None)


def _another_law_governs(sentences: Sequence[Sentence]) -> Sentence | None:
    """The first sentence that puts any of the paper under another state's law."""
    return next(iter(find(sentences, OTHER_GOVERNS.pattern)), None)


def _governs_part(other: Sentence, sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether ``other``, beside the Connecticut ``sentence``, leaves part of the contract to
    another state's law ("The Master Agreement … remains governed by the laws of California"),
    the Connecticut terms not controlling in a conflict."""
    low = lowered(other)
    if not OTHER_GOVERNS.search(low) or abs(other.paragraph - sentence.paragraph) > 1:
        return False
    if OTHER_CUSTOMERS.match(low):
        return False  # "For all other bookings, these terms are governed by …": not this one
    beside = " ".join(lowered(s) for s in sentences if s.paragraph == other.paragraph)
    return not (_PREVAILS.search(beside) or re.search(r"\bexcept\b|\bunless\b", low))


_ONE_SECTION = LazyPattern(
    r"^\W*(?:[\w.-]{1,8}\s+)?this\s+(?:connecticut\s+)?(?:section|part)\b"
    r"(?![^.;]{0,30}\b(?:and|together\s+with)\b)[^.;]{0,30}\b(?:is|shall\s+be|"
    r"will\s+be)\s+(?:governed|interpreted|construed)\b"
)
# "Notwithstanding Section 14.2 of the MSDPA, this Addendum shall be governed by …": the other
# paper's clause set aside for this paper alone, the other paper kept to its own law (not "…,
# this Addendum and the MSDPA shall be governed by …", :data:`_OVERRIDES_BOTH_PAPERS`)
_SET_ASIDE_FOR_THIS_PAPER = LazyPattern(
    # ("Notwithstanding the governing law clause in the Master Terms, this Data Protection
    # Addendum shall be …")
    r"^\W*+(?:[\d.]+\s+)?notwithstanding\b[^,;]{0,60}\b(?:of|in)\s+(?:the|its|our)\s+[^,;]{1,40},\s*"
    r"this\s+(?:[\w-]+\s+){0,3}?(?:addendum|supplement|rider|exhibit|schedule|dpa|dsa)\b"
    r"(?:\s+[a-z0-9][\w.-]{0,4})?\s+"
    r"(?:is|shall\s+be|will\s+be)\s+(?:governed|interpreted|construed)\b"
)
_SET_ASIDE = LazyPattern(r"\bsection\s+(\d+(?:\.\d+)*)\s+(?:does|shall|will)\s+not\s+apply\b")
_OVERRIDES_AFTER = r",\s*notwithstanding\b[^,;]{0,80}$"  # "…, notwithstanding Section 7 of …"
# "Notwithstanding Sections 14 and 15 of these Terms, Connecticut law governs this Agreement":
# the other clauses yield, over the whole paper
_OVERRIDES_THE_WHOLE = LazyPattern(
    rf"{OPENING_NOTWITHSTANDING}[^.;]*\b(?:govern\w*|construed)\b[^.;]*"
    r"\b(?:this|these)\s+(?:agreement|terms|contract)\b"
)
_OVERRIDING = LazyPattern(rf"{OPENING_NOTWITHSTANDING}|{_OVERRIDES_AFTER}")
# A Connecticut law clause held to one part of the paper: "This Part B is governed by …",
# "Part A is governed by …", "this Addendum shall be governed by …".
_PART_GOVERNED = LazyPattern(
    # ("This Part B-3 shall be …", "This Participating Addendum and each Order Form shall be …")
    r"^\W*(?:[\w.-]{1,8}\s+)?(?:this |the )?(?:[\w-]+ ){0,3}?(?:part [a-z0-9-]{1,4}|addendum|"
    # ("This Addendum, and the rights and duties of the parties under it, are governed by …")
    r"supplement|rider|exhibit|schedule)\b[^.;]{0,60}\b(?:is|are|shall be|will be) "
    r"(?:governed|interpreted|construed)\b"
    # (", this Schedule C shall be interpreted in accordance with …")
    r"|(?:^|, |— )this (?:addendum|supplement|rider|exhibit|schedule)(?: [a-z0-9][\w.-]{0,4})? "
    r"(?:is|shall be|will be) (?:governed|interpreted|construed)\b"
    # "The laws of the State of Connecticut govern this Addendum", "… shall govern the
    # interpretation and enforcement of this Exhibit G"
    r"|\bgovern\w* (?:(?:the )?(?:interpretation|construction|enforcement|performance|validity)"
    r"(?:,? (?:and|or) |, ))*(?:(?:the )?(?:interpretation|construction|enforcement|performance|"
    r"validity) of )?(?:this|the) (?:addendum|supplement|rider|exhibit|schedule|part [a-z0-9]{1,3}"
    r"|connecticut (?:section|terms))\b"  # ("Connecticut law governs this Connecticut section.")
)
# Connecticut's law for the data privacy agreement alone: "This DPA is governed by …", "…
# govern the rights and duties of the Provider and the LEA under this DPA" (not "… under this
# DPA and the Service Agreement", "… under this DPA, the Service Agreement and each Order Form")
_DPA_ONLY = LazyPattern(
    # ("This DPA, as supplemented by this Exhibit G, is governed by …")
    # ("This DSA will be governed by …"; "… Article VII, Section 6 is amended so that this DPA is
    # governed by …")
    r"(?:^\W*(?:[\w.-]{1,8}\s+)?(?:this |the )?|\bso that this )(?:dpa|dsa|data (?:sharing|"
    r"processing|privacy) agreement)\b[^.;]{0,50}\b(?:is|shall be|will be) "
    r"(?:governed|interpreted|construed)\b"
    r"|\bgovern\w* the rights and (?:duties|obligations) of [^.;]{0,60}\bunder this "
    r"(?:dpa|addendum)\b(?!,?\s+(?:and\b|the\b|each\b|all\b))"
)
# Another paper of the contract under another state's law: "This Platform Licence, and any
# dispute about fees …, is governed by the laws of the State of Oregon".
_PAPER_GOVERNED = LazyPattern(
    # "In all other respects the Terms, including their Texas choice of law, remain unchanged" (not
    # one set aside: "This Addendum replaces the Terms' Texas choice of law", "… does not apply")
    rf"^(?!.*\b(?:replac|supersed|overrid)\w*\b[^.;]{{0,60}}\bchoice\s+of\s+(?:(?:{PLACES})\s+)?law\b)"
    rf"(?!.*\bchoice\s+of\s+(?:(?:{PLACES})\s+)?law\b[^.;]{{0,20}}\b(?:does|shall|will)\s+not\s+"
    r"apply\b)"
    # (", including its limitation of liability and its choice of Texas law for all other matters")
    # ("…, including its Texas governing-law clause, remain in effect")
    rf".*?\b(?:terms|agreement|msa|licen[cs]e)\b[^.;]{{0,80}}\b(?:(?:{PLACES})\s+(?:choice\s+of\s+law|"
    rf"governing[- ]law\s+(?:clause|provision|section))|choice\s+of\s+(?:{PLACES})\s+law)\b|"
    r"\b(?:licen[cs]e|agreement|terms(?:\s+of\s+(?:service|use))?|msa|mma|part\s+(?:one|1|a))\b"
    r"[^.;]{0,100}?\b(?:is|are|shall\s+be|will\s+be|remains?)\s+governed\s+by\s+(?:and\s+construed\s+"
    # ("… remains governed by the law it names (the laws of the State of Colorado)")
    rf"[^.;]{{0,40}}?)?(?:the\s+law\s+it\s+(?:names|designates|chooses|selects)\s*\(\s*)?"
    rf"the\s+laws?\s+of\s+(?:the\s+)?(?:state\s+of\s+|commonwealth\s+of\s+)?"
    rf"(?:{PLACES})\b"
)
# Connecticut's law with part excluded (its conflict-of-laws rules may go).
_EXCLUDING = LazyPattern(
    r"\b(?:excluding|other than|except(?:ing)? for|but not)\b(?![^.;]{0,60}\b(?:conflicts?|"
    r"choice)[- ]of[- ]laws?\b)(?![^.;]{0,60}\bconflicts? (?:of law|rules|principles))"
)
_PREVAILS = LazyPattern(r"\b(?:shall|will) (?:control|prevail|govern)\b|\bprecedence\b")


_FOR_PUBLIC_SCHOOLS = LazyPattern(
    r"\b(?:for|where|if|when)\b[^.;]{0,40}\bpublic\s+(?:school|educational|education|"
    r"agency|agencies|district|board)"
)
# The school's own state's law for part only, or for schools outside it: "only to the extent …",
# "solely with respect to …", "for public school districts located outside the United States".
_LIMITED = LazyPattern(
    r"\bonly to the extent\b|\bsolely\b|\bwith respect to\b|\boutside\b|\bnot a public\b|"
    r"\bexcept\b|\bexcluding\b"
)


def _for_public_schools_whole(low: str) -> bool:
    """Whether the school's own state's law governs a public school's whole contract, with no
    limit or other law after the condition: "…; provided that, where Customer is a public
    school district, this Agreement and the rights and duties of all parties under it are
    governed by the laws of the state in which Customer is located" (the vendor's default is
    for its other customers)."""
    public = _FOR_PUBLIC_SCHOOLS.search(low)
    if public is None:
        return False
    rest = low[public.start() :]
    return not _LIMITED.search(rest) and not OTHER_LAW.search(rest)


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
BY_REFERENCE = LazyPattern(
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
    # "the Governing Law and Severability sections of those Terms apply to it" (the law's own
    # section, not "…, and the Severability section of the Agreement applies to it")
    r"|\bgoverning[- ]law\s+(?:and\s+severability\s+)?(?:sections?|provisions?|clauses?)\s+of\s+"
    r"(?:those|the|our|its)\s+(?:[\w-]+\s+){0,4}?(?:terms|agreement)\b[^.;]{0,20}\bappl(?:y|ies)\s+"
    r"to\s+(?:it|this)\b"
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
