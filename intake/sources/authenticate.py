"""SPF, DKIM and DMARC of a message the embedded SMTP server received, stamped on top as Authentication-Results.

dkimpy verifies DKIM and pyspf evaluates SPF; both ask DNS only through `resolver.Lookups`, so a test can point
them at its own DNS server and a slow DNS spends one message's budget, never more. DMARC is `dmarc.py`.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Any

import authres
import authres.dmarc
import dkim
import spf

from intake.sources import dmarc
from intake.sources.resolver import DNSTimeout, Lookups

# dkimpy logs the signing domain and selector of every failure; those say who wrote, so they stay out of logs: a
# logger outside the tree (no parent to hand records to) and above every level.
_dkim_log = logging.Logger("intake.smtp.dkim", logging.CRITICAL + 1)

# A hostile message may carry hundreds of signatures, each a DNS query; the first few are all a signer adds.
MAX_SIGNATURES = 5
_SELECTOR = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62})$")


@dataclass
class Results:
    """What the checks found, each as RFC 8601 names it."""

    spf: str = "none"
    mailfrom: str | None = None  # the domain SPF checked (MAIL FROM's, or HELO's for a null sender)
    helo: str | None = None
    dkim: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (result, d=, s=)
    dmarc: str = "none"
    author: str | None = None  # the From domain
    policy: str | None = None

    @classmethod
    def unchecked(cls, raw: bytes) -> Results:
        """Every check a temperror: what a message gets when the checks did not finish in time."""
        return cls(spf="temperror", dkim=[("temperror", None, None)], dmarc="temperror", author=dmarc.from_domain(raw))


# --- SPF --------------------------------------------------------------------------------------------------------

# pyspf takes no resolver argument: every query of every check goes through its module-level DNSLookup. So that
# is replaced once by a function asking the Lookups of the message this thread is checking.
_current = threading.local()


def _spf_dns(name: str, qtype: str, strict: bool = True, timeout: float = 20) -> list[tuple[tuple[str, str], Any]]:
    lookups: Lookups | None = getattr(_current, "lookups", None)
    if lookups is None:
        raise spf.TempError("DNS: no resolver for this check")
    try:
        records = lookups.query(name, qtype)
    except DNSTimeout as exc:
        raise spf.TempError(f"DNS {exc}") from None
    # The shapes pyspf's own dnspython look-up returns.
    out: list[tuple[tuple[str, str], Any]] = []
    for r in records:
        if qtype in ("A", "AAAA"):
            out.append(((name, qtype), r.address))  # type: ignore[attr-defined]
        elif qtype == "MX":
            out.append(((name, qtype), (r.preference, str(r.exchange))))  # type: ignore[attr-defined]
        elif qtype == "PTR":
            out.append(((name, qtype), r.target.to_text(True)))  # type: ignore[attr-defined]
        elif qtype in ("TXT", "SPF"):
            out.append(((name, qtype), r.strings))  # type: ignore[attr-defined]
    return out


spf.DNSLookup = _spf_dns


def check_spf(ip: str | None, mail_from: str, helo: str, lookups: Lookups) -> tuple[str, str | None]:
    """(result, domain checked): MAIL FROM's domain, or HELO's for a null sender (RFC 7208 2.4)."""
    checked = dmarc.domain_of(mail_from) if mail_from else dmarc.domain_of(helo)
    if not ip or checked is None:
        return "none", checked
    _current.lookups = lookups
    try:
        result, _code, _why = spf.query(i=ip, s=mail_from, h=helo or "unknown", timeout=lookups.timeout).check()
    except spf.SPFError:  # an address or name pyspf cannot even start with
        return "permerror", checked
    except Exception:  # pyspf on a record built to break it (its DNS trouble is a TempError, caught inside)
        return "permerror", checked
    finally:
        _current.lookups = None
    return str(result), checked


# --- DKIM -------------------------------------------------------------------------------------------------------


def _dkim_txt(lookups: Lookups) -> Any:
    def txt(name: bytes | str, timeout: float = 5) -> bytes | None:
        text = name.decode("ascii", "replace") if isinstance(name, bytes) else name
        found = lookups.txt(text.rstrip("."))  # DNSTimeout passes through dkimpy, which would call it a fail
        return found[0] if found else None

    return txt


def check_dkim(raw: bytes, lookups: Lookups) -> list[tuple[str, str | None, str | None]]:
    """(result, d=, s=) for each of the first signatures: pass, fail, permerror or temperror."""
    try:
        signer = dkim.DKIM(raw, logger=_dkim_log, timeout=lookups.timeout)
    except Exception:  # headers dkimpy cannot read: a signature among them cannot be checked
        head = raw.split(b"\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
        return [("permerror", None, None)] if b"dkim-signature" in head else []
    count = sum(1 for name, _ in signer.headers if name.lower() == b"dkim-signature")
    out: list[tuple[str, str | None, str | None]] = []
    for idx in range(min(count, MAX_SIGNATURES)):
        signer.signature_fields = {}
        try:
            result = "pass" if signer.verify(idx, dnsfunc=_dkim_txt(lookups)) else "fail"
        except DNSTimeout:
            result = "temperror"
        except dkim.MessageFormatError:
            result = "permerror"
        except dkim.DKIMException:  # a body changed after signing, an expired signature, a bad key
            result = "fail"
        except Exception:  # dkimpy on hostile input (a tag it does not expect): the signature cannot be checked
            result = "permerror"
        fields = signer.signature_fields
        d = dmarc.domain_of(fields.get(b"d", b"").decode("ascii", "replace")) if fields.get(b"d") else None
        s = fields.get(b"s", b"").decode("ascii", "replace")
        out.append((result, d, s if _SELECTOR.match(s) else None))
    return out


# --- the header -------------------------------------------------------------------------------------------------


def check(raw: bytes, ip: str | None, helo: str, mail_from: str, lookups: Lookups) -> Results:
    """Every check of one message, as received (before our header is added or any is removed)."""
    found = Results(helo=dmarc.domain_of(helo) if helo else None)
    found.spf, found.mailfrom = check_spf(ip, mail_from, helo, lookups)
    found.dkim = check_dkim(raw, lookups)
    found.author = dmarc.from_domain(raw)
    found.dmarc, found.policy = dmarc.evaluate(
        found.author, (found.spf, found.mailfrom), [(r, d) for r, d, _ in found.dkim], lookups
    )
    return found


def header(authserv_id: str, found: Results, newline: bytes = b"\r\n") -> bytes:
    """`Authentication-Results: <id>; spf=...; dkim=... header.d=...; dmarc=... header.from=...`, one result
    a line (folded), so that five signatures stay within a line's 998 octets."""
    results: list[Any] = [
        authres.SPFAuthenticationResult(
            result=found.spf, smtp_mailfrom=found.mailfrom, smtp_helo=found.helo if not found.mailfrom else None
        )
    ]
    results += [authres.DKIMAuthenticationResult(result=r, header_d=d, header_s=s) for r, d, s in found.dkim] or [
        authres.DKIMAuthenticationResult(result="none")
    ]
    results.append(
        authres.dmarc.DMARCAuthenticationResult(result=found.dmarc, header_from=found.author, policy=found.policy)
    )
    fold = ";" + newline.decode() + "\t"
    text = f"Authentication-Results: {authserv_id}{fold}" + fold.join(str(r) for r in results)
    return text.encode("ascii", "replace") + newline


