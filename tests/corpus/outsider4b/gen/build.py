#!/usr/bin/env python3
"""Rebuild mail/*.eml and gold.jsonl from the hand-written letters in gen/data/*.py.

Stdlib only.  Run:  python3 gen/build.py
"""
import hashlib
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mime  # noqa: E402
from mime import CRLF  # noqa: E402

LANGS = ["en", "de", "fr", "es", "bg", "hr", "cs", "da", "nl", "et", "fi", "el", "hu", "ga", "it", "lv",
         "lt", "mt", "pl", "pt", "ro", "sk", "sl", "sv", "no", "tr", "ru", "uk", "ar", "he", "hi", "ja",
         "zh", "ko", "ca", "id", "vi", "sr"]

TZ = {"en": "+0000", "de": "+0100", "fr": "+0100", "es": "+0100", "bg": "+0200", "hr": "+0100", "cs": "+0100",
      "da": "+0100", "nl": "+0100", "et": "+0200", "fi": "+0200", "el": "+0200", "hu": "+0100", "ga": "+0000",
      "it": "+0100", "lv": "+0200", "lt": "+0200", "mt": "+0100", "pl": "+0100", "pt": "+0000", "ro": "+0200",
      "sk": "+0100", "sl": "+0100", "sv": "+0100", "no": "+0100", "tr": "+0300", "ru": "+0300", "uk": "+0200",
      "ar": "+0300", "he": "+0200", "hi": "+0530", "ja": "+0900", "zh": "+0800", "ko": "+0900", "ca": "+0100",
      "id": "+0700", "vi": "+0700", "sr": "+0100"}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
          "automated_decision", "opt_out_sale", "limit_sensitive", "grievance", "nomination"}
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
CLASSES = {"plain_words", "legal_anchor", "employer", "names", "agent", "form", "multi_right", "negation",
           "footer_rights", "access_items", "us_wording", "not_request"}

DPO = "dpo@massistcrm.com"


def hnum(seed, mod):
    return int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16) % mod


def make_date(seed, tz):
    import datetime
    base = datetime.date(2024, 3, 1)
    d = base + datetime.timedelta(days=hnum(seed + "d", 540))
    hh, mm, ss = hnum(seed + "h", 24), hnum(seed + "m", 60), hnum(seed + "s", 60)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, hh, mm,
                                             ss, tz)


def ctype_text(sub, label, seed, flowed=False):
    v = hnum(seed + "ct", 3)
    if v == 0:
        ct = 'text/%s; charset="%s"' % (sub, label)
    elif v == 1:
        ct = "text/%s; charset=%s" % (sub, label.upper() if label.startswith(("utf", "iso", "us")) else label)
    else:
        ct = "text/%s; charset=%s" % (sub, label)
    if flowed and sub == "plain":
        ct += "; format=flowed"
    return ct


def pick_cte(raw, seed, want):
    if want and want != "auto":
        return want
    if all(b < 128 for b in raw):
        return "7bit"
    return ["8bit", "quoted-printable", "base64"][hnum(seed + "cte", 3)]


def text_part(text, sub, cs, cte, label, seed, flowed=False):
    raw = mime.body_bytes(text, cs)
    cte = pick_cte(raw, seed + sub, cte)
    hdr = mime.fold("Content-Type", ctype_text(sub, label or cs, seed + sub, flowed))
    hdr += mime.fold("Content-Transfer-Encoding", cte)
    return hdr, mime.encode_body(raw, cte), cte


def html_of(spec, text, cs, rtl):
    if spec.get("html"):
        return spec["html"]
    return mime.text_to_html(text, spec.get("label") or cs, spec.get("style", "gmail"), spec["_lang"], rtl)


