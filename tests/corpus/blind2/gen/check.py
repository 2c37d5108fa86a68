#!/usr/bin/env python3
"""Validate mail/ and gold.jsonl: parse every mail with the stdlib email package, check
CRLF line ends, vocabulary, and that gold name/employer/agent_name occur in the decoded
text or headers."""
import os, sys, json, re, html, unicodedata, email
from email import policy
from email.header import decode_header, make_header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
          "automated_decision", "opt_out_sale", "limit_sensitive", "grievance", "nomination"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form", "multi_right", "negation",
           "footer_rights", "access_items", "us_wording", "not_request"}
LANGS = set("bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv no tr ru uk ar he hi ja zh ko ca id vi sr is".split())

def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s)

def dec_header(v):
    try:
        return str(make_header(decode_header(v)))
    except Exception as e:
        return v

def strip_html(t):
    t = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", t)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def texts(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(dec_header(str(v)) if not isinstance(v, str) else dec_header(v))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            payload = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs, errors="replace")
            except LookupError:
                t = payload.decode("latin-1")
            if ct == "text/html":
                t = strip_html(t)
            out.append(t)
    return out

def main():
    errors = []
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(os.path.join(ROOT, "mail")))
    listed = [g["file"] for g in gold]
    if sorted("mail/" + f for f in files) != sorted(listed):
        errors.append("mail/ and gold.jsonl list different files")
    if len(set(listed)) != len(listed):
        errors.append("duplicate file in gold")
    per = {}
    for g in gold:
        f = g["file"]
        if list(g.keys()) != KEYS:
            errors.append("%s: keys %s" % (f, list(g.keys())))
        m = re.fullmatch(r"mail/([a-z]{2})-(\d{3})\.eml", f)
        if not m:
            errors.append("%s: bad file name" % f); continue
        per.setdefault(m.group(1), []).append(int(m.group(2)))
        if g["kind"] not in KINDS: errors.append("%s: kind %r" % (f, g["kind"]))
        if g["class"] not in CLASSES: errors.append("%s: class %r" % (f, g["class"]))
        if g["language"] is not None and g["language"] not in LANGS: errors.append("%s: language %r" % (f, g["language"]))
        if not isinstance(g["rights"], list) or any(r not in RIGHTS for r in g["rights"]) or len(set(g["rights"])) != len(g["rights"]):
            errors.append("%s: rights %r" % (f, g["rights"]))
        for k in ("name", "employer", "agent_name"):
            if g[k] is not None and (not isinstance(g[k], str) or not g[k].strip()):
                errors.append("%s: %s must be a non-empty string or null" % (f, k))
        if not isinstance(g["note"], str) or not g["note"] or "\n" in g["note"]:
            errors.append("%s: note" % f)
        if g["kind"] != "request" and g["rights"]:
            errors.append("%s: non-request with rights" % f)
        if g["kind"] == "request" and not g["rights"]:
            errors.append("%s: request without rights" % f)
        if g["kind"] in ("bounce", "bulk") and (g["name"] or g["employer"] or g["agent_name"]):
            errors.append("%s: bounce/bulk must have null name/employer/agent" % f)
        if g["class"] == "not_request" and g["kind"] == "request":
            errors.append("%s: not_request class labelled as request" % f)
        raw = open(os.path.join(ROOT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: line ends are not CRLF" % f)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: line longer than 998 octets" % f)
        msg = email.message_from_bytes(raw, policy=policy.compat32)
        for h in ("From", "Date", "Message-ID"):
            if not msg[h]:
                errors.append("%s: missing %s" % (f, h))
        defects = [d for p in msg.walk() for d in p.defects]
        if defects:
            errors.append("%s: parser defects %r" % (f, defects))
        hay = norm("\n".join(texts(msg)))
        for k in ("name", "employer", "agent_name"):
            if g[k] and norm(g[k]) not in hay:
                errors.append("%s: %s %r not found in decoded mail" % (f, k, g[k]))
    for lang, nums in per.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errors.append("%s: numbering not contiguous" % lang)
    for e in errors:
        print("FAIL", e)
    print("%d mails, %d languages, %d failures" % (len(gold), len(per), len(errors)))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
