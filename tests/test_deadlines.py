"""Deadlines: business days in Connecticut, the notice after signing, and breach duties.

Every expected date below was counted by hand from a 2026 calendar, so a wrong rule (a
counted start day, a missed holiday, business days where the regulation says calendar days)
shows up as a wrong date.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crec_assemble.errors import InputError
from crec_assemble.library.breach_limits import BreachLimits, breach_limits
from crec_assemble.library.catalogue import read_catalogue
from crec_assemble.library.notice_periods import NoticePeriod
from crec_assemble.paperwork.business_days import (
    add_business_days,
    connecticut_holidays,
    is_business_day,
)
from crec_assemble.paperwork.deadlines import (
    BREACH_CATEGORIES,
    Obligation,
    breach_obligations,
    notice_deadline,
)
from crec_assemble.paperwork.documents import PaperworkOptions, breach, notice
from crec_assemble.resources import default_library

from conftest import EXAMPLES

CATALOGUE = read_catalogue(default_library() / "requirements.yaml")
LIMITS: BreachLimits = breach_limits(CATALOGUE.requirements)
"""Paragraph 6's limits as the shipped catalogue records them: 5, 2 and 10 days."""
AFTER_EXECUTION: NoticePeriod = CATALOGUE.notices.after_execution
"""The "Notices" section's period for the notice after a contract is executed: 5 business days."""
AFTER_BREACH: NoticePeriod = CATALOGUE.notices.after_breach_notice
"""The "Notices" section's period for CREC's notice after a breach: 2 business days."""
HARTFORD = ZoneInfo("America/New_York")
FRIDAY_NIGHT = datetime(2026, 9, 4, 23, 30)
"""Late on Friday 4 September 2026; Monday 7 September is Labor Day."""


def end_of(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 23, 59, 59)


def only(obligations: tuple[Obligation, ...], party: str, basis: str = "regulation") -> Obligation:
    """The single obligation of ``party`` on ``basis``; fails if there are none or several."""
    (match,) = [o for o in obligations if o.party == party and o.basis == basis]
    return match


# -- Connecticut holidays and business days ----------------------------------------------


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 2, 12), "Lincoln's Birthday"),
        (date(2026, 4, 3), "Good Friday"),
        (date(2026, 6, 19), "Juneteenth National Independence Day"),
        (date(2026, 7, 3), "Independence Day (observed)"),
        (date(2026, 9, 7), "Labor Day"),
        (date(2026, 11, 26), "Thanksgiving Day"),
    ],
    ids=["lincoln", "good-friday", "juneteenth", "independence-observed", "labor", "thanksgiving"],
)
def it_knows_the_connecticut_state_holidays(day: date, name: str) -> None:
    assert connecticut_holidays(2026)[day] == name
    assert not is_business_day(day)


def it_treats_the_day_after_thanksgiving_as_a_business_day() -> None:
    """The holidays package does not list Friday 27 November 2026 for Connecticut."""
    assert date(2026, 11, 27) not in connecticut_holidays(2026)
    assert is_business_day(date(2026, 11, 27))


def it_lists_only_the_holidays_of_the_year_asked_for() -> None:
    """New Year's Day 2028 is a Saturday, observed on Friday 31 December 2027."""
    assert connecticut_holidays(2027)[date(2027, 12, 31)] == "New Year's Day (observed)"
    assert {day.year for day in connecticut_holidays(2028)} == {2028}


