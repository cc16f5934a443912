"""``register due``: what is owed and by when, read from histories built by hand.

Every expected date below was counted by hand from the 2026-2027 calendar (Connecticut
holidays named where they matter), never copied from the output, so a wrong rule (a counted
start day, a missed holiday, a done duty still listed) shows up as a wrong date or item.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

import pytest

from crec_assemble.errors import InputError
from crec_assemble.library.catalogue import read_catalogue
from crec_assemble.model import Role, SignedKind
from crec_assemble.register.due import Owed, due_rules, owed
from crec_assemble.register.records import Event, EventKind, History, RegisteredDocument
from crec_assemble.resources import default_library

CATALOGUE = read_catalogue(default_library() / "requirements.yaml")
RULES = due_rules(CATALOGUE, issuer="CREC")
"""The shipped catalogue's numbers: notice 5 business days, breach 2 business days, 6(c) 5
days, 6(d) 10 days."""


def document(
    id: str = "DPA-1",
    *,
    kind: SignedKind = "agreement",
    role: Role = "operator",
    end: date | None = None,
    certificate_days: int | None = 30,
) -> RegisteredDocument:
    return RegisteredDocument(
        id=id,
        kind=kind,
        parent="DPA-0" if kind == "flowdown" else None,
        contractor=f"{id} Learning, Inc.",
        party=f"{id} Learning, Inc.",
        role=role,
        service="Reading",
        description="Reading practice",
        start=date(2026, 8, 1),
        end=end,
        data=("name",),
        edition="2026-07",
        built=date(2026, 7, 15),
        certificate_days=certificate_days,
    )


def history(
    doc: RegisteredDocument, *events: tuple[EventKind, date] | tuple[EventKind, date, Any]
) -> History:
    """``doc`` with ``events`` (kind, day[, details]) numbered in the order given."""
    return History(
        doc,
        tuple(
            Event(
                number=number,
                document=doc.id,
                kind=event[0],
                on=event[1],
                recorded=datetime(2026, 1, 1, tzinfo=UTC),
                by="staff",
                details=event[2] if len(event) == 3 else {},
            )
            for number, event in enumerate(events, start=1)
        ),
    )


def breach(
    discovered: str, data: list[str], *, urgent: bool = False, notified: str | None = None
) -> dict[str, Any]:
    details: dict[str, Any] = {"discovered": discovered, "data": data, "urgent": urgent}
    if notified is not None:
        details["notified"] = notified
    return details


def brief(result: Owed) -> list[tuple[str, str, str, date | None, bool]]:
    """Each item as (document, kind, party, due, overdue), in the order listed."""
    return [(i.document, i.kind, i.party, i.due, i.overdue) for i in result.items]


# Monday 23 November 2026; Thursday 26 November is Thanksgiving, a Connecticut holiday.
EXECUTED = date(2026, 11, 23)
# Five business days after: Tue 24 (1), Wed 25 (2), [Thu 26 Thanksgiving], Fri 27 (3),
# [weekend], Mon 30 (4), Tue 1 December (5).
NOTICE_DUE = date(2026, 12, 1)


# -- the parent notice and posting ------------------------------------------------------


def test_the_notice_is_due_five_connecticut_business_days_after_execution() -> None:
    result = owed([history(document(), ("executed", EXECUTED))], on=date(2026, 11, 24), rules=RULES)
    (item,) = result.items
    assert (item.kind, item.party, item.due, item.overdue) == ("notice", "CREC", NOTICE_DUE, False)
    assert item.days_left == 7  # 24 November to 1 December
    assert item.source == "Regulation 3520.13-R, Notices"
    assert item.words.startswith("Not later than five business days after executing a contract")
    assert not result.overdue


def test_a_notice_posted_on_time_is_owed_no_longer() -> None:
    posted = history(document(), ("executed", EXECUTED), ("notice-posted", date(2026, 11, 30)))
    assert owed([posted], on=date(2026, 12, 10), rules=RULES).items == ()


def test_a_notice_not_posted_by_its_day_is_overdue_the_next_day() -> None:
    unposted = history(document(), ("executed", EXECUTED))
    on_the_day = owed([unposted], on=NOTICE_DUE, rules=RULES)
    assert brief(on_the_day) == [("DPA-1", "notice", "CREC", NOTICE_DUE, False)]
    late = owed([unposted], on=date(2026, 12, 2), rules=RULES)
    assert brief(late) == [("DPA-1", "notice", "CREC", NOTICE_DUE, True)]
    assert late.items[0].days_left == -1
    assert late.overdue


def test_a_posting_dated_before_the_execution_does_not_count() -> None:
    earlier = history(document(), ("notice-posted", date(2026, 11, 20)), ("executed", EXECUTED))
    assert brief(owed([earlier], on=date(2026, 12, 2), rules=RULES)) == [
        ("DPA-1", "notice", "CREC", NOTICE_DUE, True)
    ]


def test_a_notice_due_beyond_the_window_is_not_listed_yet() -> None:
    executed = history(document(), ("executed", EXECUTED))
    # 24 November + 2 days is 26 November, before the notice's day (1 December).
    assert owed([executed], on=date(2026, 11, 24), within=2, rules=RULES).items == ()


def test_a_flowdown_and_an_unexecuted_agreement_owe_no_notice() -> None:
    flowdown = history(document("FD-1", kind="flowdown"), ("executed", EXECUTED))
    signed = history(document("DPA-2"), ("signed", EXECUTED))
    assert owed([flowdown, signed], on=date(2026, 12, 20), rules=RULES).items == ()


# -- breaches ---------------------------------------------------------------------------

# Late on Friday 4 September 2026; Monday 7 September is Labor Day.
DISCOVERED = "2026-09-04T23:30:00"


def test_a_student_information_breach_at_an_operator() -> None:
    """Recorded on Saturday 5 September (so CREC was notified that day): CREC's two
    business days are Tue 8 (Labor Day skipped) and Wed 9; the operator's five calendar days
    from discovery (6(c)) end on Wed 9. The contractor's notice to CREC is the record."""
    breached = history(
        document(),
        ("executed", date(2026, 8, 1)),
        ("notice-posted", date(2026, 8, 3)),
        ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"])),
    )
    result = owed([breached], on=date(2026, 9, 6), rules=RULES)
    assert sorted((i.party, i.due, i.source) for i in result.items) == [
        ("CREC", date(2026, 9, 9), "Regulation 3520.13-R, Notices"),
        ("CREC", date(2026, 9, 9), "Regulation 3520.13-R, Notices"),
        ("Operator", date(2026, 9, 9), "Regulation 3520.13-R, paragraph 6(c)"),
    ]
    assert {i.kind for i in result.items} == {"breach"}
    assert not result.overdue


