"""`intake run`: the SMTP server, the worker processes, the sender loop and a supervisor that keeps them going."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from dataclasses import dataclass
from datetime import timedelta
from multiprocessing.process import BaseProcess

from sqlmodel import select

from intake import db
from intake.errors import InputError, SettingsError
from intake.models import Message, MessageStatus, utcnow
from intake.outbox import send, transports, webhooks
from intake.run import worker
from intake.settings import Settings, section
from intake.sources import imap, smtp

log = logging.getLogger("intake.service")


ROLES = ("smtp", "imap", "worker", "sender", "web", "scheduler")


@dataclass
class Options:
    """What this process runs: any subset of ROLES (intake run --role), and how many worker processes."""

    roles: frozenset[str] = frozenset(ROLES)
    workers: int = 1
    since: str | None = None  # IMAP first start: "now" skips existing mail (intake run --since)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.roles) - set(ROLES))
        if unknown:
            raise InputError(f"--role: unknown role {', '.join(unknown)} (choose among {','.join(ROLES)})")
        if self.workers < 1:
            raise InputError(f"--workers: expected at least 1, got {self.workers}")

    @property
    def smtp(self) -> bool:
        return "smtp" in self.roles

    @property
    def worker(self) -> bool:
        return "worker" in self.roles

    @property
    def web(self) -> bool:
        return "web" in self.roles


def _sender_loop(settings: Settings, stop: threading.Event) -> None:
    transport = transports.transport_for(settings)
    while not stop.is_set():
        try:
            with db.session(settings.database_url) as session:
                sent = send.deliver_due(session, settings, transport)
        except Exception:
            log.exception("sender loop error")
            sent = 0
        if not sent:
            stop.wait(settings.worker_poll_seconds)


def _webhook_loop(settings: Settings, stop: threading.Event) -> None:
    """The audit trail's new events, then the webhooks due. A thread of its own: a receiver that is slow or drops
    traffic costs its timeout per post, which on the sender's beat held back every mail, confirmations included."""
    while not stop.is_set():
        try:
            with db.session(settings.database_url) as session:
                webhooks.collect(session, settings)
                posted = webhooks.deliver(session, settings, stop=stop)
        except Exception:
            log.exception("webhook loop error")
            posted = 0
        if not posted:
            stop.wait(settings.worker_poll_seconds)


def sender_threads(settings: Settings, stop: threading.Event) -> list[threading.Thread]:
    """The sender role's threads, not started: the mail, and the webhooks apart from it when any are configured."""
    webhooks.receivers(settings)  # a mistake in [[webhook]] stops the start, naming the entry
    threads = [threading.Thread(target=_sender_loop, args=(settings, stop), name="sender", daemon=True)]
    if webhooks.receivers(settings):
        threads.append(threading.Thread(target=_webhook_loop, args=(settings, stop), name="webhooks", daemon=True))
    return threads


def _digest_loop(settings: Settings, stop: threading.Event) -> None:
    """Hourly: queue the DPO's daily digest (send_digest makes sure it goes once a day), close the
    confirmations whose code ran out, so their cases show it, run the day's purge (once a day, keyed by it), and
    copy the organisation's records when `[records] sync_hours` have passed."""
    from intake import confirmation
    from intake.fulfil import purge
    from intake.identity.records import sync
    from intake.identity.records.organisation import RecordsConfig
    from intake.outbox import digest

    while not stop.is_set():
        try:
            with db.session(settings.database_url) as session:
                for org in settings.organisations:  # each organisation's digest to its own address
                    digest.send_digest(session, settings.tenant(org))
                confirmation.expire_due(session)
                purge.daily(session, settings)
                webhooks.mark_overdue(session)
                for org in settings.organisations:  # each organisation's copy, from its own database
                    one = settings.tenant(org)
                    mine = org if settings.multi else None
                    sync.periodic(session, section(one, "records", RecordsConfig), organisation=mine)
        except Exception:
            log.exception("scheduler error")
        stop.wait(3600)


def _start_worker(settings: Settings, first: bool = False) -> BaseProcess:
    # spawn, not fork, once this process runs threads and holds sockets (the SMTP server, the sender): a forked
    # child would inherit them. The first workers start before any of those exist, and a fork then spares each a
    # second import of intake (about a second of the first acknowledgement after a cold start). Start it from the
    # main thread: Linux's parent-death signal (worker.die_with_parent) follows the thread that started the child.
    fork = first and threading.active_count() == 1
    context = multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
    process = context.Process(target=worker.main, args=(settings, os.getpid()), name="intake-worker")
    process.start()
    log.info("worker started", extra={"pid": process.pid})
    return process


