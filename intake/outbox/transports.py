"""How an outgoing message leaves: an .eml file in a folder, or a relay over SMTP (INTAKE_OUTBOUND)."""

from __future__ import annotations

import contextlib
import os
import smtplib
import ssl
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

from intake.errors import SettingsError
from intake.models import Outbox
from intake.settings import Settings
from intake.understand import address


class Transport(Protocol):
    def deliver(self, row: Outbox) -> None: ...


def close(transport: Transport) -> None:
    """End a delivery round: a transport that keeps a connection (SMTPTransport) closes it."""
    closing = getattr(transport, "close", None)
    if closing is not None:
        closing()


class FileTransport:
    """Each outgoing message becomes an .eml file; the name is fixed per outbox row, so a retry overwrites."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def deliver(self, row: Outbox) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self.folder / f"{row.id:08d}-{row.purpose}.eml"
        tmp = final.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            f.write(row.raw)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, final)


class SMTPTransport:
    """Delivery through a relay: smtp://host:port, smtp+starttls://user:pass@host:port or smtps://...

    One connection serves the messages of a delivery round (send.deliver_due closes it at the end): a handshake,
    STARTTLS and login per message cost more than the message. A kept connection the relay has since closed is
    opened again once, for the same message.
    """

    def __init__(self, url: str, timeout: float = 30) -> None:
        parts = urlsplit(url)
        if not parts.hostname:
            raise SettingsError(f"INTAKE_OUTBOUND: no host in {url!r}")
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port or (465 if parts.scheme == "smtps" else 25)
        self.user = unquote(parts.username or "")
        self.password = unquote(parts.password or "")
        self.timeout = timeout
        self.client: smtplib.SMTP | None = None
        self.connections = 0  # opened so far: what the tests and the benchmark count

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self.scheme == "smtps":
            client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.scheme == "smtp+starttls":
                client.starttls(context=context)
            if self.user:
                client.login(self.user, self.password)
        except BaseException:
            client.close()
            raise
        self.connections += 1
        return client

    def deliver(self, row: Outbox) -> None:
        # The envelope in ASCII (IDNA domain): a relay without SMTPUTF8 refuses joerg@bücher.de, takes xn--.
        envelope = (row.mail_from, [address.envelope(row.rcpt_to)], row.raw)
        if self.client is not None:
            try:
                self._send(self.client, envelope)
                return
            except (smtplib.SMTPServerDisconnected, ConnectionError):
                pass  # the relay closed the kept connection (idle, restarted): once more on a new one
        self.client = self._connect()
        self._send(self.client, envelope)

    def _send(self, client: smtplib.SMTP, envelope: tuple[str, list[str], bytes]) -> None:
        try:
            client.sendmail(*envelope)
        except smtplib.SMTPResponseException:
            raise  # the relay answered (refused, try later): sendmail reset the transaction, the connection serves on
        except BaseException:
            self._drop()
            raise

    def _drop(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def close(self) -> None:
        """QUIT the kept connection, if any (the end of a delivery round)."""
        if self.client is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.client.quit()
            self._drop()


def transport_for(settings: Settings) -> Transport:
    if settings.outbound.startswith("file:"):
        folder = Path(settings.outbound.removeprefix("file:") or "var/outbox")
        return FileTransport(folder)
    return SMTPTransport(settings.outbound)
