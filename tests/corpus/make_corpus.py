"""Build the labelled extraction corpus (.eml files and gold.jsonl) from the hand-written texts beside it.

Run `python tests/corpus/make_corpus.py` from the repository root. The texts live in `texts_dev.py`,
`texts_languages.py` (development letters in the languages added later), `texts_classes.py` (agents, forms,
employers, footers, non-requests), `texts_everyday.py` (everyday words, footers, negation in the weak
languages), `texts_shapes.py` (employers, agents' subjects and footers as people place them) and
`texts_heldout.py`; this script only wraps them in exact MIME envelopes (charsets, transfer encodings, HTML,
forwards, bounces) so that the bytes on disk are reproducible.
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DPO = "dpo@massistcrm.com"


@dataclass
class Mail:
    """One corpus mail: its envelope, its text and what a careful DPO reads in it (the gold)."""

    id: str
    kind: str
    language: str | None
    rights: list[str]
    name: str | None
    employer: str | None
    frm: str  # the From header as written (display name and address)
    subject: str
    body: str
    fmt: str = "plain"  # plain | qp-latin1 | b64 | html | alt | html-b64 | wrong-charset | fwd-rfc822 | report
    # | <8bit|qp|b64>:<charset>
    headers: dict[str, str] = field(default_factory=dict)
    inner: Mail | None = None  # the attached original for fwd-rfc822 and report
    note: str = ""
    agent: bool | None = None  # gold for who writes: set on the letters that test agents
    agent_name: str | None = None
    cls: str = ""  # the class of mail it was written for (plain_words, footer_rights…): figures by class


def _html(body: str) -> str:
    """The body as a phone mail client would send it: divs, <br>, a style block and entities."""
    paras = body.strip().split("\n\n")
    out = ['<html><head><style>p{margin:0}</style></head><body><div dir="ltr">']
    for para in paras:
        lines = "<br>\n".join(html.escape(line, quote=False) for line in para.split("\n"))
        out.append(f"<div>{lines}</div><div><br></div>")
    out.append("</div></body></html>")
    return "\n".join(out)


def _headers(m: Mail, content_type: str, cte: str | None) -> list[str]:
    lines = [
        f"From: {m.frm}",
        f"To: {DPO}",
        f"Subject: {m.subject}",
        "Date: Mon, 23 Nov 2026 09:14:00 +0100",
        f"Message-ID: <{m.id}@corpus.example>",
        "MIME-Version: 1.0",
    ]
    lines.extend(f"{k}: {v}" for k, v in m.headers.items())
    lines.append(f"Content-Type: {content_type}")
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    return lines


def _encode_header(value: str) -> str:
    """RFC 2047 encode a header value when it is not ASCII (as real clients do)."""
    if value.isascii():
        return value
    return "=?utf-8?b?" + base64.b64encode(value.encode()).decode() + "?="


def _from_header(frm: str) -> str:
    if "<" in frm and not frm.isascii():
        name, _, rest = frm.partition("<")
        return f"{_encode_header(name.strip())} <{rest}"
    return frm


def _b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode()
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def _part(body: str, fmt: str) -> tuple[str, str | None, bytes]:
    """(content type, transfer encoding, payload bytes) for a single-part body in a format."""
    if fmt == "qp-latin1":
        return 'text/plain; charset="iso-8859-1"', "quoted-printable", quopri.encodestring(body.encode("latin-1"))
    if fmt == "b64":
        return 'text/plain; charset="utf-8"', "base64", _b64(body.encode()).encode()
    if fmt == "html":
        return 'text/html; charset="utf-8"', "8bit", _html(body).encode()
    if fmt == "html-b64":
        return 'text/html; charset="utf-8"', "base64", _b64(_html(body).encode()).encode()
    if ":" in fmt:
        # "8bit:koi8-r", "qp:iso-8859-2", "b64:shift_jis": the body in a national charset, as old clients send it.
        cte, charset = fmt.split(":", 1)
        data = body.encode(charset)
        payload = {"8bit": data, "qp": quopri.encodestring(data), "b64": _b64(data).encode()}[cte]
        return f'text/plain; charset="{charset}"', {"b64": "base64", "qp": "quoted-printable"}.get(cte, cte), payload
    if fmt == "wrong-charset":
        # Latin-1 bytes declared as UTF-8: a common fault of old clients.
        return 'text/plain; charset="utf-8"', "8bit", body.encode("latin-1")
    return 'text/plain; charset="utf-8"', "8bit", body.encode()


def render(m: Mail) -> bytes:
    """The exact bytes of one corpus mail."""
    m = Mail(**{**m.__dict__, "frm": _from_header(m.frm), "subject": _encode_header(m.subject)})
    if m.fmt == "alt":
        boundary = f"alt-{m.id}"
        head = _headers(m, f'multipart/alternative; boundary="{boundary}"', None)
        plain = _b64(m.body.encode())
        rich = quopri.encodestring(_html(m.body).encode()).decode()
        parts = [
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{plain}\n",
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"{rich}\n",
            f"--{boundary}--\n",
        ]
        return ("\n".join(head) + "\n\n" + "".join(parts)).encode()
    if m.fmt in {"fwd-rfc822", "report"}:
        assert m.inner is not None
        boundary = f"mix-{m.id}"
        if m.fmt == "report":
            ctype = f'multipart/report; report-type=delivery-status; boundary="{boundary}"'
        else:
            ctype = f'multipart/mixed; boundary="{boundary}"'
        head = _headers(m, ctype, None)
        inner = (
            render(m.inner).decode("ascii", errors="replace") if m.inner.fmt != "plain" else render(m.inner).decode()
        )
        first = f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{m.body}\n"
        parts = [first]
        if m.fmt == "report":
            parts.append(
                f"--{boundary}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
                f"Final-Recipient: rfc822; {m.inner.frm.split('<')[-1].strip('>')}\nAction: failed\n"
                "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n"
            )
        parts.append(f"--{boundary}\nContent-Type: message/rfc822\n\n{inner}\n")
        parts.append(f"--{boundary}--\n")
        return ("\n".join(head) + "\n\n" + "".join(parts)).encode()
    ctype, cte, payload = _part(m.body, m.fmt)
    return ("\n".join(_headers(m, ctype, cte)) + "\n\n").encode() + payload + b"\n"


def main() -> None:
    from texts_classes import MAILS as CLASSES
    from texts_dev import MAILS as DEV
    from texts_everyday import MAILS as EVERYDAY
    from texts_heldout import MAILS as HELDOUT
    from texts_languages import MAILS as LANGUAGES
    from texts_shapes import MAILS as SHAPES

    seen: set[str] = set()
    rows = []
    for split, mails in (("dev", [*DEV, *LANGUAGES, *CLASSES, *EVERYDAY, *SHAPES]), ("heldout", HELDOUT)):
        folder = HERE / split
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
        for m in mails:
            assert m.id not in seen, m.id
            seen.add(m.id)
            path = folder / f"{m.id}.eml"
            path.write_bytes(render(m))
            agent = {"agent": m.agent, "agent_name": m.agent_name} if m.agent is not None else {}
            if m.cls:
                agent["class"] = m.cls
            rows.append(
                {
                    "file": f"{split}/{m.id}.eml",
                    "split": split,
                    "kind": m.kind,
                    "language": m.language,
                    "rights": sorted(m.rights),
                    "name": m.name,
                    "employer": m.employer,
                    "format": m.fmt,
                    "note": m.note,
                    **agent,
                }
            )
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    dev = sum(r["split"] == "dev" for r in rows)
    print(f"{len(rows)} mails: {dev} dev, {len(rows) - dev} held out")


if __name__ == "__main__":
    main()