def it_hands_out_a_read_only_holiday_calendar() -> None:
    with pytest.raises(TypeError):
        # mypy already refuses this write; the test shows the calendar refuses it at run time too
        connecticut_holidays(2026)[date(2026, 11, 27)] = "Day after Thanksgiving"  # type: ignore[index]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 9, 8), True),
        (date(2026, 9, 5), False),
        (date(2026, 9, 6), False),
    ],
    ids=["tuesday", "saturday", "sunday"],
)
def it_counts_monday_to_friday_as_business_days(day: date, expected: bool) -> None:
    assert is_business_day(day) is expected


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 10, 1), 2, date(2026, 10, 5)),
        (date(2026, 11, 25), 1, date(2026, 11, 27)),
        (date(2026, 11, 25), 2, date(2026, 11, 30)),
        (date(2026, 2, 11), 1, date(2026, 2, 13)),
        (date(2026, 4, 2), 1, date(2026, 4, 6)),
        (date(2026, 6, 18), 1, date(2026, 6, 22)),
        (date(2026, 7, 2), 1, date(2026, 7, 6)),
        (date(2026, 9, 4), 1, date(2026, 9, 8)),
        (date(2027, 12, 30), 1, date(2028, 1, 3)),
        (date(2026, 9, 5), 1, date(2026, 9, 8)),
        (date(2026, 11, 26), 1, date(2026, 11, 27)),
        (date(2026, 9, 5), 0, date(2026, 9, 5)),
    ],
    ids=[
        "thursday-over-weekend",
        "over-thanksgiving-to-friday-after",
        "over-thanksgiving-and-weekend",
        "over-lincolns-birthday",
        "over-good-friday-and-weekend",
        "over-juneteenth-and-weekend",
        "over-independence-day-observed",
        "over-weekend-and-labor-day",
        "over-new-year-observed-into-next-year",
        "from-saturday-start-not-counted",
        "from-holiday-start-not-counted",
        "zero-days-is-the-start",
    ],
)
def it_adds_business_days_skipping_weekends_and_holidays(
    start: date, days: int, expected: date
) -> None:
    assert add_business_days(start, days) == expected


def it_refuses_to_count_business_days_backwards() -> None:
    with pytest.raises(InputError, match="-1"):
        add_business_days(date(2026, 9, 4), -1)


# -- Notice to students and parents after a contract is executed -------------------------


@pytest.mark.parametrize(
    ("executed", "expected"),
    [
        (date(2026, 11, 25), date(2026, 12, 3)),
        (date(2026, 10, 2), date(2026, 10, 9)),
        (date(2026, 10, 9), date(2026, 10, 19)),
        (date(2026, 11, 26), date(2026, 12, 3)),
        (date(2026, 7, 4), date(2026, 7, 10)),
        (date(2026, 12, 25), date(2027, 1, 4)),
    ],
    ids=[
        "wednesday-before-thanksgiving",
        "plain-friday",
        "friday-before-columbus-day",
        "on-thanksgiving",
        "on-independence-day-a-saturday",
        "on-christmas-over-new-year",
    ],
)
def it_gives_five_business_days_for_the_notice_after_execution(
    executed: date, expected: date
) -> None:
    """Counted by hand. Wednesday 25 November 2026: Thu 26 is Thanksgiving (skipped), Fri 27
    is day 1, Mon 30 day 2, Tue 1 Dec day 3, Wed 2 day 4, Thu 3 December day 5. Friday
    2 October: Mon 5 to Fri 9 are days 1 to 5. Friday 9 October: Mon 12 is Columbus Day, so
    Tue 13 to Fri 16 are days 1 to 4 and Mon 19 is day 5. On Thanksgiving itself: the start
    is not counted, so Fri 27 is day 1 and Thu 3 December day 5 again. Saturday 4 July: Mon
    6 to Fri 10. Christmas (Fri 25 December): Mon 28 to Thu 31 are days 1 to 4, Fri 1
    January is New Year's Day, Mon 4 January 2027 is day 5.
    """
    assert notice_deadline(executed, AFTER_EXECUTION) == expected


# -- Breach: the contractor's notice to the issuer -----------------------------------------


@pytest.mark.parametrize(
    ("categories", "urgent", "paragraph", "deadline"),
    [
        (["student_information"], False, "6(a)", end_of(2026, 9, 9)),
        (["student_information"], True, "6(a)", end_of(2026, 9, 6)),
        (["directory_information"], False, "6(b)", end_of(2026, 9, 14)),
        (["student_records"], False, "6(b)", end_of(2026, 9, 14)),
        (["student_generated_content"], False, "6(b)", end_of(2026, 9, 14)),
        (["directory_information"], True, "6(b)", end_of(2026, 9, 14)),
    ],
    ids=[
        "student-information-5-calendar-days",
        "urgent-2-calendar-days",
        "directory-information-10-days",
        "student-records-10-days",
        "student-generated-content-10-days",
        "urgent-changes-nothing-without-student-information",
    ],
)
def it_gives_the_contractor_calendar_days_from_discovery(
    categories: list[str], urgent: bool, paragraph: str, deadline: datetime
) -> None:
    """Discovered Friday 4 September at 23:30: the day of discovery is not counted, weekends
    and Labor Day are, and the deadline is the end of the last day."""
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        categories,
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=False,
        urgent=urgent,
    )
    contractor = only(obligations, "Contractor")
    assert (contractor.paragraph, contractor.deadline) == (paragraph, deadline)
    assert contractor.counts == "calendar"
    assert contractor.action == "notify CREC of the breach"


