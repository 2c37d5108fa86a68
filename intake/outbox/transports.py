"""How an outgoing message leaves: an .eml file in a folder, or a relay over SMTP (INTAKE_OUTBOUND)."""

from __future__ import annotations

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
    """Delivery through a relay: smtp://host:port, smtp+starttls://user:pass@host:port or smtps://..."""

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

    def deliver(self, row: Outbox) -> None:
        context = ssl.create_default_context()
        if self.scheme == "smtps":
            client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with client:
            if self.scheme == "smtp+starttls":
                client.starttls(context=context)
            if self.user:
                client.login(self.user, self.password)
            # The envelope in ASCII (IDNA domain): a relay without SMTPUTF8 refuses joerg@bücher.de, takes xn--.
            client.sendmail(row.mail_from, [address.envelope(row.rcpt_to)], row.raw)


def transport_for(settings: Settings) -> Transport:
    if settings.outbound.startswith("file:"):
        folder = Path(settings.outbound.removeprefix("file:") or "var/outbox")
        return FileTransport(folder)
    return SMTPTransport(settings.outbound)
