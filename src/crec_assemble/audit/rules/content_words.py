"""The words for what students make, and for its makers: the vocabulary of provision 11.

Vendors name what students make in many ways ("Student-Generated Content", "the essays and
drawings they upload", "Each spoon forged by a student"); :mod:`.students_content` reads whose
it is, and :mod:`.data_rights` leaves it out of the school's data.
"""

from __future__ import annotations

__all__ = ["CONTENT", "CREATORS", "MADE_BY_THEM", "MAKE", "USER_CONTENT"]

CREATORS = (
    r"(?:your child|a child|the child|children|a student|the student|students|"
    # a service's word for its student users: "notes that an athlete creates"
    # ("the property of that athlete": the determiner read as whose; not "each participant
    # school")
    r"(?:(?:an?|the) )?(?:athlete|player|camper|learner|cadet|rider|participant|competitor|"
    r"entrant)(?!\s+(?:schools?|districts?|institutions?|organi[sz]ations?|agenc(?:y|ies)))|"
    r"athletes|players|campers|learners|cadets|riders|participants|competitors|entrants)"
)
# A verb of making, in the crafts' own words ("marble", "throw", "fold").
MAKE = (
    r"(?:write|tell|make|create|draw|paint|fold|marble|build|compose|record|film|photograph|"
    r"design|sculpt|throw|carve|weave|sew|knit|bake|cook|code|program|produce|perform|sing|"
    r"shoot|print|tool|stitch|mold|mould|glaze|cut|set|craft|invent|author|turn|forge)"
)
# What the students make, said to belong to them whatever its kind: "Stories that
# pupils write or tell … belong to them and their families", "The papers your students marble
# belong to them".
MADE_BY_THEM = (
    rf"\b(?:students?|pupils?|children|kids)\s+{MAKE}(?:\s+(?:or|and)\s+{MAKE})?\b"
    r"(?:(?!\b(?:not|never|until|unless|only|while|with)\b)[^.;]){0,60}?\bbelongs?\s+to\s+them\b"
    r"(?!\s+(?:only|while|until|unless|if|so\s+long))"
    # "…, except Team Solutions, which belong to the students who created them"
    rf"|\bbelongs?\s+to\s+the\s+(?:students?|pupils?|children)\s+(?:who|that)\s+{MAKE}\w*"
)
# What is made, by the crafts' own participles ("forged", "turned", "thrown").
_MADE = (
    r"(?:forged|turned|carved|made|built|drawn|painted|sewn|woven|thrown|glazed|composed|designed|"
    r"sculpted|knitted|baked|written|crafted|printed)"
)
# What students have that is no work of theirs: "each student's own personal data", "… login",
# "the records they create", "the choices they make".
_NOT_THEIR_WORK = (
    r"(?!(?:personal\s+)?(?:student|data|information|records?|accounts?|devices?|login|passwords?|"
    r"credentials|results|scores|grades|choices|decisions|mistakes|friends|progress)\b)"
)
CONTENT = (
    r"\b(?:student[- ]?generated content|content (?:created|generated|uploaded) by "
    r"(?:an? )?students?(?: users?)?|student[- ]?created|students?'? (?:work|content|creations)|"
    r"(?:code|essays?|work|projects?|artwork|annotations|notes|writing(?: samples)?|samples) "
    r"(?:written|created|made|produced|authored) by (?:a |the |each )?students?|"
    # "Student writing samples remain …", "a student's annotations belong to …"
    r"students?['\u2019]?s? (?:writing(?: samples)?|work samples?|annotations))\b"
    # "Anything your child creates", "the projects … and other work they create"
    rf"|\b(?:anything|everything|whatever|what|content|work|materials?|projects?|files?|writing|"
    r"notes|reviews|essays|assignments|posts|responses|recordings|artwork|pieces?)\s+"
    # "other work a student uploads", "book reviews that students write", "writing that
    # students share with me"
    # ("Anything a student composes or improvises and records …", by the crafts' own verbs; not
    # what a student tells a counsellor, nor "whatever the student records show", the noun)
    rf"(?:that\s+)?(?:they|he or she|{CREATORS})\s+"
    r"(?:(?!tells?\b|records\s+(?:hold|show|contain|reflect|list|include|are|is)\w*\b)"
    rf"{MAKE}s?|uploads?|submits?|shares?|posts?)\b"
    r"|\bstudents?\b[^.;]{0,80}?\b(?:work|projects?|content|creations|materials|"
    r"presentations)\s+(?:that\s+)?(?:they|he or she)\s+(?:create|make|write|produce)\b"
    # "any photographs students take with Marsh Wren cameras", "the pictures your students take",
    # "photographs taken by students"
    r"|\b(?:photo(?:graph)?s|pictures|videos)\s+(?:that\s+)?(?:the\s+|any\s+|your\s+)?(?:students?|pupils?)\s+"
    r"take\b|\b(?:photo(?:graph)?s|pictures|videos)\s+taken\s+by\s+(?:the\s+|your\s+)?(?:students?|pupils?)\b"
    # "Students own the crowns they design": what they make, by its kind (not "the records
    # they create", nor "the choices they make")
    r"|\b(?:students?|pupils?)\s+(?:own|keep\s+ownership\s+of)\s+(?:the\s+|all\s+|any\s+)?"
    rf"(?:{_NOT_THEIR_WORK}[a-z-]+\s+)?{_NOT_THEIR_WORK}[a-z-]+s\s+(?:that\s+)?they\s+{MAKE}\b"
    # "A student who makes prints in a Classroom owns them"
    rf"|\b(?:a|each|every|any)\s+(?:student|pupil|child)\s+who\s+{MAKE}s\b[^.;]{{0,60}}\bowns\s+"
    r"(?:them|it)\b"
    # "Students own the intellectual property in their work"; "pupil-generated content"
    r"|\b(?:students?|pupils?|children)\b[^.;]{0,80}?\btheir (?:own |original )?(?:work|content|"
    r"creations|projects|materials|essays|assignments|submissions|observations|photos|videos|"
    r"recordings|drawings|designs|stories|poems|artwork)\b"
    r"|\bpupil[- ]?generated content\b"
    # "Student recordings, voice memos and Song Journal entries belong to the student"
    r"|\bstudent\s+(?:recordings|drawings|photos|videos|journals?|entries|stories|projects)\b"
    rf"|{MADE_BY_THEM}"
    # "Each Entrant retains ownership of his or her Project"
    r"|\b(?:ownership\s+of|rights?\s+in)\s+(?:his or her|their)\s+(?:own\s+)?(?:projects?|"
    r"entr(?:y|ies)|submissions?|creations?)\b"
    # "Students own what they make", "every Student Creation"
    r"|\b(?:what|anything|everything|whatever|all)\s+(?:that\s+)?(?:they|he or she)\s+"
    r"(?:creates?|writes?|makes?|produces?)\b|\bstudent[- ]?(?:creations?|works?)\b"
    # "Each student's work belongs to that student and their family"
    r"|\b(?:each|every|a|the)\s+student['\u2019]s\s+(?:own\s+)?work\b(?!\s+(?:email|account|schedule))"
    # "materials created by students" ("all content they upload", "the work students submit":
    # above, with what they make by any verb)
    r"|\b(?:materials?|work|projects?|files?|assignments?)\s+(?:created|generated|uploaded|made|"
    r"written|submitted)\s+by\s+(?:the\s+)?students?\b"
    # what a student makes by any verb, owned by that student: "Captions, notes and any lesson
    # audio a student saves belong to that student", "Every wall hanging … a student knots
    # belongs to that student and their family" (not "Any information a student is asked to
    # give belongs to …")
    r"|\b(?:a|each|every|any)\s+(?:student|pupil|child)\s+"
    r"(?!(?:is|has|was|does|uses|gives|receives|sees|needs|provides|shares)\b)[a-z]+s\b"
    r"(?=[^.;]{0,80}\bbelongs?\s+to\s+(?:that|the|this)\s+(?:student|pupil|child)\b"
    r"(?!\s+(?:only|while|until|unless|if|so\s+long)\b))"
    # "… belong to the students who make them"
    # ("… belong to the students who compose them", "… who carved them")
    rf"|\bbelong\w*\s+to\s+(?:the\s+)?(?:students?|pupils?|child(?:ren)?)\s+who\s+(?:{MAKE}s?|"
    rf"{_MADE}|created|wrote|drew)\b"
    # what a student makes, by the craft's own verb: "Each spoon forged by a student, and each
    # design sketch for it, belongs to the student"
    rf"|\b{_MADE}\s+by\s+(?:(?:a|the|each)\s+)?(?:students?|pupils?|child(?:ren)?)\b"
    # what children make, named by its kind: "the drawings and recordings a child makes",
    # "the stories your child creates", "puzzles … belong to the students who make them",
    # "Photos and notes a student or parent adds to the app"
    rf"|\b(?:drawings?|stories|recordings?|writing|essays?|artwork|puzzles?|videos?|photos?|photographs?|captions?|"
    r"poems?|performances?|songs?|films?|notes|comments?|messages?|designs?|diagrams?|notebooks?|"
    r"sketch(?:es)?|paintings?|journals?|melod(?:y|ies)|rhythms?|verses?|lyrics|chants?)\b"
    rf"[^.;]{{0,60}}?\b(?:they|he or she|{CREATORS})"
    r"(?:\s+or\s+(?:(?:his|her|their|a|the)\s+)?(?:parents?|guardians?|famil(?:y|ies)))?"
    r"\s+(?:who\s+)?(?:creates?|makes?|writes?|draws?|records?|produces?|adds?|uploads?|"
    # ("Songs, verses and rhythms the students compose in the workshops belong to …")
    r"submits?|posts?|attach(?:es)?|sends?|compos(?:e|es|ed)|paint(?:s|ed)?|buil(?:ds?|t)|"
    r"designs?|designed)\b"
    # "Each student's own sketches, design studies and glass test pieces remain the property
    # of …": named as the student's own where the sentence says whose they are
    rf"|\bstudents?['\u2019]s?\s+own\s+{_NOT_THEIR_WORK}[a-z][^.;]{{0,80}}?\b(?:remains?\s+"
    r"(?:the\s+)?property|belongs?|(?:is|are)\s+(?:the\s+)?(?:property|owned))\b"
    # "Each student's design sketch and finished broom belong to that student": whatever each
    # student has, given back to that student
    rf"|\b(?:each|every)\s+student['\u2019]s\s+{_NOT_THEIR_WORK}[a-z]"
    # (not records, results or things bought: "assessment results", "copy of the workbook")
    r"(?:(?!\b(?:results?|reports?|records?|scores?|grades?|cop(?:y|ies)|workbooks?|textbooks?|"
    r"devices?|kits?|supplies|equipment|materials|fees?|data|information)\b)[^.;]){0,60}?"
    r"\bbelongs?\s+to\s+(?:that|the|each)\s+student\b"
)
# What users of the service submit: the school's users are its students, and others; it
# counts only where its owner is named.
USER_CONTENT = r"\buser[- ]?(?:generated )?content\b"
