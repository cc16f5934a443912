"""Who a term names as the owner of what students make (provision 11): the school, the students
or their parents by any of the service's words for them, the vendor, or someone else by name.
:mod:`.students_content` reads the provision with these words."""

from __future__ import annotations

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, PARENTS, PROVIDER
from .content_words import CREATORS, MADE_BY_THEM

__all__ = [
    "AS_BETWEEN",
    "BUT_VENDOR",
    "KEEP_COPYRIGHT",
    "KEEP_WHAT_THEY_MAKE",
    "NAMED_OWNER",
    "ONLY",
    "OWNED_AS_MINORS",
    "OWNED_BY_ITS_MAKER",
    "OWNED_BY_THE_SCHOOL",
    "SCHOOL_OWNER",
    "STUDENT_OWNER",
    "THEIRS",
    "VENDOR_OWNER",
    "WHOSE",
    "YOURS_AS_A_STUDENT",
]

# Who is named as the owner may stand behind a determiner, a possessive or a word for which
# school it is: "belongs to your child's school", "the property of the student's parent", "of
# that Student User's school", "of the Partner School".
WHOSE = (
    r"(?:(?:the|its|their|your|our|each|every|that|those|these|(?:student\s+)?[\w-]+['\u2019]s|partner|"
    r"member|participating|subscribing|contracting|sending|enrolling)\s+){0,3}"
)
ONLY = r"(?:(?:solely|exclusively|only|entirely|wholly|at all times)\s+)?"

