"""What marketing is, in a grant of uses: offers and news of the vendor's or its partners'
wares sent to the families, its other products built or trained on the data, and the model
agreement's licence to tell account holders about new products.

None of the four uses the regulation permits (U1) is marketing, and none is a school purpose
(15(c)), so both rules read a grant against these words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import THE_VENDORS, lowered, negated
from ..reader import Sentence

__all__ = [
    "MARKETING",
    "MARKETS_TO_FAMILIES",
    "OTHER_WARES",
    "PROMOTES",
    "SENDS",
    "new_product_notices",
]

# Telling families of the vendor's other wares, a use no school contract authorizes: "to
# let parents know about other Acme programs", "to promote additional products".
OTHER_WARES = (
    # "… about ordering deadlines, personalised ad pages, graduation products and other Acme
    # offers"
    # (the window stays in its own purpose: not "about their lessons, …, and to provide the
    # other services described in the Order Form")
    r"(?:about|promot\w*|market\w*|advertis\w*)\s+(?:(?:(?!,\s*(?:and\s+)?to\s)[^.;]){0,120}?\s)?"
    # not an IEP's "related services"
    # ("about KeyQuest Home, our at-home edition", "about new programmes")
    # ("about … our paid summer filmmaking workshops", not "paid services it has ordered")
    r"(?:other|new|additional|related(?!\s+services\b)|at-home|premium|our\s+paid)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:products|programs|programmes|services|offerings|offers|courses|games|"
    r"titles|editions?|workshops|masterclasses|camps)"
    r"(?!\s+(?:described|set out|listed|specified)\s+in\s+(?:the|this)\s+(?:order form|"
    r"agreement|contract|addendum|dpa|exhibit|schedule|statement of work|sow|quote|proposal)\b)"
    # "… and to offer them other Acme products"
    r"|\b(?:offer|sell|market|promot)\w*\s+(?:(?:them|to\s+them|parents|families)\s+)?(?:[\w-]+\s+)?"
    r"other\s+(?:[\w-]+\s+){0,2}?(?:products|programs|offerings)\b"
    # … the families named at length: "to offer the Student and the Account Holder the Bank's
    # other deposit and lending products"
    r"|\boffer(?:s|ing)?\s+(?:the\s+)?(?:students?|parents?|families|account\s+holders?)"
    r"(?:\s+(?:and|or)\s+(?:the\s+|their\s+)?(?:students?|parents?|families|guardians?|"
    r"account\s+holders?))?\s+(?:[\w'\u2019-]+\s+){0,3}?other\s+(?:[\w-]+\s+){0,3}?"
    r"(?:products|programs|offerings)\b"
    # "to let families know about other food help they may qualify for"
    r"|\babout\s+(?:[^.;]{0,60}?\s)?other\s+(?:food|financial|housing|public|government|social)\s+"
    r"(?:help|assistance|benefits|programs)\b"
    # "about optional Acme offerings, such as yearbook ordering and the Acme Spirit Store" (the
    # vendor's by name: "its" may be the school's)
    r"|\babout\s+(?:[^.;]{0,60}?\s)?(?:our|contractor(?:['\u2019]s)?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offerings|offers|merchandise|stores?)\b"
    # "order reminders and offers for portrait packages, retakes and upgrades"
    r"|\b(?:promotional\s+|special\s+)?offers\s+(?:for|of|on)\s"
    # "to tell parents about Acme Plus, our paid family subscription", "to send families news
    # about Acme Family, our optional paid plan"
    # "informing parents and teachers about Acme summer camps, family coding nights and
    # premium home subscriptions"
    # "let Teachers and Student Users know, through in-app messages, about … Acme Plus features"
    r"|\b(?:tell\w*|let\w*|inform(?!ation)\w*|send\w*)\s+(?:\w+\s+){1,4}?"
    r"(?:know\b[^.;]{0,40}?\s)?about\s+[^.;]{0,80}?"
    r"\b(?:plus|premium|paid|subscriptions?|(?<!software )(?<!system )upgrades?)\b"
    # "to improve and promote the Services": the school's data selling the vendor's service
    r"|\bpromot(?:e|es|ed|ing)\s+(?:the|our|its)\s+(?:services?|products?|platform|app)\b"
    # "to train and improve its speech models": the vendor's own models, not the school's
    # service
    rf"|\b(?:train\w*|tun(?:e|es|ed|ing))(?:\s+(?:and|or)\s+\w+)?\s+{THE_VENDORS}\s+"
    r"(?:[\w-]+\s+){0,3}?(?:models?|algorithms?|classifiers?)\b"
    # (not "its scoring models used in the Services": improving the service itself)
    r"(?!\s+(?:used\s+in|for|that\s+power|within|in)\s+the\s+(?:services?|platform|app)\b)"
    # "models … which it may make available to its other customers"
    r"|\b(?:available|offer(?:s|ed)?|provid\w*|sell|sold)\s+(?:\w+\s+)?to\s+(?:its|our)\s+other\s+"
    r"(?:customers|clients)"
)

# Offers and news of the vendor's or its partners' wares, sent to the families: "to offer
# families portrait packages", "to inform them of additional Courses, summer sessions and degree
# programs", "to send news about Gridline events, partner offers and promotions", "letting
# families know about summer camps run by our partners" (not "notify students of the
# tournaments they entered").
# What the school itself gives the students: "sessions their teacher has scheduled",
# "additional practice assigned by their teacher".
_THE_SCHOOLS_OWN = (
    r"(?![^.;]{0,60}\b(?:(?:assigned|scheduled|set|chosen|directed)\s+by\s+(?:the|their|your)\s+"
    r"(?:school|district|teacher)s?|(?:the|their|your) (?:school|district|teacher|coach)e?s? "
    r"(?:has|have|registered|entered|signed))\b)"
)
PROMOTES = (
    # (verbs, not "information about students"; told to the families, not to the school)
    r"\b(?:offer(?:s|ed|ing)?|send(?:s|ing)?|tell(?:s|ing)?|inform(?:s|ed|ing)?|share|"
    r"let(?:s|ting)?\s+(?:[\w-]+\s+){0,6}?know|notif(?:y|ies|ied|ying)|promot(?:e|es|ed|ing)|"
    r"market(?:s|ed|ing)?|advertis(?:e|es|ed|ing))\b(?:(?!\b(?:district|school|lea|customer|"
    r"client)\b)[^.;]){0,120}?\b(?:(?:portrait|promotional|partner|special|keepsake)\s+offers|"
    # "including offers from our Partners for class rings"
    # ("… and to send families contest news and prize offers from our Sponsors")
    r"offers\s+from\s+(?:our|its|their)\s+(?:[\w-]+\s+)?(?:partners|sponsors)|"
    r"(?:portrait|photo|keepsake|yearbook|graduation)\s+packages|"
    # "our summer ASL immersion courses" (not "the summer reading program")
    # ("one notice about the Kan an Avel summer piping and dance camp", "my summer intensive")
    r"summer\s+(?:[\w-]+\s+){1,3}?(?:courses?|camps?|workshops?|intensives?)|summer\s+(?:sessions|"
    r"programs?|programmes|camps?|courses|intensives?)|degree\s+programs?|partner\s+(?:programs?|programmes|products|"
    r"events|camps|competitions)|(?:camps|tournaments|events|programs?|programmes|courses)\s+(?:run|offered|"
    r"hosted|operated|sponsored)\s+by\s+(?:our|its|their)\s+(?:trusted\s+)?partners|"
    r"(?:additional|future|other)\s+(?:[\w-]+\s+){0,2}?(?:courses|events|sessions))"
    + _THE_SCHOOLS_OWN
    # "offering Parents reorders, retake sessions and portrait products"; "(d) to operate
    # Partner Programs": the wares of third parties the vendor has agreements with
    + r"|\boffer(?:ing)?\s+(?:parents|families|guardians|alumni|graduates)\b"
    r"|\bpartner\s+(?:programs?|programmes|offers)\b"
)
# None of the four permitted uses is marketing, research or any purpose at all: "to send you
# marketing emails", "show you tailored ads", "for any purpose, including to improve".
MARKETING = (
    r"\b(?:marketing|to market|market(?:s|ed)?(?!-)|advertis\w*|ads|promotional|research|"
    r"any (?:other )?(?:lawful )?purposes?|"
    r"(?:commercial|business) (?:purposes?|operations)|"
    # "… and to send Participants' families news of upcoming Quackrace races": its own events
    r"send\s+(?:[\w'\u2019-]+\s+){0,2}?(?:families|parents)\s+news\s+(?:of|about)\s+(?:upcoming\s+|new\s+)?"
    r"(?:its|our|contractor(?:['\u2019]s)?)\b|"
    # "… along with occasional news about Lobefin summer field programs and family workshops",
    # "… updates on our family workshops", "our newsletter about upcoming Maplewood programmes"
    # (not its service notices: "news about our scheduled maintenance events")
    r"\b(?:news|updates?|information|newsletters?)\s+(?:of|on|about)\s+(?:upcoming\s+|new\s+)?"
    r"(?:its|our|contractor(?:['\u2019]s)?)\s+(?!(?:[\w-]+\s+){0,3}?(?:maintenance|outages?|downtime|"
    r"security|service|system)\b)(?:[\w-]+\s+){0,3}?(?:programs?|programmes?|workshops?|camps?|"
    r"courses?|events?|products?|offerings?)\b|"
    # its new wares with its offers: "to send teachers news about new Riverline units and
    # offers", "to tell teachers about the latest … units and offers" (not news of new units
    # alone, which a teacher may opt in to over the teacher's own data)
    r"\b(?:news|updates?|information|newsletters?|tell\s+[\w-]+|inform\s+[\w-]+)\s+(?:of|on|about)\s+"
    r"(?:the\s+)?(?:new|latest|upcoming)\s+(?:[\w-]+\s+){0,2}?(?:units|products|programs|programmes|"
    r"courses|titles|games|apps|lessons)\s+(?:and|or)\s+(?:special\s+)?(?:offers|promotions|deals|"
    r"discounts)\b|"
    # Not its own service: "to develop new products", "to develop, test and train new Atlas
    # products", "models for its commercial products" (U1 lets it develop nothing)
    r"(?:develop\w*|build\w*|creat\w*|train\w*|design\w*)(?:,?\s+(?:and\s+|or\s+)?\w+){0,3}?\s+new\s+"
    r"(?:[\w-]+\s+)?(?:products?|services?|offerings?|features?)|"
    # … its other products by their kind: "to develop new games and features", "developing new
    # Pegline apps", "to create new games for sale" (not "to let students build new games",
    # nor "students develop new apps")
    r"(?<!students\s)(?<!students\sto\s)\b(?:develop|build|creat|design)\w*(?:,?\s+(?:and\s+|or\s+)?"
    r"\w+){0,3}?\s+new\s+(?:[\w-]+\s+)?(?:games|apps|applications|titles)|"
    # its other wares suggested: "to suggest other Shrike units and our other products to the
    # teacher"
    r"\b(?:suggest|recommend|promot|advertis)\w*\s+[^.;]{0,40}?\b(?:our|its|contractor['\u2019]s)\s+"
    r"other\s+(?:[\w-]+\s+){0,2}?(?:products|services|offerings|apps|games|titles)\b|"
    # "… and to develop Measurewell's other products and services"
    # ("… and to improve our other reading titles")
    r"\b(?:develop|improv|train)\w*\s+(?:(?:its|our|(?:the\s+)?contractor['\u2019]s)\s+)?other\s+"
    r"(?:[\w-]+\s+){0,2}?(?:products|services|offerings|apps|games|titles)|"
    # models it trains on the data and uses in everything it sells: "to train the
    # speaker-tracking models used across LectraCam's product lines", "the models that
    # Murmurline uses across its products" (not "its pricing models are uniform across …")
    r"train\w*\s+(?:and\s+\w+\s+)?(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:models?|"
    # (", which Mimicry uses across its products, including its consumer app")
    r"algorithms?),?\s+(?:(?:that|which)\s+[\w-]+\s+(?:also\s+)?uses?|(?:(?:that|which)\s+(?:are|is)\s+"
    r"(?:also\s+)?)?(?:used|deployed))\s+(?:across|throughout)\s+"
    r"(?:all\s+(?:of\s+)?)?(?:its|our|[\w-]+['\u2019]s)\s+(?:other\s+)?(?:products?|"
    r"product\s+(?:lines?|family)|services|offerings)|"
    # "to train, test, validate and improve the Analytics Engine and other Bastionpoint
    # detection products": the students' data serving the vendor's other products
    # ("… and improve SiftQuest and our other Siftwell games")
    # (not the school's own: "… and other apps the School uses")
    r"(?:train|test|validat|improv|develop)\w*\b[^.;]{0,80}?\band\s+(?:(?:our|its|(?:the\s+)?"
    r"contractor['\u2019]s)\s+)?other\s+(?:[\w-]+\s+){0,3}?(?:products|games|apps|titles|programs)\b"
    r"(?![^.;]{0,40}\b(?:school|district|customer|lea|you|students?|teachers?)\s+(?:uses?|has|have|"
    r"chooses?|selects?|licen[cs]es?|buys?)\b)|"
    # "… and the rest of the Maplewood catalog"
    r"\bthe\s+rest\s+of\s+(?:the\s+|our\s+|its\s+)?(?:contractor\s+)?catalog(?:ue)?\b|"
    # "to promote BleacherCast" (its own name read "Contractor"), "to sell passes"
    r"promot\w*\s+(?:the\s+)?contractor|(?:to sell|selling)\s+(?:[\w-]+\s+){0,2}?(?:passes|"
    r"subscriptions|memberships|merchandise|apparel)(?![^.;]{0,40}\bon\s+(?:the\s+)?\w+['\u2019]s"
    r"\s+behalf)|"
    rf"commercial (?:products?|services?|offerings?)|{OTHER_WARES}|{PROMOTES}|"
    # "to feature selected Student Videos … on our social-media channels"
    r"(?:on|in|to)\s+(?:its|our|(?:the\s+)?contractor['\u2019]s)\s+(?:own\s+)?(?:social[- ]media|"
    r"instagram|facebook|youtube|tiktok)|"
    # "to train and improve the JDefine engine, which we also license to court reporters"
    r"(?:which|that)\s+(?:we|it|contractor)\s+(?:also\s+)?(?:licen[cs]es?|sells?)\s+to)\b"
)

# Its other wares sold to the families, which uses their contact details though it says no "use":
# "Keystone may send Students, and their parents or guardians, information about other Keystone
# courses and summer programs".
SENDS = r"\b(?:send|e-?mail|contact|notify|tell|text|message)\b"
# Not across a clause with a modal of its own: "…, and families may opt in to hear about …".
_SAME_CLAUSE = r"(?:(?!,\s*(?:and|but)\s+(?:[\w-]+\s+){0,2}?(?:may|will|can|shall|must)\b)[^.;])"
MARKETS_TO_FAMILIES = (
    rf"\b(?:may|will|can)\s+(?:also\s+)?{SENDS}{_SAME_CLAUSE}{{0,60}}?\b(?:students?|parents?|"
    rf"guardians?|families|account holders|entrants|participants|alumni)\b"
    rf"{_SAME_CLAUSE}{{0,80}}?(?:{OTHER_WARES})"
    # not what the school itself gives them: "additional courses their school has assigned"
    r"(?![^.;]{0,60}\b(?:assigned|(?:the|their|your) (?:school|district|teacher)s? (?:has|have))\b)"
)


# The model agreement's Article IV: "This section does not prohibit Provider from using Student
# Data … (iii) to notify account holders about new education product updates, features or
# services": telling the families of its new products, a use beyond the four.
_NEW_PRODUCT_NOTICES = LazyPattern(
    r"\bnotify\s+account\s+holders\s+(?:about|of)\s+new\b[^.;]{0,40}\b(?:products?|updates|"
    r"features|services|programmes|programs)\b"
)
# … unless the paper takes that licence back: "Section 4.6(ii) and (iii) do not apply",
# "Clauses (ii) and (iii) of Article IV, Section 6 are deleted", "Notwithstanding Article III,
# Section 6, the Provider may use student information only …", "… shall use Student Data only".
_TAKEN_BACK = LazyPattern(
    # ("Clause (iii) of Article III, Section 6 does not apply to Connecticut LEAs")
    r"(?:\(ii\)\s+and\s+|\bclause\s+(?=\(iii\)\s+of\s+(?:article\s+iii|this\s+section)\b))"
    r"\(iii\)[^.;]{0,60}\b(?:do|does|shall|will)\s+not\s+apply\b"
    r"|(?:\(ii\)\s+and\s+|\bclause\s+(?=\(iii\)\s+of\s+(?:article\s+iii|this\s+section)\b))"
    r"\(iii\)[^.;]{0,60}\b(?:are|is)\s+(?:hereby\s+)?"
    r"(?:deleted|struck|removed|void)\b"
    r"|\bnotwithstanding\b[^.;]{0,80}\b(?:may|shall|will)\s+use\s+(?:student\s+)?(?:data|information)\s+only\b"
)


def new_product_notices(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The model agreement's licence to tell account holders of new products, where the
    paper leaves it standing."""
    found = [
        s
        for s in sentences
        if _NEW_PRODUCT_NOTICES.search(low := lowered(s))
        # "does not prohibit Provider from using …" permits; "will not use … to notify" denies
        and (re.search(r"\bnot\s+prohibit", low) or not negated(low, r"\bnotify\b"))
    ]
    if any(_TAKEN_BACK.search(lowered(s)) for s in sentences):
        return []
    return found
