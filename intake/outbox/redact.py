"""Take one-time codes and download tokens out of the kept copy of a mail once it has left: they were for its reader."""

from __future__ import annotations

import re
from collections.abc import Callable
from email import message_from_bytes
from email.policy import SMTP

from intake.fulfil import links

# The shape of a confirmation code (intake/confirmation.py makes them): two groups of five symbols without 0/O/1/I.
CODE_SHAPE = r"[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}"
_CODE = re.compile(rf"(?<![A-Za-z0-9]){CODE_SHAPE}(?![A-Za-z0-9])")
MASK = "*****-*****"


def one_time_codes(raw: bytes) -> bytes:
    """The message with every code-shaped token of its text parts masked (the headers and other parts unchanged)."""
    return _masked(raw, lambda text: _CODE.sub(MASK, text))


def download_tokens(raw: bytes) -> bytes:
    """The message with the token of every download link in its text parts masked (fulfil.links.mask)."""
    return _masked(raw, links.mask)


def _masked(raw: bytes, mask: Callable[[str], str]) -> bytes:
    message = message_from_bytes(raw, policy=SMTP)
    changed = False
    for part in message.walk():
        if part.get_content_maintype() != "text" or part.is_attachment():
            continue
        text = part.get_content()
        masked = mask(text)
        if masked != text:
            part.set_content(masked, subtype=part.get_content_subtype(), charset=part.get_content_charset() or "utf-8")
            changed = True
    return message.as_bytes() if changed else raw