def test_urgency_adds_no_item_once_the_breach_is_recorded() -> None:
    """Urgency shortens only the contractor's notice to CREC (6(a): 2 days, to Sunday 6
    September), which a recorded breach has already met; the other dates stay."""
    urgent = history(
        document(),
        ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"], urgent=True)),
    )
    result = owed([urgent], on=date(2026, 9, 5), rules=RULES)
    assert "Contractor" not in {i.party for i in result.items}
    assert {i.due for i in result.items} == {date(2026, 9, 9)}


def test_a_directory_information_breach_counts_ten_days_and_from_notification() -> None:
    """Notified Thursday 10 September: CREC's two business days are Fri 11 and Mon 14; the
    operator's ten days from discovery (6(d)) end on Monday 14 September."""
    breached = history(
        document(),
        (
            "breach",
            date(2026, 9, 12),
            breach(DISCOVERED, ["directory_information"], notified="2026-09-10T09:00:00"),
        ),
    )
    result = owed([breached], on=date(2026, 9, 12), rules=RULES)
    assert sorted((i.party, i.due) for i in result.items) == [
        ("CREC", date(2026, 9, 14)),
        ("CREC", date(2026, 9, 14)),
        ("Operator", date(2026, 9, 14)),
    ]
    (operator,) = [i for i in result.items if i.party == "Operator"]
    assert operator.source == "Regulation 3520.13-R, paragraph 6(d)"


