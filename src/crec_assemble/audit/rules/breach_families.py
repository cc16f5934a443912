"""Who the vendor's breach notice reaches among the families (provision 6(c), 6(d)): a
table's column of the families' notices, the vendor's notice to the affected, and the school
named only as the one that tells them or that gave their contact details.

Kept apart from :mod:`.breach_recipients`, which reads each sentence for whom it tells.
"""

from __future__ import annotations

from ..lazy_pattern import LazyPattern
from ..lexicon import AFFECTED_STUDENTS, LEA, PARENTS, PROVIDER

__all__ = [
    "AT_THE_SCHOOLS_OPTION",
    "FAMILIES_COLUMN",
    "NOTIFIES_THE_AFFECTED",
    "SCHOOL_GAVE",
    "SCHOOL_TELLS_FAMILIES",
]

# A table's column heading over the families' periods: "Notice to students and parents: Without
# unreasonable delay, but not more than five (5) days after discovery" (not "…: Given by the
# School").
FAMILIES_COLUMN = LazyPattern(
    # (or the vendor's by the column's name: "Notice by Provider to Students or
    # parents/guardians: …")
    rf"\bnotice\s+(?:by\s+(?:the\s+)?{PROVIDER}\s+)?to\s+(?:the\s+)?(?:affected\s+)?{PARENTS}"
    r"[^.;:\u2014]{0,40}:"
    r"(?!\s*(?:(?:given|sent|provided|made|issued)\s+by\b|n/?a\b|none\b|not applicable\b"
    # "CREC notifies affected families …", "By Subscriber": the school's notice, not the vendor's
    r"|(?:by\s+)?(?:the\s+)?(?:school|district|lea|crec|customer|subscriber|client|licensee|board|"
    r"institution)\b))"
    # "Provider notifies: the affected Student or the Student's parents or guardians — Deadline:
    # …": a row naming the families in the column of whom the vendor tells
    # ("Provider notifies: Each affected Student or the Student's parents or guardians")
    rf"|{PROVIDER}\s+notifies:\s+(?:the\s+|each\s+|every\s+|any\s+)?(?:affected\s+)?"
    rf"(?:students?['\u2019]s?\s+)?{PARENTS}"
    # ("Notice: Incident involving … — To whom: Affected students or their parents or guardians";
    # not a row whose notice the school sends, "By whom: the District", a cell "Sent by the
    # District", not a row that only mentions one: "… copies of any notice sent by the District")
    rf"|^(?!.*\bby\s+whom:\s+(?:the\s+)?{LEA})"
    # (nor a row whose sender's cell names the school: "— Who sends it: the School —",
    # "Sender: the School", "Responsible party: District")
    r"(?!.*[\u2014|]\s*(?:sender|who\s+sends(?:\s+it)?|responsible(?:\s+party)?|from|notified\s+by|"
    rf"issued\s+by)\s*:\s*(?:the\s+)?{LEA})"
    # ("Who sends it: notice is given by the District")
    r"(?!(?:.*[\u2014|])?\s*(?:[\w\s]{0,20}:\s*)?(?:notices?\s+)?(?:is\s+|are\s+)?(?:sent|given|issued|"
    r"provided|made)\s+"
    rf"by:?\s+(?:the\s+)?{LEA})"
    # ("Who is notified: Affected Students and their parents or guardians, by Slatwise
    # directly")
    # ("… — Notice to: Affected students or their parents or guardians — Deadline: …")
    r".*?\b(?:to\s+whom|who\s+(?:is|are)\s+notified|notice\s+to):\s+(?:the\s+)?(?:affected\s+)?"
    rf"(?:students?['\u2019]s?\s+)?{PARENTS}"
    # (not one the school sends, "…, notified by the School"; but the school may keep the
    # contact details: "using the contact details kept by the School")
    # (within the cell: a bounded look, to the next dash, bar or semicolon)
    r"(?![^\u2014|;]{0,160}?(?<!kept )(?<!held )(?<!maintained )(?<!provided )(?<!supplied )"
    rf"(?<!approved )(?<!stored )\bby\s+(?:the\s+)?{LEA}\b)"
)

