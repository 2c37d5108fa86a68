"""Masks for the record values shown to the DPO as evidence: enough to recognise a value, not enough to copy it."""

from __future__ import annotations

import re
from collections.abc import Callable

MAX_WORDS = 6  # names are cut to six words before matching; the mask shows no more


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def mask_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) < 4:
        return "***"
    head = f"+{digits[:2]} " if value.strip().startswith("+") else ""
    return f"{head}{'*' * 6} {digits[-2:]}"


def mask_name(value: str) -> str:
    return " ".join(f"{w[:1]}***" for w in value.split()[:MAX_WORDS]) or "***"


def mask_identifier(value: str) -> str:
    return f"***{value[-3:]}" if len(value) > 4 else "***"


def mask_date(value: str) -> str:
    return f"{value[:4]}-**-**" if len(value) >= 4 else "***"


def mask_text(value: str) -> str:
    words = value.split()
    return f"{words[0][:12]} ***" if words else "***"


MASKS: dict[str, Callable[[str], str]] = {
    "name": mask_name,
    "email": mask_email,
    "phone": mask_phone,
    "identifier": mask_identifier,
    "date_of_birth": mask_date,
    "address": mask_text,
}
