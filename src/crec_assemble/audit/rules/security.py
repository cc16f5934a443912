"""Keeping the data safe: security and confidentiality (provision 5), to the standards the
regulation names (HITECH and 45 CFR 164.312, provision 12)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..hedges import hedged
from ..lazy_pattern import LazyPattern
from ..lexicon import UNDERTAKING, after_a_disclosure, find, lowered, negated
from ..reader import Sentence
from .confidential import measures_after
from .qualified import qualification
from .registry import Verdict, missing, present, rule, weak

_CARE_WITH_IT = LazyPattern(r"\breasonable\s+care\s+(?:with|of)\s+(?:it|them)\b")
# A sentence of its own, of the data the paragraph keeps: "We take commercially reasonable
# precautions."
_BARE_PRECAUTIONS = (
    r"^\W*(?:we|i|contractor)\s+(?:take|use|maintain)\s+commercially\s+reasonable\s+"
    r"(?:precautions|safeguards|measures|steps)\s*\.?\s*$"
)


# The data kept under lock or encryption, said as the vendor's practice: "Paper class lists stay
# in a locked document case", "… are kept in an encrypted, password-protected folder".
# ("… are kept on an encrypted drive in a locked cabinet", "… travel in a locked document
# case", "Anything digital stays on one laptop that is encrypted and password-protected")
# ("… saved only to an encrypted external drive", "… stays on my laptop, which is encrypted";
# not the school's own store: "… stored on the Host's encrypted network")
_KEPT_LOCKED = LazyPattern(
    r"\b(?:stays?|travels?|(?:are|is)\s+(?:kept|stored|saved))\s+(?:[\w-]+\s+){0,3}?(?:in|on|to)\s+"
    r"(?!(?:the\s+)?(?:host|school|district|customer|lea)['\u2019]s\b)"
    r"(?:an?\s+|our\s+|my\s+|the\s+|one\s+)?(?:[\w-]+,?\s+){0,2}?(?:locked|encrypted|"
    r"password[- ]protected)\b"
    # ("Digital copies are kept only on my laptop, which is encrypted and password-protected")
    # (not the school's: "stored only on the school computer, which is … managed by the district")
    # ("… live only on my laptop, which I keep encrypted", "…, which is protected by full-disk
    # encryption")
    r"|\b(?:stays?|lives?|(?:are|is)\s+(?:kept|stored|saved))\s+(?:only\s+|solely\s+)?(?:on|in|to)\s+"
    r"(?!(?:the\s+)?(?:host|school|district|customer|lea)(?:['\u2019]s)?\s)(?:an?\s+|our\s+|my\s+|"
    r"the\s+|one\s+)?(?:[\w-]+\s+){0,2}?(?:laptop|computer|drive|device|tablet|phone),?\s+"
    r"(?:that|which)\s+(?:(?:is|are)\s+(?:encrypted|password[- ]protected|locked|protected\s+by\s+"
    r"(?:[\w-]+\s+){0,2}?encryption)|(?:i|we)\s+keep\s+(?:encrypted|locked))\b"
)


# The school's practice, not the vendor's: "Teachers should make sure that class lists stay in a
# locked drawer", "… stored in an encrypted system run by the Host".
_SOMEONE_ELSES = LazyPattern(
    r"\b(?:should|make\s+sure|teachers?)\b|\b(?:run|owned|operated|managed|kept)\s+by\s+(?:the\s+)?"
    r"(?:host|school|district|lea|customer|board)\b"
    # ("… stored on the Host's encrypted network")
    r"|\b(?:host|school|district|lea|customer|board)['\u2019]s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:network|systems?|servers?|drives?|platform|cabinets?)\b"
)


@rule("R5")
def data_kept_secure_and_confidential(sentences: Sequence[Sentence]) -> Verdict:
    verb = (
        r"\b(?:secur\w*|safeguard\w*|protect\w*|encrypt\w*)\b|"
        # (the data kept safe, not "to keep each child safe around allergens")
        r"\bke(?:ep|eps|pt)\b(?!\s+(?:each|every|the|all|our|your)?\s*(?:child|children|students?|kids|"
        r"pupils|everyone|participants|people)\s+safe\b)[^.;]{0,40}\bsafe\b"
        # the vendor's own: "We do our best to keep participant lists private" (not
        # "Teachers must keep class lists private", nor "keep private notes")
        r"|\b(?:we|i|contractor)\s+(?:\w+\s+){0,4}?ke(?:ep|eps|pt)\s+(?:(?!private\b)[\w-]+\s+){1,5}"
        r"private\b(?!\s+[a-z])"
        # "will keep the roster … in a locked file cabinet", "I keep student notebooks in a
        # locked case"
        r"|\bke(?:ep|eps|pt)\s+(?:[\w-]+\s+){0,4}?(?:rosters?|lists?|notebooks?|records?|files|"
        r"information|data|forms|releases|notes)\b[^.;]{0,60}\bin\s+an?\s+locked\b"
        rf"|{_KEPT_LOCKED.pattern}"
    )
    data = (
        r"\b(?:data|information|content|records?|confidential\w*|program\w*|measures|"
        r"encrypt\w*|rosters?|notebooks?|"
        # ("… precautions to keep your lists safe": the school's lists)
        r"(?:class|participant|student|volunteer|attendance|your) lists?|"
        r"(?:student|pupil) details|(?:consent|permission|sign-up|registration) forms|"
        # ("Paper lists stay in a locked document case", "Digital copies are kept …")
        r"(?:paper|printed|digital|electronic)\s+(?:lists?|copies|records|files)|sign-in\s+sheets?)\b"
    )
    # … or the list of the sentence before ("I keep the class list in a zipped folder. I'll take
    # reasonable care with it."), or the paragraph's ("We take commercially reasonable
    # precautions.")
    kept = rf"{data}|{_BARE_PRECAUTIONS}"
    # an aim ("strives to safeguard") is read too, to be judged weak below
    found = find(
        sentences,
        kept,
        UNDERTAKING + r"|\b(?:strives?|endeavou?rs?|tries|aims?)\b|" + _KEPT_LOCKED.pattern,
    ) + [
        s
        for at, s in enumerate(sentences)
        if at
        and _CARE_WITH_IT.search(lowered(s))
        and re.search(data, lowered(sentences[at - 1]))
        and re.search(UNDERTAKING, lowered(s))
    ]
    # The vendor's own undertaking before one it makes its subprocessors give.
    found.sort(key=lambda s: bool(re.search(r"\bsub-?(?:processor|contractor)s?\b", lowered(s))))
    aims, promises, shortfalls = [], [], []
    for sentence in found:
        text = NOT_AN_UNDERTAKING.sub(" ", lowered(sentence))
        # (what the vendor does with the data, said as its practice, is its undertaking:
        # "Paper consent forms stay in a locked document case")
        practice = _KEPT_LOCKED.search(text) and not _SOMEONE_ELSES.search(text)
        if not re.search(UNDERTAKING, _RELATIVE.sub(" ", text)) and not practice:
            aims.append(sentence)  # a description: "files are kept on an encrypted laptop"
            continue
        # (its examples are its own: "…, including encrypted files"; a measure promised
        # beside it is not: "will encrypt …, and take reasonable steps to keep its systems secure")
        # (the care's own words are no measure beside it: "reasonable precautions … to keep
        # class lists safe")
        if _careful(text) and not re.search(
            verb, _REASONABLE_CARE.sub(" ", _WITH_EXAMPLES.sub(" ", text))
        ):
            # "I will take reasonable precautions to keep student information confidential"
            shortfalls.append(sentence)
        elif (
            re.search(verb, text) and not negated(text, verb) and not after_a_disclosure(text, verb)
        ):
            # "in accordance with its Information Security Policy, as updated from time to
            # time": a promise the vendor can rewrite
            if _REASONABLE_EFFORTS.search(text) or _disclaimed(sentences, sentence):
                shortfalls.append(sentence)
            elif hedged(text) or qualification(text) or _ONLY_MEANT.search(text):
                aims.append(sentence)
            else:
                promises.append(sentence)
    # The security clause is read whole: "commercially reasonable safeguards" in one
    # sentence, or "we cannot guarantee absolute security", weakens a firm one beside it.
    taken_back = shortfalls + [s for s in sentences if _NO_GUARANTEE.search(lowered(s))]
    if promises and taken_back:
        return weak(taken_back[0], "promises security, but elsewhere only with reasonable "
                                   "efforts or without a guarantee")  # fmt: skip
    if promises:
        return present(promises[0], "takes actions to keep the data secure and confidential")
    if shortfalls:
        return weak(shortfalls[0], "promises security only with reasonable efforts, or only "
                                   "commercially reasonable safeguards: measured by the "
                                   "vendor's own cost and judgement")  # fmt: skip
    return _without_actions(found, aims, sentences, verb)


def _without_actions(
    found: Sequence[Sentence], aims: Sequence[Sentence], sentences: Sequence[Sentence], verb: str
) -> Verdict:
    """No firm promise of actions: confidentiality promised, with the measures that keep it
    said after it (present) or none (weak), an aim only (weak), or nothing (missing)."""
    aims = [s for s in aims if re.search(verb, NOT_AN_UNDERTAKING.sub(" ", lowered(s)))]
    confidential = [
        s
        for s in found
        if re.search(r"\bconfidential\b", lowered(s))
        and re.search(UNDERTAKING, lowered(s))
        and not negated(lowered(s), r"\bconfidential\b")
    ]
    if (
        confidential
        and not hedged(lowered(confidential[0]))
        and (measures := measures_after(confidential[0], sentences)) is not None
    ):
        # "I will keep student information confidential. It stays on my laptop and my phone,
        # both locked with a password": the measures of what is kept confidential
        return present(confidential[0], "takes actions to keep the data secure and "
                                        f"confidential: {measures.text}")  # fmt: skip
    if confidential and not aims:
        return weak(
            confidential[0],
            "keeps the data confidential, but undertakes no actions for its security",
        )
    if aims:
        return weak(
            aims[0],
            'protects the data only as an aim ("endeavors", "where practicable"), or describes '
            "its security without undertaking it: no firm promise of actions to keep the data "
            "secure and confidential",
        )
    return missing("no undertaking to keep the data secure and confidential")


# The undertaking word only in a relative clause: "a laptop that only I and my associate use".
_RELATIVE = LazyPattern(
    r"\b(?:that|which|who|whom)\b[^.;,]{0,40}\b(?:uses?|stores?|maintains?|keeps?|employs)\b"
)

# Security named, but nothing undertaken for it: a "secure file transfer server" the school
# runs, a "breach of security" a notice is about.
# "… but we cannot guarantee absolute security", "no method of transmission is 100% secure":
# the promise taken back in its own paragraph.
_NO_GUARANTEE = LazyPattern(
    r"\b(?:cannot|can ?not|can['\u2019]t|do not|does not|will not)\s+(?:\w+\s+)?(?:guarantee|"
    r"warrant|ensure|promise)\b[^.;]{0,40}\bsecur\w*"
    # "We try to keep participant lists private, but cannot promise it"
    r"|\b(?:private|confidential|safe|secure)\b[^.;]{0,20}\bbut\s+(?:we\s+|i\s+)?"
    r"(?:cannot|can ?not|can['\u2019]t)\s+(?:guarantee|promise)\b"
    # "no security measures are impenetrable"
    r"|\bno (?:\w+ ){0,2}(?:method|system|measures?|safeguards?|security)\b[^.;]{0,60}"
    r"\b(?:(?:100%|completely|perfectly|absolutely|fully) secure|impenetrable|infallible|"
    r"fool-?proof|perfect)\b"
    # "we cannot promise that information will never be accessed, disclosed or altered"
    r"|\b(?:cannot|can ?not|can['\u2019]t)\s+(?:guarantee|warrant|promise)\s+that\b[^.;]{0,40}"
    r"\bnever\s+be\s+(?:accessed|disclosed|breached|lost)\b"
)


# "The parties intend that Consultant will protect …": an intention, not an undertaking.
_ONLY_MEANT = LazyPattern(r"\bintends?\s+(?:that|to)\b")
# "reasonable efforts to protect": an effort, not actions; "commercially reasonable
# safeguards", "measures" or "precautions": actions measured by the vendor's cost (the readings
# held to, settled after batch 6).
# Care the vendor measures itself, for the data's confidentiality or security.
_WITH_EXAMPLES = LazyPattern(
    r"\breasonable\s+(?:precautions|care|steps)\s+to\s+(?:keep|protect|maintain|preserve)\b"
    r"[^.;]*?(?:\b(?:including|such as|for example)\b[^.;]*|(?=[.;]|$))"
)
_REASONABLE_CARE = LazyPattern(
    # ("… reasonable precautions, given that Artist works from a van, to keep class lists safe")
    # (an aside that is no measure of its own: not ", and will lock all class lists in a safe,")
    r"\breasonable\s+(?:precautions|care|steps)(?:,(?![^,;]*\b(?:will|lock\w*|encrypt\w*|stor\w*)\b)"
    r"[^,;]{0,80},)?\s+to\s+(?:keep|protect|maintain|"
    r"preserve)\b"
    r"[^.;]{0,60}\b(?:confidential\w*|secur\w*|private|safe)\b"
    # "We take reasonable steps to protect student data from misuse, interference and loss",
    # "reasonable measures to safeguard it against unauthorised access"
    r"|\breasonable\s+(?:precautions|care|steps|measures)\s+to\s+(?:protect|safeguard|secure)\b"
    r"[^.;]{0,40}\b(?:from|against)\s+(?:[\w-]+\s+)?(?:misuse|loss|unauthori[sz]ed|theft|"
    r"interference|disclosure|access)\b"
    # "will take reasonable care of Student Information"
    r"|\breasonable\s+care\s+(?:of|with|over)\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+)?"
    r"(?:data|information|records)\b"
    # ("I'll take reasonable care with it": the list of the sentence before)
    rf"|{_CARE_WITH_IT.pattern}"
    # "… take reasonable care that they are not left where others can read them"
    r"|\breasonable\s+care\s+that\s+(?:they|it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:are|is)\s+not\b"
)
# The vendor's own care with its lists: "We take commercially reasonable precautions with class
# lists and measurement cards" (not "The School should take reasonable precautions with the
# rosters", "… its teachers will take reasonable precautions with class lists").
_PRECAUTIONS = LazyPattern(
    r"(?<!\bshould )\btakes?\s+(?:commercially\s+)?reasonable\s+(?:care|precautions)\s+(?:of|with|"
    r"over)\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+)?(?:data|information|records|lists|rosters?)\b"
    rf"|{_BARE_PRECAUTIONS}"
)
_OTHERS_CARE = LazyPattern(
    r"\b(?:school|district|board|lea|customer|teachers?|staff|parents?|families)\b[^.;]{0,30}$"
)


def _careful(text: str) -> bool:
    """Care the vendor measures itself (``_REASONABLE_CARE``), or the precautions it takes."""
    found = _PRECAUTIONS.search(text)
    return bool(_REASONABLE_CARE.search(text)) or (
        found is not None and not _OTHERS_CARE.search(text[: found.start()])
    )


_REASONABLE_EFFORTS = LazyPattern(
    r"\breasonable (?:efforts?|endeavou?rs?)\b|\bcommercially reasonable\b"
    # ("We do our best to keep participant lists private": a try, beside any practice it states)
    r"|\b(?:do|try)\s+(?:my|our)\s+(?:very\s+)?best\b|\bmake\s+every\s+effort\b"
    r"|\bdo\s+what\s+(?:i|we)\s+can\b"
    # ("reasonable measures, appropriate to a small arts organization": its own size the measure)
    r"|\b(?:appropriate|proportionate)\s+to\s+(?:a|an|its|our|my)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:organi[sz]ation|business|company|size|resources|operations?)\b"
    # "Taking into account the state of the art, the costs of implementation …": the same
    # cost judgement, in a GDPR-style processor's words
    r"|\bcosts? of implementation\b"
    # "reasonable safeguards, appropriate to its size, its resources and …": the vendor's means
    r"|\b(?:appropriate|proportionate|scaled)\s+to\s+(?:its|our|the\s+contractor['\u2019]s)\s+"
    r"(?:size|resources)\b"
)


def _disclaimed(sentences: Sequence[Sentence], promise: Sentence) -> bool:
    return any(
        s.paragraph == promise.paragraph and _NO_GUARANTEE.search(lowered(s)) for s in sentences
    )


NOT_AN_UNDERTAKING = LazyPattern(
    # an attitude, no action: "We take the security of student data seriously"
    # ("We take student data security seriously", "… our responsibility to protect … seriously")
    r"\btakes?\s+[^.;]{0,60}?\bseriously\b|"
    r"\bsecure (?:file|ftp|sftp|server|portal|site|channel|connection|transfer|location|"
    r"facility|link|e-?mail|upload|download|login)\w*|"
    # the end of the data, provision 7: "shall securely destroy all student records"
    r"\bsecurely (?:destroy|delet|dispos|eras|wip|shred|purg)\w*|"
    r"\b(?:breach(?:es)? of|(?:data |cyber )?"
    r"security (?:breach|incident)s?|security (?:contact|team|questionnaire))\b[^.;]{0,20}|"
    # a reason to disclose, not the data's security: "to comply with law or protect rights and
    # safety", "to protect the safety of users"
    r"\bprotect\w*\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:rights|safety|interests|"
    r"property|users|others|integrity)\b|"
    r"\bprotection act\b|"  # "the Children's Online Privacy Protection Act (COPPA)"
    r"\bprotective (?:steps|action|measures)\b|"  # what those told of a breach may take
    # terms others must agree to, a flow-down (provision 9): "any helper … must agree in writing
    # to terms at least as protective of Student Data as these terms"
    r"\b(?:at least\s+)?as\s+(?:protective|secure|stringent)\s+(?:of\s+[^.;]{0,40}?\s+)?as\b"
    # ("… must agree in writing to protect Student Data under terms no less protective than these
    # terms": the helper's promise, not the vendor's)
    r"|\bno\s+less\s+(?:protective|secure|stringent)\s+(?:of\s+[^.;]{0,40}?\s+)?than\b"
    r"|\b(?:assistants?|helpers?|volunteers?|guides?|subcontractors?|sub-?processors?)\b[^.;]{0,40}?"
    r"\bmust\s+(?:each\s+)?agree\s+(?:in\s+writing\s+)?to\s+(?:protect|safeguard|secure)\b[^.;]*"
)
