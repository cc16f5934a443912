"""The words by which a use or collection limit names its purposes (:mod:`.use_and_disclosure`,
:mod:`.collection`): the contract's own ("except to perform its obligations under this
Agreement", "except as stated in Section 3.4"), or the vendor's, which no limit holds ("such
other purposes as Acme determines", "as described in this Policy, which we may update", "and
for marketing")."""

from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern
from ..lexicon import NO_ONE, VENDOR_BY_ROLE, negated
from .marketing import OTHER_WARES

__all__ = [
    "BEYOND",
    "BY_A_LAW",
    "CHANGEABLE",
    "CONTRACTS_PURPOSE",
    "DISCRETION",
    "FOR_ANYTHING_EXCEPT",
    "MORE_PURPOSES",
    "OWN_SECTION",
    "THIS_NOTICE",
    "VENDORS_DATASET",
    "VENDORS_OWN_PURPOSES",
    "beyond_the_service",
]

# "for anything except …": the denial's own exception, whatever follows it.
_FOR_ANYTHING_BUT = r"\bfor\s+anything\s+(?:else\s+)?(?:except|but|other than)\b"
CONTRACTS_PURPOSE = LazyPattern(
    r"\b(?:except|other than)\s+(?:as\s+(?:necessary|needed|required)\s+)?(?:to|for)\s+"
    r"(?:perform\w*|provid\w*|deliver\w*)\b[^.;,]{0,40}\b(?:services?|obligations)\b"
    r"(?:\s+(?:under|pursuant to|in accordance with)\s+(?:this|the)\s+\w+)?"
    # "I will not use the class list … for anything except running this Unit"
    # ("… for anything other than planning and running your demonstration")
    rf"|{_FOR_ANYTHING_BUT}\s+(?:(?:planning|preparing|scheduling)\s+(?:and|or)\s+)?(?:running|"
    r"teaching|deliver\w*|provid\w*|"
    r"perform\w*|present\w*|putting\s+on|"
    r"conduct\w*|carry\w* out)\b"
    # the uses the contract's own terms allow, however broad (U1's to judge): "except as these
    # School Terms allow" (not "the Third-Party Terms", another's)
    r"|\bexcept\s+as\s+(?:this|these)\s+(?:(?:school|customer|district|subscriber|student)\s+)?"
    r"(?:agreement|addendum|dpa|contract|terms)\s+(?:expressly\s+)?(?:permits?|allows?|provides?|"
    r"authori[sz]es?)\b"
    # uses the school itself authorizes ("… or otherwise authorized by the school in its
    # agreement with us")
    r"|\bor\s+otherwise\s+authori[sz]ed\s+by\s+the\s+(?:school|district|lea|customer)\s+in\s+"
    r"(?:its|the|their)\s+agreement\b"
)

# "only as described in this Policy, which we may update from time to time"
CHANGEABLE = LazyPattern(
    r"\b(?:may|can|reserves? the right to)\s+(?:\w+\s+)?(?:update|change|amend|modify|revise)\b"
    r"|\bas (?:it|they) may be (?:amended|updated|changed|modified)\b"
)


# "only for purposes that Provider considers consistent with its mission", "in ways that we
# believe benefit students": the vendor's own judgment is no limit.
DISCRETION = LazyPattern(
    r"\b(?:we|it|provider|vendor|company|contractor|operator|licensor|supplier|consultant)\s+"
    r"(?:\w+\s+)?(?:considers?|believes?|deems?|determines?|judges?)\b"
    r"|\bin (?:its|our) (?:sole |absolute |reasonable )?(?:discretion|judgment|opinion)\b"
)

# Purposes the vendor adds by its own say, not the contract's: "such other purposes as Acme
# determines", a policy it writes or may change, purposes it tells the school of later.
VENDORS_OWN_PURPOSES = LazyPattern(
    rf"{DISCRETION.pattern}|{CHANGEABLE.pattern}|\bsuch other purposes\b"
    r"|\b(?:privacy (?:policy|notice|statement)|terms of (?:use|service))\b"
    r"|\botherwise\s+(?:disclosed|notified|communicated|made known)\s+to\b"
)

FOR_ANYTHING_EXCEPT = LazyPattern(rf"{_FOR_ANYTHING_BUT}(.*)")