def test_a_consultant_owes_the_families_nothing_itself() -> None:
    breached = history(
        document(role="consultant"),
        ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"])),
    )
    assert {i.party for i in owed([breached], on=date(2026, 9, 6), rules=RULES).items} == {"CREC"}


def test_crec_is_overdue_after_its_breach_deadline_but_an_operator_never_is() -> None:
    """On Thursday 10 September CREC's duties (due Wednesday 9) are overdue; the operator's
    (also due Wednesday 9) cannot be recorded done, so it is dropped, not overdue."""
    breached = history(
        document(), ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"]))
    )
    result = owed([breached], on=date(2026, 9, 10), rules=RULES)
    assert [(i.party, i.due, i.overdue) for i in result.items] == [
        ("CREC", date(2026, 9, 9), True),
        ("CREC", date(2026, 9, 9), True),
    ]
    assert result.overdue


def test_a_notice_posted_for_the_breach_after_crec_was_notified_meets_crecs_duties() -> None:
    breached = history(
        document(),
        ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"])),
        ("notice-posted", date(2026, 9, 8), {"breach": 1}),
    )
    result = owed([breached], on=date(2026, 9, 6), rules=RULES)
    assert [i.party for i in result.items] == ["Operator"]


def test_a_posting_closes_only_the_notice_it_is_recorded_for() -> None:
    """The contract's notice (no breach named) does not close a breach's notices, nor a
    breach's posting the contract's notice: each stays owed until posted itself."""
    contract_only = history(
        document(),
        ("executed", date(2026, 8, 3)),
        ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"])),
        ("notice-posted", date(2026, 9, 8)),
    )
    breach_only = history(
        document("DPA-2"),
        ("executed", date(2026, 8, 3)),
        ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"])),
        ("notice-posted", date(2026, 9, 8), {"breach": 2}),
    )
    found = owed([contract_only, breach_only], on=date(2026, 9, 20), rules=RULES)
    assert sorted((i.document, i.kind) for i in found.items) == [
        ("DPA-1", "breach"), ("DPA-1", "breach"), ("DPA-2", "notice")]  # fmt: skip
    assert found.overdue


def test_a_posting_before_crec_was_notified_does_not_meet_them() -> None:
    breached = history(
        document(),
        ("notice-posted", date(2026, 9, 1), {"breach": 2}),
        ("breach", date(2026, 9, 5), breach(DISCOVERED, ["student_information"])),
    )
    assert [i.party for i in owed([breached], on=date(2026, 9, 10), rules=RULES).items] == [
        "CREC",
        "CREC",
    ]


@pytest.mark.parametrize(
    ("details", "message"),
    [
        ({"data": ["student_information"]}, "DPA-1: breach event 1: discovered: missing"),
        (breach("4 Sept", ["student_information"]), "discovered: not an ISO date and time"),
        (breach(DISCOVERED, "student_information"), "data must be a list"),  # type: ignore[arg-type]
        (breach(DISCOVERED, ["grades"]), "DPA-1: breach event 1: unknown breach category"),
        ({**breach(DISCOVERED, ["student_records"]), "urgent": "yes"}, "urgent must be true"),
        (breach("2026-09-06T10:00:00", ["student_records"]), "before the breach was discovered"),
    ],
    ids=["no-discovery", "bad-time", "data-string", "unknown-data", "urgent-text", "too-early"],
)
def test_a_malformed_breach_names_the_document_and_event(
    details: dict[str, Any], message: str
) -> None:
    breached = history(document(), ("breach", date(2026, 9, 5), details))
    with pytest.raises(InputError, match=message):
        owed([breached], on=date(2026, 9, 6), rules=RULES)


# -- ending, the deletion request and the certificate ---------------------------------------


def test_an_agreement_ending_within_the_window_is_listed() -> None:
    ending = history(
        document(end=date(2026, 12, 20)),
        ("executed", date(2026, 8, 1)),
        ("notice-posted", date(2026, 8, 3)),
    )
    (item,) = owed([ending], on=date(2026, 12, 1), rules=RULES).items
    assert (item.kind, item.party, item.due, item.days_left) == (
        "ending",
        "CREC",
        date(2026, 12, 20),
        19,
    )
    assert not item.overdue
    assert owed([ending], on=date(2026, 12, 1), within=10, rules=RULES).items == ()