# Ownership as the copyright the students keep: "Students retain the copyright in their own
# Submissions".
KEEP_COPYRIGHT = r"\b(?:keep|keeps|retain|retains)\s+(?:the\s+|all\s+|their\s+)?copyrights?\b"
# The owner named: the school ("the property of the Board") or the students and families.
# The parties a term names before it: "As between Maplewood and the School, …".
AS_BETWEEN = r"^\W*(?:[\d.]+\s+)?as between [^,;]{0,60},\s*"
# "is owned by the District", "it is owned and controlled by the School"
OWNED_BY_THE_SCHOOL = rf"\bowned\s+(?:and\s+(?:controlled|held)\s+)?{ONLY}by\s+{WHOSE}{LEA}"
SCHOOL_OWNER = (
    rf"(?:property|ownership)\s+of\s+{WHOSE}{LEA}|belong\w*\s+to\s+{WHOSE}{LEA}|{LEA}['\u2019]s\s+property"
    rf"|{OWNED_BY_THE_SCHOOL}|\b(?:ownership|title)\b[^.;]{{0,60}}\bvests?\s+in\s+{WHOSE}{LEA}"
    r"|^\W*(?:[\d.]+\s+)?"
    # ("2.2 As between the parties, the LEA retains all right, title and interest in …")
    rf"(?:as between [^,;]{{0,60}},\s*)?(?:the\s+)?(?:you|{LEA})\b[^.;]{{0,40}}\b(?:own|retain)"
    # "As between Layerforge and the School, the School owns all Student Data, including …"
    rf"|{AS_BETWEEN}(?:the\s+|your\s+)?(?:you|{LEA})\s+owns?\b"
    r"(?![^.;]*\bstudents?\s+(?:own|retain|keep))"
)
# Owned by whoever made it, under the service's own name for a student: "Competitor Content
# belongs to the Competitor who created it", "the property of the Learner who created them"
# (not "the Author who created them" or "the person who uploaded it", who may be staff).
OWNED_BY_ITS_MAKER = (
    r"\b(?:property\s+of|belong\w*\s+to|owned\s+by)\s+(?:the\s+|each\s+|that\s+)?"
    r"(?:students?|learners?|pupils?|child(?:ren)?|participants?|competitors?|entrants?|"
    r"campers?|athletes?|players?|contestants?)\s+who\s+(?:created|wrote|authored|made|"
    r"submitted|uploaded|recorded|produced)\b"
    # "Students who create content through a School Account, such as …, own that content"
    r"|\b(?:students?|learners?|pupils?)\s+who\s+(?:create|make|write|upload|submit|post)\s+"
    r"(?:(?!\b(?:not|never|no)\b)[^.;]){0,100}?\bown\s+(?:that|the|this|such|their)\s+(?:content|work)\b"
)
# Terms that speak to each user: "If you are a student, your Designs belong to you".
YOURS_AS_A_STUDENT = (
    r"\bif you are a (?:student|pupil|learner)\b(?:(?!\b(?:no|not|nothing|never)\b)[^.;]){0,80}?"
    r"\b(?:belong\w*\s+to\s+you|"
    # ("If you are a student, your designs are yours")
    r"(?:are\s+)?your\s+(?:own\s+)?property|(?:are|remain|stay)\s+yours\b|"
    # ("you (or your parent or guardian) own …", "you (or, if you are under 13, your parent or
    # guardian) own …")
    r"you\s+(?:\((?:or|and),?\s+(?:if\s+you\s+are\s+under\s+(?:the\s+age\s+of\s+)?\d+,\s+)?"
    r"your\s+(?:parents?|guardians?)[^()]{0,25}\)\s+)?"
    r"(?:keep|retain|own))\b(?!\s+(?:no|none|nothing)\b)"
)
# The service's word for its users, with the parents of the minors among them: "Players (or,
# for players under 18, their parent or guardian) own …", "belongs to that Exhibitor (or, for
# a minor, to the Exhibitor's parent or guardian)". Only students have parents who own for them.
_MINORS_TOO = (
    # ("(or, for a student, the student and his or her parent or guardian)")
    r"\(or,?\s+(?:for|if)\s+(?:a\s+(?:minor|student)|[^)]{0,30}?\bunder\s+(?:the\s+age\s+of\s+)?"
    r"(?:18|eighteen))\b[^)]{0,60}\b(?:parents?|guardians?)\b[^)]*\)"
    # "Players (and their parents) keep ownership of their Creations"
    r"|\((?:and|or)\s+their\s+(?:parents?|guardians?)(?:\s+(?:or|and)\s+(?:legal\s+)?guardians?)?\)"
)
OWNED_AS_MINORS = (
    rf"\b(?!teachers?\b|staff\b|employees?\b|educators?\b|instructors?\b)[\w-]+\s+(?:{_MINORS_TOO})\s+"
    r"(?:owns?|keeps?\s+(?:all\s+)?ownership|retains?\s+(?:all\s+)?ownership)\b"
    rf"|\bbelong\w*\s+to\s+{WHOSE}[\w-]+\s*(?:{_MINORS_TOO})"
)
# What the students make, said to be theirs: "are theirs", "remain theirs".
# (what they make is the subject: not "the responsibility for backing it up is theirs")
THEIRS = LazyPattern(
    # ("Letters and drawings your students send us remain theirs")
    r"\b(?:make|makes|made|create|creates|created|write|writes|written|produce|produces|"
    r"(?<=students )send|(?<=students )submit)\b"
    r"[^.;,]{0,60}?\b(?:is|are|remains?|stays?)\s+(?:(?:solely|entirely|wholly)\s+)?theirs\b"
)
# "Each Entrant retains ownership of his or her Project", "Participants own the photos …"
# ("Students keep the rights to any melodies or vocal lines they create")
KEEP_WHAT_THEY_MAKE = LazyPattern(
    r"\b(?:entrants?|participants?|competitors?|campers?|learners?|contestants?|players?|"
    r"athletes?|students)\s+(?:keeps?|retains?|owns?)\s+(?:all\s+)?"
    # (the things they take home, not their content: "Students keep the flutes they make")
    r"(?!(?:the|any|all)\s+(?:[\w-]+\s+){0,2}?(?:flutes?|instruments?|drums?|shakers?|rattles?|masks?|"
    r"kites?|puppets?|objects?|items?|crafts?|props?|costumes?|bracelets?|necklaces?|whistles?)\b)"
    r"(?:ownership\s+of\s+|"
    r"(?:the\s+)?rights?\s+(?:in|to)\s+)?"
    r"(?:his or her|their|(?:the|any|all)\s+[^.;]{0,60}?\b(?:they|he or she)\s+(?:post|create|"
    r"upload|submit|make|write|record|add)s?)\b"
)
# (not the one whose school owns it: "the property of that Student User's school")
_NOT_THEIRS = r"(?!(?:\s+users?)?['\u2019]s\b)"
# The student as a thing's kind, not its owner: "ownership of student accounts, class rosters or
# the observations students enter".
_OF_A_KIND = (
    r"(?!(?:the\s+|any\s+|all\s+)?students?['\u2019]?\s+(?:user\s+)?(?:accounts?|rosters?|lists?|"
    r"profiles?|names?|records?|logins?)\b(?!\s+(?:holders?|owners?)\b))"
)
STUDENT_OWNER = (
    rf"(?:property|ownership)\s+of\s+{_OF_A_KIND}{WHOSE}(?:{PARENTS}|{CREATORS}|pupils?|"
    rf"(?:authori[sz]ed )?users?){_NOT_THEIRS}"
    rf"|belong\w*\s+{ONLY}to\s+{WHOSE}(?:{PARENTS}|{CREATORS}|pupils?|(?:authori[sz]ed )?users?)"
    rf"{_NOT_THEIRS}"
    # (", or the student's parent or legal guardian, owns the poems …")
    rf"|{PARENTS},?\s+(?:\w+\s+)?(?:keep|retain|own)"
    rf"|{KEEP_WHAT_THEY_MAKE.pattern}"
    rf"|{OWNED_AS_MINORS}"
    # "students may hold rights in content they create": some of it theirs
    rf"|{PARENTS}\s+may\s+(?:hold|have|keep|retain)\s+(?:\w+\s+)?rights\b"
    # "You (or your students, as applicable) retain all ownership rights"
    rf"|\(or\s+(?:your\s+|their\s+|the\s+)?{PARENTS}[^)]{{0,30}}\)\s+(?:keep|retain|own)"
    rf"|\bowned\s+{ONLY}by\s+{WHOSE}(?:{PARENTS}|{CREATORS}|pupils?)"
    # "owned by Institution or by the User who submitted it": the user may be the student
    rf"|\b(?:owned\s+)?by\s+(?:the\s+)?(?:authori[sz]ed\s+)?users?\s+who\s+(?:submitted|created|"
    r"uploaded|made)\b"
    # "are the child's property", "Pupils keep ownership of …"
    r"|\b(?:child|student|pupil|parent)s?['\u2019]s?\s+(?:own\s+|sole\s+)?property\b"
    r"|\b(?:pupils?|children)\s+(?:\w+\s+)?(?:keep|retain|own)"
    rf"|{OWNED_BY_ITS_MAKER}|{YOURS_AS_A_STUDENT}"
    # "… content an Athlete creates … belong to that Athlete or to their parent": the one who
    # made it, by the service's word for a student
    rf"|belong\w*\s+{ONLY}to\s+(?:that|each|the)\s+(?:athlete|player|camper|learner|participant|"
    r"competitor|entrant|contestant|rider|cadet)\b(?=\s*(?:[,.;)(]|or\b|and\b|$))"
    # "… photos that students make … are theirs (or their parents')"
    rf"|{THEIRS.pattern}|{MADE_BY_THEM}"
    # "Anything pupils create at the Workshops … belongs to them or their parents, not to me"
    rf"|\bbelong\w*\s+{ONLY}to\s+them\b(?=\s*(?:[,.;)]|or\b|and\b|$))"
    # "… belong to the person who made them or, for a child, to the child and the child's
    # parent": whoever made it, a student among them by name
    rf"|\b(?:belong\w*\s+{ONLY}to|(?:is|are)\s+owned\s+by)\s+(?:(?:the|whichever)\s+(?:person|user|"
    r"individual)\s+who|whoever)\s+(?:created|made|wrote|submitted)\s+(?:them|it)\s*,?\s+or,?\s+"
    r"(?:for\s+an?\s+(?:child|minor|student|pupil)|where\s+(?:that\s+person|the\s+(?:creator|maker))\s+"
    r"is\s+an?\s+(?:child|minor|student))\s*,?\s+(?:to|by)\s+(?:the\s+)?(?:child|minor|student|pupil)\b"
    r"(?!['\u2019]s\s+school)"
)
# What students make, named as the subject of a sentence: "Student-generated content",
# "students' work", "Recordings of student performances", "Anything a student uploads".
_STUDENTS_MAKING = (
    r"\b(?:(?:student|pupil|learner)[-\s]+(?:generated|created|made|submitted)\s+\w+"
    r"|(?:student|pupil)s?['\u2019]?s?\s+(?:work|content|submissions?|projects?|recordings?|"
    r"photo(?:graph)?s?|videos?|performances?)"
    r"|(?:recordings?|photo(?:graph)?s?|videos?|footage)\s+of\s+(?:the\s+|any\s+)?"
    r"(?:students?|pupils?)"
    r"|(?:anything|everything|all(?:\s+\w+){0,2}?|content|materials?|work|files|projects?)\s+"
    r"(?:that\s+)?(?:an?\s+|the\s+|any\s+)?"
    r"(?:students?|pupils?|learners?)\s+(?:create|upload|make|produce|submit|post|record)\w*"
    # "Content uploaded by students"
    r"|(?:content|materials?|work|files|projects?)\s+(?:created|uploaded|posted|submitted|made|"
    r"produced)\s+by\s+(?:the\s+|a\s+|any\s+)?(?:students?|pupils?|learners?))"
)
# "Work product, including student work, shall be the property of Consultant"
VENDOR_OWNER = (
    rf"(?:property|ownership)\s+of\s+{WHOSE}{PROVIDER}|belong\w*\s+{ONLY}to\s+{WHOSE}{PROVIDER}"
    rf"|\bowned\s+{ONLY}by\s+{WHOSE}{PROVIDER}"
    # "Recordings of student performances … are Maplewood's property", "Anything a student
    # uploads … becomes Maplewood's sole property": what students make the subject (not "the
    # Service itself and its software remain Maplewood's property", nor "… students' work is
    # not Maplewood's property")
    rf"|{_STUDENTS_MAKING}(?:(?!\b(?:while|whereas|but|except)\b)[^.;]){{0,120}}?"
    rf"(?<!\bnot\s)(?<!\bnever\s)"
    rf"\b(?:are|is|remains?|shall\s+(?:be|become|remain)|will\s+(?:be|become)|becomes?)\s+"
    rf"{PROVIDER}['\u2019]s\s+(?:sole\s+|exclusive\s+|own\s+)?property\b"
    # "…, and any photographs students take with its cameras, become part of the Marsh Wren
    # count dataset"
    # ("… are added to the Maplewood archive", "… become part of our survey dataset")
    rf"|\b(?:becomes?\s+part\s+of|(?:are|is)\s+added\s+to)\s+(?:(?:the\s+)?{PROVIDER}(?:['\u2019]s)?|our|my)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:dataset|data\s+set|collection|archive|database)\b"
)
# "… the student's, except that Provider owns all content posted to public forums"
BUT_VENDOR = rf"\b(?:except|but|other than|save)\b[^.;]*{PROVIDER}[^.;]{{0,30}}\bown"
# An owner named who is neither the students nor the school nor a word for the vendor: "the
# property of Acme" (the vendor by its name).
NAMED_OWNER = (
    rf"(?:\bproperty\s+of|\bowned\s+{ONLY}by|belong\w*\s+{ONLY}to)\s+{WHOSE}"
    r"(?!(?:them|him|her|you|it|its|their|whoever|the|that|this|such|any|an?)\b)([a-z][\w-]*)"
)