# The page that makes the limit, when it is the vendor's notice or policy: "only as described
# in this Policy", "for any purpose not listed in this notice".
THIS_NOTICE = LazyPattern(
    r"\b(?:described|set (?:out|forth)|listed|explained)\s+in\s+this\s+(?:privacy\s+)?"
    r"(?:policy|notice|statement(?!\s+of\s+work)|page)\b"
)


# "only as permitted by FERPA": what a law permits, not what the contract authorizes.
BY_A_LAW = LazyPattern(
    r"\bonly\s+(?:as|to the extent)\s+(?:permitted|allowed|authori[sz]ed)\s+(?:by|under)\s+"
    r"(?!(?:this|the)\s+(?:agreement|addendum|dpa|contract|district|lea|school|board)\b)"
    # the model agreement's "… or otherwise authorized under the statutes referred to herein"
    r"|\bor\s+otherwise\s+authori[sz]ed\s+under\s+the\s+statutes?\b"
)


# An exception that names a section of the contract ("except the uses listed in this Section
# 4", "except as stated in Section 3.4", "except as clause 4.7 allows"): the limit is as whole
# as that section's uses, which :mod:`.use_and_disclosure` reads.
OWN_SECTION = LazyPattern(
    # ("…, and as permitted by Section 5.3")
    r",?\s*\b(?:except|and)\s+(?:the\s+(?:uses|purposes)\s+(?:listed|described|set out|stated)\s+"
    r"in\s+"
    r"this\s+(?:section|clause)\s+(?P<this>\d+(?:\.\d+)*)(?!\.?\d)|as\s+(?:(?:stated|set out|"
    r"described|provided|permitted|allowed)\s+(?:in|by|under)\s+)?(?:section|clause|paragraph)\s+"
    r"(?P<named>\d+(?:\.\d+)*)(?!\.?\d)"
    r"(?:\([a-z]\))?(?:\s+(?:allows|permits|provides))?)\b"
    # (the contract's own section, not "Section 3.4 of the Maplewood Privacy Policy")
    r"(?!\s+of\s+(?!(?:this|the)\s+(?:agreement|addendum|dpa|contract|terms)\b))"
)

# A use the excepted section grants, or a limit it lifts ("Sections 3.1 and 3.2 do not apply to
# Family Portal Contact Data"); the service's own purposes; and what lies outside them.
_GRANTS_A_USE = LazyPattern(
    r"\b(?:may|will|can|shall)\s+(?:also\s+)?(?:use|process|share|disclose|keep)\b"
    # the section's own list, in the present: "4.1 We use Student Data to: research and develop
    # new Grosbeak products and features"
    r"|^\W*(?:[\d.]+\s+)?(?:we|contractor)\s+(?:also\s+)?(?:uses?|process(?:es)?|shares?|"
    r"discloses?)\b"
    r"|^\W*(?:[\d.]+\s+)?(?:student\s+)?(?:data|information)\s+(?:is|are)\s+(?:also\s+)?used\s+to\b"
    # "Customer grants Plumbline a … licence to … process Customer Data … for …"
    r"|\bgrants?\b[^.;]{0,80}\blicen[cs]e\b"
    r"|\bdo(?:es)?\s+not\s+apply\b"
)
# Students recorded for the vendor's publicity: "may photograph and record portions of the
# performance … for archival and promotional use" (not "for her teaching portfolio", a use
# outside readers let stand).
_RECORDED_FOR_PUBLICITY = LazyPattern(
    rf"\b(?:{VENDOR_BY_ROLE}|we|i)\s+may\s+(?:also\s+)?(?:photograph|record|film)\b"
    r"(?![^.;]{0,40}\b(?:its|their)\s+own\b)[^.;]{0,120}\b(?:promot\w*|publicity|"
    r"market\w*|advertis\w*)"
)
# What the school directs or the law compels, which an excepted section may add ("as the School
# directs in writing", "when required by law or court order"): read apart from its other uses.
_DIRECTED_OR_COMPELLED = LazyPattern(
    r"\b(?:as|when|where|if)\s+(?:the\s+)?(?:school|district|lea|customer|board)\s+(?:directs?|"
    r"instructs?|requests?|authori[sz]es)\b[^,;.]*"
    r"|\b(?:as|when|where|if)\s+(?:required|compelled)\s+by\s+(?:applicable\s+)?(?:law|court order|"
    r"subpoena|legal process)(?:\s+or\s+(?:a\s+)?(?:court order|subpoena|legal process))?"
)
_FOR_THE_SERVICE = LazyPattern(
    r"\b(?:provid|operat|maintain|support|troubleshoot|improv|secur|diagnos|fix|run|deliver|"
    r"answer|respond|tailor|personali[sz])\w*\b"
)
_OUTSIDE_THE_SERVICE = LazyPattern(
    r"\b(?:websites?|reels?|proposals?|social|promot\w*|offers?|partners?|train\w*|models?|"
    r"products?|market\w*|advertis\w*|research|portfolios?|publicity|grants?|archives?|sell\w*|"
    r"sales?|third[- ]part(?:y|ies)|affiliates?|recruit\w*|customers|insights?|own\s+purposes?|"
    r"(?:grow|build)(?:s|ing)?\s+(?:its|our|their)\s+business|business\s+(?:purposes?|development))\b"
)