def it_says_the_ten_days_of_6b_are_counted_as_calendar_days() -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT, ["student_records"], limits=LIMITS, issuer_period=AFTER_BREACH, operator=False
    )
    assert "counted as calendar days" in only(obligations, "Contractor").rule


@pytest.mark.parametrize(
    ("categories", "urgent", "paragraph", "deadline"),
    [
        (["student_records", "student_information"], False, "6(a)", end_of(2026, 9, 9)),
        (["directory_information", "student_information"], True, "6(a)", end_of(2026, 9, 6)),
        (
            ["directory_information", "student_generated_content"],
            False,
            "6(b)",
            end_of(2026, 9, 14),
        ),
    ],
    ids=["records-and-information", "urgent-directory-and-information", "both-10-day-categories"],
)
def it_lets_the_strictest_limit_govern_a_breach_of_several_categories(
    categories: list[str], urgent: bool, paragraph: str, deadline: datetime
) -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        categories,
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=False,
        urgent=urgent,
    )
    contractor = only(obligations, "Contractor")
    assert (contractor.paragraph, contractor.deadline) == (paragraph, deadline)
    assert contractor.categories == tuple(c for c in BREACH_CATEGORIES if c in categories)


def it_names_the_limit_the_strictest_one_displaced() -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        ["student_information", "student_records"],
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=False,
    )
    assert "6(b): 10 days" in only(obligations, "Contractor").rule


# -- Breach: the statute's outer limit -----------------------------------------------------


@pytest.mark.parametrize(
    ("categories", "deadline"),
    [
        (["student_information"], end_of(2026, 10, 4)),
        (["directory_information"], end_of(2026, 11, 3)),
        (["student_records", "student_generated_content"], end_of(2026, 11, 3)),
        (["student_information", "student_records"], end_of(2026, 10, 4)),
    ],
    ids=["student-information-30-days", "directory-60-days", "records-content-60", "mixed-30"],
)
def it_adds_the_statutory_outer_limit_for_the_contractor(
    categories: list[str], deadline: datetime
) -> None:
    """C.G.S. §10-234dd: 4 September + 30 days is 4 October; + 60 days is 3 November."""
    statute = only(
        breach_obligations(
            FRIDAY_NIGHT, categories, limits=LIMITS, issuer_period=AFTER_BREACH, operator=False
        ),
        "Contractor",
        "statute",
    )
    assert statute.paragraph == "C.G.S. §10-234dd"
    assert statute.deadline == deadline
    assert statute.counts == "calendar"


def it_keeps_the_regulation_stricter_than_the_statute() -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        BREACH_CATEGORIES,
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=True,
        urgent=True,
    )
    regulation = only(obligations, "Contractor")
    statute = only(obligations, "Contractor", "statute")
    assert regulation.deadline < statute.deadline


# -- Breach: the operator's notice to students and parents ---------------------------------


@pytest.mark.parametrize(
    ("categories", "paragraph", "deadline"),
    [
        (["student_information"], "6(c)", end_of(2026, 9, 9)),
        (["directory_information"], "6(d)", end_of(2026, 9, 14)),
        (["student_generated_content", "student_information"], "6(c)", end_of(2026, 9, 9)),
    ],
    ids=["student-information-5-days", "directory-10-days", "mixed-strictest"],
)
def it_makes_an_operator_notify_students_and_parents(
    categories: list[str], paragraph: str, deadline: datetime
) -> None:
    operator = only(
        breach_obligations(
            FRIDAY_NIGHT, categories, limits=LIMITS, issuer_period=AFTER_BREACH, operator=True
        ),
        "Operator",
    )
    assert (operator.paragraph, operator.deadline) == (paragraph, deadline)
    assert operator.action == "notify the affected students and their parents or guardians"


def it_spares_a_consultant_the_duty_to_notify_students() -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT, BREACH_CATEGORIES, limits=LIMITS, issuer_period=AFTER_BREACH, operator=False
    )
    assert all(o.party != "Operator" for o in obligations)
    assert {o.paragraph for o in obligations}.isdisjoint({"6(c)", "6(d)"})


