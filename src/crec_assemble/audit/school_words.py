"""The words by which a contract names the school as a party: by its role ("the school …
named in Schedule A (the "Presenter")"), in a table of particulars, on a form's line, or by a
definition. :func:`.parties.school_names` reads them; kept apart because there are many."""

from __future__ import annotations

import re

from .lazy_pattern import LazyPattern

__all__ = [
    "ANOTHER_BODY",
    "A_SCHOOL_NAMED",
    "DOCUMENT_WORD",
    "SCHOOL_BY_DEFINITION",
    "SCHOOL_BY_ITS_ROLE",
    "SCHOOL_CALLED",
    "SCHOOL_DEFINED",
    "SCHOOL_IN_A_SCHEDULE",
    "SCHOOL_IN_A_TABLE",
    "THE_SCHOOL",
]

# A form's or a memo's label that names no party: "Item:", "Term:", "To:", "Re:".
_NOT_A_ROLE = (
    r"(?!(?:Item|Name|Party|Parties|Field|Term|Details|Particulars|Description|Notes?|"
    r"Attention|Attn|Notices?|To|From|Re|Cc|Date|Subject)\b)"
)

THE_SCHOOL = LazyPattern(
    r"crec|lea|district|school district|school|board of education|local education(?:al)? agency",
    re.IGNORECASE,
)
# Not a party: "these School Terms", the "HPS Rider", the vendor's "Platform" or "App".
DOCUMENT_WORD = LazyPattern(
    r"\b(?:terms|policy|notice|schedule|order|form|plan|platform|app|application|software|"
    r"services?|subscription|products?|guidance|standards?|rider|sow|addendum|exhibit|"
    r"superintendent|officer)$",
    re.IGNORECASE,
)
# A school defined by what it is: in lower case, "the regional educational service center or
# board of education named on the signature page (the "Agency")" (not across another party,
# "… that signs this Agreement and Lumora Learning ("Lumora")", "… on whose behalf Acme
# Learning ("Acme")", nor past the vendor's wares, "… named in the Order Form its reading
# software (the "Platform")"); or by its own name, "Town of Enfield Board of Education
# ("Enfield")", "Regional School District 10 ("RSD10")" (not the State Board of Education, a
# regulator).
SCHOOL_DEFINED = LazyPattern(
    r"(?:\b(?:board of education|school district|education(?:al)? service center|"
    # "… regional education service center or state agency identified in the Work Order"
    # ("… regional educational service center or league identified on the signature page")
    # ("the board of education, regional educational service center or school named in
    # Schedule A")
    r"education(?:al)? agency)(?:,?\s+(?:or\s+)?(?:an?\s+)?(?:(?:state|other|public)\s+agency|"
    r"league|school|(?:regional\s+)?education(?:al)?\s+service\s+cent(?:er|re))){0,3}\s+"
    r"(?:(?:named|identified|listed|described|specified)\s+(?:on|in|"
    r"below|above)|that (?:signs|has signed)|signing|executing)\b"
    r"(?:(?!\b(?:and|its|provides?|to|with|whose|which|who|behalf|from)\b)[^()\"\u201c]){0,60}"
    r"|(?<!State )(?<!National )\b(?-i:Board of Education|Public Schools|"
    r"School District(?: (?:No\. ?|#)?\d+)?|Education Council)"
    # ("the Capitol Region Education Council, Hartford, Connecticut ("the Presenter")")
    r"(?:,\s*(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*))?){0,2}\s*,?\s*"
    # "… the Capitol Region Education Council, on behalf of the Riverbend Arts Magnet School
    # ("the Host")": the school the council acts for (not a vendor's "Driving School", nor an
    # academy a company acts for); or the programme it acts for, "acting for the culinary arts
    # program of its magnet high school ("the Host Program")" (not past another party's name)
    r"|(?<=Education Council, )(?:on behalf of|acting for)\s+(?:the\s+|its\s+)?"
    r"(?:(?-i:(?:[A-Z][\w&.'-]*\s+){0,5}(?:School|Academy))\s*"
    r"|(?-i:[a-z][\w-]*)(?:(?!\band\b)[^()\"\u201c;,]){0,80}?(?-i:\s(?:program|programme|"
    r"school|academy|department))\s*"
    # "acting for the school named in Schedule A (the "Host")", "… named below", "… on the
    # signature page", "… identified in the Work Order"
    r"|school\s+(?:named|identified|listed|described|specified)\s+(?:(?:in|on)\s+(?:the\s+)?"
    r"(?:(?:Schedule|Exhibit|Attachment|Appendix|Annex)\s+[\w.]{1,4}|signature\s+page|work\s+order|"
    r"order\s+form)|below|above)\s*))"
    r"\(\s*(?:the\s+)?(?P<names>[\"\u201c][^()]{1,80})\)",
    re.IGNORECASE,
)
# A school named by its role in a form's own words, unquoted: "between the Owner, the Board
# of Education named in Article 1, and the Architect", "1.1 Owner: the Board of Education of
# the school district … identified on the signature page" (not a list of whom a notice goes
# to, "to the Parent, the school district, and …").
SCHOOL_BY_ITS_ROLE = LazyPattern(
    # (a form's line, not a table's header: not "Item: Local Education Agency")
    rf"(?:\bbetween\s+the\s+(?P<name>[A-Z][a-z]+),|^(?:\d+(?:\.\d+)*\.?\s+)?{_NOT_A_ROLE}"
    r"(?P<colon>[A-Z][a-z]+)\s*:)"
    r"\s+(?:the\s+|a\s+)?(?i:board of education|school district|regional education(?:al)? "
    r"service center|local education(?:al)? agency)\b"
)
_KIND_OF_SCHOOL = (
    r"(?:(?:school\s+)?district|(?:(?:local|regional)\s+)?education(?:al)?\s+(?:service\s+cent(?:er|re)|"
    r"agency)|board\s+of\s+education)"
)
# A school called by its role: 'The school or organisation named in the Booking Confirmation is
# the "Host".'
SCHOOL_CALLED = LazyPattern(
    r"\b[Tt]he\s+school\s+(?:or\s+[\w-]+\s+)?(?:named|identified)\s+in\s+the\s+(?:[\w-]+\s+){1,3}is\s+the\s+"
    r"[\"\u201c](?P<name>[A-Z][\w-]+)[\"\u201d]"
    # … or by the kinds of school it may be: 'for a school, district, regional educational
    # service center or other education provider ("the Host")', 'by a school, district or
    # regional education service center (the "Host")'
    # (the party, not where its students are: "students enrolled at a school, district or
    # regional education service center (the "Learners")")
    r"|(?i:(?<!enrolled at )(?<!enrolled in )(?<!employed by )(?<!attending )(?<!\bat )(?<!\bof )"
    rf"\b(?:an?|any|each|every)\s+school(?:,\s+{_KIND_OF_SCHOOL})*,?\s+or\s+(?:an?\s+|any\s+)?"
    r"(?:other\s+education(?:al)?\s+(?:provider|institution|organi[sz]ation|body|agency)|"
    rf"{_KIND_OF_SCHOOL})\s*\(\s*(?:(?:the|each,?\s+an?|individually,?\s+(?:the|an?))\s+)?"
    r"[\"\u201c])(?:the\s+)?"
    r"(?!(?:Learners|Students|Pupils|Educators|Teachers|Users|Members|Participants)\b)"
    r"(?P<kinds>[A-Z][\w-]+)[\"\u201d]"
)
# A school named by a table's row, or a form's line: "Item: Host — Details: CREC ______ Magnet
# School (a Capitol Region Education Council school)", "Presenter: Hartford Public Schools".
SCHOOL_IN_A_TABLE = LazyPattern(
    # a table of particulars, its label cell naming the party, its value cell the school (not
    # a table of parties, "Provider: Maplewood — School: Hartford Public Schools")
    r"^\W*(?:(?:Item|Party|Role|Field)s?:\s+(?P<name>[A-Z][a-z]+)\s*\u2014\s+"
    r"(?:Details|Particulars|Value|Description|Information|Entry)s?:\s+"
    # a form's line, the school's name its value (not a header, "Item: CREC …", nor "Term: One
    # school year for Hartford Public Schools")
    rf"|{_NOT_A_ROLE}(?P<line>[A-Z][a-z]+)\s*:\s+)"
    r"(?:the\s+)?(?=CREC\b|Capitol Region Education Council\b|"
    r"(?:[A-Z][\w.&'-]*\s+){0,5}(?:Board of Education|Public Schools|School District)\b)"
)
# A school named by a definition: '"Program" means the preschool, pre-kindergarten classroom,
# school district, regional education service center … that subscribes' (not '"Student"
# means a child enrolled in a school district': a person, not a body).
SCHOOL_BY_DEFINITION = LazyPattern(
    # (the article may sit inside the quotation marks: '"The Host School" means the school, …')
    r"^\W*(?:[\w.()]{1,8}\s+)?[\"\u201c](?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)?)[\"\u201d]\s+"
    r"(?:shall\s+)?means?\s+(?:the|an?|any|each)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:preschool|school|academy|district|program|programme|classroom|cent(?:er|re)|"
    r"organi[sz]ation|institution|agency|board)s?\b,?\s+"
    r"(?:[\w-]+,?\s+(?:or\s+)?){0,8}?(?i:school district|board of education|"
    r"education(?:al)? (?:service center|agency))\b"
)
# A school named before a schedule's party, which is then the contractor: "between Hartford
# Public Schools and the organization named in Schedule 1 ("Presenter")".
A_SCHOOL_NAMED = LazyPattern(
    r"\b(?:board of education|school district|public schools|education council|board|school|"
    r"district|academy|council)\b",
    re.IGNORECASE,
)
# The other party of a contractor's standard form, named only in its schedule: "between Tall
# Tales Stiltworks, Inc. (…), and the organization named in Schedule 1 ("Presenter")", "and
# the school or education organisation named in Schedule 1 ("the Host")".
SCHOOL_IN_A_SCHEDULE = LazyPattern(
    # ("and the magnet school named in Schedule 1")
    r"\band\s+the\s+(?:(?:school|education|educational)\s+(?:or\s+(?:[\w-]+\s+){0,2})?|[a-z-]+\s+"
    r"(?=school\s))?"
    # "and the school, district or arts council named in Schedule 1 ("the Presenter")"
    r"(?:school,\s+(?:[\w-]+,\s+)*(?:[\w-]+\s+)?or\s+(?:[\w-]+\s+)?)?"
    r"(?:organi[sz]ation|school|institution|program|programme|council|district|"
    r"(?:education(?:al)?\s+)?service\s+cent(?:er|re))\s+(?:named|"
    r"identified|listed|described|specified)\s+(?:(?:in|on)\s+(?:Schedule|Exhibit|Attachment|"
    # "and the school named below ("the Host School")"
    # ("… named in the table below (the "Host")", "… in the Booking Details below ("Presenter")")
    # ("… named in the Booking Schedule (the "Host")")
    r"Appendix|Annex)\s+[\w.]{1,4}|below|above|in\s+the\s+(?:[\w-]+\s+){1,3}(?:below|above)"
    r"|in\s+the\s+(?:[\w-]+\s+){0,2}(?:schedule|confirmation|form|details|order))\s*\(\s*"
    r"(?:the\s+)?"
    r"(?P<names>[\"\u201c][^()]{1,80})\)",
    re.IGNORECASE,
)
# The school's name as part of another body's or a document's: "the Parent Teacher
# Organization of Hartford Public Schools ("PTO")", "Statement of Work for Regional School
# District 10 ("SOW-10")".
ANOTHER_BODY = LazyPattern(
    r"(?:\b(?i:organi[sz]ation|foundation|association|university|college|friends|alumni|"
    r"boosters?|statement|work|rider|addendum|exhibit|schedule|for)\b|\bof\s+the)"
    r"(?:\s+(?:of\s+)?[A-Z][\w&.'-]*)*\s*$"
)
