"""The JSON API under /api/v1: the search, review and byhand functions of the CLI and pages, behind bearer tokens."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from intake import byhand, db, reading, review, search
from intake.errors import InputError, IntakeError, NotFound, TransitionError
from intake.models import ApiToken, Case, Draft, Message, utcnow
from intake.settings import Settings
from intake.web import openapi, scope, tokens
from intake.web.pages import CLOSE_AS

log = logging.getLogger("intake.web.api")
MAX_BODY = 64 * 1024  # a case by hand or a refusal's reasons, never a file
STATUS_OF = {NotFound: 404, TransitionError: 409, InputError: 400}


class Refused(Exception):
    """An answer other than 200 that is not one of intake's own errors: no token (401), a viewer acting (403)..."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status


@dataclass
class Call:
    """What a handler gets: settings, a database session, who is calling, the path, the query and the JSON body."""

    settings: Settings
    session: Session
    token: ApiToken
    path: dict[str, Any]
    query: dict[str, str]
    body: dict[str, Any]

    @property
    def actor(self) -> str:
        return f"token:{self.token.name}"

    def text(self, name: str, required: bool = False, limit: int = 2000) -> str:
        value = self.body.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str) or len(value) > limit or "\x00" in value:
            # NUL included: PostgreSQL refuses it in text, and no one types it.
            raise InputError(f"{name}: expected a string of at most {limit} characters")
        if required and not value.strip():
            raise InputError(f"{name}: required")
        return value


Work = Callable[[Call], tuple[int, Any]]


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _answer(status: int, data: Any, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, default=_json)
    headers = {"cache-control": "no-store", **(headers or {})}
    return Response(body, status, media_type="application/json", headers=headers)


def _error(status: int, text: str) -> Response:
    headers = {"www-authenticate": 'Bearer realm="intake"'} if status == 401 else None
    return _answer(status, {"error": text}, headers)


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refused(401, "send a token: Authorization: Bearer <token> (make one with `intake tokens add NAME`)")
    return token.strip()


