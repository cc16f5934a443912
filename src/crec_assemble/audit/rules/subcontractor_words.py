"""The words that name a subcontractor (provision 14): the vendor's subprocessors and service
providers, and the people a consultant brings into the work (an associate, an assistant, a
stand-in); the words that tell the school of them in place of its consent ("We will tell
the District in advance who is coming"); a consent deemed from silence or given in advance
for any to come, or a licence to subcontract granted in the terms themselves; and a flow-down
of some of the terms only. Kept apart from the rule that reads what binds them."""

from __future__ import annotations

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA

# The vendor's doing, not the school's: "may engage …" after no word for the school ("The
# District may engage an independent reviewer" is the school's own).
_NOT_THE_SCHOOLS = r"(?<!district )(?<!school )(?<!board )(?<!lea )(?<!customer )(?<!crec )"

# Whom a consultant brings into the work: "may engage independent statisticians and research
# associates", "may engage up to two associate reviewers", "may retain consultants, including
# enrollment demographers".
PROFESSIONALS = (
    r"(?:clinician|translator|evaluator|interpreter|therapist|associate|consultant|statistician|"
    r"analyst|demographer|reviewer|assistant|co-facilitator|pianist|accompanist|co-teacher|"
    r"apprentice|teaching artist|artist|helper|co-instructor|(?<!\bai )tutor|musician|technician|"
    # (a deputy the consultant sends, not the school's "deputy head teacher")
    r"sound engineer|luthier|stagehand|substitute (?:player|performer)|"
    r"deput(?:y|ie)(?!\s+(?:head|principal|superintendent|director|teacher)s?\b))"
)


# The people a consultant brings beside it, never the consultant itself: "…, and the
# accompanist will follow the same rules" (not "…, and the Consultant will be bound").
HELPERS = (
    r"(?:assistants?|associates?|helpers?|apprentices?|accompanists?|pianists?|co-teachers?|"
    r"co-facilitators?|facilitators?|substitutes?|technicians?)"
)


