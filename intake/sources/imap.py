"""IMAP as a source: watch mailboxes with IDLE (or polling) and store every message exactly once.

The order for each message is fixed: read its size, fetch it without setting \\Seen, commit it with
`store.put`, and only then mark it on the server (\\Seen plus a keyword, a move, or a deletion when
configured). A crash anywhere in between leaves the message unmarked; the next catch-up fetches it
again and `store.put` recognises it by (mailbox label, Message-ID, SHA-256), so nothing is lost and
nothing is processed twice. The label never contains UIDVALIDITY, which is what makes a mailbox
recreated under our feet a harmless resynchronisation instead of a reprocessing storm.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import os
import random
import re
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any, get_type_hints
from urllib.parse import unquote, urlsplit

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import MailboxLoginError
from imap_tools.idle import get_socket_poller
from sqlalchemy import BigInteger, Column, Text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, select

from intake import audit, db, store
from intake.errors import SettingsError
from intake.models import Message, Outbox, utcnow
from intake.settings import Settings, _convert, section

log = logging.getLogger("intake.imap")

_SCHEMES = {"imap": 143, "imap+starttls": 143, "imaps": 993}
_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")


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


class ImapState(SQLModel, table=True):
    """Where the watcher of one mailbox folder stands: UIDVALIDITY, last stored UID, and who holds its lock."""

    __tablename__ = "imap_state"

    label: str = Field(primary_key=True, max_length=320)
    # UIDVALIDITY and UIDs are unsigned 32-bit numbers: BIGINT, because PostgreSQL's INTEGER is signed.
    uidvalidity: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    last_uid: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    stored: int = 0  # messages this folder has contributed (not counting duplicates)
    lock_owner: str | None = Field(default=None, max_length=200)
    lock_expires: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    updated_at: datetime = Field(default_factory=utcnow)


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
    entries = getattr(settings, "tables", {}).get("mailbox", [])
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
            values[key] = _convert(key, raw, hints[key], where)
        found.append(mailbox_from(ImapConfig(**values), where, env))
    labels = [m.label for m in found]
    if len(set(labels)) != len(labels):
        raise SettingsError("[[mailbox]]: two entries watch the same folder; give each a distinct url or label")
    return found


# --- The lock and the sync state -------------------------------------------------------------------------------


def owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _owner_dead(owner: str | None) -> bool:
    """True when the lock holder was a process on this host that no longer exists (killed, crashed)."""
    parts = (owner or "").split(":")
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    if int(parts[1]) == os.getpid():
        return False
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _ensure_row(session: Session, label: str) -> None:
    if session.get(ImapState, label) is None:
        session.add(ImapState(label=label))
        try:
            session.commit()
        except IntegrityError:  # another process created it first: fine
            session.rollback()


def acquire(session: Session, label: str, owner: str, seconds: float) -> bool:
    """Take or renew the lease on a mailbox; True when we hold it. The conditional UPDATE is the lock."""
    _ensure_row(session, label)
    now = utcnow()
    current = session.exec(select(ImapState.lock_owner).where(ImapState.label == label)).first()
    free = (
        (ImapState.lock_owner.is_(None))  # type: ignore[union-attr]
        | (ImapState.lock_owner == owner)
        | (ImapState.lock_expires < now)  # type: ignore[operator]
    )
    if current and current != owner and _owner_dead(current):
        free = free | (ImapState.lock_owner == current)
    result = session.exec(  # type: ignore[call-overload]
        update(ImapState)
        .where(ImapState.label == label, free)  # type: ignore[arg-type]
        .values(lock_owner=owner, lock_expires=now + timedelta(seconds=seconds))
    )
    session.commit()
    return result.rowcount == 1


def release(session: Session, label: str, owner: str) -> None:
    session.exec(  # type: ignore[call-overload]
        update(ImapState)
        .where(ImapState.label == label, ImapState.lock_owner == owner)  # type: ignore[arg-type]
        .values(lock_owner=None, lock_expires=None)
    )
    session.commit()


class LeaseLost(Exception):
    """Another watcher took this mailbox over (we stalled past the lease): stop touching it."""


# --- The watcher -------------------------------------------------------------------------------------------------


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


@dataclass
class Batch:
    """What one round trip did, for the progress indicator and the tests."""

    stored: int = 0
    duplicates: int = 0
    oversized: int = 0


class Watcher(threading.Thread):
    """Keeps one mailbox folder in sync until `stop` is set: connect, catch up, IDLE, repeat; back off on errors."""

    def __init__(self, settings: Settings, mailbox: Mailbox, stop: threading.Event, since: str | None = None) -> None:
        super().__init__(name=f"imap {mailbox.label}", daemon=True)
        self.settings = settings
        self.mailbox = mailbox
        self.config = mailbox.config
        self.stop_event = stop
        self.since = self.config.since if since is None else since
        self.owner = owner_id()
        self.failures = 0  # consecutive failed connection attempts (0 when connected)
        self.reconnects = 0
        self.last_error: str | None = None
        self.connected = threading.Event()
        self.holding = False
        self._lease_renewed = 0.0
        self.last_uid = 0
        self._saved_uid = 0
        self._saved_at = 0.0
        self._unsaved = 0  # messages stored since the position was last recorded
        self._capabilities: set[str] = set()

    # The thread's life: hold the lock, stay connected, and never die of an error.
    def run(self) -> None:
        waiting_logged = False
        try:
            while not self.stop_event.is_set():
                try:
                    if not self._renew(force=True):
                        if not waiting_logged:
                            log.info("mailbox watched by another process; waiting", extra=self._extra())
                            waiting_logged = True
                        self.stop_event.wait(max(1.0, self.config.lease_seconds / 3))
                        continue
                    waiting_logged = False
                    self._connected_session()
                except LeaseLost:
                    log.warning("lock on the mailbox lost; another watcher took over", extra=self._extra())
                    self.holding = False
                except Exception as exc:  # any failure, the database's included: report once, back off, retry
                    self._failed(exc)
        finally:
            self.connected.clear()
            if self.holding:
                try:
                    with db.session(self.settings.database_url) as session:
                        release(session, self.mailbox.label, self.owner)
                except Exception:
                    log.exception("could not release the mailbox lock", extra=self._extra())

    def _extra(self) -> dict[str, Any]:
        return {"mailbox": self.mailbox.label}

    def _failed(self, exc: BaseException) -> None:
        self.connected.clear()
        message = describe(self.mailbox, exc)
        if self.failures == 0 or message != self.last_error:
            # Once per outage (or when the cause changes), not once per attempt: a dead server must not flood the log.
            log.warning(f"{message}; retrying with back-off", extra=self._extra())
        else:
            log.debug(f"{message}; still retrying", extra=self._extra())
        self.last_error = message
        self.failures += 1
        self._record_error(message)
        cap = min(self.config.backoff_max_seconds, self.config.backoff_seconds * 2 ** min(self.failures - 1, 20))
        # "Equal jitter": at least half the back-off, so many mailboxes on one server do not reconnect in step.
        self.stop_event.wait(cap / 2 + random.uniform(0, cap / 2))

    def _record_error(self, message: str | None) -> None:
        try:
            with db.session(self.settings.database_url) as session:
                session.exec(  # type: ignore[call-overload]
                    update(ImapState).where(ImapState.label == self.mailbox.label).values(last_error=message)  # type: ignore[arg-type]
                )
                session.commit()
        except Exception:  # the database being down is reported by the rest of the service
            log.debug("could not record the mailbox error", exc_info=True)

    def _renew(self, force: bool = False) -> bool:
        """Renew the lease when a third of it has passed; True while we hold it."""
        if not force and self.holding and time.monotonic() - self._lease_renewed < self.config.lease_seconds / 3:
            return True
        with db.session(self.settings.database_url) as session:
            self.holding = acquire(session, self.mailbox.label, self.owner, self.config.lease_seconds)
        if self.holding:
            self._lease_renewed = time.monotonic()
        return self.holding

    def _check_lease(self) -> None:
        if not self._renew():
            raise LeaseLost(self.mailbox.label)

    def _connected_session(self) -> None:
        box = self.mailbox.connect()
        try:
            self._capabilities = _capabilities(box)
            uidvalidity, uidnext = self._select(box)
            if self.failures:
                self.reconnects += 1
                log.info("mailbox reconnected", extra={**self._extra(), "after_failures": self.failures})
            self.failures = 0
            if self.last_error:
                self.last_error = None
                self._record_error(None)
            self._reconcile(box, uidvalidity, uidnext)
            self.connected.set()
            # After every (re)connection the catch-up runs before the first IDLE: nothing that arrived meanwhile waits.
            while not self.stop_event.is_set():
                _news(box)  # forget notifications the catch-up below covers anyway
                self.catch_up(box)
                if not _news(box):  # mail that arrived during the catch-up is fetched now, not at the next one
                    self._wait_for_mail(box)
        finally:
            self.connected.clear()
            _close(box)
            with contextlib.suppress(Exception):  # best effort: a lagging position only costs a longer search
                self._save_position(force=True)

    def _select(self, box: Any) -> tuple[int, int]:
        if self.config.mark == "move":
            _create_folder(box, self.config.processed_folder)
        typ, data = box.client.select(_quote(self.mailbox.folder))
        if typ != "OK":
            raise RuntimeError(f"cannot select folder {self.mailbox.folder!r}: {data!r}")
        _, validity = box.client.response("UIDVALIDITY")
        _, uidnext = box.client.response("UIDNEXT")
        if not validity or validity[0] is None:
            raise RuntimeError(f"the server sent no UIDVALIDITY for {self.mailbox.folder!r}")
        return int(validity[-1]), int(uidnext[-1]) if uidnext and uidnext[-1] is not None else 1

    def _reconcile(self, box: Any, uidvalidity: int, uidnext: int) -> None:
        """Handle the first start (--since) and a UIDVALIDITY change before any message is fetched."""
        with db.session(self.settings.database_url) as session:
            state = session.get(ImapState, self.mailbox.label) or ImapState(label=self.mailbox.label)
            if state.uidvalidity is None:
                state.last_uid = self._start_point(box, uidnext)
                if state.last_uid:
                    log.info(
                        "first start: skipping existing mail", extra={**self._extra(), "up_to_uid": state.last_uid}
                    )
            elif state.uidvalidity != uidvalidity:
                # The folder was recreated or restored: UIDs mean nothing any more. Re-reading it is safe because
                # store.put recognises every message already stored by its Message-ID and hash.
                log.warning(
                    "UIDVALIDITY changed; resynchronising by Message-ID and hash",
                    extra={**self._extra(), "old": state.uidvalidity, "new": uidvalidity},
                )
                audit.record(
                    session,
                    "imap.resync",
                    detail={"mailbox": self.mailbox.label, "old": state.uidvalidity, "new": uidvalidity},
                )
                state.last_uid = 0
            state.uidvalidity = uidvalidity
            state.updated_at = utcnow()
            session.add(state)
            session.commit()
            self.last_uid = self._saved_uid = state.last_uid
            self._unsaved = 0

    def _start_point(self, box: Any, uidnext: int) -> int:
        if self.since == "now":
            return max(uidnext - 1, 0)
        if self.since:
            day = datetime.strptime(self.since, "%Y-%m-%d").strftime("%d-%b-%Y")
            uids = _search(box, "SINCE", day)
            return (min(uids) - 1) if uids else max(uidnext - 1, 0)
        return 0

    def _wait_for_mail(self, box: Any) -> None:
        """Block until the server reports a change (IDLE) or the poll interval passes; renew the lease meanwhile."""
        if "IDLE" not in self._capabilities or not self.config.use_idle:
            deadline = time.monotonic() + self.config.poll_seconds
            while not self.stop_event.is_set() and time.monotonic() < deadline:
                self._check_lease()
                self._save_position()
                self.stop_event.wait(min(1.0, max(0.0, deadline - time.monotonic())))
            box.client.noop()
            return
        # Each IDLE ends before idle_seconds (below RFC 2177's 29 minutes), then the loop re-issues it.
        deadline = time.monotonic() + self.config.idle_seconds
        box.idle.start()
        silent_but_readable = 0
        # The server may report new mail while IDLE starts; imaplib files it away instead of returning it.
        if _news(box):
            deadline = 0
        while not self.stop_event.is_set() and time.monotonic() < deadline:
            self._check_lease()
            self._save_position()
            # One-second polls of the socket cost nothing and let a stop request end the IDLE promptly.
            responses = box.idle.poll(timeout=1)
            if any(r.startswith(b"* BYE") for r in responses):
                raise imaplib.IMAP4.abort("the server closed the connection (BYE) during IDLE")
            if any(b"EXISTS" in r or b"EXPUNGE" in r for r in responses):
                break
            # imap-tools' poll reports a closed connection as "no news"; a socket that stays readable while
            # yielding nothing is closed, and waiting on it would hide an outage until the IDLE ends.
            readable = not responses and bool(get_socket_poller(box.client.sock, 0))
            silent_but_readable = silent_but_readable + 1 if readable else 0
            if silent_but_readable >= 3:
                raise imaplib.IMAP4.abort("the server closed the connection during IDLE")
        box.idle.stop()

    def catch_up(self, box: Any) -> Batch:
        """Store every unmarked message above the last UID, in batches that bound memory; returns the totals."""
        extra: list[str] = ["UNKEYWORD", self.config.keyword] if self.config.mark == "seen" else []
        uids = [u for u in _search(box, "UID", f"{self.last_uid + 1}:*", *extra) if u > self.last_uid]
        total = Batch()
        if not uids:
            return total
        announce = len(uids) > self.config.batch
        if announce:
            log.info("catching up", extra={**self._extra(), "messages": len(uids)})
        for start in range(0, len(uids), self.config.batch):
            if self.stop_event.is_set():
                break
            self._check_lease()
            chunk = uids[start : start + self.config.batch]
            done = self._process(box, chunk)
            total.stored += done.stored
            total.duplicates += done.duplicates
            total.oversized += done.oversized
            if announce:
                log.info("catch-up progress", extra={**self._extra(), "done": start + len(chunk), "of": len(uids)})
        return total

    def _process(self, box: Any, uids: list[int]) -> Batch:
        """Fetch, store durably, then mark one batch; the last UID advances only after the marks."""
        done = Batch()
        sizes = _sizes(box, uids)
        small = [u for u in uids if u in sizes and sizes[u] <= self.config.max_message_bytes]
        large = [u for u in uids if u in sizes and sizes[u] > self.config.max_message_bytes]
        stored_uids: list[int] = []
        # Fetch groups bounded by bytes as well as count: a batch of big attachments must not fill the memory.
        for group in _groups(small, sizes, budget=max(self.config.max_message_bytes, 32_000_000)):
            for uid, raw in _bodies(box, group):
                self._store(raw, done)
                stored_uids.append(uid)
        for uid in large:
            headers = _headers(box, uid)
            self._store(_stand_in(headers, sizes[uid], self.mailbox, self.config), done, oversized=True)
            stored_uids.append(uid)
        self._mark(box, stored_uids)
        # UIDs that vanished between SEARCH and FETCH (expunged by another client) are simply passed over.
        self.last_uid = max(uids)
        self._unsaved += done.stored
        self._save_position(force=len(uids) >= self.config.batch)
        return done

    def _save_position(self, force: bool = False) -> None:
        """Record the last UID, at most every two seconds while mail trickles in (each commit is a disk flush).

        A position that lags is harmless: the catch-up search skips what carries the keyword (or was moved),
        and store.put recognises anything else already stored.
        """
        if self._saved_uid == self.last_uid and not self._unsaved:
            return
        if not force and time.monotonic() - self._saved_at < 2:
            return
        with db.session(self.settings.database_url) as session:
            state = session.get(ImapState, self.mailbox.label)
            if state is not None:
                state.last_uid = max(state.last_uid, self.last_uid)
                state.stored += self._unsaved
                state.updated_at = utcnow()
                session.add(state)
                session.commit()
        self._saved_uid, self._unsaved, self._saved_at = self.last_uid, 0, time.monotonic()

    def _store(self, raw: bytes, done: Batch, oversized: bool = False) -> None:
        with db.session(self.settings.database_url) as session:
            result = store.put(
                session,
                raw,
                mailbox=self.mailbox.label,
                source="imap",
                envelope_to=self.mailbox.user,
                flags=("oversized",) if oversized else (),
            )
            if oversized and not result.duplicate:
                # The DPO must know: the case carries the flag, the audit trail and the log say where the original is.
                audit.record(
                    session,
                    "message.oversized",
                    message_id=result.id,
                    detail={"mailbox": self.mailbox.label, "limit": self.config.max_message_bytes},
                )
                session.commit()
                log.warning(
                    "oversized message left on the server; a case flagged oversized will be opened",
                    extra={**self._extra(), "message": result.id},
                )
                done.oversized += 1
        if result.duplicate:
            done.duplicates += 1
        else:
            done.stored += 1

    def _mark(self, box: Any, uids: list[int]) -> None:
        if not uids:
            return
        uidset = ",".join(str(u) for u in uids)
        if self.config.delete and "UIDPLUS" in self._capabilities:
            _ok(box.client.uid("STORE", uidset, "+FLAGS.SILENT", "(\\Deleted)"), "STORE \\Deleted")
            # UID EXPUNGE removes only these messages, never others the DPO flagged \Deleted in their client.
            _ok(box.client.uid("EXPUNGE", uidset), "UID EXPUNGE")
            return
        if self.config.delete:
            log.warning("server lacks UIDPLUS: not deleting, marking instead", extra=self._extra())
        if self.config.mark == "move":
            if "MOVE" in self._capabilities:
                _ok(box.client.uid("MOVE", uidset, _quote(self.config.processed_folder)), "UID MOVE")
                return
            _ok(box.client.uid("COPY", uidset, _quote(self.config.processed_folder)), "UID COPY")
            if "UIDPLUS" in self._capabilities:
                _ok(box.client.uid("STORE", uidset, "+FLAGS.SILENT", "(\\Deleted)"), "STORE \\Deleted")
                _ok(box.client.uid("EXPUNGE", uidset), "UID EXPUNGE")
                return
        # Deliberately not imap-tools' MailBox.flag(): it EXPUNGEs the whole folder after every STORE.
        _ok(box.client.uid("STORE", uidset, "+FLAGS.SILENT", f"(\\Seen {self.config.keyword})"), "STORE flags")


# --- IMAP helpers on imaplib (raw bytes exactly as the server holds them) -----------------------------------------


def _ok(result: tuple[str, Any], what: str) -> Any:
    typ, data = result
    if typ != "OK":
        raise RuntimeError(f"{what} failed: {data!r}")
    return data


def _quote(folder: str) -> str:
    from imap_tools.imap_utf7 import utf7_encode

    encoded = utf7_encode(folder).decode()
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _capabilities(box: Any) -> set[str]:
    # imaplib keeps the pre-login list; servers announce more (MOVE, UIDPLUS) once logged in.
    data = _ok(box.client.capability(), "CAPABILITY")
    return {c.upper() for c in b" ".join(d for d in data if isinstance(d, bytes)).decode().split()}


def _news(box: Any) -> bool:
    """True when the server sent EXISTS (new mail) since the last call; clears what imaplib collected meanwhile."""
    pending = box.client.untagged_responses
    news = bool(pending.pop("EXISTS", None))
    for key in ("RECENT", "FETCH", "EXPUNGE"):
        pending.pop(key, None)  # unsolicited updates pile up over a long session; nobody reads them
    return news


def _create_folder(box: Any, folder: str) -> None:
    typ, _data = box.client.create(_quote(folder))
    if typ == "OK":
        box.client.subscribe(_quote(folder))  # so the DPO's mail client shows it


def _search(box: Any, *criteria: str) -> list[int]:
    data = _ok(box.client.uid("SEARCH", *criteria), "UID SEARCH")
    return sorted(int(x) for x in b" ".join(d for d in data if isinstance(d, bytes)).split())


def _uidset(uids: list[int]) -> str:
    return ",".join(str(u) for u in uids)


def _sizes(box: Any, uids: list[int]) -> dict[int, int]:
    data = _ok(box.client.uid("FETCH", _uidset(uids), "(UID RFC822.SIZE)"), "UID FETCH RFC822.SIZE")
    sizes: dict[int, int] = {}
    for item in data:
        line = item[0] if isinstance(item, tuple) else item
        if not isinstance(line, bytes):
            continue
        uid, size = _UID.search(line), _SIZE.search(line)
        if uid and size:
            sizes[int(uid.group(1))] = int(size.group(1))
    return sizes


def _groups(uids: list[int], sizes: dict[int, int], budget: int) -> Iterator[list[int]]:
    group: list[int] = []
    used = 0
    for uid in uids:
        if group and used + sizes[uid] > budget:
            yield group
            group, used = [], 0
        group.append(uid)
        used += sizes[uid]
    if group:
        yield group


def _bodies(box: Any, uids: list[int]) -> Iterator[tuple[int, bytes]]:
    """(UID, exact bytes) for each message; BODY.PEEK leaves \\Seen alone, so nothing is marked before it is stored."""
    if not uids:
        return
    data = _ok(box.client.uid("FETCH", _uidset(uids), "(UID BODY.PEEK[])"), "UID FETCH BODY.PEEK[]")
    pending: bytes | None = None
    for item in data:
        if isinstance(item, tuple):
            head, raw = item[0], item[1]
            found = _UID.search(head)
            if found:
                yield int(found.group(1)), raw
            else:
                pending = raw  # the server put UID after the literal: it is in the next line
        elif isinstance(item, bytes) and pending is not None:
            found = _UID.search(item)
            if found:
                yield int(found.group(1)), pending
            pending = None


def _headers(box: Any, uid: int) -> bytes:
    data = _ok(box.client.uid("FETCH", str(uid), "(UID BODY.PEEK[HEADER])"), "UID FETCH BODY.PEEK[HEADER]")
    for item in data:
        if isinstance(item, tuple):
            return item[1]
    return b""


def _stand_in(headers: bytes, size: int, mailbox: Mailbox, config: ImapConfig) -> bytes:
    """What is stored for a message too large to download: its headers and a note saying where the original is.

    Deterministic for a given message (no UID in it), so a resynchronisation finds it already stored.
    """
    parsed = BytesHeaderParser(policy=compat32).parsebytes(headers)
    keep = [(k, v) for k, v in parsed.items() if k.lower() not in {"content-type", "content-transfer-encoding"}]
    # compat32 keeps folded headers with bare newlines; mail wants CRLF throughout.
    head = b"".join(
        f"{k}: {v}".replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "surrogateescape") + b"\r\n"
        for k, v in keep
    )
    note = (
        f"This message is {size} bytes, more than the {config.max_message_bytes} bytes intake downloads "
        f"(max_message_bytes). It was not downloaded and is still on the server in {mailbox.label}.\r\n"
        "Read it in the mail client; its headers are above.\r\n"
    )
    return (
        head
        + b"Content-Type: text/plain; charset=utf-8\r\nX-Intake-Oversized: "
        + str(size).encode()
        + (b"\r\n\r\n" + note.encode())
    )


# --- Entry points for the service, the sender and the CLI ---------------------------------------------------------


def start(settings: Settings, stop: threading.Event, since: str | None = None) -> list[Watcher]:
    """One watcher thread per configured mailbox (none when IMAP is not configured)."""
    if since is not None:
        check_since(since, "--since")
    watchers = [Watcher(settings, m, stop, since=since) for m in mailboxes(settings)]
    for watcher in watchers:
        watcher.start()
        log.info("watching mailbox", extra={"mailbox": watcher.mailbox.label})
    return watchers


def join(watchers: list[Watcher], timeout: float = 10) -> None:
    """Wait for the watchers to finish after `stop` was set (each ends its IDLE within a second)."""
    deadline = time.monotonic() + timeout
    for watcher in watchers:
        watcher.join(max(0.0, deadline - time.monotonic()))


def file_sent(settings: Settings, row: Outbox) -> None:
    """Copy a sent reply into the Sent folder of the mailbox its case came from (APPEND), when configured.

    Called by the sender after a successful delivery; a failure here is logged, never un-sends the reply.
    """
    try:
        targets = [m for m in mailboxes(settings) if m.config.sent_folder]
    except Exception:  # a configuration error is reported by the watchers already
        return
    if not targets:
        return
    target = targets[0]
    if len(targets) > 1 and row.case_id is not None:
        with db.session(settings.database_url) as session:
            labels = session.exec(select(Message.mailbox).where(Message.case_id == row.case_id)).all()
        target = next((m for m in targets if m.label in labels), target)
    try:
        box = target.connect()
        try:
            when = datetime.now().astimezone()
            _ok(
                box.client.append(
                    _quote(target.config.sent_folder), "(\\Seen)", imaplib.Time2Internaldate(when), row.raw
                ),
                "APPEND",
            )
        finally:
            _close(box)
    except Exception as exc:
        log.warning(f"could not copy the reply into the Sent folder: {describe(target, exc)}", extra={"outbox": row.id})
