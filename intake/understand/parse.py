"""Raw bytes -> ParsedEmail with the standard library `email` package, whatever state the bytes are in."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email.header import Header, decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from intake.understand import address
from intake.understand.markup import html_to_text

MAX_PARTS = 500  # parts walked per message; deeper or wider trees are cut and flagged
MAX_DEPTH = 30
# The header block is cut before anything decodes it: the standard library's encoded-word decoder is quadratic,
# so one header of a million encoded words would hold the worker for hours. Real header blocks stay far below.
MAX_HEADER_BYTES = 64_000
MAX_HEADER_VALUE = 8_000  # characters of one header value decoded; clean_header keeps at most 4000 anyway
# The standard parser recurses once per nested multipart or message part and hits Python's recursion limit near
# 700 levels; the message is cut before the first container beyond this many, so it never recurses that deep.
MAX_CONTAINERS = 100
MAX_TEXT_CHARS = 500_000  # text handed to extraction; a 10 MB body is kept raw, not analysed whole
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
_ENCODED_WORD = re.compile(r"=\?[\w-]{1,40}\?[bBqQ]\?[^?\s]{0,2000}\?=")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CONTAINER = re.compile(rb"^content-type:(?:[ \t]|\r?\n[ \t])*(?:multipart|message)/", re.I | re.M)

# Headers that tell us whether a message was sent by a machine (RFC 3834 and common practice).
AUTOMATIC_SENDERS = re.compile(
    r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?|auto-?reply|notifications?)([+@-]|$)", re.I
)


def clean_header(value: str, limit: int = 998) -> str:
    """A header value on one line with no control or bidi-override characters (no header injection)."""
    return _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()[:limit]


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass
class ParsedEmail:
    """What one message says, decoded: headers of interest, the chosen text, and what went wrong."""

    message_id: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    from_addr: str = ""
    from_name: str = ""
    reply_to: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    subject: str = ""
    date: datetime | None = None
    content_type: str = "text/plain"
    headers: list[tuple[str, str]] = field(default_factory=list)  # every header, cleaned, in order
    text: str = ""  # the body text (plain part, or HTML turned into text)
    html: str | None = None  # the HTML part as sent, if any
    text_from_html: bool = False
    attachments: list[Attachment] = field(default_factory=list)
    is_report: bool = False  # multipart/report or a delivery-status part: a bounce or receipt
    defects: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        """The first header of that name (case-insensitive), cleaned, or ''."""
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), "")

    def has_header(self, name: str) -> bool:
        low = name.lower()
        return any(k.lower() == low for k, _ in self.headers)

    @property
    def automatic(self) -> str | None:
        """Why this message was sent by a machine, or None when it looks human (no reply to machines)."""
        auto = self.header("Auto-Submitted").lower()
        if auto and not auto.startswith("no"):
            return f"Auto-Submitted: {auto}"
        precedence = self.header("Precedence").lower()
        if precedence in {"bulk", "junk", "list", "auto_reply"}:
            return f"Precedence: {precedence}"
        for name in ("List-Id", "List-Unsubscribe", "X-Autoreply", "X-Autorespond", "X-Auto-Reply"):
            if self.has_header(name):
                return f"{name} header present"
        suppress = self.header("X-Auto-Response-Suppress").lower()
        if suppress and any(t in suppress for t in ("all", "oof", "autoreply")):
            return f"X-Auto-Response-Suppress: {suppress}"
        if self.is_report:
            return f"{self.content_type} (delivery or disposition report)"
        return_path = self.header("Return-Path")
        if return_path.replace(" ", "") == "<>":
            return "empty return path"
        if AUTOMATIC_SENDERS.match(self.from_addr):
            return f"automatic sender {self.from_addr}"
        return None


# Labels clients write for a charset Python names otherwise, or whose superset they really send: a "gb2312" mail
# holding a GBK-only character, Outlook's "iso-8859-8-i" for visual-order Hebrew, "ks_c_5601-1987" for Korean.
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-8-i": "iso-8859-8", "iso-8859-6-i": "iso-8859-6",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949", "shift_jis": "cp932", "big5": "big5hkscs",
}  # fmt: skip
# Labels read as another charset first, as browsers do (WHATWG): "iso-8859-1" mail from Windows carries curly quotes
# and dashes in bytes 0x80-0x9F, which Latin-1 turns into invisible control characters ("je m\x92oppose").
_READ_AS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252"}


def _decode_payload(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        return ""
    if not isinstance(payload, bytes):
        return str(payload)
    charset = (part.get_content_charset() or "utf-8").strip().lower()
    for candidate in (_READ_AS.get(charset, charset), charset, _SUPERSETS.get(charset, charset), "utf-8"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    # Unknown or wrong declared charset: cp1252 decodes most western mail, replacing what it cannot.
    return payload.decode("cp1252", errors="replace")


def _undo_surrogates(text: str) -> str:
    """compat32 keeps undeclared 8-bit header bytes as surrogates; most such headers are UTF-8, the rest cp1252."""
    if text.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("ascii", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _decode_words(value: object) -> str:
    """A raw header value as text: RFC 2047 encoded words decoded, raw 8-bit bytes read as UTF-8 or cp1252."""
    if isinstance(value, Header):
        value = str(value)
    text = _undo_surrogates(str(value)[:MAX_HEADER_VALUE])
    if "=?" not in text:
        return text
    try:
        if text.isascii():
            return str(make_header(decode_header(text)))
        # Raw 8-bit text mixed with encoded words: decode each word where it stands.
        return _ENCODED_WORD.sub(lambda m: str(make_header(decode_header(m.group(0)))), text)
    except Exception:  # a malformed encoded word: keep the raw text rather than nothing
        return text


def _header_text(msg: Message, name: str) -> str:
    """A header decoded and cleaned to one line, or '' when absent or beyond repair."""
    try:
        return clean_header(_decode_words(_raw_header(msg, name)))
    except Exception:
        return ""


def _all_headers(msg: Message) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    try:
        items = list(msg.raw_items())[:300]
    except Exception:
        return out
    for key, value in items:
        try:
            out.append((clean_header(key, 100), clean_header(_decode_words(value), 4000)))
        except Exception:
            out.append((clean_header(key, 100), ""))
    return out


_BRACKETED = re.compile(r"<([^<>\s@]{1,64}@[^<>\s@]{1,255})>")


def _address(value: str) -> tuple[str, str]:
    """(display name, address) split before the display name is decoded, so an encoded comma cannot split it.

    A hostile display name ("<img src=x> <m@example.net>") can make parseaddr return a non-address;
    then the last <local@domain> in the header is the address, and failing that there is none.
    """
    name, addr = parseaddr(value)
    checked = address.parse(clean_header(addr, 320).strip("<>"))
    if checked is None:
        found = [a for a in map(address.parse, _BRACKETED.findall(value[:4000])[-10:]) if a]
        checked = found[-1] if found else ""
        if found:
            name = value[: value.rfind("<")]
    addr = checked
    return clean_header(_decode_words(name), 320).strip("\"' "), addr


def _raw_header(msg: Message, name: str) -> str:
    """A header as received (encoded words still encoded, raw 8-bit bytes decoded), or ''."""
    low = name.lower()
    try:
        for key, value in msg.raw_items():
            if key.lower() == low:
                return _undo_surrogates(str(value)[:MAX_HEADER_VALUE])
    except Exception:
        return ""
    return ""


def _cut_header(raw: bytes, defects: list[str]) -> bytes:
    """The message with its header block cut to MAX_HEADER_BYTES, the body left as it was."""
    end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES + 4)
    if end is not None or len(raw) <= MAX_HEADER_BYTES:
        return raw
    end = _HEADER_END.search(raw)  # one linear scan for where the body starts
    body = raw[end.start() :] if end is not None else b""
    head = raw[:MAX_HEADER_BYTES].rstrip(b"\r")  # a line cut short still says what it began to say
    defects.append(f"header block truncated to {MAX_HEADER_BYTES} bytes")  # "truncated": extract flags it
    return head + body


def _cut_containers(raw: bytes, defects: list[str]) -> bytes:
    """The message cut before its (MAX_CONTAINERS + 1)th multipart or message part, so parsing cannot recurse deep."""
    for count, match in enumerate(_CONTAINER.finditer(raw), start=1):
        if count > MAX_CONTAINERS:
            defects.append(f"message truncated after {MAX_CONTAINERS} multipart or message parts (nested too deep)")
            return raw[: match.start()]
    return raw


def _read(raw: bytes, defects: list[str]) -> Message:
    """The standard parser's tree of a message whose header and nesting were bounded first."""
    raw = _cut_containers(_cut_header(raw, defects), defects)
    try:
        # compat32 is lenient and several times faster than the modern policy, whose header registry parses
        # every header it is asked for; we decode the few headers we use ourselves.
        return message_from_bytes(raw, policy=compat32)
    except RecursionError:  # nesting the pre-scan did not see: keep the headers, drop the body
        defects.append("body truncated: parts nested too deeply to read")
        end = _HEADER_END.search(raw)
        return message_from_bytes(raw[: end.start()] if end else raw, policy=compat32)


