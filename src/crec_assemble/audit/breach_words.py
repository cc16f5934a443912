"""The words of a breach and of its notice, as vendors write them: the breach itself ("unauthorized
access", "a lost laptop", data "ever compromised"), the verbs that give notice, and the periods
that are no period ("promptly"). Kept apart from :mod:`.lexicon`, which re-exports them, so that
each module stays small enough to read whole (the project keeps modules under 400 lines)."""

from __future__ import annotations

from .lazy_pattern import LazyPattern

__all__ = ["BREACH", "NOTIFY", "VAGUE"]

BREACH = LazyPattern(
    r"\b(?:breach|security incident|data incident|incident|unauthori[sz]ed (?:access|"
    r"disclosure|release|acquisition|use))\b"
    # "If Student Data has been accessed, disclosed or acquired without authorization"
    r"|\b(?:accessed|acquired|disclosed|released|used|obtained)\b[^.;]{0,40}\bwithout "
    r"(?:authori[sz]ation|permission)\b"
    r"|\b(?:data|information|records?)\s+(?:is|are|was|were|has been|have been)\s+(?:ever\s+)?"
    r"compromised\b"
    # "If student data is breached" (a contract "breached" is struck out before this is read)
    r"|\b(?:is|are|was|were|been|be|gets?)\s+breached\b"
    # "If a memory stick goes missing" (a laptop only where data are named, below: not "a
    # replacement laptop goes missing in shipping")
    # ("If any student's forms or details go missing"; not "the School's purchase order forms",
    # nor a file that failed to upload)
    r"|\b(?:data|information|info|records?|lists?|rosters?|notes|memory\s+stick|(?:(?:student|pupil|child)"
    r"['\u2019]?s?\s+(?:[\w-]+\s+(?:or\s+)?)?|(?:consent|registration|permission|medical|health)\s+)"
    r"(?:forms|details))\b[^.;]{0,40}\b(?:goes|go|went|has\s+gone|have\s+gone)\s+missing\b"
    # ("If a class list, sign-in sheet, journal page or photograph goes missing": the students'
    # list named, not "the speaker notes, a costume, a wig, a prop …")
    r"|\b(?:class|student|participant|volunteer)\s+lists?\b[^.;]{0,60}\b(?:goes|go|went|has\s+gone|"
    r"have\s+gone)\s+missing\b"
    # "If we ever find that student information has gone astray" (the students', not "our
    # invoice records")
    r"|\b(?:(?:student|pupil|participant|child(?:ren)?['\u2019]?s?|personal)\s+(?:data|information|info|"
    r"records?)|(?:class|student|participant)\s+lists?|rosters?)\s+(?:has|have|had)\s+gone\s+astray\b"
    # "If something goes wrong with student information in our care" (the students' own, not
    # "the roster data import" or "our billing records")
    r"|\bsomething\s+(?:goes|went|has\s+gone|had\s+gone)\s+wrong\s+with\s+(?:any\s+(?:of\s+)?)?"
    r"(?:the\s+|our\s+)?(?:student|pupil|child(?:ren)?['\u2019]?s?|personal)\s+(?:[\w-]+\s+)?"
    r"(?:data|information|records)\b(?!\s+(?:imports?|exports?|sync\w*|feeds?|uploads?|migrations?)\b)"
    # (a loss or an exposure, not an error in them: "…, such as a wrong grade, …")
    r"(?![^.]{0,120}\b(?:wrong\s+(?:grades?|scores?|names?|dates?)|errors?|mistakes?|typos?|inaccura\w*|"
    r"incorrect)\b)"
    r"|\b(?:ha(?:s|ve)\s+got(?:ten)?|ends?\s+up)\s+somewhere\s+(?:it|they)\s+should\s+not\b"
    # in plain words: "If any Student Information is lost, stolen or seen by someone who
    # should not have seen it"
    # ("participant information in Contractor's possession is lost", "my notes or laptop are
    # lost or stolen")
    # ("If a permission slip or class list is lost", "If student info … is shared by mistake")
    r"|\b(?:data|information|info|records?|recordings?|rosters?|files?|notes|permission slips?|"
    # ("If a list is lost", "If any of the School's paperwork is lost or stolen"; not "the
    # equipment list" or "invoicing paperwork")
    r"(?:class|student|volunteer|participant) lists?|(?<=\ba )list|(?<=\bthe )lists?|"
    r"sign-in sheets?|(?:student|class) photos?|"
    # ("If the laptop is lost or stolen"; not a student's own device)
    # ("If a roster or release form, or the Artist's laptop, is lost or stolen")
    r"(?<=\bmy )(?:laptop|phone|tablet|computer)|(?:(?<=\bthe )|(?<=contractor['\u2019]s ))"
    r"(?:laptop|phone|tablet|computer)"
    r"(?=[^.;]{0,200}\b(?:we|i|contractor)\s+(?:will|shall)\s+(?:tell|notify|inform|let)\b)|"
    r"(?<!invoicing )(?<!billing )(?<!financial )paperwork)"
    r"\b[^.;]{0,40}?"
    r"\b(?:is|are|was|were|has been|have been|gets?)\s+(?:ever\s+)?(?:lost|stolen|misplaced)\b"
    # "If something goes wrong, such as a lost laptop or a misdirected email, …"
    r"|\bsuch\s+as\s+(?:a\s+)?(?:lost|stolen)\s+(?:laptop|phone|tablet|device|computer)\b"
    # "If I ever lose a class list or my phone", "If we ever lose student information"
    r"|\b(?:i|we|contractor)\s+(?:ever\s+)?(?:lose|misplace)\s+(?:(?:an?|the|my|our|any)\s+)?"
    r"(?:[\w-]+\s+)?"
    r"(?:lists?|rosters?|records?|files?|notes|laptops?|phones?|paperwork|data|information)\b"
    r"(?!\s+(?:connection|connectivity|feed|link|signal|access)\b)"
    # (nor data lost to an outage: "If we lose data because of a server outage, we restore it")
    r"(?!(?=[^.;]{0,40}\b(?:because\s+of|due\s+to|in|during)\s+(?:an?\s+)?(?:(?:server|power|system|"
    r"hardware)\s+(?:outages?|failures?|crash\w*)|outages?|crash\w*)\b)"
    r"(?![^.;]{0,80}\b(?:thefts?|stolen|hack\w*|breach\w*|unauthori[sz]ed|security)\b))"
    # "or I think someone has got into my cloud folder", "or we think someone has seen it who
    # shouldn't have"
    # (into where the data are kept, not "the studio" or "the kiln room")
    r"|\bsomeone\s+(?:has\s+|had\s+|may\s+have\s+)?(?:got|gotten|broken|hacked)\s+(?:into\s+)?"
    r"(?:my|our|your|the|an?)\s+(?:[\w-]+\s+)?(?:folders?|accounts?|e-?mail|laptops?|computers?|"
    r"phones?|tablets?|files?|drives?|systems?|cloud|records|data|information|notes)\b"
    r"|\bsomeone\s+(?:has\s+|had\s+|may\s+have\s+)?seen\s+(?:it|them|(?:(?:an?|the|my|our|"
    r"your|any|student)\s+){0,2}(?:lists?|rosters?|records?|notes|information|data|files?|"
    r"paperwork))\b[^.;]{0,20}\bshould(?:n['\u2019]t|\s+not)\b"
    # "If my laptop or phone goes missing, or I find out that someone got into student
    # information I hold" (not "a field is missing": only what goes missing; a device only where
    # data are named; the data themselves in the branch above)
    r"|\b(?:laptops?|computers?|devices?|phones?|cameras?|tablets?)\b[^.;]{0,20}?\b(?:goes|go|went|"
    # ("If a laptop goes missing, or we find out that student info has got somewhere …")
    r"has gone|have gone)\s+missing\b(?=[^.]*\b(?:information|info|data|records?|notes|rosters?)\b)"
    # (into the data, not a studio or a kitchen)
    r"|\b(?:someone|somebody|anyone)\s+(?:got|gets|has got(?:ten)?|broke|breaks)\s+into\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:data|information|records?|files|accounts?|systems?|rosters?)\b"
    # "If a laptop is lost, … or anything else exposes student information" (not a device
    # lost in shipping, with no data named)
    # ("If the roster, or a phone or camera holding student photographs, is lost or stolen")
    r"|\b(?:laptops?|computers?|devices?|phones?)\b[^.;]{0,20}?\b(?:is|are|was|were|gets?)\s+"
    r"(?:lost|stolen)\b(?=[^.]*\b(?:information|data|records?|extracts?|files?)\b)"
    # the device named by the data it holds: "a phone or camera holding student photographs"
    r"|\b(?:laptops?|computers?|devices?|phones?|cameras?|tablets?)\s+(?:holding|containing|"
    r"storing|with)\s+(?:any\s+)?(?:student\s+)?(?:information|data|records|files|photographs|"
    r"photos|videos|recordings|rosters?)\b[^.;]{0,20}?\b(?:is|are|was|were|gets?)\s+(?:lost|stolen)\b"
    r"|\b(?:seen|viewed|accessed|taken)(?:\s+or\s+\w+)?\s+by\s+(?:someone|anyone|any person|"
    r"a person)\s+(?:who|not)\b"
    # what has happened, not what may ("… have been seen or taken by someone outside the
    # workshop", "… is copied by people outside the class", "… by an outsider"; not "Student
    # profiles can be viewed by a person outside the class only if …")
    # ("If the Participant List is lost or accessed by anyone outside Artist's touring party")
    r"|\b(?:is|are|was|were|has\s+been|have\s+been|gets?|got)\s+(?:\w+\s+or\s+)?(?:seen|viewed|"
    r"accessed|taken|copied|opened)(?:\s+or\s+\w+)?\s+by\s+(?:(?:someone|anyone|any\s+person|a\s+person|people)\s+"
    r"(?:from\s+)?outside\b|an?\s+outsiders?\b|outsiders\b)"
    # "If someone from outside the workshop sees or takes student information", "If the class
    # list ever gets into the wrong hands"
    r"|\b(?:someone|anyone|anybody|somebody)\s+from\s+outside\b[^.;]{0,60}\b(?:sees|takes|copies|"
    r"gets|opens)\b|\b(?:gets?|got|falls?|fell|ends?\s+up)\s+(?:into|in)\s+the\s+wrong\s+hands\b"
    # "anyone sees student information who shouldn't", "anyone has seen … who should not have"
    # (what they see is the data, not "a student who should not be in the hallway")
    r"|\b(?:anyone|anybody|someone|somebody)\s+(?:sees(?!\s+(?:a|an|the|any)\s+(?:student|child|pupil|"
    r"person|visitor)\b)|(?:saw|has\s+seen)(?=[^.;]{0,30}\b(?:(?:students?|pupils?|child"
    r"(?:ren)?|personal)['\u2019]?s?\s+(?:information|data|details|records)|information\s+about\s+"
    r"(?:your|the|our|its)\s+(?:students|pupils|children))\b))\b[^.;]{0,40}\bwho\s+"
    r"(?:shouldn['\u2019]t|should not)\b"
    # "if we learn that someone who should not have seen Student Information has seen it"
    r"|\b(?:anyone|someone|a person)\s+who\s+(?:shouldn['\u2019]t|should not)\s+have\s+"
    r"(?:seen|accessed)\b"
    # "If I lose something you sent me": the vendor's own loss of what the school gave it, or
    # of data (not "If we lose the internet connection")
    r"|\bif\s+(?:i|we)\s+(?:ever\s+)?lose\s+(?:something|anything)\s+(?:that\s+)?(?:you|the\s+"
    r"school|your\s+school)\s+(?:sent|gave|gives|shared|sends|shares)\b"
    # "disclosed to or acquired by any person not authorized to receive them"
    r"|\b(?:disclosed|released|acquired|accessed|given)\b[^.;]{0,40}\b(?:person|party|one|"
    r"anyone|someone)\s+(?:who is\s+)?not\s+authori[sz]ed\b"
    # "has been acquired by an unauthorized person"
    r"|\b(?:disclosed|released|acquired|accessed|obtained|viewed)\s+(?:to|by)\s+(?:an?\s+|any\s+)?"
    r"unauthori[sz]ed\s+(?:persons?|part(?:y|ies)|individuals?|users?|third part(?:y|ies))\b"
)
NOTIFY = LazyPattern(
    # ("inform", not "information")
    # ("send notices to affected parents"; not "If Maplewood notices any access", "copies of
    # any notices it receives")
    r"\b(?:notif\w*|notice|notices(?=\s+(?:to|of)\b)|inform(?!ation)\w*|report\w*|alert\w*|e-?mail\w*|"
    r"tell)\b"
    # "your school hears from us within 72 hours", "we'll let you know"
    # ("let the teacher and the principal know", "let the principal of the Host School know";
    # not "let the School decide whether parents should know")
    r"|\bhears? from\b"
    r"|\blet\s+(?:(?!(?:decide|choose|determine|whether)\b)[\w'\u2019]+\s+){1,6}?know\b"
    r"|\blet\s+(?:the|your)\s+\w+\s+and\s+(?:the|your)\s+\w+\s+know\b"
    # "we will also write to the parents or guardians of affected players"
    r"|\bwrite to\s+(?:the\s+)?(?:affected\s+)?(?:parents?|guardians?|families|students?)\b"
    # "we may also contact affected families directly"
    r"|\bcontact\s+(?:the\s+)?(?:affected\s+)?(?:parents?|guardians?|families|students?)\b"
    # "we will phone the school office within one week", "call the principal", "phone the
    # parents of every affected student" (not "the district attorney's office")
    # (the verb, not "a phone the school issued")
    r"|\b(?:will|shall|must|would|to|then|and|also|first)\s+(?:also\s+|first\s+)?(?:phone|telephone|"
    r"call|ring)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:school|office|"
    r"principal|district|host|coordinator|contact|teacher|parents?|guardians?|families)\b"
    r"(?!\s*(?:['\u2019]s\s+)?(?:attorney|police|court))"
)
VAGUE = LazyPattern(
    r"\b(?:promptly|without (?:undue|unreasonable) delay|as soon as (?:reasonably )?"
    r"(?:practicable|possible|feasible)|in a timely (?:manner|fashion)|timely|expeditiously|"
    r"reasonable (?:time|period))\b"
)
"""A period that is no period: "promptly", "without undue delay"…"""
