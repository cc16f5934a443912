"""Business days in Connecticut: Monday to Friday, except the state's holidays.

The regulation counts some of its limits in business days (the notice to students and
parents after a contract is executed; CREC's notice after a breach) without defining them;
this is the ordinary reading for a Connecticut public body. The holidays are the
``holidays`` package's, never a hand-kept list, which would go stale.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from ..errors import InputError

__all__ = ["add_business_days", "connecticut_holidays", "is_business_day"]


@lru_cache(maxsize=64)
def connecticut_holidays(year: int) -> Mapping[date, str]:
    """The Connecticut state holidays that fall in ``year``, with their names.

    Taken from the ``holidays`` package (``US`` with subdivision ``CT``, built through the
    package's ``country_holidays`` factory, which mypy --strict can see where it cannot see
    the ``holidays.US`` alias), with the weekday on which a weekend holiday is observed
    (Independence Day 2026 is observed on Friday 3 July).
    The mapping is read-only because it is cached and shared between callers.

    ``holidays`` is imported here, on first use, not with this module: it loads every
    country's calendar (about 0.2 s), which ``register due`` pays only on a day when a
    business day has to be counted.
    """
    import holidays

    calendar = holidays.country_holidays("US", subdiv="CT", years=year)
    return MappingProxyType({day: name for day, name in calendar.items() if day.year == year})


def is_business_day(day: date) -> bool:
    """Whether ``day`` is a business day: Monday to Friday and not a Connecticut state holiday."""
    return day.weekday() < 5 and day not in connecticut_holidays(day.year)


def add_business_days(start: date, days: int) -> date:
    """The day that is ``days`` business days after ``start``.

    ``start`` itself is never counted, whatever day it is: a contract signed on a Saturday
    or on a holiday still has its first business day on the next business day.

    Raises:
        InputError: if ``days`` is negative (the regulation only counts forwards).
    """
    if days < 0:
        raise InputError(f"business days to add must be zero or more, not {days}")
    day = start
    for _ in range(days):
        day += timedelta(days=1)
        while not is_business_day(day):
            day += timedelta(days=1)
    return day