def test_an_agreement_recorded_as_ended_is_not_listed_as_ending() -> None:
    """Recorded in advance as ending on 20 December 2026, with the request sent that day:
    only the certificate is left, thirty days on (11 days to 31 December, then 19 January)."""
    ended = history(
        document(end=date(2026, 12, 20)),
        ("executed", date(2026, 8, 1)),
        ("notice-posted", date(2026, 8, 3)),
        ("ended", date(2026, 12, 20)),
        ("deletion-requested", date(2026, 12, 20)),
    )
    result = owed([ended], on=date(2026, 12, 1), within=60, rules=RULES)
    assert brief(result) == [("DPA-1", "certificate", "Contractor", date(2027, 1, 19), False)]


ENDED = date(2027, 6, 30)
# Thirty calendar days after Wednesday 30 June 2027: 30 July 2027.
CERTIFICATE_DUE = date(2027, 7, 30)


def closed(
    *events: tuple[EventKind, date], end: date | None = ENDED, days: int | None = 30
) -> History:
    """An executed, posted agreement, then ``events``."""
    doc = document(end=end, certificate_days=days)
    return history(
        doc, ("executed", date(2026, 8, 1)), ("notice-posted", date(2026, 8, 3)), *events
    )


def test_crec_owes_a_deletion_request_from_the_day_services_end() -> None:
    result = owed([closed(("ended", ENDED))], on=date(2027, 7, 2), rules=RULES)
    assert brief(result) == [
        ("DPA-1", "deletion-request", "CREC", ENDED, True),
        ("DPA-1", "certificate", "Contractor", CERTIFICATE_DUE, False),
    ]
    request = result.items[0]
    assert request.days_left == -2
    assert request.source == "Regulation 3520.13-R, paragraphs 2 and 7"
    assert "may request the deletion of student data" in request.words
    assert "shall not be retained or available to the contractor upon completion" in request.words


def test_services_end_on_the_end_date_even_if_no_one_records_it() -> None:
    """End date 30 June 2027 has passed on 1 July: the request was due on 30 June."""
    result = owed([closed()], on=date(2027, 7, 1), rules=RULES)
    assert brief(result)[0] == ("DPA-1", "deletion-request", "CREC", ENDED, True)


def test_a_request_dated_before_services_ended_does_not_count() -> None:
    early = closed(("deletion-requested", date(2027, 6, 1)), ("ended", ENDED))
    assert [i.kind for i in owed([early], on=date(2027, 7, 2), rules=RULES).items] == [
        "deletion-request",
        "certificate",
    ]


def test_a_certificate_is_overdue_after_the_agreements_period() -> None:
    requested = closed(("ended", ENDED), ("deletion-requested", ENDED))
    # 2 August 2027 is three days after 30 July.
    (certificate,) = owed([requested], on=date(2027, 8, 2), rules=RULES).items
    assert (certificate.party, certificate.due, certificate.overdue, certificate.days_left) == (
        "Contractor",
        CERTIFICATE_DUE,
        True,
        -3,
    )
    assert (
        certificate.source == "Regulation 3520.13-R, paragraph 7; the agreement's retention section"
    )
    assert "thirty (30) calendar days of completion" in certificate.words


def test_a_received_certificate_is_owed_no_longer() -> None:
    done = closed(
        ("ended", ENDED),
        ("deletion-requested", ENDED),
        ("certificate-received", date(2027, 7, 20)),
    )
    assert owed([done], on=date(2027, 8, 2), rules=RULES).items == ()


def test_a_certificate_without_a_period_is_owed_with_no_date_and_never_overdue() -> None:
    undated = closed(("ended", ENDED), ("deletion-requested", ENDED), days=None)
    result = owed([undated], on=date(2028, 1, 1), within=0, rules=RULES)
    (certificate,) = result.items
    assert (certificate.due, certificate.days_left, certificate.overdue) == (None, None, False)
    assert "the agreement names no period" in certificate.words
    assert not result.overdue


# -- the whole list ---------------------------------------------------------------------