# The people a consultant brings into the work by what they do, in SUBS and in the sentence
# that binds them ("any translator").
SUBS = (
    r"\b(?:sub-?contract\w*|sub-?processor\w*|sub-?consultant\w*|"
    r"third[- ]party (?:service |hosting )?providers?|"
    r"service providers?|agents?)\b"
    # a processor of the vendor's, as paper under the GDPR names it: "Our processors are bound
    # by …", "before we add a processor" (not "the school's processor", the vendor itself)
    # ("before adding a new processor", "Processors we engage", "Any processor we use", "our data
    # processors")
    r"|\b(?:our|its)\s+(?:data\s+)?processors\b|\b(?:add|adding|engag(?:e|ing)|appoint(?:ing)?|use|using)\s+"
    r"(?:an?\s+|any\s+|(?:a\s+)?(?:small\s+)?number\s+of\s+)?(?:new\s+)?(?:data\s+)?processors?\b"
    r"|\b(?:processors|any\s+processor)\s+(?:we|it)\s+(?:engages?|uses?|appoints?)\b"
    # a consultant's own words: "I will not bring in any tutor other than my associate"
    # "we may send another artist from our roster"
    r"|\b(?:bring in|bring|engage|hire|retain|use|send)\s+(?:any|another|other|additional)\s+"
    r"(?:\w+\s+)?"
    r"(?:tutors?|consultants?|persons?|individuals?|firms?|compan(?:y|ies)|staff|personnel|"
    r"contractors?|vendors?|providers?|assistants?|associates?|therapists?|substitutes?|"
    # ("I may send another member of the ensemble in my place")
    r"co-facilitators?|artists?|helpers?|performers?|technicians?|musicians?|members?)\b"
    # "If a different musician or technician will be coming, …"
    r"|\b(?:a|any)\s+(?:different|substitute|replacement)\s+(?:musician|performer|artist|technician|"
    r"accompanist|player|assistant|teacher)s?\b(?:\s+or\s+\w+)?[^.;]{0,20}\b(?:will\s+be\s+coming|"
    r"is\s+coming|comes|attends)\b"
    # "If someone else from the ensemble will be coming instead of me, …"
    r"|\bsomeone\s+else\b[^.;]{0,40}\b(?:will\s+be\s+coming|comes|attends)\b[^.;]{0,20}"
    r"\binstead\s+of\s+me\b"
    # a stand-in: "my calling partner, Rosa Dube, may teach it in my place"
    # ("… may do the demonstration instead")
    r"|\b(?:may|will|can)\s+(?:do|teach|run|lead|take|present)\b[^.;]{0,40}\binstead\b"
    r"|\b(?:may|will|can)\s+(?:teach|run|lead|take|cover|present)\b[^.;]{0,30}\bin\s+(?:my|our)\s+"
    r"(?:place|stead)\b"
    # "Anyone we engage to help host the Service is bound by this Agreement"
    r"|\b(?:anyone|anybody|any\s+person)\s+(?:i|we|it)\s+(?:engages?|brings?|hires?|uses?)\b[^.;]{0,40}"
    r"\b(?:is|are|will\s+be|shall\s+be|must\s+be)\s+bound\b"
    # "Each provider is bound by written terms no less protective of student data than this page"
    # ("Any helper will be bound by the same confidentiality terms as I am")
    r"|\b(?:each|every|any|all)\s+(?:such\s+|of\s+(?:these|our|its|the)\s+)?(?:providers?|partners?|"
    rf"{PROFESSIONALS}s?)\s+(?:is|are|must|shall|will)\s+(?:be\s+)?(?:bound|required)\b"
    # "may bring a second forester or a forestry technician to lead a station"
    rf"|{_NOT_THE_SCHOOLS}(?<!parents )"
    r"(?<!students )\b(?:may|will|can)\s+(?:also\s+)?bring\s+(?:a|an)\s+(?:second|third|additional|"
    r"extra)\s+"
    r"[\w-]+(?:\s+[\w-]+)?(?=[^.;]{0,60}\bto\s+(?:lead|teach|help|assist|run|demonstrate)\b)"
    r"|\bthird[- ]party (?:vendors?|contractors?)\b"
    # "Bureau may engage a livestream production vendor for this purpose only with …", "The
    # Artist may engage an assistant musician or a videographer for the sharing concert"
    rf"|{_NOT_THE_SCHOOLS}\b(?:may|will|shall|can)\s+(?:engage|hire|retain)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:vendor|firm|"
    r"musician|videographer|photographer|assistant|accompanist|technician)s?\b"
    # "… and every accompanist agrees to follow these terms", "Any assistant or accompanist the
    # Artist brings will be told about this clause"
    rf"|\b(?:each|every|any)\s+{HELPERS}(?:\s+or\s+{HELPERS})?"
    rf"(?:\s+(?:the|that)\s+(?!{LEA}\b)[\w-]+\s+brings)?"
    r"\s+(?:agrees?|must|shall|will)\b"
    # a part of the work handed on: "We do not hand any part of a booking … to another musician"
    r"|\b(?:hand|pass|give|assign|delegate)\w*\s+(?:any\s+)?part\s+of\s+(?:a|an|the|this|our|my)\s+"
    r"(?:booking|engagement|work|services?|programm?e?)\b[^.;]{0,80}\bto\s+(?:another|any\s+other|"
    r"other)\b"
    # "will not retain an expert witness, consultant or other third party who will receive
    # Student Records"
    r"|\b(?:retain|engage|hire|use|bring in)\b[^.;]{0,80}\bthird[- ]part(?:y|ies)\s+(?:who|that)\s+"
    r"(?:will\s+|would\s+|may\s+)?(?:receives?|ha(?:s|ve) access)\b"
    # "may engage independent-contractor clinicians", "Associate Coaches", "our independent
    # associates" (not "Consultant is an independent contractor")
    r"|\bindependent[- ]contractor (?:\w+ )?(?:clinicians?|interpreters?|therapists?|coders?|"
    r"tutors?|coaches?|nurses?|linguists?|evaluators?|staff)\b"
    r"|\b(?:engag\w*|us(?:e|es|ing)|assign\w*(?: work)?(?: to)?|retain\w*)\b[^.;]{0,40}"
    r"\bindependent[- ]contractors?\b"
    r"|\bassociate (?:coach|agenc|clinician|therapist|interpreter|evaluator|tutor)\w*"
    # "… shall not assign or delegate any part of the Services … without CREC's prior written
    # consent": the work handed to another
    r"|\b(?:assign|delegate)\s+(?:or\s+(?:assign|delegate)\s+)?any\s+part\s+of\s+(?:the|this|its|our)\s+"
    r"(?:services?|work|engagement)\b"
    # "Associate riggers are independent contractors who have agreed …" (not "The parties are
    # independent contractors", nor the vendor itself)
    r"|(?<!parties )\bare\s+independent[- ]contractors\s+who\b"
    # a player or colleague brought from the consultant's own group, or sent in its place: "I
    # may bring a bassist and a drummer from my trio", "I may send a colleague from the Nutmeg
    # Horn Quartet in my place" (a person, not "a snack from home" nor the school's own)
    rf"|{_NOT_THE_SCHOOLS}\b(?:bring|send)\s+(?:along\s+)?(?:a|an|another|one|two|my|our)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:from\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,3}?(?:trio|quartet|quintet|"
    r"band|ensemble|team|roster|crew|troupe|group|orchestra|choir)\b|"
    r"in\s+(?:my|our)\s+(?:place|stead)\b)"
    r"|\bindependent associates?\b"
    # the people it brings into the work: "may engage licensed clinicians … to assist",
    # "may engage certified translators and independent evaluators", "may also use one or
    # more contract reviewers"
    # (the vendor's, not the school's: "The District may engage an independent reviewer")
    rf"|{_NOT_THE_SCHOOLS}(?<!client )"
    r"\b(?:may|will|can)\s+(?:also\s+)?(?:engage|use|retain|hire|bring|send(?=\s+(?:a|an|another|"
    r"one\s+of\s+(?:my|our))\b))\s+"
    r"(?:one or more\s+|up to \w+\s+|one\s+of\s+(?:my|our)\s+)?"
    # ("may bring a pakhawaj or tabla accompanist"; "may bring a luthier, an accompanist or a
    # sound engineer")
    r"(?:(?:[\w-]+,?\s+){1,4}?(?:or|and)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{PROFESSIONALS}s?|contract (?:reviewers?|staff|workers?)|"
    # "may use a professional transcription service"
    r"(?:transcription|translation|interpreting|captioning)\s+(?:services?|compan(?:y|ies)|"
    r"firms?))\b"
    # "may engage a director, stage manager, dramaturg and a transcription service"
    rf"|{_NOT_THE_SCHOOLS}(?<!client )"
    r"\b(?:may|will|can)\s+(?:also\s+)?(?:engage|retain|hire)\b[^.;]{0,80}\b(?:transcription|"
    r"translation|interpreting|captioning)\s+(?:services?|compan(?:y|ies)|firms?)\b"
    # "one of my associates may help run a practice"
    r"|\b(?:one of\s+)?(?:my|our)\s+associates\b(?=[^.;]{0,20}\b(?:may|will|can)\s+(?:help|"
    r"assist|run|work)\b)"
    # "My apprentice, Eli Marsh, helps at most programs"
    r"|^\W*(?:[\d.]+\s+)?(?:my|our)\s+(?:apprentice|assistant|helper)s?\b(?=[^.;]{0,40}\b(?:helps?|"
    r"assists?|works?|comes?)\b)"
    # "We do not hand any part of a residency to another performer or company"
    r"|\bhand\s+(?:off\s+|over\s+)?(?:any\s+(?:part|portion)\s+of\s+)?(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:another|any\s+other|other)\s+(?:[\w-]+\s+)?(?:performers?|compan(?:y|ies)|artists?|"
    r"instructors?|presenters?)\b"
    # "I won't hand off any of this work … with another clinician or an assistant"
    r"|\bhand (?:off|over)\b[^.;]{0,60}\b(?:with|to)\s+(?:any|another|other|an?)\s+(?:\w+\s+)?"
    r"(?:clinicians?|therapists?|assistants?|consultants?|contractors?|persons?)\b"
    # a consultant's stand-in or partner in the sessions: "If I need a substitute art
    # therapist …", "every co-facilitator signs our confidentiality pledge" (not the school's
    # "the substitute teacher")
    r"|\b(?:an?|any|each|every)\s+substitutes?\b(?!\s+(?:for|teachers?|materials?|products?|"
    r"items?|equipment|paraprofessionals?)\b)"
    r"|\b(?:the|an?|any|each|every)\s+co-facilitators?\b"
    # "may not … have another therapist provide the Services without CREC's written consent"
    r"|\bhave\s+another\s+(?:\w+\s+)?(?:therapist|clinician|consultant|provider|instructor)\s+"
    r"(?:provide|perform|deliver)\b"
    # "I will not bring anyone else who would see student information", "anybody who works
    # with me on this job"
    r"|\bbring\s+(?:in\s+|along\s+)?(?:anyone|anybody|someone|somebody)\s+else\b"
    # "anyone we do bring will follow Section 9"; "before we add a new service that can see
    # student data"
    r"|\b(?:anyone|anybody)\s+(?:we|i)\s+(?:do\s+)?bring\b"
    r"|\b(?:add|adding|use|engage)\s+(?:a\s+|any\s+)?new\s+(?:service|vendor|provider|company)\s+"
    r"(?:that|which|who)\s+(?:can|will|may)\s+(?:see|access|receive|process)\b"
    r"|\b(?:anyone|anybody)\s+(?:who|that)\s+works?\s+with\s+(?:me|us)\b"
    # "If I ever need a co-teacher, a video editor or anyone else to touch student information"
    # ("We will not let anyone else handle student information without your school's …")
    r"|\b(?:let\s+)?(?:anyone|anybody|someone)\s+else\s+(?:to\s+)?(?:touch|see|access|handle|"
    r"receive|work with)\b"
    # "For bigger groups I sometimes bring a second teaching artist"
    r"|\b(?:i|we|contractor)\s+(?:\w+\s+){0,2}?bring\s+(?:a|an|one|my|our)\s+(?:second|other|another|extra|"
    rf"additional\s+)?(?:[\w-]+\s+){{0,2}}?{PROFESSIONALS}s?\b"
    # "Any helper who will see Student Data first signs …"
    rf"|\b(?:any|each|every)\s+(?:[\w-]+\s+)?{PROFESSIONALS}s?\s+(?:who|that)\s+(?:will\s+|may\s+)?"
    r"(?:see|sees|access|accesses|receive|receives|handle|handles)\b"
    # "Sometimes a second facilitator joins Marisol"
    r"|\b(?:a|an)\s+(?:second|third|additional|extra)\s+(?:[\w-]+\s+)?"
    rf"(?:facilitators?|{PROFESSIONALS}s?)\s+(?:joins?|comes?\s+along)\b"
    # "may engage a longarm quilting service and up to two studio assistants"
    rf"|{_NOT_THE_SCHOOLS}(?<!client )"
    rf"\b(?:may|will|can)\s+(?:also\s+)?(?:engage|retain|hire)\s+(?!with\b)[^.;]{{0,80}}?\b"
    rf"{PROFESSIONALS}s?\b"
)


