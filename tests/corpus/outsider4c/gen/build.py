#!/usr/bin/env python3
"""Rebuild mail/*.eml and gold.jsonl from the letter modules (stdlib only).

The MIME is written byte by byte here (no email.generator): header folding,
RFC 2047 encoded words, quoted-printable and base64 bodies, multipart
boundaries, message/rfc822 and multipart/report are all produced by the small
functions below, so that every file looks like the output of some real client.
"""
import base64
import datetime
import hashlib
import html as htmlmod
import html.entities
import importlib
import json
import os
import shutil
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import spec  # noqa: E402

MODULES = ["mails_en", "mails_de", "mails_fr", "mails_es", "mails_west",
           "mails_north", "mails_central", "mails_east", "mails_asia"]

DPO = "dpo@massistcrm.com"

TZ = {
    "en": "+0000", "de": "+0100", "fr": "+0100", "es": "+0100", "pt": "-0300",
    "it": "+0100", "nl": "+0100", "pl": "+0100", "cs": "+0100", "sk": "+0100",
    "hu": "+0100", "sl": "+0100", "hr": "+0100", "ro": "+0200", "bg": "+0200",
    "el": "+0200", "fi": "+0200", "et": "+0200", "lv": "+0200", "lt": "+0200",
    "sv": "+0100", "da": "+0100", "no": "+0100", "ga": "+0000", "mt": "+0100",
    "tr": "+0300", "ru": "+0300", "uk": "+0200", "ar": "+0300", "he": "+0200",
    "hi": "+0530", "ja": "+0900", "zh": "+0800", "ko": "+0900", "ca": "+0100",
    "id": "+0700", "sr": "+0100", "vi": "+0700", "is": "+0000",
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]


def h(s, n=8):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def hnum(s, mod):
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest(), 16) % mod


def rfc_date(seed, tz):
    base = datetime.datetime(2024, 1, 3, 7, 0, 0)
    dt = base + datetime.timedelta(minutes=hnum(seed, 60 * 24 * 640), seconds=hnum(seed + "s", 60))
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year, dt.hour,
        dt.minute, dt.second, tz)


# ---------------------------------------------------------------- headers

def qword_bytes(b, header=True):
    out = []
    for c in b:
        ch = chr(c)
        if header and c == 0x20:
            out.append("_")
        elif (ch.isascii() and ch.isalnum()) or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, charset, mode="B", codec=None, limit=75):
    codec = codec or charset

    def enc(s):
        b = s.encode(codec)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii"))
        return "=?%s?Q?%s?=" % (charset, qword_bytes(b))

    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(enc(trial)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(enc(cur))
    return words


def fold_ascii(name, value, width=76):
    """Fold an ASCII header value at spaces."""
    if len(name) + 2 + len(value) <= width:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    first = True
    for w in words:
        room = width - (len(name) + 2 if first else 1)
        cand = (cur + " " + w) if cur else w
        if cur and len(cand) > room:
            lines.append(cur)
            cur = w
            first = False
        else:
            cur = cand
    lines.append(cur)
    return "\r\n ".join(lines)


def unstructured(name, text, hcs="utf-8", mode="B", codec=None, raw8=False):
    if text.isascii():
        return fold_ascii(name, text)
    if raw8:  # some broken clients put raw 8-bit in headers; not used by default
        return text
    return "\r\n ".join(encoded_words(text, hcs, mode, codec))


SPECIALS = set('()<>[]:;@\\,."')


def addr(display, address, hcs="utf-8", mode="B", codec=None, angle=True):
    if not display:
        return ("<%s>" % address) if angle == "always" else address
    if display.isascii():
        if any(c in SPECIALS for c in display):
            esc = display.replace("\\", "\\\\").replace('"', '\\"')
            return '"%s" <%s>' % (esc, address)
        return "%s <%s>" % (display, address)
    return "%s <%s>" % ("\r\n ".join(encoded_words(display, hcs, mode, codec)), address)


# ---------------------------------------------------------------- bodies

def qp_body(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        n = len(line)
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i < n - 1):
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64_body(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + b"\r\n"


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def wrap_text(text, width):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def encode_body(text, charset, cte, codec=None):
    data = crlf(text).encode(codec or charset)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(c < 128 for c in data), "non-ascii in 7bit body"
        assert max(len(x) for x in data.split(b"\r\n")) <= 998, "line too long for %s" % cte
        return data
    if cte == "quoted-printable":
        return qp_body(data[:-2]) + b"\r\n"
    if cte == "base64":
        return b64_body(data)
    raise ValueError(cte)


def entity_html(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def text_to_html(text, style, charset, entities=False, rtl=False, lang="EN-US"):
    def esc(s):
        s = htmlmod.escape(s, quote=False)
        return entity_html(s) if entities else s

    lines = text.split("\n")
    d = ' dir="rtl"' if rtl else ""
    if style == "outlook":
        ps = []
        for ln in lines:
            if not ln.strip():
                ps.append("<p class=MsoNormal%s><o:p>&nbsp;</o:p></p>" % d)
            else:
                ps.append("<p class=MsoNormal%s>%s<o:p></o:p></p>" % (d, esc(ln)))
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n'
            '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n'
            '\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n'
            '\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n' % (charset, lang, "\n".join(ps)))
    if style == "gmail":
        divs = []
        for ln in lines:
            divs.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
        return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", "".join(divs))
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>'
                '%s</body></html>\n' % (charset, d, "".join(
                    "<div>%s</div>" % (esc(ln) if ln.strip() else "<br>") for ln in lines)))
    # simple web client: paragraphs from blank lines, <br> inside
    paras = "\n".join(text.split("\n")).split("\n\n")
    ps = ["<p>%s</p>" % "<br>\n".join(esc(x) for x in p.split("\n")) for p in paras if p.strip()]
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n<meta charset="%s">\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (d, charset, "\n".join(ps)))


