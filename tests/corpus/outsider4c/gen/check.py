#!/usr/bin/env python3
"""Check mail/*.eml against gold.jsonl (stdlib only).

* gold keys and vocabulary
* every file parses with Python's email package, CRLF only, no parser defects
* every text part decodes with its declared charset (warnings for mislabelled
  ones, which are deliberate and listed)
* gold name / employer / agent_name occur in the decoded headers or text
  (whitespace collapsed, case-insensitive; a "Family, Given" display name also
  counts for "Given Family")
* all addresses are *.example or dpo@massistcrm.com
"""
import email
import email.policy
import html
import json
import os
import re
import sys
from email.parser import HeaderParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "automated_decision", "opt_out_sale", "limit_sensitive",
          "grievance", "nomination"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form", "multi_right",
           "negation", "footer_rights", "access_items", "us_wording", "not_request"}
ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr
cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj
om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())

HDRS = ["From", "To", "Cc", "Reply-To", "Subject", "Sender"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def strip_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def decode_part(part, warnings, fn):
    raw = part.get_payload(decode=True) or b""
    cs = part.get_content_charset() or "us-ascii"
    try:
        txt = raw.decode(cs)
    except (UnicodeDecodeError, LookupError) as e:
        warnings.append("%s: %s part does not decode as %s (%s)" % (fn, part.get_content_type(), cs, type(e).__name__))
        try:
            txt = raw.decode(cs, errors="replace")
        except LookupError:
            txt = raw.decode("latin-1")
    return txt


def collect_text(msg, fn, warnings, errors):
    chunks = []
    for part in msg.walk():
        for k in HDRS:
            for v in part.get_all(k, []) or []:
                chunks.append(str(v))
        if part.defects:
            errors.append("%s: defects %r in %s" % (fn, part.defects, part.get_content_type()))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            txt = decode_part(part, warnings, fn)
            if ct == "text/html":
                txt = strip_html(txt)
            if ct == "text/rfc822-headers":
                hp = HeaderParser(policy=email.policy.default).parsestr(txt)
                for k in HDRS:
                    for v in hp.get_all(k, []) or []:
                        chunks.append(str(v))
            chunks.append(txt)
    return norm("\n".join(chunks))


def addresses(msg):
    out = []
    for part in msg.walk():
        for k in ["From", "To", "Cc", "Reply-To", "Sender", "Return-Path"]:
            for v in part.get_all(k, []) or []:
                out += re.findall(r"[\w.+\-=]+@[\w.\-]+", str(v))
    return out


def main():
    errors, warnings = [], []
    gold = []
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            r = json.loads(line)
            if list(r.keys()) != KEYS:
                errors.append("line %d: keys %r" % (i, list(r.keys())))
            gold.append(r)
    files = sorted(os.listdir(os.path.join(ROOT, "mail")))
    gfiles = [r["file"] for r in gold]
    if sorted("mail/" + x for x in files) != sorted(gfiles):
        errors.append("gold files and mail/ differ")
    if len(set(gfiles)) != len(gfiles):
        errors.append("duplicate gold rows")
    per_lang = {}
    for fnm in files:
        m = re.match(r"^([a-z]{2})-(\d{3})\.eml$", fnm)
        if not m:
            errors.append("bad file name %s" % fnm)
            continue
        per_lang.setdefault(m.group(1), []).append(int(m.group(2)))
    for lang, nums in per_lang.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errors.append("numbering gap in %s" % lang)

    for r in gold:
        fn = r["file"]
        if r["kind"] not in KINDS:
            errors.append("%s: kind %r" % (fn, r["kind"]))
        if r["class"] not in CLASSES:
            errors.append("%s: class %r" % (fn, r["class"]))
        if not isinstance(r["rights"], list) or any(x not in RIGHTS for x in r["rights"]):
            errors.append("%s: rights %r" % (fn, r["rights"]))
        if len(set(r["rights"])) != len(r["rights"]):
            errors.append("%s: duplicate rights" % fn)
        if r["language"] is not None and r["language"] not in ISO639_1:
            errors.append("%s: language %r" % (fn, r["language"]))
        if r["language"] is not None and not os.path.basename(fn).startswith(r["language"] + "-"):
            warnings.append("%s: language %s differs from file prefix" % (fn, r["language"]))
        for k in ("name", "employer", "agent_name", "note"):
            if r[k] is not None and (not isinstance(r[k], str) or not r[k].strip()):
                errors.append("%s: %s must be a non-empty string or null" % (fn, k))
        if not r["note"]:
            errors.append("%s: empty note" % fn)
        if r["kind"] != "request" and r["rights"]:
            errors.append("%s: non-request with rights" % fn)
        if r["kind"] == "request" and not r["rights"]:
            errors.append("%s: request without rights" % fn)
        if r["kind"] != "request" and r["class"] != "not_request":
            errors.append("%s: non-request must be class not_request" % fn)
        if r["kind"] == "request" and r["class"] == "not_request":
            errors.append("%s: request in class not_request" % fn)
        if r["kind"] in ("bounce", "bulk") and (r["name"] or r["employer"] or r["agent_name"]):
            errors.append("%s: bounce/bulk must have null people" % fn)

        path = os.path.join(ROOT, fn)
        if not os.path.exists(path):
            continue
        data = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: not pure CRLF" % fn)
        head = data.split(b"\r\n\r\n", 1)[0]
        if any(c > 127 for c in head):
            errors.append("%s: 8-bit bytes in top-level header" % fn)
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                errors.append("%s: line longer than 998" % fn)
                break
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for k in ("From", "Date", "Message-ID", "MIME-Version"):
            if msg[k] is None:
                errors.append("%s: missing %s" % (fn, k))
        for a in addresses(msg):
            a = a.lower()
            if not (a.endswith(".example") or a == "dpo@massistcrm.com"):
                errors.append("%s: non-.example address %s" % (fn, a))
        text = collect_text(msg, fn, warnings, errors)
        for k in ("name", "employer", "agent_name"):
            v = r[k]
            if v is None:
                continue
            nv = norm(v)
            ok = nv in text
            if not ok and " " in v:
                parts = v.split()
                alt = norm("%s, %s" % (parts[-1], " ".join(parts[:-1])))
                ok = alt in text
            if not ok:
                errors.append("%s: %s %r not found in decoded mail" % (fn, k, v))

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("%d mails, %d errors, %d warnings" % (len(gold), len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