def it_ignores_urgency_for_the_operators_own_notice() -> None:
    """Urgent notice is part of 6(a), the contractor's notice to CREC, not of 6(c)."""
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        ["student_information"],
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=True,
        urgent=True,
    )
    assert only(obligations, "Operator").deadline == end_of(2026, 9, 9)


# -- Breach: the issuer's notice and website posting ---------------------------------------


@pytest.mark.parametrize(
    ("discovered", "notified", "deadline"),
    [
        (FRIDAY_NIGHT, datetime(2026, 9, 4, 23, 55), end_of(2026, 9, 9)),
        (datetime(2026, 9, 1, 9, 0), datetime(2026, 9, 2, 16, 0), end_of(2026, 9, 4)),
        (datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 25, 8, 0), end_of(2026, 11, 30)),
    ],
    ids=["notified-friday-skips-labor-day", "notified-wednesday", "notified-before-thanksgiving"],
)
def it_gives_the_issuer_two_business_days_from_notification(
    discovered: datetime, notified: datetime, deadline: datetime
) -> None:
    """Friday 4 September: Mon 7 is Labor Day, so Tue 8 is day 1 and Wed 9 day 2. Wednesday
    25 November: Thu 26 is Thanksgiving, Fri 27 day 1, Mon 30 day 2."""
    obligations = breach_obligations(
        discovered,
        ["student_information"],
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=False,
        notified=notified,
    )
    issuer = [o for o in obligations if o.party == "CREC"]
    assert [o.action for o in issuer] == [
        "notify the affected students and their parents or guardians",
        "post notice of the breach on CREC's website",
    ]
    assert all(o.deadline == deadline for o in issuer)
    assert all((o.paragraph, o.counts) == ("Notices", "business") for o in issuer)


@pytest.mark.parametrize(
    ("categories", "urgent", "deadline"),
    [
        (["student_information"], False, end_of(2026, 9, 11)),
        (["student_information"], True, end_of(2026, 9, 9)),
        (["directory_information"], False, end_of(2026, 9, 16)),
    ],
    ids=["from-wednesday-6a", "from-sunday-urgent-over-labor-day", "from-monday-6b"],
)
def it_counts_the_issuers_days_from_the_contractors_last_day_when_not_yet_notified(
    categories: list[str], urgent: bool, deadline: datetime
) -> None:
    """Contractor's last day Wed 9 September: Thu 10, Fri 11. Urgent, Sun 6 September: Mon 7
    is Labor Day, so Tue 8, Wed 9. Directory information, Mon 14 September: Tue 15, Wed 16."""
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        categories,
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=False,
        urgent=urgent,
    )
    notify, post = (o for o in obligations if o.party == "CREC")
    assert notify.deadline == post.deadline == deadline
    assert "if notified on the last permitted day" in notify.rule


def it_uses_the_issuers_short_name() -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        ["student_records"],
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=False,
        issuer="Board",
    )
    assert {o.party for o in obligations} == {"Contractor", "Board"}
    assert only(obligations, "Contractor").action == "notify Board of the breach"
    assert "post notice of the breach on Board's website" in {o.action for o in obligations}


# -- Breach: order, time zones and bad input -----------------------------------------------


def it_sorts_by_deadline_with_the_regulation_before_the_statute() -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        ["student_information", "student_records"],
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=True,
        urgent=True,
    )
    assert [(o.party, o.paragraph) for o in obligations] == [
        ("Contractor", "6(a)"),
        ("Operator", "6(c)"),
        ("CREC", "Notices"),
        ("CREC", "Notices"),
        ("Contractor", "C.G.S. §10-234dd"),
        ("Operator", "C.G.S. §10-234dd"),  # operators have the same outer limits toward families
    ]
    assert [o.deadline for o in obligations] == sorted(o.deadline for o in obligations)


def it_covers_every_breached_category_in_each_obligation() -> None:
    obligations = breach_obligations(
        FRIDAY_NIGHT,
        ["student_records", "directory_information", "student_records"],
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=True,
    )
    assert {o.categories for o in obligations} == {("directory_information", "student_records")}


