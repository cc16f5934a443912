"""How the audit reads one sentence before any requirement rule sees it: its kind, the party
it binds, the reach of its denials, and the periods it names."""

from __future__ import annotations

import pytest

from crec_assemble.audit.durations import durations, has_placeholder, number_value
from crec_assemble.audit.findings import audit_sentences
from crec_assemble.audit.negation import negated
from crec_assemble.audit.reader import Sentence
from crec_assemble.audit.sentences import Kind, classify, vendor_obligations
from crec_assemble.library.clauses import ClauseLibrary


def _kind(text: str, heading: bool = False) -> Kind:
    return classify(Sentence(text, "paragraph 1", 1, heading)).kind


VENDOR = [
    "Provider shall not sell, rent or trade Student Data.",
    "We will never sell student data.",
    "Upon termination, Provider shall delete all Student Data within thirty (30) days.",
    "Provider, upon written request of the District, shall delete Student Data.",
    "Vendor agrees to notify the LEA of any breach within 72 hours.",
    "Contractor is required to encrypt Student Data at rest and in transit.",
    "The LEA and Provider shall each comply with FERPA.",
    "Operator shall not: engage in Targeted Advertising on its website.",
    "Company will not engage in targeted advertising to students.",
    "Provider's security program includes, but is not limited to, encryption at rest.",
    "Provider shall report the breach to all affected parents within 72 hours.",
]
SCHOOL = [
    "School will establish procedures for parents to review their records.",
    "School shall notify parents of any breach.",
    "The District is responsible for obtaining parental consent.",
    "LEA shall provide data for the purposes of the Agreement.",
    "Customer must notify us of any unauthorized use of its accounts.",
    "The Board shall designate a contact for data requests.",
    "Parents must submit correction requests in writing.",
]
# Terms that name no bound party, and rights the vendor must honour, bind the vendor too.
VENDOR_BY_TERM = [
    "Student Data shall be deleted within sixty (60) days of termination.",
    "This Agreement shall be governed by the laws of the State of Connecticut.",
    "If any provision is held invalid, the remaining provisions shall remain in full force.",
    "Student Data are not the property of, or under the control of, Contractor.",
    "The District shall retain ownership of all Student Data.",
    "Parents may review and correct their student's records by contacting Provider.",
    "The District acknowledges that Acme owns all data collected through the Service.",
]
DEFINITIONS = [
    "'PII' includes, but is not limited to, at least the following: social security numbers.",
    '"Student Data" means any information about a student.',
    "\u201cTargeted Advertising\u201d shall mean presenting advertisements based on student data.",
    'As used in this Addendum, "Targeted Advertising" means advertising based on student data.',
    '(a) "Breach of Security" means unauthorized release, disclosure or acquisition of data.',
    '"Student Records" or "Records" refers to records maintained by the District.',
    "Student Data includes, but is not limited to, names, grades and security numbers.",
    "Personally Identifiable Information means information that identifies a student.",
]
RECITALS = [
    "WHEREAS, Provider provides services to the District and will receive Student Data;",
    "Whereas the parties wish to protect student privacy.",
    "NOW, THEREFORE, the parties agree as follows:",
    "Recitals: the District uses the Service for instruction.",
    "Background: Provider shall host the District's learning platform.",
]
HEADINGS = [
    "12.4 Governing Law.",
    "3. Data Security",
    "Section 7 Deletion of Student Data.",
    "Article IV Confidentiality",
    "Exhibit B Security Standards",
]
REFERENCES = [
    "The base agreement is written against FERPA.",
    "The NDPA is based on the national model clauses.",
    "This Addendum supplements the Master Services Agreement.",
    "Exhibit C describes the provider's security program.",
    "See Section 9 for deletion of student data.",
    "Our privacy policy is available at example.com/privacy.",
    "The California addendum is drafted against SOPIPA.",
]
OTHERS = [
    "Last updated: March 2025.",
    "For example, a teacher may upload grades.",
    "Questions about this policy?",
    "Customer Data.",
]


def _ids(texts: list[str]) -> list[str]:
    return [text[:40] for text in texts]


@pytest.mark.parametrize("text", VENDOR, ids=_ids(VENDOR))
def it_reads_a_vendor_promise_as_the_vendors_obligation(text: str) -> None:
    reading = classify(Sentence(text, "paragraph 1", 1))
    assert (reading.kind, "vendor" in reading.parties) == ("vendor", True)


