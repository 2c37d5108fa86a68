#!/usr/bin/env python3
"""Rebuild mail/ and gold.jsonl from the hand-written letters in gen/letters_*.py.

Usage: python3 gen/build.py
Stdlib only. Output is deterministic.
"""
import hashlib
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mime  # noqa: E402

LANGS = ["en", "sk", "sl", "hr", "bg", "et", "lv", "lt", "tr", "ru", "uk", "ar", "he", "hi",
         "ja", "zh", "ko", "ca", "id", "vi", "sr"]

TZ = {"en": ["+0000", "+0100", "-0500", "-0800", "-0600"], "sk": ["+0100", "+0200"], "sl": ["+0100", "+0200"],
      "hr": ["+0100", "+0200"], "bg": ["+0200", "+0300"], "et": ["+0200", "+0300"], "lv": ["+0200", "+0300"],
      "lt": ["+0200", "+0300"], "tr": ["+0300"], "ru": ["+0300", "+0500"], "uk": ["+0200", "+0300"],
      "ar": ["+0300", "+0400", "+0200"], "he": ["+0200", "+0300"], "hi": ["+0530"], "ja": ["+0900"],
      "zh": ["+0800"], "ko": ["+0900"], "ca": ["+0100", "+0200"], "id": ["+0700"], "vi": ["+0700"],
      "sr": ["+0100", "+0200"]}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

DPO = ("", "dpo@massistcrm.com")


def make_date(seed, lang):
    import datetime
    r = random.Random(seed)
    d = datetime.date(2026, 1, 5) + datetime.timedelta(days=r.randrange(0, 330))
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
                                             r.randrange(6, 23), r.randrange(60), r.randrange(60),
                                             r.choice(TZ.get(lang, ["+0000"])))


def as_addr(v):
    if v is None:
        return None
    if isinstance(v, tuple):
        return v
    return ("", v)


