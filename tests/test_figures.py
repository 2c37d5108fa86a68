"""The figures of the report and the dashboard, from fixed register rows, to the exact number."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import pytest

from intake.errors import InputError
from intake.report import charts, figures
from intake.report.figures import CcpaRow, Period, Workload

TODAY = date(2026, 12, 6)


def _row(ref: str, received: str, rights: list[str], language: str, jurisdiction: str, status: str, **kw: Any) -> dict:
    return {
        "reference": ref,
        "received": received,
        "rights": rights,
        "language": language,
        "jurisdiction": jurisdiction,
        "status": status,
        "due_on": kw.get("due"),
        "closed": kw.get("closed"),
        "steps": kw.get("steps", {}),
    }


ROWS = [
    # answered in 10 days
    _row("A", "2026-11-02", ["access"], "en", "eu", "sent", due="2026-12-02", closed="2026-11-12", steps={"sent": "x"}),
    # a refusal sent after 20 days, then closed: denied
    _row(
        "B",
        "2026-11-03",
        ["erasure", "access"],
        "de",
        "california",
        "closed",
        due="2026-12-18",
        closed="2026-11-23",
        steps={"rejected": "2026-11-20", "sent": "2026-11-23", "closed": "2026-11-25"},
    ),
    # answered five days late
    _row(
        "C",
        "2026-11-10",
        ["erasure"],
        "en",
        "california",
        "sent",
        due="2026-11-25",
        closed="2026-11-30",
        steps={"sent": "x"},
    ),
    # still open, past its due date
    _row("D", "2026-11-16", ["rectification"], "fr", "eu", "acknowledged", due="2026-11-30"),
    _row("E", "2026-11-20", ["access"], "en", "california", "spam", closed="2026-11-21", steps={"spam": "x"}),
    # received in October, answered in November on time
    _row(
        "F", "2026-10-20", ["erasure"], "en", "eu", "sent", due="2026-11-19", closed="2026-11-05", steps={"sent": "x"}
    ),
    # December: open and due within the week
    _row("G", "2026-12-01", ["access"], "en", "eu", "verified", due="2026-12-10"),
    _row("H", "2026-11-25", ["opt_out_sale"], "en", "california", "new", due="2027-01-09"),
]


@pytest.fixture
def november() -> figures.Figures:
    return figures.compute([figures.request_of(r) for r in ROWS], Period.parse("2026-11"), TODAY)


def test_requests_received_in_the_period_by_right_language_and_outcome(november: figures.Figures) -> None:
    assert november.received == 6
    assert november.by_right == {"access": 3, "erasure": 2, "opt_out_sale": 1, "rectification": 1}
    assert november.by_language == {"en": 4, "de": 1, "fr": 1}
    assert november.by_outcome == {"open": 2, "complied": 2, "denied": 1, "spam": 1}
    assert november.rights == ["access", "erasure", "opt_out_sale", "rectification"]


def test_days_to_close_count_the_requests_answered_in_the_period_spam_left_out(november: figures.Figures) -> None:
    assert november.closed == 4  # A, B, C and October's F; E was spam
    assert november.median_days == 18.0  # of 10, 20, 20, 16
    assert november.p95_days == 20


def test_deadlines_missed_are_those_due_in_the_period_answered_late_or_still_open(november: figures.Figures) -> None:
    assert november.missed == ["C", "D"]


def test_requests_per_right_per_week_cover_every_week_touching_the_period(november: figures.Figures) -> None:
    assert november.weeks == [
        (date(2026, 10, 26), {}),
        (date(2026, 11, 2), {"access": 2, "erasure": 1}),
        (date(2026, 11, 9), {"erasure": 1}),
        (date(2026, 11, 16), {"access": 1, "rectification": 1}),
        (date(2026, 11, 23), {"opt_out_sale": 1}),
        (date(2026, 11, 30), {}),
    ]


def test_the_ccpa_metrics_count_california_requests_per_type(november: figures.Figures) -> None:
    assert november.ccpa == [
        CcpaRow("know", received=2, complied=0, denied=1, median_days=20.0),
        CcpaRow("delete", received=2, complied=1, denied=1, median_days=20.0),
        CcpaRow("correct", received=0, complied=0, denied=0, median_days=None),
        CcpaRow("opt-out of sale or sharing", received=1, complied=0, denied=0, median_days=None),
        CcpaRow("limit sensitive data", received=0, complied=0, denied=0, median_days=None),
    ]


def test_the_open_work_is_counted_on_the_day(november: figures.Figures) -> None:
    assert november.work == Workload(open=3, overdue=1, due_soon=1)  # D, G, H; D overdue; G due on the 10th


def test_a_refusal_only_drafted_is_still_open() -> None:
    row = _row("R", "2026-11-02", ["access"], "en", "eu", "rejected", steps={"rejected": "2026-11-04"})
    assert figures.outcome_of(row) == "open"


def test_the_percentile_is_by_nearest_rank_and_nothing_gives_none() -> None:
    assert figures.p95(list(range(1, 21))) == 19
    assert figures.p95([7]) == 7
    assert figures.p95([]) is None and figures.median([]) is None
    assert figures.median([1, 2, 3, 10]) == 2.5


def test_periods_are_months_or_years_and_anything_else_says_which() -> None:
    assert Period.parse("2026-12") == Period(date(2026, 12, 1), date(2027, 1, 1), "2026-12")
    assert Period.parse("2026").last == date(2026, 12, 31)
    assert Period.recent_weeks(TODAY, 2).start == date(2026, 11, 23)  # a Sunday: this week and the one before
    for bad in ("2026-13", "Nov 2026", "26-11"):
        with pytest.raises(InputError, match="expected a month like 2026-11 or a year like 2026"):
            Period.parse(bad)


def test_charts_are_svg_with_escaped_labels_and_no_style_or_script() -> None:
    bars = str(charts.bars("By language", {"<script>": 2, "en": 1}))
    assert bars.startswith("<svg") and "&lt;script&gt;" in bars and "<script" not in bars
    week = str(charts.weeks("Per week", [(date(2026, 11, 2), {"access": 2}), (date(2026, 11, 9), {})], ["access"]))
    assert week.count("<rect") == 2  # one bar and one legend key
    assert "style=" not in bars + week
    assert "Nothing in this period." in str(charts.bars("empty", {}))


def test_the_figures_read_the_register_in_four_queries_on_sqlite_and_postgresql(database_url: str) -> None:
    from sqlalchemy import event

    from intake import db
    from intake.models import Case, Draft, Event

    db.upgrade(database_url)
    received = datetime(2026, 11, 2, 9, tzinfo=UTC)
    with db.session(database_url) as s:
        answered = Case(
            reference="DPO-2026-000001-1",
            requester="jane@example.com",
            status="closed",
            received_at=received,
            due_on=date(2026, 12, 2),
            extraction={"rights": ["access", "erasure"], "evidence": [{"text": "long"}]},
            verification={"status": "verified"},
        )
        waiting = Case(reference="DPO-2026-000002-2", requester="joe@example.com", received_at=received)
        s.add_all([answered, waiting])
        s.flush()
        # Asked for more (sent on the 5th), answered on the 12th, closed on the 20th.
        moves = [("new", "approved", 4), ("approved", "sent", 5), ("sent", "drafted", 8), ("drafted", "approved", 11)]
        moves += [("approved", "sent", 12), ("sent", "closed", 20)]
        for old, new, day in moves:
            detail = {"from": old, "to": new}
            s.add(Event(action="case.status", case_id=answered.id, detail=detail, at=received.replace(day=day)))
        s.add(
            Draft(
                case_id=answered.id,
                template="access",
                to_addr="jane@example.com",
                status="approved",
                approved_by="alice",
            )
        )
        s.commit()
        statements: list[str] = []
        event.listen(s.get_bind(), "before_cursor_execute", lambda *args: statements.append(args[2]))
        found = {r.reference: r for r in figures.load(s)}
    assert len(statements) == 4  # status steps, approvers, the cases' columns, the purged rows
    assert found["DPO-2026-000001-1"] == figures.Request(
        "DPO-2026-000001-1",
        date(2026, 11, 2),
        ("access", "erasure"),
        "unknown",
        "",
        "closed",
        date(2026, 12, 2),
        date(2026, 11, 12),
        "complied",
    )  # answered the day the reply was sent: not the question before it, nor the day the case was closed
    assert found["DPO-2026-000002-2"].outcome == "open" and found["DPO-2026-000002-2"].rights == ()


def test_a_year_of_weeks_labels_every_fifth_week() -> None:
    year = Period.parse("2026")
    chart = str(charts.weeks("Per week", [(m, {"access": 1}) for m in year.mondays()], ["access"]))
    labels = re.findall(r">(\d\d-\d\d)</text>", chart)
    assert len(year.mondays()) == 53 and labels[:3] == ["12-29", "02-02", "03-09"] and len(labels) == 11
