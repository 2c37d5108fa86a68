"""DKIM-sign an outgoing message once, when it is queued, so every delivery attempt sends the same bytes."""

from __future__ import annotations

from email.message import EmailMessage

import dkim

from intake.errors import SettingsError
from intake.settings import Settings


def signed(settings: Settings, msg: EmailMessage) -> bytes:
    """The message's bytes, with a DKIM-Signature header first when [outbound] dkim_key is set."""
    raw = msg.as_bytes()
    config = settings.outbound_auth
    if not config.private_key:
        return raw
    domain = config.dkim_domain or settings.reply_from.rpartition("@")[2]
    try:
        header = dkim.sign(
            raw,
            config.dkim_selector.encode(),
            domain.encode(),
            config.private_key,
            # relaxed/relaxed survives the re-folding of headers and trailing spaces that relays do.
            canonicalize=(b"relaxed", b"relaxed"),
        )
    except dkim.DKIMException as exc:
        raise SettingsError(f"[outbound] dkim_key: {config.dkim_key} cannot sign ({exc})") from None
    return header + raw