# The helpers named first and the school told who they are, or may object, in words a
# paragraph's other sentences use of them: "We will tell the District contact in advance who
# is coming", "… and your school may object during that time".
NAMES_TOLD_FIRST = LazyPattern(
    # ("We will email school admins at least thirty (30) days before we add a subprocessor")
    rf"\b(?:tell|e-?mail|write\s+to)\s+(?:the\s+)?{LEA}\b[^.;]{{0,40}}\bbefore\s+(?:we|it|contractor)\s+"
    r"(?:add|engage|use|bring)\b"
    # "We will tell the District contact in advance who is coming"
    rf"|\btell\s+(?:the\s+)?{LEA}\b[^.;]{{0,30}}\b(?:in\s+advance|beforehand|ahead\s+of\s+time)\s+who\b"
    # "may bring an accompanist … after giving the Residency Coordinator three days' notice"
    r"|\b(?:bring|send)\b[^.;]{0,160}\b(?:after|upon|on)\s+giving\b[^.;]{0,80}\bnotice\b"
    rf"|\b(?:{LEA}|you)\s+(?:may|can)\s+object\b"
    # a list the vendor changes by posting it first: "We post changes to this list at least 14
    # days before a new provider starts processing Student Data"
    r"|\b(?:post|publish)\w*\s+(?:any\s+)?(?:changes?|updates?)\b[^.;]{0,60}\b(?:before|prior to|"
    r"in advance)\b"
    # a consultant's "you", the host: "We will tell you who is coming at least one week ahead"
    # (not "… tell you beforehand about any planned downtime")
    r"|\b(?:tell|let)\s+you\s+(?:know\s+)?who\s+(?:is|will\s+be)\s+coming\b"
)
# Notice in place of consent: "will give the School 30 days' notice of any new
# sub-processor", "the District may object to a new subprocessor".
NOTICE_OF_SUBS = LazyPattern(
    r"\b(?:notice|notif\w*|inform\w*)\b[^.;]{0,60}\b(?:new|additional|add\w*|engag\w*|"
    r"chang\w*|replac\w*)\b"
    # "will not engage a new subprocessor without giving the District thirty days' notice"
    r"|\b(?:engag\w*|appoint\w*|add\w*|us(?:e|ing))\s+(?:a\s+|any\s+)?(?:new|additional)\b"
    r"[^.;]{0,60}\b(?:notice|notif\w*)\b"
    r"|\bobject(?:s|ed|ion)?\s+to\b"
    # "may engage an assistant … by giving Presenter written notice before the first session",
    # "we may send another interpreter … in her place, and we will tell you beforehand": the
    # helper's engagement told (not a cancellation's or a downtime's notice)
    r"|\b(?:engage|bring|send|use|hire)\b[^.;]{0,100}\bby\s+giving\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:written\s+|prior\s+)?notice\b"
    r"|\b(?:engage|bring|send|use|hire|add|joins?)\b[^.;]{0,100}\band\s+(?:(?:we|i)\s+)?will\s+"
    r"(?:tell|let)\s+you\b"
    r"(?:\s+know)?[^.;]{0,20}\b(?:beforehand|in\s+advance|ahead)\b"
    # "We will tell the school by email before we add a new service that can see student data"
    rf"|{NAMES_TOLD_FIRST.pattern}"
    # "… we will let your school know at least one week ahead"
    # ("… I will tell your school a week ahead", "… know the day before")
    rf"|\b(?:let\s+(?:the\s+|your\s+)?{LEA}\s+know|tell\s+(?:the\s+|your\s+)?{LEA})\b[^.;]{{0,40}}"
    r"\b(?:ahead|in\s+advance|beforehand|(?:the\s+)?day\s+before)\b"
    # "will tell CREC the name of any contract reviewer before …"
    rf"|\b(?:tell|give|inform|notify)\s+(?:the\s+)?{LEA}\s+(?:of\s+)?the\s+names?\s+of\b"
    # "will give the Host the assistant's name … in advance", "provided the School is told that
    # person's name beforehand" (not "the names of students", nor a name told afterwards)
    rf"|\b(?:tell(?:ing)?|giv(?:e|ing)|send(?:ing)?)\s+(?:the\s+)?{LEA}\s+(?:the\s+|that\s+|their\s+)?"
    r"(?:[\w-]+['\u2019]s\s+)?names?\b(?!\s+of\b)[^.;]{0,40}\b(?:beforehand|in\s+advance|before|ahead)\b"
    rf"|\b{LEA}\s+(?:is|has\s+been|will\s+be)\s+(?:told|informed|notified|given)\b[^.;]{{0,40}}"
    r"\bnames?\b(?!\s+of\s+(?:the\s+)?(?:students|pupils|children))[^.;]{0,20}"
    r"\b(?:beforehand|in\s+advance|before)\b"
    # "shall notify the District in writing of each consultant retained"
    rf"|\b(?:tell|inform|notify)\s+(?:the\s+)?{LEA}\b[^.;]{{0,40}}\bof\s+(?:each|any|every)\s+"
    rf"(?:[\w-]+\s+)?{PROFESSIONALS}s?\b"
    # "may engage clinicians …, provided that it gives CREC five days' prior written notice"
    r"|\b(?:engag\w*|us(?:e|ing)|add\w*|assign\w*)\b[^.;]{0,200}\bprior (?:written )?notice\b"
)


