"""With 100,000 cases on PostgreSQL, the cases page's queries read through indexes, not the whole table."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import date

import psycopg
import pytest
from sqlalchemy import event, text

from intake import db, search
from intake.search import CaseQuery
from tests.conftest import PG_ADMIN

pytestmark = pytest.mark.postgres

ROWS = 100_000
TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def hundred_thousand() -> Iterator[str]:
    """One schema for the module: filling it takes seconds, and the tests only read it."""
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    pg_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    try:
        yield fill(pg_url, ROWS)
    finally:
        db.dispose_all()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def fill(pg_url: str, rows: int) -> str:
    """`rows` cases in one INSERT … SELECT (also for benchmarks/cases_page.py)."""
    db.upgrade(pg_url)
    with db.engine_for(pg_url).begin() as conn:
        # One INSERT … SELECT: a tenth still open, due dates over a year, a few without one.
        conn.execute(
            text(
                "INSERT INTO cases (reference, status, requester, requester_name, language, received_at, due_on,"
                " flags, extensions, paused_days, created_at, updated_at)"
                " SELECT 'DPO-2026-' || lpad(n::text, 6, '0') || '-1',"
                " CASE WHEN n % 10 = 0 THEN 'drafted' ELSE 'closed' END,"
                " 'person' || n || '@example.com', 'Person ' || n, 'en', now(),"
                " CASE WHEN n % 97 = 0 THEN NULL ELSE DATE '2026-06-01' + (n % 365) END,"
                " '[]', 0, 0, now(), now()"
                " FROM generate_series(1, :rows) AS n"
            ),
            {"rows": rows},
        )
        conn.execute(text("ANALYZE cases"))
    return pg_url


def _plans(url: str, query: CaseQuery) -> list[str]:
    """EXPLAIN of every statement search.find runs for `query`, with its own parameters."""
    engine = db.engine_for(url)
    seen: list[tuple[str, object]] = []

    def keep(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        with db.session(url) as session:
            found = search.find(session, query, TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    assert found.cases, "the query found nothing: the plan of an empty page says little"
    plans = []
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cursor:
            for statement, parameters in seen:
                cursor.execute("EXPLAIN " + statement, parameters)
                plans.append("\n".join(row[0] for row in cursor.fetchall()))
    return plans


@pytest.mark.parametrize(
    "query",
    [
        CaseQuery(status="drafted"),
        CaseQuery(status="drafted", sort="due"),
        CaseQuery(due="overdue"),
        CaseQuery(due="week", sort="due"),
        CaseQuery(sort="due", page=3),
        CaseQuery(page=5),
    ],
    ids=["status", "status-by-due", "overdue", "due-this-week", "all-by-due", "all-newest"],
)
def test_the_page_of_cases_reads_an_index(hundred_thousand: str, query: CaseQuery) -> None:
    plans = _plans(hundred_thousand, query)
    page_plan = next(p for p in plans if "Limit" in p)
    assert "Seq Scan on cases" not in page_plan, page_plan
    assert "Index" in page_plan, page_plan
