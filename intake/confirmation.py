"""The round trip to the address on record: ask it whether a request was theirs, and read its answer.

A request whose data points agree but come from another mailbox (or from the record's own address without
authentication) is `pending_confirmation`. The address the record holds gets a short question carrying a one-time
code (50 bits, kept only as an HMAC, single use, expiring after `confirmation_days`). A reply from that address that
carries the code, or threads onto the question, confirms; a reply from anywhere else, a wrong or expired code, a
forged From or silence confirms nothing. Every step is an audit event.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, update
from sqlmodel import Session, select

from intake import audit, cases
from intake.identity.source import source
from intake.identity.verify import authentication
from intake.letters.drafts import reply_language, template_context
from intake.letters.render import render
from intake.models import Case, Confirmation, ConfirmationStatus, Message, utcnow
from intake.outbox import budget
from intake.outbox.send import Outgoing, enqueue
from intake.settings import Settings
from intake.understand import ParsedEmail
from intake.understand.assent import YES_ONLY, YES_WORDS, denies

# 32 symbols without 0/O and 1/I, which people mistype: 5 bits each, 10 of them make 50 bits.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LENGTH = 10
MAX_WRONG_CODES = 5
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-HJ-NP-Za-hj-np-z2-9]{5})[- ]?([A-HJ-NP-Za-hj-np-z2-9]{5})(?![A-Za-z0-9])")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})


def new_code() -> str:
    """Ten symbols with at least two digits and two letters, so that no word of a reply reads as a code."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        if _code_like(code):
            return code


def _code_like(token: str) -> bool:
    digits = sum(c.isdigit() for c in token)
    return 2 <= digits <= len(token) - 2


def shown(code: str) -> str:
    """The code as the letter prints it: two groups of five."""
    return f"{code[:5]}-{code[5:]}"


def shown_address(address: str) -> str:
    """The requester's address as the question prints it: printable ASCII only, so that lookalike characters
    (a fullwidth @, blank Braille padding) cannot make it read as the person's own address."""
    clean = "".join(c if " " < c < "\x7f" else "?" for c in address)[:120]
    return clean if clean == address else f"{clean} (written with characters that are not plain ASCII)"


def code_hash(settings: Settings, code: str) -> str:
    """What the database keeps of a code: its HMAC under the server secret, so a copy of the table confirms nothing."""
    clean = code.replace("-", "").replace(" ", "").upper()
    return hmac.new(settings.server_secret(), f"confirm:{clean}".encode(), hashlib.sha256).hexdigest()


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)  # SQLite hands back naive times, stored as UTC


# --- asking ---------------------------------------------------------------------------------------------------


def ask(
    session: Session, settings: Settings, case: Case, subject_id: str, actor: str = "system", automatic: bool = True
) -> str | None:
    """Send the question to the address on record of `subject_id`; returns why it was not sent, or None.

    `automatic=False` when the DPO asks for it: it then does not count against the automatic-mail budget, but the
    limit of questions per address still holds.
    """
    subject = source(settings).get(session, subject_id)
    if subject is None:
        return f"no subject record {subject_id}"
    address = (subject["email"] or "").strip()
    if not address:
        return f"the record {subject_id} holds no e-mail address to confirm through"
    if confirmed_subject(session, case) is not None:
        return f"{case.reference} is already confirmed by the address on record"
    config = settings.verify
    now = utcnow()
    since = now - timedelta(days=config.confirmation_days)
    key = budget.mailbox(address)
    # The budget decides first: on PostgreSQL it holds a lock on this mailbox until the transaction ends, so two
    # workers asking about one person count the questions one after the other (count, then insert, is safe).
    held = budget.refusal(session, settings, case, address) if automatic else None
    if held is not None:
        return held
    recent = session.exec(
        select(Confirmation.address).where(Confirmation.created_at >= since, func.lower(Confirmation.address) == key)
    ).all()
    if automatic:
        denied = session.exec(
            select(Confirmation.answered_at).where(
                Confirmation.subject_id == subject_id,
                Confirmation.status == ConfirmationStatus.denied,
                Confirmation.created_at >= since,
            )
        ).first()
        if denied is not None:
            # The person said no: asking again would give an impostor another try. The DPO may still ask.
            return "the address on record said no to a recent request about it; ask again with `intake confirm`"
    # The DPO may still ask when requests in the person's name used the limit up (a lock-out, else).
    if automatic and len(recent) >= config.confirmations_per_address:
        return (
            f"{len(recent)} confirmations went to this address in the last {config.confirmation_days} days "
            "([verify] confirmations_per_address)"
        )
    for old in session.exec(
        select(Confirmation).where(Confirmation.case_id == case.id, Confirmation.status == ConfirmationStatus.open)
    ).all():
        old.status = ConfirmationStatus.superseded
        session.add(old)
    code = new_code()
    expires = now + timedelta(days=config.confirmation_days)
    values = template_context(
        settings,
        case,
        {
            "confirmation_code": shown(code),
            "requested_from": shown_address(case.requester),
            "requested_on": _utc(case.received_at).date().isoformat(),
            "expires_on": expires.date().isoformat(),
        },
    )
    values["requester_name"] = None  # the greeting addresses whoever holds the mailbox, not the name in the request
    rendered = render(settings, "confirmation", reply_language(settings, case), values)
    row = enqueue(
        session,
        settings,
        case,
        Outgoing(
            purpose="confirmation",
            to=address,
            subject=rendered.subject,
            text=rendered.text,
            language=rendered.language,
            automatic=automatic,
            html=rendered.html,
        ),
    )
    confirmation = Confirmation(
        case_id=case.id,  # type: ignore[arg-type]
        subject_id=subject_id,
        address=key,
        code_hash=code_hash(settings, code),
        message_id=row.message_id,
        outbox_id=row.id,
        requested_by=actor,
        created_at=now,
        expires_at=expires,
    )
    session.add(confirmation)
    session.flush()
    cases.flag(session, case, "awaiting_confirmation")
    audit.record(
        session,
        "confirmation.sent",
        case_id=case.id,
        actor=actor,
        detail={"confirmation": confirmation.id, "subject_id": subject_id, "expires": expires.date().isoformat()},
    )
    return None


