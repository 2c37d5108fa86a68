"""The embedded SMTP server's own SPF, DKIM and DMARC: real signatures, a real DNS server on loopback, real SMTP."""

from __future__ import annotations

import smtplib
import socket
import threading
import time
from collections.abc import Iterator
from email.utils import make_msgid
from pathlib import Path

import dkim
import pytest
from dnslib import QTYPE, RCODE, RR, TXT
from dnslib.server import BaseResolver, DNSLogger, DNSServer
from sqlmodel import select

from intake import db
from intake import settings as settings_module
from intake.identity.verify import authentication, trusted_from
from intake.models import Message
from intake.sections import VerifyConfig
from intake.settings import Settings
from intake.sources import authenticate, smtp
from intake.understand import ParsedEmail
from intake.understand.parse import parse
from tests.conftest import free_port

OURS = "mx.dpo.example"
KEYS = Path(__file__).resolve().parent / "corpus" / "dkim"  # a test-only key pair (see the README there)
PRIVATE = (KEYS / "test.key").read_bytes()
PUBLIC = (KEYS / "test.pub").read_text().strip()

# The test's whole DNS: who may send for which domain, the signing key, and each domain's DMARC policy.
ZONE = {
    "sel._domainkey.bank.example": [f"v=DKIM1; k=rsa; p={PUBLIC}"],
    "sel._domainkey.strict.example": [f"v=DKIM1; k=rsa; p={PUBLIC}"],
    "bank.example": ["v=spf1 ip4:127.0.0.1 -all"],
    "_dmarc.bank.example": ["v=DMARC1; p=reject"],
    "elsewhere.example": ["v=spf1 ip4:192.0.2.7 -all"],
    "_dmarc.victim.example": ["v=DMARC1; p=quarantine"],
    "_dmarc.strict.example": ["v=DMARC1; p=reject; adkim=s; aspf=s"],
    "_dmarc.parent.example": ["v=DMARC1; p=reject; sp=quarantine"],
    "_dmarc.twice.example": ["v=DMARC1; p=reject", "v=DMARC1; p=none"],
}


class Zone(BaseResolver):  # type: ignore[misc]
    """Answers TXT queries from ZONE; a name it does not hold is NXDOMAIN."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def resolve(self, request, handler):  # type: ignore[no-untyped-def]
        reply = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        self.asked.append(name)
        if name not in ZONE:
            reply.header.rcode = RCODE.NXDOMAIN
        elif QTYPE[request.q.qtype] == "TXT":
            for text in ZONE[name]:
                chunks = [text[i : i + 255] for i in range(0, len(text), 255)]  # a TXT string holds 255 octets
                reply.add_answer(RR(request.q.qname, QTYPE.TXT, rdata=TXT(chunks), ttl=60))
        return reply


@pytest.fixture
def dns_server() -> Iterator[tuple[Zone, int]]:
    zone = Zone()
    port = free_port()
    server = DNSServer(zone, port=port, address="127.0.0.1", logger=DNSLogger(logf=lambda _: None))
    server.start_thread()
    try:
        yield zone, port
    finally:
        server.stop()


def _settings(tmp_path: Path, smtp_table: str = "", **env: str) -> Settings:
    """Settings for the in-process server; [smtp] comes from a file, as tables read the process environment."""
    config = tmp_path / "intake.toml"
    config.write_text(f'[smtp]\nauthserv_id = "{OURS}"\n{smtp_table}')
    s = settings_module.load(
        config,
        env={
            "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'intake.db'}",
            "INTAKE_VAR_DIR": str(tmp_path / "var"),
            "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
            "INTAKE_DPO_ADDRESSES": "dpo@dpo.example",
            "INTAKE_SMTP_LISTEN": f"127.0.0.1:{free_port()}",
            **env,
        },
    )
    db.upgrade(s.database_url)
    return s


@pytest.fixture
def server(tmp_path: Path, dns_server: tuple[Zone, int]) -> Iterator[tuple[Settings, int]]:
    """intake's SMTP server on loopback, asking the test's DNS server."""
    s = _settings(tmp_path, f'nameservers = ["127.0.0.1:{dns_server[1]}"]\n')
    controller = smtp.controller(s)
    controller.start()
    try:
        yield s, smtp.listen_address(s)[1]
    finally:
        controller.stop()


def _mail(author: str, body: str = "Please delete my data.\r\n", extra: str = "") -> bytes:
    head = (
        f"{extra}From: Jane Doe <{author}>\r\nTo: dpo@dpo.example\r\nSubject: Erasure\r\n"
        f"Message-ID: {make_msgid(domain='test')}\r\n"
    )
    return (head + "\r\n" + body).encode()


def _signed(message: bytes, domain: str = "bank.example") -> bytes:
    signature = dkim.sign(
        message, b"sel", domain.encode(), PRIVATE, include_headers=[b"from", b"to", b"subject", b"message-id"]
    )
    return signature + message


def _send(port: int, message: bytes, mail_from: str, helo: str = "mail.bank.example") -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.ehlo(helo)
        client.sendmail(mail_from, ["dpo@dpo.example"], message)


def _stored(s: Settings) -> list[bytes]:
    with db.session(s.database_url) as session:
        return [bytes(m.raw) for m in session.exec(select(Message).order_by(Message.id)).all()]  # type: ignore[arg-type]


def _ours(raw: bytes) -> str:
    """Our header, unfolded; it must be the message's first."""
    first = parse(raw).headers[0]
    assert first[0] == "Authentication-Results" and first[1].startswith(f"{OURS};"), first
    return first[1]