def _read_headers(msg: Message, result: ParsedEmail) -> None:
    result.headers = _all_headers(msg)
    result.message_id = _header_text(msg, "Message-ID")
    result.in_reply_to = _header_text(msg, "In-Reply-To")
    result.references = re.findall(r"<[^<>\s]+>", _header_text(msg, "References"))
    result.from_name, result.from_addr = _address(_raw_header(msg, "From"))
    result.reply_to = _address(_raw_header(msg, "Reply-To"))[1]
    for name, target in (("To", result.to), ("Cc", result.cc)):
        value = _raw_header(msg, name)
        target.extend(clean_header(a, 320).lower() for _, a in getaddresses([value]) if a)
    result.subject = _header_text(msg, "Subject")
    try:
        date = parsedate_to_datetime(_header_text(msg, "Date"))
        result.date = date if date.tzinfo else date.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        result.date = None


def parse_headers(raw: bytes) -> ParsedEmail:
    """Only the header block of a message, bounded like parse(): for threading a reply, where no body is needed."""
    result = ParsedEmail()
    raw = _cut_header(raw, result.defects)
    end = _HEADER_END.search(raw)
    head = raw[: end.start()] if end is not None else raw
    _read_headers(message_from_bytes(head, policy=compat32), result)
    return result


def parse(raw: bytes) -> ParsedEmail:
    """Decode one message; never raises for bad input, records what was wrong in `defects`."""
    result = ParsedEmail()
    msg = _read(raw, result.defects)
    _read_headers(msg, result)
    result.content_type = msg.get_content_type()
    result.is_report = result.content_type == "multipart/report"
    result.defects.extend(type(d).__name__ for d in getattr(msg, "defects", [])[:20])
    _walk_body(msg, result)
    return result