def ask_if_pending(session: Session, settings: Settings, case: Case) -> None:
    """After verification: ask the address on record when the case waits for it and no question is out yet."""
    verification = case.verification or {}
    subject_id = verification.get("confirm_with")
    if verification.get("status") != "pending_confirmation" or not subject_id or not settings.verify.confirm_via_record:
        return
    last = latest(session, case)
    out = last is not None and last.status == ConfirmationStatus.open and last.subject_id == subject_id
    if out and _utc(last.expires_at) >= utcnow():  # type: ignore[union-attr]
        return  # the question is out; the requester's follow-up does not send another
    why = ask(session, settings, case, str(subject_id))
    if why is not None:
        cases.flag(session, case, "confirmation_not_sent")
        audit.record(session, "confirmation.not_sent", case_id=case.id, detail={"reason": why})


def expire_due(session: Session, now: datetime | None = None) -> int:
    """Close the questions whose code ran out unanswered, and flag their cases for the DPO; returns how many.

    Each row is closed by a conditional UPDATE, so two schedulers on one database close (and audit) it once.
    """
    now = now or utcnow()
    due = session.exec(
        select(Confirmation.id, Confirmation.case_id).where(
            Confirmation.status == ConfirmationStatus.open, Confirmation.expires_at < now
        )
    ).all()
    closed = 0
    for confirmation_id, case_id in due:
        done = session.execute(
            update(Confirmation)
            .where(Confirmation.id == confirmation_id, Confirmation.status == ConfirmationStatus.open)  # type: ignore[arg-type]
            .values(status=ConfirmationStatus.expired)
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            continue  # another process closed it first
        closed += 1
        case = session.get(Case, case_id)
        if case is not None:
            cases.unflag(session, case, "awaiting_confirmation")
            cases.flag(session, case, "confirmation_expired")
        audit.record(session, "confirmation.expired", case_id=case_id, detail={"confirmation": confirmation_id})
    session.commit()
    return closed


def confirmed_subject(session: Session, case: Case) -> str | None:
    """The subject whose address on record confirmed this case's request, if one did."""
    row = session.exec(
        select(Confirmation).where(Confirmation.case_id == case.id, Confirmation.status == ConfirmationStatus.confirmed)
    ).first()
    return row.subject_id if row else None


def of_case(session: Session, case: Case) -> list[Confirmation]:
    """The case's questions to the address on record, oldest first (for the case page and `intake case`)."""
    return list(
        session.exec(select(Confirmation).where(Confirmation.case_id == case.id).order_by(Confirmation.id)).all()  # type: ignore[arg-type]
    )


def latest(session: Session, case: Case) -> Confirmation | None:
    return session.exec(
        select(Confirmation).where(Confirmation.case_id == case.id).order_by(Confirmation.id.desc())  # type: ignore[union-attr]
    ).first()


# --- reading the answer ---------------------------------------------------------------------------------------


@dataclass
class Answer:
    """What a message did to a confirmation: `confirmed`, or why not (`outcome` is the audit action's tail)."""

    confirmation: Confirmation
    outcome: str  # confirmed, denied, wrong_sender, forged, expired, wrong_code, closed
    reason: str

    @property
    def confirmed(self) -> bool:
        return self.outcome == "confirmed"


def answer(session: Session, settings: Settings, message: Message, parsed: ParsedEmail, own_text: str) -> Answer | None:
    """The confirmation this message answers and what it did to it; None when it answers none.

    `own_text` is what the sender wrote above any quote: a denial is read there, not in our quoted question.
    """
    threads = [m for m in [parsed.in_reply_to, *parsed.references] if m]
    row = None
    # Only the questions of this organisation's cases: a code sent for another's confirms nothing here.
    mine = Case.organisation == settings.organisation_id
    ours = select(Confirmation).join(Case, Case.id == Confirmation.case_id).where(mine)  # type: ignore[arg-type]
    if threads:
        row = session.exec(ours.where(Confirmation.message_id.in_(threads[:50]))).first()  # type: ignore[attr-defined]
    text = f"{parsed.subject}\n{parsed.text[:20_000]}"
    codes = {c for c in (a + b for a, b in _CODE.findall(text)[:20]) if _code_like(c)}
    hashes = {code_hash(settings, c) for c in codes}
    if row is None and hashes:
        row = session.exec(
            ours.where(Confirmation.code_hash.in_(sorted(hashes)))  # type: ignore[attr-defined]
        ).first()
    if row is None:
        return None
    result = _judge(settings, row, parsed, message.source, own_text, hashes, by_thread=row.message_id in threads)
    if result.outcome == "wrong_code":
        row.wrong_codes += 1
        if row.wrong_codes >= MAX_WRONG_CODES:
            row.status = ConfirmationStatus.refused
    elif result.outcome in {"confirmed", "denied", "expired"}:
        row.status = {"confirmed": ConfirmationStatus.confirmed, "denied": ConfirmationStatus.denied}.get(
            result.outcome, ConfirmationStatus.expired
        )
        row.answered_at = utcnow()
        row.answer_message_id = message.id
    session.add(row)
    audit.record(
        session,
        f"confirmation.{result.outcome}",
        case_id=row.case_id,
        message_id=message.id,
        detail={"confirmation": row.id, "reason": result.reason},
    )
    return result


def _own_words(text: str) -> str:
    """The reply's own words for judging: apostrophes made plain, greeting, closing and name-only lines dropped,
    whitespace joined, so that "Hi,\nYes\nAnna Berg" reads as "Yes"."""
    lines = [line.strip() for line in text[:5_000].translate(_APOSTROPHES).splitlines()]
    kept = [line for line in lines if line and not _GREETING.match(line) and not _name_line(line)]
    return " ".join(kept)


# Lines around a reply that say nothing: a greeting, a closing, "Sent from my phone".
_GREETING = re.compile(
    r"^(?:(?:hi|hello|dear|hallo|bonjour|hola|ciao|hej|cześć|dzień dobry|namaste)\b.{0,40}|"
    r"(?:thanks|thank you|regards|best|cheers|danke|merci|gracias|grazie|obrigad[oa]|dziękuję|dank je)\b.{0,20}|"
    r"sent from my .{0,40})$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'-]+(?: [A-ZÀ-Þ][a-zß-ÿ'-]+){0,3}")


def _name_line(line: str) -> bool:
    """One to four capitalised words alone on a line: a signature's name. Never a yes or a no ("Yes Anna", "No")."""
    first = line.split()[0].lower()
    return _NAME_LINE.fullmatch(line) is not None and first not in YES_WORDS and not denies(line)


def _judge(
    settings: Settings,
    row: Confirmation,
    parsed: ParsedEmail,
    source: str,
    own_text: str,
    hashes: set[str],
    by_thread: bool,
) -> Answer:
    if row.status != ConfirmationStatus.open:
        return Answer(row, "closed", f"the confirmation was already {row.status}")
    if budget.mailbox(parsed.from_addr) != row.address:
        return Answer(row, "wrong_sender", "the reply does not come from the address on record")
    if authentication(parsed, settings.verify_for(source)) == "fail":
        return Answer(row, "forged", "our receiving server found the reply's From forged (DMARC/SPF fail)")
    if _utc(row.expires_at) < utcnow():
        return Answer(row, "expired", f"the code expired on {_utc(row.expires_at).date().isoformat()}")
    if row.code_hash not in hashes:
        # The code must be in the reply, quoted or typed: the question's Message-ID alone is no secret (it shows in
        # the audit trail and in every relay's log), so threading onto it proves nothing (the second attack).
        what = "a code that is not this confirmation's" if hashes else "no code"
        return Answer(row, "wrong_code", f"the reply carries {what}")
    own = _own_words(own_text)
    if denies(own):
        return Answer(row, "denied", "the address on record answered that the request was not theirs, or doubts it")
    typed = row.code_hash in {code_hash(settings, a + b) for a, b in _CODE.findall(own)[:20]}
    yes_only = len(own) <= 80 and YES_ONLY.match(own) is not None
    if not (typed or yes_only):
        # A question, a longer text, no yes: read by the DPO, confirms nothing; the person may still answer.
        return Answer(row, "unclear", "the reply from the address on record is not a plain yes; read it in the case")
    how = "typing the code" if typed else "answering yes"
    return Answer(row, "confirmed", f"the address on record confirmed the request by {how}")
