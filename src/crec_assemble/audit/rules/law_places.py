"""Other places' laws, as a governing-law clause names them: the states, provinces and countries
whose law a vendor may choose (:mod:`.contract_terms` reads Connecticut's against them), the
sentences by which another document keeps its own law beside Connecticut's, or puts part of the
paper under another law, and a law left to another document; and the Connecticut law clause
held to some matters only (:func:`for_some_matters_only`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...inputs.vocabulary import LAW_PLACES
from ..lazy_pattern import LazyPattern
from ..lexicon import OPENING_NOTWITHSTANDING, lowered
from ..reader import Sentence

__all__ = [
    "BORROWED_LAW",
    "KEEPS_ITS_LAW",
    "NAMES_ITS_OWN",
    "OTHER_CUSTOMERS",
    "OTHER_GOVERNS",
    "OTHER_LAW",
    "PLACES",
    "SOME_MATTERS",
    "for_some_matters_only",
    "overriding_both_papers",
]

PLACES = "|".join(
    [p.casefold() for p in LAW_PLACES if p != "Connecticut"]
    + ["england(?: and wales)?", "ireland", "ontario", "british columbia"]
    + ["netherlands", "germany", "france", "luxembourg"]
)
OTHER_LAW = LazyPattern(
    rf"\blaws? of (?:the )?(?:state of |commonwealth of )?(?:{PLACES})\b"
    rf"|\b(?:{PLACES}) law\b"
)

KEEPS_ITS_LAW = LazyPattern(
    # "The Multistate DPA otherwise remains governed by the law designated in its Section 9.3"
    # (the rest of the agreement, not "Prior orders remain governed by the law designated in
    # that agreement", nor "…, namely the laws of the State of Connecticut")
    r"\botherwise\s+remains?\s+governed\s+by\s+the\s+laws?\s+(?:designated|chosen|selected|named)\b"
    r"(?![^.]*\bconnecticut\b)|"
    # "In all other respects the Master Agreement remains governed by the law it designates
    # (the State of Delaware)"
    r"\bin\s+all\s+other\s+respects\b[^.;]{0,60}\b(?:remains?|continues?\s+to\s+be)\s+governed\s+by\s+"
    r"the\s+laws?\s+"
    r"(?:it|that\s+\w+)\s+(?:designates|chooses|selects|names)\b(?![^.]*\bconnecticut\b)|"
    r"\bcontinu\w*\s+to\s+govern\s+(?:the|that)\s+(?:standard\s+)?(?:(?:ms|n|m)?dpa|agreement|msa|mma|"
    r"mssa|contract|master|service|terms)\b"
    # "Section 18.2 of the Standard Agreement (Colorado law; Denver venue) continues to govern
    # all other matters", "Section 19 … , which selects the laws of the State of California,
    # continues to govern …" (another law named before it, not an order of precedence's "the
    # Agreement continues to govern all other matters", nor Connecticut's own)
    r"|(?<!connecticut )\blaw\b(?:(?!connecticut)[^.]){0,60}?\bcontinu\w*\s+to\s+govern\s+"
    r"(?:all\s+)?(?:other|remaining)\s+matters\b"
    rf"|\blaws\s+of\s+(?:the\s+)?(?:state\s+of\s+)?(?:{PLACES})\b[^.]{{0,40}}?\bcontinu\w*\s+to\s+"
    r"govern\s+(?:all\s+)?(?:other|remaining)\s+matters\b"
    # "In all other respects Section 19.2 of the Agreement (Governing Law; Venue - State of
    # Delaware) continues to apply" (another state's, not "… which selects Connecticut law")
    r"|\bin\s+all\s+other\s+respects\b(?:(?!connecticut)(?:[^.]|\.(?=\d))){0,60}"
    r"\bgoverning[- ]law\b(?:(?!connecticut|as\s+amended)[^.]){0,60}\bcontinu\w*\s+to\s+"
    r"(?:apply|govern)\b(?![^.]*\bconnecticut\b)"
    r"|\bnothing in this\s+(?:exhibit|addendum|rider|schedule|supplement|section|part)\b"
    r"[^.;]{0,20}\b(?:alters?|changes?|affects?|modif(?:y|ies)|amends?)\s+the\s+governing[- ]law\b"
    # … of another document, not "of this Agreement"
    r"[^.;]{0,30}?\bof\s+the\s+(?!agreement\b)(?:[\w-]+\s+){0,2}?(?:agreement|msa|terms|contract)\b"
    # "The DPA and the FlockLog Terms of Service otherwise remain governed by the law designated
    # in them"
    # (the vendor's base paper, not an earlier agreement's orders or an amendment)
    r"|\b(?:dpa|terms of (?:service|use)|master (?:services |subscription )?agreement|msa|"
    r"(?:base|service|underlying|main) agreement)\b[^.;]{0,60}\b(?:remains?|continues?\s+to\s+be)"
    r"\s+governed\s+by\s+(?:the\s+)?(?:laws?|governing[- ]law)\s+(?:designated|chosen|named|"
    r"specified|selected|stated)\s+in\s+(?:(?:them|it|that|those|each)\b"
    # ("The DPA remains governed by the law designated in Article VII, Section 4 of the DPA")
    r"|(?:(?:article|section|clause|paragraph)\s+[\w.]+,?\s+){1,3}of\s+(?:the|that|its)\s+"
    r"(?!agreement\b)[\w-]+(?![^.;]{0,60}\bconnecticut\b))"
    # "All other matters arising under the MSDPA remain governed by the law chosen in Section
    # 7.3 of the MSDPA"
    # (another document's, which may name another state: not "… in Section 9.1", this one's, nor
    # "…, which is also Connecticut law")
    # ("… remain governed as provided in Section 7.4 of the MSDPA")
    r"|\b(?:other|remaining)\s+matters\b[^.;]{0,60}\b(?:remains?|continues?\s+to\s+be)\s+"
    r"governed\s+(?:by\s+(?:the\s+)?(?:laws?|governing[- ]law)\s+(?:designated|chosen|named|"
    r"specified|selected|stated)|as\s+provided)\s+in\s+(?:(?:section|article|clause|paragraph)\s+[\w.]+\s+of\s+)?"
    r"(?:the|that|its)\s+(?!agreement\b)[\w-]+(?![^.;]{0,60}\b(?:namely|which\s+(?:is|are)|i\.e\.|that\s+is)"
    r"\b[^.;]{0,30}\bconnecticut\b)"
)

# The vendor as a sentence's subject (its own name is read as its role's word before the rules
# see it)
_VENDOR_WORDS = r"contractor|provider|vendor|company|consultant|operator|licensor|processor|we|it|i"
# A sentence that puts some of the paper under another place's law, by name or by another paper's
# clause.
OTHER_GOVERNS = LazyPattern(
    # (not the laws kept to: "all laws governing student data privacy, including the laws of
    # California")
    rf"\b(?:govern(?:s|ed)?|(?<!laws )(?<!law )governing|construed)\b[^.;]{{0,40}}\blaws? of "
    rf"(?:the )?(?:state of |commonwealth of )?(?:{PLACES}|lead state)\b"
    # "… all other matters under the MSDPA, which remain subject to the laws of the State of New
    # York", "Disputes about fees remain subject to …" (not "the Vendor remains subject to the
    # laws of Texas" where it is based)
    rf"|\b(?!(?:{_VENDOR_WORDS}|the|a|an)\b)[\w-]+\s+(?:(?!(?:{_VENDOR_WORDS})\b)[\w-]+\s+){{0,3}}?"
    rf"(?:remains?|continues?\s+to\s+be)\s+subject\s+to\s+the\s+laws?\s+of\s+(?:the\s+)?"
    rf"(?:state\s+of\s+|commonwealth\s+of\s+)?(?:{PLACES})\b"
    # "… are governed by New Jersey law", "… including its choice of Delaware law"
    rf"|(?<!\bnot\s)\b(?:governed\s+by|choice\s+of)\s+(?:the\s+)?(?:{PLACES})\s+law\b"
    # "the Agreement shall control with respect to … governing law and dispute resolution"
    r"|\b(?:agreement|msa|terms)\b[^.;]{0,20}\b(?:shall|will)\s+(?:control|prevail)\b[^.;]{0,80}"
    r"\bgoverning law\b"
    # "All other matters under the MSDPA remain governed by Section 12.1 of the MSDPA (Delaware
    # law)": another paper's section, another law
    rf"|\b(?:(?:all\s+)?other\s+(?:matters|terms|provisions|questions)|everything\s+else)\b[^.;]{{0,40}}"
    # (not a fee section, a regulation's or a bargaining agreement's)
    r"\bgoverned\s+by\s+(?:section|clause|article)\s+[\w.]+\s+of\s+the\b"
    r"(?![^.]*\b(?:fees?|payments?|invoic\w*|ferpa|regulations?|cfr|bargaining|connecticut)\b)"
    # "All other matters remain governed by our Terms of Service": whatever law those name
    r"|\b(?:(?:all\s+)?other\s+(?:matters|terms|provisions|questions)|everything else)\b"
    r"[^.;]{0,30}\bgoverned\s+by\s+(?:the|its|our|their|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:terms|agreement|contract|polic(?:y|ies))\b"
    # "The Cooperative Contract and each Order remain governed by the law stated in Section 21
    # of the Cooperative Contract"
    # (not the paper's own clause: "… stated in Section 12.1", "… in this Section")
    r"|\b(?:remain\w*|continu\w* to be|(?:is|are) still)\s+(?:governed\s+by|subject\s+to)\s+"
    r"the\s+(?:governing\s+)?laws?\s+(?:stated|set out|set forth|chosen|named|specified|"
    r"selected)\s+in\s+(?!this\b)(?:(?:(?:sections?|clauses?|articles?)\s+[\w.()]+(?:\s+and\s+[\w.()]+)?,?\s+"
    r"(?:of\s+(?=(?:sections?|clauses?|articles?)\b))?){1,2}of\s+)?"
    r"(?:the|that|its)\s+(?!connecticut)[^.;]{0,60}(?<!this )\b(?:agreement|contract|terms|msa)\b"
    r"(?![^.;]*\bconnecticut\b)"
    # "… remains governed by the law designated in Article VII of the MSDPA" (not "Orders under
    # the Prior Agreement remain governed by the law designated in that agreement")
    r"|\bremain\w*\s+governed\s+by\s+the\s+laws?\s+designated\s+in\s+(?:article|section|clause)\s+"
    r"[\w.]+\s+of\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:agreement|contract|msa|msdpa|dpa)\b"
)
# The governing law left to another document, naming no state ("The governing-law and
# severability provisions of our Terms of Service apply to this Policy").
BORROWED_LAW = LazyPattern(
    r"\bgoverning[- ]law\b[^.;]{0,60}\b(?:provisions?|clauses?|sections?)\)?\s+(?:of|in)\s+"
    r"(?:our|the|its|those|that|these)\b"
    r"|\bgoverned by the law specified in\b"
    # "Sections 14.2 (Severability) and 14.6 (Governing Law and Venue) of the MCA apply to …"
    r"|\(governing[- ]law\b[^)]{0,30}\)[^.;]{0,60}\bof\s+(?:the|our|its)\b[^.;]{0,60}"
    r"\bappl(?:y|ies)\b"
    # "Governing law and venue for this Addendum are as stated in the Agreement", "Governing
    # law, … and severability are set out in Sections 17 and 18 of the Terms", "… that
    # document's governing-law, dispute and severability provisions, which apply to this notice"
    r"|\bgoverning[- ]law\b[^.;]{0,80}\b(?:are|is)\s+(?:as\s+)?(?:stated|set\s+out|addressed|"
    r"provided|specified|described)\s+in\s+(?:the|our|its|those|that|sections?)\b"
    r"|\bgoverning[- ]law\b[^.;]{0,60}\bprovisions?,?\s+(?:which|that)\s+appl(?:y|ies)\s+to\b"
    # "… whose general provisions, including governing law and severability, apply to it"
    r"|\bprovisions?,?\s+including\s+(?:its\s+)?governing[- ]law\b[^.;]{0,40}\bappl(?:y|ies)\s+to\b"
    # "This DPT is governed by the law that governs the Agreement"; "this Schedule is subject to
    # the Agreement, including its provisions on limitation of liability, governing law …"
    r"|\bgoverned\s+by\s+the\s+laws?\s+(?:that|which)\s+governs?\s+the\b"
    r"|\bsubject\s+to\s+the\s+(?:[\w-]+\s+){0,4}?(?:agreement|terms|msa|contract)\b,?\s+"
    r"including\s+its\s+provisions\s+on\b[^.;]{0,60}\bgoverning[- ]law\b"
    # "… our Terms of Service, which contain the governing-law and severability provisions that
    # apply to it", "Our Terms of Service explain which laws apply"
    r"|\b(?:contain|contains|set\s+out|sets\s+out)\s+the\s+governing[- ]law\b"
    r"|\b(?:explain|explains|say|says|set\s+out|sets\s+out)\s+which\s+laws?\s+(?:appl(?:y|ies)|governs?)\b"
)
# … unless the sentence names a law of its own.
NAMES_ITS_OWN = LazyPattern(r"\blaws?\s+of\b|\bstate\s+in\s+which\b|\bnot\s+apply\b")

# Another law for other customers only: "For all other bookings, these terms are governed by
# …" (not "For other customers, and for the School, …", "For other schools, including yours")
OTHER_CUSTOMERS = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?for\s+(?:all\s+|any\s+)?other\s+(?:bookings|customers|schools|orders|"
    r"purchasers|clients|subscribers|licensees|districts)\b"
    r"(?!(?:(?!\bgovern|\blaws?\b)[^;])*\b(?:the\s+school|the\s+district|the\s+lea|you|yours?)\b)"
    r"(?!\s*,?\s*(?:and|or)\b)"
)


# A Connecticut law clause held to some matters or sections only: "… with respect to Student
# Data", "the rights and duties … under this Exhibit", "Section 5 of these Terms is governed by".
SOME_MATTERS = LazyPattern(
    r"\b(?:with respect to|as to|in respect of|regarding|concerning)\s+"
    r"(?!(?:this|the) (?:agreement|dpa|addendum|contract|exhibit|terms)\b)"
    # "the rights and duties of the Parties under this Exhibit C-CT shall be governed by …"
    r"|\b(?:rights|duties|obligations)\b[^.;]{0,70}\bunder "
    # "… under paragraphs P.1 through P.13 of this Schedule"
    r"(?:(?:paragraphs?|sections?|clauses?|articles?)\s+[\w.]+(?:\s+(?:through|to|and)\s+[\w.]+)?"
    r"\s+of\s+)?this (?:exhibit|part|schedule|rider|supplement|section|annex)\b"
    # "our handling of Student Data is governed by …": what the vendor does with the data only
    r"|\b(?:our|its|their|(?:the\s+)?[\w-]+['\u2019]s)\s+(?:handling|processing|use|protection)\s+"
    r"of\b"
    # "This Connecticut Supplement is governed by …": one section of a page of several
    r"|^\W*(?:[\w.-]{1,8}\s+)?this (?:connecticut )?(?:supplement|section|part)\b"
    # "… govern these Terms as they relate to Student Data", "Sections 7 and 9 of these Terms",
    # "Section 5 of these Terms … are governed by", "the student data provisions of Sections 2
    # through 10" (not "Notwithstanding Section 14 of these Terms", nor "Except as stated in
    # Section 10 of these Terms", which name another section)
    r"|\bgovern\w*\b[^.;]{0,60}\bas\s+(?:they|it)\s+relates?\s+to\b"
    r"|(?<!notwithstanding )(?<!\bin )(?<!\bunder )(?<!\bby )(?<!\bwith )"
    r"\bsections?\s+[\d.]+\s+(?:and|through|to)\s+[\d.]+\s+of\s+(?:these|this)\s+(?:terms|agreement)\b"
    # (one section, or "the … provisions of Sections 2 through 10", as what is governed: not
    # "including Section 5 of this Agreement", nor "the provisions of Section 9 survive")
    r"|(?<!notwithstanding )(?<!\bin )(?<!\bunder )(?<!\bby )(?<!\bwith )(?<!including )"
    r"\b(?:sections?\s+[\d.]+\s+of\s+(?:these|this)\s+(?:terms|agreement)|provisions\s+of\s+"
    r"sections?\s+[\d.]+(?:\s+(?:and|through|to)\s+[\d.]+)?)\b"
    r"(?=[^.;]{0,100}\b(?:is|are|shall\s+be)\s+(?:\w+\s+)?(?:governed|interpreted|construed)\b)"
    # ("Connecticut law shall govern Section 9 of these Terms")
    r"|\bgovern\w*\s+sections?\s+[\d.]+\s+of\s+(?:these|this)\s+(?:terms|agreement)\b"
)

# "Notwithstanding Section A6 of Part A …, the laws of the State of Connecticut shall govern the
# rights and duties of all parties to this DPA and to the Service Agreement": the other law's
# clause set aside for both papers
_OVERRIDES_BOTH_PAPERS = LazyPattern(
    rf"(?:{OPENING_NOTWITHSTANDING}[^.;]*\blaws?\s+of\s+(?:the\s+)?(?:state\s+of\s+)?connecticut\s+"
    r"(?:shall|will)\s+govern\b[^.;]*\b(?:all\s+)?(?:the\s+)?parties\s+to\s+(?:this|the)\s+[\w-]+\s+"
    r"and\s+(?:to\s+)?(?:this|the)\s+(?:[\w-]+\s+)?(?:agreement|terms|contract)\b"
    # "Notwithstanding Section 14 of the Master Agreement, this DPA and the Master Agreement shall
    # be governed by the laws of the State of Connecticut"
    rf"|{OPENING_NOTWITHSTANDING}\s*(?:this|the)\s+[\w-]+\s+and\s+(?:this|the)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|terms|contract)\s+(?:shall|will)\s+be\s+governed\s+by\s+(?:and\s+construed\s+"
    r"(?:in\s+accordance\s+with|under)\s+)?the\s+laws?\s+of\s+(?:the\s+)?(?:state\s+of\s+)?"
    r"connecticut\b)"
    # (for every matter: not "… with respect to Student Data only")
    r"(?![^.;]*\b(?:with\s+respect\s+to|as\s+to|regarding|concerning|relating\s+to|in\s+respect\s+of)\b)"
)


def overriding_both_papers(found: Sequence[Sentence]) -> Sentence | None:
    """The Connecticut clause among ``found`` that sets the other law's clause aside for both
    papers of the contract, if there is one."""
    return next((s for s in found if _OVERRIDES_BOTH_PAPERS.search(lowered(s))), None)


def for_some_matters_only(low: str) -> str | None:
    """Why the Connecticut law that ``low`` names governs some matters only; None when it
    governs them all."""
    if _DISPUTES_ABOUT.search(low):
        return "Connecticut law governs disputes about one matter only"
    if _CONNECTICUT_FOR_SOME_MATTERS.search(low):
        return "Connecticut law governs the contract as to some matters only"
    # "…, unless the Order Form states otherwise": another paper may choose another law
    # (not "…, and any action … unless the Order Form …")
    if _UNLESS_ANOTHER_PAPER.search(re.split(r",\s*and\s+", low)[0]):
        return "Connecticut law governs, unless another paper of the contract chooses another"
    return None


_UNLESS_ANOTHER_PAPER = LazyPattern(
    r"\bunless\s+(?:the\s+|an?\s+)?(?:order form|sow|statement of work|purchase order|order)\s+"
    r"(?:states|provides|says|specifies)\s+otherwise\b"
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
# "Connecticut law governs this Agreement as to payment, scheduling and the School's
# obligations" (not "as to all matters")
# (not the whole contract in other words: "with respect to the rights and obligations of the
# parties", "… to its validity, interpretation, construction and performance")
_CONNECTICUT_FOR_SOME_MATTERS = LazyPattern(
    # "Section 3 (Who owns what) and Section 9 (Deleting data) are governed by …"
    # ("For Subscribers located in Connecticut: Sections 4.2, 5 and 6 of this Agreement, as they
    # apply to Student Data, are governed by …")
    # (after a colon or a dash, "Clauses" too; the aside "as they apply to …", "insofar as it
    # relates to …", "(as they apply to …)")
    r"(?:^\W*|,\s*|:\s*|\s[-\u2013\u2014]\s*)(?:this\s+)?(?:sections?|clauses?)\s+[\d.]+"
    r"(?:\s*\([^)]{0,40}\))?(?:\s*(?:,|and)\s*(?:sections?\s+)?[\d.]+"
    r"(?:\s*\([^)]{0,40}\))?)*(?:\s+of\s+th(?:is|ese)\s+[\w-]+)?"
    r"(?:,\s*(?:as|insofar\s+as|in\s+so\s+far\s+as)\s+(?:they|it)\s+[^,;.]{1,40},"
    r"|\s*\((?:as|insofar\s+as)\s+(?:they|it)\s+[^)]{1,40}\))?"
    r"\s+(?:is|are|shall\s+be|will\s+be)\s+"
    # ("Sections 5 and 6 shall be interpreted under, and governed by, …")
    r"(?:(?:interpreted|construed)(?:\s+(?:under|in\s+accordance\s+with))?,?\s+and\s+)?governed\b|"
    r"\bgovern\w*\s+(?:this|the)\s+(?:agreement|contract)\s+(?:only\s+)?(?:as to|with respect "
    r"to|in respect of)\s+(?!(?:all|any|every|each)\b)(?!(?:the\s+|its\s+)?(?:rights|duties|"
    r"obligations|validity|interpretation|construction|performance|enforcement)\b)"
    # "… the laws of the State of Connecticut govern Section 7 and Section 10 of this DPA"
    # (of this paper: not "…, which also govern Section 12 (Arbitration)" beside the whole)
    r"|\bgovern\w*\s+(?:only\s+)?sections?\s+[\d.]+(?:\s*\([^)]{0,40}\))?(?:\s+and\s+(?:sections?\s+)?"
    r"[\d.]+(?:\s*\([^)]{0,40}\))?)*\s+of\s+this\b"
    # one party's part of it: "Connecticut law governs the School's obligations under these
    # Terms" (the vendor's duties left to another law; not "…, which also governs the
    # District's rights to audit")
    r"|^\W*(?:[\d.]+\s+)?(?:connecticut law|the laws? of (?:the state of )?connecticut)\s+"
    r"governs?\s+(?:only\s+)?(?:the\s+)?(?:school|district|board|lea|crec|customer|council|"
    r"agency)['\u2019]s\s+(?:obligations|duties|rights)\b"
)