FORWARD_MARKER = "---------- Forwarded message ---------"


def _forwarded_block(inner: Message, result: ParsedEmail, depth: int, budget: list[int]) -> str:
    """An attached message (message/rfc822) as the text block a mail client shows for an inline forward."""
    nested = ParsedEmail()
    _walk_body(inner, nested, depth, budget)
    result.defects.extend(nested.defects)
    lines = [FORWARD_MARKER]
    for name in ("From", "Date", "Subject", "To"):
        value = _raw_header(inner, name)
        if value:
            lines.append(f"{name}: {clean_header(_decode_words(value))}")
    return "\n".join(lines) + "\n\n" + nested.text


def _walk_body(msg: Message, result: ParsedEmail, depth0: int = 0, budget: list[int] | None = None) -> None:
    budget = budget if budget is not None else [0]  # parts seen, shared with attached messages
    plain: list[str] = []
    html: list[str] = []
    forwarded: list[str] = []
    stack: list[tuple[Message, int]] = [(msg, depth0)]
    while stack:
        part, depth = stack.pop(0)
        budget[0] += 1
        if budget[0] > MAX_PARTS or depth > MAX_DEPTH:
            result.defects.append("too many or too deeply nested parts; the rest was not read")
            break
        ctype = part.get_content_type()
        if ctype in {"message/delivery-status", "message/disposition-notification"}:
            result.is_report = True
        if ctype == "message/rfc822":
            # A forwarded or returned message: keep who wrote it and what it says, after our own text.
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                forwarded.append(_forwarded_block(inner, result, depth + 1, budget))
            continue
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in children if isinstance(child, Message))
            continue
        filename = attachment_name(part)
        if filename is not None:
            payload = part.get_payload(decode=True) or b""
            result.attachments.append(Attachment(clean_header(filename, 255), ctype, len(payload)))
            continue
        try:
            body = _decode_payload(part)
        except Exception as exc:
            result.defects.append(f"undecodable part {ctype}: {type(exc).__name__}")
            continue
        if ctype == "text/plain":
            plain.append(body)
        elif ctype == "text/html":
            html.append(body)
    if html:
        result.html = "\n".join(html)[: MAX_TEXT_CHARS * 4]
    if plain:
        text = "\n\n".join(plain)
    elif html:
        text = html_to_text(result.html or "")
        result.text_from_html = True
    else:
        text = ""
    if forwarded:
        text = "\n\n".join([text, *forwarded]) if text else "\n\n".join(forwarded)
    if len(text) > MAX_TEXT_CHARS:
        result.defects.append(f"text truncated to {MAX_TEXT_CHARS} characters")
        text = text[:MAX_TEXT_CHARS]
    text = text.replace("\r\n", "\n").replace("\x00", "")
    # Letters sent decomposed (Vietnamese typed with combining tone marks, "e" + accent from some Mac mailers) are
    # composed, as the phrase tables write them.
    result.text = text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def attachment_name(part: Message) -> str | None:
    """The file name of a leaf part that is an attachment ("" when it has none), or None when it is not one:
    a declared attachment, or a named part that is not the text itself."""
    try:
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
    except Exception:  # a malformed header says nothing (the time limit is a BaseException)
        return None
    if disposition == "attachment" or (filename and part.get_content_type() not in {"text/plain", "text/html"}):
        return filename or ""
    return None
