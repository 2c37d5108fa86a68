"""GET /healthz: is the database reachable, and is the worker keeping up with the mail waiting for it."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from intake import db
from intake.models import Message, MessageStatus, utcnow
from intake.settings import Settings

log = logging.getLogger("intake.web")


def probe(settings: Settings) -> tuple[bool, dict[str, Any]]:
    """(healthy, the body): read from the database, so any process of a deployment answers for all of them."""
    try:
        with db.session(settings.database_url) as session:
            waiting, oldest = session.exec(
                select(func.count(), func.min(Message.received_at)).where(Message.status == MessageStatus.received)
            ).one()
    except SQLAlchemyError as exc:
        # The URL and the driver's text may carry a password: only the class is logged, nothing is answered.
        log.warning("health check: database unreachable", extra={"error": type(exc).__name__})
        return False, {"status": "error", "database": "unreachable"}
    age = max(0.0, (utcnow() - oldest).total_seconds()) if oldest is not None else 0.0
    body: dict[str, Any] = {"status": "ok", "database": "ok", "queue": int(waiting), "oldest_waiting_s": round(age)}
    if age > settings.health_stuck_seconds:
        body["status"] = "stuck"
    return body["status"] == "ok", body


async def healthz(request: Request) -> Response:
    """No log-in: a load balancer or a process manager asks it; it names no case, no address, only counts."""
    healthy, body = await run_in_threadpool(probe, request.app.state.web.settings)
    return JSONResponse(body, status_code=200 if healthy else 503, headers={"cache-control": "no-store"})
