"""The [imap] and [[mailbox]] settings and the Mailbox they describe: checked, then connected (TLS, timeouts)."""

from __future__ import annotations

import contextlib
import imaplib
import os
import re
import socket
import ssl
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints
from urllib.parse import unquote, urlsplit

from imap_tools import MailBox, MailboxLoginError, MailBoxStartTls, MailBoxUnencrypted

from intake.errors import SettingsError
from intake.sections import convert
from intake.settings import Settings, section

_SCHEMES = {"imap": 143, "imap+starttls": 143, "imaps": 993}


@dataclass
class ImapConfig:
    """Settings of one watched mailbox; [imap] gives the defaults, each [[mailbox]] entry may override any key."""

    url: str = ""
    """imaps://user@host:993/INBOX, imap+starttls://... or imap://... (plain text: loopback only, please)."""
    password_file: str = ""
    """File holding the password (first line), instead of the URL."""
    password_env: str = ""
    """Name of an environment variable holding the password, instead of the URL."""
    label: str = ""
    """Stable name of the mailbox in the database; empty means imap:user@host/folder."""
    organisation: str = ""
    """Id of the [[organisation]] whose mail the mailbox holds (needed when there are several); empty: the only one."""
    mark: str = "seen"
    """What marks a stored message on the server: seen (\\Seen plus the keyword) or move (to processed_folder)."""
    keyword: str = "$IntakeStored"
    """IMAP keyword set on stored messages (mark = seen)."""
    processed_folder: str = "INBOX.Processed"
    """Folder stored messages are moved to (mark = move); created when missing."""
    sent_folder: str = ""
    """Folder each sent reply is copied into (APPEND), e.g. Sent; empty means none."""
    delete: bool = False
    """Delete messages from the server once stored (never, unless this is true)."""
    max_message_bytes: int = 25_000_000
    """Larger messages are not downloaded: a case flagged oversized is opened from their headers."""
    use_idle: bool = True
    """Wait with IDLE when the server offers it; false polls every poll_seconds (for servers with a broken IDLE)."""
    idle_seconds: float = 1500
    """Longest IDLE before it is re-issued (RFC 2177 asks for less than 29 minutes)."""
    poll_seconds: float = 60
    """Polling interval for servers without IDLE."""
    timeout: float = 60
    """Seconds any single IMAP operation may take before the connection is dropped and retried."""
    since: str = ""
    """First start only: empty ingests existing mail, "now" skips it, YYYY-MM-DD ingests mail since that day."""
    batch: int = 100
    """Messages fetched, stored and marked per round trip."""
    tls_verify: bool = True
    """Verify the server's certificate (turn off only for a test server)."""
    ca_file: str = ""
    """CA bundle to verify the server with, instead of the system's."""
    lease_seconds: float = 60
    """Lifetime of the one-watcher-per-mailbox lock, renewed while the watcher runs."""
    backoff_seconds: float = 1
    """First delay before reconnecting after an error; doubles up to backoff_max_seconds, with jitter."""
    backoff_max_seconds: float = 300
    """Longest delay between reconnection attempts."""


@dataclass
class Mailbox:
    """One watched folder on one server, with its settings (the password never appears in repr or logs)."""

    label: str
    scheme: str
    host: str
    port: int
    user: str
    folder: str
    config: ImapConfig
    password: str = field(default="", repr=False)

    def connect(self) -> Any:
        """A logged-in imap-tools MailBox, with every socket operation bounded by config.timeout."""
        timeout = self.config.timeout
        if self.scheme == "imap":
            box: Any = MailBoxUnencrypted(self.host, self.port, timeout=timeout)
        elif self.scheme == "imap+starttls":
            box = MailBoxStartTls(self.host, self.port, timeout=timeout, ssl_context=self.tls_context())
        else:
            box = MailBox(self.host, self.port, timeout=timeout, ssl_context=self.tls_context())
        try:
            _keepalive(box.client.sock)
            box.login(self.user, self.password, initial_folder=None)
        except BaseException:
            _close(box)
            raise
        return box

    def tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.config.ca_file or None)
        if not self.config.tls_verify:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context


