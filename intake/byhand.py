"""A case opened by hand (a request by post, phone or in person, or stored mail misread) on a mail's case's path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlmodel import Session, select

from intake import audit, cases, pipeline
from intake.errors import InputError, NotFound, TransitionError
from intake.models import Case, Message, MessageStatus, utcnow
from intake.settings import Settings
from intake.understand import RIGHTS, Evidence, Extraction, ParsedEmail, address
from intake.understand.extract import extract
from intake.understand.parse import parse

VIA = ("post", "phone", "in_person", "other")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})?")
FLAG = "opened_by_hand"
SOURCE = "hand"  # what verification is told the request came through: no mail, so no sender authentication


@dataclass
class HandRequest:
    """What the DPO states about a request that came without a mail; `received` starts the legal clock."""

    name: str
    rights: list[str] = field(default_factory=list)
    address: str = ""  # where replies go; empty when the requester gave none (the DPO answers by post)
    employer: str = ""
    language: str = ""
    received: date | None = None  # today when not stated
    via: str = "post"
    note: str = ""  # how it arrived, in the DPO's words (kept in the audit trail, never sent)

    def check(self, today: date) -> HandRequest:
        """The request, tidied, or an InputError naming the first field that cannot be used."""
        texts = [self.name, self.employer, self.note, self.address, self.language, *self.rights]
        if any("\x00" in text for text in texts):
            raise InputError("a NUL character is not text anyone types")  # and PostgreSQL refuses it
        self.name, self.employer, self.note = self.name.strip(), self.employer.strip(), self.note.strip()
        self.language, self.address = self.language.strip().lower(), self.address.strip()
        if not self.name or len(self.name) > 200:
            raise InputError("name: the requester's name (at most 200 characters)")
        self.rights = check_rights(self.rights)
        if not self.rights:
            raise InputError(f"rights: name at least one of {', '.join(RIGHTS)}")
        if self.address:
            parsed = address.parse(self.address)
            if parsed is None or not address.deliverable(self.address):
                raise InputError(f"from: {self.address!r} is not an address a reply can reach")
            self.address = parsed
        if self.language and not _LANGUAGE.fullmatch(self.language):
            raise InputError(f"language: a language code such as en, de or pt-BR, got {self.language!r}")
        if self.via not in VIA:
            raise InputError(f"via: expected one of {', '.join(VIA)}, got {self.via!r}")
        if self.received is not None and self.received > today:
            raise InputError(f"received: {self.received.isoformat()} is in the future; give the day it arrived")
        if len(self.employer) > 200 or len(self.note) > 2000:
            raise InputError("employer: at most 200 characters; note: at most 2000")
        return self


def _received_at(received: date | None, now: datetime) -> datetime:
    """The moment the clock starts: now for today, else the start of the stated day (the requester's favour)."""
    if received is None or received == now.date():
        return now
    return datetime.combine(received, time.min, UTC)


def open_case(session: Session, settings: Settings, request: HandRequest, actor: str) -> Case:
    """Open, verify, decide and draft a case for a request that came by post, phone or in person; commits.

    The request goes the way a mail's does (`pipeline.start`): verification against the records, the rules,
    the acknowledgement by mail when there is an address, the drafts for the DPO. Without an address nothing is
    mailed; the drafts wait to be printed and posted.
    """
    now = utcnow()
    request.check(now.date())
    received = _received_at(request.received, now)
    stated = f"stated by {actor}, received by {request.via.replace('_', ' ')}"
    evidence = [Evidence("name", request.name, SOURCE, stated)]
    evidence += [Evidence(f"rights.{r}", r, SOURCE, stated) for r in request.rights]
    if request.employer:
        evidence.append(Evidence("employer", request.employer, SOURCE, stated))
    extraction = Extraction(
        kind="request",
        language=request.language or None,
        rights=request.rights,
        name=request.name,
        employer=request.employer or None,
        emails=[request.address] if request.address else [],
        evidence=evidence,
        confidence={"kind": 1.0, "name": 1.0, "rights": 1.0},
        missing=[] if request.employer else ["employer"],
    )
    parsed = ParsedEmail(
        from_addr=request.address,
        from_name=request.name,
        subject=f"Request received by {request.via.replace('_', ' ')}",
        date=received,
        text=request.note,
    )
    case = cases.open_case(session, settings, None, parsed, extraction, received=received, actor=actor)
    cases.flag(session, case, FLAG)
    if not request.address:
        cases.flag(session, case, "no_address")  # keeps it in the DPO's queue: nothing is drafted without one
    audit.record(
        session,
        "case.opened_by_hand",
        case_id=case.id,
        actor=actor,
        detail={"via": request.via, "received": received.date().isoformat(), "note": request.note},
    )
    pipeline.start(session, settings, case, parsed, extraction, envelope=None, source=SOURCE)
    session.commit()
    return case


FROM_MESSAGE = "opened_from_message"


def check_rights(rights: list[str]) -> list[str]:
    """The rights named, tidied and sorted, or an InputError naming the first that is not one."""
    named = sorted({r.strip() for r in rights if r.strip()})
    unknown = [r for r in named if r not in RIGHTS]
    if unknown:
        raise InputError(f"rights: {unknown[0]!r} is not one of {', '.join(RIGHTS)}")
    return named


def open_from_message(
    session: Session, settings: Settings, message_id: int, actor: str, rights: list[str] | None = None
) -> Case:
    """Make a case of a stored message that opened none (a request read as a newsletter, an auto-reply...); commits.

    The message is read again and goes the way a request's does (`pipeline.new_request`): its legal clock runs
    from when it arrived, the rules decide what is sent. `rights`, when the DPO names them, replace what was read.
    """
    named = check_rights(rights or [])
    message = session.exec(select(Message).where(Message.id == message_id).with_for_update()).first()
    if message is None:
        raise NotFound(f"message {message_id}: not stored (see `intake messages`)")
    if message.case_id is not None:
        ref = session.get(Case, message.case_id)
        raise TransitionError(f"message {message_id}: already in case {ref.reference if ref else message.case_id}")
    if message.status != MessageStatus.processed:
        raise TransitionError(
            f"message {message_id}: is {message.status}; only a processed message can open a case "
            f"(a failed one: `intake retry {message_id}` first)"
        )
    parsed = parse(message.raw)
    extraction = extract(parsed, settings.extract)
    read_as = message.kind or extraction.kind
    extraction.kind = "request"
    if named:
        stated = f"stated by {actor} when opening the case from message {message_id}"
        extraction.rights = named
        extraction.evidence = [e for e in extraction.evidence if not e.field.startswith("rights.")]
        extraction.evidence += [Evidence(f"rights.{r}", r, SOURCE, stated) for r in named]
        extraction.confidence["rights"] = 1.0
        extraction.missing = [m for m in extraction.missing if m != "rights"]
    message.kind = "request"
    session.add(message)
    envelope = message.envelope_from if message.source == "smtp" else None
    message.reason = None  # what the first reading said no longer holds; the audit trail keeps it (read_as)
    case = pipeline.new_request(session, settings, message, parsed, extraction, envelope, actor=actor)
    message.reason = "; ".join(filter(None, [f"made a case by {actor} (read as {read_as})", message.reason]))
    cases.flag(session, case, FROM_MESSAGE)
    audit.record(
        session,
        "case.opened_from_message",
        case_id=case.id,
        message_id=message.id,
        actor=actor,
        detail={"read_as": read_as, "rights": extraction.rights},
    )
    session.commit()
    return case
