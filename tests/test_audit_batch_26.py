"""Classes of misreading found in batch 26 (tests/corpus/heldout-26/), held out until
2026-12-04 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.render.extract import html_blocks

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
BREACH_NOTICE = (
    "If Maplewood discovers a breach of Student Data, it will notify the School within 24 hours; "
    "each notice will go to the School's privacy contact by email and will describe the breach "
    "and the students affected."
)

CASES = [  # (requirement, paragraphs, status, id)
    # a breach in plain words: a device gone missing, someone got into the data
    ("R6b", ((PREAMBLE,),
             ("If a tablet with our class notes on it goes missing, Maplewood will let the "
              "School's principal know within four days.",)),
     "present", "a-tablet-goes-missing"),
    ("R6b", ((PREAMBLE,),
             ("If we learn that somebody got into the records we keep about students, we will "
              "tell the School within three days.",)),
     "present", "somebody-got-into-the-records"),
    # every period in days counted in business days, said without a defined term
    ("R6b", ((PREAMBLE,),
             ("All periods stated in days in this Agreement are business days.",),
             ("Maplewood shall notify the School of a breach of Student Data within eight (8) "
              "days of discovery.",)),
     "weak", "all-periods-in-days-are-business-days"),
    # what the students make, theirs by the service's word for them
    ("R11", ((PREAMBLE,), ("Photos and videos a player adds to her training log are the "
                           "property of that player.",)),
     "present", "the-property-of-that-player"),
    ("R11", ((PREAMBLE,), ("4.1 Entrants keep ownership of their Submissions.",)),
     "present", "entrants-keep-ownership-numbered"),
    # the school's data disclaimed in plain words
    ("R1", ((PREAMBLE,), ("Your roster stays yours; we make no claim to it.",)),
     "present", "the-roster-stays-yours"),
    # a limit on use in plain words, and one whose list holds the vendor's own promotion
    ("R3", ((PREAMBLE,), ("I will not use the class list or what I learn about any student for "
                          "anything except teaching this workshop.",)),
     "present", "for-anything-except-teaching"),
    ("R3", ((PREAMBLE,), ("We use participant names only to print certificates, and to send the "
                          "school news of upcoming camps.",)),
     "weak", "only-reminders-and-news-of-upcoming-camps"),
    ("R3", ((PREAMBLE,), ("The Artist will use Student Information only to run the Residency and "
                          "to prepare the Artist's portfolio.",)),
     "weak", "only-the-residency-and-the-artists-portfolio"),
    # advertising on a free tier, the school's own plan spared it
    ("R13", ((PREAMBLE,),
             ("On our free Starter plan we show ads, which may be personalised based on "
              "activity in the app.", "School plans show no advertising.")),
     "weak", "ads-on-the-free-plan-none-on-school-plans"),
    ("R15b", ((PREAMBLE,),
              ("Free accounts display ads that may be personalized using cookies on partner "
               "sites.", "Classroom accounts are ad-free, and we do not use information from "
                         "classroom accounts to personalize ads.")),
     "weak", "free-accounts-targeted-classroom-accounts-spared"),
    # the statute's two bans in one, the product named first
    ("R15a", ((PREAMBLE,),
              ("Maplewood shall not engage in Targeted Advertising on ReadNest, and shall not "
               "engage in Targeted Advertising on any other website, online service or mobile "
               "application based on any Student Data.",)),
     "present", "product-named-and-shall-not-elsewhere"),
    # deletion at the end that waits on the school's asking
    ("R7", ((PREAMBLE,), ("When the School's subscription ends, the School can ask us to delete "
                          "its data.",)),
     "weak", "can-ask-us-to-delete-at-the-end"),
    # the data deleted on terms that name no end: provision 7 dealt with, not met
    ("R7", ((PREAMBLE,), ("A School administrator may ask us to delete student accounts by "
                          "writing to privacy@maplewood.example.",)),
     "weak", "deleted-on-request-no-end-named"),
    ("R7", ((PREAMBLE,), ("Contest results are kept permanently in the Hall of Records.",)),
     "weak", "kept-permanently-no-end-named"),
    # deletion on request in plain words, with no procedure
    ("R2", ((PREAMBLE,), ("If you'd like us to delete anything sooner, just let us know.",)),
     "weak", "just-let-us-know"),
    # a consultant's helpers: an apprentice, a second teaching artist, the assistant bound
    ("R14", ((PREAMBLE,),
             ("I may bring my apprentice to help with some sessions.",
              "My apprentice will follow the same rules in this Agreement about student "
              "information.")),
     "weak", "my-apprentice-follows-the-same-rules"),
    ("R14", ((PREAMBLE,),
             ("For larger classes I sometimes bring a second teaching artist.",
              "I'll tell you who beforehand, and they follow these same terms.")),
     "weak", "a-second-teaching-artist"),
    ("R14", ((PREAMBLE,),
             ("The Artist may bring one studio assistant.",
              "The Artist will give the School the assistant's name in advance, and the "
              "assistant will be bound by Section 4 as if the assistant were the Artist.")),
     "weak", "and-the-assistant-will-be-bound"),
    # the school's own statement of the law it is under, and FERPA as an exception's measure
    ("R8", ((PREAMBLE,), ("8.3 The School tells the Artist that it is subject to FERPA and will "
                          "decide which records it shares.",)),
     "missing", "the-school-tells-the-artist"),
    ("R8", ((PREAMBLE,), ("Maplewood shall not disclose Student Data except (a) to its "
                          "subprocessors; (b) as required by law; or (c) as otherwise permitted "
                          "under FERPA.",)),
     "missing", "as-otherwise-permitted-under-ferpa"),
    # a notice to families the vendor may give at the school's direction, in the breach's
    # section
    ("R6c", ((PREAMBLE,),
             ("7.1 Maplewood shall notify the School of a Security Incident within two (2) "
              "days after discovery.",),
             ("7.2 Maplewood may, at the School's written direction, notify the parents or "
              "guardians of affected students by email.",)),
     "weak", "may-notify-parents-of-affected-students"),
    # "by email" is how the school is told, not a notice to the students it names
    ("R6c", ((PREAMBLE,),
             (BREACH_NOTICE, "The School is responsible for notifying affected students and "
                             "their parents.")),
     "missing", "the-school-told-by-email-of-the-students-affected"),
    # a limit that defers to the contract, whose own list goes beyond the six cases
    ("R15e", ((PREAMBLE,),
              ("Maplewood shares Student Data only (a) with service providers that host the "
               "Service; (b) with Maplewood affiliates and business partners who help us "
               "improve the Service; and (c) when required by law.",),
              ("Maplewood will not redisclose education records except as this Agreement "
               "permits.",)),
     "weak", "except-as-this-agreement-permits"),
    # sharing with advertisers in aggregated form: beyond the six cases, not the opposite
    ("R15e", ((PREAMBLE,),
              ("We share information with service providers, with advertising partners in "
               "aggregated or pseudonymous form, and when required by law.",)),
     "weak", "advertising-partners-in-aggregated-form"),
    # what users must not do, and a transfer of rights, limit no disclosure of the vendor's
    ("R15e", ((PREAMBLE,),
              ("Don't use the Service to harass other players or to share Student Data you "
               "don't have the right to share.",)),
     "missing", "a-rule-for-users"),
    ("R15e", ((PREAMBLE,),
              ("Maplewood's access to Student Data does not transfer any ownership rights to "
               "Maplewood.",)),
     "missing", "no-transfer-of-ownership-rights"),
    # a list of prohibitions whose disclosure item lost its label
    ("R15e", ((PREAMBLE,),
              ("Maplewood shall not: (a) sell Student Data, unless the sale is part of a merger "
               "and the successor is bound by this Agreement; or disclose Student Data, unless "
               "the disclosure is made (A) to ensure compliance with law; (B) in response to a "
               "judicial order; or (C) to protect the safety of users.",)),
     "present", "an-unlabelled-disclosure-item"),
    # a ban on using the PII alone for targeting, wherever the ads are
    ("R15a", ((PREAMBLE,), ("We do not use personal information about students to target "
                            "advertising to them, on Maplewood or anywhere else.",)),
     "weak", "personal-information-alone-on-maplewood-or-anywhere"),
    # a class of the data left out of a deletion on request, named after the promise
    ("R2", ((PREAMBLE,), ("On the School's written request at any time, Maplewood will destroy "
                          "the Student Information it holds, other than gallery photographs.",)),
     "weak", "other-than-gallery-photographs"),
    # privacy as an aim, the data named as a list
    ("R5", ((PREAMBLE,), ("We do our best to keep class lists private.",)),
     "weak", "do-our-best-to-keep-lists-private"),
    ("R5", ((PREAMBLE,), ("We will keep participant lists private.",)),
     "present", "will-keep-participant-lists-private"),
    # security practices measured by no standard of any kind (the readings table since
    # 2026-12-04)
    ("R12", ((PREAMBLE,), ("We encrypt Student Data in transit and at rest, restrict staff "
                           "access to the few people who need it, and keep audit logs.",)),
     "missing", "practices-with-no-standard-at-all"),
    # a merger's successor asked, not bound
    ("R15d", ((PREAMBLE,),
              ("Maplewood shall not sell, rent or trade Student Data. If Maplewood is acquired, "
               "Student Data may pass to the buyer, and Maplewood will ask the buyer to honor "
               "this Agreement.",)),
     "weak", "will-ask-the-buyer-to-honor"),
    # review and correction: the records named by whom they name; help when the school asks;
    # the school's own procedures, the vendor passing requests on or answering the school
    ("R4", ((PREAMBLE,),
            ("Players, and parents through a linked family account, can view every stat line "
             "that names the player.", "We do not edit statistics on request.")),
     "weak", "view-every-stat-line-that-names-the-player"),
    ("R4", ((PREAMBLE,),
            ("Parents who want to see or correct a record should contact their School.",
             "If the School asks us to make a correction it cannot make itself, we will help.")),
     "weak", "we-will-help-when-the-school-asks"),
    ("R4", ((PREAMBLE,),
            ("You are responsible for establishing the procedures by which a parent may review "
             "and correct a student's records.", "When you ask, we will help you respond.")),
     "weak", "when-you-ask-we-will-help-you-respond"),
    ("R4", ((PREAMBLE,),
            ("Athletes and parents who want to see or change information should contact their "
             "coach or school.", "We will point anyone who writes to us back to their school.")),
     "missing", "contact-their-coach-or-school"),
    ("R4", ((PREAMBLE,),
            ("A parent may review Student Data and request correction of errors through the "
             "School's own procedures for amending education records.",
             "Maplewood will direct any such request it receives to the School.")),
     "missing", "through-the-schools-own-procedures-passed-on"),
    ("R4", ((PREAMBLE,),
            ("If a parent asks to see or correct information we hold about a student, the "
             "School may pass the request to us and we will answer the School.",)),
     "weak", "the-school-may-pass-the-request-to-us"),
    ("R4", ((PREAMBLE,),
            ("Requests by a parent to see or correct information about a student shall be "
             "handled by the Host School under its own procedures.",
             "On the School's request, Maplewood will provide the School with copies of the "
             "information it holds about the student.")),
     "weak", "handled-by-the-host-school"),
]  # fmt: skip

# Drafting near the classes, read as before.
CONTROLS = [
    # a field missing from a form is no breach
    ("R6a", ((PREAMBLE,), ("If a field goes missing from the sign-up form, Maplewood will tell "
                           "the School within one day.",)),
     "missing", "a-field-goes-missing"),
    # a copy, not a deletion, asked for in plain words
    ("R2", ((PREAMBLE,), ("If you'd like a copy of your roster sooner, just ask.",)),
     "missing", "a-copy-sooner-just-ask"),
    # deletion at the end, the vendor's own duty
    ("R7", ((PREAMBLE,), ("When the School's subscription ends, Maplewood will delete all "
                          "Student Data.",)),
     "present", "deletes-at-the-end"),
    # a family's step in the vendor's own procedure ("tells" with no "that" after it)
    ("R4", ((PREAMBLE,),
            ("A parent may review the information Maplewood holds about the student by writing "
             "to privacy@maplewood.example.",
             "If the information is wrong, the parent tells Maplewood what should be changed; "
             "Maplewood will correct it within ten (10) days.")),
     "present", "the-parent-tells-maplewood-what-to-change"),
    # a school plan spared ads "inside the app" says nothing of targeting elsewhere
    ("R15b", ((PREAMBLE,),
              ("On free plans we show ads, which may be personalised based on activity in the "
               "app.", "Teams on a School plan see no third-party ads inside the app.")),
     "missing", "spared-ads-inside-the-app-only"),
    # nothing on deleting or keeping the data: no duty at the end at all
    ("R7", ((PREAMBLE,), ("Maplewood will keep Student Data safe and confidential.",
                          "The School retains all right, title and interest in Student Data.")),
     "missing", "safe-and-owned-but-nothing-on-deletion"),
    # a law's exception named, the deletion whole
    ("R2", ((PREAMBLE,), ("On the School's written request at any time, Maplewood will destroy "
                          "the Student Information it holds, other than as the law requires.",)),
     "present", "other-than-as-the-law-requires"),
    # the successor bound
    ("R15d", ((PREAMBLE,),
              ("Maplewood shall not sell, rent or trade Student Data. If Maplewood is acquired, "
               "Student Data may pass to the buyer, and the buyer shall be bound by this "
               "Agreement.",)),
     "present", "the-buyer-shall-be-bound"),
    # practices measured by a standard loosely named: short of the three, not absent
    ("R12", ((PREAMBLE,), ("We encrypt Student Data in transit and at rest following industry "
                           "best practices.",)),
     "weak", "practices-to-industry-best-practices"),
    # the vendor's promise beside the school's acknowledgement
    ("R8", ((PREAMBLE,), ("The School acknowledges that it is subject to FERPA, and Maplewood "
                          "shall comply with FERPA.",)),
     "present", "an-acknowledgement-and-a-promise"),
]  # fmt: skip

NOTICE_TO_THE_SCHOOL = (
    "7.1 Maplewood shall notify the School of a Security Incident within two (2) days after "
    "discovery."
)
EIGHT_DAYS = (
    "Maplewood shall notify the School of a breach of Student Data within eight (8) days of "
    "discovery."
)
FREE_PLAN_ADS = (
    "On our free Starter plan we show ads, which may be personalised based on activity in the app."
)
# A review of the round's first patterns found these misread (each mended); the other way
# round from the classes above, each is the drafting a pattern reached too far into.
REVIEW = [
    ("R6a", ((PREAMBLE,), ("If anyone breaks into the Artist's studio, the Artist will notify the "
                           "School within one day.",)),
     "missing", "a-break-in-at-the-studio"),
    ("R6a", ((PREAMBLE,), ("If a replacement laptop goes missing in shipping, Maplewood will tell "
                           "the School within two days.",)),
     "missing", "a-laptop-missing-in-shipping"),
    ("R6a", ((PREAMBLE,), ("If a submission file goes missing during upload, Maplewood will notify "
                           "the School within two days so the student can resubmit it.",)),
     "missing", "a-file-missing-during-upload"),
    ("R6b", ((PREAMBLE,), ("All references to days in this Agreement are to business days, except "
                           "in Section 7, where days are calendar days.",), ("7. " + EIGHT_DAYS,)),
     "present", "business-days-except-in-section-7"),
    ("R6b", ((PREAMBLE,), ("For support tickets, any period stated in days means business days.",),
             (EIGHT_DAYS,)),
     "present", "business-days-for-support-tickets"),
    ("R6a", ((PREAMBLE,), ("The School acknowledges that it will be notified by Maplewood of any "
                           "breach of Student Data within two (2) days of discovery.",)),
     "present", "the-school-acknowledges-it-will-be-notified"),
    ("R13", ((PREAMBLE,), (FREE_PLAN_ADS, "Classroom accounts are not ad-free.")),
     "missing", "classroom-accounts-not-ad-free"),
    ("R13", ((PREAMBLE,), ("Maplewood provides free classroom accounts to the School's teachers "
                           "and students, and those accounts show ads, which may be personalised "
                           "based on activity in the app.",
                           "Paid district subscriptions show no advertising.")),
     "missing", "the-schools-own-accounts-given-free"),
    ("R15b", ((PREAMBLE,), ("Free accounts display ads that may be personalized using cookies on "
                            "partner sites.", "Classroom accounts are not exempt from personalized "
                                              "ads.")),
     "missing", "not-exempt-from-personalized-ads"),
    ("R15a", ((PREAMBLE,), ("Maplewood does not use personal information, Student Data or any "
                            "other information about students to target advertising within the "
                            "Service.",)),
     "present", "personal-information-and-all-the-data"),
    ("R15a", ((PREAMBLE,), ("We do not use students' personal information for marketing, but we "
                            "may target advertising within the Service based on usage.",)),
     "missing", "a-permission-after-a-pii-denial"),
    ("R15a", ((PREAMBLE,), ("Maplewood shall not engage in Targeted Advertising on Facebook, and "
                            "shall not engage in Targeted Advertising on any other website, online "
                            "service or mobile application based on any Student Data.",)),
     "missing", "another-companys-platform-named"),
    ("R7", ((PREAMBLE,), ("When the School's subscription ends, Maplewood will delete all Student "
                          "Data, and the School can request a written certificate of the "
                          "deletion.",)),
     "present", "can-request-a-certificate"),
    ("R7", ((PREAMBLE,), ("When the School's subscription ends, Maplewood will destroy all records "
                          "posted to the class pages.",)),
     "present", "destroy-records-posted"),
    ("R7", ((PREAMBLE,), ("When this Agreement ends, Maplewood will return all Student Data "
                          "updated during the term to the School.",)),
     "present", "return-data-updated"),
    ("R2", ((PREAMBLE,), ("If you'd like a copy of anything before we delete it at the end of the "
                          "year, just ask.",)),
     "missing", "a-copy-before-we-delete-it"),
    ("R1", ((PREAMBLE,), ("The School may upload its logo and letterhead for use on certificates; "
                          "we make no claim to it.",)),
     "missing", "no-claim-to-a-logo"),
    ("R1", ((PREAMBLE,), ("Your roster stays yours until the subscription ends; after that, it "
                          "becomes the property of Maplewood.",)),
     "missing", "yours-until-the-subscription-ends"),
    ("R3", ((PREAMBLE,), ("Maplewood uses Student Data only to provide the Service and to send "
                          "teachers information about upcoming sessions of their classes.",)),
     "present", "upcoming-sessions-of-their-classes"),
    ("R3", ((PREAMBLE,), ("I use student work only to run the class and to hold my portfolio "
                          "reviews with each student.",)),
     "present", "portfolio-reviews-with-each-student"),
    ("R3", ((PREAMBLE,), ("I will not use the class list for anything except teaching this "
                          "workshop and marketing my other courses.",)),
     "weak", "except-teaching-and-marketing"),
    ("R6c", ((PREAMBLE,), (NOTICE_TO_THE_SCHOOL,),
             ("7.2 Maplewood will reimburse the School's reasonable costs to notify the parents of "
              "affected students.",)),
     "missing", "reimburses-the-schools-costs"),
    ("R6c", ((PREAMBLE,), ("If Maplewood discovers a breach of Student Data, it will call or email "
                           "the affected students and their parents within three (3) days.",)),
     "present", "call-or-email-the-affected"),
    ("R8", ((PREAMBLE,), ("Maplewood shall comply with FERPA and shall not disclose Student Data "
                          "except as permitted under FERPA.",)),
     "present", "comply-and-except-as-permitted"),
    ("R15e", ((PREAMBLE,), ("We share information with service providers, with advertising "
                            "partners in identifiable or aggregated form, and when required by "
                            "law.",)),
     "weak", "identifiable-or-aggregated-form"),
    ("R15e", ((PREAMBLE,), ("Maplewood shall not transfer title to or possession of Student Data "
                            "to any third party, except to subprocessors bound by this Agreement "
                            "or as required by law.",)),
     "present", "title-to-or-possession"),
    ("R15e", ((PREAMBLE,), ("Maplewood will not disclose Student Data to any third party except as "
                            "this Agreement permits.",),
              ("Maplewood shares Student Data only with service providers that host the "
               "Service.",),
              ("Each such service provider is bound in writing to use the data only to host the "
               "Service, to keep it secure and not to pass it on.",)),
     "present", "as-this-agreement-permits-a-sound-limit"),
    ("R15d", ((PREAMBLE,), ("Maplewood shall not sell, rent or trade Student Data. If Maplewood is "
                            "acquired, Student Data may pass to the buyer, which shall be bound by "
                            "this Agreement, and the School may ask the buyer to keep its data "
                            "in a separate account.",)),
     "present", "the-school-may-ask-the-buyer"),
    ("R5", ((PREAMBLE,), ("Teachers must keep class lists private and may not share them outside "
                          "the School.",)),
     "missing", "teachers-keep-lists-private"),
    ("R5", ((PREAMBLE,), ("I will keep private notes and records of each student's progress to "
                          "share with the classroom teacher.",)),
     "missing", "keep-private-notes"),
    ("R4", ((PREAMBLE,), ("Parents can view the School's aggregate usage statistics on our public "
                          "dashboard.",)),
     "missing", "aggregate-usage-statistics"),
    ("R4", ((PREAMBLE,), ("A parent may review Student Data and request correction of errors "
                          "through the School's own procedures for amending education records, or "
                          "by writing directly to Maplewood, which will correct any error within "
                          "ten (10) days.",)),
     "present", "the-schools-procedures-or-maplewood-directly"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)


def test_keeping_the_school_informed_is_no_keeping_of_the_data(library: ClauseLibrary) -> None:
    """ "… and keep the School informed until the matter is closed" is a breach's follow-up,
    not the data kept after the services end: no quote of it decides provision 7."""
    found = probe.finding(library, "R7", probe.apart(
        PREAMBLE, "If Maplewood discovers a breach, it will notify the School within 24 hours and "
                  "keep the School informed until the matter is closed."))  # fmt: skip
    assert found.sentence is None


def test_a_pages_navigation_is_not_read() -> None:
    """A menu or table of contents is links: read as text, it ran its titles together into a
    "sentence" the rules quoted (a use "beyond the four" from "What we collect How we use it")."""
    page = (
        "<html><body><nav aria-label='On this page'><strong>On this page</strong>"
        "<a href='#a'>What we collect</a> <a href='#b'>How we use it</a></nav>"
        "<main><h2>How we use it</h2><p>We use Student Data only to run the Service.</p></main>"
        "</body></html>"
    )
    assert html_blocks(page) == ["## How we use it", "We use Student Data only to run the Service."]


def test_a_states_section_ends_at_the_pages_next_section(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "## 12. Additional terms for California schools" then "## 13. The legal bits": the
    sibling heading is the page's next section, whose governing law is every school's."""
    paper = "\n\n".join([
        "# Maplewood Terms for Schools", PREAMBLE, probe.general_terms(24),
        "## 12. Additional terms for California schools",
        "If your School is located in California, these terms also apply to pupil records.",
        "## 13. The legal bits",
        "These Terms are governed by the laws of the State of Oregon.",
    ])  # fmt: skip
    assert probe.file_statuses(library, tmp_path / "terms.md", paper)["R9"] == "weak"
