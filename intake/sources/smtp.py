"""The embedded SMTP server: accepts mail for the DPO addresses and answers 250 only once it is stored."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope
from aiosmtpd.smtp import Session as SMTPSession

from intake import db, store
from intake.settings import Settings
from intake.sources import authenticate, resolver

log = logging.getLogger("intake.smtp")


class DPOHandler:
    """aiosmtpd handler: RCPT is checked against the DPO addresses, DATA is committed before the 250."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.accepted = settings.routes()  # each address and its organisation: the union of theirs
        self.authserv_id = settings.authserv_id
        self.dns = resolver.resolver(settings.smtp.servers, settings.smtp.dns_timeout)
        # The checks run here, in threads of their own, not in the worker: only this session knows the client's
        # address, HELO and MAIL FROM, and the stamped header must be in the bytes before they are stored (a
        # message's identity is the SHA-256 of its bytes, and a worker may claim it the moment it is committed).
        # Their own pool, so that threads waiting on a silent DNS never hold up storing in the default one.
        self.checks = ThreadPoolExecutor(max_workers=4, thread_name_prefix="intake-authenticate")

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: SMTP, session: SMTPSession, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address.lower() not in self.accepted:
            return f"550 5.1.1 <{address}>: not a mailbox of this data protection office"
        # A repeated RCPT TO (a client's retry, or the same address twice in To and Cc) is one recipient.
        if address.lower() not in {a.lower() for a in envelope.rcpt_tos}:
            envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: SMTPSession, envelope: Envelope) -> str:  # noqa: N802
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        loop = asyncio.get_running_loop()
        checked: dict[str, object] = {}
        if self.settings.smtp.authenticate:
            raw, checked = await self._authenticated(raw, session, envelope)
        # One copy per organisation addressed: mail to two of them reaches each, and neither sees the other's copy.
        owners: dict[str, list[str]] = {}
        for rcpt in envelope.rcpt_tos:
            owners.setdefault(self.accepted[rcpt.lower()], []).append(rcpt)
        stored = []
        try:
            for org, rcpts in owners.items():
                stored.append(await loop.run_in_executor(None, self._store, raw, envelope, org, rcpts))
        except Exception:
            # Not stored means not accepted: the sending server keeps the mail and tries again later.
            log.exception("could not store an incoming message")
            return "451 4.3.0 Could not store the message; please try again later"
        for one in stored:
            log.info(
                "message stored",
                extra={"message_pk": one.id, "duplicate": one.duplicate, "size": len(raw), **checked},
            )
        return f"250 2.0.0 Stored as message {', '.join(str(one.id) for one in stored)}"

    async def _authenticated(
        self, raw: bytes, session: SMTPSession, envelope: Envelope
    ) -> tuple[bytes, dict[str, object]]:
        """The message with our Authentication-Results on top, within the DNS budget (whatever happens, a
        message), and what the checks said for the log: results and counts only, as the domains say who wrote.

        DNS is blocking (dnspython, dkimpy and pyspf have no asyncio interface), so it runs in `self.checks`, never
        on the event loop that serves every other client. The Lookups keep to the budget; `wait_for` is there
        for a check that hangs anyway: the message then goes on with temperror, and is stored all the same.
        """
        loop = asyncio.get_running_loop()
        config = self.settings.smtp
        peer = session.peer[0] if isinstance(session.peer, tuple) and session.peer else None
        helo = session.host_name or ""
        started = time.monotonic()

        said: dict[str, object] = {"spf": "temperror", "dkim": "temperror", "dmarc": "temperror"}

        def run() -> bytes:
            lookups = resolver.Lookups(self.dns, config.dns_timeout, config.dns_budget)
            found = authenticate.check(raw, peer, helo, envelope.mail_from or "", lookups)
            said.update(spf=found.spf, dkim=",".join(r for r, _, _ in found.dkim) or "none", dmarc=found.dmarc)
            said["dns_queries"] = lookups.queries
            line = authenticate.header(self.authserv_id, found, authenticate.newline_of(raw))
            return authenticate.stamp(raw, self.authserv_id, line)

        def unchecked() -> bytes:
            found = authenticate.Results.unchecked(raw)
            line = authenticate.header(self.authserv_id, found, authenticate.newline_of(raw))
            return authenticate.stamp(raw, self.authserv_id, line)

        head = _header_bytes(raw)
        if head > HEADER_LIMIT:
            # Not worth checking, and costly to: DKIM canonicalises every header, and a thread left busy for
            # minutes on one crafted message holds up the next messages' checks and the process's own exit.
            log.warning("mail checks skipped: header section too large", extra={"header_bytes": head})
            stamped = await loop.run_in_executor(None, unchecked)
            return stamped, {**said, "check_seconds": round(time.monotonic() - started, 3)}
        try:
            stamped = await asyncio.wait_for(loop.run_in_executor(self.checks, run), config.dns_budget + 5)
        except Exception:  # a bug or a hang in the checks costs the verdict, never the message
            log.warning("mail checks did not finish; stored with temperror", exc_info=True)
            try:
                stamped = await loop.run_in_executor(None, unchecked)
            except Exception:
                log.exception("could not stamp a message; stored as received")
                stamped = raw
        return stamped, {**said, "check_seconds": round(time.monotonic() - started, 3)}

    def _store(self, raw: bytes, envelope: Envelope, org: str, rcpts: list[str]) -> store.Stored:
        # A mailbox per organisation where there are several: the copies of one message are not duplicates.
        mailbox = f"smtp:{org}" if self.settings.multi else "smtp"
        with db.session(self.settings.database_url) as session:
            return store.put(
                session,
                raw,
                mailbox=mailbox,
                source="smtp",
                envelope_from=envelope.mail_from or "",
                envelope_to=",".join(rcpts),
                organisation=org,
            )


