"""Webhooks against a receiver the test starts on loopback: signed bodies, retries with back-off, one event per id."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlmodel import select

from intake import byhand, db, review
from intake.errors import SettingsError
from intake.models import Case, WebhookDelivery, WebhookStatus
from intake.outbox import webhooks
from intake.settings import Settings
from tests.conftest import Sink

SECRET = "a-shared-secret-of-some-length"


class Receiver(ThreadingHTTPServer):
    """Records every POST; answers 500 to the first `failures`, and is slow (beyond the timeout) `slow` times."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.failures = 0
        self.slow = 0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hook"

    def events(self) -> dict[str, dict[str, Any]]:
        """What a deduplicating receiver keeps: one body per event id, each signature checked."""
        kept: dict[str, dict[str, Any]] = {}
        for headers, body in self.posts:
            fields = dict(part.split("=", 1) for part in headers["intake-signature"].split(","))
            expected = hmac.new(SECRET.encode(), f"{fields['t']}.".encode() + body, hashlib.sha256).hexdigest()
            assert hmac.compare_digest(fields["v1"], expected) and abs(time.time() - int(fields["t"])) < 300
            data = json.loads(body)
            assert data["id"] == headers["intake-event-id"] and data["type"] == headers["intake-event"]
            kept.setdefault(data["id"], data)
        return kept


class Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["content-length"]))
        with self.server.lock:
            self.server.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
            fail, slow = self.server.failures > 0, self.server.slow > 0
            self.server.failures -= fail
            self.server.slow -= slow
        if slow:
            time.sleep(1.0)  # past the sender's timeout: it cannot know the event arrived
        self.send_response(500 if fail else 204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver(settings: Settings) -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.tables["webhook"] = [{"url": server.url, "secret": SECRET}]
    settings.send_retry_seconds = 0  # the back-off is checked on the row; the test need not wait for it
    with db.session(settings.database_url) as session:
        webhooks.collect(session, settings)  # the receiver's start: what came before is not sent
    yield server
    server.shutdown()
    server.server_close()


def _run(settings: Settings, limit: int = 50) -> int:
    with db.session(settings.database_url) as session:
        webhooks.collect(session, settings)
        return webhooks.deliver(session, settings, limit)


def _open(settings: Settings, received: date | None = None) -> str:
    request = byhand.HandRequest(name="Jane Doe", rights=["access"], address="jane@example.com", received=received)
    with db.session(settings.database_url) as session:
        return byhand.open_case(session, settings, request, "alice").reference


def test_each_event_arrives_signed_with_its_id_and_no_personal_data(settings: Settings, receiver: Receiver) -> None:
    ref = _open(settings)
    with db.session(settings.database_url) as session:
        review.reject(session, settings, ref, "Unfounded.", "alice")
        review.approve(session, settings, ref, "alice")
        review.close(session, ref, "alice")
    assert _run(settings) >= 3
    events = receiver.events()
    types = [e["type"] for e in events.values()]
    assert types[0] == "case.opened" and types[-1] == "case.closed" and "draft.approved" in types
    assert all(e["case"]["reference"] == ref for e in events.values())
    assert "jane" not in b"".join(body for _, body in receiver.posts).decode().lower()
    assert _run(settings) == 0 and len(receiver.posts) == len(events)  # nothing goes twice


def test_a_failing_receiver_gets_the_event_again_after_a_back_off(settings: Settings, receiver: Receiver) -> None:
    settings.send_retry_seconds = 30
    settings.tables["webhook"][0]["events"] = ["case.opened"]
    receiver.failures = 1
    _open(settings)
    assert _run(settings) == 0
    with db.session(settings.database_url) as session:
        row = session.exec(select(WebhookDelivery)).one()
        assert row.status == WebhookStatus.pending and row.attempts == 1 and "500" in (row.last_error or "")
        assert row.next_attempt_at.replace(tzinfo=None) > (row.created_at + timedelta(seconds=25)).replace(tzinfo=None)
        row.next_attempt_at = row.created_at  # the back-off has passed
        session.add(row)
        session.commit()
    assert _run(settings) == 1
    assert list(receiver.events().values())[0]["type"] == "case.opened" and len(receiver.posts) == 2


def test_a_delivery_the_sender_could_not_confirm_is_repeated_with_the_same_id(
    settings: Settings, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhooks, "TIMEOUT", 0.3)
    settings.tables["webhook"][0]["events"] = ["case.opened"]
    receiver.slow = 1
    _open(settings)
    assert _run(settings, limit=1) == 0  # timed out: the receiver has it, the sender does not know
    assert _run(settings) == 1
    assert len(receiver.posts) == 2 and len(receiver.events()) == 1  # twice on the wire, once for the receiver


def test_overdue_is_posted_once_per_due_date(settings: Settings, receiver: Receiver) -> None:
    settings.tables["webhook"][0]["events"] = ["case.overdue"]
    _open(settings, received=date.today() - timedelta(days=60))
    with db.session(settings.database_url) as session:
        assert webhooks.mark_overdue(session) == 1
        assert webhooks.mark_overdue(session) == 0
    assert _run(settings) == 1
    [event] = receiver.events().values()
    assert event["type"] == "case.overdue" and event["case"]["status"] != "closed"


def test_events_before_a_receiver_was_configured_are_not_sent(settings: Settings) -> None:
    _open(settings)
    settings.tables["webhook"] = [{"url": "http://127.0.0.1:9/never", "secret": SECRET}]
    assert _run(settings) == 0
    with db.session(settings.database_url) as session:
        assert session.exec(select(WebhookDelivery)).all() == []
        assert session.exec(select(Case)).one().reference


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        ({"url": "ftp://x", "secret": SECRET}, "[[webhook]] #1 url: an http:// or https:// address"),
        ({"url": "https://x", "secret": "short"}, "[[webhook]] #1 secret: at least 16 characters"),
        ({"url": "https://x", "secret": SECRET, "events": ["case.eaten"]}, "[[webhook]] #1 events: choose from"),
        ({"url": "https://x", "secret": SECRET, "colour": "red"}, "[[webhook]] #1: unknown key 'colour'"),
    ],
)
def test_a_mistake_in_the_webhook_table_is_named(entry: dict[str, Any], error: str) -> None:
    with pytest.raises(SettingsError) as raised:
        webhooks.receivers(Settings(tables={"webhook": [entry]}))
    assert str(raised.value).startswith(error)


