"""Where targeted advertising is shown: on the vendor's own service (15(a)) or elsewhere, on
other websites and apps (15(b)). Kept apart from the bans (:mod:`.ad_bans`) that read them.
"""

from __future__ import annotations

__all__ = ["ELSEWHERE_VENUES", "OWN_VENUE"]

# The operator's own service, however it is named: "on its website", "within the Services",
# "inside Contractor Classroom", "on the Tallyho Math website", the service by its name set
# against every other ("on Emperor Atlas or any other Rookery website"); never "on any other
# website" or "on third-party sites" alone (15(b)'s), nor where the data came from ("acquired
# through …").
_VENUE_NOUNS = (
    r"(?:websites?|online services?|services?|applications?|apps?|platforms?|sites?|products?)"
)
OWN_VENUE = (
    # (where ads run, never where the data are held: "Student Data held in PackRange")
    r"(?<!acquired )(?<!collected )(?<!obtained )(?<!gathered )(?<!received )(?<!generated )"
    r"(?<!stored )(?<!held )(?<!kept )(?<!maintained )\b"
    r"(?:"
    # (not any website but the vendor's own: "on any Lupine website", the name read "Contractor")
    r"(?:on|in|within|inside|through)\s+(?!(?:any\s+)?other\b|third|any\b(?!\s+contractor\b)|every\b|"
    r"partner)(?:any\s+(?=contractor\b))?"
    r"(?:(?:its|our|the|their|this)\s+)?(?:own\s+)?(?:contractor\b|(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:websites?|online services?|services?|applications?|apps?|platforms?|sites?|"
    r"products?|classroom|software|portal|extension|accounts))\b|\b(?:its|our) own\b"
    # the service by its name, set against every other: "on JigBench or on any other website",
    # "whether in Hamperly or elsewhere"
    # ("on PackRange or any Lupine website", the vendor's own beside it)
    # ("on Emperor Atlas or any other Rookery website", a name of words and the brand's own)
    # (a name, not "on other websites or any other apps", "on third-party websites or …")
    r"|\b(?:on|in|within)\s+(?!(?:other|third|partner|every|their|affiliated)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?=\s+or\s+(?:on\s+|in\s+)?"
    r"(?:any\s+other\s+(?:[a-z][\w-]*\s+)?(?:websites?|"
    rf"online|services?|applications?|apps?)|elsewhere|anywhere\s+else|(?:any\s+)?contractor\s+"
    rf"{_VENUE_NOUNS})\b)"
    r")"
)
ELSEWHERE_VENUES = (
    r"\b(?:persistent (?:unique )?identifiers?|other (?:websites?|sites|services|online "
    r"services?|applications|apps)|third[- ]party (?:sites?|websites?|services|apps)|"
    r"partner (?:sites?|websites?)|elsewhere|any other|anywhere else|across the (?:web|internet))\b"
)
