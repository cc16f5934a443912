"""The words the review-and-correction rule (provision 4, :mod:`.review`) and its reading of
the vendor's part through the school (:mod:`.review_through_school`) share: what reviewing
and correcting the records is, a family's own review, and the vendor passing requests on.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import LEA, PARENTS, PROVIDER, lowered
from ..reader import Sentence

__all__ = [
    "ASK_THE_SCHOOL",
    "COPY_OF_RECORDS",
    "CORRECT",
    "DECLINES",
    "DISCRETION",
    "FAMILY_REVIEWS",
    "IN_ERROR",
    "OBLIGATION_TO_RESPOND",
    "REVIEW",
    "REVIEW_DATA",
    "TO_SCHOOL",
    "VENDOR_PASSES_ON",
    "paragraph_window",
]

REVIEW = (
    r"\b(?:review|inspect|access|challeng\w*|see|view|obtain|cop(?:y|ies)|download|examin)\w*"
    r"|\blook (?:at|over)\b"
)
CORRECT = r"\b(?:correct|amend|rectif|fix)\w*"
# Words for what is in error.
IN_ERROR = r"\b(?:inaccura\w*|erroneous|incorrect|incomplete|errors?|wrong)\b"
# The vendor's own judgement on which requests it grants: "We will consider requests to
# correct", "where we agree there is an error, we will fix it".
DISCRETION = (
    r"\bconsider\b|\b(?:in|at) (?:its|our|provider's|their) (?:sole )?discretion\b"
    # "where we agree there is an error, we will fix it": only errors the vendor accepts
    r"|\b(?:where|if|when) (?:we|it|provider|contractor|vendor) (?:agrees?|determines?|"
    r"concludes?|decides?|(?:are|is)\s+satisfied)\b"
    # ("If Maplewood reasonably determines that a record is inaccurate, …": the vendor by its
    # name, not the school's judgement, "If CREC reasonably determines …")
    r"|\b(?:where|if|when)\s+(?!(?:the\s+)?(?:school|district|crec|council|lea|board|customer|"
    r"parents?|families|students?)\b)[\w-]+\s+reasonably\s+(?:determines|believes|concludes)\b"
    # "If, in our judgment, a record is wrong, …"
    r"|\b(?:in|at) (?:its|our|provider's|their) (?:reasonable )?(?:judge?ment|opinion|option)\b"
)
# The vendor declines any part: "does not respond to requests from parents or students",
# "does not accept or process such requests", "will not otherwise respond to the request".
DECLINES = (
    r"\b(?:(?:does|do|will|shall)\s+not|(?:does|do|wo)n['\u2019]t)\s+(?:otherwise\s+|directly\s+|"
    r"itself\s+)?(?:respond|accept|"
    r"process|act on|handle|answer)\w*\b(?:\s+or\s+\w+)?[^.;]{0,60}\brequests?\b"
    # "Warpweft will have no obligation to respond to such requests directly", "we are unable to
    # respond directly to …"
    # ("We are not able to respond to access or correction requests directly from students"; the
    # families' requests, not "press enquiries" or "support tickets")
    r"|\b(?:(?:are|is)\s+(?:unable|not\s+able)\s+to|cannot|can['\u2019]t)\s+respond\b[^.;]{0,40}"
    r"\b(?:requests?|students?|parents?|guardians?|families)\b"
    r"|\b(?:has|have|will\s+have)\s+no\s+obligation\s+to\s+respond\b"
    # "will refer the request to the District and will not respond to it ourselves"
    r"|\b(?:does|do|will|shall)\s+not\s+respond\s+(?:to\s+(?:it|them)\s+)?(?:ourselves|itself|"
    r"themselves|directly)\b"
    # "we refer requests from parents and students to review or correct information to their
    # school": sent away, with no part of the vendor's
    r"|^\W*(?:[\w,]+\s+){0,8}?(?:we|i|contractor)\s+(?:simply\s+)?refer\s+(?:all\s+|any\s+|such\s+|those\s+|"
    r"these\s+)?"
    r"requests\b[^.;]{0,100}\b(?:back\s+)?to\s+(?:their|the|your)\s+(?:child['\u2019]s\s+)?(?:school|district)"
    r"\s*\.?$"
)


# The school's duty to answer the families, which a processor's clause helps it meet: "… in
# fulfilling Customer's obligation to respond to requests from students …", "… to fulfil
# Customer's obligation to respond to requests from Data Subjects".
OBLIGATION_TO_RESPOND = (
    r"(?:(?:in|with)\s+(?:fulfilling|meeting|discharging|complying\s+with)|to\s+(?:fulfil|fulfill|meet|"
    r"discharge|comply\s+with))\s+"
    rf"(?:(?:its|their|the|(?:the\s+)?{LEA}['\u2019]s?)\s+(?:[\w-]+\s+)?obligations?|the\s+obligations?\s+"
    rf"of\s+(?:the\s+)?{LEA})\s+to\s+(?:respond|answer)\s+to\s+(?:[\w-]+\s+){{0,3}}?requests\b"
)
# A picture or recording of the child, as a family asks to see it.
_PICTURE = (
    r"(?:photo(?:graph)?s?|pictures?|(?:audio\s+|video\s+)?recordings?|videos?|(?:video\s+)?clips?)"
)
# Reviewing the records, not the service: "Students can access the Service" reviews nothing;
# "review their child's progress" reviews the child's records.
REVIEW_DATA = (
    rf"(?:{REVIEW})[^.;]{{0,60}}(?:\b(?:data|records?|information|profiles?|pii|files?|reports?|"
    # what the records hold: "view grades, attendance and assignments", "view meal account
    # balances and purchase history", "review everything I've written about them"
    r"grades|attendance|scores|results|transcripts?|balances?|histor(?:y|ies)|written about|"
    # (not "may see messages about our products": the vendor's promotions)
    r"work|submissions?|messages(?!\s+(?:about|from|promoting)\b)|portfolios?|notes|entries|"
    r"(?:holds?|keeps?|has) about"
    # "can view every shot chart, roster entry and stat line that names the player"
    r"|(?:that|which)\s+names?\s+(?:the|their|a|each)\s+(?:player|student|child|athlete|"
    r"participant|learner)s?)\b"
    # "asks to see my notes about their child"
    r"|\babout\s+(?:their|the|his or her|his|her|your)\s+(?:child|children|student|students)\b"
    r"|\b(?:child|student|pupil)['\u2019]s\b|\b(?:children|students|pupils)['\u2019])"
    # "may ask to see any photograph or recording of his or her child held by the Artist" (seen,
    # not "a copy, unless a parent asks me to keep the recording of their child")
    rf"|\b(?:see|view|review|inspect|look\s+at)\s+(?:any\s+|the\s+|all\s+)?{_PICTURE}(?:,?\s+"
    rf"(?:(?:or|and)\s+)?{_PICTURE}){{0,3}}\s+of\s+(?:their|the|his or her|his|her|your)\s+"
    r"(?:child|children|student|students)\b"
)
# A family's own right to see the records, the review verb close after the family ("A parent
# can look at the information we hold"; not "so that teachers can review and grade it").
# A copy of the student's records, not "a copy of its privacy policy".
COPY_OF_RECORDS = (
    r"cop(?:y|ies)\s+of\s+(?:the\s+|its\s+|their\s+|each\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:reports?|records?|evaluations?|assessments?|plans?|data|information|files?|results?|"
    r"transcripts?|scores|checklists?|notes)\b"
)
FAMILY_REVIEWS = (
    # "Consultant will give parents a copy of the FBA report": the family sees the record
    r"\b(?:give|gives|provide|provides|send|sends)\s+(?:the\s+)?(?:parents?|guardians?|families)\s+"
    rf"(?:with\s+)?(?:a\s+)?{COPY_OF_RECORDS}|"
    # ("Family Users can see every log entry about their child")
    r"\b(?:parents?|guardians?|families|family (?:users?|members?)|eligible students?|you)\b"
    r"[^.;]{0,60}?\b(?:may|can|"
    r"will be able to|(?:have|has) the right to|are entitled to|wants? to|wish(?:es)? to|"
    r"would like to)\s+"
    # "may contact us to review …" ("may email privacy@example.com to review …")
    r"(?:(?:[\w@.-]+\s+){0,3}?(?:review|inspect|access|see|view|obtain|examin\w*|look (?:at|over)|"
    # "may request, through the School, a copy of the records we hold about their child",
    # "may ask Contractor for a copy of the participant's skills checklist"
    rf"download)\b|(?:request|ask)\b[^.;]{{0,40}}?\ba\s+{COPY_OF_RECORDS})"
    # "If a parent or guardian asks to see my notes about their child"
    # ("A parent or guardian can ask what we hold about their child")
    r"|\b(?:parents?|guardians?|families|eligible students?)\b[^.;]{0,20}?\basks?\s+(?:to\s+"
    r"(?:see|review|inspect|view)\b|what\s+(?:we|i|you|it)\s+(?:hold|keep|have)\b)"
    # the service's users, their own records: "Students can view their full practice history",
    # "Participants can view and download their drafts" (not "Students can access the Service")
    r"|^\W*(?:[\w.]{1,6}\s+)?(?:students|participants|players|users|learners|athletes|riders|"
    r"cadets|patrons|members)\s+(?:can|may)\s+(?:\w+\s+){0,2}?(?:see|view|review|access|"
    r"download)\b[^.;]{0,30}?\b(?:their|his or her)\b"
)


# How a family is sent to the school for its records.
ASK_THE_SCHOOL = (
    r"\bcontact\w*\s+(?:their|the|your)\s+(?:(?:child|student)['\u2019]s\s+)?(?:(?:coach|"
    # ("… should contact their coach or school")
    r"teacher|instructor)\s+or\s+(?:their\s+|the\s+)?)?(?:teacher|instructor|school)"
    # ("… who wishes to review Student Data … should contact the Board.", "If a parent wants to
    # see or fix information about a Player, please ask the School.", "… should talk to the
    # School.", "… please check with your child's teacher."; the sentence ends there,
    # not "…, which will set the procedure", "… to contact us and we will reply to the school")
    rf"|\b(?:should\s+(?:contact|talk\s+to|reach\s+out\s+to|get\s+in\s+touch\s+with)|"
    rf"please\s+(?:ask|contact|check\s+with|talk\s+to|reach\s+out\s+to|get\s+in\s+touch\s+with))"
    rf"\s+(?:their\s+|the\s+|your\s+)?"
    # (the sentence's end, alone or read with the next: "… the School. We do not act …")
    rf"(?:(?:child|student)['\u2019]s\s+)?(?:{LEA}|teacher)(?=\W*$|\.\s)"
    # "should contact the referring district"
    rf"|\bcontact\w*\s+(?:their|the|your)\s+[\w-]+\s+{LEA}"
    # "… they can ask the Host, and we will send the Host a copy or make the change the Host
    # asks for"
    # (the family asking, not the vendor: "Maplewood … may ask the School to confirm the
    # correction"; nor "may ask the School for help logging in")
    rf"|\b(?:they|parents?|guardians?|families|students?|you)\s+(?:can|may|should)\s+ask\s+"
    rf"(?:their\s+|the\s+|your\s+)?{LEA}\b(?!\s+(?:for\s+help|to\s+(?:ask|confirm|verify))\b)"
)
# What a school may be called besides its kind: "the Host School", "the sending district".
_SCHOOLS_EPITHETS = (
    r"(?:host|home|sending|receiving|resident|member|participating|referring|partner|local|public|"
    r"charter|magnet)"
)
# The school's procedure, not the vendor's: "Requests … should be made to the Subscriber",
# "remain the District's responsibility", "Corrections … must be made by the District".
TO_SCHOOL = (
    r"\b(?:made|directed|sent|submitted|addressed|referred|handled)\s+(?:to|through|by)\s+"
    # "referred to the Office of Legal Affairs of the Council"
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:office|department|division|director|officer)\b"
    r"[^.;]{0,40}?\bof\s+)?"
    # ("… through the Host School", "… to the sending district": the school by a name of its own;
    # not the vendor's "Customer Care team" or "Customer Portal")
    rf"(?:(?:the|your|its|their|(?:the\s+)?(?:student|child)['\u2019]s)\s+)?(?:{_SCHOOLS_EPITHETS}\s+)?{LEA}"
    r"(?!\s+(?:success|support|care|services?|portal|team|relations|experience)\b)"
    rf"|{LEA}['\u2019]s?\s+(?:sole\s+|own\s+)?responsibilit|\bresponsibility of\s+(?:the\s+)?{LEA}"
    # "Customer is solely responsible for … responding to requests from parents"
    rf"|{LEA}\s+(?:is|are|shall be|remains?)\s+solely\s+responsible\b"
    # "The District handles requests from parents or students to review or correct"
    rf"|^\W*(?:the\s+)?{LEA}\s+(?:handles|answers|deals with|processes|responds to)\s+"
    r"(?:all\s+|any\s+)?requests\b"
    # "… should contact their child's school"
    rf"|{ASK_THE_SCHOOL}"
    # "we will forward any such request to your primary administrator": the school's
    r"|\b(?:forward|refer|redirect|pass)\w*\s+(?:[^.;]{0,40}?\s)?to\s+(?:your|the|its)\s+"
    r"(?:primary\s+|designated\s+)?(?:administrator|account\s+owner)s?\b"
    # "If a parent wants to see or correct …, the School can ask us and we will respond": the
    # school asks, the vendor answers it
    # ("… CREC may pass the request to us and we will answer CREC")
    rf"|\b(?:the\s+)?{LEA}\s+(?:can|may)\s+(?:ask\s+us|pass\s+(?:the|such|that|any)\s+requests?\s+"
    r"(?:on\s+)?to\s+us)\s+and\s+(?:we|i)\s+will\s+(?:respond|answer)\b"
    # "Requests from parents to review or correct records should go to the School"
    # ("… should go to the student's school, which controls that information")
    rf"|\brequests\b(?:(?!\bcop(?:y|ies)\b)[^.;]){{0,80}}\b(?:should|must|shall|will)\s+go\s+to\s+"
    rf"(?:the\s+)?(?:(?:student|child|pupil)['\u2019]s\s+)?{LEA}"
    # "are governed by CREC's FERPA and IDEA procedures", "are a matter for the Client's
    # student records procedures"
    r"|\b(?:governed by|handled under|(?:is|are)\s+a\s+matter\s+for)\s+"
    rf"(?:the\s+)?{LEA}['\u2019]s?\s+(?:own\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,4}?procedures\b"
    # "Parents should direct review and correction requests to CREC"
    rf"|\bdirect\s+(?:[\w-]+\s+){{0,5}}?requests?\s+to\s+(?:the\s+)?{LEA}"
    # "will direct the requester to District", "shall forward to CREC … any request"
    r"|\b(?:forward|refer|redirect|direct|pass)\w*\s+(?:(?:it|them|the requester|such requests?|"
    # ("we will direct them to their School")
    rf"the request|any such request)\s+)?(?:on\s+)?to\s+(?:the\s+|their\s+|your\s+)?"
    # ("… we will direct them to the Organization that ran the survey")
    rf"(?:(?:child|student|pupil)['\u2019]s\s+)?(?:{LEA}|organi[sz]ation\s+that\b)"
    # "we refer any parent or guardian who asks to review or correct … to the Player's School"
    rf"|\brefer\s+(?:any|all|the)\s+{PARENTS}\b[^.;]{{0,100}}\bto\s+"
    rf"(?:the\s+|their\s+)?(?:[\w-]+['\u2019]s\s+)?{LEA}"
    # "shall refer any request by a parent … to inspect, review or amend Student Records to CREC"
    r"|\b(?:forward|refer|redirect|pass)\w*\s+(?:any|all|each|every|such)\s+(?:\w+\s+)?"
    rf"(?:requests?|inquir(?:y|ies)|questions?)\b[^.;]{{0,120}}?\bto\s+(?:the\s+)?{LEA}"
)

# The vendor's one part: "Consultant shall forward to CREC …", "it will direct the requester
# to District" (not "Requests should be directed to the School", where it has none).
VENDOR_PASSES_ON = (
    rf"(?:{PROVIDER}|\bit)\s+(?:shall|will|must|agrees to)\s+(?:promptly\s+)?"
    r"(?:forward|refer|redirect|direct|pass)\w*"
)


def paragraph_window(sentences: Sequence[Sentence], sentence: Sentence, count: int) -> str:
    """``sentence`` and those after it in its paragraph, ``count`` in all, case-folded."""
    at = sentences.index(sentence)
    return " ".join(
        lowered(s) for s in sentences[at : at + count] if s.paragraph == sentence.paragraph
    )