def test_mail_signed_by_its_own_domain_passes_dkim_spf_and_aligned_dmarc(server: tuple[Settings, int]) -> None:
    s, port = server
    sent = _signed(_mail("jane@bank.example"))
    _send(port, sent, "bounces@bank.example")
    (raw,) = _stored(s)
    header = _ours(raw)
    assert "spf=pass smtp.mailfrom=bank.example" in header
    assert "dkim=pass header.d=bank.example header.s=sel" in header
    assert "dmarc=pass header.from=bank.example policy.dmarc=reject" in header
    # The worker believes it for mail of the embedded server, and only for that.
    parsed = parse(raw)
    assert authentication(parsed, s.verify_for("smtp")) == "pass"
    assert trusted_from(parsed, s.verify_for("smtp")) is True
    assert authentication(parsed, s.verify_for("imap")) == "none"  # nobody removed forged headers there
    # Below our header, the message exactly as it came.
    assert raw.endswith(sent) and parse(raw[: -len(sent)]).headers == [("Authentication-Results", header)]


def test_a_subdomain_aligns_relaxed_but_not_where_the_policy_is_strict(server: tuple[Settings, int]) -> None:
    s, port = server
    _send(port, _signed(_mail("jane@mail.bank.example")), "")  # relaxed: same organisational domain
    _send(port, _signed(_mail("jane@news.strict.example"), "strict.example"), "")  # adkim=s: must be equal
    relaxed, strict = (_ours(raw) for raw in _stored(s))
    assert "dkim=pass header.d=bank.example" in relaxed and "dmarc=pass header.from=mail.bank.example" in relaxed
    assert "dkim=pass header.d=strict.example" in strict and "dmarc=fail header.from=news.strict.example" in strict


def test_a_from_forged_to_another_domain_fails_dmarc(server: tuple[Settings, int]) -> None:
    s, port = server
    # Signed by bank.example and sent from its address, but written as if from victim.example.
    _send(port, _signed(_mail("ceo@victim.example")), "bounces@bank.example")
    (raw,) = _stored(s)
    header = _ours(raw)
    assert "spf=pass smtp.mailfrom=bank.example" in header and "dkim=pass header.d=bank.example" in header
    assert "dmarc=fail header.from=victim.example policy.dmarc=quarantine" in header
    assert authentication(parse(raw), s.verify_for("smtp")) == "fail"


def test_spf_fails_for_a_client_the_domain_does_not_list(server: tuple[Settings, int]) -> None:
    s, port = server
    _send(port, _mail("jane@elsewhere.example"), "jane@elsewhere.example", helo="mail.elsewhere.example")
    (raw,) = _stored(s)
    header = _ours(raw)
    assert "spf=fail smtp.mailfrom=elsewhere.example" in header  # -all, and 127.0.0.1 is not 192.0.2.7
    assert "dkim=none" in header
    assert "dmarc=none header.from=elsewhere.example" in header  # the domain publishes no DMARC policy