def test_a_receiver_that_hangs_does_not_hold_back_an_acknowledgement(
    settings: Settings, receiver: Receiver, sink: tuple[Sink, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.models import Outbox
    from intake.run import service

    relay, port = sink
    settings.outbound = f"smtp://127.0.0.1:{port}"
    monkeypatch.setattr(webhooks, "TIMEOUT", 0.5)
    receiver.slow = 1000  # every post outlives the timeout, as a receiver behind a firewall that drops traffic
    for n in range(12):  # 12 posts of 0.5 s: 6 s held back on a shared thread
        byhand_request = byhand.HandRequest(name=f"Person {n}", rights=["access"])  # no address: no mail
        with db.session(settings.database_url) as session:
            byhand.open_case(session, settings, byhand_request, "alice")
    stop = threading.Event()
    threads = service.sender_threads(settings, stop)  # as `intake run` starts the sender role
    for thread in threads:
        thread.start()
    try:
        deadline = time.monotonic() + 10
        while not receiver.posts and time.monotonic() < deadline:
            time.sleep(0.02)
        assert receiver.posts, "the webhooks were not posted"
        queued = time.monotonic()
        _open(settings)  # Jane's case: its acknowledgement goes to the relay
        assert len(relay.wait(1, timeout=10)) == 1
        took = time.monotonic() - queued
        settled = time.monotonic() + 5  # the relay has it; the sender records it as sent a moment after
        while time.monotonic() < settled:
            with db.session(settings.database_url) as session:
                if session.exec(select(Outbox)).one().sent_at is not None:
                    break
            time.sleep(0.05)
        with db.session(settings.database_url) as session:
            ack = session.exec(select(Outbox)).one()
            waiting = session.exec(select(WebhookDelivery).where(WebhookDelivery.status != WebhookStatus.sent)).all()
    finally:
        stop.set()
        for thread in threads:
            thread.join(10)
    assert ack.sent_at is not None and (ack.sent_at - ack.created_at).total_seconds() < 3.0 and took < 3.0
    assert len(waiting) >= 5  # the posts still hang meanwhile: the mail did not wait for them