# Consent by silence: "the Board's consent shall be deemed given if the Board has not
# objected in writing within ten (10) business days after the notice".
DEEMED = LazyPattern(
    # not "deemed approved only upon the Board's countersignature": a written consent
    r"\bdeemed\s+(?:to\s+(?:have\s+)?(?:been\s+)?)?(?:given|granted|approved|consented|accepted)\b"
    r"(?!\s+only\s+(?:upon|on|by|after)\b[^.;]{0,30}\b(?:countersign\w*|sign\w*|written))|"
    r"\b(?:has|have|does|do)\s+not\s+(?:timely\s+)?object\w*|\bfails?\s+to\s+(?:timely\s+)?"
    r"object\b|\bunless\s+(?:the\s+)?\w+\s+(?:timely\s+)?objects?\b|\bno\s+objection\b"
)
# Consent given in advance: "the District gives its written consent to any future ones".
IN_ADVANCE = LazyPattern(
    r"\b(?:hereby\s+)?(?:gives?|grants?|provides?)\s+(?:its\s+)?(?:written\s+)?(?:consent|"
    r"approval)\b[^.;]{0,80}\b(?:future|any (?:new|additional))\b|\bhereby consents?\b"
    # "a general authorization to engage Subprocessors"; "if Customer does not approve a new
    # Subprocessor, Customer may terminate": an objection, not consent asked first
    r"|\bgeneral (?:written )?authori[sz]ation\b"
    r"|\bif\s+(?:the\s+)?\w+\s+does\s+not\s+approve\b[^.;]{0,80}\bterminat"
    # "CREC consents to Operator's use of the subcontractors listed at …, as updated by
    # Operator from time to time": consent to a list the vendor changes
    # (not where each change needs the school's approval: "… as updated from time to time with
    # CREC's prior written approval", "as amended by the parties in writing")
    r"|\bconsents?\s+to\b(?:[^.;]|\.(?=\S)){0,160}"
    # (the list's changes, not the contract's: "… listed in Exhibit C to this Agreement, as
    # amended from time to time")
    r"(?<!agreement, )(?<!contract, )(?<!addendum, )\bas\s+(?:updated|amended|changed|modified)\s+"
    r"(?:by\s+(?:the\s+)?(?:provider|vendor|contractor|operator|company|us|it)\s+)?from\s+time\s+"
    r"to\s+time\b(?![^.;]{0,40}\b(?:approv\w*|consent\w*|in\s+writing)\b)"
)


