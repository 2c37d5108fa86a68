"""Waking an idle worker: PostgreSQL LISTEN/NOTIFY the moment a message is stored, else a short poll."""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Any

from intake import db, store

log = logging.getLogger("intake.worker")

RETRY_SECONDS = 5.0  # how soon a listener whose connection was cut is opened again


class Wake:
    """Waits until a message may be waiting: notified by store.put on PostgreSQL, or after the poll interval.

    The poll stays either way: a notification is a hint (one sent while the listener was reconnecting is lost),
    the queue in the database is the truth.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.postgresql = url.startswith("postgresql")
        self.conn: Any = None
        self.retry_at = 0.0

    def _listen(self) -> Any:
        if self.conn is None and self.postgresql and time.monotonic() >= self.retry_at:
            try:
                raw = db.engine_for(self.url).raw_connection()
                raw.detach()  # ours for good, outside the pool: it only listens
                # The psycopg connection itself (after detach() the pool's `driver_connection` is None: reading
                # that one made every worker poll instead of listening).
                conn = raw.dbapi_connection
                if conn is None:  # a pool that handed out no connection: poll instead
                    raise RuntimeError("no connection to listen on")
                conn.rollback()
                conn.autocommit = True
                conn.execute(f"LISTEN {store.CHANNEL}")
                self.conn = conn
            except Exception:
                log.warning("cannot listen for new messages, polling", exc_info=True)
                self.retry_at = time.monotonic() + RETRY_SECONDS
        return self.conn

    def wait(self, seconds: float) -> None:
        conn = self._listen()
        if conn is None:
            time.sleep(seconds)
            return
        try:
            for _ in conn.notifies(timeout=seconds, stop_after=1):
                pass
        except Exception:  # a cut connection: poll until it is opened again
            log.warning("listening for new messages failed, polling", exc_info=True)
            self.close()
            self.retry_at = time.monotonic() + RETRY_SECONDS
            time.sleep(seconds)

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
            self.conn = None
