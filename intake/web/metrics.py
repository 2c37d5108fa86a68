"""GET /metrics in the Prometheus text format: every value read from the database when it is scraped.

Why from the database and not counters kept in memory: the work is done by several processes (the SMTP server,
worker processes, the sender, perhaps on several machines), and the one serving /metrics sees none of the
others' memory. The database holds the truth for all of them, so any process answers for the whole
deployment, a restart loses nothing, and two scraped processes agree. The price: the values are counts of
rows *held* (gauges); the daily purge lowers them, so alert on their level and use deriv() rather than rate().
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.registry import Collector
from sqlalchemy import Float, case, cast, func, literal
from sqlmodel import Session, col, select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from intake import __version__, db
from intake.models import Case, Message, MessageStatus, Outbox, utcnow
from intake.review import CLOSED
from intake.settings import Settings
from intake.web.guards import is_loopback

# Seconds from stored to processed: most messages take well under a second; minutes mean a queue.
BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0)
SOON_DAYS = 7


def _seconds_between(session: Session, start: Any, end: Any) -> Any:
    """An SQL expression for end - start in seconds, in the dialect at hand (neither has a portable one)."""
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 86400.0
    return cast(func.extract("epoch", end - start), Float)


class DatabaseCollector(Collector):
    """Reads the gauges and the latency histogram from the database at each scrape."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def collect(self) -> Iterator[Metric]:
        with db.session(self.settings.database_url) as session:
            yield from self._messages(session)
            yield from self._latency(session)
            yield from self._outbox(session)
            yield from self._cases(session)
            yield from self._verification(session)
        info = GaugeMetricFamily("intake_build_info", "The running intake's version.", labels=["version"])
        info.add_metric([__version__], 1)
        yield info

    def _messages(self, session: Session) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "intake_messages",
            "Messages held, by source (smtp, imap, file), kind (request, reply, bounce...) and status "
            "(received = waiting for the worker, processed, failed, quarantined).",
            labels=["source", "kind", "status"],
        )
        rows = session.exec(
            select(Message.source, Message.kind, Message.status, func.count()).group_by(
                col(Message.source), col(Message.kind), col(Message.status)
            )
        ).all()
        for source, kind, status, count in rows:
            family.add_metric([source, kind or "", status], count)
        yield family
        oldest = session.exec(
            select(func.min(Message.received_at)).where(Message.status == MessageStatus.received)
        ).one()
        age = max(0.0, (utcnow() - oldest).total_seconds()) if oldest is not None else 0.0
        yield GaugeMetricFamily(
            "intake_oldest_waiting_seconds", "How long the oldest message waiting for the worker has waited.", age
        )

    def _latency(self, session: Session) -> Iterator[Metric]:
        took = _seconds_between(session, Message.received_at, Message.processed_at)
        done = (Message.status == MessageStatus.processed) & Message.processed_at.is_not(None)  # type: ignore[union-attr]
        columns = [func.count(), func.coalesce(func.sum(took), literal(0.0))]
        columns += [func.coalesce(func.sum(case((took <= bound, 1), else_=0)), 0) for bound in BUCKETS]
        count, total, *cumulative = session.exec(select(*columns).where(done)).one()
        buckets = [(str(bound), int(n)) for bound, n in zip(BUCKETS, cumulative, strict=True)]
        buckets.append(("+Inf", int(count)))
        yield HistogramMetricFamily(
            "intake_message_processing_seconds",
            "Seconds from a message being stored to its being processed (queue wait included), "
            "over the processed messages held.",
            buckets=buckets,
            sum_value=float(total),
        )

    def _outbox(self, session: Session) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "intake_outbox",
            "Outgoing mail held, by purpose and status (sent = delivered; pending, sending and held = waiting; "
            "failed; bounced).",
            labels=["purpose", "status"],
        )
        rows = session.exec(
            select(Outbox.purpose, Outbox.status, func.count()).group_by(Outbox.purpose, Outbox.status)
        ).all()
        for purpose, status, count in rows:
            family.add_metric([purpose, status], count)
        yield family

    def _cases(self, session: Session) -> Iterator[Metric]:
        today = utcnow().date()
        by_status = GaugeMetricFamily("intake_cases", "Cases held, by status.", labels=["status"])
        overdue = GaugeMetricFamily(
            "intake_cases_overdue", "Open cases whose due date has passed, by status.", labels=["status"]
        )
        soon = GaugeMetricFamily(
            "intake_cases_due_soon",
            f"Open cases due within {SOON_DAYS} days (today included, not yet overdue), by status.",
            labels=["status"],
        )
        is_open = Case.status.not_in([str(s) for s in CLOSED])  # type: ignore[attr-defined]
        late = case((is_open & (Case.due_on < today), 1), else_=0)  # type: ignore[operator]
        near = case(
            (is_open & (Case.due_on >= today) & (Case.due_on <= today + timedelta(days=SOON_DAYS)), 1),  # type: ignore[operator]
            else_=0,
        )
        rows = session.exec(select(Case.status, func.count(), func.sum(late), func.sum(near)).group_by(Case.status))
        for status, count, n_late, n_near in rows.all():
            by_status.add_metric([status], count)
            overdue.add_metric([status], int(n_late or 0))
            soon.add_metric([status], int(n_near or 0))
        yield by_status
        yield overdue
        yield soon

    def _verification(self, session: Session) -> Iterator[Metric]:
        family = GaugeMetricFamily(
            "intake_verifications",
            "Cases by the outcome of identity verification (verified, pending_confirmation, ...; none = not yet).",
            labels=["outcome"],
        )
        outcome = Case.__table__.c.verification["status"].as_string()  # type: ignore[attr-defined]
        for status, count in session.exec(select(outcome, func.count()).group_by(outcome)).all():
            family.add_metric([status or "none"], count)
        yield family


def render(settings: Settings) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(settings))
    return generate_latest(registry)


def allowed(request: Request, token: str) -> bool:
    """With INTAKE_METRICS_TOKEN set, only its bearer, wherever from: a TLS proxy on this machine makes every
    visitor look like loopback. Without it, only this machine."""
    if token:
        given = request.headers.get("authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())
    return request.client is not None and is_loopback(request.client.host)


async def metrics(request: Request) -> Response:
    """No log-in (a scraper has no session): the counts name no case and no person."""
    settings: Settings = request.app.state.web.settings
    if not allowed(request, settings.metrics_token):
        return PlainTextResponse(
            "Metrics are served to this machine, or with INTAKE_METRICS_TOKEN as a bearer token.\n",
            401 if settings.metrics_token else 403,
            headers={"www-authenticate": "Bearer"} if settings.metrics_token else None,
        )
    body = await run_in_threadpool(render, settings)
    return Response(body, media_type=CONTENT_TYPE_LATEST, headers={"cache-control": "no-store"})
