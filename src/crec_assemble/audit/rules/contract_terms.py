"""The contract's own terms: FERPA (provision 8), Connecticut law (9), severability (10)
and sub-contracts (14)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...inputs.vocabulary import LAW_PLACES
from ..lexicon import LEA, PROVIDER, find, lowered, negated
from ..reader import Sentence
from .registry import Verdict, missing, present, rule, weak


@rule("R8")
def commits_to_ferpa(sentences: Sequence[Sentence]) -> Verdict:
    found = find(
        sentences,
        r"\b(?:ferpa|family educational rights and privacy act|1232g|"
        r"34 c\.?f\.?r\.? (?:part )?99)\b",
    )
    for sentence in found:
        low = lowered(sentence)
        pushed = re.search(
            LEA + r"[^.;]{0,30}\b(?:is|are|shall be|remains?) (?:solely )?responsible", low
        ) and not re.search(PROVIDER, low)
        if not (
            pushed
            or negated(low, r"\b(?:comply|complian\w*|subject)\b")
            or re.search(r"\bnothing\b[^.]{0,40}\brequire", low)
        ):
            return present(sentence, "commits to FERPA")
    if found:
        return missing("mentions FERPA only to disclaim it", found[0])
    return missing("no mention of FERPA (Family Educational Rights and Privacy Act)")


@rule("R9")
def connecticut_law_governs(sentences: Sequence[Sentence]) -> Verdict:
    found = find(sentences, r"\b(?:govern\w*|construed|laws? of|jurisdiction)\b", r"\blaws?\b")
    for sentence in found:
        if "connecticut" in lowered(sentence):
            return present(sentence, "Connecticut law governs")
    for sentence in found:
        low = lowered(sentence)
        other = next((place for place in LAW_PLACES
                      if re.search(rf"\b{place.casefold()}\b", low)), "")  # fmt: skip
        if other:
            return weak(sentence, f"the law of {other} governs, not Connecticut's")
    if found:
        return weak(found[0], "names a governing law, but not Connecticut's")
    return missing("no governing law; the regulation requires Connecticut's")


@rule("R10")
def the_rest_stands_if_a_provision_is_invalid(sentences: Sequence[Sentence]) -> Verdict:
    found = find(
        sentences,
        r"\b(?:invalid|unenforceable|illegal|void)\b",
        r"\b(?:remain\w*|other provisions|shall not affect|full force|sever\w*)\b",
    )
    found += find(sentences, r"\bseverab\w*")
    found = [s for s in found if not negated(s.text, r"\bsever\w*")]
    if found:
        return present(found[0], "the rest stands if a provision is held invalid")
    return missing("no severability provision")


@rule("R14")
def subcontractors_need_written_consent_and_the_same_terms(
    sentences: Sequence[Sentence],
) -> Verdict:
    subs = (
        r"\b(?:sub-?contract\w*|sub-?processor\w*|third[- ]party (?:service )?providers?|"
        r"service providers?|agents?)\b"
    )
    consent = r"\b(?:written consent|prior consent|consent|approv\w*|authori[sz]\w*)\b"
    bound = (
        r"\b(?:bound by|no less (?:protective|stringent)|same (?:obligations|terms|"
        r"restrictions)|flow[- ]down|obligations (?:at least|consistent)|comply with (?:the "
        r"(?:same|terms)|this)|bind\w*|included in (?:any|every|each)|"
        # "every such sub-contract shall include the provisions of Sections 1 and 2"
        # … or "shall include all of the obligations that this Addendum places on Provider"
        r"(?:shall|will|must) (?:include|incorporate|contain) (?:all )?(?:of )?(?:the )?"
        r"(?:provisions|terms|requirements|obligations) (?:of|that))\b"
    )
    with_consent = [
        s
        for s in find(sentences, subs, consent, LEA)
        if re.search(r"\b(?:written|prior|express)\b", lowered(s)) and not _waived(lowered(s))
    ]
    with_terms = find(sentences, subs, bound)
    if with_consent and with_terms:
        return present(
            with_consent[0],
            "subcontractors need the school's written consent and are bound by the same terms",
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
        if negated(s.text, r"\bsub-?contract") and not re.search(consent, lowered(s))
    ]
    if refused:
        return present(refused[0], "does not subcontract at all")
    notice = find(sentences, subs)
    if notice:
        return weak(notice[0], "uses subcontractors without the school's written consent")
    return missing("nothing on subcontractors")


def _waived(low: str) -> bool:
    """ "may engage subcontractors without the District's consent": a permission, not a
    promise (unlike "shall not subcontract without the District's consent")."""
    return bool(re.search(r"\bwithout\b[^.;]{0,40}\bconsent", low)) and not negated(
        low, r"\bwithout\b"
    )