def _keepalive(sock: socket.socket) -> None:
    """TCP keepalive, so a peer that vanished without a word (NAT timeout, pulled cable) ends an IDLE in minutes."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 20), ("TCP_KEEPCNT", 3)):
        if hasattr(socket, name):  # Linux names; other systems keep their defaults
            sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)


def _close(box: Any) -> None:
    """Drop a connection without waiting on a server that may be gone."""
    client = getattr(box, "client", None)
    if client is None:
        return
    with contextlib.suppress(Exception):  # already closed or half-open: nothing more to release
        client.shutdown()


def check_since(value: str, where: str) -> None:
    if value not in {"", "now"} and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise SettingsError(f"{where}: expected now or YYYY-MM-DD, got {value!r}")


def mailbox_from(config: ImapConfig, where: str, env: dict[str, str] | None = None) -> Mailbox:
    """Turn one configuration into a Mailbox, or say which key is wrong and how to fix it."""
    env = dict(os.environ if env is None else env)
    parts = urlsplit(config.url)
    if parts.scheme not in _SCHEMES or not parts.hostname:
        raise SettingsError(f"{where} url: expected imaps://user@host:993/INBOX (or imap+starttls://, imap://)")
    if not parts.username:
        raise SettingsError(f"{where} url: no user name (imaps://USER@{parts.hostname}/...)")
    if config.mark not in {"seen", "move"}:
        raise SettingsError(f"{where} mark: expected seen or move, got {config.mark!r}")
    if config.batch < 1 or config.timeout <= 0 or config.max_message_bytes < 1:
        raise SettingsError(f"{where}: batch, timeout and max_message_bytes must be positive")
    if not 0 < config.idle_seconds < 29 * 60:
        raise SettingsError(f"{where} idle_seconds: must be below 1740 (RFC 2177's 29 minutes)")
    check_since(config.since, f"{where} since")
    password = unquote(parts.password or "")
    if config.password_file:
        try:
            password = Path(config.password_file).read_text().splitlines()[0]
        except (OSError, IndexError) as exc:
            raise SettingsError(f"{where} password_file: cannot read {config.password_file}: {exc}") from None
    elif config.password_env:
        if config.password_env not in env:
            raise SettingsError(f"{where} password_env: the environment variable {config.password_env} is not set")
        password = env[config.password_env]
    user = unquote(parts.username)
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    label = config.label or f"imap:{user}@{parts.hostname}/{folder}"
    return Mailbox(
        label=label,
        scheme=parts.scheme,
        host=parts.hostname,
        port=parts.port or _SCHEMES[parts.scheme],
        user=user,
        folder=folder,
        config=config,
        password=password,
    )


def mailboxes(settings: Settings, env: dict[str, str] | None = None) -> list[Mailbox]:
    """Every configured mailbox: INTAKE_IMAP_URL / [imap] url, then each [[mailbox]] entry (defaults from [imap])."""
    base = section(settings, "imap", ImapConfig, env)
    found: list[Mailbox] = []
    if base.url:
        found.append(mailbox_from(base, "INTAKE_IMAP_URL / [imap]", env))
    entries = settings.tables.get("mailbox", [])
    if isinstance(entries, dict):
        entries = [entries]
    hints = get_type_hints(ImapConfig)
    for index, entry in enumerate(entries):
        where = f"[[mailbox]] #{index + 1}"
        if not isinstance(entry, dict):
            raise SettingsError(f"{where}: expected a table")
        values = {f.name: getattr(base, f.name) for f in fields(ImapConfig)}
        for key, raw in entry.items():
            if key not in hints:
                raise SettingsError(f"{where}: unknown key {key!r}")
            values[key] = convert(key, raw, hints[key], where)
        found.append(mailbox_from(ImapConfig(**values), where, env))
    for box in found:
        box.config.organisation = _organisation(settings, box)
    labels = [m.label for m in found]
    if len(set(labels)) != len(labels):
        raise SettingsError("[[mailbox]]: two entries watch the same folder; give each a distinct url or label")
    return found


def _organisation(settings: Settings, box: Mailbox) -> str:
    """The organisation a mailbox's messages belong to; with several, each mailbox must name one of them."""
    org = box.config.organisation or ("" if settings.multi else settings.organisation_id)
    if org not in settings.organisations:
        known = ", ".join(settings.organisations)
        said = f"{org!r} is not one" if org else "needed, as there are several"
        raise SettingsError(f"[[mailbox]] {box.label} organisation: {said} (use one of {known})")
    return org


def describe(mailbox: Mailbox, exc: BaseException) -> str:
    """One line a person can act on: which mailbox, what went wrong, what to check."""
    where = f"{mailbox.label} ({mailbox.scheme}://{mailbox.host}:{mailbox.port})"
    if isinstance(exc, MailboxLoginError):
        return (
            f"{where}: login refused for user {mailbox.user}: check the password (url, password_file or password_env)"
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"{where}: the server's TLS certificate is not trusted: {exc.verify_message} (see ca_file, tls_verify)"
    if isinstance(exc, ssl.SSLError):
        return f"{where}: TLS failed: {exc}"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where}: connection refused: is the server running and the port right?"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"{where}: no answer within {mailbox.config.timeout:g} s (timeout)"
    if isinstance(exc, socket.gaierror):
        return f"{where}: unknown host {mailbox.host}: {exc.strerror}"
    if isinstance(exc, imaplib.IMAP4.abort):
        return f"{where}: connection lost: {exc}"
    if isinstance(exc, OSError):
        return f"{where}: network error: {exc.strerror or exc}"
    return f"{where}: {type(exc).__name__}: {exc}"
