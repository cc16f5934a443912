"""De-identified or aggregated student information (U2): an operator may use it to develop or
improve its own sites, services and apps, and to demonstrate their effectiveness, and may
share it only to develop and improve school-purpose products. Anything more, a licence to
others, research for its own sake or sharing with anyone, is beyond the permitted uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import find, negated
from ..reader import Sentence
from .narrowed import whole
from .registry import Verdict, missing, present, rule, weak
from .use_lists import with_its_list

# "aggregate liability" is no aggregated data.
_UNIDENTIFIED = (
    r"\b(?:de-?identified|deidentified|anonymi[sz]\w*)\b|\baggregat\w*(?!\s+liability)\b"
)
# The data themselves, then what makes them anyone's, with no purpose of the vendor's between.
_GIVEN_TO_THE_WORLD = (
    r"\b(?:data(?:sets?)?|data\s+sets?|counts|observations|results|sightings|figures|statistics)\b"
    r"(?:(?!\bto\s+(?:develop|improve|provide|run|operate|build)\b)[^.;]){0,80}?"
    r"\b(?:published\s+openly|(?:made\s+|make\s+)?publicly\s+available|(?:made\s+|make\s+)?"
    r"available\s+to\s+(?:the\s+public|anyone|universities|(?:other\s+)?third\s+parties)|anyone\s+"
    r"(?:may|can)\s+(?:download|use|access|reuse)|(?:the\s+)?public\s+(?:may|can)\s+(?:download|"
    r"use|access)|freely\s+downloadable|as\s+open\s+data|open[- ]data\s+licen[cs]e|"
    r"creative\s+commons|cc[- ]by)\b"
    # (not U2's own sharing: "… available to third parties solely to develop and improve …")
    r"(?![^.;]{0,20}?\b(?:solely|only)\s+(?:to|for)\s+(?:the\s+)?(?:develop|improv))"
)
_BEYOND = (
    r"\b(?:sell\w*|(?:any|other) (?:other )?(?:lawful )?(?:business )?purposes?|"
    r"commercial purposes?|new commercial products?|"
    r"marketing|market(?:s|ed)?\b|"
    # "for those purposes allowed under FERPA": whatever a law allows, not U2's two uses;
    # research for others ("assisting … other governmental agencies in conducting research")
    r"purposes? (?:allowed|permitted) (?:under|by)|other (?:governmental |government )?agenc\w+|"
    r"third[- ]part(?:y|ies)['\u2019]? research|"
    # shared "in de-identified form with anyone, including advertisers"
    r"(?:with|including|to) (?:any )?(?:anyone|advertisers)|"
    r"(?:any|other) (?:\w+ )?research purposes?|"
    # "for research conducted with Vendor's academic and commercial partners", "in research
    # papers we publish with university partners", "for academic research"
    # ("… to university, museum and nonprofit research partners"; not partners "solely to help
    # Maplewood evaluate and improve the App")
    r"(?:academic|commercial|business|industry|university)(?:,? (?:and )?[\w-]+){0,3} "
    r"(?:research )?partners?(?![^.;]{0,40}\bsolely\s+to\b)|"
    r"academic research|"
    # "… in published industry benchmarking reports", "to benchmark performance across its
    # customer base": comparisons offered beyond the school's products (not "the lessons
    # needed to reach a water-safety benchmark", a level the students reach)
    r"benchmarking\b|\bto benchmark\b|\bbenchmarks?\s+(?:reports?|stud(?:y|ies)|data)\b|"
    r"\bindustry\s+benchmarks?\b|\bpublish\w*\s+(?:[\w-]+\s+){0,2}?benchmarks?\b|"
    # "with our seed and nutrient supply partners to help them develop their products"
    # (not "to help participating schools develop their own services")
    r"(?:help|assist|enabl)\w*\s+(?:them|partners|third parties|others)\s+(?:to\s+)?"
    r"(?:develop|improv|design)\w*\s+their\s+(?:own\s+)?(?:products?|services?|offerings?)\b|"
    # "to develop new products and services": not the school-purpose products U2 allows
    r"develop\w*\s+new\s+(?!(?:educational|school)\b)(?:[\w-]+\s+)?(?:products?|services?|"
    r"features?|offerings?|tools?)\b|"
    # "to develop and improve … other products, including products offered to the general
    # consumer market": products for consumers, not for school purposes
    # ("… its direct-to-consumer tutoring subscriptions", "… its retail products", "… products
    # for the general public")
    r"\bconsumer\b[^.;]{0,30}?\b(?:markets?|products?|apps?|applications?|services?|"
    r"subscriptions?)\b|\bretail\s+(?:products?|apps?|markets?)\b|\bgeneral\s+public\b|"
    # "the development of new educational and non-educational products"
    r"\bnon[-\s]?educational\s+(?:products?|services?|apps?|applications?|offerings?|purposes?|"
    r"uses?|tools?)\b|"
    # shared "with its research partners and data licensees, including for their own research
    # and product development": the recipients' own ends, not the schools'
    # ("… for the partners' own product development", "… for their independent research",
    # "… so they can develop their own products")
    r"\bfor\s+(?:their|the\s+(?:partners|recipients|licensees|companies)['\u2019]?)\s+(?:own|independent)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:research|development|products?|purposes?|uses?)\b|"
    r"\bso\s+(?:that\s+)?they\s+(?:can|may)\s+(?:develop|build|improve)\s+their\s+own\b|"
    r"\bdata\s+licensees?\b|"
    # the data given to the world: "… Dataset, which is made available to universities and other
    # third parties under an open data licence", "The … dataset … is published openly and anyone
    # may download and use it", "releases de-identified counts as open data" (the data, not
    # the App "which anyone can download", nor its illustrations under Creative Commons)
    rf"{_GIVEN_TO_THE_WORLD}|"
    # "may license aggregated ridership data to transit agencies", "models licensed to
    # customers and partners other than schools"
    r"licen[cs](?:e|es|ed|ing)\b[^.;]{0,80}?\bto\b(?! (?:develop|improve|demonstrate)))"
)


# "We may also share aggregate statistics with research partners and with other education
# companies": sharing U2 allows only for developing and improving school-purpose products.
# (the data shared may be named at length: "share de-identified or aggregated Student Data,
# including aggregated detection counts and participation statistics, with …")
# (the vendor's next clause, by its subject or with the subject shared: "…, and we use", "… and
# Maplewood uses" (its name read "Contractor"), "… and also use"; not the recipients' own, "…,
# and they may use it only to develop …")
_ITS_OWN_CLAUSE = (
    r",?\s+and\s+(?:also\s+)?(?:(?:we|our|contractor|the\s+(?:vendor|provider|company|operator))\b|"
    r"(?:use|process)\b)"
)
_IN_THEIR_CLAUSE = rf"(?:(?!{_ITS_OWN_CLAUSE})[^.;])*"
_SHARED_WITH = LazyPattern(
    # (shared for developing and improving is U2's own; not a purpose named before the
    # recipients: "use and share … to develop and improve its games, …, and with its
    # publishing and platform partners")
    # (the recipients' clause only: "… with the Winter Feeder Survey and other public databases,
    # and we use de-identified data to improve the App" shares for no such purpose)
    r"\bshar(?:e|es|ed|ing)\b[^.;]{0,200}?\bwith\b"
    rf"(?P<whom>(?!{_IN_THEIR_CLAUSE}\b(?:improv|develop)\w*){_IN_THEIR_CLAUSE})"
)
# Recipients U2 lets share in: the schools themselves, or those who build for them ("…
# researchers who are building tools for schools", "partners who build tools designed for
# school purposes"); each recipient of a list must be one.
# (the schools by other words: "school districts", "teachers", "schools that use the Service")
_FOR_SCHOOLS = LazyPattern(
    r"^\W*(?:with\s+)?(?:the\s+|your\s+|its\s+|our\s+|participating\s+)?(?:(?:schools?|"
    r"school\s+districts?|districts?|customers?|lea|teachers?|educators?)\b"
    r"(?:\s+(?:that|who|which)\s+use\b[^,;]*)?)\W*$"
    r"|\bbuild\w*\s+(?:[\w-]+\s+){0,3}?(?:(?:designed|intended)\s+)?for\s+(?:k-12\s+)?"
    r"(?:school\s+purposes|schools)\b"
)


def _shared_freely(low: str) -> bool:
    """Whether de-identified data are shared with someone U2 does not let in: a recipient of
    the list who is neither the schools nor one who builds for them."""
    shared = _SHARED_WITH.search(low)
    if shared is None:
        return False
    # (shared "for the development and improvement of educational apps … with other companies":
    # U2's own purpose, not a list whose last item is the recipients, "…, and with its partners")
    between = low[shared.start() : shared.start("whom")]
    if re.search(r"\b(?:improv|develop)\w*", between) and not re.search(
        r",\s*(?:and\s+|or\s+)?with\s*$", between
    ):
        return False
    # (not inside a recipient's own clause: "partners who build and maintain tools …")
    whom = re.split(
        r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=with\b|(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s*"
        r"(?:,|$|who\b|that\b))",
        shared.group("whom"),
    )
    return any(part.strip() and not _FOR_SCHOOLS.search(part) for part in whom)


# U2(2): "to demonstrate the effectiveness of the operator's products, including in their
# marketing" — marketing near the effectiveness it shows, not "clinical products for hospital
# markets" later in the sentence.
_MARKETING_ITS_EFFECTIVENESS = LazyPattern(
    r"\beffectiveness\b(?:(?!\b(?:and|or)\s+(?:may|will|to)\b)[^.;]){0,160}\bmarket\w*"
    r"|\bmarket\w*(?:(?!\b(?:and|or)\s+(?:may|will|to)\b)[^.;]){0,160}\beffectiveness\b"
)


def _around(low: str, match: re.Match[str]) -> str:
    return low[max(0, match.start() - 170) : match.end() + 170]


@rule("U2")
@whole
def de_identified_data_used_only_as_permitted(sentences: Sequence[Sentence]) -> Verdict:
    found = find(sentences, _UNIDENTIFIED)
    # Any use beyond U2's decides, wherever it stands: "to develop or improve the Service" in
    # one sentence, "with research partners for any research purpose" in the next.
    found.sort(
        key=lambda s: (
            not (re.search(_BEYOND, low := with_its_list(sentences, s)) or _shared_freely(low))
        )
    )
    permitted: Sentence | None = None
    for sentence in found:
        low = with_its_list(sentences, sentence)
        # "… and will not share de-identified data with anyone" denies, not permits
        beyond = {
            m.group(0)
            for m in re.finditer(_BEYOND, low)
            if not re.search(r"\b(?:not|never|nor)\b[^,;]{0,60}$", low[: m.start()])
            and not (
                m.group(0).startswith("market")
                and _MARKETING_ITS_EFFECTIVENESS.search(_around(low, m))
            )
        }
        if re.search(r"\bre-?identif", low) and not negated(low, r"\bre-?identif\w*"):
            return weak(sentence, "uses de-identified data, but may identify the students again")
        if beyond and not negated(low, r"\bsell\w*"):
            return weak(sentence, "uses de-identified data beyond what the regulation permits")
        if _shared_freely(low) and not negated(low, r"\bshar(?:e|es|ed|ing)\b"):
            return weak(sentence, "shares de-identified data, but not only to develop and "
                                  "improve products for school purposes")  # fmt: skip
        if permitted is None and re.search(
            r"\b(?:develop\w*|improv\w*|effectiveness|research|product\w*)\b", low
        ):
            permitted = sentence  # unless another grant goes beyond
    if permitted is not None:
        return present(permitted, "uses de-identified data to develop and improve, as permitted")
    if found:
        return weak(found[0], "mentions de-identified data without limiting its use")
    return missing("nothing on de-identified or aggregated data")