def test_a_body_altered_after_signing_fails_dkim(server: tuple[Settings, int]) -> None:
    s, port = server
    signed = _signed(_mail("jane@bank.example", body="Please delete my data.\r\n"))
    altered = signed.replace(b"delete my data", b"send me all data")
    _send(port, altered, "jane@elsewhere.example")
    (raw,) = _stored(s)
    header = _ours(raw)
    assert "dkim=fail header.d=bank.example" in header
    assert "dmarc=fail header.from=bank.example" in header  # nothing aligned passed
    assert b"send me all data" in raw  # stored as it came


def test_an_incoming_header_claiming_our_id_is_removed_and_others_kept(server: tuple[Settings, int]) -> None:
    s, port = server
    forged = (
        f"Authentication-Results: {OURS.upper()};\r\n\tdmarc=pass header.from=victim.example\r\n"
        f"Authentication-Results: (comment) {OURS}; dmarc=pass (((\r\n"  # does not parse: removed all the same
        "Authentication-Results: mx.other.example; dmarc=pass header.from=victim.example\r\n"
    )
    _send(port, _mail("ceo@victim.example", extra=forged), "ceo@elsewhere.example")
    (raw,) = _stored(s)
    headers = parse(raw).headers
    results = [v for k, v in headers if k == "Authentication-Results"]
    assert len([v for v in results if OURS in v.lower()]) == 1
    assert results[0].startswith(f"{OURS};") and "dmarc=fail header.from=victim.example" in results[0]
    assert results[1:] == ["mx.other.example; dmarc=pass header.from=victim.example"]
    assert authentication(parse(raw), s.verify_for("smtp")) == "fail"


def test_a_message_opening_on_a_folded_line_cannot_extend_our_verdict(server: tuple[Settings, int]) -> None:
    """The attack on issue 12: a DATA that begins with " ; dmarc=pass header.from=<victim>" folded into the header we
    put on top, and a second From made our own DMARC verdict a permerror naming no domain, so the appended pass
    was read as ours."""
    s, port = server
    smuggled = " ; dmarc=pass header.from=bank.example\r\n"
    message = (smuggled + "From: Jane <jane@bank.example>\r\nFrom: nobody@elsewhere.example\r\n").encode() + _mail(
        "x@elsewhere.example"
    ).split(b"\r\n", 1)[1]
    _send(port, message, "x@elsewhere.example", helo="mail.elsewhere.example")
    (raw,) = _stored(s)
    header = _ours(raw)
    assert "header.from=bank.example" not in header  # the smuggled result stays out of our header
    parsed = parse(raw)
    assert (
        "X-Intake-Malformed",
        "continuation line before the first header field ; dmarc=pass header.from=bank.example",
    ) in [(k, " ".join(v.split())) for k, v in parsed.headers]
    assert authentication(parsed, s.verify_for("smtp")) == "fail"  # and two From fields are no author at all


def test_only_the_first_dmarc_result_of_our_header_counts() -> None:
    config = VerifyConfig(trusted_authserv_ids=[OURS])
    for first, expected in (("dmarc=permerror", "fail"), ("dmarc=none header.from=bank.example", "none")):
        header = f"{OURS}; {first}; dmarc=pass header.from=bank.example"
        parsed = ParsedEmail(from_addr="jane@bank.example", headers=[("Authentication-Results", header)])
        assert authentication(parsed, config) == expected  # the appended pass is never read