@pytest.mark.parametrize(
    "tz", [HARTFORD, UTC, timezone(timedelta(hours=-5))], ids=["zoneinfo", "utc", "fixed"]
)
def it_keeps_the_time_zone_of_the_discovery(tz: timezone | ZoneInfo) -> None:
    discovered = FRIDAY_NIGHT.replace(tzinfo=tz)
    obligations = breach_obligations(
        discovered, BREACH_CATEGORIES, limits=LIMITS, issuer_period=AFTER_BREACH, operator=True
    )
    assert all(o.deadline.tzinfo is tz for o in obligations)
    assert only(obligations, "Contractor").deadline == end_of(2026, 9, 9).replace(tzinfo=tz)


def it_ends_the_day_in_local_time_across_the_change_from_daylight_saving() -> None:
    """Discovered Friday 30 October 2026 (EDT); clocks go back on 1 November; the fifth day,
    Wednesday 4 November, ends at 23:59:59 EST."""
    discovered = datetime(2026, 10, 30, 12, 0, tzinfo=HARTFORD)
    contractor = only(
        breach_obligations(
            discovered,
            ["student_information"],
            limits=LIMITS,
            issuer_period=AFTER_BREACH,
            operator=False,
        ),
        "Contractor",
    )
    assert contractor.deadline == datetime(2026, 11, 4, 23, 59, 59, tzinfo=HARTFORD)
    assert contractor.deadline.utcoffset() == timedelta(hours=-5)


def it_reads_the_notification_day_in_the_time_zone_of_the_discovery() -> None:
    """Notified at 01:00 UTC on Friday 4 September, which is 21:00 on Thursday in Hartford:
    Fri 4 is day 1 and, after Labor Day, Tue 8 is day 2."""
    obligations = breach_obligations(
        datetime(2026, 9, 3, 20, 0, tzinfo=HARTFORD),
        ["student_information"],
        limits=LIMITS,
        issuer_period=AFTER_BREACH,
        operator=False,
        notified=datetime(2026, 9, 4, 1, 0, tzinfo=UTC),
    )
    notify, _ = (o for o in obligations if o.party == "CREC")
    assert notify.deadline == datetime(2026, 9, 8, 23, 59, 59, tzinfo=HARTFORD)


@pytest.mark.parametrize(
    ("categories", "message"),
    [
        (["student_information", "grades"], "unknown breach category 'grades'; allowed: "),
        ([], "no breach category given; allowed: "),
        ("student_records", "must be a list, not the string 'student_records'"),
    ],
    ids=["unknown", "empty", "bare-string"],
)
def it_rejects_bad_categories(categories: list[str] | str, message: str) -> None:
    with pytest.raises(InputError) as raised:
        breach_obligations(
            FRIDAY_NIGHT, categories, limits=LIMITS, issuer_period=AFTER_BREACH, operator=False
        )
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def it_names_every_allowed_category_in_the_error() -> None:
    with pytest.raises(InputError) as raised:
        breach_obligations(
            FRIDAY_NIGHT, ["pii"], limits=LIMITS, issuer_period=AFTER_BREACH, operator=False
        )
    assert all(category in str(raised.value) for category in BREACH_CATEGORIES)


