"""Who a sentence binds: the subject of each modal, a duty ("shall", "will") or a right ("may",
"owns"), read as the vendor, the school or the families.

"The District will be notified" binds whoever notifies it (the agent, if named); "Parents of
affected students will be notified" names the parents; "Any subcontractor the District approves
shall be bound" binds the subcontractor; "PixelPal and the Board will each ensure" binds both.
Split from :mod:`.sentences`, which classifies each sentence with it.
"""

from __future__ import annotations

import re
from typing import Literal

from .lazy_pattern import LazyPattern

__all__ = ["DUTY", "PARTY", "Party", "bound_parties"]

Party = Literal["vendor", "school", "parents"]

_VENDOR = (
    r"provider|vendor|contractor|operator|consultant|company|processor|sub-?processor|"
    r"supplier|licensor|service provider|we|us|"
    # a consultant's letter in the first person (not a list's "(i)", "i.e." or "Title I"): "If
    # the School asks me in writing, I will delete …"
    r"(?<!\()(?<!title )(?<!part )(?<!tier )(?<!phase )(?<!level )(?<!grade )(?<!type )"
    r"(?<!schedule )(?<!exhibit )(?<!article )(?<!section )(?<!appendix )i(?![).])"
)
_SCHOOL = (
    r"crec|lea|local education(?:al)? agency|school district|district|board of education|board|"
    r"school|customer|client|institution|subscriber|licensee|educational agency|controller|you|"
    # a regional council ("the Council"), a cooperative's members ("each Participating Entity")
    r"council|participating (?:entity|entities|member|agency|agencies)"
)
_PARENTS = r"parents?|guardians?|eligible students?|students?|families|users?"
PARTY = LazyPattern(
    # "acts as a school official under FERPA" names a role the vendor takes, not the school;
    # "CREC Data shall remain …" and "Customer Data shall be deleted" name the data, not a
    # party: the school's name there is the data's label.
    rf"\b(?P<vendor>{_VENDOR})\b|\b(?P<school>{_SCHOOL})s?\b(?!\s+officials?\b)"
    r"(?!\s+(?:data|records?|information|content|materials?)\b)"
    # "If a court holds any provision of these School Terms invalid, the rest will continue":
    # a document's name, not the school bound
    # (not "the School Contract Administrator", an officer of the school)
    # (not the verb: "The District contracts with outside auditors")
    r"(?!\s+(?:terms|agreements?|addend(?:um|a)|contracts?)\b(?!\s+(?:administrators?|offices?|"
    r"officers?|managers?|departments?|staff|with|for|to)\b))"
    # "only to further school purposes and will not …": a purpose, no party
    r"(?!\s+purposes?\b)"
    rf"|\b(?P<parents>{_PARENTS})\b"
    r"(?!['\u2019]s\b|[-\s]+(?:data|records?|information|personal|pii|generated|content|"
    # "Student work product shall be …" names the work, not a student bound to do anything
    r"work|works|creations?|projects?|submissions?|portfolios?|assignments?))"
)
# "agrees that", like "acknowledges that", states what both accept; it binds no one.
DUTY = LazyPattern(
    r"\b(?:shall|will|must|agrees?(?! that)|undertakes?|commits?|promises?|warrants?|"
    r"certifies|covenants?|represents?|is (?:required|obligated|responsible)|"
    # a party's own statement: "The Host tells the Artist that it is subject to FERPA" (not a
    # step of a procedure: "the parent tells Tidewater what should be changed")
    # (its own state, not another's: "The District acknowledges that Acme owns …" binds Acme)
    # (what it is: "… that it is subject to FERPA"; not "… that it will be notified by Maplewood")
    r"tells(?=\s+(?:[\w-]+\s+){1,3}?that\s+(?:it|they)\s+(?:is|are)\s+(?!\w+ed\s+by\b))|"
    r"(?:acknowledges|confirms)(?=\s+that\s+(?:it|they)\s+(?:is|are)\s+(?!\w+ed\s+by\b))|"
    r"are (?:required|obligated|responsible)|won't|cannot)\b"
)
_RIGHT = LazyPattern(
    r"\b(?:may|can|has the right|have the right|is entitled|are entitled|retains?|owns?|"
    r"holds?|keeps? (?:all )?(?:rights?|ownership|title))\b"
)
# A school's "duty" that is really its right: "The District shall retain ownership …" (not
# "The District will keep its own education records for seven years", a duty of its own).
_RIGHT_VERB = LazyPattern(
    r"^\s*(?:not\s+)?(?:be entitled|own|have|hold|remain|continue to (?:own|hold)|"
    r"(?:retain|keep|maintain)\s+(?:the\s+)?(?:all\s+|full\s+|sole\s+|exclusive\s+)*(?:(?:the\s+)?rights?|"
    r"ownership|title|control)|retain\b(?!\s+(?:its|their|the)\s+own\b)|"
    r"be (?:and remain )?the (?:sole )?owner)"
)
# Commas around an aside between a subject and its modal: "Provider, upon request, shall".
_ASIDE = LazyPattern(
    r",\s*(?:upon|at|on|within|following|after|if|when|unless|except|in|with|without|"
    r"subject|as|to the extent|where|promptly|immediately|for|under|by|notwithstanding)\b"
    r"[^,;]{0,100},"
)
# The party named in a relative clause is not the subject of the modal after it: in "Any
# subcontractor the District approves shall be bound", the subcontractor is bound; in "All
# student-generated content … that a student writes or uploads, shall be the property of the
# student", the content is what the sentence settles.
# Where a relative clause's verb is done, up to the comma before the modal: "… in DoseDrill, "
# (and a second place: "… drawings students send to donors through the Services, shall be …")
_PLACE = r"\s+(?:the\s+|an?\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?"
_WHERE_DONE = rf"{_PLACE}(?:\s+(?:in|on|with|through|during|using|at|to|via){_PLACE})?\s*,\s*$"
_RELATIVE_VERB = LazyPattern(
    r"^\s+(?:\w+ly\s+)?(?!is\b|has\b|was\b)\w+(?:s|ed)"
    r"(?:\s+(?:or|and)\s+(?!is\b|has\b|was\b)\w+(?:s|ed))?\s*,?\s*$"
    # "… the notes a student creates in DoseDrill, shall be …": the clause's verb in the
    # present, with where it is done (not "a student enrolled in the course shall", the subject)
    r"|^\s+(?:\w+ly\s+)?(?!is\b|has\b|was\b|does\b)\w+s\s+(?:in|on|with|through|during|"
    rf"using|at){_WHERE_DONE}"
)
# … and a student's or a parent's, done to or for something: "… the text and drawings a
# student adds to a chain link, shall be …", "… clips a parent uploads for a screening
# activity, shall be …" (not "Any teachers the School sends to the workshop, will …", the
# school's own people)
_FAMILYS_RELATIVE_VERB = LazyPattern(
    rf"^\s+(?:\w+ly\s+)?(?!is\b|has\b|was\b|does\b)\w+s\s+(?:to|for|into|onto){_WHERE_DONE}"
)
# "… any messages students attach to a ticket, shall be …": the verb of students, pupils or
# users in the plural (not "Staff the District brings to the session, shall …", the school's).
_PLURALS_RELATIVE_VERB = LazyPattern(
    r"^\s+(?:\w+ly\s+)?(?!(?:are|were|have|do|did|be|may|can|shall|will|must)\b)[a-z]+(?<!s)\s+"
    rf"(?:in|on|with|through|during|using|at|to){_WHERE_DONE}"
)


