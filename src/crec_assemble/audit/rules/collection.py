"""Collection only for school purposes (15(c)): collecting, storing and using the data.

A limit on what the vendor collects is the provision only when it reaches keeping too, and
no further purpose, open addition or use elsewhere swallows it: "only the data needed to
provide the Service, together with such other data as Provider deems useful" adds whatever
the vendor likes. A limit on use alone (:mod:`.use_and_disclosure`) makes a third of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..exceptions import NO_EXCEPTION_AFTER, broad_exception
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    DATA,
    ELSEWHERE,
    after_a_disclosure,
    clause_of,
    find,
    lowered,
    negated,
)
from ..reader import Sentence
from .contracts_purposes import BEYOND, MORE_PURPOSES
from .marketing import PROMOTES
from .narrowed import whole
from .permitted_uses import uses_beyond_the_four
from .registry import Verdict, missing, present, rule, weak
from .use_and_disclosure import data_used_only_for_the_contracted_purposes


@rule("R15c")
@whole
def collects_only_for_school_purposes(sentences: Sequence[Sentence]) -> Verdict:
    # "maintain" collects only when the data are its object: "provide, maintain and support
    # the Service" is about the service.
    # the acts, not a heading's noun run into the row ("3.13 Collection limits Vendor shall
    # not collect …")
    collect = (
        rf"\b(?:collect(?!ion)\w*|stor(?!age)\w*|gather\w*|maintain\w*\s+(?:\w+\s+){{0,2}}?"
        rf"{DATA})\b"
    )
    found = find(
        sentences,
        collect,
        r"\b(?:only|solely|limited to|necessary|need\w*|minim\w*)\b",
        r"\b(?:school|educational|services?|agreement|purposes?|features?|run|"
        # ("… only the student data needed for classroom use of Taiga Tracks")
        r"operate|provide|classroom\s+use)\b",
    )
    # "We share Student Data only with providers that host and store it": the recipients'
    # storing, not a limit on the vendor's collection.
    found = [
        s
        for s in found
        # (but a limit with its denial of more beside it stands: "We collect and keep student
        # data only to provide X for school use, and we do not collect more than … needs")
        if not (
            re.search(r"\bmore\b[^.;]{0,30}\bthan|\bbeyond\b", lowered(s))
            and not _NO_MORE_COLLECTED.search(lowered(s))
        )
        and not _LICENCE_GRANT.search(lowered(s))
        and not after_a_disclosure(lowered(s), collect)
        # (a row of a table of what the service collects, read with its headings: "Data: Device
        # type … — Why we need it: To keep the game running", a description, not a limit)
        and not (_HEADED_ROW.search(s.text) and not _LIMIT_WORDS.search(lowered(s)))
    ]
    # "shall not collect more Student Data than is necessary to provide the Services"
    found += [
        s
        for s in find(
            sentences,
            collect,
            r"\bmore\b[^.;]{0,40}\bthan\b[^.;]{0,40}\b(?:necessary|needed|required)\b",
        )
        if negated(s.text, collect)
    ]
    # "will not collect or store Student Data for any purpose other than school purposes"
    found += [
        s
        for s in find(
            sentences, collect, r"\b(?:other than|except)\b", r"\bschool (?:\w+ )?purposes?\b"
        )
        if negated(s.text, collect)
    ]
    if found:
        # a limit on keeping as well as collecting decides first: 15(c) forbids both
        sentence = min(found, key=lambda s: _KEEPS.search(clause_of(lowered(s), collect)) is None)
        low = clause_of(lowered(sentence), collect)  # its own item of a list of promises
        # (its own promise after ", and shall not …", with what follows it: "… shall not engage
        # in Targeted Advertising …, and shall not collect or store Student Data for …")
        own = re.search(r",\s*and\s+(?:shall|will|must)\s+not\s+(?:collect|store|gather)\b", low)
        low = low[own.start() + 1 :] if own else low
        # (the contract's own section is no exception: "…, and shall not use them except as this
        # Section 3 permits")
        low = re.sub(r"\bexcept\s+as\s+this\s+(?:section|article|agreement|addendum|dpa)\b"
                     r"(?:\s+[\d.]+)?\s+(?:permits|allows|provides)\b", " ", low)  # fmt: skip
        if (
            broad_exception(low)
            or _MORE_DATA.search(low)
            or re.search(ELSEWHERE, low)
            or _ANOTHER_PAPERS_PURPOSES.search(low)
        ):
            return weak(sentence, "limits what it collects, but adds whatever else it chooses")
        # a further purpose, unless denied ("… and shall not use it to develop other products",
        # not "shall not collect it other than for School Purposes or its business purposes")
        denied = negated(low, BEYOND.pattern) and not re.search(r"\bother than\b|\bexcept\b", low)
        # (or its own wares to the families: "… and to send families prize offers from our
        # Sponsors")
        promotes = (
            re.search(PROMOTES, low) is not None
            and not negated(low, PROMOTES)
            # "we send no offers" (not "no further offers once a family opts out")
            and not re.search(
                r"\bno\s+(?!further\b|more\b|longer\b)(?:[\w-]+\s+){0,2}offers\b", low
            )
        )
        if (
            MORE_PURPOSES.search(low)
            or _AND_MORE.search(low)
            or (BEYOND.search(low) and not denied)
            or promotes
        ):
            return weak(sentence, "limits what it collects, but for purposes beyond the school's")
        beyond = uses_beyond_the_four(sentences)
        if beyond:
            return weak(beyond[0], "limits what it collects, but uses the data beyond school "
                                   "purposes elsewhere")  # fmt: skip
        if not _KEEPS.search(low):
            # 15(c) forbids collecting AND storing beyond school purposes
            return weak(sentence, "limits what it collects, but not what it keeps")
        return present(sentence, "collects and keeps data only for school purposes")
    # 15(c) forbids collecting, storing and using beyond school purposes: a limit on use alone
    # makes a third of the promise; a licence the user grants makes none of it.
    used = data_used_only_for_the_contracted_purposes(sentences)
    if (used.status != "missing" and used.sentence is not None
            and not _LICENCE_GRANT.search(lowered(used.sentence))):  # fmt: skip
        return weak(used.sentence, "limits its use of the data, but not what it collects or keeps")
    return missing("does not limit collection to school purposes")


# A further purpose joined to the school's in the limit itself: "shall not collect or store
# Student Data for anything other than School Purposes and the product analytics described in
# Section 5.6" (not "… School Purposes or educational purposes").
_AND_MORE = LazyPattern(
    r"\b(?:other\s+than|except(?:\s+for)?)\s+(?:for\s+)?(?:k-12\s+)?school\s+purposes?\s+(?:and|or)\s+"
    r"(?!(?:other\s+|its\s+|their\s+)?(?:school|educational|k-12|instructional)\b)"
    # (nor the paper's own: "… and the additional purposes described in Section 4 of the
    # Connecticut Addendum")
    r"(?!(?:the\s+)?(?:additional\s+|other\s+)?purposes?\s+(?:described|set\s+out|listed|permitted|"
    r"authori[sz]ed|specified)\b)(?:for\s+)?"
    # (a use by its name, not another promise: "… and will delete it when …", "… or as the
    # School directs")
    r"(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:analytics|research|marketing|advertising|"
    r"benchmarking|profiling|training|product\s+development|commercial\s+purposes|business\s+purposes)\b"
)
# A table's row with its headings written before its cells (:mod:`..tables`).
_HEADED_ROW = LazyPattern(r"^[^:\u2014]{1,60}:\s[^\u2014]*\s\u2014\s[^:\u2014]{1,60}:\s")
# (a limit in a table's row says so: "only", "solely", "necessary")
_LIMIT_WORDS = LazyPattern(r"\b(?:only|solely|limited to|necessary|minim\w*)\b")
# "… other than school purposes and the operational purposes set out in Section 5 of the MSA":
# the vendor's own purposes, which another document sets (not "the school purposes set out in
# Section 4 of the Connecticut Addendum").
_ANOTHER_PAPERS_PURPOSES = LazyPattern(
    r"\b(?:operational|business|commercial|internal|other|additional|further)\s+purposes?\s+"
    r"(?:set\s+(?:out|forth)|described|defined|listed|specified|permitted)\s+(?:in|by|under)\s+"
    r"(?:section|clause|article|schedule|exhibit)\s+[\w.()]+\s+(?:of|to)\s+(?:the|its|our|this)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:addendum|dpa|exhibit|data\s+privacy\s+agreement)\b)[\w-]+"
)
# Keeping the data, in its verbs' own forms (not "story", "app store", "rights holders").
_KEEPS = LazyPattern(
    r"\b(?:stor(?:e|es|ed|ing)|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|maintain(?:s|ed|ing)?|"
    r"hold(?:s|ing)?|held)\b"
)
# "You give us a worldwide, non-exclusive licence to host, store … as needed to operate and
# promote the Services": a licence the user grants, not a limit on what the vendor collects.
_LICENCE_GRANT = LazyPattern(
    r"\b(?:give|gives|grant|grants)\s+(?:to\s+)?(?:us|\w+)\s+(?:an?\s+)?(?:[\w-]+,?\s+){0,5}?"
    r"licen[cs]e\b"
    # "Kestrel receives only the limited license needed to store …"
    r"|\breceives?\s+(?:only\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\b"
)


# "only the data needed to provide the Service, together with such other data as Provider
# deems useful": a limit with an open addition.
# "… and we do not collect more than the classroom activity needs": the limit's own denial
_NO_MORE_COLLECTED = LazyPattern(
    # ("we collect no more than …", "we don't collect or store more data than the lesson
    # requires"; not "… than our business requires", nor "…, but we may keep usage data …")
    r"(?:(?:\b(?:not|never)\s+|n['\u2019]t\s+)(?:collect|gather|store|keep)\w*"
    r"(?:\s+(?:or|and)\s+(?:collect|gather|store|keep)\w*)?\s+(?:any\s+)?more\b"
    r"|\b(?:collect|gather|store|keep)\w*\s+no\s+more\b)[^.;]{0,40}\bthan\b"
    r"(?!\s+(?:our|its|the\s+vendor['\u2019]s)\s+(?:business|commercial))"
    r"[^.;]{0,40}\b(?:necessary|needed|needs|required|requires)\b" + NO_EXCEPTION_AFTER
)
_MORE_DATA = LazyPattern(
    r"(?:\b(?:and|plus|together with|as well as)\s+(?:such\s+|any\s+)?(?:other|additional|further)"
    r"\s+|\b(?:plus|together with|as well as)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,3}?)"
    r"(?:data|information)\b(?![^.;]{0,40}\b(?:authori[sz]ed|approved|requested|directed)\s+by\b)"
)