_OWN_BUSINESS = LazyPattern(
    r"\bfor\s+(?:any\s+(?:other\s+)?(?:lawful\s+)?|(?:the\s+)?(?:internal\s+)?|its\s+(?:own\s+)?(?:internal\s+)?)"
    r"business\s+purposes?\b"
)


def beyond_the_service(low: str) -> bool:
    """Whether an excepted section's sentence grants a use beyond the service itself: one
    outside it ("to sell aggregated insights"), or a purpose that is not the service's ("to
    develop new features"). The school's direction and the law's compulsion are read apart
    ("as the School directs in writing"); the de-identified data's uses are U2's, unless sold or
    shared beyond the service."""
    if _RECORDED_FOR_PUBLICITY.search(low):
        return True
    if not _GRANTS_A_USE.search(low):
        return False
    if _OUTSIDE_THE_SERVICE.search(low) and not negated(low, _OUTSIDE_THE_SERVICE.pattern):
        return True
    # "… may use Usage Data and Aggregated Data for any lawful business purpose", "… for the
    # internal business purposes of Plumbline": the vendor's own business, whatever the data
    if _OWN_BUSINESS.search(low):
        return True
    if re.search(NO_ONE, low):
        return False
    rest = _DIRECTED_OR_COMPELLED.sub(" ", low)
    # the purposes it names ("to …", "for …"), each the service's own
    purposes = re.findall(r"\b(?:to|for)\s+(?!the\s+school\b)([a-z-]+)", rest)
    named = [p for p in purposes if p not in ("it", "them", "its", "the", "any", "a", "an")]
    return bool(named) and not _FOR_THE_SERVICE.search(rest)


