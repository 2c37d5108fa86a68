"""One stored message as a person reads it: the headers that matter, its text, its HTML made safe, its attachments."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message as MimePart

import nh3
from sqlmodel import Session, select

from intake import db
from intake.errors import NotFound
from intake.fulfil import links
from intake.identity.verify import authentication
from intake.models import Case, Message, Outbox
from intake.settings import Settings
from intake.understand import parse

# Beyond this many bytes a message is not parsed for reading (its raw source and headers still are): the parser is
# linear, so the size bound is the time bound, and 25 MB is more than any mail server accepts.
MAX_READ_BYTES = 25_000_000
MAX_HTML_CHARS = 1_000_000  # of the HTML part handed to the sanitiser; the rest is cut and said so
MAX_PARTS = parse.MAX_PARTS
# No <img>, <area> or <map>: an image in a mail is how a sender learns it was opened (a tracking pixel), and a
# page built from a stranger's HTML loads nothing from anywhere. Links stay links: following one is a choice.
HTML_TAGS = set(nh3.ALLOWED_TAGS) - {"img", "area", "map"}
HTML_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
URL_SCHEMES = {"http", "https", "mailto"}
_UNSAFE_NAME = re.compile(r"[^\w.() -]+")


@dataclass
class Attachment:
    """One attached file: its number in the message (for the download link), name, type and size."""

    number: int
    filename: str
    content_type: str
    size: int


@dataclass
class Reading:
    """What the message view shows."""

    id: int
    case_id: int | None
    status: str
    received_at: datetime
    size: int
    from_addr: str = ""
    from_name: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    date: datetime | None = None
    subject: str = ""
    authentication: str = "none"
    text: str = ""
    html: str | None = None  # sanitised: no scripts, handlers, styles, images or javascript: links
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be shown, and why


def load(session: Session, message_id: int) -> Message:
    message = db.get(session, Message, message_id)
    if message is None:
        raise NotFound(f"message {message_id}: not stored (see `intake messages`)")
    return message


def safe_html(html: str) -> str:
    """The HTML part with nothing active and nothing that loads from elsewhere, for showing inside our own page."""
    return nh3.clean(
        html[:MAX_HTML_CHARS],
        tags=HTML_TAGS,
        attributes=HTML_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        clean_content_tags={"script", "style", "title", "head"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _parts(raw: bytes) -> list[MimePart]:
    """The attached files of a message, in the order its parts stand, read by intake's bounded parser."""
    tree = parse._read(raw, [])  # bounds the header block and the nesting before the standard parser sees it
    found: list[MimePart] = []
    queue: list[tuple[MimePart, int]] = [(tree, 0)]
    seen = 0
    while queue and seen < MAX_PARTS:
        part, depth = queue.pop(0)
        seen += 1
        if part.is_multipart() and depth < parse.MAX_DEPTH:
            children = part.get_payload()
            if isinstance(children, list):
                queue.extend((c, depth + 1) for c in children if isinstance(c, MimePart))
            continue
        if parse.attachment_name(part) is not None:  # the parser's own test, so both list the same parts
            found.append(part)
    return found


def _payload(part: MimePart) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return b""
    if isinstance(payload, bytes):
        return payload
    return part.as_bytes() if ctype_is_message(part) else b""


def ctype_is_message(part: MimePart) -> bool:
    return part.get_content_type().startswith("message/")


def safe_filename(name: str, number: int) -> str:
    """A file name that names one file in the download folder: no path, no control characters, no leading dot."""
    name = unicodedata.normalize("NFKC", parse.clean_header(name, 255)).replace("/", "_").replace("\\", "_")
    name = _UNSAFE_NAME.sub("_", name).strip(" ._")[:120]
    return name or f"attachment-{number}.bin"


def attachments(raw: bytes) -> list[Attachment]:
    out = []
    for number, part in enumerate(_parts(raw), 1):
        try:
            filename = part.get_filename() or ""
        except Exception:
            filename = ""
        out.append(Attachment(number, safe_filename(filename, number), part.get_content_type(), len(_payload(part))))
    return out


def attachment(raw: bytes, number: int) -> tuple[Attachment, bytes]:
    """The attached file `number` (from 1) of a message, with its safe name; NotFound when there is none."""
    parts = _parts(raw)
    if not 1 <= number <= len(parts):
        raise NotFound(f"attachment {number}: the message has {len(parts)} attachment(s)")
    part = parts[number - 1]
    try:
        filename = part.get_filename() or ""
    except Exception:
        filename = ""
    data = _payload(part)
    return Attachment(number, safe_filename(filename, number), part.get_content_type(), len(data)), data


def read(session: Session, settings: Settings, message_id: int) -> Reading:
    """A stored message for reading; never raises for what the message contains, only when it is not stored."""
    message = load(session, message_id)
    view = Reading(message.id or 0, message.case_id, message.status, message.received_at, message.size)
    if len(message.raw) > MAX_READ_BYTES:
        parsed = parse.parse_headers(message.raw)
        view.notes.append(f"{len(message.raw)} bytes: too large to show here; download the raw source to read it")
    else:
        parsed = parse.parse(message.raw)
        # A reply quoting our letter quotes its download links: their tokens open the unmasked export to whoever
        # reads them, and a viewer (or an API reader) must not get more than the masked record the pages show.
        view.text = links.mask(parsed.text)
        if parsed.html is not None:
            view.html = links.mask(safe_html(parsed.html))
            if len(parsed.html) > MAX_HTML_CHARS:
                view.notes.append(f"the HTML part was cut to {MAX_HTML_CHARS} characters")
        view.attachments = attachments(message.raw)
    view.from_addr, view.from_name = parsed.from_addr, parsed.from_name
    view.to, view.cc, view.date, view.subject = parsed.to, parsed.cc, parsed.date, parsed.subject
    view.authentication = authentication(parsed, settings.verify_for(message.source))
    view.notes.extend(d for d in parsed.defects if "truncated" in d or "not read" in d)
    return view


@dataclass
class Turn:
    """One message of a conversation: in from the requester, or out from us."""

    at: datetime
    direction: str  # "in" or "out"
    subject: str
    who: str
    status: str
    link: str | None  # the message view, for mail that came in


def conversation(session: Session, case: Case) -> list[Turn]:
    """Every message in and out of a case, oldest first."""
    turns = [
        Turn(m.received_at, "in", m.subject or "", m.from_addr or m.envelope_from or "-", m.status, f"/messages/{m.id}")
        for m in session.exec(select(Message).where(Message.case_id == case.id)).all()
    ]
    turns += [
        Turn(o.created_at, "out", o.subject, o.rcpt_to, o.status, None)
        for o in session.exec(select(Outbox).where(Outbox.case_id == case.id)).all()
    ]
    return sorted(turns, key=lambda t: t.at)
