"""Provision 2: what a deletion on request keeps back ("…, excluding transaction histories, which
Vendor retains for seven years", "Recordings kept under Section 5 are not affected by such a
request"), and what it may keep without keeping any of the students' data (what the law
requires, figures that identify no one, backups in their course).
"""

from __future__ import annotations

import re

from ..exceptions import SAVE
from ..lazy_pattern import LazyPattern
from ..lexicon import IN_CLAUSE, LEA, NO_ONE, PROVIDER, negated
from .deletion_requests import ERASE

__all__ = ["KEPT_BACK", "kept_back"]

_EXCEPT = r"(?:except(?:ing)?(?: for)?|excluding|but not)"
# What an exception to a deletion may name without keeping a class of the data back: the law's
# case, data that identify no one, backups (overwritten in their course, as provision 7 reads).
_NOT_A_CLASS = (
    r"(?:for\s+)?(?:as\b|to the extent\b|where\b|if\b|when\b|that\b)"
    rf"|[^.;,]{{0,60}}(?:{NO_ONE}|\blaws?\b|\blegal\w*|\blitigation hold|\bback-?ups?\b|"
    r"\barchival\b|"
    r"\bidentif(?:y|ies) no\b|identifiers? (?:has|have) been removed)"
)
# Tied to a student: "…, which may be linked to a device identifier", "… tied to a device
# identifier", "…, which may include a student's IP address and device identifier".
_LINKED = (
    r"(?:,?\s+(?:which|that)\s+(?:may\s+be|are|is|can\s+be)\s+|\s+(?<!\bnot\s))(?:linked|tied|connected)\s+to\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:identifiers?|student\s+accounts?|students?|users?|"
    r"players?)\b"
    r"|,?\s+(?:which|that)\s+(?:may\s+)?includes?\s+(?:an?\s+|the\s+)?(?:student|user|player)"
    r"['\u2019]?s?\s+[^.;]{0,40}?\bidentifiers?\b"
)
_FOR_MONTHS = r"\bfor\s+(?:up\s+to\s+|a\s+period\s+of\s+)?(?:[\w()-]+\s+){1,2}(?:months?|years?)\b"
# The school that keeps its own copies: "copies held by the Host may be kept by the Host".
_THE_SCHOOL = r"(?:the\s+)?(?:school|district|host|crec|lea|customer)"
_NOT_BILLING = r"(?!(?:the\s+|our\s+|its\s+)?(?:billing|invoices?|payment|accounting|tax)\b)"
# Some of the data kept back from a deletion: "may retain archival copies", "glossaries
# derived from the records are not subject to deletion".
KEPT_BACK = LazyPattern(
    r"\bmay (?:retain|keep)\b|\bnot (?:be )?subject to (?:deletion|destruction|erasure)\b|"
    r"\b(?:excluded|exempt) from (?:deletion|destruction|erasure)\b"
    # "…, excluding transaction histories, which Vendor retains for seven years"
    # "…, other than Clinical Records that Section 9.2 requires it to keep"
    rf"|\b(?:{_EXCEPT}|other than)\b{IN_CLAUSE}{{0,80}}"
    r"\b(?:retain|retains|keeps?|retained|kept)\b"
    # "…, save that ergometer scores and race times may be kept for club records" (not the
    # school's own copies, a copy of the request, what a law or rule keeps, nor backups but
    # those kept indefinitely)
    rf"|\b(?:{SAVE}|except|but|provided)\s+that\s+(?!{_THE_SCHOOL}['\u2019]s\b|(?:a\s+|one\s+)?"
    rf"cop(?:y|ies)\s+of\s+(?:the|this|each|a)\s+request|[^.;]{{0,40}}\bheld\s+by\s+{_THE_SCHOOL}\b)"
    r"[^.;]{0,80}\b(?:(?:may|can)\s+be\s+(?:kept|retained)|may\s+(?:hold\s+on\s+to|keep|retain))\b"
    rf"(?!\s+by\s+{_THE_SCHOOL}\b)"
    r"(?![^.;]{0,60}\b(?:laws?|legal\w*|statut\w*|requires?|required|regulat\w*|rules)\b)"
    r"(?!(?=[^.;]{0,60}\bback-?ups?\b)(?![^.;]*\bindefinitely\b))"
    # "…, apart from attendance sheets, which the studio keeps for its own records"
    r"|\bapart\s+from\s+[^.;,]{1,60},\s+which\s+(?:the\s+|my\s+|our\s+)?[\w-]+\s+(?:keeps|retains)\b"
    # "Item responses will be retained in de-identified form"
    r"|\b(?:will|shall) (?:still )?be (?:retained|kept)\b(?![^.;]{0,40}\bonly until\b)"
    # a class of the data left out of the deletion: "will delete Student Data other than
    # Clinical Records" (not "except as the law requires", nor data that identify no one)
    rf"|\b{ERASE}\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:data|records|information)\s*,?\s+"
    rf"(?:other than|{_EXCEPT})\s+(?!{_NOT_A_CLASS})"
    # … and a class named at the end of the promise: "will delete the Client Materials … and
    # confirm the deletion in writing, except for the Verification File", "except Portfolio
    # Recordings, which stay available to the student"
    # ("… will destroy the Student Information it holds, other than portfolio photographs")
    rf"|\b{ERASE}\b{IN_CLAUSE}{{0,160}},\s+(?:{_EXCEPT}|other than)\s+(?!{_NOT_A_CLASS})"
    r"(?:(?:the|its|any|all)\s+)?(?:[\w-]+\s+){0,3}?(?:files?|records?|recordings?|results?|"
    r"data|information|materials|content|portfolios?|reports?|logs?|archives?|videos?|photos?|"
    r"photographs?|"
    r"images?|profiles?|submissions?)\b"
    # "Tournament Results that have already been published stay … and are not deleted", "…
    # within a week, except anything that has already been posted to my website"
    # ("Observations already published … are de-identified but not removed", "… remain on the
    # map in de-identified form", "… will be anonymised rather than deleted"; what the vendor
    # published, not what the school has published on its own site)
    r"|(?<!school has )(?<!host has )(?<!district has )(?<!customer has )\b(?:published|posted)\b"
    r"[^.;]{0,60}(?:\b(?:are|is)\s+(?:[\w-]+,?\s+(?:but\s+)?)?not\s+(?:deleted|removed)\b"
    r"|\b(?:remain|stay)s?\b[^.;]{0,40}\b(?:de-?identified|anonymi[sz]ed)\s+form\b"
    r"|\b(?:de-?identified|anonymi[sz]ed)\s+(?:rather\s+than|instead\s+of)\s+(?:deleted|removed)\b)"
    # ("except anything we've already posted", "except photos already posted")
    rf"|\b(?:{_EXCEPT})\s+(?:for\s+)?(?!as\b)(?:[\w'\u2019-]+\s+){{0,4}}?(?:already\s+)?"
    r"(?:been\s+)?(?:posted|published|shared)\b"
    # a class of records the vendor keeps for years beside the promise: "Investigator will
    # retain the Working File for seven (7) years" (not its own books, "its payroll records",
    # a log of requests, a certificate kept "on file", nor what the school keeps), or one the
    # promise "does not apply to" ("… to my clinical records", not "… held by the School")
    rf"|(?:{PROVIDER}|\bi|\bit)\s+(?:will|shall)\s+(?:retain|keep)\s+"
    r"(?!(?:its|our|my|the|all)?\s*(?:billing|invoices?|financial|accounting|payment|payroll|"
    r"tax|employment|personnel|insurance|time|logs?)\b)"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:records?|(?<!\bon\s)files?|notes|recordings?|copies|data|"
    r"working\s+papers)\b[^.;]{0,40}?\bfor\s+(?:at\s+least\s+)?(?:[\w()-]+\s+){1,2}years?\b"
    # records tied to a student kept for their own period beside the deletion: "We keep usage
    # logs and gameplay analytics, which may be linked to a device identifier, for up to 24
    # months", "Usage logs tied to a device identifier are kept for up to 24 months" (not the
    # billing records tied to a teacher's or the school's account)
    rf"|(?:{PROVIDER}|\bwe|\bi)\s+(?:will\s+|shall\s+)?(?:retain|keep)s?\s+{_NOT_BILLING}"
    rf"[^.;]{{0,60}}?{_LINKED}[^.;]{{0,20}}?{_FOR_MONTHS}"
    rf"|(?<![\w-]\s){_NOT_BILLING}\b(?:[\w-]+\s+){{0,3}}?(?:logs?|analytics|data|records|information)"
    rf"{_LINKED}[^.;]{{0,20}}?\b(?:are|is)\s+(?:kept|retained|stored)\b[^.;]{{0,20}}?{_FOR_MONTHS}"
    rf"|\bdoes\s+not\s+apply\s+to\s+(?!{_NOT_A_CLASS})(?:(?:my|our|its|the|any)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:records|notes|files|recordings)\b"
    rf"(?![^.;]*\b(?:held|kept|maintained|stored)\s+by\s+(?:the\s+)?{LEA})"
)