async def _body(request: Request) -> dict[str, Any]:
    if request.method != "POST":
        return {}
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise Refused(413, f"the body is larger than {MAX_BODY} bytes")
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Refused(400, "the body is not JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, "the body must be a JSON object")
    return data


def endpoint(work: Work, write: bool = False) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a handler: token, role, body, database work off the event loop, errors as JSON with their status."""

    async def run(request: Request) -> Response:
        settings: Settings = request.app.state.settings
        try:
            token = _bearer(request)
            body = await _body(request)
        except Refused as exc:
            return _error(exc.status, str(exc))
        query = dict(request.query_params)

        def job() -> Response:
            with db.session(settings.database_url) as session:
                found = tokens.check(session, token)
                if found is None:
                    return _error(401, "unknown or revoked token")
                if write and found.role != "dpo":
                    return _error(403, f"token {found.name} is a {found.role} token: it reads, only a dpo token acts")
                try:
                    if any("\x00" in str(v) for v in request.path_params.values()):
                        raise NotFound("no such case")
                    own = _settings(settings, session, found, request)
                    status, data = work(Call(own, session, found, dict(request.path_params), query, body))
                except IntakeError as exc:
                    session.rollback()  # review functions commit only at their end: nothing half done stays
                    return _error(next((s for t, s in STATUS_OF.items() if isinstance(exc, t)), 400), str(exc))
                return _answer(status, data)

        try:
            return await run_in_threadpool(job)
        except Exception:
            log.exception("api handler failed", extra={"path": request.url.path})
            return _error(500, "something went wrong; the error was logged and nothing changed")

    return run


def _settings(settings: Settings, session: Session, token: ApiToken, request: Request) -> Settings:
    """The settings of the organisation the call works for (the case's, else the token's); a token bound to one
    organisation finds another's case as it finds none: 404, never 403, which would say that it exists."""
    org = token.organisation
    if org is None and not settings.multi:
        return settings  # one organisation, and a token that sees it
    ref = request.path_params.get("ref")
    if ref is not None:
        owner = scope.owner(session, "ref", ref)
        if org is not None and owner != org:
            raise NotFound(f"{str(ref).strip()}: no such case (see `intake cases`)")
        org = owner or org
    if org is not None and settings.multi and org in settings.organisations:
        return settings.tenant(org)
    if settings.multi and request.method == "POST" and ref is None:
        raise InputError(
            "several organisations share intake: open a case with a token of one (intake tokens add --organisation ID)"
        )
    return settings


def case_json(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "reference": case.reference,
        "status": case.status,
        "requester": case.requester,
        "requester_name": case.requester_name,
        "language": case.language,
        "jurisdiction": case.jurisdiction,
        "rights": (case.extraction or {}).get("rights", []),
        "flags": case.flags,
        "verification": (case.verification or {}).get("status"),
        "received": case.received_at,
        "due": case.due_on,
        "assigned_to": case.assigned_to,
    }


def draft_json(draft: Draft) -> dict[str, Any]:
    return {
        "id": draft.id,
        "template": draft.template,
        "right": draft.right,
        "language": draft.language,
        "to": draft.to_addr,
        "subject": draft.subject,
        "body": draft.body,
        "status": draft.status,
        "automatic": draft.automatic,
        "reason": draft.reason,
        "approved_by": draft.approved_by,
        "created": draft.created_at,
    }


def _number(call: Call, name: str, default: int) -> int:
    raw = call.query.get(name, "")
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
        raise InputError(f"{name}: a whole number")
    return int(raw)


def list_cases(call: Call) -> tuple[int, Any]:
    unknown = sorted(set(call.query) - set(search.CaseQuery.names()))
    if unknown:
        raise InputError(f"{unknown[0]}: not a filter; use {', '.join(search.CaseQuery.names())}")
    text = {k: v for k, v in call.query.items() if k not in {"page", "per_page"}}
    if call.token.organisation is not None:
        text["organisation"] = call.token.organisation  # a token of one organisation lists only its cases
    query = search.CaseQuery(**text, page=_number(call, "page", 1), per_page=_number(call, "per_page", 50))
    found = search.find(call.session, query, utcnow().date())
    cases = [{**case_json(c), "subject": subject} for c, subject in found.cases]
    return 200, {"cases": cases, "total": found.total, "page": query.page, "pages": found.pages}


def read_case(call: Call) -> tuple[int, Any]:
    case = review.load(call.session, call.path["ref"])
    return 200, {
        **case_json(case),
        "due_explanation": case.due_explanation,
        "extraction": case.extraction,
        "verification_detail": case.verification,
        "decision": case.decision,
    }


def case_messages(call: Call) -> tuple[int, Any]:
    case = review.load(call.session, call.path["ref"])
    ids = call.session.exec(select(Message.id).where(Message.case_id == case.id).order_by(Message.id)).all()  # type: ignore[arg-type]
    out = []
    for message_id in ids:
        view = reading.read(call.session, call.settings, message_id)  # type: ignore[arg-type]
        out.append(
            {
                "id": view.id,
                "status": view.status,
                "received": view.received_at,
                "from": view.from_addr,
                "to": view.to,
                "date": view.date,
                "subject": view.subject,
                "authentication": view.authentication,
                "text": view.text,
                "attachments": [{"number": a.number, "filename": a.filename, "size": a.size} for a in view.attachments],
            }
        )
    return 200, {"messages": out}


def case_drafts(call: Call) -> tuple[int, Any]:
    case = review.load(call.session, call.path["ref"])
    return 200, {"drafts": [draft_json(d) for d in review.drafts(call.session, case, status=None)]}


def create_case(call: Call) -> tuple[int, Any]:
    rights = call.body.get("rights", [])
    if not isinstance(rights, list) or not all(isinstance(r, str) for r in rights):
        raise InputError('rights: a list of rights, e.g. ["access", "erasure"]')
    received = call.text("received", limit=10)
    try:
        day = date.fromisoformat(received) if received else None
    except ValueError:
        raise InputError(f"received: {received!r} is not a day (YYYY-MM-DD)") from None
    request = byhand.HandRequest(
        name=call.text("name", required=True, limit=200),
        rights=rights,
        address=call.text("address", limit=320),
        employer=call.text("employer", limit=200),
        language=call.text("language", limit=12),
        received=day,
        via=call.text("via", limit=16) or "post",
        note=call.text("note"),
    )
    case = byhand.open_case(call.session, call.settings, request, call.actor)
    return 201, case_json(case)


def approve(call: Call) -> tuple[int, Any]:
    draft_id = call.body.get("draft_id")
    if draft_id is not None and (not isinstance(draft_id, int) or isinstance(draft_id, bool)):
        raise InputError("draft_id: a draft number")
    override = call.text("override_check") or None
    done = review.approve(call.session, call.settings, call.path["ref"], call.actor, draft_id, override)
    case = review.load(call.session, call.path["ref"])
    return 200, {"approved": [d.id for d in done], "case": case_json(case)}


def reject(call: Call) -> tuple[int, Any]:
    draft = review.reject(call.session, call.settings, call.path["ref"], call.text("reason", required=True), call.actor)
    return 200, {"draft": draft_json(draft), "case": case_json(review.load(call.session, call.path["ref"]))}


def extend(call: Call) -> tuple[int, Any]:
    draft = review.extend(call.session, call.settings, call.path["ref"], call.text("reason", required=True), call.actor)
    return 200, {"draft": draft_json(draft), "case": case_json(review.load(call.session, call.path["ref"]))}


def close(call: Call) -> tuple[int, Any]:
    status = call.text("status", limit=16) or "closed"
    if status not in CLOSE_AS:
        raise InputError(f"status: expected one of {', '.join(CLOSE_AS)}, got {status!r}")
    return 200, {"case": case_json(review.close(call.session, call.path["ref"], call.actor, status))}


def openapi_document(request: Request) -> Response:
    return JSONResponse(openapi.DOCUMENT)


ROUTES = [
    ("GET", "/cases", list_cases),
    ("POST", "/cases", create_case),
    ("GET", "/cases/{ref}", read_case),
    ("GET", "/cases/{ref}/messages", case_messages),
    ("GET", "/cases/{ref}/drafts", case_drafts),
    ("POST", "/cases/{ref}/approve", approve),
    ("POST", "/cases/{ref}/reject", reject),
    ("POST", "/cases/{ref}/extend", extend),
    ("POST", "/cases/{ref}/close", close),
]


def not_found(request: Request, exc: Exception) -> Response:
    return _error(404, "no such route; see /api/v1/openapi.json")


def not_allowed(request: Request, exc: Exception) -> Response:
    return _error(405, f"{request.method} is not allowed here; see /api/v1/openapi.json")


def create(settings: Settings) -> Starlette:
    """The API as an app of its own, mounted at /api/v1 by the web face: its errors are JSON, never a page."""
    routes = [Route("/openapi.json", openapi_document, methods=["GET"])]
    routes += [Route(path, endpoint(work, write=method == "POST"), methods=[method]) for method, path, work in ROUTES]
    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed})
    app.state.settings = settings
    return app