def build_body(spec, seed, stats):
    """Return (content headers bytes, body bytes)."""
    shape = spec.get("shape", "plain")
    cs = spec.get("cs", "utf-8")
    label = spec.get("label")
    cte = spec.get("cte", "auto")
    text = spec["body"]
    rtl = spec["_lang"] in ("ar", "he")
    if shape == "plain":
        h, b, c = text_part(text, "plain", cs, cte, label, seed, spec.get("flowed", False))
        stats["cte"].add(c)
        stats["cs"].add(label or cs)
        stats["struct"] = "text/plain"
        return h, b
    if shape == "html":
        h, b, c = text_part(html_of(spec, text, cs, rtl), "html", cs, cte, label, seed)
        stats["cte"].add(c)
        stats["cs"].add(label or cs)
        stats["struct"] = "text/html"
        return h, b
    if shape == "alt":
        bd = mime.boundary(seed, 1)
        h1, b1, c1 = text_part(text, "plain", cs, cte, label, seed)
        h2, b2, c2 = text_part(html_of(spec, text, cs, rtl), "html", cs, spec.get("cte_html", cte), label, seed)
        stats["cte"].update([c1, c2])
        stats["cs"].add(label or cs)
        stats["struct"] = "multipart/alternative"
        body = (b"--" + bd.encode() + CRLF + h1 + CRLF + b1 + CRLF + b"--" + bd.encode() + CRLF + h2 + CRLF + b2
                + CRLF + b"--" + bd.encode() + b"--" + CRLF)
        return mime.fold("Content-Type", 'multipart/alternative; boundary="%s"' % bd), body
    if shape == "att":
        bd = mime.boundary(seed, 2)
        h1, b1, c1 = text_part(text, "plain", cs, cte, label, seed)
        fn, mt, data = spec["att"]
        ah = mime.fold("Content-Type", '%s; name="%s"' % (mt, fn))
        ah += mime.fold("Content-Disposition", 'attachment; filename="%s"' % fn)
        ah += mime.fold("Content-Transfer-Encoding", "base64")
        stats["cte"].update([c1, "base64"])
        stats["cs"].add(label or cs)
        stats["struct"] = "multipart/mixed (text + attachment)"
        body = (b"--" + bd.encode() + CRLF + h1 + CRLF + b1 + CRLF + b"--" + bd.encode() + CRLF + ah + CRLF
                + mime.enc_b64(data) + CRLF + b"--" + bd.encode() + b"--" + CRLF)
        return mime.fold("Content-Type", 'multipart/mixed; boundary="%s"' % bd), body
    if shape == "fwd822":
        bd = mime.boundary(seed, 3)
        h1, b1, c1 = text_part(text, "plain", cs, cte, label, seed)
        inner = dict(spec["inner"])
        inner["_lang"] = spec["_lang"]
        istats = {"cte": set(), "cs": set(), "struct": ""}
        inner_bytes = build_message(inner, seed + "inner", istats, top=False)
        stats["cte"].update([c1] + list(istats["cte"]))
        stats["cs"].update([label or cs] + list(istats["cs"]))
        stats["struct"] = "multipart/mixed (text + message/rfc822)"
        ih = mime.fold("Content-Type", "message/rfc822")
        ih += mime.fold("Content-Disposition", 'attachment; filename="%s.eml"' % inner.get("fname", "original"))
        body = (b"--" + bd.encode() + CRLF + h1 + CRLF + b1 + CRLF + b"--" + bd.encode() + CRLF + ih + CRLF
                + inner_bytes + CRLF + b"--" + bd.encode() + b"--" + CRLF)
        return mime.fold("Content-Type", 'multipart/mixed; boundary="%s"' % bd), body
    if shape == "dsn":
        bd = mime.boundary(seed, 4)
        h1, b1, c1 = text_part(text, "plain", cs, cte, label, seed)
        d = spec["dsn"]
        ds = ["Reporting-MTA: dns; %s" % d["mta"]]
        if d.get("arrival"):
            ds.append("Arrival-Date: %s" % d["arrival"])
        ds.append("")
        ds.append("Final-Recipient: rfc822; %s" % d["rcpt"])
        ds.append("Action: %s" % d.get("action", "failed"))
        ds.append("Status: %s" % d["status"])
        if d.get("remote"):
            ds.append("Remote-MTA: dns; %s" % d["remote"])
        ds.append("Diagnostic-Code: smtp; %s" % d["diag"])
        dsb = CRLF.join(x.encode("ascii") for x in ds) + CRLF
        inner = dict(spec["inner"])
        inner["_lang"] = spec["_lang"]
        istats = {"cte": set(), "cs": set(), "struct": ""}
        if d.get("headers_only"):
            full = build_message(inner, seed + "inner", istats, top=False)
            orig = full.split(CRLF + CRLF, 1)[0] + CRLF
            oct_ = "text/rfc822-headers"
        else:
            orig = build_message(inner, seed + "inner", istats, top=False)
            oct_ = "message/rfc822"
        stats["cte"].update([c1] + list(istats["cte"]))
        stats["cs"].update([label or cs] + list(istats["cs"]))
        stats["struct"] = "multipart/report (delivery-status)"
        body = (b"This is a MIME-encapsulated message." + CRLF + CRLF
                + b"--" + bd.encode() + CRLF + h1 + CRLF + b1 + CRLF
                + b"--" + bd.encode() + CRLF + mime.fold("Content-Type", "message/delivery-status") + CRLF + dsb
                + CRLF + b"--" + bd.encode() + CRLF + mime.fold("Content-Type", oct_) + CRLF + orig + CRLF
                + b"--" + bd.encode() + b"--" + CRLF)
        return mime.fold("Content-Type", 'multipart/report; report-type=delivery-status; boundary="%s"' % bd), body
    raise ValueError(shape)