# ---------------------------------------------------------------- entities

def serialize(headers, body):
    out = []
    for k, v in headers:
        out.append("%s: %s" % (k, v))
    return ("\r\n".join(out) + "\r\n\r\n").encode("ascii") + body


def ctype_text(sub, charset, extra="", quoted=True):
    cs = ('"%s"' % charset) if quoted else charset
    s = "text/%s; charset=%s" % (sub, cs)
    if extra:
        s += "; " + extra
    return s


def text_entity(text, sub="plain", charset="utf-8", cte="quoted-printable",
                codec=None, extra="", quoted=True, disposition=None):
    hdrs = [("Content-Type", ctype_text(sub, charset, extra, quoted)),
            ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return hdrs, encode_body(text, charset, cte, codec)


def multipart_entity(sub, parts, boundary, params="", preamble=None):
    ct = 'multipart/%s;\r\n\tboundary="%s"' % (sub, boundary)
    if params:
        ct += ";\r\n\t" + params
    body = b""
    if preamble:
        body += crlf(preamble).encode("ascii") + b"\r\n"
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\r\n" + serialize(ph, pb)
        if not pb.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return [("Content-Type", ct)], body


# ---------------------------------------------------------------- messages

def main_body(m, seed):
    """Return (mime headers, body bytes) for the top-level content of m."""
    shape = m.get("shape")
    style_default = "outlook"
    if shape is None:
        # letters that do not name a shape get one the way a mix of real clients would
        shape = "plain"
        if m.get("kind") in ("request", "other") and m.get("cls") != "form" and not m.get("codec"):
            r = hnum(seed + "shape", 100)
            if r < 18:
                shape, style_default = "alt", "gmail"
            elif r < 24:
                shape, style_default = "alt", "apple"
            elif r < 28:
                shape, style_default = "html", "web"
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    codec = m.get("codec")
    text = m["body"]
    if m.get("wrap"):
        text = wrap_text(text, m["wrap"])
    extra = "format=flowed" if m.get("flowed") else m.get("ct_extra", "")
    quoted = m.get("cs_quoted", True)
    style = m.get("html_style", style_default)
    rtl = m.get("rtl", m.get("lang") in ("ar", "he"))
    hl = m.get("content_lang", "en-GB").upper()
    bnd = m.get("boundary") or "----=_Part_%s_%s.%d" % (h(seed, 6), h(seed + "b", 8), hnum(seed, 10 ** 9))

    if shape == "plain":
        return text_entity(text, "plain", charset, cte, codec, extra, quoted)
    if shape == "html":
        src = m.get("html") or text_to_html(text, style, charset, m.get("entities", False), rtl, hl)
        return text_entity(src, "html", charset, m.get("html_cte", cte), codec, "", quoted)
    if shape == "alt":
        src = m.get("html") or text_to_html(text, style, charset, m.get("entities", False), rtl, hl)
        p1 = text_entity(text, "plain", charset, cte, codec, extra, quoted)
        p2 = text_entity(src, "html", charset, m.get("html_cte", cte), codec, "", quoted)
        return multipart_entity("alternative", [p1, p2], bnd)
    if shape == "rfc822":
        inner = render_message(m["inner"], seed + "inner", top=False)
        p1 = text_entity(text, "plain", charset, cte, codec, extra, quoted)
        name = m["inner"].get("filename")
        disp = 'attachment; filename="%s"' % name if name else "inline"
        p2 = ([("Content-Type", "message/rfc822" + ('; name="%s"' % name if name else "")),
               ("Content-Transfer-Encoding", m["inner"].get("outer_cte", "7bit")),
               ("Content-Disposition", disp)], inner)
        return multipart_entity("mixed", [p1, p2], bnd,
                                preamble=m.get("preamble", "This is a multi-part message in MIME format."))
    if shape == "attach":
        # text plus a small text attachment (e.g. a signed form as .txt)
        p1 = text_entity(text, "plain", charset, cte, codec, extra, quoted)
        a = m["attachment"]
        data = crlf(a["text"]).encode(a.get("charset", "utf-8"))
        p2 = ([("Content-Type", '%s; name="%s"' % (a.get("ctype", "text/plain"), a["filename"])),
               ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", 'attachment; filename="%s"' % a["filename"])], b64_body(data))
        return multipart_entity("mixed", [p1, p2], bnd)
    if shape == "dsn":
        return dsn_body(m, seed, bnd)
    raise ValueError(shape)


def dsn_body(m, seed, bnd):
    d = m["dsn"]
    charset = m.get("charset", "us-ascii")
    cte = m.get("cte", "7bit")
    codec = m.get("codec")
    human = text_entity(m["body"], "plain", charset, cte, codec, "", d.get("cs_quoted", False),
                        disposition=d.get("human_disp"))
    if d.get("human_html"):
        hp = text_entity(text_to_html(m["body"], "web", charset), "html", charset,
                         "quoted-printable" if cte != "base64" else "base64", codec)
        human = multipart_entity("alternative", [human, hp], "alt-" + bnd)
    ds_lines = ["Reporting-MTA: dns; %s" % d["mta"]]
    if d.get("queue_id"):
        ds_lines.append("X-Postfix-Queue-ID: %s" % d["queue_id"])
    if d.get("sender"):
        ds_lines.append("X-Postfix-Sender: rfc822; %s" % d["sender"])
    ds_lines.append("Arrival-Date: %s" % d.get("arrival", rfc_date(seed + "arr", "+0000")))
    ds_lines.append("")
    ds_lines.append("Final-Recipient: rfc822; %s" % d["rcpt"])
    if d.get("orig_rcpt"):
        ds_lines.append("Original-Recipient: rfc822;%s" % d["orig_rcpt"])
    ds_lines.append("Action: %s" % d.get("action", "failed"))
    ds_lines.append("Status: %s" % d["status"])
    if d.get("remote_mta"):
        ds_lines.append("Remote-MTA: dns; %s" % d["remote_mta"])
    ds_lines.append("Diagnostic-Code: %s" % d["diag"])
    if d.get("last_attempt"):
        ds_lines.append("Last-Attempt-Date: %s" % d["last_attempt"])
    ds = ([("Content-Type", "message/delivery-status")],
          ("\r\n".join(ds_lines) + "\r\n").encode("ascii"))
    parts = [human, ds]
    o = d.get("orig")
    if o:
        om = dict(o)
        om.setdefault("lang", m["lang"])
        raw = render_message(om, seed + "orig", top=False)
        if d.get("orig_mode", "headers") == "headers":
            hdr = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
            parts.append(([("Content-Type", "text/rfc822-headers")], hdr))
        else:
            parts.append(([("Content-Type", "message/rfc822")], raw))
    return multipart_entity("report", parts, bnd, params="report-type=delivery-status",
                            preamble=d.get("preamble", "This is a MIME-encapsulated message."))


def render_message(m, seed, top=True):
    lang = m.get("lang", "en")
    tz = m.get("tz", TZ.get(lang, "+0000"))
    hcs = m.get("hcs") or (m.get("charset", "utf-8") if m.get("charset", "utf-8") not in ("us-ascii",) else "utf-8")
    hcodec = m.get("hcodec") or m.get("codec")
    # Latin single-byte charsets: about half the clients use Q encoding
    latin = hcs.lower().startswith("iso-8859-") and hcs not in ("iso-8859-5", "iso-8859-7", "iso-8859-8") \
        or hcs.lower() in ("windows-1250", "windows-1252", "windows-1254", "windows-1257")
    mode = m.get("hmode") or ("Q" if latin and hnum(seed + "q", 3) else "B")
    frm_disp, frm_addr = m["frm"]
    headers = []
    pre = m.get("pre_headers", [])
    headers.extend(pre)
    date = m.get("date") or rfc_date(seed, tz)
    dom = frm_addr.split("@")[-1]
    msgid = m.get("msgid") or "<%s.%s@%s>" % (h(seed, 12).upper(), h(seed + "x", 6), m.get("msgid_host", dom))
    to = m.get("to", DPO)
    order = m.get("order", "std")
    fv = addr(frm_disp, frm_addr, hcs, mode, hcodec)
    sv = unstructured("Subject", m["subj"], hcs, mode, hcodec) if m.get("subj") is not None else None
    if isinstance(to, tuple):
        tv = addr(to[0], to[1], hcs, mode, hcodec)
    else:
        tv = to
    core = []
    if order == "outlook":
        core += [("From", fv), ("To", tv)]
        if m.get("cc"):
            core.append(("CC", m["cc"]))
        if sv is not None:
            core.append(("Subject", sv))
        core += [("Thread-Topic", sv or ""), ("Date", date), ("Message-ID", msgid)]
        if m.get("in_reply_to"):
            core += [("References", m["in_reply_to"]), ("In-Reply-To", m["in_reply_to"])]
        core += [("Accept-Language", m.get("accept_lang", "en-GB, en-US")),
                 ("Content-Language", m.get("content_lang", "en-GB"))]
    else:
        core += [("Date", date), ("From", fv), ("To", tv)]
        if m.get("cc"):
            core.append(("Cc", m["cc"]))
        if m.get("in_reply_to"):
            core += [("In-Reply-To", m["in_reply_to"]), ("References", m["in_reply_to"])]
        core.append(("Message-ID", msgid))
        if sv is not None:
            core.append(("Subject", sv))
    if m.get("reply_to"):
        rt = m["reply_to"]
        core.append(("Reply-To", addr(rt[0], rt[1], hcs, mode, hcodec) if isinstance(rt, tuple) else rt))
    headers.extend(core)
    for k, v in m.get("headers", []):
        if v is not None and not v.isascii():
            v = unstructured(k, v, hcs, mode, hcodec)
        headers.append((k, v))
    headers.append(("MIME-Version", "1.0"))
    mh, body = main_body(m, seed)
    headers.extend(mh)
    headers.extend(m.get("post_headers", []))
    return serialize(headers, body)


def gold_row(fn, m):
    return {
        "file": "mail/" + fn,
        "kind": m["kind"],
        "language": m.get("gold_lang", m["lang"]),
        "rights": m["rights"],
        "name": m["name"],
        "employer": m["employer"],
        "agent_name": m["agent"],
        "class": m["cls"],
        "note": m["note"],
    }


def build():
    spec.MAILS.clear()
    for mod in MODULES:
        if mod in sys.modules:
            importlib.reload(sys.modules[mod])
        else:
            importlib.import_module(mod)
    maildir = os.path.join(ROOT, "mail")
    if os.path.isdir(maildir):
        shutil.rmtree(maildir)
    os.makedirs(maildir)
    counters = {}
    rows = []
    failures = []
    for m in spec.MAILS:
        lang = m["lang"]
        counters[lang] = counters.get(lang, 0) + 1
        fn = "%s-%03d.eml" % (lang, counters[lang])
        m["_file"] = fn
        try:
            data = render_message(m, fn, top=True)
        except Exception as e:
            failures.append("%s (%s): %s" % (fn, m["subj"], str(e)[:200]))
            continue
        with open(os.path.join(maildir, fn), "wb") as f:
            f.write(data)
        rows.append(gold_row(fn, m))
    if failures:
        raise SystemExit("\n".join(failures))
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return spec.MAILS, rows


if __name__ == "__main__":
    mails, rows = build()
    import summary
    summary.main()
    print("wrote %d mails, gold.jsonl and SUMMARY.md" % len(rows))
