"""How people log in to the web face and which names it answers to: the [web] table (INTAKE_WEB_<KEY>)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class WebConfig:
    """How people log in to the web face ([web] in intake.toml, INTAKE_WEB_<KEY>)."""

    users_file: str = ""
    """File of `name:role:argon2hash` lines (python -m intake.web.auth --role dpo NAME); viewer, dpo or admin."""
    password: str = ""
    """One shared password (plain, or an argon2 hash) for small setups; each person types their name at log-in."""
    session_hours: int = 12
    """How long a log-in lasts before the password is asked again."""
    secure_cookie: bool = False
    """Send the session cookie only over HTTPS; set it when a TLS proxy serves the pages."""
    trusted_proxies: list[str] = field(default_factory=list)
    """Addresses or networks (10.0.0.5, 10.0.0.0/8) of the TLS proxies in front of the pages, whose X-Forwarded-For
    names the client for the log-in throttle (comma list in the environment). Empty: the connection's address."""
    hosts: list[str] = field(default_factory=list)
    """Host names the pages answer to besides the listening address (dpo.example.com behind a proxy; comma list
    in the environment). Other Host headers get 400, so a web page that re-points its own name at this machine
    (DNS rebinding) cannot read them. Empty when listening on every address: any name."""
