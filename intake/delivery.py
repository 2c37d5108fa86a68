"""The [fulfilment] keys that shape a download link, checked when settings load (intake.sections calls this)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from intake.errors import SettingsError


def check_link_keys(deliver: str, link_url: str, link_days: int, link_downloads: int) -> None:
    """One line naming the first key that would make a link the requester cannot use, or use safely."""
    if link_days < 1:
        raise SettingsError("[fulfilment] link_days: must be at least 1")
    if link_downloads < 1:
        raise SettingsError("[fulfilment] link_downloads: must be at least 1")
    if deliver == "link" and not _safe(link_url):
        raise SettingsError(
            f'[fulfilment] link_url: {link_url!r} is not an https:// address the requester can reach (deliver = "link" '
            "mails it; http:// only for localhost or 127.0.0.1, to try it out)"
        )


def _safe(url: str) -> bool:
    """https to a named host, or http to this machine: elsewhere the token would cross the network in clear text."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return bool(host) and (parts.scheme == "https" or (parts.scheme == "http" and loopback))
