"""Outgoing mail: signed Message-IDs, threading headers, the file transport and retries with back-off."""

from __future__ import annotations

import dataclasses
import socket
import threading
from datetime import timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from sqlmodel import select

from intake import db
from intake.models import Case, Event, Outbox, utcnow
from intake.outbox import send, transports
from intake.settings import Settings
from tests.conftest import Sink


def _case(settings: Settings) -> Case:
    with db.session(settings.database_url) as s:
        case = Case(requester="jane@example.com", reference="DPO-2026-000001-1")
        s.add(case)
        s.commit()
        return case


def test_signed_message_id_maps_back_to_its_case_and_rejects_forgeries(settings: Settings) -> None:
    mid = send.signed_message_id(settings, "DPO-2026-000001-1")
    assert send.reference_from_message_id(settings, mid) == "DPO-2026-000001-1"
    forged = mid.replace("DPO-2026-000001-1", "DPO-2026-000002-9")
    assert send.reference_from_message_id(settings, forged) is None
    assert send.reference_from_message_id(settings, "<DPO-2026-000001-1.abc.123456@example.org>") is None
    assert send.reference_from_message_id(settings, "<random@example.com>") is None


def test_reply_is_threaded_and_marked_automatic(settings: Settings) -> None:
    out = send.Outgoing("acknowledgement", "jane@example.com", "Subj", "Body\n", "de", "<orig@x>", ("<a@x>",))
    msg = send.compose(settings, out, "<id@example.org>")
    parsed = message_from_bytes(msg.as_bytes(), policy=default)
    assert parsed["In-Reply-To"] == "<orig@x>"
    assert parsed["References"] == "<a@x> <orig@x>"
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert parsed["Content-Language"] == "de"
    assert parsed["From"].addresses[0].addr_spec == "dpo@example.org"


def test_file_transport_writes_one_eml_per_outbox_row(settings: Settings, tmp_path: Path) -> None:
    case = _case(settings)
    with db.session(settings.database_url) as s:
        send.enqueue(s, settings, case, send.Outgoing("acknowledgement", "jane@example.com", "S", "B\n"))
        s.commit()
        assert send.deliver_due(s, settings, transports.transport_for(settings)) == 1
        assert send.deliver_due(s, settings, transports.transport_for(settings)) == 0  # never sent twice
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1
    assert b"To: jane@example.com" in files[0].read_bytes()


class Refusing:
    def __init__(self) -> None:
        self.calls = 0

    def deliver(self, row: Outbox) -> None:
        self.calls += 1
        raise ConnectionRefusedError("relay down")


def test_failed_delivery_backs_off_then_gives_up_visibly(settings: Settings) -> None:
    case = _case(settings)
    transport = Refusing()
    with db.session(settings.database_url) as s:
        row = send.enqueue(s, settings, case, send.Outgoing("acknowledgement", "jane@example.com", "S", "B\n"))
        s.commit()
        assert send.deliver_due(s, settings, transport) == 0
        s.refresh(row)
        assert row.status == "pending" and row.attempts == 1
        assert row.next_attempt_at > utcnow()  # backed off: not retried at once
        assert send.deliver_due(s, settings, transport) == 0
        assert transport.calls == 1
        for _ in range(settings.send_max_attempts):
            row.next_attempt_at = utcnow()
            s.add(row)
            s.commit()
            send.deliver_due(s, settings, transport)
            s.refresh(row)
        assert row.status == "failed"
        assert "relay down" in (row.last_error or "")
        assert s.exec(select(Event).where(Event.action == "outbox.failed")).first() is not None


def test_html_alternative_carries_requester_text_escaped(settings: Settings) -> None:
    from intake.letters.render import to_html

    text = "Dear <script>alert(1)</script> Doe,\nWe have your request.\n"
    out = send.Outgoing("acknowledgement", "jane@example.com", "S", text, html=to_html(text, "en"))
    parsed = message_from_bytes(send.compose(settings, out, "<id@example.org>").as_bytes(), policy=default)
    plain = parsed.get_body(("plain",))
    html = parsed.get_body(("html",))
    assert plain is not None and "<script>" in plain.get_content()  # plain text is shown as text anyway
    assert html is not None
    assert "<script>" not in html.get_content() and "&lt;script&gt;" in html.get_content()


def _queue(settings: Settings, count: int) -> list[str]:
    """`count` acknowledgements in the outbox, each to its own requester; returns their Message-IDs."""
    case = _case(settings)
    with db.session(settings.database_url) as s:
        rows = [
            send.enqueue(s, settings, case, send.Outgoing("acknowledgement", f"r{n}@example.com", f"S{n}", "B\n"))
            for n in range(count)
        ]
        s.commit()
        return [r.message_id for r in rows]


