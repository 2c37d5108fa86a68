"""What every page and action works with: the app's state (Web), one request's session (Visit), the handler's Ctx."""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from intake import db
from intake.settings import Settings
from intake.web.auth import DECIDERS, Credentials, SessionCodec, SharedPassword, Throttle, UsersFile
from intake.web.config import WebConfig

HERE = Path(__file__).resolve().parent
COOKIE = "intake_session"


class Visit:
    """One request's session: who is logged in, the CSRF token, and flash messages for the next page."""

    def __init__(self, data: dict[str, Any] | None) -> None:
        self.arrived = data is not None  # False when the browser sent no valid session cookie
        self.changed = data is None
        self.data: dict[str, Any] = data if data is not None else self.fresh()

    @staticmethod
    def fresh() -> dict[str, Any]:
        return {"t": int(time.time()), "csrf": secrets.token_urlsafe(32)}

    @property
    def user(self) -> str | None:
        return self.data.get("u")

    @property
    def csrf(self) -> str:
        return str(self.data.get("csrf", ""))

    def csrf_ok(self, token: str | None) -> bool:
        return bool(token) and bool(self.csrf) and hmac.compare_digest(str(token), self.csrf)

    def keep_cookie(self) -> None:
        """Send no new cookie with this response: the browser may hold a session it did not send (see login_page)."""
        if not self.arrived:
            self.changed = False

    def log_in(self, user: str, fingerprint: str) -> None:
        # A new token and a new issue time at log-in: nothing planted before it survives (session fixation).
        self.data = {**self.fresh(), "u": user, "k": fingerprint, "f": self.data.get("f", [])}
        self.changed = True

    def log_out(self) -> None:
        self.data = self.fresh()
        self.changed = True

    def flash(self, level: str, text: str) -> None:
        # The cookie holds about 4 kB; a flash is a one-line notice, never a letter.
        self.data.setdefault("f", []).append([level, text[:400]])
        self.changed = True

    def take_flashes(self) -> list[tuple[str, str]]:
        flashes = self.data.pop("f", [])
        if flashes:
            self.changed = True
        return [(str(level), str(text)) for level, text in flashes]


def _when(value: datetime | date | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()


def _detail(value: dict[str, Any] | None) -> str:
    return ", ".join(f"{k}={v}" for k, v in (value or {}).items())


@dataclass
class Web:
    """What every request needs: settings, credentials, the cookie codec, the page templates."""

    settings: Settings
    config: WebConfig
    credentials: Credentials
    codec: SessionCodec
    throttle: Throttle = field(default_factory=Throttle)
    proxies: list[Any] = field(default_factory=list)  # [web] trusted_proxies, as networks (web.client)
    known: SessionCodec | None = None  # the cookie of a browser that logged in before (web.client)
    pages: Environment = field(init=False)

    def __post_init__(self) -> None:
        self.pages = Environment(
            loader=FileSystemLoader(str(HERE / "templates")),
            autoescape=True,  # requester text is hostile: every value is escaped unless a template says otherwise
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.pages.filters["when"] = _when
        self.pages.filters["detail"] = _detail

    @property
    def one_time_password(self) -> str | None:
        if isinstance(self.credentials, SharedPassword) and self.credentials.mode == "one_time":
            return self.credentials.password
        return None

    def visit(self, request: Request) -> Visit:
        data = self.codec.loads(request.cookies.get(COOKIE))
        visit = Visit(data)
        if visit.user is not None and self.credentials.fingerprint(visit.user) != visit.data.get("k"):
            # The password changed or the user was removed from the users file since this log-in.
            visit.log_out()
        return visit

    def save(self, visit: Visit, response: Response) -> None:
        if not visit.changed:
            return
        response.set_cookie(
            COOKIE,
            self.codec.dumps(visit.data),
            max_age=self.codec.max_age,
            path="/",
            httponly=True,
            samesite="strict",
            secure=self.config.secure_cookie,
        )


@dataclass
class Ctx:
    """What a page or action handler gets: the app's state, the request, its session and the posted form."""

    web: Web
    request: Request
    visit: Visit
    form: dict[str, str]
    # The organisation of the case, message or draft the path names (intake/web/scope.py), once checked.
    target: str | None = None

    @property
    def settings(self) -> Settings:
        """The settings of the organisation this request works for: the one of the case it names, else the user's;
        the deployment's own when neither says (one organisation, or a user who sees them all on a list)."""
        base = self.web.settings
        org = self.target or self.organisation
        return base.tenant(org) if base.multi and org in base.organisations else base

    @property
    def organisation(self) -> str | None:
        """The one organisation whose data the person logged in sees; None: every organisation's."""
        return self.web.credentials.organisation(self.user) if self.visit.user else None

    @property
    def user(self) -> str:
        return self.visit.user or ""

    @property
    def role(self) -> str:
        return self.web.credentials.role(self.user) if self.visit.user else ""

    @property
    def can_act(self) -> bool:
        """Whether the person logged in may decide: the pages hide the forms, and the server refuses their POST."""
        return self.role in DECIDERS

    @property
    def people(self) -> list[str]:
        """Whom a case can be assigned to: the users file's people who may decide, or just the person logged in.

        A user bound to an organisation is offered its people and the unbound staff, never another's names."""
        credentials = self.web.credentials
        if isinstance(credentials, UsersFile):
            mine = self.organisation
            seen = {None, mine}
            return sorted(
                name
                for name in credentials.users()
                if credentials.role(name) in DECIDERS and (mine is None or credentials.organisation(name) in seen)
            )
        return [self.user] if self.user else []

    @contextmanager
    def db(self) -> Iterator[Session]:
        with db.session(self.settings.database_url) as session:
            yield session

    def render(self, name: str, code: int = 200, **values: Any) -> HTMLResponse:
        values.setdefault("title", "intake")
        page = self.web.pages.get_template(name).render(
            user=self.visit.user,
            role=self.role,
            can_act=self.can_act,
            csrf=self.visit.csrf,
            flashes=self.visit.take_flashes(),
            path=self.request.url.path,
            **values,
        )
        return HTMLResponse(page, status_code=code)

    def redirect(self, url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303)

    def flash(self, level: str, text: str) -> None:
        self.visit.flash(level, text)


Handler = Callable[[Ctx], Response]
