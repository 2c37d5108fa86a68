"""An idle worker on PostgreSQL is woken by the commit of a stored message, not by its next poll."""

from __future__ import annotations

import threading
import time

import pytest

from intake import db, store
from intake.run import wake

pytestmark = pytest.mark.postgres

REQUEST = b"From: a@example.com\r\nTo: dpo@example.org\r\nSubject: x\r\nMessage-ID: <wake@example.com>\r\n\r\nHello\r\n"


def test_a_stored_message_wakes_a_listening_worker_long_before_its_poll(pg_url: str) -> None:
    db.upgrade(pg_url)
    waiter = wake.Wake(pg_url)
    try:
        assert waiter._listen() is not None  # it listens (it polled instead on every start before)

        def put_soon() -> None:
            time.sleep(0.3)
            with db.session(pg_url) as session:
                store.put(session, REQUEST, mailbox="smtp", source="smtp")

        started = time.monotonic()
        threading.Thread(target=put_soon).start()
        waiter.wait(20)  # a poll of 20 s: only the notification can end it early
        assert time.monotonic() - started < 5
    finally:
        waiter.close()