def _pg_settings(settings: Settings, url: str, sink_port: int) -> Settings:
    on_pg = dataclasses.replace(settings, database_url=url, outbound=f"smtp://127.0.0.1:{sink_port}")
    db.upgrade(url)
    return on_pg


@pytest.mark.postgres
def test_two_sender_loops_on_one_database_deliver_each_row_once(
    settings: Settings, pg_url: str, sink: tuple[Sink, int]
) -> None:
    handler, port = sink
    s = _pg_settings(settings, pg_url, port)
    queued = _queue(s, 20)
    start = threading.Barrier(2)

    def loop() -> None:
        transport = transports.transport_for(s)
        start.wait()
        with db.session(s.database_url) as session:
            while send.deliver_due(session, s, transport, limit=5):
                pass

    senders = [threading.Thread(target=loop) for _ in range(2)]
    for t in senders:
        t.start()
    for t in senders:
        t.join(60)
    delivered = [m["Message-ID"] for _, _, m in handler.wait(20, timeout=5)]
    assert sorted(delivered) == sorted(queued)  # each once: no Message-ID twice at the relay
    with db.session(s.database_url) as session:
        assert {r.status for r in session.exec(select(Outbox)).all()} == {"sent"}
        assert {r.attempts for r in session.exec(select(Outbox)).all()} == {1}


def test_a_sender_that_died_mid_send_leaves_a_lease_that_expires_and_is_retried(
    settings: Settings, sink: tuple[Sink, int]
) -> None:
    handler, port = sink
    s = dataclasses.replace(settings, outbound=f"smtp://127.0.0.1:{port}")
    (message_id,) = _queue(s, 1)
    with db.session(s.database_url) as session:
        # A sender on another host leased the row, then died before it could say how the delivery went.
        row = send._take(session, s, "replica-b:7:dead")
        assert row is not None and row.status == "sending"
        transport = transports.transport_for(s)
        assert send.deliver_due(session, s, transport) == 0  # its lease still runs: nobody else sends it
        row.lease_expires = utcnow() - timedelta(seconds=1)  # ...and now it has run out
        session.add(row)
        session.commit()
        assert send.deliver_due(session, s, transport) == 1
        session.refresh(row)
        assert row.status == "sent" and row.attempts == 2 and row.lease_owner is None
    # The same bytes went again: the same Message-ID, so a relay that did get the first attempt shows a duplicate.
    assert [m["Message-ID"] for _, _, m in handler.wait(1)] == [message_id]


class Peers(Sink):
    """The relay, noting which client connection (its address and port) brought each message."""

    def __init__(self) -> None:
        super().__init__()
        self.peers: list[tuple[str, int]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.peers.append(session.peer)
        return await super().handle_DATA(server, session, envelope)


def test_a_delivery_round_sends_its_mails_over_one_connection_and_reconnects_when_it_drops(
    settings: Settings,
) -> None:
    from aiosmtpd.controller import Controller

    from tests.conftest import free_port

    relay = Peers()
    controller = Controller(relay, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        s = dataclasses.replace(settings, outbound=f"smtp://127.0.0.1:{controller.port}")
        queued = _queue(s, 6)
        transport = transports.transport_for(s)
        assert isinstance(transport, transports.SMTPTransport)
        with db.session(s.database_url) as session:
            assert send.deliver_due(session, s, transport, limit=4) == 4
            assert transport.client is None  # the round's end closed it
            # The next round: the kept connection is cut under the sender after its first mail.
            real = transport.deliver

            def cut_after_first(row: Outbox) -> None:
                real(row)
                if transport.client is not None and len(relay.peers) == 5:
                    transport.client.sock.shutdown(socket.SHUT_RDWR)  # type: ignore[union-attr]

            transport.deliver = cut_after_first  # type: ignore[method-assign]
            assert send.deliver_due(session, s, transport) == 2
            assert {r.status for r in session.exec(select(Outbox)).all()} == {"sent"}
        delivered = [m["Message-ID"] for _, _, m in relay.wait(6)]
    finally:
        controller.stop()
    assert sorted(delivered) == sorted(queued)  # each once
    assert len(set(relay.peers[:4])) == 1  # four mails, one connection
    assert relay.peers[4] != relay.peers[5]  # the cut one was opened again for the next mail
    assert transport.connections == 3
