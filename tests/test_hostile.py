"""Hostile mail, generated: every message ends processed or visibly failed, and no reply goes where it must not."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

from sqlmodel import select

from intake import db, store
from intake.models import Case, Message, MessageStatus, Outbox
from intake.run import worker
from intake.settings import Settings

# Addresses that belong to machines: a reply to one starts a mail loop or reaches nobody.
MACHINE = re.compile(rb"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+@-]|$)", re.I)

SEEDS: list[tuple[bytes, str]] = [  # (raw message, envelope sender)
    (
        b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <s1@example.com>\r\n"
        b"Subject: Delete my data\r\n\r\nHello, I am Jane Doe and I work at Acme Ltd. Please delete my data.\r\n",
        "jane@example.com",
    ),
    (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\nTo: dpo@example.org\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain\r\n\r\nI am Jane Doe, please delete my data.\r\n--b1--\r\n",
        "",
    ),
    (
        b"From: News <noreply@news.example.com>\r\nTo: dpo@example.org\r\nPrecedence: bulk\r\n"
        b"List-Unsubscribe: <mailto:u@news.example.com>\r\nSubject: Our offers\r\n\r\n"
        b"Dear customer, please delete all your data from our competitors! I am Bob Smith of Acme.\r\n",
        "bounces+123@news.example.com",
    ),
    (
        b"From: =?utf-8?B?0JDQu9C10LrRgdC10Lk=?= <alexei@example.ru>\r\nTo: dpo@example.org\r\n"
        b"Subject: =?koi8-r?Q?=F5=C4=C1=CC=C9=D4=C5?=\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n"
        b"<html><body><p>\xcf\xf0\xee\xf8\xf3 \xf3\xe4\xe0\xeb\xe8\xf2\xfc \xec\xee\xe8 \xe4\xe0\xed\xed\xfb\xe5"
        b"</p><script>alert(1)</script></body></html>\r\n",
        "alexei@example.ru",
    ),
    (
        b"From: Agent <agent@rights.example>\r\nReply-To: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\n"
        b"Subject: Access request on behalf of Jane Doe\r\n"
        b'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n--outer\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"I act for Jane Doe of Acme Ltd. She asks for a copy of her data.=0D=0A=E2=80=AE\r\n"
        b"--outer\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y\r\nSubject: inner\r\n\r\ninner body\r\n"
        b"--outer--\r\n",
        "agent@rights.example",
    ),
]


def _truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(1, len(raw))]


def _flip(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 12)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _nul_and_bare_cr(raw: bytes, rng: random.Random) -> bytes:
    cut = rng.randrange(len(raw))
    return raw[:cut] + b"\x00\r\x00\n\r" + raw[cut:]


def _long_header(raw: bytes, rng: random.Random) -> bytes:
    return b"X-Long: " + b"a" * rng.choice([998, 5000, 200_000]) + b"\r\n" + raw


def _deep_multipart(raw: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([30, 200])
    head = b"".join(f'Content-Type: multipart/mixed; boundary="d{i}"\r\n\r\n--d{i}\r\n'.encode() for i in range(depth))
    return raw.split(b"\r\n\r\n", 1)[0] + b"\r\nMIME-Version: 1.0\r\n" + head + b"text\r\n"


def _lying_charset(raw: bytes, rng: random.Random) -> bytes:
    header = rng.choice([b"utf-8", b"x-klingon", b"utf-7", b"iso-2022-jp", b""])
    return b"Content-Type: text/plain; charset=" + header + b"\r\n" + raw + "ž\udcff".encode("utf-8", "surrogateescape")


def _injected_name(raw: bytes, rng: random.Random) -> bytes:
    evil = rng.choice(
        [b'"Jane\r\nBcc: all@example.org" <jane@example.com>', b"=?utf-8?Q?Jane=0D=0ABcc:_x@y?= <j@e.com>"]
    )
    return re.sub(rb"^From: [^\r\n]*", b"From: " + evil, raw, count=1, flags=re.M)


def _two_froms(raw: bytes, rng: random.Random) -> bytes:
    return b"From: Mallory <mallory@evil.example>, Jane <jane@example.com>\r\n" + raw


def _garbage(raw: bytes, rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 3000)))


def _huge_body(raw: bytes, rng: random.Random) -> bytes:
    return raw + b"please delete my data " * rng.choice([10_000, 60_000])


MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [
    _truncate,
    _flip,
    _nul_and_bare_cr,
    _long_header,
    _deep_multipart,
    _lying_charset,
    _injected_name,
    _two_froms,
    _garbage,
    _huge_body,
]


def hostile(rng: random.Random, count: int) -> Iterator[tuple[bytes, str]]:
    """`count` messages: each a seed with one to three mutations applied, every mutation used."""
    for i in range(count):
        raw, sender = SEEDS[i % len(SEEDS)]
        for mutate in [MUTATIONS[i % len(MUTATIONS)], *rng.sample(MUTATIONS, rng.randint(0, 2))]:
            raw = mutate(raw, rng) or b"\r\n"
        yield raw, sender


def test_generated_hostile_mail_ends_processed_or_visibly_failed_and_no_reply_goes_astray(settings: Settings) -> None:
    messages = list(hostile(random.Random(2026), 100))
    with db.session(settings.database_url) as session:
        for raw, sender in messages:
            store.put(session, raw, mailbox="smtp", source="smtp", envelope_from=sender)
    worker.drain(settings)

    with db.session(settings.database_url) as session:
        stored = session.exec(select(Message)).all()
        assert len(stored) >= 90  # a few mutations produce the same bytes twice: stored once, as they should be
        for m in stored:
            assert m.status in {MessageStatus.processed, MessageStatus.failed, MessageStatus.quarantined}, m.id
            if m.status != MessageStatus.processed:
                assert m.error, f"message {m.id} failed without saying why"
        raw_of_case: dict[int, list[Message]] = {}
        for m in stored:
            if m.case_id is not None:
                raw_of_case.setdefault(m.case_id, []).append(m)
        replies = session.exec(select(Outbox)).all()
        assert replies, "the seeds include requests: some of them must still be answered"
        for row in replies:
            to = row.rcpt_to.encode().lower()
            assert b"\r" not in to and b"\n" not in to and b"," not in to, row.rcpt_to
            assert not MACHINE.match(to), f"a reply to a machine: {row.rcpt_to}"
            case = session.get(Case, row.case_id)
            assert case is not None
            sources = raw_of_case[case.id]  # type: ignore[index]
            # Replies go to an address the mail itself carried, never to one made up or smuggled in a name.
            assert any(to in m.raw.lower() for m in sources), row.rcpt_to
            assert any(m.envelope_from != "" for m in sources), "a reply to a null envelope sender"
            assert b"bcc:" not in row.raw.split(b"\r\n\r\n", 1)[0].lower()