# The school that tells the families itself: "…, and the School will then tell affected
# families" (a table's lead-in, over its families' column).
SCHOOL_TELLS_FAMILIES = LazyPattern(
    rf"{LEA}\s+(?:will|shall|must|may)\s+(?:then\s+|itself\s+)?(?:tell|notify|inform|contact)\s+"
    rf"(?:the\s+)?(?:affected\s+)?(?:{PARENTS}|families)\b"
)
# The school as the source of the families' contact details, not told itself: "using the
# contact details the School has given us".
SCHOOL_GAVE = LazyPattern(
    # ("… using the parent contact information the School has provided", "… at the addresses in
    # the roster the District has supplied")
    r"\b(?:contact\s+(?:details|information)|(?:e-?mail\s+)?addresses|phone\s+numbers|rosters?)\s+"
    rf"(?:that\s+)?(?:the\s+)?(?:{LEA})\s+(?:has|have|had)\s+(?:given|provided|supplied|shared)\b"
    # or as the vendor's post room: "… or, if none, by letter that CREC will address and mail
    # for Bonxie", "… a letter the District will send out on Maplewood's behalf", "… by letters
    # addressed and mailed by the District for Maplewood"
    r"|\b(?:letters?|notices?|envelopes?)\s+(?:(?:that|which)\s+)?(?:the\s+)?"
    rf"(?:{LEA})\s+(?:will|shall|may)\s+(?:address|print|post|mail|send)\w*\b[^.;:]{{0,30}}"
    r"\b(?:for|on\s+behalf\s+of|on\s+[\w-]+['\u2019]s?\s+behalf)\b"
    r"|\b(?:letters?|notices?)\s+(?:addressed|printed|posted|mailed|sent)(?:\s+and\s+\w+)?\s+by\s+"
    rf"(?:the\s+)?(?:{LEA})\b[^.;:]{{0,10}}\b(?:for|on\s+behalf\s+of|on\s+[\w-]+['\u2019]s?\s+behalf)\b"
)

# The vendor's own notice to the affected students or their families.
NOTIFIES_THE_AFFECTED = LazyPattern(
    r"\b(?:will|shall|must|may)\s+(?:\w+\s+){0,2}?(?:notify|inform|tell|contact)\s+(?:the\s+)?"
    # (the students by the service's word for them: "notify affected donors (and, for donors
    # under eighteen, a parent or guardian) … within ten business days after discovery")
    rf"affected\s+(?:students|pupils|parents|families|{AFFECTED_STUDENTS})\b[^.]*\b(?:discover\w*|"
    r"breach\w*|incident)"
    # "Provider may, at District's written direction and expense, notify the parents or
    # guardians of affected students by mail or email"
    # (the vendor's own notice, not its paying for the school's: "will reimburse the School's
    # costs to notify the parents of affected students")
    r"|\b(?:will|shall|must|may)(?:\s+(?:also|itself|directly))?(?:\s*,[^,;]{0,60},)?\s+"
    r"(?:notify|inform|tell|contact)\s+(?:the\s+)?"
    r"(?:parents?|guardians?|families)(?:\s+(?:or|and)\s+(?:legal\s+)?guardians?)?\s+of\s+"
    r"(?:the\s+|any\s+)?affected\s+(?:students|pupils|children)\b"
    # "Tellstory may, in its discretion and in coordination with Institution, notify affected
    # Narrators, Student Interviewers or their families directly": the affected people, by the
    # service's words for them, with their families
    # (not of something else: "… of any planned maintenance that interrupts access")
    r"|\b(?:will|shall|must|may)(?:\s*,[^,;]{0,60},)?\s+(?:notify|inform|tell|contact)\s+"
    r"(?:the\s+)?affected\s+(?:[\w-]+,?\s+){1,4}?(?:or|and)\s+(?:their\s+)?(?:families|parents|"
    r"guardians)\b(?![^.;]*\b(?:maintenance|outages?|downtime|interrupt\w*|changes?|updates?)\b)"
    # "we will, at the School's option, either notify the affected students' parents or
    # guardians directly, or …"
    r"|\b(?:will|shall|must|may)(?:\s*,[^,;]{0,60},)?\s+(?:either\s+)?(?:notify|inform|tell|contact)\s+"
    r"(?:the\s+)?affected\s+(?:students['\u2019]?\s+)?(?:parents|guardians|families)\b[^.;]{0,40}"
    r"\bdirectly\b"
    # "Where a state's law requires an operator to notify students or parents directly, we will
    # do so …"
    r"|\b(?:notify|inform|tell|contact)\s+(?:the\s+)?(?:affected\s+)?(?:students\s+(?:or|and)\s+)?"
    # ("If the law requires us to notify affected parents directly, we will.")
    r"(?:parents|families|guardians)\s+directly,\s*(?:we|it|contractor)\s+(?:will|shall)"
    r"(?:\s+do\s+so\b|\s*[.;]?\s*$)"
    # "At the District's election, Clockwise will either (a) send notices to affected parents
    # and guardians, …, or (b) reimburse …"
    r"|\b(?:will|shall|must|may)\s+(?:either\s+)?(?:\(\w\)\s+)?(?:send|give|provide)\s+"
    r"(?:written\s+)?notices?\s+to\s+(?:the\s+)?affected\s+(?:students|pupils|parents|families)\b"
)


