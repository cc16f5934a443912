"""The dates and times people give: in profiles, on the command line, in the environment.

One reading of each, so that ``2026-02-30`` is refused the same way wherever it
is written, and every moment is placed on Connecticut's calendar, where the
regulation's days are counted.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from ..errors import InputError, quoted

__all__ = [
    "CONNECTICUT",
    "calendar_date",
    "connecticut_today",
    "date_option",
    "default_build_date",
    "default_moment",
    "moment_option",
]

CONNECTICUT = ZoneInfo("America/New_York")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?")


def calendar_date(text: str) -> date | None:
    """``YYYY-MM-DD`` as a date, or None when it is not written so or is no calendar date."""
    try:
        return date.fromisoformat(text) if _DATE.fullmatch(text) else None
    except ValueError:
        return None


def date_option(text: str, option: str = "--date") -> date:
    """A date option's value, written exactly YYYY-MM-DD, in a plausible range.

    Raises:
        InputError: naming the option, for anything else.
    """
    day = calendar_date(text)
    if day is not None and 1900 < day.year < 2200:
        return day
    raise InputError(f"{option}: {quoted(text)} is not a date written YYYY-MM-DD")


def default_build_date() -> date:
    """The day a document built now is dated: today on Connecticut's calendar, where CREC
    signs (``SOURCE_DATE_EPOCH`` when set, read the same way). Dated by UTC's calendar, a
    document built after 8 p.m. in Hartford would be dated tomorrow, and the register would
    refuse to record that it was sent today.

    Raises:
        InputError: when ``SOURCE_DATE_EPOCH`` is not a number of seconds.
    """
    return connecticut_today()


def connecticut_today() -> date:
    """Today on Connecticut's calendar (``SOURCE_DATE_EPOCH`` when set): the day an event
    recorded now happened, and the day ``register due`` judges from. At 20:30 in Hartford
    it is still today, though it is already tomorrow in UTC.

    Raises:
        InputError: when ``SOURCE_DATE_EPOCH`` is not a number of seconds.
    """
    return default_moment().astimezone(CONNECTICUT).date()


def default_moment() -> datetime:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now; in UTC, whole seconds.

    Raises:
        InputError: when ``SOURCE_DATE_EPOCH`` is not a number of seconds.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (ValueError, OverflowError, OSError):
        raise InputError(f"SOURCE_DATE_EPOCH: {quoted(epoch)} is not a number of seconds") from None


def moment_option(text: str, option: str) -> datetime:
    """``2026-09-04 23:30`` (Connecticut time) or with an offset (``…T23:30-04:00``).

    Raises:
        InputError: naming the option, for anything else.
    """
    if _MOMENT.fullmatch(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            if 1900 < moment.year < 2200:
                # Days are counted on Connecticut's calendar, whatever zone a log used.
                if moment.tzinfo:
                    return moment.astimezone(CONNECTICUT)
                return moment.replace(tzinfo=CONNECTICUT)
    raise InputError(
        f"{option}: {quoted(text)} is not a date and time written YYYY-MM-DD HH:MM "
        "(Connecticut time, or with an offset such as -04:00)"
    )