@pytest.mark.parametrize("text", SCHOOL, ids=_ids(SCHOOL))
def it_reads_a_duty_of_the_school_or_families_as_theirs_not_the_vendors(text: str) -> None:
    assert _kind(text) == "school"


@pytest.mark.parametrize("text", VENDOR_BY_TERM, ids=_ids(VENDOR_BY_TERM))
def it_reads_a_term_naming_no_bound_party_or_a_schools_right_as_binding_the_vendor(
    text: str,
) -> None:
    reading = classify(Sentence(text, "paragraph 1", 1))
    assert reading.kind == "vendor" and reading.binds_vendor


@pytest.mark.parametrize("text", DEFINITIONS, ids=_ids(DEFINITIONS))
def it_reads_a_definition_as_no_promise(text: str) -> None:
    assert _kind(text) == "definition"


@pytest.mark.parametrize("text", RECITALS, ids=_ids(RECITALS))
def it_reads_a_recital_as_no_promise(text: str) -> None:
    assert _kind(text) == "recital"


@pytest.mark.parametrize("text", HEADINGS, ids=_ids(HEADINGS))
def it_reads_a_numbered_title_as_a_heading(text: str) -> None:
    assert _kind(text) == "heading"


def it_keeps_the_readers_heading_mark() -> None:
    assert _kind("Provider shall protect data", heading=True) == "heading"


@pytest.mark.parametrize("text", REFERENCES, ids=_ids(REFERENCES))
def it_reads_a_description_of_another_document_as_a_reference(text: str) -> None:
    assert _kind(text) == "reference"


@pytest.mark.parametrize("text", OTHERS, ids=_ids(OTHERS))
def it_reads_notes_questions_and_fragments_as_other(text: str) -> None:
    assert _kind(text) == "other"


def it_gives_the_rules_only_the_vendors_obligations_in_order() -> None:
    texts = [VENDOR[0], SCHOOL[0], DEFINITIONS[0], VENDOR[1], RECITALS[0], HEADINGS[0]]
    sentences = [Sentence(text, f"paragraph {n}", n) for n, text in enumerate(texts, 1)]
    assert [s.text for s in vendor_obligations(sentences)] == [VENDOR[0], VENDOR[1]]


@pytest.mark.parametrize(
    ("text", "verb", "denied"),
    [("Provider will not sell, rent, lease, or trade student data.", r"\btrad", True),
     ("Provider will not sell student data, and will notify the District of a breach.",
      r"\bnotif", False),
     ("Provider shall not sell data but shall delete it on request.", r"\bdelet", False),
     ("Provider shall not sell data; it will encrypt data at rest.", r"\bencrypt", False),
     ("Student Data includes, but is not limited to, names, which Provider may disclose.",
      r"\bdisclos", False),
     ("Provider will never use data except for the disclosed activities.", r"\bdisclos",
      False),
     ("Provider shall notify the District no later than 72 hours after discovery.",
      r"\bnotif", False),
     ("When no longer needed, Provider shall delete the data.", r"\bdelet", False),
     ("No Student Data shall be sold or rented.", r"\brent", True),
     ("Provider agrees never to sell student data.", r"\bsell", True),
     ("Provider is prohibited from selling student data.", r"\bsell", True),
     ("Operator shall not: engage in targeted advertising.", r"\badvertis", True),
     ("Provider will not sell data and will not disclose it.", r"\bdisclos", True)],
    ids=["list-after-will-not", "positive-after-and-will", "positive-after-but-shall",
         "after-semicolon", "not-limited-to", "participle-is-no-verb", "no-later-than",
         "no-longer-needed", "opening-no", "agrees-never", "prohibited-from",
         "after-a-lead-in-colon", "second-denial"],
)  # fmt: skip
def it_scopes_a_denial_to_its_own_clause(text: str, verb: str, denied: bool) -> None:
    assert negated(text, verb) is denied


