"""Bearer tokens for the JSON API: made (shown once), listed, revoked, and checked on each request by their hash."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlmodel import Session, select

from intake import audit
from intake.errors import InputError, NotFound
from intake.models import ApiToken, utcnow
from intake.web.auth import valid_name

ROLES = ("viewer", "dpo")
PREFIX = "intake_"  # lets a secret scanner, or a person, tell what a leaked token opens


def digest(token: str) -> str:
    # A token is 256 random bits, not a password a person chose: one SHA-256 is as hard to reverse as argon2
    # would be, and cheap enough to check on every request.
    return hashlib.sha256(token.encode()).hexdigest()


def add(session: Session, name: str, role: str, actor: str, organisation: str | None = None) -> str:
    """Make a token and return it; only its hash is stored, so this is the one time it can be seen.

    `organisation` binds it to that organisation's cases (the caller checks it is one of the deployment's)."""
    if not valid_name(name) or " " in name:
        raise InputError(f"{name!r}: a token name is letters, digits and . @ ' - (at most 64, no spaces)")
    if role not in ROLES:
        raise InputError(f"--role: expected one of {', '.join(ROLES)}, got {role!r}")
    existing = session.exec(select(ApiToken).where(ApiToken.name == name)).first()
    if existing is not None:
        state = "revoked" if existing.revoked_at else "in use"
        # Names stay unique for good: the audit trail names tokens, and one name must mean one token.
        raise InputError(f"{name}: a token of that name exists ({state}); choose another name")
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(name=name, role=role, token_hash=digest(token), created_by=actor, organisation=organisation)
    session.add(row)
    detail = {"token": name, "role": role, **({"organisation": organisation} if organisation else {})}
    audit.record(session, "token.added", actor=actor, detail=detail)
    session.commit()
    return token


def listing(session: Session) -> list[ApiToken]:
    return list(session.exec(select(ApiToken).order_by(ApiToken.name)).all())


def revoke(session: Session, name: str, actor: str) -> ApiToken:
    row = session.exec(select(ApiToken).where(ApiToken.name == name)).first()
    if row is None:
        raise NotFound(f"{name}: no such token (see `intake tokens list`)")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        audit.record(session, "token.revoked", actor=actor, detail={"token": name})
        session.commit()
    return row


def check(session: Session, token: str) -> ApiToken | None:
    """The live token this is, or None (unknown or revoked); notes when it was last used, once a minute at most."""
    if not token.startswith(PREFIX) or len(token) > 200:
        return None
    row = session.exec(select(ApiToken).where(ApiToken.token_hash == digest(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at.replace(tzinfo=now.tzinfo) > timedelta(minutes=1):
        row.last_used_at = now
        session.add(row)
        session.commit()
    return row