# A flow-down of the security terms alone ("security obligations no less protective than
# those in this Exhibit B"), or of one section, leaves the rest of provisions 1-13 behind.
PARTIAL_TERMS = LazyPattern(
    # "Each subcontractor will comply with this Section 6": one section, not the rest
    r"\b(?:comply with|follows?|observes?|abides? by)\s+this\s+(?:section|paragraph|clause)\s+"
    r"[\d.]+\b"
    r"(?![^.;]{0,40}\b(?:every|all)\s+other\b)|"
    r"\b(?:security|confidentiality|data security|technical)\s+(?:obligations|requirements|"
    r"terms|measures|standards|provisions|agreements?|pledges?|undertakings?)\b"
    # "obligations substantially similar to those of this Rider": like them, not them
    r"|\bsubstantially\s+(?:similar|equivalent|the same|comparable)\b"
    # "at least as protective as Section 4.2 of this letter": one section, not the whole
    r"|\b(?:as|than)\s+(?:those\s+(?:in|of)\s+)?(?:section|paragraph|clause)\s+[\d.]+(?:\([a-z]\))?"
    r"\s+of\s+this\b"
    # "bound by terms at least as strict as Section 6 (Security)"
    r"|^(?!.*\bsame\s+(?:terms|obligations)\s+as\s+this\b).*?\bas\s+(?:strict|protective|stringent)\s+"
    r"as\s+(?:section|paragraph|clause)\s+[\d.]+(?!\s*(?:through|to|[-\u2013\u2014])\s*\d)"
    r"(?![^.;]{0,40}\b(?:all|every)\s+other\b|[^.;]{0,40}\bremaining\b)"
    # "shall agree in writing to be bound by Section 5": that section, not the rest
    # ("shall be bound in writing by Section 3.3 of this Agreement")
    r"|\bbound\s+(?:in\s+writing\s+)?by\s+(?:section|paragraph|clause|article)s?\s+[\d.]+(?:\([a-z]\))?"
    r"(?:\s*(?:,|and)\s*[\d.]+)*\b(?!\s*(?:through|to|[-\u2013\u2014])\s*\d)"
    r"(?!\s+and\s+(?:by\s+)?(?:all\s+(?:of\s+)?|every\s+)?(?:the\s+)?(?:other|remaining)\b)"
    # "the same restrictions and conditions that apply to Consultant under Article 5" (not
    # "… under Section 5 and all other provisions", nor "Sections 4, 5 and 6")
    r"|\bsame\s+(?:restrictions|terms|obligations|conditions|requirements)(?:\s+and\s+\w+)?\s+"
    r"(?:that\s+apply\s+to\s+\w+\s+)?(?:under|in)\s+(?:section|paragraph|clause|article)\s+[\dIVX.]+"
    r"(?:\([a-z]\))?\b(?!\s*(?:,|and|through|to|[-\u2013\u2014])\s*\d)"
    r"(?![^.;]{0,40}\b(?:all|every|each)\s+other\b|[^.;]{0,40}\bremaining\b)"
)


# The terms' own licence to subcontract, which is no consent asked for each.
LICENCE_TO_SUBCONTRACT = LazyPattern(
    rf"^\W*(?:[\d.]+\s+)?(?:you|(?:the\s+)?{LEA})\s+(?:hereby\s+)?(?:authori[sz]es?|permits?|allows?)\s+"
    r"(?:us|contractor|(?:the\s+)?(?:provider|vendor|company))\s+to\s+(?:engage|use|appoint|retain)\b"
)
