"""The school's way to ask for deletion (provision 2), told apart from a family's or a
user's own.

A parent who "may delete a child's account from Settings", a user who "can delete individual
projects or your whole account", or "We will verify the request and delete it" after a
parent's request gives the school no means to ask; a deletion the school may stop ("unless
Customer asks otherwise") is provision 7's, not a request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, PARENTS, PROVIDER, lowered, negated
from ..reader import Sentence

__all__ = ["ERASE", "ONLY_IF_ASKED", "REFUSABLE", "school_asks"]

ERASE = r"(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*|shred\w*)"
# The school asking for deletion, or deleting for itself.
_ASKED = LazyPattern(
    rf"\b(?:request\w*|direct\w*|instruct\w*|ask\w*|wants?)\b[^.;]{{0,60}}\b{ERASE}"
    # the school's wish for the data gone ("If the school would like a class list deleted
    # sooner, just email me"), not for a copy before they go ("If you'd like a copy of
    # anything before we delete it, just ask")
    r"|\b(?:would\s+like|['\u2019]d\s+like)\s+(?:(?:us|me|the\s+\w+)\s+to\s+"
    rf"{ERASE}|(?:(?!\bbefore\b)[^.;]){{0,60}}?\b(?:deleted|destroyed|erased|disposed\s+of)\b)"
    # in plain words: "can ask us to remove its students' records", "If you'd like us to get
    # rid of anything sooner, email us"
    r"|\b(?:ask\w*|request\w*|would\s+like|['\u2019]d\s+like|wants?)\s+(?:us|me|the\s+\w+|contractor)\s+"
    r"to\s+(?:remove|get\s+rid\s+of)\s+(?:anything|everything|(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:records?|data|information|lists?|rosters?|photos?|images?|recordings?|files?|"
    r"submissions?|entries|teams?|accounts?|profiles?|students))\b"
    # (not taken off a page or a roster: "remove a student's profile from the public
    # leaderboard", "remove students from a class roster")
    r"(?![^.;]{0,40}?\bfrom\s+(?:the\s+|a\s+|its\s+)?(?:public|class|leaderboard|results?|roster|"
    r"page|display|team))"
    # "may at any time request in writing (an email to the Consultant's principal is
    # sufficient) that the Consultant delete Student Data it holds"
    rf"|\brequest\w*\s+(?:in writing\s+)?\([^)]{{0,100}}\)\s+that\s+[^.;]{{0,40}}\b{ERASE}"
    # "CREC may at any time require the University to destroy all or any part of the Data",
    # "CREC may ask me at any time, by e-mail to … or by letter, to delete …"
    rf"|\b(?:may|can)\s+(?:[\w,]+\s+){{0,8}}?(?:require|direct|ask|instruct)\b"
    rf"(?:[^.;]|\.(?=\w)){{0,160}}?"
    rf"\bto\s+(?:\w+\s+)?{ERASE}"
    # ("… within ten days of receiving the School's written request")
    rf"|\b{ERASE}\b[^.;]{{0,60}}\b(?:upon|on|at|after|following|of receiving|after receiving) "
    r"(?:the |a |its |any )?"
    rf"(?:\w+['\u2019]s )?(?:written )?(?:request|direction|instruction)"
    # The school deletes it itself: "School administrators can delete a student's data at
    # any time from the dashboard".
    rf"|\b(?:{LEA}|administrators?|teachers?)\b[^.;]{{0,40}}\b(?:can|may)\s+(?:\w+\s+)?{ERASE}"
    # "Upon written request from the LEA, using the form …, Provider shall dispose of …"
    # (under a clause's number of any depth: "12.1 Upon the School's written request …")
    rf"|^\W*(?:\(?\w{{1,4}}[.)]\s*|\d+(?:\.\d+)+\.?\s+)?"
    rf"(?:upon|on|at|after|following|in response to) "
    rf"(?:the |a |its |any )?(?:\w+['\u2019]s )?(?:written )?(?:request|direction|instruction)"
    rf"[^;]{{0,200}}?"
    rf"\b(?:shall|will|must|agrees? to)\s+(?:promptly\s+)?{ERASE}"
    # "… delete Student Data when the District asks"
    rf"|\b{ERASE}\b[^.;]{{0,60}}\b(?:(?:when|whenever|if|as)\s+(?:the\s+)?\w+|(?:after|once)\s+"
    rf"(?:the\s+)?{LEA})\s+(?:asks|requests|"
    rf"directs|instructs)\b"
    # self-service: "Schools can delete … from the Admin Console at any time"
    rf"|\b(?:can|may)\s+(?:\w+\s+){{0,2}}?{ERASE}\b[^.;]{{0,80}}\b(?:console|dashboard|portal|"
    rf"settings|admin\w*)\b"
    # "… at the end of the final workshop, and sooner if the Presenter asks me to in writing"
    # (the school by its role in a consultant's form too: "the Presenter", "the Host")
    rf"|\b{ERASE}\b[^.;]{{0,100}}\b(?:sooner|earlier)\s+(?:if|when|whenever)\s+(?:the\s+)?"
    rf"(?:{LEA}|presenter|host|organi[sz]er|sponsor|venue)\s+"
    r"(?:asks|requests|directs)\b"
    # "Deletion requests should be sent to privacy@…"
    rf"|\b{ERASE}\s+requests?\b(?!\s+(?:means|shall mean))"
    # in plain words: "If you would like us to delete them sooner, just ask", "If you'd like
    # anything deleted sooner, just let me know"
    rf"|\b(?:would|['\u2019]d)\s+like\s+(?:(?:us|me)\s+to\s+{ERASE}|(?:[\w-]+\s+){{0,2}}{ERASE})\b"
    rf"[^.;]{{0,40}}\bjust\s+(?:ask|"
    rf"let\s+(?:me|us)\s+know|tell\s+(?:me|us)|e-?mail)\b"
    # "To delete Student Data, an administrator may submit a ticket …"
    rf"|^\W*to {ERASE}\b[^.;]{{0,100}}\b(?:may|can|should|must)\s+(?:submit|send|e-?mail|"
    rf"contact|request|use|open|file|ask|write)\b"
    # "To delete all of the School's data, email support@…"
    # (not "…, contact your School administrator": the school's own deletion)
    rf"|^\W*to (?:have\s+[^.;,]{{0,60}}\s+)?{ERASE}\b[^.;]{{0,100}}?,\s*(?:please\s+|simply\s+)?"
    rf"(?:e-?mail|contact|write to|call|submit|send|reach out to)\b"
    rf"(?!\s+(?:your|the|a)\s+(?:child['\u2019]s\s+)?(?:school|teacher|district|"
    rf"(?:school\s+)?administrator|lea|educational institution)\b)"
)

# "… and will provide written certification of deletion on request": the certificate is
# what is asked for, not the deletion.
# So is a confirmation: "… and will confirm the deletion by email on request".
_CERTIFICATE_ON_REQUEST = LazyPattern(
    r"\b(?:certificat\w*|confirm\w*)\s+(?:of\s+)?(?:the\s+|such\s+)?(?:deletion|"
    r"destruction|disposal)\s+(?:by\s+e-?mail\s+|in\s+writing\s+)?(?:up)?on\s+(?:\w+\s+)?"
    r"request\b"
)

# The school may stop a deletion, not ask for one: "Unless Customer asks otherwise, Provider
# will delete … after termination" (provision 7).
_UNLESS_ASKED = LazyPattern(
    r"\bunless\b[^.;]{0,40}\b(?:asks?|requests?|directs?|instructs?)\s+otherwise\b|"
    r"\bunless\s+otherwise\s+(?:requested|directed|instructed)\b"
)
# Deletion the family does itself ("A parent may delete a child's account from Settings") is
# no means for the school to ask for it.
_FAMILY_DELETES = LazyPattern(
    # ("A parent who has linked a Family Account can delete …"; not "Parents, teachers and
    # school administrators can delete …", the school's means too)
    rf"^\W*(?:\(?[\w.]{{1,8}}[.)]?\s+)?(?:an?\s+|the\s+|each\s+|any\s+)?{PARENTS}\b"
    # (nor "Parents and the School can request deletion", the school's means beside theirs)
    r"(?:(?!\b(?:administrators?|admins?|teachers?|staff)\b|\b(?:and|or)\s+(?:the\s+)?(?:school|"
    r"district|customer|institution|lea|crec)\b)[^.;]){0,40}"
    r"\b(?:can|may)\b"
    # any user of the service deleting what is its own: "Any Participant may delete his or
    # her own profile"
    r"|\b(?:can|may)\s+(?:\w+\s+)?(?:delete|remove|erase)\s+(?:his|her|their|his or her|its)\s+"
    r"own\b"
    # the reader's own account in a table of what "you" may do: "What you want to do: Delete
    # your account — How: Settings > Account > Delete account"
    r"|^\W*(?:what\s+(?:you|i)\s+want\s+to\s+do\s*:\s*)?(?:delete|close|remove)\s+(?:your|my)\s+(?:own\s+)?"
    r"(?:accounts?|profiles?)\b"
    # "Riders can delete any Clip, or their whole account, from Settings"
    # (not "School administrators can delete any student's records, or their entire account")
    r"|^(?:(?!\b(?:schools?|district|administrators?|admins?|teachers?|lea|crec|customer)\b)"
    r"[^.;]){0,60}?\b(?:can|may)\s+(?:\w+\s+)?(?:delete|remove|erase)\b[^.;]{0,40}\b(?:their|"
    r"his or her|his|her)\s+(?:own\s+|whole\s+|entire\s+)?(?:accounts?|profiles?)\b"
    # whoever holds a login closing it: "A teacher or student who holds a login can delete the
    # account for that login" (not the school's staff deleting records, nor after the school's
    # own request in the sentence)
    r"|^(?:(?!\b(?:school|district|lea|customer|crec)\b)[^;])*?\bwho\s+(?:holds?|has|have)\s+"
    r"(?:an?\s+|their\s+own\s+)?(?:logins?|accounts?)\b[^.;]{0,30}\b(?:can|may)\s+(?:delete|close|"
    r"remove|erase)\s+(?:the\s+accounts?\s+for\s+(?:that|those|the|their)\s+logins?|"
    r"(?:their|his or her|that)\s+(?:own\s+)?(?:accounts?|logins?))\b"
)


def _answers_a_familys_ask(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether ``sentence`` answers the family's request the one before it makes: "A parent
    may ask us to delete the account. We will verify the request and delete it within thirty
    (30) days" gives the school no means to ask."""
    at = sentences.index(sentence)
    # (the teacher asked about it is not the school asking: "We check each request with the
    # student's teacher before deleting anything")
    low = re.sub(rf"\bwith\s+(?:the\s+|your\s+)?(?:student['\u2019]s\s+|child['\u2019]s\s+)?"
                 rf"(?:[\w-]+\s+)?(?:teachers?|{LEA}|school\s+staff|staff|administrators?)\b", " ",
                 lowered(sentence))  # fmt: skip
    if (
        not at
        or not re.search(r"\b(?:the|that|such|this|each|every|these|those)\s+requests?\b", low)
        or re.search(_THE_SCHOOL, low)
    ):
        return False
    before = lowered(sentences[at - 1])
    return (
        sentences[at - 1].paragraph == sentence.paragraph
        and bool(_FAMILY_ASKS.search(before) or _FAMILY_DELETES.search(before))
        and re.search(rf"\b{ERASE}", before) is not None
        and not re.search(_THE_SCHOOL, before)
    )


