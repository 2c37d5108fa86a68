#!/usr/bin/env python3
"""Validate mail/ and gold.jsonl.  stdlib only.  Exit code 1 on any failure.

Checks
  * gold keys exactly as specified, values in the vocabulary
  * one gold line per mail file and vice versa, numbering per language from 001
  * every mail parses with the e-mail package without defects, CRLF only,
    no line longer than 998 octets, header section pure ASCII
  * every gold name / employer / agent_name occurs in the decoded text or
    decoded headers (whitespace collapsed, HTML entities resolved, NFC)
  * simple consistency rules (requests have rights, non-requests do not,
    bounce / bulk carry no person)
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

KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "automated_decision", "opt_out_sale", "limit_sensitive", "grievance",
          "nomination"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form", "multi_right", "negation",
           "footer_rights", "access_items", "us_wording", "not_request"}
ISO6391 = set("""aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io
is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt
my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn
so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
zu""".split())


def norm(s):
    s = html.unescape(s)
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


def collect(msg, out, defects, path="msg"):
    for k, v in msg.items():
        try:
            out.append("%s: %s" % (k, str(v)))
        except Exception as e:  # pragma: no cover
            defects.append("%s header %s: %s" % (path, k, e))
    for d in getattr(msg, "defects", []):
        defects.append("%s: %s" % (path, d.__class__.__name__))
    ct = msg.get_content_type()
    if msg.is_multipart():
        for i, p in enumerate(msg.get_payload()):
            collect(p, out, defects, "%s.%d" % (path, i))
        return
    if ct.startswith("text/"):
        try:
            out.append(msg.get_content())
        except Exception as e:
            raw = msg.get_payload(decode=True) or b""
            out.append(raw.decode(msg.get_content_charset() or "utf-8", "replace"))
            defects.append("%s: get_content failed: %s" % (path, e))
    elif ct == "message/delivery-status":
        for blk in msg.get_payload():
            out.append(str(blk))


def main():
    fails = []
    gpath = os.path.join(ROOT, "gold.jsonl")
    gold = []
    with open(gpath, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                gold.append(json.loads(line))
            except Exception as e:
                fails.append("gold line %d: %s" % (n, e))
    files = sorted(os.listdir(os.path.join(ROOT, "mail")))
    gfiles = [g.get("file") for g in gold]
    if sorted("mail/" + f for f in files) != sorted(gfiles):
        fails.append("mail/ and gold.jsonl list different files")
    if len(set(gfiles)) != len(gfiles):
        fails.append("duplicate file in gold.jsonl")
    per_lang = {}
    for f in files:
        m = re.fullmatch(r"([a-z]{2})-(\d{3})\.eml", f)
        if not m:
            fails.append("bad file name %s" % f)
            continue
        per_lang.setdefault(m.group(1), []).append(int(m.group(2)))
    for lg, nums in per_lang.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            fails.append("numbering gap in %s" % lg)

    for g in gold:
        fn = g.get("file")
        if list(g.keys()) != KEYS:
            fails.append("%s: keys %s" % (fn, list(g.keys())))
            continue
        if g["kind"] not in KINDS:
            fails.append("%s: kind %r" % (fn, g["kind"]))
        if g["class"] not in CLASSES:
            fails.append("%s: class %r" % (fn, g["class"]))
        if not isinstance(g["rights"], list) or not set(g["rights"]) <= RIGHTS \
                or len(set(g["rights"])) != len(g["rights"]):
            fails.append("%s: rights %r" % (fn, g["rights"]))
        if g["language"] is not None and g["language"] not in ISO6391:
            fails.append("%s: language %r" % (fn, g["language"]))
        for k in ("name", "employer", "agent_name"):
            if g[k] is not None and (not isinstance(g[k], str) or not g[k].strip()):
                fails.append("%s: %s must be a non-empty string or null" % (fn, k))
        if not isinstance(g["note"], str) or not g["note"].strip() or "\n" in g["note"]:
            fails.append("%s: note must be one line" % fn)
        if g["kind"] == "request" and not g["rights"]:
            fails.append("%s: request without rights" % fn)
        if g["kind"] != "request" and g["rights"]:
            fails.append("%s: non-request with rights" % fn)
        if g["kind"] in ("bounce", "bulk") and (g["name"] or g["employer"] or g["agent_name"]):
            fails.append("%s: bounce/bulk must not carry a person" % fn)
        if g["class"] == "not_request" and g["kind"] == "request":
            fails.append("%s: class not_request but kind request" % fn)
        if g["agent_name"] and g["agent_name"] == g["name"]:
            fails.append("%s: agent equals subject" % fn)

        p = os.path.join(ROOT, fn)
        if not os.path.exists(p):
            fails.append("%s: missing" % fn)
            continue
        data = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            fails.append("%s: bare LF or CR" % fn)
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            fails.append("%s: line longer than 998 octets" % fn)
        head = data.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            fails.append("%s: 8-bit octets in top-level header" % fn)
        msg = email.message_from_bytes(data, policy=policy.default)
        for h in ("From", "To", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                fails.append("%s: no %s header" % (fn, h))
        texts, defects = [], []
        collect(msg, texts, defects)
        for d in defects:
            fails.append("%s: defect %s" % (fn, d))
        hay = norm("\n".join(texts))
        for k in ("name", "employer", "agent_name"):
            v = g[k]
            if v and norm(v) not in hay:
                fails.append("%s: %s %r not found in decoded mail" % (fn, k, v))

    if fails:
        for x in fails:
            print("FAIL", x)
        print("%d failure(s)" % len(fails))
        sys.exit(1)
    print("OK: %d mails, %d gold lines, all checks passed" % (len(files), len(gold)))


if __name__ == "__main__":
    main()
