"""Tiny byte-exact .eml writer for the held-out set (stdlib only)."""
import base64, quopri, hashlib, html, datetime, random

MAILS = []
VOCAB = {"access", "rectification", "erasure", "restriction", "portability", "objection",
         "withdraw_consent", "automated_decision", "opt_out_sale", "limit_sensitive",
         "grievance", "nomination"}
KINDS = {"request", "auto_reply", "bounce", "bulk", "other"}
CLASSES = {"legal_anchor", "plain_words", "access_items", "footer_rights", "agent", "employer",
           "names", "form", "not_request", "us_wording", "negation", "multi_right"}
TZ = {"en": "+0000", "de": "+0100", "fr": "+0100", "nl": "+0100", "it": "+0100", "es": "+0100",
      "pt": "+0000", "pl": "+0100", "cs": "+0100", "sk": "+0100", "sl": "+0100", "hr": "+0100",
      "hu": "+0100", "ro": "+0200", "bg": "+0200", "el": "+0200", "fi": "+0200", "et": "+0200",
      "lv": "+0200", "lt": "+0200", "da": "+0100", "sv": "+0100", "no": "+0100", "ga": "+0000",
      "mt": "+0100", "tr": "+0300", "ru": "+0300", "uk": "+0200", "ar": "+0300", "he": "+0200",
      "hi": "+0530", "ja": "+0900", "zh": "+0800", "ko": "+0900"}


def M(lang, kind, rights, name, employer, agent, cls, note, **kw):
    rl = sorted(rights.split()) if isinstance(rights, str) else sorted(rights)
    assert kind in KINDS, kind
    assert cls in CLASSES, cls
    assert all(r in VOCAB for r in rl), rl
    assert (kind == "request") == bool(rl), (lang, note)
    MAILS.append(dict(lang=lang, kind=kind, rights=rl, name=name, employer=employer,
                      agent=agent, cls=cls, note=note, kw=kw))


# ---------------------------------------------------------------- headers
def qenc(b):
    out = []
    for x in b:
        c = chr(x)
        if x == 32:
            out.append("_")
        elif x < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(s, cs, enc="B"):
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    def mk(t):
        b = t.encode(cs)
        p = base64.b64encode(b).decode() if enc == "B" else qenc(b)
        return "=?%s?%s?%s?=" % (cs, enc, p)
    words, cur = [], ""
    for ch in s:
        if cur and len(mk(cur + ch)) > 72:
            words.append(mk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(mk(cur))
    return "\r\n ".join(words)


def isascii(s):
    return all(ord(c) < 128 for c in s)


def hval(s, cs, enc, raw8=False):
    if isascii(s) or raw8:
        return s
    return ew(s, cs, enc)


def addr(pair, cs, enc, raw8=False):
    if isinstance(pair, str):
        return pair
    name, a = pair
    if not name:
        return a
    if isascii(name) or raw8:
        if any(c in name for c in ',.;:()"@[]<>'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, cs, enc), a)


# ---------------------------------------------------------------- bodies
SUBST = {"\u2013": "-", "\u2014": "-", "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u201c": '"',
         "\u201d": '"', "\u2019": "'", "\u2026": "...", "\u2116": "N"}


def fit(text, cs):
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(SUBST[ch])
    return "".join(out)


def encode_text(text, cs):
    text = fit(text.replace("\r\n", "\n"), cs)
    return b"\n".join(line.encode(cs) for line in text.split("\n"))


def payload(b, cte):
    if cte == "base64":
        return base64.encodebytes(b).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(b).replace(b"\n", b"\r\n")
    return b.replace(b"\n", b"\r\n")


def text_part(text, subtype, cs, cte, extra=""):
    b = encode_text(text, cs)
    if cte is None:
        cte = "7bit" if all(x < 128 for x in b) else "8bit"
    h = 'Content-Type: text/%s; charset="%s"\r\nContent-Transfer-Encoding: %s\r\n%s\r\n' % (
        subtype, cs, cte, extra)
    return h.encode() + payload(b, cte)


