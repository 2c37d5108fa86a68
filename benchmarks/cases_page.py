"""Time of one page of the cases list with 100,000 cases on PostgreSQL, per filter, beside a full-table read.

The baseline, in the same run and database: `SELECT count(*), max(updated_at) FROM cases`, which must read every
row; a page that reads an index should take a small fraction of it, however many cases there are.

Run: PYTHONPATH=. .venv/bin/python benchmarks/cases_page.py [ROWS]
"""

from __future__ import annotations

import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy import text  # noqa: E402

from intake import db, search  # noqa: E402
from intake.search import CaseQuery  # noqa: E402
from tests.conftest import PG_ADMIN  # noqa: E402
from tests.test_search_plans import TODAY, fill  # noqa: E402

QUERIES = {
    "newest first, page 1": CaseQuery(),
    "newest first, page 200": CaseQuery(page=200),
    "status drafted": CaseQuery(status="drafted"),
    "overdue": CaseQuery(due="overdue"),
    "due this week, by due date": CaseQuery(due="week", sort="due"),
    "all by due date, page 3": CaseQuery(sort="due", page=3),
    "search 'person 4242'": CaseQuery(q="person 4242"),
}


def _ms(action, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(rows: int) -> None:
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    try:
        fill(url, rows)
        with db.session(url) as session:
            full = _ms(lambda: session.execute(text("SELECT count(*), max(updated_at) FROM cases")).all())
            print(f"{rows:,} cases on PostgreSQL; median of 7 runs\n")
            print("| query | page (ms) | vs full-table read |")
            print("|---|---:|---:|")
            print(f"| baseline: full-table read | {full:.1f} | 1.00 |")
            for name, query in QUERIES.items():
                ms = _ms(lambda q=query: search.find(session, q, TODAY))
                print(f"| {name} | {ms:.1f} | {ms / full:.2f} |")
    finally:
        db.dispose_all()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