def bound_parties(text: str) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The parties ``text`` binds by a duty ("shall", "will", "agrees", "must") and those it
    gives a right ("may", "has the right to", "retains", "owns"), each as the subject of its
    modal; first-person "we" and "our" speak for the vendor."""
    # ("You're responsible for complying with FERPA", "The School's responsible …": the
    # contraction read as its words)
    low = _ASIDE.sub(",", text.casefold())
    for short, full in (("re", "are"), ("ll", "will"), ("ve", "have")):
        low = re.sub(rf"\b(you|we|they)['\u2019]{short}\b", rf"\1 {full}", low)
    low = re.sub(r"['\u2019]s\s+(?=responsible\b)", " is ", low)
    duties: list[Party] = []
    rights: list[Party] = []
    for modal in re.finditer(f"{DUTY.pattern}|{_RIGHT.pattern}", low):
        subject = _subject(low[: modal.start()])
        # (read in place: a statement's verb is a duty only before what it states)
        duty = DUTY.match(low, modal.start())
        is_duty = duty is not None and duty.end() == modal.end()
        if is_duty and _CONSENT_AS_CONDITION.search(low, 0, modal.end()):
            continue  # "… but only if the School agrees in writing first": a condition
        if is_duty and "vendor" not in subject and _RIGHT_VERB.match(low[modal.end() :]):
            is_duty = False
        elif is_duty and subject and "vendor" not in subject:
            subject = _passive_agent(low[modal.end() :], subject)
        if is_duty and re.match(r"\s*(?:each|both|jointly)\b", low[modal.end() :]):
            # "PixelPal and the Board will each ensure …": a duty of each party, the
            # vendor's too, however the vendor is named.
            subject = (*subject, "vendor")
        (duties if is_duty else rights).extend(subject)
    if re.search(r"\b(?:we|our)\b", low) or (not duties and _opens_with_vendor(low)):
        duties.append("vendor")  # "Provider encrypts …", "Provider's program includes …"
    return tuple(dict.fromkeys(duties)), tuple(dict.fromkeys(rights))


# A party's agreement as the condition of another's act, not its duty: "… may teach a session
# in my place, but only if the School agrees in writing first".
_WHO_AGREES = r"(?:(?!shall\b|will\b|must\b)\w+\s+){1,4}agrees?$"
_CONSENT_AS_CONDITION = LazyPattern(
    rf"\b(?:if|until|once|after|provided that)\s+{_WHO_AGREES}"
    # "No one else may lead the class … unless the School agrees in writing": after a denial,
    # the school's consent (not "… may lead the class in my place, unless the School agrees
    # that I must cancel", an objection that stops what is allowed)
    # (another's doing denied, not "I will not reschedule a class unless the School agrees")
    r"|\b(?:no\s+one|nobody|(?:a|any|no)\s+(?:substitute|other|another)\b[^.;]{0,30}\b(?:may|can|will)"
    rf"\s+not)\b[^.;]{{0,80}}\bunless\s+{_WHO_AGREES}"
)


# "The District will be notified of any breach": the one named before a passive modal is
# the one acted on, not the one bound; the agent ("by the Vendor"), if named, is bound.
_PASSIVE = LazyPattern(
    r"\s+(?:not\s+)?be\s+(?:\w+ly\s+)?(?:\w+ed|sent|given|told|made|kept|held|paid|sold|"
    r"shown|known)\b"
)


def _passive_agent(after: str, subject: tuple[Party, ...]) -> tuple[Party, ...]:
    """The party a duty in the passive binds: its agent, or no one named (the vendor too)."""
    passive = _PASSIVE.match(after)
    if passive is None:
        return subject
    agent = re.match(r"[^.;]{0,60}?\bby\s+(?:the\s+)?(\w+)", after[passive.end() :])
    named = PARTY.fullmatch(agent.group(1)) if agent else None
    return (_party(named.lastgroup or ""),) if named else ()


def _opens_with_vendor(low: str) -> bool:
    """A statement in the present tense whose subject is the vendor or its own practice."""
    opening = " ".join(re.sub(r"^\W*(?:\(?\w{1,4}[.)]\s+)?", "", low).split()[:3])
    match = PARTY.search(opening)
    return match is not None and match.lastgroup == "vendor"


# A party named as the object of a preposition is not the subject of the modal after it:
# in "Contractor does not show ads to students and will never …" the contractor is bound, and
# in "Tips submitted by students shall be …" the tips are the subject.
_DETERMINER = r"(?:(?:the|its|their|all|any|each|every|affected|such|a|an)\s+)?"
_OBJECT_OF = LazyPattern(
    # not "Each of the Participating Entities shall …", whose subject it is
    r"(?<!\beach )(?<!\ball )(?<!\bany )(?<!\beither )(?<!\bnone )(?<!\bboth )(?<!\bsome )"
    rf"(?<!\bneither )\b(?:to|for|from|with|about|of|by|than|in|on|into|within)\s+{_DETERMINER}$"
)
# Only a prepositional phrase between a party and the next: "Parents of affected students".
# ("Each school in the District will …": the school, its head)
_PHRASE_ONLY = LazyPattern(rf"\s*(?:of|for|from|with|to|about|in|on|into|within)\s+{_DETERMINER}")


_NAMES_THE_DATA = LazyPattern(r"\s+(?:personal\s+)?(?:data|information|content|records?)\b")


def _subject(before: str) -> tuple[Party, ...]:
    """The parties named just before a modal, within its clause: the nearest one not in the
    possessive ("the District's data shall" binds no one named) nor after a preposition
    ("… to students and will …" names none), with any joined to it ("Contractor and CREC
    shall each")."""
    clause = re.split(r"[;:]|,\s*(?:and|but|or)\s+|\bthat\b|\bwhich\b|\bwho\b", before)[-1]
    window = " ".join(clause.split()[-8:])
    # (nor a name the data bear: "… does not sell Customer Personal Data and shall not …")
    mentions = [
        m
        for m in PARTY.finditer(window)
        if not re.match(r"['\u2019]s\b", window[m.end() :])
        and not _NAMES_THE_DATA.match(window[m.end() :])
    ]
    if not mentions or _relative_clause(mentions[-1], window[mentions[-1].end() :]):
        return ()
    if _OBJECT_OF.search(window[: mentions[-1].start()]):
        # "Parents of affected students will be notified": the head before the phrase is the
        # subject; "… to students and will never …" names none
        head = mentions[-2] if len(mentions) > 1 else None
        between = window[head.end() : mentions[-1].start()] if head else ""
        if head is None or not _PHRASE_ONLY.fullmatch(between):
            return ()
        mentions.pop()
    subject = [mentions[-1]]
    for earlier in reversed(mentions[:-1]):
        between = window[earlier.end() : subject[-1].start()]
        # "Contractor and CREC shall", "Company and each District shall"
        joined = r"\b(?:and|or|&)\s+(?:(?:the|each|every|its|their)\s+)?"
        if not re.fullmatch(r"[\s\w()\"\u201c\u201d]{0,30}?" + joined, between):
            break
        subject.append(earlier)
    return tuple(dict.fromkeys(_party(m.lastgroup or "") for m in reversed(subject)))


def _relative_clause(mention: re.Match[str], after: str) -> bool:
    """Whether the party named just before a modal is the subject of a relative clause
    between them, not of the modal: "Any subcontractor the District approves shall …"."""
    family = mention.lastgroup == "parents"
    plural = family and mention.group(0).endswith("s")
    return bool(
        _RELATIVE_VERB.match(after)
        or (plural and _PLURALS_RELATIVE_VERB.match(after))
        or (family and _FAMILYS_RELATIVE_VERB.match(after))
    )


def _party(group: str) -> Party:
    parties: dict[str, Party] = {"vendor": "vendor", "school": "school", "parents": "parents"}
    return parties[group]