def to_html(text, lang="en"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    d = ' dir="rtl"' if lang in ("ar", "he") else ""
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body%s style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n') % ("{cs}", d, "\n".join(out))


def multipart(sub, parts, boundary, params=""):
    h = 'Content-Type: multipart/%s;%s\r\n boundary="%s"\r\n\r\n' % (sub, params, boundary)
    b = b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        b += b"\r\n--" + boundary.encode() + b"\r\n" + p
    b += b"\r\n--" + boundary.encode() + b"--\r\n"
    return h.encode() + b


def date_for(seed, lang):
    r = random.Random(seed)
    d = datetime.datetime(2024, 3, 1) + datetime.timedelta(days=r.randint(0, 560),
                                                           minutes=r.randint(0, 1439))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + TZ.get(lang, "+0000"), d


def body_part(kw, lang, seed):
    cs = kw.get("cs", "utf-8")
    cte = kw.get("cte")
    fmt = kw.get("fmt", "plain")
    body = kw.get("body", "")
    if fmt == "plain":
        return text_part(body, "plain", cs, cte)
    if fmt == "html":
        h = kw.get("html") or to_html(body, lang)
        return text_part(h.replace("{cs}", cs), "html", cs, cte)
    if fmt == "alt":
        h = kw.get("html") or to_html(body, lang)
        b = "----=_Alt_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
        return multipart("alternative", [text_part(body, "plain", cs, cte),
                                         text_part(h.replace("{cs}", cs), "html", cs, kw.get("hcte", cte))], b)
    if fmt == "fwd":
        inner = kw["inner"]
        _, od = date_for(seed, lang)
        inner.setdefault("date", (od - datetime.timedelta(days=2, hours=3)).strftime("%a, %d %b %Y %H:%M:%S ") + TZ.get(inner.get("lang", lang), "+0000"))
        ib = build_msg(inner, inner.get("lang", lang), seed + "-inner", top=False)
        b = "----=_Mix_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
        fn = inner.get("fname", "forwarded message.eml")
        p2 = ('Content-Type: message/rfc822; name="%s"\r\nContent-Disposition: attachment; filename="%s"\r\n\r\n'
              % (fn, fn)).encode() + ib
        return multipart("mixed", [text_part(body, "plain", cs, cte), p2], b)
    if fmt == "report":
        rep = kw["report"]
        b = "----=_Rep_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
        import re as _re
        st = _re.sub(r"Arrival-Date: [^\n]*", "Arrival-Date: " + date_for(seed, lang)[0], rep["status"])
        ds = st.strip("\n").replace("\n", "\r\n").encode() + b"\r\n"
        p2 = b"Content-Type: message/delivery-status\r\n\r\n" + ds
        inner = rep["orig"]
        _, od = date_for(seed, lang)
        inner.setdefault("date", (od - datetime.timedelta(minutes=7)).strftime("%a, %d %b %Y %H:%M:%S ") + "+0000")
        ib = build_msg(inner, inner.get("lang", "en"), seed + "-orig", top=False)
        if rep.get("headers_only"):
            ib = ib.split(b"\r\n\r\n", 1)[0] + b"\r\n"
            p3 = b"Content-Type: text/rfc822-headers\r\n\r\n" + ib
        else:
            p3 = b"Content-Type: message/rfc822\r\n\r\n" + ib
        return multipart("report", [text_part(body, "plain", cs, cte), p2, p3], b,
                         params=" report-type=delivery-status;")
    raise ValueError(fmt)


def build_msg(kw, lang, seed, top=True):
    cs = kw.get("cs", "utf-8")
    hcs = kw.get("hcs", cs)
    enc = kw.get("henc", "B")
    raw8 = kw.get("raw8", False)
    date, _ = date_for(seed, lang)
    date = kw.get("date", date)
    frm = kw["frm"]
    dom = frm[1].split("@")[-1] if isinstance(frm, tuple) else "mail.example"
    mid = "<%s.%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:18], random.Random(seed).randint(1000, 99999), dom)
    H = []
    for k, v in kw.get("pre", []):
        H.append((k, v))
    H.append(("From", addr(frm, hcs, enc, raw8)))
    r = random.Random(seed + "hdr")
    dto = r.choice(["dpo@massistcrm.com", "dpo@massistcrm.com", "Data Protection Officer <dpo@massistcrm.com>",
                    "<dpo@massistcrm.com>", '"DPO massistCRM" <dpo@massistcrm.com>', "dpo@massistcrm.com"])
    H.append(("To", addr(kw.get("to", dto), hcs, enc, raw8)))
    if kw.get("cc"):
        H.append(("Cc", addr(kw["cc"], hcs, enc, raw8)))
    if kw.get("reply_to"):
        H.append(("Reply-To", addr(kw["reply_to"], hcs, enc, raw8)))
    H.append(("Subject", hval(kw.get("subj", ""), hcs, enc, raw8)))
    H.append(("Date", date))
    H.append(("Message-ID", kw.get("mid", mid)))
    for k, v in kw.get("hdrs", {}).items():
        H.append((k, v))
    if top and "hdrs" not in kw and "X-Mailer" not in kw:
        ua = r.choice([None, None, ("X-Mailer", "Microsoft Outlook 16.0"), ("X-Mailer", "Apple Mail (2.3774.600.62)"),
                       ("User-Agent", "Mozilla Thunderbird 115.12.1"), ("X-Mailer", "iPhone Mail (21F90)"),
                       ("User-Agent", "Roundcube Webmail/1.6.6"), None])
        if ua:
            H.append(ua)
    H.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\r\n" % (k, v) for k, v in H)
    headb = head.encode("utf-8") if raw8 else head.encode("ascii")
    return headb + body_part(kw, lang, seed)


def write_all(outdir):
    import json, os, collections
    counters = collections.Counter()
    gold = []
    for m in MAILS:
        counters[m["lang"]] += 1
        fn = "mail/%s-%03d.eml" % (m["lang"], counters[m["lang"]])
        m["file"] = fn
        data = build_msg(m["kw"], m["lang"], fn)
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(data)
        gold.append({"file": fn, "kind": m["kind"], "language": m["lang"], "rights": m["rights"],
                     "name": m["name"], "employer": m["employer"], "agent_name": m["agent"],
                     "class": m["cls"], "note": m["note"]})
    with open(os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return gold
