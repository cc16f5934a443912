"""Other places' laws, as a governing-law clause names them: the states, provinces and countries
whose law a vendor may choose (:mod:`.contract_terms` reads Connecticut's against them), and the
sentences by which another document keeps its own law beside Connecticut's."""

from __future__ import annotations

from ...inputs.vocabulary import LAW_PLACES
from ..lazy_pattern import LazyPattern

__all__ = ["KEEPS_ITS_LAW", "OTHER_LAW", "PLACES"]

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
    r"\bcontinu\w*\s+to\s+govern\s+the\s+(?:dpa|agreement|msa|mma|mssa|contract|master|service|"
    r"terms)\b"
    # "Section 18.2 of the Standard Agreement (Colorado law; Denver venue) continues to govern
    # all other matters", "Section 19 … , which selects the laws of the State of California,
    # continues to govern …" (another law named before it, not an order of precedence's "the
    # Agreement continues to govern all other matters", nor Connecticut's own)
    r"|(?<!connecticut )\blaw\b(?:(?!connecticut)[^.]){0,60}?\bcontinu\w*\s+to\s+govern\s+"
    r"(?:all\s+)?(?:other|remaining)\s+matters\b"
    rf"|\blaws\s+of\s+(?:the\s+)?(?:state\s+of\s+)?(?:{PLACES})\b[^.]{{0,40}}?\bcontinu\w*\s+to\s+"
    r"govern\s+(?:all\s+)?(?:other|remaining)\s+matters\b"
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
    r"specified|selected|stated)\s+in\s+(?:them|it|that|those|each)\b"
    # "All other matters arising under the MSDPA remain governed by the law chosen in Section
    # 7.3 of the MSDPA"
    # (another document's, which may name another state: not "… in Section 9.1", this one's, nor
    # "…, which is also Connecticut law")
    r"|\b(?:other|remaining)\s+matters\b[^.;]{0,60}\b(?:remains?|continues?\s+to\s+be)\s+"
    r"governed\s+by\s+(?:the\s+)?(?:laws?|governing[- ]law)\s+(?:designated|chosen|named|"
    r"specified|selected|stated)\s+in\s+(?:(?:section|article|clause|paragraph)\s+[\w.]+\s+of\s+)?"
    r"(?:the|that|its)\s+(?!agreement\b)[\w-]+(?![^.;]{0,60}\b(?:namely|which\s+(?:is|are)|i\.e\.|that\s+is)"
    r"\b[^.;]{0,30}\bconnecticut\b)"
)
