#!/usr/bin/env python3
"""Check mail/ and gold.jsonl.

- every mail parses with Python's email package (policy.default) without defects that matter;
- CRLF line ends only, no line over 998 bytes, 7bit parts are ASCII;
- gold keys exact, every value in the vocabulary;
- each gold name / employer / agent_name appears in the decoded text (all text parts,
  nested message/rfc822 included, HTML with tags stripped) or in the decoded headers.
Exit status 1 on any failure.
"""
import email
import html
import json
import os
import re
import sys
import unicodedata
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
          "automated_decision", "opt_out_sale", "limit_sensitive", "grievance", "nomination"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form", "multi_right", "negation",
           "footer_rights", "access_items", "us_wording", "not_request"}
KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]
LANGS = {"en", "sk", "sl", "hr", "bg", "et", "lv", "lt", "tr", "ru", "uk", "ar", "he", "hi", "ja", "zh", "ko",
         "ca", "id", "vi", "sr"}
HEADERS = ["From", "To", "Cc", "Subject", "Reply-To", "Sender"]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).casefold()


def strip_html(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


# charset labels real clients send that Python's codecs do not know by that name
ALIASES = {"iso-8859-8-i": "iso-8859-8", "iso-8859-6-i": "iso-8859-6", "x-mac-cyrillic": "mac_cyrillic"}


def decode_part(part):
    """Decoded text of a leaf part; known charset aliases are mapped first."""
    try:
        return part.get_content()
    except LookupError:
        cs = (part.get_content_charset() or "us-ascii").lower()
        if cs not in ALIASES:
            raise
        return part.get_payload(decode=True).decode(ALIASES[cs])


def texts(msg):
    out = []
    for part in msg.walk():
        for h in HEADERS:
            for v in part.get_all(h, []) or []:
                out.append(str(v))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                t = decode_part(part)
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(t, str):
                t = str(t)
            if ct == "text/html":
                t = strip_html(t)
            out.append(t)
    return out


def main():
    fails = []
    seen = set()
    gold = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                gold.append(json.loads(line))
            except ValueError as e:
                fails.append("gold line %d: %s" % (n, e))
    files = sorted(f for f in os.listdir(os.path.join(ROOT, "mail")) if f.endswith(".eml"))
    for g in gold:
        fn = g.get("file", "?")
        if list(g.keys()) != KEYS:
            fails.append("%s: keys %s" % (fn, list(g.keys())))
            continue
        if fn in seen:
            fails.append("%s: duplicate" % fn)
        seen.add(fn)
        m = re.fullmatch(r"mail/([a-z]{2})-(\d{3})\.eml", fn)
        if not m:
            fails.append("%s: bad file name" % fn)
            continue
        if g["kind"] not in KINDS:
            fails.append("%s: kind %r" % (fn, g["kind"]))
        if g["class"] not in CLASSES:
            fails.append("%s: class %r" % (fn, g["class"]))
        if g["language"] is not None and g["language"] not in LANGS:
            fails.append("%s: language %r" % (fn, g["language"]))
        if not isinstance(g["rights"], list) or any(r not in RIGHTS for r in g["rights"]) \
                or len(set(g["rights"])) != len(g["rights"]):
            fails.append("%s: rights %r" % (fn, g["rights"]))
        if g["kind"] != "request" and g["rights"]:
            fails.append("%s: rights on a non-request" % fn)
        if g["kind"] == "request" and not g["rights"]:
            fails.append("%s: request without rights" % fn)
        if g["kind"] in ("bounce", "bulk") and (g["name"] or g["employer"] or g["agent_name"]):
            fails.append("%s: bounce/bulk with a name" % fn)
        for k in ("name", "employer", "agent_name", "note"):
            if g[k] is not None and (not isinstance(g[k], str) or not g[k].strip()):
                fails.append("%s: %s %r" % (fn, k, g[k]))
        if not g["note"]:
            fails.append("%s: empty note" % fn)
        path = os.path.join(ROOT, fn)
        if not os.path.exists(path):
            fails.append("%s: missing" % fn)
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            fails.append("%s: bare LF/CR" % fn)
        if any(len(x) > 998 for x in raw.split(b"\r\n")):
            fails.append("%s: line over 998 bytes" % fn)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            if cte == "7bit" and not part.is_multipart():
                pl = part.get_payload(decode=False)
                if isinstance(pl, str) and any(ord(c) > 127 for c in pl):
                    fails.append("%s: 8-bit data in a 7bit part" % fn)
            for d in part.defects:
                fails.append("%s: defect %s" % (fn, type(d).__name__))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    decode_part(part)
                except Exception as e:
                    fails.append("%s: cannot decode part (%s)" % (fn, e))
        if not msg["From"] or not msg["Date"] or not msg["Message-ID"]:
            fails.append("%s: missing From/Date/Message-ID" % fn)
        hay = norm("\n".join(texts(msg)))
        for k in ("name", "employer", "agent_name"):
            if g[k] and norm(g[k]) not in hay:
                fails.append("%s: %s %r not found in the mail" % (fn, k, g[k]))
    for f in files:
        if "mail/" + f not in seen:
            fails.append("mail/%s: not in gold" % f)
    for f in fails:
        print("FAIL", f)
    print("%d mails, %d gold lines, %d failures" % (len(files), len(gold), len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