# A family's or user's own request ("Users may request deletion of their personal
# information by emailing …", "To request deletion, a parent may contact us") is no means
# for the school, unless the school is named too.
_FAMILY_ASKS = LazyPattern(
    rf"\b(?:{PARENTS}|users?|individuals?|account holders?)\b[^.;]{{0,30}}"
    r"\b(?:can|may|should|must)\b"
    # "You can delete your account in Settings", "You may ask us to delete your Account":
    # a user's own account, whoever "you" is
    r"|\byou\s+(?:can|may)\s+(?:\w+\s+){0,3}?(?:delete|erase|close)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:or\s+)?your\s+(?:own\s+|whole\s+|entire\s+)?(?:account|profile)\b"
    # "If a parent asks me to shred the pages of my notes about their child"
    # ("If a parent or guardian asks the Artist to remove a recording of their child")
    rf"|\b(?:if|when|where)\s+(?:a|the|any)\s+{PARENTS}(?:\s+or\s+(?:legal\s+)?{PARENTS})?\s+"
    r"(?:asks|requests)\b"
    # "If you are a parent and want to see, correct or delete your child's information, …"
    rf"|\bif\s+you\s+are\s+(?:a|the)\s+{PARENTS}\b"
    # "Requests to delete a School Account should be sent by the student's parent or guardian"
    rf"|\b(?:sent|made|submitted)\s+by\s+(?:the\s+|a\s+)?(?:student['\u2019]s\s+)?{PARENTS}\b"
    # "upon the request of the student's parent"
    rf"|\brequests?\s+(?:of|from|by)\s+(?:the\s+|a\s+|an\s+)?(?:student['\u2019]s\s+)?{PARENTS}"
)
# (not a kind of account: "Requests to delete a School Account should be sent by the parent")
# (but the school as the account's holder: "the School account holder")
_THE_SCHOOL = (
    rf"(?:{LEA})(?!\s+accounts?\b(?!\s+holders?\b))"
    r"|\b(?:teachers?|administrators?|admins?|school staff|staff)\b"
)
_MEANS_ASIDE = LazyPattern(
    r",\s*(?:by|via|through)\s+(?:e-?mail\s+to\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+|the\s+(?:portal|"
    r"website|form)\s+at\s+\S+?"
    # ("…, by written instruction to privacy@… or by using the Delete School function in the
    # admin console, require Plumage to delete …")
    r"|written\s+(?:instruction|notice|request)\s+to\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"(?:\s+or\s+by\s+using\s+[^,;]{1,80}?)?)\s*,"
)


