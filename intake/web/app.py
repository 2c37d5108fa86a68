"""The ASGI app: settings, log-in, sessions, CSRF and security headers around the pages and actions."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from intake.errors import SettingsError
from intake.settings import Settings, section
from intake.web import actions, api, desk, download, health, mail, metrics, newcase, notes, pages, scope
from intake.web import client as visitor
from intake.web.auth import Credentials, SessionCodec, SharedPassword, UsersFile
from intake.web.config import WebConfig
from intake.web.context import Ctx, Handler, Web
from intake.web.guards import KnownHosts, SecurityHeaders, allowed_hosts, is_loopback

log = logging.getLogger("intake.web")
HERE = Path(__file__).resolve().parent


def credentials_for(settings: Settings, config: WebConfig) -> Credentials:
    """The configured way to log in; a one-time password on loopback; a refusal anywhere else."""
    if config.users_file and config.password:
        raise SettingsError("INTAKE_WEB_USERS_FILE and INTAKE_WEB_PASSWORD: set one of them, not both")
    if config.users_file:
        users = UsersFile(Path(config.users_file))
        unknown = sorted(users.bound() - set(settings.organisations))
        if unknown:
            raise SettingsError(
                f"{config.users_file}: organisation {unknown[0]!r} is no [[organisation]] id "
                f"({', '.join(settings.organisations)})"
            )
        return users
    if config.password:
        if len(config.password) < 8 and not config.password.startswith("$argon2"):
            raise SettingsError("INTAKE_WEB_PASSWORD: use at least 8 characters (or an argon2 hash)")
        return SharedPassword(config.password)
    host = settings.web_listen.rpartition(":")[0]
    if not is_loopback(host):
        raise SettingsError(
            f"INTAKE_WEB_LISTEN={settings.web_listen}: the pages show personal data; listening beyond this machine "
            "needs INTAKE_WEB_USERS_FILE or INTAKE_WEB_PASSWORD (or use --no-web)"
        )
    # Only this machine can reach the pages: a password that lives as long as the process is enough,
    # and it is printed on the terminal that started intake (never logged, so it stays out of log files).
    return SharedPassword(secrets.token_urlsafe(12), mode="one_time")


def safe_next(url: str | None) -> str:
    """Only a path on this site: an open redirect after log-in would hand a phishing page our credibility."""
    # Browsers drop tabs and newlines and read a backslash as a slash, so "/\t/evil.example" would become "//evil...".
    if not url or not url.isprintable() or " " in url or "\\" in url:
        return "/"
    return url if url.startswith("/") and not url.startswith("//") else "/"


def endpoint(handler: Handler, *, login: bool = True) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a handler: session, log-in check, CSRF check on POST, database work off the event loop, cookie."""

    async def run(request: Request) -> Response:
        web: Web = request.app.state.web
        visit = web.visit(request)
        ctx = Ctx(web, request, visit, {})
        if login and visit.user is None:
            if request.method == "GET":
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                response: Response = ctx.redirect(f"/login?next={quote(target, safe='/')}")
                visit.keep_cookie()
            else:
                response = ctx.render("refused.html", 401, title="Log in first", reason="Your session has ended.")
            web.save(visit, response)
            return response
        if login and request.method == "POST" and not ctx.can_act:
            # Every decision is a POST: refusing them here covers every action, present and future, in one place.
            response = ctx.render(
                "refused.html",
                403,
                title="Not allowed",
                reason=f"You are logged in as a {ctx.role}: you can read every page, but only a dpo or an admin "
                "can decide. Ask an admin to change your role in the users file.",
            )
            web.save(visit, response)
            return response
        refused = await run_in_threadpool(scope.gate, ctx) if login else None
        if refused is not None:
            web.save(visit, refused)
            return refused
        if request.method == "POST":
            # Read only once the session is known to be allowed to post (the log-in form excepted).
            posted = await request.form(max_files=0, max_fields=50)
            ctx.form = {k: v for k, v in posted.items() if isinstance(v, str)}
        if request.method == "POST" and not visit.csrf_ok(ctx.form.get("csrf")):
            response = ctx.render(
                "refused.html",
                403,
                title="Form refused",
                reason="The form did not come from this site, or your session changed since it was shown. "
                "Go back, reload the page and try again.",
            )
        else:
            try:
                response = await run_in_threadpool(handler, ctx)
            except Exception:
                log.exception("web handler failed", extra={"path": request.url.path})
                response = ctx.render(
                    "refused.html", 500, title="Something went wrong", reason="The error was logged; nothing changed."
                )
        web.save(visit, response)
        return response

    return run


