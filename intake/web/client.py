"""Who is at the other end of a log-in: the client's address (through trusted proxies) and a browser that knows a name.

Behind a TLS proxy every request comes from the proxy's address. Its X-Forwarded-For names the client, but anyone
can send that header, so it is read only from the peers in `[web] trusted_proxies`: the rightmost address in it
that is not one of them is the client (each trusted proxy appends the address it was reached from).
A browser that once logged in as a name gets a signed cookie saying so (`intake_known`, 30 days, log-in page only):
its failures are counted apart, so strangers failing as that name cannot lock the person out.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets

from starlette.requests import Request
from starlette.responses import Response

from intake.errors import SettingsError
from intake.web.auth import SessionCodec

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
KNOWN = "intake_known"
KNOWN_DAYS = 30


def trusted_networks(entries: list[str]) -> list[Network]:
    """The `[web] trusted_proxies` entries as networks; one line naming a wrong entry."""
    networks = []
    for entry in (e.strip() for e in entries):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise SettingsError(
                f"[web] trusted_proxies: {entry!r} is not an address or a network (10.0.0.0/8)"
            ) from None
    return networks


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def _within(text: str, networks: list[Network]) -> bool:
    ip = _ip(text)
    return ip is not None and any(ip in net for net in networks)


def address(request: Request, proxies: list[Network]) -> str:
    """The client's address: the socket's, or, from a trusted proxy, the last hop before the trusted ones."""
    peer = request.client.host if request.client else "-"
    if not _within(peer, proxies):
        return peer
    hops = [h.strip() for h in ",".join(request.headers.getlist("x-forwarded-for")).split(",") if h.strip()]
    for hop in reversed(hops):
        if not _within(hop, proxies):
            # Written by a trusted proxy, so an address; anything else means a misconfigured proxy: its own address.
            return str(_ip(hop) or peer)
    return peer


def codec(key: bytes) -> SessionCodec:
    return SessionCodec(hmac.new(key, b"intake known browser", hashlib.sha256).digest(), KNOWN_DAYS * 86400)


def known(request: Request, cookies: SessionCodec, name: str) -> str | None:
    """The id of this browser when it logged in as `name` before (within 30 days), else None."""
    data = cookies.loads(request.cookies.get(KNOWN)) or {}
    same = str(data.get("n", "")).casefold() == name.strip().casefold() and name.strip() != ""
    return str(data.get("d")) if same and data.get("d") else None


def remember(response: Response, cookies: SessionCodec, name: str, secure: bool, now: float) -> None:
    """Mark this browser as one that logged in as `name` (the cookie goes to the log-in page only)."""
    value = cookies.dumps({"n": name, "d": secrets.token_urlsafe(12), "t": int(now)})
    response.set_cookie(
        KNOWN, value, max_age=cookies.max_age, path="/login", httponly=True, samesite="strict", secure=secure
    )
