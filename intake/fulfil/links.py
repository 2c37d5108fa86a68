"""Download links: an export stored behind a 128-bit token that expires, instead of attachments to the letter.

The token goes in the link only; the database keeps its SHA-256, and the kept copy of the letter has it masked
once sent, so a copy of the database opens no export. A token is 16 random bytes (128 bits): guessing one is
hopeless, so the link needs no log-in, and the requester, who may never have had an account, can use it. Every
download is audited (the export, the file and its number; nothing about who asked, no address); a link serves
`[fulfilment] link_downloads` of them (a HEAD counts none), an expired link answers 410 until the purge deletes the
export, then 404 like any unknown one.
An erasure carried out, the purge of a record or a case, or the DPO (`intake links REF --revoke`, the case page)
deletes the export at once: a copy of the data must not outlive the data, and a revoked link is an unknown one.
"""

from __future__ import annotations

import hashlib
import io
import re
import secrets
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, delete, select

from intake import audit
from intake.errors import InputError
from intake.models import Case, Download, utcnow
from intake.settings import Settings

TOKEN_BYTES = 16  # 128 bits
# A token where it stands in a link (a letter's copy, a reply quoting it): masked wherever someone other than the
# requester could read it, since it opens the unmasked export to whoever holds it.
_IN_LINK = re.compile(r"(?<=/download/)[A-Za-z0-9_-]{8,64}(?![A-Za-z0-9_-])")
MASK = "*****"


@dataclass(frozen=True)
class Link:
    """What the letter says: where the files are, their names and the last moment they can be fetched."""

    url: str
    names: list[str]
    expires_at: datetime


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def base_url(settings: Settings) -> str:
    return settings.fulfilment.link_url.strip().rstrip("/")  # checked at start: https, or http on loopback


def mask(text: str) -> str:
    """The text with the token of every download link in it masked (the rest of the link left to read)."""
    return _IN_LINK.sub(MASK, text)


def create(
    session: Session,
    settings: Settings,
    case: Case,
    draft_id: int | None,
    files: dict[str, tuple[str, bytes]],
    now: datetime | None = None,
) -> Link:
    """Store the files behind a new token, in the caller's transaction; the link carries the only copy of it."""
    now = now or utcnow()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (_, data) in files.items():
            archive.writestr(name, data)
    row = Download(
        token_hash=digest(token),
        case_id=case.id,
        draft_id=draft_id,
        files={name: kind for name, (kind, _) in files.items()},
        content=buffer.getvalue(),
        created_at=now,
        expires_at=now + timedelta(days=settings.fulfilment.link_days),
    )
    session.add(row)
    session.flush()
    audit.record(
        session, "download.created", case_id=case.id, detail={"download": row.id, "expires": row.expires_at.isoformat()}
    )
    return Link(f"{base_url(settings)}/download/{token}", sorted(files), row.expires_at)


def fetch(
    session: Session, settings: Settings, token: str, name: str, now: datetime | None = None, count: bool = True
) -> tuple[int, str, bytes]:
    """(HTTP status, content type, bytes) of one file behind `token`: 200, 404 unknown, or 410 with its reason
    (`expired`, `used_up`) as the type. A download is counted and audited with its number; `count=False` (a HEAD:
    a link preview or a scanner) only answers whether it would be served."""
    now = now or utcnow()
    if not token or len(token) > 64:
        return 404, "", b""
    row = session.exec(select(Download).where(Download.token_hash == digest(token))).first()
    if row is None or name not in row.files:
        return 404, "", b""
    used_up = row.downloads >= settings.fulfilment.link_downloads
    why = "expired" if now >= row.expires_at else "used_up" if used_up else ""
    if why:
        if count:
            audit.record(session, "download.refused", case_id=row.case_id, detail={"download": row.id, "why": why})
            session.commit()
        return 410, why, b""
    if not count:
        return 200, row.files[name], b""
    with zipfile.ZipFile(io.BytesIO(row.content)) as archive:
        data = archive.read(name)
    row.downloads += 1
    session.add(row)
    detail = {"download": row.id, "file": name, "count": row.downloads}
    audit.record(session, "download.served", case_id=row.case_id, detail=detail)
    session.commit()
    return 200, row.files[name], data


def of_case(session: Session, case_id: int | None) -> list[Download]:
    """The case's links still stored (an expired one stays until the purge; a revoked one is gone), oldest first."""
    return list(session.exec(select(Download).where(Download.case_id == case_id).order_by(Download.id)).all())  # type: ignore[arg-type]


def revoke(session: Session, rows: list[Download], why: str, actor: str = "system") -> int:
    """Delete these exports, in the caller's transaction, audited one by one: their links answer 404 from then on."""
    for row in rows:
        audit.record(
            session, "download.revoked", case_id=row.case_id, actor=actor,
            detail={"download": row.id, "why": why, "downloads": row.downloads},
        )  # fmt: skip
        session.delete(row)
    session.flush()
    return len(rows)


def revoke_subject(session: Session, subject_id: str, why: str, actor: str = "system") -> int:
    """Revoke every link of every case about this subject (an erasure carried out, a record purged)."""
    cases = select(Case.id).where(Case.subject_id == subject_id)
    rows = session.exec(select(Download).where(col(Download.case_id).in_(cases)).order_by(Download.id)).all()  # type: ignore[arg-type]
    return revoke(session, list(rows), why, actor)


def revoke_by_hand(session: Session, case: Case, which: str, actor: str) -> int:
    """The DPO revokes one link of the case (its number) or `all` of them; an unknown number is a one-line error."""
    rows = of_case(session, case.id)
    if which != "all":
        rows = [r for r in rows if str(r.id) == which.strip()]
        if not rows:
            raise InputError(f"{case.reference}: no download link {which!r} (see `intake links {case.reference}`)")
    return revoke(session, rows, "revoked", actor)


def purge_expired(session: Session, now: datetime) -> int:
    """Delete the exports whose links expired (retention: the data is not kept for a link nobody can use)."""
    found = session.exec(select(Download.id).where(Download.expires_at <= now)).all()
    if found:
        session.execute(delete(Download).where(col(Download.id).in_(found)))
    return len(found)