def _stuck(settings: Settings, pid: int | None) -> bool:
    """True when the running worker has held a message longer than the time limit allows (a hard hang).

    Only its own claims count: a claim left by a worker that died is freed, not a reason to kill the next one.
    """
    limit = utcnow() - timedelta(seconds=settings.worker_time_limit + 10)
    with db.session(settings.database_url) as session:
        row = session.exec(
            select(Message.id).where(
                Message.status == MessageStatus.received,
                Message.claimed_by == worker.worker_id(pid),
                Message.claimed_at < limit,  # type: ignore[operator]
            )
        ).first()
    return row is not None


def _replace_worker(settings: Settings, process: BaseProcess) -> BaseProcess:
    """Free what the dead or killed worker held (its attempt is already counted) and start another.

    The worker is our own child, so we know it is gone; claims of any other process are left to their leases.
    """
    if process.pid is not None:
        released = worker.release_claims_of(settings, process.pid)
        if released:
            log.warning("claims of the stopped worker released", extra={"count": released})
    return _start_worker(settings)


def _supervise(settings: Settings, processes: list[BaseProcess]) -> None:
    """Restart each of our workers that died or hangs past the time limit (never judging anyone else's)."""
    for n, process in enumerate(processes):
        if not process.is_alive():
            log.warning("worker exited; restarting", extra={"exitcode": process.exitcode})
            processes[n] = _replace_worker(settings, process)
        elif _stuck(settings, process.pid):
            log.warning("worker stuck past the time limit; restarting", extra={"pid": process.pid})
            process.kill()
            process.join(5)
            processes[n] = _replace_worker(settings, process)


def run(settings: Settings, options: Options | None = None) -> None:
    options = options or Options()
    # Migrating is a step of its own (`intake db upgrade`, which `make run` runs first): with several processes
    # on one database, each start migrating would race the others and change the schema under running code.
    db.require_current(settings.database_url)
    db.dispose_all()
    # [records] is read by the worker for every request: a wrong key stops the start, not the first message.
    from intake.identity.records.organisation import RecordsConfig

    section(settings, "records", RecordsConfig)
    stop = threading.Event()

    def _stop(_signum, _frame):
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)

    controller = None
    threads: list[threading.Thread] = []
    web_server = None
    watchers: list = []
    processes: list[BaseProcess] = []
    try:
        # The workers first: a spawned worker spends seconds importing and loading models, in its own process, while
        # this one starts the faces; the first message should not wait for both one after the other.
        if options.worker:
            processes = [_start_worker(settings, first=True) for _ in range(options.workers)]
        # The web face next: it refuses to start without authentication on a public address, and a
        # refusal should come before any mail is accepted.
        if options.web:
            from intake.web import server as web_server_module

            web_server = web_server_module.start(settings)
        if options.smtp:
            controller = smtp.controller(settings)
            try:
                controller.start()
            except (OSError, RuntimeError) as exc:
                controller = None
                raise SettingsError(f"INTAKE_SMTP_LISTEN: cannot listen on {settings.smtp_listen} ({exc})") from None
            host, port = smtp.listen_address(settings)
            log.info("smtp listening", extra={"address": f"{host}:{port}"})
        if "sender" in options.roles:
            threads += sender_threads(settings, stop)
        if "scheduler" in options.roles:
            threads.append(threading.Thread(target=_digest_loop, args=(settings, stop), name="digest", daemon=True))
        for thread in threads:
            thread.start()
        if "imap" in options.roles:
            watchers = imap.start(settings, stop, since=options.since)  # none unless mailboxes are configured
        print(banner(settings, options), flush=True)
        while not stop.wait(2.0):
            _supervise(settings, processes)
    finally:
        stop.set()
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(10)
        if controller is not None:
            controller.stop()
        if web_server is not None:
            web_server.stop()
        imap.join(watchers)
        for thread in threads:
            thread.join(5)
        log.info("stopped")


def banner(settings: Settings, options: Options) -> str:
    host, port = smtp.listen_address(settings)
    to = settings.dpo_addresses[0]
    lines = ["intake is running."]
    if options.smtp:
        lines += [
            f"  SMTP      {host}:{port}, accepting mail for {', '.join(settings.dpo_addresses)}",
            "  Send a test mail:",
            f"    swaks --server {host}:{port} --to {to} --from jane@example.com "
            "--header 'Subject: Please delete my data' --body 'I am Jane Doe, I work at Acme. Delete my data.'",
            f"    python3 -c \"import smtplib; smtplib.SMTP('{host}', {port}).sendmail('jane@example.com', "
            f"['{to}'], b'Subject: Delete my data\\r\\n\\r\\nI am Jane Doe of Acme, please delete my data.')\"",
        ]
    for box in imap.mailboxes(settings) if "imap" in options.roles else []:
        lines.append(f"  IMAP      watching {box.label}")
    if options.worker:
        lines.append(f"  Workers   {options.workers}")
    lines.append(f"  Outbound  {settings.outbound}")
    lines.append(f"  Database  {settings.database_url}")
    if options.web:
        lines.append(f"  Web       http://{settings.web_listen}/")
    lines.append("  Stop with Ctrl-C.")
    return "\n".join(lines)
