"""Blocking: the subjects that share hashed keys with a request, with the value counts that weigh agreement."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy.engine import Connection

from intake.identity.records import FIELDS

BLOCK_ROWS = 64  # subjects read per blocking key


ROW_COLUMNS = ("id", *FIELDS)  # the subject's own columns; its free attributes are not compared


def _query(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Run one read on the driver's own cursor: SQLAlchemy's result layer costs more than these indexed reads.

    The SQL is written with `?`, SQLite's style; other drivers get theirs.
    """
    if conn.dialect.name != "sqlite":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def candidates(
    conn: Connection, keys: list[tuple[int, int]], limit: int, organisation: str | None = None
) -> list[dict[str, Any]]:
    """The `limit` subjects whose shared keys weigh the most, as rows; `keys` are (hashed key, weight) pairs.

    `organisation`: only that organisation's subjects (several share the table); None: every subject."""
    if not keys:
        return []
    sql = _candidates_sql(tuple(w for _, w in keys), int(limit), organisation is not None)
    params = tuple(k for k, _ in keys) + (() if organisation is None else (organisation,))
    return [dict(zip(ROW_COLUMNS, r, strict=True)) for r in _query(conn, sql, params)]


def subject(conn: Connection, subject_id: str, organisation: str | None = None) -> list[dict[str, Any]]:
    """The row of one subject by its id, shaped as `candidates` gives them (none if it is no longer held, or is
    another organisation's)."""
    cols = ", ".join(ROW_COLUMNS)
    if organisation is None:
        rows = _query(conn, f"SELECT {cols} FROM subject WHERE subject_id = ?", (subject_id,))
    else:
        sql = f"SELECT {cols} FROM subject WHERE subject_id = ? AND organisation = ?"
        rows = _query(conn, sql, (subject_id, organisation))
    return [dict(zip(ROW_COLUMNS, r, strict=True)) for r in rows[:1]]


@lru_cache(maxsize=256)  # one text per shape of request: building it cost a tenth of the query at 10^6 subjects
def _candidates_sql(weights: tuple[int, ...], limit: int, by_organisation: bool = False) -> str:
    # Each key contributes at most BLOCK_ROWS subjects: a value thousands share (a big client with a common first
    # name) says little, and reading all of it would make the cost grow with the number of subjects.
    arms = " UNION ALL ".join(
        f"SELECT subject, {int(w)} AS w FROM (SELECT subject FROM subject_key WHERE key = ? LIMIT {BLOCK_ROWS}) AS k{i}"
        for i, w in enumerate(weights)
    )
    # The candidates whose shared keys weigh the most first: the true person shares several, and strong ones.
    cols = ", ".join(f"s.{c}" for c in ROW_COLUMNS)
    # Another organisation's subjects are dropped before the `limit` best are chosen, so they take no place.
    # (A key's BLOCK_ROWS are read across organisations: one sharing a very common value may crowd another's.)
    if by_organisation:
        arms = f"SELECT k.subject, k.w FROM ({arms}) AS k JOIN subject AS o ON o.id = k.subject AND o.organisation = ?"
    return (
        f"SELECT {cols} FROM (SELECT subject, SUM(w) AS shared FROM ({arms}) AS hits GROUP BY subject "
        f"ORDER BY shared DESC, subject LIMIT {limit}) AS best JOIN subject AS s ON s.id = best.subject "
        "ORDER BY best.shared DESC, s.id"
    )


def term_counts(conn: Connection, names: set[str]) -> tuple[dict[str, int], int]:
    """How many subjects carry each name word and employer, and the number of subjects, in one read."""
    ordered = sorted(names)
    # The largest id stands in for the number of subjects: COUNT(*) would read the whole table on SQLite.
    sql = "SELECT NULL, MAX(id) FROM subject"
    if ordered:
        sql += f" UNION ALL SELECT term, n FROM subject_term WHERE term IN ({', '.join(['?'] * len(ordered))})"
    counts: dict[str, int] = {}
    total = 0
    for term, n in _query(conn, sql, tuple(ordered)):
        if term is None:
            total = int(n or 0)
        else:
            counts[term] = int(n)
    return counts, total
