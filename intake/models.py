"""The nouns: stored messages, cases, audit events and the outbox (read this module first).

Times are aware UTC datetimes everywhere (SQLModel's UTCDateTime refuses naive ones); `utcnow()` makes them.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class MessageStatus(enum.StrEnum):
    received = "received"  # stored, not yet processed
    processed = "processed"
    failed = "failed"  # could not be parsed or processed; kept with the error
    quarantined = "quarantined"  # crashed or stalled the worker max_attempts times


class Message(SQLModel, table=True):
    """One raw message exactly as it arrived, stored before anything else happens to it."""

    __table_args__ = (
        UniqueConstraint("mailbox", "message_id", "sha256", name="uq_message_identity"),
        Index("ix_message_status", "status"),
        Index("ix_message_message_id", "message_id"),
        Index("ix_message_organisation", "organisation", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=320)  # where it came from: smtp:<rcpt>, imap:<user@host/folder>, file
    source: str = Field(max_length=16)  # smtp | imap | file
    # The organisation it was sent to (its envelope recipient, or its IMAP mailbox's); it never reaches another's.
    organisation: str = Field(default="default", max_length=32)
    message_id: str = Field(max_length=998)  # the header, or <sha256@intake.invalid> when missing
    sha256: str = Field(max_length=64)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    size: int = 0
    received_at: datetime = Field(default_factory=utcnow)
    envelope_from: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    envelope_to: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    status: str = Field(default=MessageStatus.received, max_length=16)
    error: str | None = Field(default=None, sa_column=Column(Text))
    attempts: int = 0
    claimed_at: datetime | None = None
    claimed_by: str | None = Field(default=None, max_length=128)  # host:pid of the worker holding the claim
    # The claim is a lease: its worker renews it while it works; once it has passed, any worker may take the
    # message over (never because the holder runs on another host, which says nothing about whether it lives).
    lease_expires: datetime | None = None
    processed_at: datetime | None = None
    # Filled by processing, for listing and triage without re-parsing.
    from_addr: str | None = Field(default=None, max_length=320)
    subject: str | None = Field(default=None, sa_column=Column(Text))
    kind: str | None = Field(default=None, max_length=16)
    reason: str | None = Field(default=None, sa_column=Column(Text))  # why no acknowledgement, no case...
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)


class CaseStatus(enum.StrEnum):
    new = "new"
    acknowledged = "acknowledged"
    awaiting_requester = "awaiting_requester"
    verified = "verified"
    unverifiable = "unverifiable"
    drafted = "drafted"
    approved = "approved"
    sent = "sent"
    closed = "closed"
    rejected = "rejected"
    extended = "extended"
    withdrawn = "withdrawn"
    spam = "spam"


class Case(SQLModel, table=True):
    """A data subject's request, from its first message to the reply that closes it."""

    # "case" is an SQL keyword; a plural name keeps hand-written SQL and psql sessions painless.
    __tablename__ = "cases"
    # The cases page sorted by due date, and the overdue / due-this-week filters, read this index in order
    # instead of sorting every case (tests/test_search_plans.py, 100,000 cases).
    # By requester and by subject: each new request looks for the requester's open case and counts their requests
    # of the last year (intake/cases.py); without these, each read every case, and a burst of n read O(n²).
    __table_args__ = (
        Index("ix_cases_due", "due_on", "id"),
        Index("ix_cases_requester", "requester"),
        Index("ix_cases_subject", "subject_id"),
        # One organisation's cases by due date: the cases page of a user bound to an organisation.
        Index("ix_cases_organisation", "organisation", "due_on", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(default="", max_length=32, index=True)  # DPO-2026-000123-7, set after insert
    organisation: str = Field(default="default", max_length=32)  # whose case: its message's organisation
    status: str = Field(default=CaseStatus.new, max_length=24, index=True)
    requester: str = Field(max_length=320)  # the address replies go to
    requester_name: str | None = Field(default=None, max_length=320)
    language: str | None = Field(default=None, max_length=8)
    jurisdiction: str | None = Field(default=None, max_length=16)
    received_at: datetime = Field(default_factory=utcnow)
    due_on: date | None = None
    due_explanation: str | None = Field(default=None, sa_column=Column(Text))
    extraction: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    verification: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    decision: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    subject_id: str | None = Field(default=None, max_length=128)
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    linked_case_id: int | None = Field(default=None, foreign_key="cases.id")
    confirm_by: date | None = None  # CCPA: confirm receipt within 10 business days
    extensions: int = 0
    paused_since: datetime | None = None  # the legal clock stops here while awaiting the requester (if the law says so)
    paused_days: int = 0
    request_hash: str | None = Field(default=None, max_length=64, index=True)  # normalised text, to spot repeats
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    assigned_to: str | None = Field(default=None, max_length=128, index=True)  # the user who handles it, if any


class Event(SQLModel, table=True):
    """An append-only audit record: who did what to which case or message, and when, chained by hashes."""

    # Events of one kind since a day (the hard bounces every automatic mail is checked against): without it,
    # each check read every event of the window, and a burst of n requests read O(n²) events.
    __table_args__ = (Index("ix_event_action_at", "action", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(default="system", max_length=128)
    action: str = Field(max_length=64)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    message_id: int | None = Field(default=None, foreign_key="message.id", index=True)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    # The tamper-evident chain (intake/audit.py): `seq` is the event's place in the one global chain, given at
    # commit; `digest` hashes the event's content, `hash` the previous event's hash with this digest. A purged
    # case's events keep seq, digest and hashes but lose their content (`redacted`), so the chain still verifies.
    seq: int | None = Field(default=None, sa_column=Column(BigInteger, unique=True))
    prev_hash: str | None = Field(default=None, max_length=64)
    digest: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)
    redacted: bool = False


class DraftStatus(enum.StrEnum):
    draft = "draft"  # waits for the DPO
    approved = "approved"  # in the outbox
    superseded = "superseded"  # replaced by a newer draft after a follow-up
    discarded = "discarded"


class Draft(SQLModel, table=True):
    """A reply prepared from a template, edited and approved by the DPO before it leaves."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    template: str = Field(max_length=64)
    right: str | None = Field(default=None, max_length=32)
    language: str = Field(default="en", max_length=8)
    to_addr: str = Field(max_length=320)
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    status: str = Field(default=DraftStatus.draft, max_length=16)
    automatic: bool = False  # discloses nothing, so it may leave without approval
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))  # the rule that asked for it
    # The values its template was rendered with: approval renders it again to know which clauses the text must keep.
    template_values: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # What approval carries out besides sending (intake/fulfil): the changes a rectification proposes, as
    # {"changes": [{"field", "old", "new"}]}; None for letters that change nothing.
    plan: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    edited_by: str | None = Field(default=None, max_length=128)
    approved_by: str | None = Field(default=None, max_length=128)
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class OutboxStatus(enum.StrEnum):
    pending = "pending"  # waits for the sender loop
    sending = "sending"  # one sender holds its lease and is talking to the relay
    held = "held"  # waits for the DPO's approval
    sent = "sent"
    failed = "failed"  # gave up after send_max_attempts
    bounced = "bounced"  # left, then came back undelivered (a DSN or bounce naming our Message-ID)


class Outbox(SQLModel, table=True):
    """One outgoing message, committed together with the case change that caused it."""

    __table_args__ = (
        Index("ix_outbox_due", "status", "next_attempt_at"),
        Index("ix_outbox_automatic", "automatic", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    purpose: str = Field(max_length=32)  # acknowledgement, clarification, reply, digest...
    automatic: bool = False  # left without a person's approval: counts against the automatic-mail budget
    message_id: str = Field(max_length=998, index=True)  # the signed Message-ID we gave it
    mail_from: str = Field(max_length=320)  # envelope sender
    rcpt_to: str = Field(max_length=320)
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = Field(default=OutboxStatus.pending, max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    # While `sending`: which sender holds the row and until when; a sender that died leaves a lease that expires.
    lease_owner: str | None = Field(default=None, max_length=128)
    lease_expires: datetime | None = None


class ConfirmationStatus(enum.StrEnum):
    open = "open"  # sent, waiting for the reply from the address on record
    confirmed = "confirmed"  # the address on record answered with the code or in the thread
    denied = "denied"  # the address on record answered that it was not them
    refused = "refused"  # too many wrong codes; nothing more is accepted for it
    expired = "expired"  # no valid reply within confirmation_days
    superseded = "superseded"  # a newer confirmation for the same case replaced it


class Confirmation(SQLModel, table=True):
    """A round trip to the address on record: 'was this request yours?', answered with a one-time code."""

    __table_args__ = (
        Index("ix_confirmation_address", "address", "created_at"),
        Index("ix_confirmation_code", "code_hash"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    subject_id: str = Field(max_length=128)  # the record whose address was asked
    address: str = Field(max_length=320)  # the record's address, as held when we asked
    code_hash: str = Field(max_length=64)  # HMAC of the code: the database never holds a usable code
    message_id: str = Field(default="", max_length=998, index=True)  # the Message-ID of our question
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")
    status: str = Field(default=ConfirmationStatus.open, max_length=16)
    requested_by: str = Field(default="system", max_length=128)
    wrong_codes: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(default_factory=utcnow)
    answered_at: datetime | None = None
    answer_message_id: int | None = Field(default=None, foreign_key="message.id")


class JobRun(SQLModel, table=True):
    """A periodic job done for one period (the digest of one day): the key lets only one process do it."""

    __tablename__ = "job_run"

    job: str = Field(primary_key=True, max_length=32)
    period: str = Field(primary_key=True, max_length=32)
    at: datetime = Field(default_factory=utcnow)


class RegisterEntry(SQLModel, table=True):
    """What stays of a case after its retention period: the register row, with no personal data.

    The accountability record (GDPR Art. 5(2)): which rights were asked, how verification and the decision
    ended, the dates of each step and whether the deadline was met. Requester, texts and mails are gone.
    """

    __tablename__ = "register_entry"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=32, unique=True)
    organisation: str = Field(default="default", max_length=32)  # whose register: its case's organisation
    received_at: datetime
    rights: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    language: str | None = Field(default=None, max_length=8)
    jurisdiction: str | None = Field(default=None, max_length=16)
    verification: str | None = Field(default=None, max_length=32)
    status: str = Field(max_length=24)
    due_on: date | None = None
    closed_at: datetime | None = None
    approved_by: str | None = Field(default=None, max_length=128)
    steps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    purged_at: datetime = Field(default_factory=utcnow)


class ApiToken(SQLModel, table=True):
    """A bearer token for the JSON API: only its hash is kept; the token itself is shown once, when made."""

    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)  # names the token in the audit trail (token:NAME)
    role: str = Field(max_length=16)  # viewer (reads) or dpo (also decides)
    organisation: str | None = Field(default=None, max_length=32)  # the one organisation it sees; None: every one
    token_hash: str = Field(max_length=64, unique=True)  # SHA-256 of the token
    created_by: str = Field(default="", max_length=128)
    created_at: datetime = Field(default_factory=utcnow)
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class WebhookStatus(enum.StrEnum):
    pending = "pending"  # waits for the sender (again, after a failed attempt, at next_attempt_at)
    sending = "sending"  # one sender holds its lease
    sent = "sent"  # the receiver answered 2xx
    failed = "failed"  # gave up after send_max_attempts


class WebhookCursor(SQLModel, table=True):
    """How far one receiver's deliveries have been taken from the audit trail (the last event `seq` read)."""

    __tablename__ = "webhook_cursor"

    receiver: str = Field(primary_key=True, max_length=64)  # SHA-256 of the receiver's URL
    last_seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))


class WebhookDelivery(SQLModel, table=True):
    """One event for one receiver, its body fixed once, so every retry sends the same bytes and event id."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        UniqueConstraint("receiver", "event_seq", name="uq_webhook_delivery"),
        Index("ix_webhook_delivery_due", "status", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    receiver: str = Field(max_length=64)
    event_seq: int = Field(sa_column=Column(BigInteger, nullable=False))
    event_id: str = Field(max_length=64)
    event_type: str = Field(max_length=32)
    body: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default=WebhookStatus.pending, max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    lease_expires: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None


class Note(SQLModel, table=True):
    """An internal note on a case by the DPO's team: never sent to anyone, kept with the case, its writing audited."""

    __tablename__ = "case_note"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    author: str = Field(max_length=128)
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class Download(SQLModel, table=True):
    """An access or portability export behind an expiring link ([fulfilment] deliver = "link"), instead of
    attachments: the token is in the link the requester receives and only its SHA-256 is kept here."""

    __tablename__ = "download"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    # No foreign keys: the export outlives nothing (the purge deletes it once expired), and cases are purged apart.
    case_id: int | None = None
    draft_id: int | None = None
    files: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))  # name: type
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # the files, as one ZIP archive
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    downloads: int = 0
