"""Legal answer deadlines: when a case is due, and how that date was derived."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime


@dataclass
class Due:
    on: date
    explanation: str


def add_months(start: date, months: int) -> date:
    """Same day N months later, or the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb).

    This is how the EU computes periods in months (Regulation 1182/71, Art. 3(2)(c)).
    """
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def gdpr(received: datetime) -> Due:
    start = received.date()
    on = add_months(start, 1)
    return Due(on, f"GDPR Art. 12(3): one month from receipt on {start.isoformat()} -> {on.isoformat()}")