# "only to provide the Service and for the other purposes described in our Privacy Policy",
# "and for such other purposes as Consultant reasonably determines": purposes added to the
# contract's own, unless they are the contract's ("other purposes authorized in this DPA").
MORE_PURPOSES = LazyPattern(
    # (not the school's own: "and for District's school transportation purposes")
    r"\b(?:and|or)\s+for\s+(?!no\s|(?:the\s+)?(?:(?:school|district|customer|lea|board)['\u2019]s\s+)?"
    r"(?:school|educational|instructional)\s)"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:purposes?|projects?|studies)\b"
    # (not the service itself: "… and for the purpose of providing the Services")
    r"(?!\s+of\s+(?:providing|performing|delivering|supporting)\s+the\s+(?:services?|program|contract)"
    r"(?:\s+to\s+(?:the\s+)?(?:school|district|customer|lea))?\s*(?:[,.;]|$))"
    r"(?!\s+(?:authori[sz]ed|permitted|set out|described|specified|listed)\s+(?:in|by|under)\s+"
    r"(?:(?:this|the)\s+(?:agreement|addendum|dpa|contract|services agreement|exhibit|schedule|"
    r"msa|master (?:services |subscription )?agreement)(?:\s+and\s+(?:this|the)\s+(?:agreement|"
    r"addendum|dpa|exhibit|schedule))?|these\s+(?:[\w-]+\s+)?terms"
    # ("… for the purposes authorized in your agreement with us")
    r"|(?:your|our|(?:the\s+)?(?:school|district|customer)['\u2019]s)\s+agreement\s+with\s+(?:us|you))\b)"
    # ("… for the purposes the school's agreement with us authorizes")
    r"(?!\s+(?:the\s+|your\s+)?(?:(?:school|district|customer|lea)['\u2019]s\s+|your\s+)?agreement\s+with\s+us\s+"
    r"(?:authori[sz]es|permits|allows)\b)"
    # ("… and for the purposes described in Annex 1", the contract's own annex)
    r"(?!\s+(?:described|set out|listed|specified)\s+in\s+(?:annex|exhibit|schedule|appendix)\s+"
    r"[\w.-]{1,4}\b)"
    # ("… and for the purposes in our agreement with it", the school's)
    r"(?!\s+(?:in|of|under)\s+(?:our|its|the|your)\s+agreement\s+with\s+(?:it|you|"
    r"(?:the\s+)?(?:school|district|customer|lea|board))\b)"
    # "… and for the other purposes this DPA expressly authorizes": the contract's own
    r"(?!\s+(?:(?:this|the)\s+(?:agreement|addendum|dpa|contract)|these\s+(?:[\w-]+\s+)?terms)\s+"
    r"(?:expressly\s+)?"
    r"(?:authori[sz]es?|permits?|allows?|describes?|sets? out)\b)"
    # "… and for the purposes your school authorizes", "… you authorize under these Terms"
    r"(?!\s+(?:that\s+|which\s+)?(?:(?:your|the|each)\s+(?:school|district|customer|lea|board|crec)"
    r"\s+(?:authori[sz]es|directs|approves)|you\s+(?:authori[sz]e|direct|approve)\s+(?:under|in)\s+(?:these|this)\b)\b)"
    # "… and as permitted by Section 5.3": another section's uses (not "… and as described in
    # Section 4", which the development labels read as the contract's own)
    r"|\band\s+as\s+permitted\s+(?:in|by|under)\s+(?:section|clause|paragraph)\s+\d"
    # "only for school purposes and the uses described in Section 4": another section's uses
    r"|\b(?:and|or|together with|as well as)\s+(?:for\s+)?(?:the\s+)?(?:other\s+)?"
    r"(?:uses|purposes)\s+(?:described|set out|set forth|listed)\s+in\s+"
    r"(?:section|exhibit|schedule|appendix)\b"
    # (or no verb, added by "and": "… and the other purposes in Section 4.4", "… and for the
    # uses in Section 6.2"; not "… and not for advertising or the purposes in Section 6.2")
    r"|\b(?:and|as well as)\s+(?:for\s+)?(?:the\s+)?(?:other\s+)?(?:uses|purposes)\s+in\s+"
    r"(?:section|exhibit|schedule|appendix)\b"
    # "… and as described elsewhere in this notice"
    r"|\b(?:and|or)\s+as\s+(?:described|set out|explained)\s+(?:elsewhere|below|above)\b"
    # the vendor's own activities beside the service: "… and for related Consort activities",
    # "… and other related activities" (the name read "Contractor"; not "the classroom
    # activities teachers assign", the service's own, nor the school's)
    r"|\band\s+(?:for\s+)?(?:(?:other|related)\s+)+(?:(?:our|its|contractor)\s+)?(?:[\w-]+\s+)?"
    r"activities\b"
    r"|\band\s+(?:for\s+)?(?:our|its|contractor)\s+(?:[\w-]+\s+)?activities\b"
    # "only to provide Acme and as described in this policy": a policy the vendor writes and
    # may change, not the contract's purposes
    r"|\b(?:and|or)\s+as\s+(?:otherwise\s+)?(?:described|set out|explained)\s+in\s+this\s+"
    r"(?:privacy\s+)?(?:policy|notice|statement)\b"
    # "other than those listed above or otherwise disclosed to the District from time to time":
    # purposes the vendor adds by telling the school
    r"|\bor\s+(?:as\s+)?otherwise\s+(?:disclosed|notified|communicated|described|made known)\s+"
    r"to\b"
    # "other than those authorized pursuant to the Agreement or the Acme Terms of Use"
    r"|\b(?:or|and)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:terms of (?:use|service)|"
    r"privacy (?:policy|notice))\b"
    # "only to further School Purposes and to operate the Partner Opportunities program": a
    # programme of the vendor's beside the school's purposes
    # (or the programme named outright: "… school purposes and the Collection Partner's donor
    # recruitment and recognition programs")
    r"|\bschool purposes?,?\s+(?:and|as well as)\s+(?:to\s+|for\s+|the\s+|its\s+|our\s+)"
    # (not the school's own: "… and for the Board's after-school tutoring program")
    r"(?![^.;]{0,80}\b(?:schools?|educational|instructional|district|board|lea|services|meals?|"
    r"tutoring|learning|reading|intervention|students?)\b)"
    # (not across a denial or a clause of its own: "… and the Provider will not share it with
    # advertisers")
    r"(?:(?!(?:not|never|no|will|shall|may|must)\b)[\w'\u2019-]+\s+){0,6}?"
    r"(?:programs?|programmes?|offers?|offerings|partners?|promotions?|"
    r"marketing|sponsors?|"
    # "… and to provide campaign sales analytics to Participating Suppliers"
    r"suppliers?|advertisers?)\b"
    # "We only use student information for the workshop and related purposes": open-ended
    r"|\band\s+(?:other\s+)?related\s+purposes\b"
)
# A dataset the vendor keeps for all comers ("the City Sparrow Census", "our Winter Flock
# Dataset", "the Great Backyard Bird Count"), not the school's own ("the class atlas", "the
# attendance dataset the District requests", "a dataset the teacher can export").
VENDORS_DATASET = (
    r"(?:the|our|its|a)\s+(?!(?:[\w'\u2019-]+\s+){0,3}?(?:class|classroom|district|school|teacher|"
    r"student|attendance|lea|board|customer|grading)['\u2019s]*\b)(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:census|dataset|data\s+set|atlas|survey|(?:bird|backyard|species)\s+count)\b"
    r"(?![^.;]{0,40}\b(?:only\s+the\s+(?:class|school|teacher)|(?:the\s+)?(?:district|school|"
    r"teacher|lea|customer)\s+(?:asks|requests|can|may|uses|directs)))"
)
# Purposes no contract for school services authorizes, named in the limit's own list: "only
# to provide the Services, to develop its products, and for marketing".
BEYOND = LazyPattern(
    r"\b(?:marketing|advertising|"
    r"promotional (?:materials?|purposes?|campaigns?|programs?|programmes?)"
    # (not the school's own: "… and other promotional programs that the School requests")
    r"(?!\s+(?:that|which)\s+(?:the\s+)?(?:school|district|lea|customer|crec)\b)|"
    r"commercial purposes?|business (?:purposes?|operations)|"
    r"monetiz\w*|(?:internal |product |market |its own |our own )research|"
    # "and for the Evaluator's related research and scholarly publications"
    r"for\s+(?:its|our|(?:the\s+)?contractor['\u2019]s)\s+(?:own\s+|related\s+|independent\s+|academic\s+|"
    r"future\s+)?(?:research|scholarly|publications?)\b(?!\s+(?:questions?|proposal|team|design|"
    r"plan|protocol|study|studies|project)\b)|"
    # a research program beside the service: "… and for the research program described in Section
    # 11", "… and, where a school opts in, to enrol its classes in the Nest Watch Science Network
    # with our university research partners" (in its clause: not "…, and we do not share it with
    # any research partners"; nor the school's own program, nor a study the school commissioned)
    r"\band,?\s+(?:for|to)\s+(?:(?!(?:we|it|contractor|not|never|no|school|district|board|lea|crec|"
    r"customer)\b)[\w-]+,?\s+){0,10}?research\s+(?:programs?|networks?|projects?|partners?|"
    r"initiatives?|collaborations?)\b(?![^.;]{0,60}\b(?:commissioned|requested|directed)\s+(?:by|under)\b"
    # (nor the contract's own study: "… the research project described in Section 4 of this
    # Agreement", "… in the Scope of Work")
    r"|\s+(?:described|set\s+out|authori[sz]ed)\s+in\s+(?:section\s+[\d.]+\s+of\s+)?(?:this\s+"
    r"(?:agreement|contract|dpa)|the\s+(?:scope|statement)\s+of\s+work))|"
    r"\bwith\s+(?:our|its|(?:the\s+)?contractor['\u2019]s)\s+(?:[\w-]+\s+)?research\s+partners\b|"
    r"(?:its|our|[\w-]+['\u2019]s) other (?:products|services|offerings|games|apps|titles)|"
    # its line's use measured: "… and understand how our apps are used", "how people use our
    # apps" (not "how our Services are used", the one service by its defined name)
    r"\bhow\s+(?:our|its|(?:the\s+)?contractor['\u2019]s)\s+(?:apps|products|games|titles)\s+"
    r"are\s+(?:being\s+)?used\b|\bhow\s+(?:people|users|customers)\s+use\s+(?:our|its)\s+(?:apps|"
    r"products|games|titles)\b|"
    # its whole line, by the vendor's name: "… and make Siftwell games better" (read "Contractor"),
    # "… to make our apps better", "… to improve the Maplewood family of apps" (not "to provide
    # Maplewood products to the School")
    r"\bmake\s+(?:the\s+|all\s+)?(?:contractor|our|its)\s+(?:games|products|apps|titles)\s+better\b|"
    r"\b(?:improv\w*|develop\w*|build\w*)\s+(?:the\s+|all\s+)?contractor\s+(?:games|apps|titles)\b"
    r"(?!\s+(?:to|for)\s+(?:the\s+)?(?:school|district|customer))|"
    r"\b(?:contractor|our|its)\s+(?:family|suite|line|range)\s+of\s+(?:games|products|apps|titles)\b|"
    # its own promotion: "… and to send your school news of future workshops and summer
    # piping camps", "… and to prepare the Artist's portfolio"
    # (not the service's own: "information about upcoming sessions of their classes", "my
    # portfolio reviews with each student")
    # ("… and let families know about future Fenwick workshops", the name read "Contractor";
    # not "let parents know about upcoming classes in this residency", the service itself)
    r"(?:(?:news|information|updates|details|offers?)\s+(?:of|about|on)\s+(?:our\s+|my\s+|its\s+)?"
    r"(?:future|upcoming|other|new)|know\s+(?:of|about)\s+(?:our\s+|my\s+|its\s+)?(?:future|other|"
    r"new))\s+(?:contractor\s+)?(?:workshops|programs|programmes|events|camps|classes|"
    r"courses|offerings|residencies)(?!\s+(?:of|for|in)\s+(?:their|the|your|its)\b)|"
    # ("… and, now and then, to tell families about our summer camps and clinics")
    # ("… to let families know about our summer camps", "… to send parents details of our
    # holiday camps"; not the contracted ones, "our upcoming workshops in their child's class")
    r"\b(?:tell|inform|let\s+(?:[\w'\u2019-]+\s+){0,2}?know|send\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:details|news|information|updates))\s+(?:[\w'\u2019-]+\s+){0,2}?(?:about|of|on)\s+"
    r"(?:our|my|its)\s+(?:summer|holiday|weekend|future|other|new|upcoming|private|paid|"
    r"after-school)\s+(?:contractor\s+)?(?:workshops|programs|programmes|events|camps|clinics|"
    r"classes|courses|offerings|residencies|clubs|lessons|sessions)\b"
    r"(?!\s+(?:of|for|in)\s+(?:their|the|your|its)\b)|"
    r"(?:its|our|my|(?:the\s+)?(?:contractor|artist|instructor|consultant)['\u2019]s)\s+(?:own\s+)?"
    r"portfolios?(?!\s+reviews?\b)|"
    # "… and, with CREC's permission, to promote my teaching work"
    r"promot\w*\s+(?:my|our|its)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:work|business|teaching|studio|"
    r"practice|ensemble|band|company)\b|"
    # its product line, not the service: "… and to improve Parlavo's products"
    r"(?:improv|enhanc)\w*\s+(?:its|our|(?:the\s+)?[\w-]+['\u2019]s)\s+products"
    r"(?![^.;]{0,40}\b(?:licensed|provided|made available|under this|for the))|"
    # a dataset of the vendor's for all comers: "… and to build the City Sparrow Census", "…
    # and for building the Bird Census", ", to maintain the Maplewood Bird Census"
    r"(?:\band|,)\s+(?:to\s+|for\s+)?(?:build(?:ing)?|grow(?:ing)?|compil(?:e|ing)|maintain(?:ing)?|"
    rf"publish(?:ing)?|(?:add(?:ing)?|contribut(?:e|ing))\s+to)\s+{VENDORS_DATASET}|"
    # a purpose in general words, not the contract's: "for education only"
    r"(?:for|to)\s+(?:education|educational purposes)(?:\s+only)?(?=\s*[.;]|\s+only)|"
    rf"{OTHER_WARES}|"
    # "to improve and develop Cadenza products": the vendor's own name is read "Contractor"
    r"(?:develop\w*|build\w*|creat\w*)\s+(?:and\s+\w+\s+)?(?:(?:new|its|our|other|"
    r"contractor(?:['\u2019]s)?)\s+){0,2}"
    # ("… and develop new HackHarbor features")
    # (the vendor's, not "the tools teachers use to create new games", "students build new apps")
    r"(?:products|offerings)|(?<!use to )(?<!students )(?<!teachers )"
    # ("… for research and development of new Loomcraft titles")
    r"(?:develop\w*|build\w*|creat\w*)\s+(?:of\s+)?new\s+(?:contractor\s+)?(?:games|apps|"
    r"applications|services|features|tools|titles))\b"
)