@pytest.mark.parametrize(
    ("text", "days"),
    [("within seventy-two (72) hours", [3.0]),
     ("a 24-hour window", [1.0]),
     ("within one week", [7.0]),
     ("two weeks", [14.0]),
     ("within ten (10) business days", [14.0]),
     ("five working days", [7.0]),
     ("thirty (30) calendar days", [30.0]),
     ("within 48 hrs", [2.0]),
     ("twenty four hours", [1.0]),
     ("a 30-day period", [30.0]),
     ("five (5) days", [5.0]),
     ("within sixty days or 72 hours", [60.0, 3.0]),
     ("promptly", []),
     ("often days later", [])],
    ids=["words-and-digits", "hyphenated", "one-week", "weeks", "business-days",
         "working-days", "calendar-days", "hrs", "spaced-compound", "hyphenated-days",
         "digits-in-brackets", "two-periods", "no-period", "no-number-inside-a-word"],
)  # fmt: skip
def it_normalises_periods_to_calendar_days(text: str, days: list[float]) -> None:
    assert [d.days for d in durations(text)] == pytest.approx(days)


@pytest.mark.parametrize(
    "text",
    ["within [Number, e.g., 60] days", "within [X] business days", "within ____ days",
     "following [INSERT PROCEDURES]", "within [ ] hours"],
    ids=["example-number", "x", "underscores", "insert", "empty-brackets"],
)  # fmt: skip
def it_reads_a_placeholder_as_no_number(text: str) -> None:
    assert has_placeholder(text) and all(d.days is None for d in durations(text))


@pytest.mark.parametrize(
    ("word", "value"),
    [("72", 72.0), ("seventy-two", 72.0), ("Twenty four", 24.0), ("sixteen", 16.0),
     ("one hundred", 100.0), ("ninety", 90.0), ("many", None)],
    ids=["digits", "hyphenated", "spaced", "teen", "hundred", "tens", "not-a-number"],
)  # fmt: skip
def it_reads_numbers_in_words_and_digits(word: str, value: float | None) -> None:
    assert number_value(word) == value


def it_keeps_business_and_calendar_days_apart() -> None:
    business, calendar = durations("5 business days, or 5 calendar days")
    assert (business.business, calendar.business) == (True, False)


@pytest.mark.parametrize(
    ("text", "requirement", "status"),
    [("'PII' includes, but is not limited to, data that Provider may not sell, rent or lease.",
      "R15d", "missing"),
     ("WHEREAS, Provider will keep Student Data secure and confidential;", "R5", "missing"),
     ("The base agreement is written against FERPA.", "R8", "missing"),
     ("12.4 Connecticut Governing Law.", "R9", "missing"),
     ("School shall notify parents of a breach of student data within two days.", "R6c",
      "missing"),
     ("School will establish procedures for parents to review and correct student records.",
      "R4", "missing"),
     ("Provider shall report the breach to all affected parents within 72 hours.", "R6a",
      "missing"),
     ("Company will not engage in targeted advertising to students.", "R15a", "present"),
     ("Company will not engage in targeted advertising to students.", "R15b", "present"),
     ("Provider shall not use student data to engage in targeted advertising.", "R15b",
      "weak"),
     ("Provider will not sell, rent, lease, or trade student data, and will notify the District"
      " of a breach within 24 hours.", "R15d", "present"),
     ("Provider shall notify the District of a breach within a 24-hour period.", "R6b",
      "present"),
     ("Provider shall notify the District of a breach within one week.", "R6a", "weak"),
     ("Provider shall notify the District of a breach within [Number, e.g., 60] days.", "R6b",
      "weak"),
     ("Provider shall delete Student Data upon written request of the District, following "
      "[INSERT PROCEDURES].", "R2", "weak"),
     ("Provider may audit on two (2) days' notice; Provider shall notify the District of a "
      "security incident promptly.", "R6b", "weak")],
    ids=["definition-is-no-ban", "recital-is-no-promise", "reference-is-no-promise",
         "heading-is-no-promise", "schools-own-notice", "schools-own-procedure",
         "parents-are-not-the-school", "plain-advertising-ban-own-service",
         "plain-advertising-ban-elsewhere", "use-ban-is-weak-for-15b", "list-then-promise",
         "hyphenated-hours", "one-week", "placeholder-days", "placeholder-procedure",
         "audit-notice-is-not-breach-notice"],
)  # fmt: skip
def it_lets_the_rules_read_only_what_binds_the_vendor(
    text: str, requirement: str, status: str, library: ClauseLibrary
) -> None:
    findings = audit_sentences([Sentence(text, "paragraph 1", 1)], library.requirements, "operator")
    assert {f.requirement.id: f.status for f in findings}[requirement] == status