def test_a_withdrawn_document_owes_nothing() -> None:
    withdrawn = history(
        document(end=date(2026, 12, 1)),
        ("executed", EXECUTED),
        ("breach", date(2026, 11, 25), breach("2026-11-24T10:00:00", ["student_records"])),
        ("withdrawn", date(2026, 11, 30)),
    )
    assert owed([withdrawn], on=date(2027, 1, 10), rules=RULES).items == ()


def test_overdue_items_come_first_then_by_due_date_and_undated_last() -> None:
    histories = [
        closed(("ended", ENDED), ("deletion-requested", ENDED), days=None),  # undated
        history(document("DPA-2", end=date(2027, 7, 20)), ("executed", date(2027, 7, 1))),
        history(document("DPA-3"), ("executed", date(2027, 6, 21))),
    ]
    # On Thursday 8 July 2027:
    # DPA-3 executed Monday 21 June: Tue 22, Wed 23, Thu 24, Fri 25, Mon 28 -> notice due
    #   28 June, overdue.
    # DPA-2 executed Thursday 1 July: Fri 2, [Mon 5 July, Independence Day observed], Tue 6,
    #   Wed 7, Thu 8, Fri 9 -> notice due 9 July; its services end on 20 July.
    result = owed(histories, on=date(2027, 7, 8), rules=RULES)
    assert brief(result) == [
        ("DPA-3", "notice", "CREC", date(2027, 6, 28), True),
        ("DPA-2", "notice", "CREC", date(2027, 7, 9), False),
        ("DPA-2", "ending", "CREC", date(2027, 7, 20), False),
        ("DPA-1", "certificate", "Contractor", None, False),
    ]
    assert result.overdue


def test_nothing_overdue_when_everything_is_upcoming() -> None:
    upcoming = history(document(), ("executed", EXECUTED))
    result = owed([upcoming], on=date(2026, 11, 24), rules=RULES)
    assert not result.overdue
    assert result.as_json()["overdue"] is False


def test_a_negative_window_is_bad_input() -> None:
    with pytest.raises(InputError, match="--within must be zero or more days, not -1"):
        owed([], on=date(2026, 11, 24), within=-1, rules=RULES)


@pytest.mark.parametrize("within", [3_000_000, 10**15], ids=["past-9999", "past-timedelta"])
def test_a_window_past_the_calendars_end_is_bad_input(within: int) -> None:
    with pytest.raises(InputError, match=f"--within must end before the year 10000, not {within}"):
        owed([], on=date(2026, 11, 24), within=within, rules=RULES)


def test_the_json_names_every_field() -> None:
    late = owed([history(document(), ("executed", EXECUTED))], on=date(2026, 12, 3), rules=RULES)
    data = late.as_json()
    assert (data["on"], data["within"], data["overdue"]) == ("2026-12-03", 30, True)
    (item,) = data["items"]
    assert {k: v for k, v in item.items() if k not in ("what", "words")} == {
        "kind": "notice",
        "document": "DPA-1",
        "contractor": "DPA-1 Learning, Inc.",
        "party": "CREC",
        "due": "2026-12-01",
        "days_left": -2,
        "overdue": True,
        "source": "Regulation 3520.13-R, Notices",
    }


def test_the_lines_say_what_is_late_and_cite_the_source() -> None:
    late = owed([history(document(), ("executed", EXECUTED))], on=date(2026, 12, 3), rules=RULES)
    first, source, summary = late.lines()
    assert first.startswith(
        "OVERDUE since 2026-12-01 (2 days)  DPA-1  DPA-1 Learning, Inc.: CREC must send"
    )
    assert source.startswith(
        "    [Regulation 3520.13-R, Notices: Not later than five business days"
    )
    assert summary == "1 owed, 1 overdue, on 2026-12-03 looking 30 days ahead"


def test_the_rules_need_the_deletion_requirements() -> None:
    without = dataclasses.replace(
        CATALOGUE, requirements=tuple(r for r in CATALOGUE.requirements if r.id != "R7")
    )
    with pytest.raises(InputError, match="the catalogue lacks R7"):
        due_rules(without, issuer="CREC")
