#!/usr/bin/env python3
"""Check mail/*.eml against gold.jsonl (stdlib only).

- every gold line has exactly the expected keys and vocabulary values;
- every gold file exists, every .eml has a gold line, numbering per language is 001..n;
- every file uses CRLF line ends only and parses with the email package;
- gold name / employer / agent_name appear in the decoded headers or text (HTML tags stripped,
  entities unescaped, whitespace collapsed), including nested message/rfc822 parts.
Exit status 1 on any failure.
"""
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
          "automated_decision", "opt_out_sale", "limit_sensitive", "grievance", "nomination"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form", "multi_right", "negation",
           "footer_rights", "access_items", "us_wording", "not_request"}
LANGS = {"bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it", "lv", "lt", "mt",
         "pl", "pt", "ro", "sk", "sl", "es", "sv", "no", "tr", "ru", "uk", "ar", "he", "hi", "ja", "zh", "ko",
         "ca", "id", "vi", "sr", "is"}
HDRS = ["From", "To", "Cc", "Reply-To", "Subject", "Sender"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def part_text(part):
    ctype = part.get_content_type()
    try:
        raw = part.get_payload(decode=True)
    except Exception:
        raw = None
    if raw is None:
        p = part.get_payload()
        return p if isinstance(p, str) else ""
    cs = part.get_content_charset() or "us-ascii"
    try:
        txt = raw.decode(cs)
    except (LookupError, UnicodeDecodeError):
        txt = raw.decode(cs if _known(cs) else "latin-1", "replace")
    if ctype == "text/html":
        txt = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", txt)
        txt = re.sub(r"(?s)<[^>]+>", " ", txt)
        txt = html.unescape(txt)
    return txt


def _known(cs):
    import codecs
    try:
        codecs.lookup(cs)
        return True
    except LookupError:
        return False


def haystack(msg):
    chunks = []
    for part in msg.walk():
        for h in HDRS:
            for v in part.get_all(h) or []:
                chunks.append(str(v))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype == "message/delivery-status":
            if ctype == "message/delivery-status":
                chunks.append(str(part))
            else:
                chunks.append(part_text(part))
    return norm("\n".join(chunks))


def main():
    fails = []
    gold_path = os.path.join(ROOT, "gold.jsonl")
    gold = []
    with open(gold_path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                gold.append(json.loads(line))
            except ValueError as e:
                fails.append("gold line %d: bad JSON %s" % (i, e))
    seen = set()
    per_lang = {}
    for g in gold:
        f = g.get("file", "?")
        if list(g.keys()) != KEYS:
            fails.append("%s: keys %s" % (f, list(g.keys())))
            continue
        if f in seen:
            fails.append("%s: duplicate gold line" % f)
        seen.add(f)
        m = re.fullmatch(r"mail/([a-z]{2})-(\d{3})\.eml", f)
        if not m:
            fails.append("%s: bad file name" % f)
            continue
        per_lang.setdefault(m.group(1), []).append(int(m.group(2)))
        if g["kind"] not in KINDS:
            fails.append("%s: kind %r" % (f, g["kind"]))
        if g["class"] not in CLASSES:
            fails.append("%s: class %r" % (f, g["class"]))
        if g["language"] is not None and g["language"] not in LANGS:
            fails.append("%s: language %r" % (f, g["language"]))
        if not isinstance(g["rights"], list) or not set(g["rights"]) <= RIGHTS or len(set(g["rights"])) != len(g["rights"]):
            fails.append("%s: rights %r" % (f, g["rights"]))
        if g["kind"] != "request" and g["rights"]:
            fails.append("%s: non-request with rights" % f)
        if g["kind"] == "request" and not g["rights"]:
            fails.append("%s: request without rights" % f)
        if g["kind"] != "request" and g["class"] != "not_request":
            fails.append("%s: non-request kind but class %s" % (f, g["class"]))
        if g["kind"] in ("bounce", "bulk") and (g["name"] or g["employer"] or g["agent_name"]):
            fails.append("%s: bounce/bulk must have null name/employer/agent" % f)
        for k in ("name", "employer", "agent_name", "note"):
            if g[k] is not None and not isinstance(g[k], str):
                fails.append("%s: %s not string/null" % (f, k))
        if not g["note"]:
            fails.append("%s: empty note" % f)
        path = os.path.join(ROOT, f)
        if not os.path.exists(path):
            fails.append("%s: missing file" % f)
            continue
        data = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            fails.append("%s: not pure CRLF" % f)
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            hay = haystack(msg)
        except Exception as e:
            fails.append("%s: parse error %r" % (f, e))
            continue
        for part in msg.walk():
            d = part.get("Date")
            if d:
                dt = email.utils.parsedate_to_datetime(str(d))
                if not str(d).startswith(dt.strftime("%a")):
                    fails.append("%s: weekday wrong in Date %s" % (f, d))
        if msg.defects:
            fails.append("%s: defects %r" % (f, msg.defects))
        for k in ("name", "employer", "agent_name"):
            v = g[k]
            if v and norm(v) not in hay:
                fails.append("%s: %s %r not found in decoded mail" % (f, k, v))
    files = {"mail/" + x for x in os.listdir(os.path.join(ROOT, "mail")) if x.endswith(".eml")}
    for x in sorted(files - seen):
        fails.append("%s: no gold line" % x)
    for lang, nums in per_lang.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            fails.append("%s: numbering not 001..%03d" % (lang, len(nums)))
    if fails:
        print("\n".join(fails))
        print("FAILED: %d problem(s)" % len(fails))
        return 1
    print("OK: %d mails checked" % len(gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
