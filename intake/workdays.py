"""Working days: public holidays per country (the `holidays` package), business-day counts, the next working day."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from intake.errors import SettingsError

# A calendar is "" (weekends only) or an ISO 3166 code, optionally with a subdivision: "de", "de-by", "us-ca".
_WEEKEND = {5: "Saturday", 6: "Sunday"}


def check(code: str, key: str = "[deadline] holidays_country") -> str:
    """The code in lower case when the `holidays` package knows it, else a one-line SettingsError naming `key`."""
    code = code.strip().lower()
    if not code:
        return ""
    country, _, subdivision = code.partition("-")
    known = holidays.list_supported_countries()
    if country.upper() not in known:
        raise SettingsError(f"{key}: unknown country {code!r}; use an ISO 3166 code such as de, fr, ie or gb")
    if subdivision and subdivision.upper() not in {s.upper() for s in known[country.upper()]}:
        raise SettingsError(f"{key}: {country!r} has no subdivision {subdivision!r} (e.g. de-by, us-ca)")
    return code


@lru_cache(maxsize=16)
def _calendar(code: str) -> holidays.HolidayBase | None:
    if not code:
        return None
    country, _, subdivision = check(code).partition("-")
    # Only the country's public holidays: optional, bank or school days off do not move a legal period.
    return holidays.country_holidays(country.upper(), subdiv=subdivision.upper() or None)


def day_off(day: date, code: str) -> str | None:
    """Why `day` is no working day under calendar `code` ("Christmas Day", "Sunday"), or None for a working day."""
    calendar = _calendar(code)
    name = calendar.get(day) if calendar is not None else None
    return name or _WEEKEND.get(day.weekday())


def next_working_day(day: date, code: str) -> tuple[date, list[str]]:
    """`day` if it is a working day, else the next one; with the days stepped over ("2026-12-25 Christmas Day")."""
    skipped: list[str] = []
    while (why := day_off(day, code)) is not None:
        skipped.append(f"{day.isoformat()} {why}")
        day += timedelta(days=1)
    return day, skipped


def add_business_days(start: date, count: int, code: str = "") -> tuple[date, list[str]]:
    """The date `count` working days after `start` (the day of receipt does not count), with the holidays skipped.

    Only holidays on weekdays are listed: the weekends go without saying.
    """
    day = start
    skipped: list[str] = []
    while count > 0:
        day += timedelta(days=1)
        why = day_off(day, code)
        if why is None:
            count -= 1
        elif day.weekday() < 5:
            skipped.append(f"{day.isoformat()} {why}")
    return day, skipped