def login_page(ctx: Ctx) -> Response:
    target = safe_next(ctx.request.query_params.get("next"))
    if ctx.visit.user:
        return ctx.redirect(target)
    if not ctx.visit.arrived and ctx.request.query_params.get("again") != "1":
        # A link followed from another site (webmail, chat) arrives without our SameSite=Strict cookie even when
        # the person is logged in. Answering with a fresh cookie would log them out; instead the page reloads
        # itself once, a same-site navigation that carries the cookie if there is one.
        ctx.visit.keep_cookie()
        return ctx.render("again.html", title="Log in", again=f"/login?next={quote(target, safe='/')}&again=1")
    return ctx.render(
        "login.html",
        title="Log in",
        next=safe_next(ctx.request.query_params.get("next")),
        mode=ctx.web.credentials.mode,
    )


def login(ctx: Ctx) -> Response:
    web, client = ctx.web, visitor.address(ctx.request, ctx.web.proxies)
    name, password = ctx.form.get("name", "").strip(), ctx.form.get("password", "")
    target = safe_next(ctx.form.get("next"))
    device = visitor.known(ctx.request, web.known, name) if web.known else None
    if web.throttle.blocked(client, name, device):
        ctx.flash("error", "Too many failed log-ins for this name; wait ten minutes.")
        return ctx.render("login.html", 429, title="Log in", next=target, mode=web.credentials.mode)
    if not web.credentials.check(name, password):
        web.throttle.failed(client, name, device)
        log.warning("web log-in failed", extra={"client": client})
        ctx.flash("error", "Wrong name or password.")
        # The name stays in its field (only the password was wrong, or a typo in the name is there to see).
        return ctx.render("login.html", 401, title="Log in", next=target, mode=web.credentials.mode, typed=name)
    web.throttle.succeeded(client, name, device)
    ctx.visit.log_in(name, web.credentials.fingerprint(name) or "")
    response = ctx.redirect(target)
    if web.known:
        visitor.remember(response, web.known, name, web.config.secure_cookie, time.time())
    return response


def logout(ctx: Ctx) -> Response:
    ctx.visit.log_out()
    ctx.flash("info", "You are logged out.")
    return ctx.redirect("/login")


def favicon(request: Request) -> Response:
    """Browsers ask for /favicon.ico whatever the page says: send them to the icon rather than a 404 in the log."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


def not_found(request: Request, exc: Exception) -> Response:
    """404 as text, or as JSON under /api/ (a path the API's mount cannot match, such as one with a line break)."""
    if request.url.path.startswith("/api/"):
        return api.not_found(request, exc)
    return PlainTextResponse("Not Found", status_code=404)


def create_app(settings: Settings, config: WebConfig | None = None) -> Starlette:
    """The web face for these settings; raises SettingsError when it would be unsafe to serve."""
    config = config or section(settings, "web", WebConfig)
    if config.session_hours < 1:
        raise SettingsError("INTAKE_WEB_SESSION_HOURS: must be at least 1")
    credentials = credentials_for(settings, config)
    if credentials.mode == "one_time":
        key = secrets.token_bytes(32)  # a new password each start: yesterday's sessions end with it
    else:
        key = hmac.new(settings.server_secret(), b"intake web session cookies", hashlib.sha256).digest()
    web = Web(settings, config, credentials, SessionCodec(key, config.session_hours * 3600))
    web.proxies, web.known = visitor.trusted_networks(config.trusted_proxies), visitor.codec(key)
    routes = [
        Route("/login", endpoint(login_page, login=False), methods=["GET"]),
        Route("/login", endpoint(login, login=False), methods=["POST"]),
        Route("/logout", endpoint(logout, login=False), methods=["POST"]),
        # For machines, not people: no session, no cookie; each decides for itself who may read it.
        Route("/healthz", health.healthz, methods=["GET"]),
        Route("/favicon.ico", favicon, methods=["GET"]),
        Route("/metrics", metrics.metrics, methods=["GET"]),
        # The JSON API: bearer tokens instead of sessions, JSON errors instead of pages (intake/web/api.py).
        Mount("/api/v1", app=api.create(settings)),
        # For the requester, who has no log-in: the 128-bit token in the link is the key (fulfil.links).
        *[Route(path, handler, methods=["GET"]) for path, handler in download.ROUTES],
        *[Route(path, endpoint(handler), methods=["GET"]) for path, handler in newcase.PAGES],
        *[Route(path, endpoint(handler), methods=["POST"]) for path, handler in newcase.ACTIONS],
        *[
            Route(path, endpoint(handler), methods=["GET"])
            for path, handler in [*pages.ROUTES, *mail.ROUTES, *desk.ROUTES]
        ],
        *[
            Route(path, endpoint(handler), methods=["POST"])
            for path, handler in [*actions.ROUTES, *notes.ROUTES, *mail.ACTIONS]
        ],
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found})
    allowed = allowed_hosts(settings, config)
    if allowed is not None:
        app.add_middleware(KnownHosts, allowed=allowed)
    app.add_middleware(SecurityHeaders)  # added last, so it wraps the rest: the 400 carries the headers too
    app.state.web = web
    return app
