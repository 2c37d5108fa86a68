"""The figures of the DPO's work, for a period and for the open cases: one computation for the report and the dashboard.

Every figure is computed from the register's rows (intake/fulfil/register.py), so the report, the dashboard and
`intake register export` cannot disagree, and cases already reduced to a register row by the purge still count.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from intake.errors import InputError
from intake.fulfil import register

# How a request ended. `closed` is closed by the DPO without a reply (a duplicate, a request answered elsewhere).
OUTCOMES = ("open", "complied", "denied", "closed", "withdrawn", "spam")
# Outcomes that answered the requester: the ones days-to-close and the deadline are about.
ANSWERED = ("complied", "denied", "closed")
# The request types the CCPA regulations (Cal. Code Regs. tit. 11, § 7102) ask a business to count, and the
# rights intake reads that make each of them. The counts are of requests under the California jurisdiction.
CCPA_TYPES: dict[str, tuple[str, ...]] = {
    "know": ("access", "portability"),
    "delete": ("erasure",),
    "correct": ("rectification",),
    "opt-out of sale or sharing": ("opt_out_sale",),
    "limit sensitive data": ("limit_sensitive",),
}
CCPA_JURISDICTION = "california"
SOON_DAYS = 7  # "due within 7 days", as the cases page's due=week filter counts it


@dataclass(frozen=True)
class Period:
    """Days from `start` up to, not including, `end`."""

    start: date
    end: date
    label: str

    @classmethod
    def parse(cls, text: str) -> Period:
        """`2026-11` (a month) or `2026` (a year); an InputError naming the forms otherwise."""
        text = text.strip()
        if re.fullmatch(r"\d{4}-\d{2}", text) and 1 <= int(text[5:]) <= 12:
            start = date(int(text[:4]), int(text[5:]), 1)
            end = date(start.year + start.month // 12, start.month % 12 + 1, 1)
            return cls(start, end, text)
        if re.fullmatch(r"\d{4}", text) and int(text) >= 1970:
            return cls(date(int(text), 1, 1), date(int(text) + 1, 1, 1), text)
        raise InputError(f"--period {text!r}: expected a month like 2026-11 or a year like 2026")

    @classmethod
    def recent_weeks(cls, today: date, weeks: int = 12) -> Period:
        """The last `weeks` weeks, Monday to today: the dashboard's window."""
        start = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
        return cls(start, today + timedelta(days=1), f"the last {weeks} weeks")

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end

    def mondays(self) -> list[date]:
        """The Monday of every week that has a day in the period."""
        monday = self.start - timedelta(days=self.start.weekday())
        out = []
        while monday < self.end:
            out.append(monday)
            monday += timedelta(weeks=1)
        return out


@dataclass(frozen=True)
class Request:
    """One register row as the figures read it."""

    reference: str
    received: date
    rights: tuple[str, ...]
    language: str
    jurisdiction: str
    status: str
    due_on: date | None
    answered: date | None  # the day it was answered (sent, closed, withdrawn or spam); None while open
    outcome: str

    @property
    def days(self) -> int | None:
        return None if self.answered is None else (self.answered - self.received).days

    def late(self, today: date) -> bool:
        """Missed its deadline: answered after the due date, or still open past it."""
        if self.due_on is None or self.outcome == "spam":
            return False
        return (self.answered if self.answered is not None else today) > self.due_on


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def outcome_of(row: dict[str, Any]) -> str:
    """How a register row's request ended: a refusal that was sent is `denied`, a reply sent is `complied`."""
    status, steps = row["status"], row.get("steps") or {}
    if status in ("withdrawn", "spam"):
        return str(status)
    if status not in ("sent", "closed") or row.get("closed") is None:
        return "open"
    if "rejected" in steps:
        return "denied"
    return "complied" if "sent" in steps or status == "sent" else "closed"


def request_of(row: dict[str, Any]) -> Request:
    outcome = outcome_of(row)
    return Request(
        reference=str(row["reference"]),
        received=date.fromisoformat(str(row["received"])),
        rights=tuple(row.get("rights") or ()),
        language=str(row.get("language") or "unknown"),
        jurisdiction=str(row.get("jurisdiction") or ""),
        status=str(row["status"]),
        due_on=_day(row.get("due_on")),
        answered=None if outcome == "open" else _day(row.get("closed")),
        outcome=outcome,
    )


