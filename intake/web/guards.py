"""Middleware around every response: only known Host names are answered, and every answer carries security headers."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from intake.settings import Settings
    from intake.web.config import WebConfig

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
    # Pages carry personal data: no copy in the browser's or a proxy's cache.
    (b"cache-control", b"no-store"),
]


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def allowed_hosts(settings: Settings, config: WebConfig) -> frozenset[str] | None:
    """The Host names the pages answer to; None for any (listening on every address, no names configured)."""
    listen = settings.web_listen.rpartition(":")[0].strip("[]").lower()
    names = {h.strip().lower() for h in config.hosts if h.strip()}
    if listen in {"", "0.0.0.0", "::"}:
        return frozenset(names | set(LOOPBACK_NAMES)) if names else None
    if is_loopback(listen):
        names |= set(LOOPBACK_NAMES)
    return frozenset(names | {listen})


def host_name(header: str) -> str:
    """The name in a Host header, without the port: "[::1]:8025" -> "::1", "Example.org:80" -> "example.org"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


class KnownHosts:
    """Answers 400 to a request whose Host header names none of the allowed hosts (DNS rebinding)."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers", []))
            if host_name(headers.get(b"host", b"").decode("latin-1")) not in self.allowed:
                # The name is not echoed back: it is the requester's text.
                response = Response(
                    "Unknown host name: use the address intake listens on, or add the name to [web] hosts.\n",
                    400,
                    media_type="text/plain",
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Adds the security headers to every response, static files and errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)
