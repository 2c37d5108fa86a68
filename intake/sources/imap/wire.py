"""IMAP helpers on imaplib (raw bytes exactly as the server holds them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intake.sources.imap.config import ImapConfig, Mailbox

_UID = re.compile(rb"UID (\d+)")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")


def _ok(result: tuple[str, Any], what: str) -> Any:
    typ, data = result
    if typ != "OK":
        raise RuntimeError(f"{what} failed: {data!r}")
    return data


def _quote(folder: str) -> str:
    from imap_tools.imap_utf7 import utf7_encode

    encoded = utf7_encode(folder).decode()
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _capabilities(box: Any) -> set[str]:
    # imaplib keeps the pre-login list; servers announce more (MOVE, UIDPLUS) once logged in.
    data = _ok(box.client.capability(), "CAPABILITY")
    return {c.upper() for c in b" ".join(d for d in data if isinstance(d, bytes)).decode().split()}


def _news(box: Any) -> bool:
    """True when the server sent EXISTS (new mail) since the last call; clears what imaplib collected meanwhile."""
    pending = box.client.untagged_responses
    news = bool(pending.pop("EXISTS", None))
    for key in ("RECENT", "FETCH", "EXPUNGE"):
        pending.pop(key, None)  # unsolicited updates pile up over a long session; nobody reads them
    return news


def _create_folder(box: Any, folder: str) -> None:
    typ, _data = box.client.create(_quote(folder))
    if typ == "OK":
        box.client.subscribe(_quote(folder))  # so the DPO's mail client shows it


def _search(box: Any, *criteria: str) -> list[int]:
    data = _ok(box.client.uid("SEARCH", *criteria), "UID SEARCH")
    return sorted(int(x) for x in b" ".join(d for d in data if isinstance(d, bytes)).split())


def _uidset(uids: list[int]) -> str:
    return ",".join(str(u) for u in uids)


def _sizes(box: Any, uids: list[int]) -> dict[int, int]:
    data = _ok(box.client.uid("FETCH", _uidset(uids), "(UID RFC822.SIZE)"), "UID FETCH RFC822.SIZE")
    sizes: dict[int, int] = {}
    for item in data:
        line = item[0] if isinstance(item, tuple) else item
        if not isinstance(line, bytes):
            continue
        uid, size = _UID.search(line), _SIZE.search(line)
        if uid and size:
            sizes[int(uid.group(1))] = int(size.group(1))
    return sizes


def _groups(uids: list[int], sizes: dict[int, int], budget: int) -> Iterator[list[int]]:
    group: list[int] = []
    used = 0
    for uid in uids:
        if group and used + sizes[uid] > budget:
            yield group
            group, used = [], 0
        group.append(uid)
        used += sizes[uid]
    if group:
        yield group


def _bodies(box: Any, uids: list[int]) -> Iterator[tuple[int, bytes]]:
    """(UID, exact bytes) for each message; BODY.PEEK leaves \\Seen alone, so nothing is marked before it is stored."""
    if not uids:
        return
    data = _ok(box.client.uid("FETCH", _uidset(uids), "(UID BODY.PEEK[])"), "UID FETCH BODY.PEEK[]")
    pending: bytes | None = None
    for item in data:
        if isinstance(item, tuple):
            head, raw = item[0], item[1]
            found = _UID.search(head)
            if found:
                yield int(found.group(1)), raw
            else:
                pending = raw  # the server put UID after the literal: it is in the next line
        elif isinstance(item, bytes) and pending is not None:
            found = _UID.search(item)
            if found:
                yield int(found.group(1)), pending
            pending = None


def _headers(box: Any, uid: int) -> bytes:
    data = _ok(box.client.uid("FETCH", str(uid), "(UID BODY.PEEK[HEADER])"), "UID FETCH BODY.PEEK[HEADER]")
    for item in data:
        if isinstance(item, tuple):
            return item[1]
    return b""


def _stand_in(headers: bytes, size: int, mailbox: Mailbox, config: ImapConfig) -> bytes:
    """What is stored for a message too large to download: its headers and a note saying where the original is.

    Deterministic for a given message (no UID in it), so a resynchronisation finds it already stored.
    """
    parsed = BytesHeaderParser(policy=compat32).parsebytes(headers)
    keep = [(k, v) for k, v in parsed.items() if k.lower() not in {"content-type", "content-transfer-encoding"}]
    # compat32 keeps folded headers with bare newlines; mail wants CRLF throughout.
    head = b"".join(
        f"{k}: {v}".replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "surrogateescape") + b"\r\n"
        for k, v in keep
    )
    note = (
        f"This message is {size} bytes, more than the {config.max_message_bytes} bytes intake downloads "
        f"(max_message_bytes). It was not downloaded and is still on the server in {mailbox.label}.\r\n"
        "Read it in the mail client; its headers are above.\r\n"
    )
    return (
        head
        + b"Content-Type: text/plain; charset=utf-8\r\nX-Intake-Oversized: "
        + str(size).encode()
        + (b"\r\n\r\n" + note.encode())
    )