def test_a_dns_that_never_answers_costs_the_budget_and_the_message_is_stored(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:  # takes every query, answers none
        silent.bind(("127.0.0.1", 0))
        where = f"127.0.0.1:{silent.getsockname()[1]}"
        s = _settings(tmp_path, f'nameservers = ["{where}"]\ndns_timeout = 0.5\ndns_budget = 1.5\n')
        controller = smtp.controller(s)
        controller.start()
        port = smtp.listen_address(s)[1]
        try:
            started = time.monotonic()
            waiting = threading.Thread(
                target=_send, args=(port, _signed(_mail("jane@bank.example")), "bounces@bank.example")
            )
            waiting.start()
            time.sleep(0.3)
            # Meanwhile the server answers other clients: the DNS waits in a thread, not on the event loop.
            with smtplib.SMTP("127.0.0.1", port, timeout=60) as other:
                asked = time.monotonic()
                assert other.noop()[0] == 250
                answered = time.monotonic() - asked
            waiting.join(60)
            took = time.monotonic() - started
        finally:
            controller.stop()
    assert answered < 0.5
    assert took < 1.5 + 2  # the budget and some slack for a loaded machine, not a query timeout per look-up
    (raw,) = _stored(s)
    header = _ours(raw)
    assert "spf=temperror" in header and "dkim=temperror" in header and "dmarc=temperror" in header
    assert authentication(parse(raw), s.verify_for("smtp")) == "none"


def test_authentication_reads_our_stamped_header() -> None:
    config = VerifyConfig(trusted_authserv_ids=[OURS])
    raw = _mail("jane@bank.example")
    for verdict in ("pass", "fail"):
        found = authenticate.Results(spf="pass", mailfrom="bank.example", dmarc=verdict, author="bank.example")
        found.dkim = [(verdict, "bank.example", "sel")]
        stamped = authenticate.stamp(raw, OURS, authenticate.header(OURS, found))
        assert stamped.startswith(b"Authentication-Results: mx.dpo.example;\r\n\tspf=pass")
        assert authentication(parse(stamped), config) == verdict
    # Our header for another From domain says nothing about this one.
    other = authenticate.Results(dmarc="pass", author="victim.example")
    assert authentication(parse(authenticate.stamp(raw, OURS, authenticate.header(OURS, other))), config) == "none"


def test_a_value_the_sender_chose_cannot_add_a_result_to_our_header() -> None:
    raw = b'From: x@"a; dmarc=pass header.from=bank.example"\r\n\r\nhi\r\n'
    found = authenticate.Results(author=authenticate.dmarc.from_domain(raw), dmarc="none")
    line = authenticate.header(OURS, found).decode()
    assert "dmarc=pass" not in line and found.author is None


def test_turned_off_the_server_stamps_nothing_and_removes_nothing(tmp_path: Path) -> None:
    s = _settings(tmp_path, "authenticate = false\n")
    controller = smtp.controller(s)
    controller.start()
    try:
        border = f"Authentication-Results: {OURS}; dmarc=pass header.from=bank.example\r\n"
        _send(smtp.listen_address(s)[1], _mail("jane@bank.example", extra=border), "jane@bank.example")
    finally:
        controller.stop()
    (raw,) = _stored(s)
    assert raw.startswith(border.encode())
    assert s.verify_for("smtp").trusted_authserv_ids == []  # a border server in front: its id, listed in [verify]


def test_dmarc_is_a_temperror_not_a_fail_when_the_dns_cut_short_a_check_that_might_have_passed(
    dns_server: tuple[Zone, int],
) -> None:
    from intake.sources import dmarc, resolver

    lookups = resolver.Lookups(resolver.resolver([("127.0.0.1", dns_server[1])], 2.0), 2.0, 8.0)
    assert dmarc.evaluate("bank.example", ("fail", "bank.example"), [("temperror", "bank.example")], lookups) == (
        "temperror",
        "reject",
    )
    assert dmarc.evaluate("bank.example", ("temperror", "bank.example"), [("pass", "bank.example")], lookups) == (
        "pass",
        "reject",
    )
    assert dmarc.evaluate("bank.example", ("fail", "bank.example"), [("fail", "bank.example")], lookups) == (
        "fail",
        "reject",
    )
    # A subdomain without a record of its own gets the organisational domain's, and its sp= if it has one.
    assert dmarc.evaluate("a.b.bank.example", ("none", None), [], lookups) == ("fail", "reject")
    assert dmarc.evaluate("child.parent.example", ("none", None), [], lookups) == ("fail", "quarantine")
    assert dmarc.evaluate("parent.example", ("none", None), [], lookups) == ("fail", "reject")
    assert dmarc.evaluate("twice.example", ("none", None), [], lookups) == ("none", None)  # two records: none
    assert dmarc.evaluate("nowhere.example", ("pass", "nowhere.example"), [], lookups) == ("none", None)
