"""The interview's form in the tests: what a browser sends for a form filled from a profile."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crec_assemble.inputs.profile_form import Filled, filled_form

__all__ = ["posted"]


def posted(record: Any) -> dict[str, list[str]]:
    """What a browser sends for the interview filled from ``record``: every text box (blank
    too) and each ticked box, by the field's name."""
    sent: dict[str, list[str]] = {}

    def add(fields: Sequence[Filled]) -> None:
        for each in fields:
            widget = each.field.widget
            if widget in ("group", "rows"):
                add(each.fields)
                for row in each.rows:
                    add(row)
            elif widget == "choices":
                sent[each.name] = list(each.chosen)
            elif widget == "flag":
                sent[each.name] = ["true"] if each.on else []
            else:
                sent[each.name] = [each.text]

    add(filled_form(record).fields)
    return {name: values for name, values in sent.items() if values}
