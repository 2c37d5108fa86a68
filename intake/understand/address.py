"""E-mail addresses: read, checked and put into the envelope's form in one place, with email-validator.

Five hand-written patterns used to disagree: the parser took `joerg@bücher.de` from a From header, the
no-sender rule's ASCII-only pattern then refused it, and the requester got no acknowledgement. The library knows
internationalised domains (IDNA), quoted local parts and the special-use names a reply can never reach.
"""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

# Longer is not an address (RFC 5321's path limit); checked before the library sees hostile header text.
MAX_LENGTH = 320


def parse(text: str) -> str | None:
    """The address as a header may carry it (lowercased, the domain in Unicode), or None when it is not one.

    Lenient about where it points ([192.0.2.1], a name without a dot, .test for trials), strict about syntax;
    the special-use names (localhost, .invalid, .local...) are no address anyone can be answered at.
    """
    text = text.strip()
    if not text or len(text) > MAX_LENGTH:
        return None
    try:
        checked = validate_email(
            text,
            check_deliverability=False,  # no DNS while parsing: the worker must not wait on it
            allow_smtputf8=True,
            allow_quoted_local=True,
            allow_domain_literal=True,
            globally_deliverable=False,
            test_environment=True,  # the .test domain, which trials and test suites use (RFC 2606)
        )
    except EmailNotValidError:
        return None
    return checked.normalized.lower()


def deliverable(text: str) -> bool:
    """True when a reply could reach it: valid, with a dotted domain that is no special-use name (localhost,
    .invalid, .local), .test excepted for trials, as before."""
    if not text or len(text) > MAX_LENGTH:
        return False
    try:
        validate_email(
            text, check_deliverability=False, allow_smtputf8=True, allow_quoted_local=True, test_environment=True
        )
    except EmailNotValidError:
        return False
    return True


def envelope(text: str) -> str:
    """The form for SMTP's RCPT TO: the domain in IDNA ASCII (`xn--bcher-kva.de`), which every relay takes.

    A Unicode local part (jörg@...) stays as it is; only a relay that offers SMTPUTF8 can take it.
    """
    try:
        checked = validate_email(
            text, check_deliverability=False, allow_smtputf8=True, allow_quoted_local=True, globally_deliverable=False
        )
    except EmailNotValidError:
        return text
    return checked.ascii_email or f"{checked.local_part}@{checked.ascii_domain}"