# "At the Board's written election, Coursewell will send notice …", "Where the Customer so
# requests, …": the operator's notice to families is the school's to call for, not owed.
# (the condition opening the notice, not "… and, at the School's election, credit monitoring"
# nor "by e-mail or, at the School's option, by mail")
AT_THE_SCHOOLS_OPTION = LazyPattern(
    rf"^\W*(?:[\w.]{{1,6}}\s+)?(?:at|upon|on)\s+(?:the\s+)?{LEA}['\u2019]s?\s+(?:written\s+)?"
    r"(?:election|option|choice)\b"
    # ("6.3 Where the Agency so directs in writing, Processor shall notify the affected students";
    # not a direction on something else: "Where the District instructs on the form of the notice")
    rf"|^\W*(?:[\w.]{{1,6}}\s+)?(?:where|if|when)\s+(?:the\s+)?(?:{LEA}|agency)\s+(?:(?:so\s+)?"
    r"(?:elects?|chooses?|asks?)|so\s+(?:directs?|instructs?|requests?))\b"
    # ("If directed by the District, …", "When instructed by the School, …", "Upon the District's
    # written instruction, …")
    rf"|^\W*(?:[\w.]{{1,6}}\s+)?(?:if|when|where|as)\s+(?:so\s+)?(?:directed|instructed|requested)\s+"
    rf"(?:in\s+writing\s+)?by\s+(?:the\s+)?(?:{LEA}|agency)\b"
    rf"|^\W*(?:[\w.]{{1,6}}\s+)?(?:at|upon|on)\s+(?:the\s+)?(?:{LEA}|agency)['\u2019]s?\s+(?:written\s+)?"
    r"(?:instruction|direction)\s*,"
    # (within the sentence, before the families: "Loafline will notify Customer, and where
    # Customer has elected Direct Notice on the Order Form will notify affected students")
    rf"|(?<!even )\b(?:where|if|when)\s+(?:the\s+)?{LEA}\s+(?:so\s+|has\s+)?(?:elects?|elected|"
    r"chooses?|chosen)\b(?=[^.;]{0,60}?,?\s*(?:(?:contractor|provider|we|i)\s+)?(?:will|shall)\s+(?:also\s+)?"
    r"(?:notify|send\s+notice|e-?mail|contact|inform|tell|write\s+to)\b[^.;]{0,40}\b(?:students?|parents?|"
    r"guardians?|families)\b)"
    # ("Provider shall, at the LEA's written election, either (a) notify the affected Students
    # …, or (b) provide the LEA with the information …")
    rf"|\b(?:at|upon|on)\s+(?:the\s+)?{LEA}['\u2019]s?\s+(?:written\s+)?(?:election|option|choice)\s*,"
    r"\s*(?:either\s+)?(?:\([a-z]\)\s+)?(?:notify|inform|tell)\b"
    # (in a table's families' column: "Notice to students and parents: By Millwright, if
    # Subscriber so elects, within five (5) days")
    r"|\b(?:students?|parents?|guardians?|families)\b[^.;:]{0,40}:\s*by\s+[\w-]+\s*,?\s*(?:only\s+)?"
    rf"(?:if|where|when)\s+(?:the\s+)?{LEA}\s+(?:so\s+)?(?:elects?|chooses?|requests?|asks?)\b"
)