def build_message(spec, seed, stats, top=True):
    lang = spec["_lang"]
    cs = spec.get("cs", "utf-8")
    hcs = spec.get("hcs") or (cs + "|" + spec["label"] if spec.get("label") else cs)
    hmode = spec.get("hmode", "B" if hnum(seed + "hm", 3) else "Q")
    if hcs.startswith("iso-2022-jp"):
        hmode = "B"
    display, addr = spec["frm"]
    domain = addr.split("@")[1]
    out = b""
    for name, val in spec.get("pre_headers", []):
        out += mime.fold(name, val)
    date = spec.get("date")
    if not date and spec.get("shape") == "dsn" and spec["inner"].get("date"):
        # a bounce arrives a few seconds/minutes after the message it returns
        import email.utils
        dt = email.utils.parsedate_to_datetime(spec["inner"]["date"])
        dt = dt + __import__("datetime").timedelta(seconds=7 + hnum(seed + "lag", 400))
        date = email.utils.format_datetime(dt)
    if not date:
        date = make_date(seed, spec.get("tz") or TZ.get(lang, "+0000"))
    fromv = mime.hdr_addr(display, addr, hcs, hmode)
    to = spec.get("to", DPO)
    if isinstance(to, tuple):
        to = mime.hdr_addr(to[0], to[1], hcs, hmode)
    subj = mime.hdr_text(spec.get("subj", ""), hcs, hmode)
    order = hnum(seed + "order", 2)
    if order:
        out += mime.fold("Date", date) + mime.fold("From", fromv) + mime.fold("To", to)
    else:
        out += mime.fold("From", fromv) + mime.fold("To", to)
    if spec.get("cc"):
        out += mime.fold("Cc", spec["cc"])
    if spec.get("reply_to"):
        rd, ra = spec["reply_to"]
        out += mime.fold("Reply-To", mime.hdr_addr(rd, ra, hcs, hmode))
    out += mime.fold("Subject", subj)
    if not order:
        out += mime.fold("Date", date)
    out += mime.fold("Message-ID", spec.get("msgid") or mime.msgid(seed, domain))
    for name, val in spec.get("headers", []):
        out += mime.fold(name, val)
    out += mime.fold("MIME-Version", "1.0")
    ch, body = build_body(spec, seed, stats)
    out += ch
    return out + CRLF + body + (b"" if body.endswith(CRLF) else CRLF)


def load():
    allm = []
    for lang in LANGS:
        mod = importlib.import_module("data.%s" % lang)
        for i, spec in enumerate(mod.MAILS, 1):
            spec = dict(spec)
            spec["_lang"] = lang
            spec["_file"] = "mail/%s-%03d.eml" % (lang, i)
            allm.append(spec)
    return allm


def main():
    maildir = os.path.join(ROOT, "mail")
    os.makedirs(maildir, exist_ok=True)
    for f in os.listdir(maildir):
        if f.endswith(".eml"):
            os.remove(os.path.join(maildir, f))
    gold = []
    meta = []
    errors = []
    for spec in load():
        seed = spec["_file"]
        stats = {"cte": set(), "cs": set(), "struct": ""}
        try:
            data = build_message(spec, seed, stats)
        except Exception as e:  # report every broken letter, then stop
            errors.append("%s: %r" % (seed, e))
            continue
        with open(os.path.join(ROOT, spec["_file"]), "wb") as fh:
            fh.write(data)
        g = {"file": spec["_file"], "kind": spec["kind"],
             "language": spec.get("language", spec["_lang"]), "rights": list(spec["rights"]),
             "name": spec["name"], "employer": spec["employer"], "agent_name": spec["agent"],
             "class": spec["cls"], "note": spec["note"]}
        assert g["kind"] in KINDS and g["class"] in CLASSES and set(g["rights"]) <= RIGHTS, g
        gold.append(g)
        meta.append({"file": spec["_file"], "cte": sorted(stats["cte"]), "cs": sorted(stats["cs"]),
                     "struct": stats["struct"]})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=0)
    import summary
    summary.main()
    print("wrote %d mails" % len(gold))


if __name__ == "__main__":
    main()