@pytest.mark.parametrize(
    ("discovered", "notified", "message"),
    [
        (FRIDAY_NIGHT, datetime(2026, 9, 4, 9, 0), "before the breach was discovered"),
        (FRIDAY_NIGHT.replace(tzinfo=HARTFORD), datetime(2026, 9, 8, 9, 0), "time zone"),
    ],
    ids=["notified-before-discovery", "naive-and-aware"],
)
def it_rejects_a_notification_time_it_cannot_use(
    discovered: datetime, notified: datetime, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        breach_obligations(
            discovered,
            ["student_records"],
            limits=LIMITS,
            issuer_period=AFTER_BREACH,
            operator=False,
            notified=notified,
        )


def it_makes_obligations_immutable() -> None:
    (first, *_) = breach_obligations(
        FRIDAY_NIGHT, ["student_records"], limits=LIMITS, issuer_period=AFTER_BREACH, operator=False
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        # mypy already refuses this write; the test shows the dataclass refuses it at run time too
        first.deadline = end_of(2026, 12, 31)  # type: ignore[misc]


# -- The regulation's limits come from the catalogue ---------------------------------------


@pytest.mark.parametrize(
    ("limits", "categories", "urgent", "deadline", "rule"),
    [
        (
            dataclasses.replace(
                LIMITS, issuer_other_data=dataclasses.replace(LIMITS.issuer_other_data, days=7)
            ),
            ["student_records"],
            False,
            end_of(2026, 9, 11),
            "no later than seven (7) days from discovery, counted as calendar days (directory",
        ),
        (
            dataclasses.replace(
                LIMITS,
                issuer_student_information=dataclasses.replace(
                    LIMITS.issuer_student_information, urgent_days=1
                ),
            ),
            ["student_information"],
            True,
            end_of(2026, 9, 5),
            "no later than one (1) calendar day from discovery: urgent notice",
        ),
    ],
    ids=["6b-seven-days", "6a-urgent-one-day"],
)
def it_counts_and_words_the_limits_the_catalogue_gives(
    limits: BreachLimits, categories: list[str], urgent: bool, deadline: datetime, rule: str
) -> None:
    contractor = only(
        breach_obligations(
            FRIDAY_NIGHT,
            categories,
            limits=limits,
            issuer_period=AFTER_BREACH,
            operator=False,
            urgent=urgent,
        ),
        "Contractor",
    )
    assert contractor.deadline == deadline
    assert contractor.rule.startswith(rule)


def it_counts_a_breach_with_the_catalogue_of_the_library_it_is_given(library_copy: Path) -> None:
    """6(b) edited from ten days to seven in a library's catalogue, and nowhere else: the
    paperwork's deadline for a breach of student records moves from 14 to 11 September."""
    catalogue = library_copy / "requirements.yaml"
    text = catalogue.read_text()
    at = text.index("deadline_days: 10", text.index("id: R6b\n"))
    catalogue.write_text(text[:at] + "deadline_days: 7" + text[at + len("deadline_days: 10") :])
    discovered = FRIDAY_NIGHT.replace(tzinfo=HARTFORD)

    def contractors_deadline(options: PaperworkOptions) -> datetime:
        report = breach(EXAMPLES[0], discovered, ["student_records"], options)
        return only(report.obligations, "Contractor").deadline

    assert contractors_deadline(PaperworkOptions()) == end_of(2026, 9, 14).replace(tzinfo=HARTFORD)
    assert contractors_deadline(PaperworkOptions(library=library_copy)) == end_of(
        2026, 9, 11
    ).replace(tzinfo=HARTFORD)


def it_counts_the_notices_periods_with_the_catalogue_of_the_library_it_is_given(
    library_copy: Path,
) -> None:
    """The "Notices" periods cut from five business days to three and from two to one in a
    library's catalogue, and nowhere else. A contract executed on Wednesday 25 November 2026
    (Thanksgiving next day) is then due Tuesday 1 December, not Thursday 3; CREC, notified
    of a breach on Tuesday 8 September, must tell families by Wednesday 9, not Thursday 10,
    and the rule it is given says one business day."""
    catalogue = library_copy / "requirements.yaml"
    text = catalogue.read_text()
    edited = text.replace("business_days: 5", "business_days: 3", 1)
    catalogue.write_text(edited.replace("business_days: 2", "business_days: 1", 1))
    discovered = FRIDAY_NIGHT.replace(tzinfo=HARTFORD)
    notified = datetime(2026, 9, 8, 10, 0, tzinfo=HARTFORD)

    def outcomes(options: PaperworkOptions) -> tuple[date, int, datetime, str]:
        after_execution = notice(EXAMPLES[0], date(2026, 11, 25), options)
        after_breach = breach(EXAMPLES[0], discovered, ["student_records"], options,
                              notified=notified)  # fmt: skip
        (crec,) = [o for o in after_breach.obligations if o.party == "CREC"
                   and o.action.startswith("notify")]  # fmt: skip
        return after_execution.deadline, after_execution.business_days, crec.deadline, crec.rule

    assert outcomes(PaperworkOptions()) == (
        date(2026, 12, 3), 5, end_of(2026, 9, 10).replace(tzinfo=HARTFORD),
        "within two (2) business days after CREC is notified (notified 2026-09-08)",
    )  # fmt: skip
    assert outcomes(PaperworkOptions(library=library_copy)) == (
        date(2026, 12, 1), 3, end_of(2026, 9, 9).replace(tzinfo=HARTFORD),
        "within one (1) business day after CREC is notified (notified 2026-09-08)",
    )  # fmt: skip
