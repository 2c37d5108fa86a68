"""Leases: how long a process may hold a row it works on, and the heartbeat that renews it while it works."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlmodel import Session

from intake.models import utcnow

log = logging.getLogger("intake.lease")


def until(seconds: float, now: datetime | None = None) -> datetime:
    """When a lease taken or renewed now runs out."""
    return (now or utcnow()) + timedelta(seconds=seconds)


def on_postgresql(session: Session) -> bool:
    """PostgreSQL has many writers and needs row locks; SQLite has one writer, so a conditional UPDATE is a lock."""
    return session.get_bind().dialect.name == "postgresql"


@contextmanager
def heartbeat(renew: Callable[[], object], every: float) -> Iterator[None]:
    """Call `renew` every `every` seconds in a thread while the block runs, so the lease outlives long work.

    The thread is not joined on the way out: a renewal may wait on a lock our own transaction holds (SQLite's
    one writer, PostgreSQL's row lock) until that transaction ends, and the caller ends it after this block.
    When the holder hangs for good, the renewals stop with it (or queue behind its locks) and the lease runs out.
    """
    stop = threading.Event()

    def _beat() -> None:
        while not stop.wait(every):
            try:
                renew()
            except Exception:  # a cut connection: the next beat tries again; the lease is long enough for one miss
                log.warning("lease renewal failed", exc_info=True)

    threading.Thread(target=_beat, name="lease-heartbeat", daemon=True).start()
    try:
        yield
    finally:
        stop.set()
