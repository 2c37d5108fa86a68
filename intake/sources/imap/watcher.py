"""The Watcher thread: keep one mailbox folder in sync (catch up, IDLE or poll, store, then mark).

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
import random
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from imap_tools.idle import get_socket_poller
from sqlalchemy import update

from intake import audit, db, store
from intake.models import utcnow
from intake.settings import Settings
from intake.sources.imap.config import Mailbox, _close, describe
from intake.sources.imap.lease import ImapState, LeaseLost, acquire, owner_id, release
from intake.sources.imap.wire import (
    _bodies,
    _capabilities,
    _create_folder,
    _groups,
    _headers,
    _news,
    _ok,
    _quote,
    _search,
    _sizes,
    _stand_in,
)

log = logging.getLogger("intake.imap")


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
                session.exec(
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
                organisation=self.mailbox.config.organisation or "default",
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