def school_asks(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences in which the school may ask for deletion (or delete for itself), not a
    family or a user for its own account."""
    return [
        s
        for s in sentences
        # (the means set off in commas read short: "may ask, by email to bookings@…, that the
        # Instructor delete …", "…, through the portal at https://…, that …")
        # (and a bracketed aside: "asks me in writing (an email from the program coordinator is
        # fine) to delete")
        if _ASKED.search(
            _MEANS_ASIDE.sub(
                ", by email,",
                _CERTIFICATE_ON_REQUEST.sub(" ", re.sub(r"\s*\([^()]{0,80}\)", "", lowered(s))),
            )
        )
        and not s.heading
        and not negated(s.text, rf"\b{ERASE}")
        and not _UNLESS_ASKED.search(lowered(s))
        and not _FAMILY_DELETES.search(lowered(s))
        and not (_FAMILY_ASKS.search(lowered(s)) and not re.search(_THE_SCHOOL, lowered(s)))
        and not _answers_a_familys_ask(sentences, s)
    ]


# Deletion at the end that waits on the school's request: "and, if Licensee makes a written
# request within thirty (30) days after termination, shall delete it".
ONLY_IF_ASKED = LazyPattern(
    r"\b(?:if|only (?:if|upon|on|when)|provided that)\b(?!\s+no\b)[^.;]{0,60}\b(?:requests?|asks?|"
    r"instructs?|directs?)\b"
    # "Upon termination, Vendor shall delete Student Data upon the written request of the
    # District"
    # (but not "upon termination or upon the request of the District": either ends it)
    r"|(?<!\bor )\b(?:upon|on|at|following|after) (?:the |a |its |any )?(?:written )?"
    r"(?:request|direction|instruction) (?:of|from|by)\b"
    # "… will delete Student Data upon the School's written request"
    r"|(?<!\bor )\b(?:upon|on|following|after) (?:the |a |its |any )?[\w'\u2019]+['\u2019]s "
    r"(?:written )?(?:request|direction|instruction)\b"
    # "Upon termination, the District may request that Vendor delete Student Data"
    r"|\bmay (?:request|ask|direct|instruct|require)\b"
    # ("When your school's subscription ends, your school can ask us to delete all of its
    # data"; not "can request a written certificate of the deletion")
    rf"|\bcan (?:request|ask|direct|instruct|require)\s+(?:(?:us|me|contractor)\s+)?"
    rf"(?:to\s+{ERASE}|(?:for\s+)?(?:the\s+)?(?:deletion|destruction|erasure|return)\s+of)\b"
    # "… will return your original documents to you on request" (not "and certify the
    # deletion on request")
    r"|\b(?:delete|destroy|return|dispose\s+of|erase)s?\s+(?:[\w'\u2019-]+\s+){0,4}?(?:data|records|"
    r"documents|files|materials|information)\b(?:(?!\band\b)[^.;,]){0,30}?\b(?:upon|on)\s+"
    r"(?:written\s+)?request\b"
    # "… within 90 days after receiving a written request"
    r"|\b(?:after|upon|on|following)\s+(?:receiv\w*|receipt of)\s+(?:a |the |its |any )?"
    r"(?:[\w-]+['\u2019]s\s+)?(?:written\s+)?request\b"
    # "Upon termination, Parallax will delete Student Data within thirty (30) days of
    # Customer's written request"
    # (not "… and shall deliver a certificate within ten (10) days of the District's request")
    r"|\b(?:delete|destroy|erase|dispose\s+of|purge|return)s?\b(?:(?!\band\b)[^.;,]){0,60}\bwithin\s+"
    r"[^.;]{0,30}\b(?:of|after|following)\s+(?:the |a |its |any )?(?:[\w-]+['\u2019]s\s+)?"
    r"(?:written\s+)?request\b"
    # "Upon the District's written request following termination, Vendor will delete …"
    r"|^\W*(?:\(?[\w.]{1,8}[.)]?\s+)?(?:upon|on|at|following|after) (?:the |a |its |any )?"
    r"(?:[\w-]+['\u2019]s )?(?:written )?(?:request|direction|instruction)\b"
)


# A word that is the school's side, not the vendor's ("the Council's", "the sending LEA's").
_NOT_THE_SCHOOLS = (
    r"(?!(?:school|district|council|member|board|lea|customer|client|crec|state|library|sending)\b)"
)
# The opening of an exception to the deletion: "unless …", "except where …".
_UNLESS = r"\b(?:unless|except\s+(?:where|when|if|to\s+the\s+extent))"
# A request the vendor need only weigh: "Licensor will consider such requests in accordance
# with its Data Retention Policy".
REFUSABLE = LazyPattern(
    r"(?:\b(?:will|shall|may) |['\u2019]ll )(?:consider|review|evaluate)\b[^.;]{0,30}\brequests?\b|"
    # "We review each request and will consider it against our data retention schedule", "We
    # will weigh each such request against our records retention schedule" (not suggestions
    # weighed "in light of our product plans")
    r"\b(?:consider|weigh|assess)\w*\s+(?:it|them|(?:each|the|any)\s+(?:such\s+)?requests?)\s+"
    r"(?:against|in\s+light\s+of|under)\s+[^.;]{0,40}?\b(?:retention|legal\s+holds?)\b|"
    # the vendor's own need decides: "and we will do so unless we need to keep it for our business
    # or tax records", "unless the Artist must hold on to it", "unless we have a legitimate
    # business need to keep it" (not what a law or code makes it keep)
    # ("…, except where we need to keep information for legitimate business purposes")
    rf"{_UNLESS}\s+(?:we|i|it|(?:the\s+)?{PROVIDER})\s+"
    r"(?:(?:reasonably\s+)?needs?\s+to|must|"
    r"(?:has|have)\s+to|(?:has|have)\s+an?\s+(?:[\w-]+\s+)?business\s+need\s+to)\s+"
    r"(?:keep|retain|hold\s+on\s+to)\b"
    r"(?![^.;]{0,60}\b(?:laws?|legal\w*|statut\w*|regulat\w*|court|subpoena|codes?|requires?|"
    r"required|ferpa|coppa|obligations?)\b)|"
    # "…, except where we have a legitimate business reason to keep the information", "…, except
    # to the extent we reasonably require it for our internal business operations"
    rf"{_UNLESS}\b[^.;]{{0,80}}\b(?:(?:legitimate|internal)\s+)?business\s+(?:reasons?|purposes?|"
    r"operations?|needs?|interests?)\b|"
    # (not a refusal held to the cases the law allows: "Operator may refuse a request, in whole or
    # in part, only where …"; unless the vendor's own judgement or need is among those cases:
    # "only where Operator determines deletion would be unreasonable", "only if it has a
    # legitimate interest")
    r"\bmay (?:decline|refuse|deny)\b(?![^.;]{0,80}\b(?:only|solely)\s+(?:where|if|when|"
    r"to\s+the\s+extent|in\s+the\s+cases?)\b(?![^.]*\b(?:determines?|deems?|needs?|legitimate|"
    r"business|interests?|reasonabl\w*|unreasonabl\w*|discretion)\b))|"
    # ("subject to Canopy Works' standard data retention policy")
    # (not the school's own: "subject to the School's standard data retention schedule")
    r"\bsubject to (?!(?:the\s+)?(?:school|district|board|lea|customer|client|crec)['\u2019])"
    r"(?:its|our|(?:[\w-]+\s+){0,2}?\w+['\u2019]s?) (?:standard |data )*retention\b|"
    # ("subject to the Consultant's standard record retention practices": the vendor's, by its
    # role's name, not "the Council's records retention schedule")
    rf"\bsubject to (?:the\s+)?(?:{_NOT_THE_SCHOOLS}[\w-]+\s+){{0,2}}?{_NOT_THE_SCHOOLS}"
    r"[\w-]+['\u2019]s (?:standard )?records? retention\b|"
    # "in accordance with the Acme Data Retention Standard", "consistent with its data
    # retention schedule", "subject to the Image Retention Period": kept as long as it says
    r"\b(?:subject to|in accordance with|consistent with)\s+(?:its |our |the |\w+['\u2019]s )?"
    r"(?:[\w-]+\s+){0,2}?retention\b|\bto the extent (?:technically )?feasible\b"
    # "We will do so where we can, subject to the seven-year record keeping described in 4.7"
    # (not "where it can be downloaded", nor the record keeping a law requires)
    r"|\bwhere\s+(?:we|i)\s+(?:reasonably\s+)?can(?:\s+do\s+so)?\s*(?=[,.;]|$)"
    r"|\bsubject to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?record[- ]keeping\b(?![^.;]{0,40}\blaws?\b)"
    # "in line with our data retention policy", "according to its standard retention
    # practices": the vendor's own (not "the retention schedule set by the District", "the
    # backup retention schedule, not to exceed ninety days", retention the law requires)
    r"|\b(?:in line with|according to|pursuant to|in keeping with)\s+(?:its|our|"
    r"(?!(?:district|school|board|lea|customer|client|crec)['\u2019]s)[\w-]+['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}?retention\b"
    # "… the Student Data not required to be kept under the Ohmstead Data Retention Schedule"
    r"|\b(?:kept|retained)\s+under\s+(?:the\s+)?(?!(?:school|district|board|lea|customer|client|"
    r"crec)\b)(?:[\w-]+\s+){0,2}?(?:data\s+)?retention\s+(?:schedule|policy)\b"
    # "except for data Shakerbox retains under its data retention policy" (not "then delete it
    # under our retention schedule", the deletion's own timing)
    r"|\b(?:retains?|retained|keeps?|kept)\b[^.;]{0,30}\bunder\s+(?:its|our)\s+(?:[\w-]+\s+){0,2}?"
    r"retention\b"
    # "to the extent consistent with IRB requirements and its record-retention schedule",
    # "to the extent doing so is consistent with its record-retention obligations",
    # "in the ordinary course of its backup retention cycle"
    r"|\bto the extent (?:(?:that\s+)?(?:doing so|it|this|such deletion) is\s+)?consistent with\b"
    r"[^.;]{0,80}\bretention\b"
    r"|\bin the (?:ordinary|normal|regular) course of\b[^.;]{0,40}\bretention\b"
)