def load(session: Session, organisation: str | None = None) -> list[Request]:
    """Every request in the register (live cases and purged ones), or one organisation's."""
    return [request_of(row) for row in register.rows(session, organisation=organisation)]


def median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def p95(values: list[int]) -> int | None:
    """The 95th percentile by nearest rank: the smallest value at least 95 % of the values do not exceed."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


@dataclass(frozen=True)
class Workload:
    """The open work today: open cases, those past their due date, and those due within the next 7 days."""

    open: int
    overdue: int
    due_soon: int


def workload(requests: list[Request], today: date) -> Workload:
    still = [r for r in requests if r.outcome == "open"]
    overdue = sum(1 for r in still if r.due_on is not None and r.due_on < today)
    soon = sum(1 for r in still if r.due_on is not None and today <= r.due_on <= today + timedelta(days=SOON_DAYS))
    return Workload(len(still), overdue, soon)


@dataclass(frozen=True)
class CcpaRow:
    """One line of the CCPA's published metrics: a request type, how many came, were complied with, denied."""

    request_type: str
    received: int
    complied: int  # in whole or in part
    denied: int
    median_days: float | None  # to a substantive answer, over those complied with or denied


@dataclass
class Figures:
    """What the report and the dashboard show, for one period and for today's open work."""

    period: Period
    today: date
    received: int = 0
    by_right: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)
    weeks: list[tuple[date, dict[str, int]]] = field(default_factory=list)  # Monday -> right -> requests
    closed: int = 0  # requests answered within the period
    median_days: float | None = None
    p95_days: int | None = None
    missed: list[str] = field(default_factory=list)  # references of requests due in the period and late
    ccpa: list[CcpaRow] = field(default_factory=list)
    work: Workload = field(default_factory=lambda: Workload(0, 0, 0))

    @property
    def rights(self) -> list[str]:
        """The rights asked for in the period, most asked first (the order of every chart's legend)."""
        return sorted(self.by_right, key=lambda r: (-self.by_right[r], r))


def _count(values: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for value in values:
        out[value] = out.get(value, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def compute(requests: list[Request], period: Period, today: date) -> Figures:
    """The figures of `period`: requests received in it, answered in it, and due in it; and today's open work."""
    received = [r for r in requests if r.received in period]
    answered = [r for r in requests if r.answered in period and r.outcome in ANSWERED]
    days = [r.days for r in answered if r.days is not None]
    weeks = []
    for monday in period.mondays():
        week = [r for r in received if monday <= r.received < monday + timedelta(weeks=1)]
        weeks.append((monday, _count([right for r in week for right in r.rights])))
    return Figures(
        period=period,
        today=today,
        received=len(received),
        by_right=_count([right for r in received for right in r.rights]),
        by_language=_count([r.language for r in received]),
        by_outcome={k: v for k, v in ((o, sum(r.outcome == o for r in received)) for o in OUTCOMES) if v},
        weeks=weeks,
        closed=len(answered),
        median_days=median(days),
        p95_days=p95(days),
        missed=[r.reference for r in requests if r.due_on in period and r.late(today)],
        ccpa=ccpa(received),
        work=workload(requests, today),
    )


def ccpa(received: list[Request]) -> list[CcpaRow]:
    """The CCPA's counts per request type, over the requests received under the California jurisdiction."""
    rows = []
    for name, rights in CCPA_TYPES.items():
        of_type = [r for r in received if r.jurisdiction == CCPA_JURISDICTION and set(r.rights) & set(rights)]
        done = [r.days for r in of_type if r.outcome in ("complied", "denied") and r.days is not None]
        rows.append(
            CcpaRow(
                request_type=name,
                received=len(of_type),
                complied=sum(r.outcome == "complied" for r in of_type),
                denied=sum(r.outcome == "denied" for r in of_type),
                median_days=median(done),
            )
        )
    return rows
