"""Severability (provision 10): the rest of the contract stands if a provision is held
invalid, in the paper read, not borrowed from another document that is not."""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import find, lowered, negated
from ..reader import Sentence
from .contract_terms import BY_REFERENCE
from .registry import Verdict, missing, present, rule, weak


@rule("R10")
def the_rest_stands_if_a_provision_is_invalid(sentences: Sequence[Sentence]) -> Verdict:
    found = find(
        sentences,
        # ("… is held by a court of competent jurisdiction to be contrary to law")
        r"\b(?:invalid|unenforceable|illegal|void|(?:cannot|can't|can not) be enforced|"
        r"(?<=to be )contrary to law)\b",
        r"\b(?:remain\w*|other (?:provisions|terms|parts)|(?:shall|will|does) not affect|"
        r"full (?:force|effect)|sever\w*|(?:the )?rest\b|still appl(?:y|ies)|continue\w*|"
        r"untouched|unaffected)\b",
    )
    found += find(sentences, r"\bseverab\w*")
    # not a lead-in that names the clause to come ("Section 10 is replaced by the following:")
    # (nor a title: "Severability and other general terms.")
    found = [
        s
        for s in found
        if not negated(s.text, r"\bsever\w*")
        and not _NOT_COVERED.match(lowered(s))
        and not s.text.rstrip().endswith(":")
        and not (s.heading or _TITLE.fullmatch(lowered(s).strip()))
    ]
    borrowed = [
        s
        for s in found
        if not _OWN_CLAUSE.search(lowered(s))
        and (
            BY_REFERENCE.search(lowered(s))
            or _SEVERABILITY_ELSEWHERE.search(lowered(s))
            or _SEVERABILITY_NAMED.search(lowered(s))
        )
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


# The paper's own clause, whatever else it reaches: "Any provision of this DPA or of the Service
# Agreement that is held invalid … shall not affect other provisions … of the Service Agreement"
_OWN_CLAUSE = LazyPattern(
    r"\b(?:any|each|a|if any)\s+(?:provision|term)\s+of\s+this\s+(?:dpa|agreement|addendum|"
    r"contract|exhibit|rider)\b[^.;]{0,80}\b(?:is|be|are)\s+(?:held|found|deemed|determined)\s+"
    r"(?:to\s+be\s+)?(?:invalid|unenforceable|illegal|void)\b"
    # (and saying what follows itself, not "…, Section 14.3 (Severability) of the Terms applies")
    r"(?=[^.]*\b(?:shall|will|does)\s+not\s+affect"
    r"|[^.]*\b(?:remain\w*|continue\w*)\s+in\s+(?:full\s+)?(?:force|effect)"
    r"|[^.]*\bshall\s+be\s+(?:severed|ineffective))"
)
# "Severability is not covered by this letter": no clause at all
_NOT_COVERED = LazyPattern(
    r"\W*(?:[\d.]+\s+)?severab\w*\s+is\s+not\s+(?:covered|addressed|dealt\s+with|included)\b"
)
_TITLE = LazyPattern(r"(?:[\d.]+\s+)?severab\w*(?:\s+(?:and|&)\s+[\w ,'-]{0,40})?\.?")
_EXCEPT = LazyPattern(r"\b(?:except|unless|provided,? however)\b")
_SEVERABILITY_ELSEWHERE = LazyPattern(
    # (or of the other document itself: "the severability clause of the Terms of Service")
    r"\bseverab\w*\s+(?:provision|clause|section)\s+(?:in|of)\s+(?:(?:section|clause|article)\s+"
    r"[\d.]+\s+of )?(?:the|its|our) (?:[\w-]+\s+){0,3}?(?:terms|agreement|msa|conditions)\b"
    # "Severability and other general terms: see Section 18 of our Terms of Service."
    r"|^\W*severab\w*\b[^.;:]{0,40}:\s*see\s+(?:section|clause|article)\s+[\d.]+\s+of\s+(?:the|its|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:terms|agreement|msa|conditions)(?:\s+of\s+(?:service|use))?\W*$"
)
# Severability named as another text's subject, with no provision held invalid: "The
# severability, limitation of liability and dispute resolution provisions of the Terms of
# Service apply", "incorporated by reference, including their provisions on severability".
_SEVERABILITY_NAMED = LazyPattern(
    r"^(?!.*\b(?:invalid|unenforceable|illegal|unlawful|void|strik\w*|struck|severable|"
    r"remain\w*|remainder|continu\w*|(?:cannot|can't|can not) be enforced)\b)"
    # ("Severability is dealt with in section 14 of those Terms")
    # ("Our standard Performance Rider, including its severability clause, forms part of this
    # letter agreement")
    r"(?=.*\b(?:incorporated|appl(?:y|ies)|govern\w*|available at|dealt with|covered|addressed|"
    r"forms?\s+(?:a\s+)?part\s+of)\b)"
    r".*\bseverab"
)