# Real mail's header section is a few kilobytes; a long Received chain or a big DKIM signature stays far below this.
HEADER_LIMIT = 1_000_000


def _header_bytes(raw: bytes) -> int:
    """The size of the header section: up to the first empty line (CRLF or bare LF), or the whole message."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return min(ends) if ends else len(raw)


class LongLineSMTP(SMTP):
    """aiosmtpd's SMTP session, taking DATA lines longer than RFC 5321's 998 octets instead of refusing the mail.

    aiosmtpd answers a longer line with a permanent `500 Line too long`, and the sender bounces the request. RFC
    5321 4.5.3.1 asks servers to impose no such limit where they can, and 4.5.3.1.6 only forbids *sending*
    longer lines; mail from badly written forms and HTML editors has them. So a line may be as long as the whole
    message may be (INTAKE_MAX_MESSAGE_BYTES, still answered with 552 above it), and is stored as it came.
    """

    def __init__(self, handler: DPOHandler, *, line_limit: int, **kwargs: object) -> None:
        self.line_length_limit = line_limit  # read by SMTP.__init__ to size its stream reader
        super().__init__(handler, **kwargs)  # type: ignore[arg-type]


class DPOController(Controller):
    """aiosmtpd's threaded controller, serving LongLineSMTP."""

    def __init__(self, handler: DPOHandler, *, line_limit: int, **kwargs: object) -> None:
        self.line_limit = line_limit
        super().__init__(handler, **kwargs)  # type: ignore[arg-type]

    def factory(self) -> SMTP:
        return LongLineSMTP(self.handler, line_limit=self.line_limit, **self.SMTP_kwargs)


def listen_address(settings: Settings) -> tuple[str, int]:
    host, _, port = settings.smtp_listen.rpartition(":")
    return host.strip("[]"), int(port)


def controller(settings: Settings) -> Controller:
    """An SMTP server on INTAKE_SMTP_LISTEN; start() runs it in its own thread."""
    host, port = listen_address(settings)
    return DPOController(
        DPOHandler(settings),
        # One line may fill the whole message; beyond that aiosmtpd would answer 500, not 552.
        line_limit=max(settings.max_message_bytes, 1000) + 2,
        hostname=host,
        port=port,
        data_size_limit=settings.max_message_bytes,  # aiosmtpd answers 552 above it
        enable_SMTPUTF8=True,
        server_hostname=settings.reply_from.rpartition("@")[2] or "localhost",
        ident="intake",
    )