def kept_back(low: str) -> bool:
    """Some of the data kept back from the deletion asked for ("…, except for transaction
    histories, which Vendor retains for seven years"), but not by the law's own exception
    ("except for data that state or federal law requires Provider to retain")."""
    if _SPARED.search(low):
        return True
    # (what identifies no one, said so, is no student data kept: "…, except that we may keep
    # aggregated statistics that do not identify any Player")
    low = _KEEPS_NO_ONE.sub("", low)
    return (
        bool(KEPT_BACK.search(low))
        # (an exception's "but not" denies the deletion, not the keeping: "will delete the
        # lists, but not performance photographs, which are kept in our archive")
        and not negated(
            re.sub(r"\bbut not\b(?!\s+(?:to\s+)?(?:keep|retain|hold|store)\b)", "but", low),
            r"\b(?:retain\w*|kept|keeps?)\b",
        )
        and not _LAW_KEEPS.search(low)
    )


# (figures of the whole that identify no one, nothing listed beside them and nothing after: not
# "game records that do not identify any student by name", nor "backups and aggregated
# statistics …")
_KEEPS_NO_ONE = LazyPattern(
    r",?\s*(?:except\s+(?:that\s+)?)?(?:we|i|contractor)\s+may\s+(?:retain|keep)\s+"
    r"(?:(?:aggregated?|de-?identified|anonymi[sz]ed)\s+(?:(?!and\b)[\w-]+\s+){0,2}?"
    r"(?:statistics|data|totals|counts|information|figures)|(?:(?!and\b)[\w-]+\s+)?(?:statistics|"
    r"totals|counts|figures))\s+(?:that|which)\s+(?:do(?:es)?\s+not|no\s+longer)\s+"
    r"identif(?:y|ies)\s+(?:any|a|an)\s+[\w-]+(?=\s*(?:[.;]|$))"
)
# "Recordings and photographs kept under Section 5 are not affected by such a request"
_SPARED = LazyPattern(
    r"\b(?:recordings?|photo(?:graph)?s?|videos?|data|information|records|lists?|notes|files)\b[^.;]{0,60}"
    r"\b(?:are|is)\s+not\s+affected\s+by\s+(?:such\s+an?|such|an?|any|the|this)\s+(?:request|deletion)\b"
    # "Field Journals and Route Submissions remain in the Class Atlas until the end of the Term"
    # (the rest kept to the term's end, not "… stays on our servers until the deletion is
    # complete")
    r"|\b(?:remain|stay)s?\s+(?:in|on|with)\s+[^.;]{1,40}?\buntil\s+the\s+end\b"
)
_LAW_KEEPS = LazyPattern(r"\blaws?\b[^.;]{0,30}\brequires?\b|\brequired\b[^.;]{0,40}\blaws?\b")