# --- RFC 8601 section 5: no incoming header may speak in our name -----------------------------------------------

_LEADING_ID = re.compile(r"^\s*(?:\([^()]*\)\s*)*\"?([^\s;\"()]+)")


def _claims(value: bytes, authserv_id: str) -> bool:
    text = re.sub(r"\r?\n", "", value.decode("utf-8", "surrogateescape"))
    try:
        said = authres.AuthenticationResultsHeader.parse(f"Authentication-Results: {text}").authserv_id or ""
    except Exception:  # unparseable: still removed if its first word is our id, whoever reads it later
        match = _LEADING_ID.match(text)
        said = match.group(1) if match else ""
    return said.lower() == authserv_id.lower()


def stamp(raw: bytes, authserv_id: str, header_line: bytes) -> bytes:
    """The message with every incoming Authentication-Results claiming `authserv_id` removed and ours on top."""
    out: list[bytes] = []
    field_lines: list[bytes] = []
    position = 0

    def flush() -> None:
        first = field_lines[0] if field_lines else b""
        name, colon, value = first.partition(b":")
        ours = colon and name.strip().lower() == b"authentication-results"
        if not (ours and _claims(value + b"".join(field_lines[1:]), authserv_id)):
            out.extend(field_lines)
        field_lines.clear()

    while position < len(raw):
        end = raw.find(b"\n", position)
        end = len(raw) if end < 0 else end + 1
        line = raw[position:end]
        if line in (b"\r\n", b"\n"):  # the blank line: the body follows untouched
            break
        if line[:1] not in (b" ", b"\t"):
            flush()
        field_lines.append(line)
        position = end
    flush()
    headers = b"".join(out)
    if headers[:1] in (b" ", b"\t"):
        # A message that opens with a folded line would continue whatever comes before it: our own header, so
        # "<space>; dmarc=pass header.from=victim.example" would become part of our verdict. A field of its own
        # takes the orphaned line instead (found by the attack on issue 12).
        headers = b"X-Intake-Malformed: continuation line before the first header field" + newline_of(raw) + headers
    return header_line + headers + raw[position:]


def newline_of(raw: bytes) -> bytes:
    """The line ending the message uses (SMTP's CRLF, or LF from a client that sends bare LF)."""
    end = raw.find(b"\n")
    return b"\r\n" if end <= 0 or raw[end - 1 : end] == b"\r" else b"\n"