def build_msg(s, seed, lang, parent_date=None):
    """s: letter spec (dict). Returns message bytes."""
    cs = s.get("cs", "utf-8")
    cte = s.get("cte", "quoted-printable")
    hcs = s.get("hcs", cs if cs.lower() not in ("us-ascii",) else "utf-8")
    hmode = s.get("hmode", "B")
    shape = s.get("shape", "plain")
    headers = []
    for h in s.get("pre", []):  # headers placed before the usual block (Received, Return-Path ...)
        headers.append("%s: %s" % h)
    date = s.get("date") or parent_date or make_date(seed, lang)
    fd, fa = as_addr(s["frm"])
    td, ta = as_addr(s.get("to", DPO))
    mid = s.get("mid") or "<%s@%s>" % (hashlib.md5(seed.encode()).hexdigest()[:20], fa.split("@")[1].strip(">"))
    headers.append(mime.hdr_addr("From", fd, fa, hcs, hmode))
    headers.append(mime.hdr_addr("To", td, ta, hcs, hmode))
    if s.get("cc"):
        cd, ca = as_addr(s["cc"])
        headers.append(mime.hdr_addr("Cc", cd, ca, hcs, hmode))
    headers.append(mime.hdr_text("Subject", s.get("subj", ""), hcs, hmode))
    headers.append("Date: " + date)
    headers.append("Message-ID: " + mid)
    for h in s.get("xh", []):
        name, val = h
        if name in ("Reply-To", "Sender") and isinstance(val, tuple):
            headers.append(mime.hdr_addr(name, val[0], val[1], hcs, hmode))
        else:
            headers.append(mime.hdr_text(name, val, hcs, hmode))
    headers.append("MIME-Version: 1.0")

    body = s.get("body", "").strip("\n") + "\n"
    rtl = lang in ("ar", "he")
    flowed = s.get("flowed", False)

    def html_of():
        if s.get("html"):
            return s["html"]
        return mime.html_from_text(body, s.get("hstyle", "gmail"), s.get("html_cs", cs), s.get("hlang", lang), rtl)

    if shape == "plain":
        h, b = mime.text_part(body, "plain", cs, cte, flowed, s.get("enc_as"))
    elif shape == "html":
        h, b = mime.text_part(html_of(), "html", s.get("html_cs", cs), s.get("html_cte", cte))
    elif shape == "alt":
        p1 = mime.text_part(body, "plain", cs, cte, flowed)
        p2 = mime.text_part(html_of(), "html", s.get("html_cs", cs), s.get("html_cte", cte))
        h, b = mime.multipart("alternative", [p1, p2], mime.boundary(seed))
    elif shape in ("rfc822", "att"):
        parts = []
        if s.get("body_alt"):
            p1 = mime.text_part(body, "plain", cs, cte, flowed)
            p2 = mime.text_part(html_of(), "html", s.get("html_cs", cs), s.get("html_cte", cte))
            parts.append(mime.multipart("alternative", [p1, p2], mime.boundary(seed, 2)))
        else:
            parts.append(mime.text_part(body, "plain", cs, cte, flowed))
        if shape == "rfc822":
            inner = build_msg(s["inner"], seed + "/inner", lang, date)
            inner_cte = "8bit" if any(b > 127 for b in inner) else "7bit"
            fname = s.get("inner_name")
            ih = ["Content-Type: message/rfc822" + ("; name=\"%s\"" % fname if fname else ""),
                  "Content-Transfer-Encoding: " + inner_cte]
            ih.append("Content-Disposition: attachment" + ("; filename=\"%s\"" % fname if fname else ""))
            parts.append((ih, inner.rstrip(b"\r\n")))
        else:
            fname, ctype, data = s["att"]
            parts.append((["Content-Type: %s; name=\"%s\"" % (ctype, fname),
                           "Content-Disposition: attachment; filename=\"%s\"" % fname,
                           "Content-Transfer-Encoding: base64"], mime.b64_encode(data)))
        h, b = mime.multipart("mixed", parts, mime.boundary(seed, 1),
                              preamble="This is a multi-part message in MIME format." if s.get("preamble") else None)
    elif shape == "report":
        p1 = mime.text_part(body, "plain", cs, cte)
        dsn = s["dsn"].strip("\n").replace("\n", "\r\n").encode("ascii")
        p2 = (["Content-Type: message/delivery-status", "Content-Description: Delivery report"], dsn)
        inner = build_msg(s["inner"], seed + "/inner", lang, date)
        if s.get("headers_only"):
            ih = inner.split(b"\r\n\r\n", 1)[0]
            p3 = (["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"], ih)
        else:
            inner_cte = "8bit" if any(b > 127 for b in inner) else "7bit"
            p3 = (["Content-Type: message/rfc822", "Content-Description: Undelivered Message",
                   "Content-Transfer-Encoding: " + inner_cte], inner.rstrip(b"\r\n"))
        h, b = mime.multipart("report", [p1, p2, p3], mime.boundary(seed, 3),
                              extra_params="; report-type=delivery-status")
    else:
        raise ValueError("unknown shape " + shape)
    return mime.assemble(headers, h, b)


GOLD_KEYS = ["file", "kind", "language", "rights", "name", "employer", "agent_name", "class", "note"]


def main():
    gold = []
    errors = []
    maildir = os.path.join(ROOT, "mail")
    os.makedirs(maildir, exist_ok=True)
    for f in os.listdir(maildir):
        if f.endswith(".eml"):
            os.remove(os.path.join(maildir, f))
    for lang in LANGS:
        if not os.path.exists(os.path.join(HERE, "letters_%s.py" % lang)):
            print("missing letters for", lang)
            continue
        mod = importlib.import_module("letters_" + lang)
        for i, s in enumerate(mod.LETTERS, 1):
            fn = "mail/%s-%03d.eml" % (lang, i)
            seed = "outsider3b/" + fn
            try:
                data = build_msg(s, seed, lang)
            except Exception as e:  # make failures easy to find
                errors.append("%s: %s" % (fn, e))
                continue
            with open(os.path.join(ROOT, fn), "wb") as fh:
                fh.write(data)
            g = {
                "file": fn,
                "kind": s.get("kind", "request"),
                "language": s.get("lang", lang),
                "rights": list(s.get("rights", [])),
                "name": s.get("name"),
                "employer": s.get("emp"),
                "agent_name": s.get("agent"),
                "class": s["cls"],
                "note": s["note"],
            }
            gold.append(g)
    if errors:
        raise SystemExit("\n".join(errors))
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps({k: g[k] for k in GOLD_KEYS}, ensure_ascii=False) + "\n")
    print("wrote %d mails" % len(gold))


if __name__ == "__main__":
    main()
