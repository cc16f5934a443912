"""Classes of misreading found in batch 74 (tests/corpus/heldout-74/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 09aefa6, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # A request the vendor only weighs against its own retention schedule (2)
    ('R2', (
        (PREAMBLE,),
        (
            'A School may ask Maplewood to delete all of its Student Data by email to '
            'privacy@maplewood.example.',
            'Maplewood reviews each request and will consider it against its records retention '
            'schedule.',
        ),
    ), 'weak', 'considered-against-its-schedule', 'operator'),
    # … or says so in the next paragraph, after the dashboard's delete button (2)
    ('R2', (
        (PREAMBLE,),
        (
            'Teachers can delete a class at any time from the teacher dashboard.',
            'Deleting a class removes its roster.',
        ),
        (
            'For anything the dashboard cannot remove, email support@maplewood.example and we '
            'will consider your request.',
        ),
    ), 'weak', 'considered-in-the-next-paragraph', 'operator'),
    # The vendor keeps what its own business needs (2)
    ('R2', (
        (ARTIST,),
        (
            'The Host may ask the Artist in writing at any time to delete student information, '
            'and the Artist will do so unless the Artist needs to keep it for business records.',
        ),
    ), 'weak', 'unless-it-needs-to-keep-it', 'consultant'),
    # A request for a certificate, not for a deletion (2)
    ('R2', (
        (PREAMBLE,),
        (
            '4.6 Within thirty days after the term ends, Maplewood will delete Customer Data.',
            'Upon Customer\'s written request, Maplewood will certify the deletion in writing.',
        ),
    ), 'missing', 'request-for-a-certificate-only', 'operator'),
    # Records tied to a student kept for months beside the delete button (2)
    ('R2', (
        (PREAMBLE,),
        (
            'A teacher can delete a class at any time from the dashboard.',
            'We keep usage logs, which may be linked to a device identifier, for up to 18 '
            'months.',
        ),
    ), 'weak', 'logs-linked-to-a-device-kept', 'operator'),
    # The families told only when the school's agency instructs it (6(d))
    ('R6d', (
        (PREAMBLE,),
        (
            '6.3 Where the Agency so instructs, Maplewood shall notify the affected students or '
            'their parents of any breach within ten (10) days after discovery.',
        ),
    ), 'weak', 'families-told-when-the-agency-instructs', 'operator'),
    # The school as the families' post room is not told itself (6(b))
    ('R6b', (
        (PREAMBLE,),
        (
            '7.1 Maplewood shall notify the District of a breach of directory information, '
            'student records or student-generated content within ten (10) business days of '
            'discovery.',
        ),
        (
            '7.2 Maplewood shall itself notify the affected students or their parents, by email '
            'or, if none, by letter that the District will address and mail for Maplewood, of a '
            'breach of directory information, student records or student-generated content '
            'within ten (10) days after discovery.',
        ),
    ), 'weak', 'letters-the-district-mails-for-it', 'operator'),
    # Safeguards as the consultant judges them (5)
    ('R5', (
        (ARTIST,),
        (
            'I will protect student information with reasonable safeguards, as I determine in '
            'my professional judgement.',
        ),
    ), 'weak', 'as-i-determine', 'consultant'),
    # Terms a helper must accept are no safeguard of the vendor's own (5)
    ('R5', (
        (ARTIST,),
        (
            'I will not subcontract any part of a workshop that involves Student Data without '
            'the Host\'s written consent, and any assistant the Host approves must agree in '
            'writing to terms at least as protective of Student Data as these terms.',
        ),
    ), 'missing', 'terms-as-protective-for-helpers', 'consultant'),
    # Reasonable steps against misuse and loss (5)
    ('R5', (
        (PREAMBLE,),
        ('We take reasonable steps to protect student data from misuse and loss.',),
    ), 'weak', 'reasonable-steps-against-misuse', 'operator'),
    # De-identified data given to the world (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified data to improve the App and to publish its '
            'Backyard Count dataset, which is made available to universities and other third '
            'parties under an open data licence.',
        ),
    ), 'weak', 'open-data-licence', 'operator'),
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified data to improve the App.',
            'The Backyard Count dataset, which holds de-identified sightings, is published '
            'openly and anyone may download it.',
        ),
    ), 'weak', 'published-openly', 'operator'),
    # The students' data added to the vendor's own census (U1, 15(c))
    ('U1', (
        (PREAMBLE,),
        (
            'Maplewood may use Student Data (a) to provide the App; (b) to personalise lessons; '
            'and (c) to add each class\'s sightings to the City Bird Census.',
        ),
    ), 'weak', 'added-to-its-census', 'operator'),
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect and keep student information only to run the App for your classes and '
            'to build the Maplewood Bird Census.',
        ),
    ), 'weak', 'kept-to-build-its-census', 'operator'),
    # Photos the class submits become the vendor's (1)
    ('R1', (
        (PREAMBLE,),
        ('Student Data remains the property of the School.',),
        (
            'When a teacher turns on sharing, each photo the class submits becomes part of the '
            'Bird Atlas collection, which Maplewood owns.',
        ),
    ), 'weak', 'submitted-photos-join-its-collection', 'operator'),
    # "ownership of student accounts": the student as a kind of thing, not its owner (11)
    ('R11', (
        (PREAMBLE,),
        ('We do not claim ownership of student accounts or of the drawings students upload.',),
    ), 'weak', 'ownership-of-student-accounts-disclaimed', 'operator'),
    # An account used only by the vendor's staff: who, not for what (3)
    ('R3', (
        (ARTIST,),
        (
            'I keep the students\' order slips in a locked case and the order spreadsheet in a '
            'password-protected account used only by my staff.',
        ),
    ), 'missing', 'account-used-only-by-its-staff', 'consultant'),
    # The vendor's own offers picked by how the player plays (13)
    ('R13', (
        (PREAMBLE,),
        (
            'We do not use personal information from classroom accounts to target ads.',
            'Players may see in-game offers for Maplewood Premium, which are selected based on '
            'how the player plays.',
        ),
    ), 'weak', 'offers-picked-by-how-the-player-plays', 'operator'),
]  # fmt: skip

CONTROLS = [
    ('R2', (
        (PREAMBLE,),
        (
            'A School may ask Maplewood to delete all of its Student Data by email to '
            'privacy@maplewood.example.',
            'Maplewood will delete it within thirty days.',
        ),
    ), 'present', 'request-by-email-then-deleted', 'operator'),
    ('R2', (
        (PREAMBLE,),
        (
            'Upon the District\'s written request, Maplewood will delete the Student Data and '
            'certify the deletion in writing.',
        ),
    ), 'present', 'deleted-and-certified-on-request', 'operator'),
    ('R6c', (
        (PREAMBLE,),
        (
            'Maplewood shall notify the affected students or their parents of a breach within '
            'five (5) days after discovery.',
        ),
    ), 'present', 'families-told-in-five-days', 'operator'),
    ('R5', (
        (PREAMBLE,),
        ('We use encryption and access controls to protect student data from misuse and loss.',),
    ), 'present', 'encryption-against-misuse', 'operator'),
    ('U2', (
        (PREAMBLE,),
        ('Maplewood may use de-identified data to improve the App.',),
    ), 'present', 'de-identified-to-improve', 'operator'),
    ('R11', (
        (PREAMBLE,),
        ('Students own the drawings they create.',),
    ), 'present', 'students-own-their-drawings', 'operator'),
    ('R3', (
        (ARTIST,),
        ('I will use student information only to deliver the workshop.',),
    ), 'present', 'used-only-for-the-workshop', 'consultant'),
    ('R13', (
        (PREAMBLE,),
        ('We do not use personal information from classroom accounts to target ads.',),
    ), 'present', 'no-targeted-ads', 'operator'),
]  # fmt: skip

test_batch_74_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_74_controls_stand = probe.reads_as_labelled(CONTROLS)


# The two reviews of this round's readings (helpers on copies without the corpora, 179 probes
# in words of their own): 60 points, 19 of them the round's own patterns reaching too far
# (suggestions weighed "in light of our product plans"; an export or a free trial asked for in
# the next paragraph; a request to wipe or remove the data and certify it; the school's billing
# records tied to an account; a school's direction on the form or language of the notice; a
# judgement that governs a report, not the safeguards; the App "which anyone can download" or
# its artwork under Creative Commons; the class's or the district's own dataset; a gallery the
# vendor "holds" for the school; videos the students "take home"; "student account holders" as
# owners; offers "never selected" by play). Each case below fails at e6c7e2e, before the mends;
# each control reads the same on both. Left (see docs/audit.md, Known misreadings): a logs
# clause in another paragraph than the delete button, and "remove … and send a written
# notice" (2); "if the District so directs" between "shall" and "notify", and "When the
# District requests translated notices" (6(c), 6(d)); "prevent the misuse …" and encryption
# said as practice (5), a subprocessor required to protect the data read as the vendor's
# own safeguard (5); uses added to "the … Sparrow Map", and a census use outside a list (U1);
# "ownership of student work" disclaimed (11); the vendor's own materials students only use
# or watch (1); offers that "reflect how each player plays" (13). Each of these read the same
# before this round.
REVIEW_A = [
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by writing to "
            "privacy@maplewood.example.",
            "We will look at each request and consider it in light of our retention schedule.",
        ),
    ), "weak", "r2-D01"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by writing to "
            "privacy@maplewood.example.",
            "We will weigh each such request against our records retention schedule.",
        ),
    ), "weak", "r2-D02"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by writing to "
            "privacy@maplewood.example.",
            "We will assess it against our data retention schedule and reply within 30 days.",
        ),
    ), "weak", "r2-D03"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by writing to "
            "privacy@maplewood.example.",
            "Maplewood will delete the data within thirty (30) days.",
            "Parents may also send us suggestions about the App, and we will consider them in"
            " light of our product plans.",
        ),
    ), "present", "r2-D04"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask the Artist in writing at any time to delete student "
            "information, and the Artist will do so unless the Artist must hold on to it for "
            "business records.",
        ),
    ), "weak", "r2-D05", "consultant"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may email privacy@maplewood.example to ask us to delete Student Data,"
            " and we will delete it within 30 days unless we have a legitimate business need "
            "to keep it.",
        ),
    ), "weak", "r2-D07"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may email privacy@maplewood.example to ask us to delete Student Data,"
            " and we will delete it within 30 days unless we need to keep it because the "
            "Internal Revenue Code requires it.",
        ),
    ), "present", "r2-D09"),
    ("R2", (
        (PREAMBLE,),
        (
            "Teachers can delete a class at any time from the dashboard.",
            "Deleting a class removes its roster and all student work within 24 hours.",
        ),
        (
            "If you would like an export of your class data, email support@maplewood.example "
            "and we will consider your request.",
        ),
    ), "present", "r2-D12"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by writing to "
            "privacy@maplewood.example, and Maplewood will delete it within thirty (30) days.",
        ),
        (
            "Schools that want a longer free trial can write to sales@maplewood.example and "
            "we will consider the request.",
        ),
    ), "present", "r2-D13"),
    ("R2", (
        (PREAMBLE,),
        (
            "4.6 Within thirty days after the term ends, Maplewood will delete Customer Data.",
            "Upon Customer's written request, Maplewood will provide a certificate of "
            "deletion.",
        ),
    ), "missing", "r2-D14"),
    ("R2", (
        (PREAMBLE,),
        (
            "Upon the District's written request, Maplewood will wipe all copies and confirm "
            "the destruction within ten (10) days by email.",
        ),
    ), "present", "r2-D26"),
    ("R2", (
        (PREAMBLE,),
        (
            "At the District's request, Maplewood will remove the records and certify "
            "deletion within ten (10) days by email.",
        ),
    ), "present", "r2-D27"),
    ("R2", (
        (PREAMBLE,),
        (
            "A teacher can delete a class at any time from the dashboard.",
            "Usage logs, which may be linked to a device identifier, are kept for up to 24 "
            "months.",
        ),
    ), "weak", "r2-D19"),
    ("R2", (
        (PREAMBLE,),
        (
            "A teacher can delete a class at any time from the dashboard.",
            "We keep usage logs tied to a device identifier for up to 24 months.",
        ),
    ), "weak", "r2-D20"),
    ("R2", (
        (PREAMBLE,),
        (
            "A teacher can delete a class at any time from the dashboard.",
            "We keep server logs, which may include a student's IP address and device "
            "identifier, for up to 24 months.",
        ),
    ), "weak", "r2-D21"),
    ("R2", (
        (PREAMBLE,),
        (
            "A teacher can delete a class at any time from the dashboard.",
            "We keep usage logs, which may be linked to a device identifier, for a period of "
            "twenty-four months.",
        ),
    ), "weak", "r2-D22"),
    ("R2", (
        (PREAMBLE,),
        (
            "A teacher can delete a class at any time from the dashboard, and deleting a "
            "class removes all of its student records within 24 hours.",
            "We keep billing records, which are linked to the teacher account, for up to 7 "
            "years.",
        ),
    ), "present", "r2-D23"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by email to "
            "privacy@maplewood.example, and Maplewood will delete it within 30 days.",
            "We keep invoices, which are tied to the school account, for seven years.",
        ),
    ), "present", "r2-D24"),
    ("R6d", (
        (PREAMBLE,),
        (
            "6.3 If directed by the District, Maplewood shall notify the affected students or"
            " their parents of any breach within ten (10) days after discovery.",
        ),
    ), "weak", "r6d-B02"),
    ("R6d", (
        (PREAMBLE,),
        (
            "6.3 Upon the District's written instruction, Maplewood shall notify the affected"
            " students or their parents of any breach within ten (10) days after discovery.",
        ),
    ), "weak", "r6d-B04"),
    ("R6c", (
        (PREAMBLE,),
        (
            "When instructed by the School, Maplewood will notify the affected students or "
            "their parents of a breach within five (5) days after discovery.",
        ),
    ), "weak", "r6c-B06"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Where the District instructs on the form of the notice, Maplewood will use that "
            "form; Maplewood will in every case notify the affected students or their parents"
            " of a breach within five (5) days after discovery.",
        ),
    ), "present", "r6c-B08"),
    ("R6c", (
        (PREAMBLE,),
        (
            "If the District requests, Maplewood will also send the District a copy of the "
            "notice it gives, and Maplewood will notify the affected students or their "
            "parents of every breach within five (5) days after discovery.",
        ),
    ), "present", "r6c-B09"),
    ("R6b", (
        (PREAMBLE,),
        (
            "7.1 Maplewood shall notify the District of a breach of directory information, "
            "student records or student-generated content within ten (10) business days of "
            "discovery.",
        ),
        (
            "7.2 Maplewood shall itself notify the affected students or their parents, by "
            "email or, if none, by letter that the District will address and mail on "
            "Maplewood's behalf, of a breach of directory information, student records or "
            "student-generated content within ten (10) days after discovery.",
        ),
    ), "weak", "r6b-B12"),
    ("R6b", (
        (PREAMBLE,),
        (
            "7.1 Maplewood shall notify the District of a breach of directory information, "
            "student records or student-generated content within ten (10) business days of "
            "discovery.",
        ),
        (
            "7.2 Maplewood shall itself notify the affected students or their parents, by "
            "email or, if none, by letters addressed and mailed by the District for "
            "Maplewood, of a breach of directory information, student records or student-"
            "generated content within ten (10) days after discovery.",
        ),
    ), "weak", "r6b-B13"),
    ("R6b", (
        (PREAMBLE,),
        (
            "7.1 Maplewood shall notify the District of a breach of directory information, "
            "student records or student-generated content within ten (10) business days of "
            "discovery.",
        ),
        (
            "7.2 Maplewood shall itself notify the affected students or their parents, by "
            "email or, if none, by a letter the District will send out for Maplewood, of a "
            "breach of directory information, student records or student-generated content "
            "within ten (10) days after discovery.",
        ),
    ), "weak", "r6b-B14"),
    ("R5", (
        (ARTIST,),
        (
            "I will protect student information with such safeguards as I see fit.",
        ),
    ), "weak", "r5-S01", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "I will protect student information with the safeguards I consider appropriate.",
        ),
    ), "weak", "r5-S02", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "I keep student information in a locked case and on an encrypted laptop, and I "
            "will tell the Host of anything that, in my professional judgement, suggests it "
            "has been lost.",
        ),
    ), "present", "r5-S05", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take reasonable measures to protect student data against misuse, interference"
            " and loss.",
        ),
    ), "weak", "r5-S08"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take reasonable steps to protect student data from interference, misuse and "
            "loss.",
        ),
    ), "weak", "r5-S09"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take reasonable steps to safeguard student data from misuse and loss.",
        ),
    ), "weak", "r5-S10"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take reasonable steps to protect student data from accidental loss, misuse "
            "and unauthorised access.",
        ),
    ), "weak", "r5-S11"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take reasonable steps to protect student data against unauthorized access and"
            " disclosure.",
        ),
    ), "weak", "r5-S12"),
    ("R5", (
        (ARTIST,),
        (
            "I will not subcontract any part of a workshop that involves Student Data without"
            " the Host's written consent, and any assistant the Host approves must agree in "
            "writing to protect Student Data under terms no less protective than these terms.",
        ),
    ), "missing", "r5-S20", "consultant"),
]  # fmt: skip

REVIEW_A_CONTROLS = [
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask the Artist in writing at any time to delete student "
            "information, and the Artist will do so within 14 days, except any information "
            "the Artist needs for its accounting records.",
        ),
    ), "weak", "r2-D06", "consultant"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may email privacy@maplewood.example to ask us to delete Student Data,"
            " and we will delete it within 30 days unless we need to keep it to comply with a"
            " subpoena.",
        ),
    ), "present", "r2-D08"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may email privacy@maplewood.example to ask us to delete Student Data,"
            " and we will delete it within 30 days unless the School tells us it needs to "
            "keep it.",
        ),
    ), "present", "r2-D10"),
    ("R2", (
        (PREAMBLE,),
        (
            "Teachers can delete a class at any time from the dashboard.",
            "Deleting a class removes its roster.",
        ),
        (
            "For anything the dashboard cannot remove, email support@maplewood.example and "
            "we'll review your request.",
        ),
    ), "weak", "r2-D11"),
    ("R2", (
        (PREAMBLE,),
        (
            "4.6 Within thirty days after the term ends, Maplewood will delete Customer Data.",
            "Upon Customer's written request, Maplewood will certify in writing that all "
            "Customer Data has been destroyed.",
        ),
    ), "missing", "r2-D15"),
    ("R2", (
        (PREAMBLE,),
        (
            "Upon the District's written request, Maplewood will permanently erase the "
            "records or, where erasure is not possible, anonymise them, and certify the "
            "erasure within ten (10) days.",
        ),
    ), "present", "r2-D28"),
    ("R6d", (
        (PREAMBLE,),
        (
            "6.3 At the Agency's direction, Maplewood shall notify the affected students or "
            "their parents of any breach within ten (10) days after discovery.",
        ),
    ), "weak", "r6d-B01"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Should the District so direct, Maplewood will notify the affected students or "
            "their parents of a breach within five (5) days after discovery.",
        ),
    ), "weak", "r6c-B05"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Where the District so directs in writing, Maplewood will notify the affected "
            "students or their parents of a breach within five (5) days after discovery.",
        ),
    ), "weak", "r6c-B07"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Maplewood will notify the affected students or their parents of a breach within "
            "five (5) days after discovery.",
            "Where the District requests, Maplewood will notify them sooner.",
        ),
    ), "present", "r6c-B10"),
    ("R6b", (
        (PREAMBLE,),
        (
            "7.2 Maplewood shall notify the District and the affected students or their "
            "parents, the parents by letters that the District will print and mail for "
            "Maplewood, of a breach of directory information, student records or student-"
            "generated content within ten (10) days after discovery.",
        ),
    ), "present", "r6b-B16"),
    ("R5", (
        (ARTIST,),
        (
            "I will keep student information secure using the measures that, in my judgment, "
            "are suitable.",
        ),
    ), "weak", "r5-S03", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "I will keep student information secure and confidential, taking such steps as I "
            "deem necessary.",
        ),
    ), "weak", "r5-S04", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "I will keep all class lists in a locked case and encrypt any digital copies.",
            "I will decide, in my professional judgement, which activities suit each class.",
        ),
    ), "present", "r5-S06", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "We will protect student information with reasonable safeguards, as we determine "
            "in our professional judgement.",
        ),
    ), "weak", "r5-S07", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "We encrypt student data in transit and at rest, restrict access to staff who "
            "need it, and take other reasonable steps to protect it from misuse and loss.",
        ),
    ), "present", "r5-S14"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will take reasonable steps to protect Student Data from unauthorized "
            "access.",
        ),
    ), "weak", "r5-S16"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood shall protect Student Data with administrative, physical and technical"
            " safeguards at least as protective as those it uses for its own most sensitive "
            "information.",
        ),
    ), "present", "r5-S17"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood shall encrypt Student Data and maintain security controls at least as "
            "stringent as those described in Exhibit C.",
        ),
    ), "present", "r5-S18"),
    ("R5", (
        (ARTIST,),
        (
            "I keep student information in a locked case, and any assistant must agree in "
            "writing to terms at least as protective of Student Data as these terms.",
        ),
    ), "present", "r5-S19", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Any assistant the Host approves must agree in writing to keep Student Data "
            "secure and confidential on the same terms as these.",
        ),
    ), "missing", "r5-S21", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will encrypt Student Data at rest and in transit and limit access to "
            "staff who need it.",
            "Each subprocessor must agree in writing to terms at least as protective of "
            "Student Data as these terms.",
        ),
    ), "present", "r5-S26"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete all of its Student Data by email to "
            "privacy@maplewood.example.",
            "Maplewood reviews each request and will consider it against its records "
            "retention schedule.",
        ),
    ), "weak", "r2-C01"),
    ("R2", (
        (PREAMBLE,),
        (
            "Upon the District's written request, Maplewood will delete the Student Data "
            "within thirty (30) days and certify the deletion in writing.",
        ),
    ), "present", "r2-C02"),
    ("R2", (
        (PREAMBLE,),
        (
            "A teacher can delete a class at any time from the dashboard, and deleting a "
            "class removes all of its student records within 24 hours.",
            "We keep aggregate usage reports, which are not linked to any student, for up to "
            "24 months.",
        ),
    ), "present", "r2-C03"),
    ("R2", (
        (PREAMBLE,),
        (
            "A teacher can delete a class at any time from the dashboard.",
            "We keep activity logs, which are linked to student accounts, for two years.",
        ),
    ), "weak", "r2-C04"),
    ("R2", (
        (PREAMBLE,),
        (
            "Teachers can remove a student from a class in the dashboard.",
            "Removing a student deletes their profile.",
        ),
        (
            "To have other records deleted, email support@maplewood.example and we will "
            "consider your request.",
        ),
    ), "weak", "r2-C05"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by writing to "
            "privacy@maplewood.example, and Maplewood will delete it within thirty (30) days.",
        ),
        (
            "We will consider each request to correct a record within ten days.",
        ),
    ), "present", "r2-C06"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask the Artist in writing at any time to delete student "
            "information, and the Artist will do so within 14 days unless the Artist "
            "reasonably needs to retain it for its own records.",
        ),
    ), "weak", "r2-C07", "consultant"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School may ask Maplewood to delete its Student Data by writing to "
            "privacy@maplewood.example.",
            "Maplewood may decline a request where it needs the data to provide the Service.",
        ),
    ), "weak", "r2-C08"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Maplewood will notify the affected students or their parents of a breach within "
            "five (5) days after discovery.",
        ),
    ), "present", "r6c-B18"),
    ("R6c", (
        (PREAMBLE,),
        (
            "If the District so elects, Maplewood will notify the affected students or their "
            "parents of a breach within five (5) days after discovery.",
        ),
    ), "weak", "r6c-B19"),
    ("R6d", (
        (PREAMBLE,),
        (
            "6.3 Where the Agency so instructs, Maplewood shall notify the affected students "
            "or their parents of any breach within ten (10) days after discovery.",
        ),
    ), "weak", "r6d-B20"),
    ("R6d", (
        (PREAMBLE,),
        (
            "6.3 Maplewood shall notify the affected students or their parents of any breach "
            "of directory information, student records or student-generated content within "
            "ten (10) days after discovery.",
        ),
    ), "present", "r6d-B21"),
    ("R6b", (
        (PREAMBLE,),
        (
            "7.1 Maplewood shall notify the District of a breach of directory information, "
            "student records or student-generated content within ten (10) business days of "
            "discovery.",
        ),
        (
            "7.2 Maplewood shall itself notify the affected students or their parents, by "
            "email or, if none, by letter that the District will address and mail for "
            "Maplewood, of a breach of directory information, student records or student-"
            "generated content within ten (10) days after discovery.",
        ),
    ), "weak", "r6b-B22"),
    ("R6b", (
        (PREAMBLE,),
        (
            "7.1 Maplewood shall notify the District of a breach of directory information, "
            "student records or student-generated content within ten (10) days of discovery.",
        ),
    ), "present", "r6b-B23"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Maplewood will notify the affected students or their parents of a breach within "
            "five (5) days after discovery.",
            "If the District requests, Maplewood will meet with District staff to review the "
            "incident.",
        ),
    ), "present", "r6c-B24"),
    ("R5", (
        (ARTIST,),
        (
            "I will protect student information with reasonable safeguards, as I determine in"
            " my professional judgement.",
        ),
    ), "weak", "r5-S27", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "I will not subcontract any part of a workshop that involves Student Data without"
            " the Host's written consent, and any assistant the Host approves must agree in "
            "writing to terms at least as protective of Student Data as these terms.",
        ),
    ), "missing", "r5-S28", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take reasonable steps to protect student data from misuse and loss.",
        ),
    ), "weak", "r5-S29"),
    ("R5", (
        (PREAMBLE,),
        (
            "We use encryption and access controls to protect student data from misuse and "
            "loss.",
        ),
    ), "present", "r5-S30"),
    ("R5", (
        (ARTIST,),
        (
            "I keep paper class lists in a locked case and shred them after each workshop.",
        ),
    ), "present", "r5-S31", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "I will keep student information secure using the safeguards I choose in my sole "
            "discretion.",
        ),
    ), "weak", "r5-S32", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will encrypt all Student Data with protections at least as secure as "
            "those banks use for account data.",
        ),
    ), "present", "r5-S33"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will take reasonable care to protect Student Data from loss or theft.",
        ),
    ), "weak", "r5-S34"),
    ("R5", (
        (ARTIST,),
        (
            "I will store all student information on an encrypted laptop protected by a "
            "password.",
            "Where, in my professional judgement, a student needs support, I will tell the "
            "Host.",
        ),
    ), "present", "r5-S35", "consultant"),
]  # fmt: skip

REVIEW_B = [
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
            "We release the de-identified sightings dataset under a CC BY 4.0 licence.",
        ),
    ), "weak", "u2-U2-01"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App and may make the de-"
            "identified dataset publicly available.",
        ),
    ), "weak", "u2-U2-02"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
            "Each spring we post the de-identified count data on our website, where "
            "researchers and the public can download it free of charge.",
        ),
    ), "weak", "u2-U2-03"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App and releases de-"
            "identified counts as open data.",
        ),
    ), "weak", "u2-U2-04"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
            "The de-identified Backyard Count dataset is freely downloadable by anybody.",
        ),
    ), "weak", "u2-U2-06"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, which anyone can "
            "download and use free of charge.",
        ),
    ), "present", "u2-U2-10"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App and may make aggregated "
            "results available to the public.",
        ),
    ), "weak", "u2-U2-13"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to include each class's sightings in the City Bird Census.",
        ),
    ), "weak", "u1-U1-01"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to compile "
            "the attendance dataset the District requests under this Agreement.",
        ),
    ), "present", "r3-R3-06"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to compile "
            "the attendance dataset the District requests under this Agreement.",
        ),
    ), "present", "r15c-R3-06"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App for your "
            "classes and to build the class dataset that the teacher uses to grade the "
            "project.",
        ),
    ), "present", "r3-R3-07"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App for your "
            "classes and to build the class dataset that the teacher uses to grade the "
            "project.",
        ),
    ), "present", "r15c-R3-07"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Each photo the class submits becomes part of Maplewood's Bird Atlas collection.",
        ),
    ), "weak", "r1-R1-02"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Each photo and recording the class submits becomes part of the City Sparrow "
            "Census, which Maplewood owns.",
        ),
    ), "weak", "r1-R1-03"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Photos the students upload are added to the Bird Atlas collection, which "
            "Maplewood owns and publishes.",
        ),
    ), "weak", "r1-R1-04"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Each photo the class submits becomes part of the class gallery, which Maplewood "
            "holds on the School's behalf.",
        ),
    ), "present", "r1-R1-06"),
    ("R1", (
        (ARTIST,),
        (
            "Student Data is the property of the Host.",
        ),
        (
            "The Artist owns the copyright in the demonstration videos the students take home"
            " after each session.",
        ),
    ), "present", "r1-R1-08", "consultant"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Every recording the class submits will become part of our Sound Library, and "
            "Maplewood owns that library.",
        ),
    ), "weak", "r1-R1-11"),
    ("R11", (
        (PREAMBLE,),
        (
            "We don't claim ownership of the student accounts, class rosters or the "
            "observations students enter.",
        ),
    ), "weak", "r11-R11-02"),
    ("R11", (
        (PREAMBLE,),
        (
            "Content created in the App is the property of student account holders or their "
            "parents.",
        ),
    ), "present", "r11-R11-05"),
    ("R11", (
        (PREAMBLE,),
        (
            "We do not claim ownership of student user accounts or of the drawings made in "
            "them.",
        ),
    ), "weak", "r11-R11-07"),
    ("R11", (
        (PREAMBLE,),
        (
            "We claim no ownership of students' accounts or the observations they enter.",
        ),
    ), "weak", "r11-R11-08"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Players may see in-game offers for Maplewood Premium, matched to how each child "
            "plays.",
        ),
    ), "weak", "r13-R13-01"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "In-game offers for Maplewood Premium are personalised to each player's play "
            "style.",
        ),
    ), "weak", "r13-R13-02"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Players may see offers for Maplewood Premium, which vary depending on the games "
            "they have played.",
        ),
    ), "weak", "r13-R13-03"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Players may see in-game offers for Maplewood Premium, which are never selected "
            "based on how the player plays.",
        ),
    ), "present", "r13-R13-04"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Offers for Maplewood Premium are the same for every player and are not selected "
            "based on how anyone plays.",
        ),
    ), "present", "r13-R13-08"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to include each class's sightings in the City Bird Census.",
        ),
    ), "weak", "u1-U1-12"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to feed each class's sightings into the National Sparrow "
            "Survey.",
        ),
    ), "weak", "u1-U1-13"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to contribute each class's counts to the Great Backyard Bird "
            "Count.",
        ),
    ), "weak", "u1-U1-14"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to add each student's sightings to the class atlas that only "
            "the class and its teacher can see.",
        ),
    ), "present", "u1-U1-16"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to add each class's results to the District dataset when the "
            "District asks in writing.",
        ),
    ), "present", "u1-U1-17"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to publish each class's sightings in the City Sparrow Atlas.",
        ),
    ), "weak", "u1-U1-21"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to add each student's scores to a dataset the teacher can "
            "export for grading.",
        ),
    ), "present", "u1-U1-22"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App for your "
            "classes and build the Maplewood Bird Census.",
        ),
    ), "weak", "r3-R3-17"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App for your "
            "classes and build the Maplewood Bird Census.",
        ),
    ), "weak", "r15c-R3-17"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App, to personalise"
            " lessons and to maintain the Maplewood Bird Census.",
        ),
    ), "weak", "r3-R3-18"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App, to personalise"
            " lessons and to maintain the Maplewood Bird Census.",
        ),
    ), "weak", "r15c-R3-18"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and for "
            "building the City Sparrow Census.",
        ),
    ), "weak", "r3-R3-19"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and for "
            "building the City Sparrow Census.",
        ),
    ), "weak", "r15c-R3-19"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to publish "
            "the City Sparrow Atlas.",
        ),
    ), "weak", "r3-R3-20"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to publish "
            "the City Sparrow Atlas.",
        ),
    ), "weak", "r15c-R3-20"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to grow the"
            " Great Backyard Bird Count.",
        ),
    ), "weak", "r3-R3-21"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to grow the"
            " Great Backyard Bird Count.",
        ),
    ), "weak", "r15c-R3-21"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Each photo the students upload becomes part of the school gallery, which "
            "Maplewood holds in trust for the School.",
        ),
    ), "present", "r1-R1-15"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Every recording the class submits becomes part of the class archive, which "
            "Maplewood holds until the School deletes it.",
        ),
    ), "present", "r1-R1-16"),
    ("R11", (
        (PREAMBLE,),
        (
            "Maplewood claims no ownership of the student accounts or the drawings in them.",
        ),
    ), "weak", "r11-R11-14"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, whose bird "
            "illustrations are licensed under Creative Commons.",
        ),
    ), "present", "u2-U2-18"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Offers for Maplewood Premium are chosen according to the school's subscription "
            "tier, never according to what any player has played.",
        ),
    ), "present", "r13-R13-12"),
]  # fmt: skip

REVIEW_B_CONTROLS = [
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App and may share it with "
            "researchers at universities and museums.",
        ),
    ), "weak", "u2-U2-05"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data only to improve the App.",
            "Maplewood will not make de-identified data available to the public or to other "
            "third parties.",
        ),
    ), "present", "u2-U2-07"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may make de-"
            "identified data available to third parties solely to develop and improve "
            "education apps designed for school purposes.",
        ),
    ), "present", "u2-U2-08"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
        ),
        (
            "Lesson plans written by Maplewood staff are published under a Creative Commons "
            "licence so that any teacher may reuse them.",
        ),
    ), "present", "u2-U2-09"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
            "This policy is published openly on our website so that anyone can access it.",
        ),
    ), "present", "u2-U2-11"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
            "De-identified sightings are published openly and anyone may download and reuse "
            "them.",
        ),
    ), "weak", "u2-U2-12"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data to provide the App and to pool each class's "
            "observations into our research database.",
        ),
    ), "weak", "u1-U1-05"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data only to provide the App and to personalise "
            "lessons.",
            "Maplewood will not add any Student Data to the City Bird Census.",
        ),
    ), "present", "u1-U1-08"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect and keep and use student information only to run the App for your "
            "classes and to build the City Sparrow Census.",
        ),
    ), "weak", "r3-R3-08"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep and use student information only to run the App for your "
            "classes and to build the City Sparrow Census.",
        ),
    ), "weak", "r15c-R3-08"),
    ("R3", (
        (ARTIST,),
        (
            "I keep the students' order slips in a locked case and the order spreadsheet in "
            "an account that only my staff can open.",
        ),
    ), "missing", "r3-R3-09", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The order spreadsheet is kept in a password-protected account accessible only to"
            " my staff.",
        ),
    ), "missing", "r3-R3-10", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "I keep the order spreadsheet on a laptop that only I use.",
        ),
    ), "missing", "r3-R3-12", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "I will use student information only to deliver the workshop, and I keep it in a "
            "password-protected account used only by my staff.",
        ),
    ), "present", "r3-R3-14", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The order spreadsheet is used only by my staff and is kept in a password-"
            "protected account.",
        ),
    ), "missing", "r3-R3-15", "consultant"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "When sharing is on, each photo the class submits becomes part of the Bird Atlas "
            "collection, which is owned by Maplewood.",
        ),
    ), "weak", "r1-R1-01"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Each photo students upload becomes part of the Bird Atlas archive, which "
            "Maplewood owns.",
        ),
    ), "weak", "r1-R1-05"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Each photo and sound recording the class submits becomes part of the Bird Atlas "
            "collection, which Maplewood owns.",
        ),
    ), "weak", "r1-R1-07"),
    ("R1", (
        (ARTIST,),
        (
            "Student Data is the property of the Host.",
        ),
        (
            "The Artist owns the recordings the class makes during the workshop.",
        ),
    ), "weak", "r1-R1-10", "consultant"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data remains the property of the School.",
        ),
        (
            "Each photo the class submits becomes part of the class collection, which the "
            "School owns.",
        ),
    ), "present", "r1-R1-12"),
    ("R11", (
        (PREAMBLE,),
        (
            "We do not claim ownership of any student accounts or of the drawings students "
            "upload.",
        ),
    ), "weak", "r11-R11-01"),
    ("R11", (
        (PREAMBLE,),
        (
            "Maplewood does not claim ownership of student data or of anything students "
            "create.",
        ),
    ), "weak", "r11-R11-04"),
    ("R11", (
        (PREAMBLE,),
        (
            "Ownership of student-generated content belongs to student account holders and "
            "their parents.",
        ),
    ), "present", "r11-R11-06"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students own the drawings and observations they create in the App.",
        ),
    ), "present", "r11-R11-09"),
    ("R11", (
        (PREAMBLE,),
        (
            "We don't claim ownership of student accounts, class rosters or the observations "
            "students enter.",
        ),
    ), "weak", "r11-R11-10"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Offers for Maplewood Premium are chosen according to the school's subscription "
            "plan and are shown only to teachers, not during play.",
        ),
    ), "present", "r13-R13-05"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Players may see in-game offers for Maplewood Premium, which are selected based "
            "on what the player played last.",
        ),
    ), "weak", "r13-R13-06"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to add a class's observations to the City Sparrow Census.",
        ),
    ), "weak", "u1-U1-18"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to contribute counts to the Winter Flock Dataset.",
        ),
    ), "weak", "u1-U1-19"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to provide the App; (b) to personalise "
            "lessons; and (c) to address errors a teacher reports in the class dataset.",
        ),
    ), "present", "u1-U1-20"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to compile "
            "the attendance report the District requests under this Agreement.",
        ),
    ), "present", "r3-R3-22"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to compile "
            "the attendance report the District requests under this Agreement.",
        ),
    ), "present", "r15c-R3-22"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to "
            "contribute to the Winter Flock Dataset.",
        ),
    ), "weak", "r3-R3-23"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to "
            "contribute to the Winter Flock Dataset.",
        ),
    ), "weak", "r15c-R3-23"),
    ("R3", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to add to "
            "our Sparrow Census.",
        ),
    ), "weak", "r3-R3-24"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect, keep and use student information only to run the App and to add to "
            "our Sparrow Census.",
        ),
    ), "weak", "r15c-R3-24"),
    ("R1", (
        (ARTIST,),
        (
            "Student Data is the property of the Host.",
        ),
        (
            "The Artist owns the copyright in the demonstration videos shown during each "
            "session.",
        ),
    ), "present", "r1-R1-13", "consultant"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
            "Our teacher guides are published openly and anyone may download them.",
        ),
    ), "present", "u2-U2-15"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App and may make it "
            "available to universities solely for the development and improvement of "
            "education apps designed for school purposes.",
        ),
    ), "present", "u2-U2-16"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App and to publish its "
            "Backyard Count dataset, which is made available to researchers and other third "
            "parties under an open data licence.",
        ),
    ), "weak", "u2-U2-17"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Players may see in-game offers for Maplewood Premium, which are selected based "
            "on how the player plays.",
        ),
    ), "weak", "r13-R13-09"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not use personal information from classroom accounts to target ads.",
            "Offers for Maplewood Premium are chosen based on the display size of the device.",
        ),
    ), "present", "r13-R13-11"),
]  # fmt: skip

test_the_first_reviews_cases_read_right = probe.reads_as_labelled(REVIEW_A)
test_the_first_reviews_controls_stand = probe.reads_as_labelled(REVIEW_A_CONTROLS)
test_the_second_reviews_cases_read_right = probe.reads_as_labelled(REVIEW_B)
test_the_second_reviews_controls_stand = probe.reads_as_labelled(REVIEW_B_CONTROLS)
