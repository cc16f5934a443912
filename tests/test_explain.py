"""How verify explains a changed stretch of a document: alignment and key changes."""

from __future__ import annotations

from crec_assemble.verify.explain import Edit, align, key_changes


def it_attributes_each_edit_to_its_own_section() -> None:
    outcomes, leading = align(
        ["1. Notice within five (5) calendar days.", "2. Severability."],
        ["1.", "Notice", "within", "thirty", "(30)", "days.", "2.", "Severability."],
    )
    assert [o.status for o in outcomes] == ["changed", "intact"]
    (edit,) = outcomes[0].edits
    assert (edit.deleted, edit.inserted) == ("five (5) calendar", "thirty (30)")
    assert (edit.before, edit.after) == ("1. Notice within", "days.")
    assert leading == []


def it_finds_a_section_that_is_gone_and_words_that_are_not_ours() -> None:
    outcomes, leading = align(
        ["Alpha beta gamma.", "Delta epsilon zeta."],
        ["Vendor", "text", "first.", "Delta", "epsilon", "zeta."],
    )
    assert [o.status for o in outcomes] == ["removed", "intact"]
    assert leading == []  # the vendor's words replaced the section's
    outcomes, leading = align(["Alpha beta gamma."], ["Added", "first.", "Alpha", "beta", "gamma."])
    assert [o.status for o in outcomes] == ["intact"] and leading == ["Added", "first."]


def it_calls_out_numbers_party_names_and_governing_law_but_not_style() -> None:
    edits = [
        Edit("five (5) calendar", "thirty (30)", "no later than", "days"),
        Edit("Inc.", "LLC", "Acme Learning,", "shall"),
        Edit("Connecticut", "Delaware", "laws of the State of", "shall"),
        Edit("shall", "will", "Contractor", "notify"),
        Edit("", "promptly", "notify CREC", "of"),
    ]
    kinds = [(change.kind, change.edit.inserted)
             for change in key_changes(edits, ["Acme Learning, Inc."])]  # fmt: skip
    assert kinds == [
        ("numbers, days and dates", "thirty (30)"),
        ("party names", "LLC"),
        ("governing law", "Delaware"),
        ("numbers, days and dates", "promptly"),
    ]


def it_calls_out_words_that_turn_a_promise_around() -> None:
    edits = [Edit("not", "", "Contractor shall", "use Student Data"),
             Edit("shall", "may", "Contractor", "delete"),
             Edit("", "except for marketing", "for advertising", "."),
             Edit("shall", "will", "Contractor", "notify")]  # fmt: skip
    kinds = [change.edit.deleted or change.edit.inserted for change in key_changes(edits, [])
             if change.kind.startswith("meaning")]  # fmt: skip
    assert kinds == ["not", "shall", "except for marketing"]
