"""Tiny hand-written MIME serialiser (stdlib only). Produces CRLF bytes."""
import base64, hashlib, html, datetime, email.utils

CRLF = b"\r\n"
DPO = "dpo@massistcrm.com"

TZ = {"en": 0, "de": 1, "fr": 1, "es": 1, "it": 1, "nl": 1, "pt": 0, "sv": 1, "da": 1, "no": 1, "fi": 2,
      "pl": 1, "cs": 1, "sk": 1, "sl": 1, "hr": 1, "hu": 1, "ro": 2, "bg": 2, "el": 2, "et": 2, "lv": 2,
      "lt": 2, "mt": 1, "ga": 0, "ru": 3, "uk": 2, "tr": 3, "ar": 4, "he": 2, "hi": 5.5, "ja": 9, "zh": 8,
      "ko": 9, "ca": 1, "id": 7, "sr": 1, "vi": 7, "is": 0}


def M(lang, cls, kind, rights, name, emp, agent, note, frm, subj, body, **kw):
    d = dict(lang=lang, cls=cls, kind=kind, rights=list(rights), name=name, emp=emp, agent=agent,
             note=note, frm=frm, subj=subj, body=body)
    d.update(kw)
    return d


def _enc_word(text, cs):
    """RFC 2047 B-encoding, split into words of <= ~75 chars."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(cs))) > 44:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return ["=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words]


def _hcs(text, cs):
    try:
        text.encode(cs)
        return cs
    except (UnicodeEncodeError, LookupError):
        return "utf-8"


def hval(text, cs, qp=False):
    """Header value: ascii stays as is (folded), otherwise encoded words."""
    if all(ord(c) < 128 for c in text):
        return fold(text)
    c = _hcs(text, cs)
    if qp:
        out = []
        for w in _q_words(text, c):
            out.append(w)
        return "\r\n ".join(out)
    return "\r\n ".join(_enc_word(text, c))


def _q_words(text, cs):
    words, cur = [], ""
    def q(s):
        r = ""
        for b in s.encode(cs):
            ch = chr(b)
            if ch == " ":
                r += "_"
            elif 33 <= b <= 126 and ch not in "=?_\"(),.:;<>@[]\\":
                r += ch
            else:
                r += "=%02X" % b
        return r
    for ch in text:
        if len(q(cur + ch)) > 50:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return ["=?%s?Q?%s?=" % (cs, q(w)) for w in words]


def fold(text, width=76):
    if len(text) <= width:
        return text
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\r\n ".join(out)


def addr(disp, a, cs="utf-8", qp=False):
    if not disp:
        return a
    if all(ord(c) < 128 for c in disp):
        if any(c in disp for c in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (disp.replace('"', '\\"'), a)
        return "%s <%s>" % (disp, a)
    return "%s <%s>" % (hval(disp, cs, qp), a)


def qp_encode(data):
    out = []
    for line in data.split(CRLF):
        enc = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                enc.append(chr(b))
            else:
                enc.append("=%02X" % b)
        cur, lines = "", []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                lines.append(cur + "=")
                cur = tok
            else:
                cur += tok
        lines.append(cur)
        out.append("\r\n".join(lines))
    return "\r\n".join(out).encode("ascii")


def b64_encode(data):
    return base64.encodebytes(data).replace(b"\n", CRLF).rstrip(CRLF)


def body_bytes(text, cs, cte):
    t = text.replace("\r\n", "\n").strip("\n") + "\n"
    raw = t.replace("\n", "\r\n").encode(cs, errors="strict")
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return qp_encode(raw.rstrip(CRLF)) + CRLF
    if cte == "base64":
        return b64_encode(raw) + CRLF
    raise ValueError(cte)


def to_html(text, cs, lang, style="outlook"):
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        ps = []
        for p in paras:
            for ln in p.split("\n"):
                ps.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (html.escape(ln, quote=False) or "&nbsp;"))
            ps.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang=%s link="#0563C1" '
                'vlink="#954F72" style=\'word-wrap:break-word\'>\n<div class=WordSection1>\n%s\n</div>\n</body>\n'
                '</html>\n' % (cs, lang.upper(), "\n".join(ps)))
    else:
        ps = ["<div>%s</div>" % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) for p in paras]
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body dir="auto">\n%s\n</body></html>\n' % (cs, "<div><br></div>\n".join(ps)))


def html_bytes(h, cs, cte):
    t = h.encode(cs, errors="xmlcharrefreplace").decode(cs)
    return body_bytes(t, cs, cte)


def boundary(seed, n=0):
    return "----=_Part_%s_%d" % (hashlib.md5(seed.encode()).hexdigest()[:16], n)


def part(ctype, cs, cte, payload, extra=""):
    h = "Content-Type: %s" % ctype
    if cs:
        h += '; charset="%s"' % cs if cs.startswith("windows") or "_" in cs else "; charset=%s" % cs
    h += "\r\nContent-Transfer-Encoding: %s\r\n" % cte
    h += extra
    return h.encode("ascii") + CRLF + payload


def multipart(sub, bnd, parts, extra_params=""):
    out = b""
    for p in parts:
        out += b"--" + bnd.encode() + CRLF + p
        if not p.endswith(CRLF):
            out += CRLF
    out += b"--" + bnd.encode() + b"--" + CRLF
    ctype = 'multipart/%s;%s\r\n\tboundary="%s"' % (sub, extra_params, bnd)
    return ctype, out


def build(spec, idx, seed):
    lang = spec["lang"]
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "8bit" if cs not in ("us-ascii",) else "7bit")
    if cte == "8bit" and all(ord(c) < 128 for c in spec["body"]):
        cte = "7bit"
    if cs == "iso-2022-jp":
        cte = "7bit"
    shape = spec.get("shape", "plain")
    qp_hdr = spec.get("qph", False)
    hdrs = []
    disp, a = spec["frm"]
    tz = datetime.timezone(datetime.timedelta(hours=TZ.get(lang, 0)))
    dt = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        minutes=idx * 317 + (idx * 7919) % 600 + spec.get('shift', 0))
    mid = "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:20], a.split("@")[1])
    if spec.get("received", True):
        hdrs.append("Received: from %s (%s [192.0.2.%d])\r\n\tby mx1.massistcrm.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                    % ("mail." + a.split("@")[1], "mail." + a.split("@")[1], idx % 250 + 1,
                       hashlib.md5(seed.encode()).hexdigest()[:10].upper(), spec.get("to", DPO),
                       email.utils.format_datetime(dt.astimezone(datetime.timezone.utc))))
    hdrs.append("Date: " + email.utils.format_datetime(dt.astimezone(tz)))
    hdrs.append("From: " + addr(disp, a, cs, qp_hdr))
    to = spec.get("to", DPO)
    hdrs.append("To: " + (addr(spec.get("to_name"), to, cs) if spec.get("to_name") else to))
    if spec.get("cc"):
        hdrs.append("Cc: " + spec["cc"])
    if spec.get("reply_to"):
        rt = spec["reply_to"]
        hdrs.append("Reply-To: " + (addr(rt[0], rt[1], cs, qp_hdr) if isinstance(rt, tuple) else rt))
    hdrs.append("Subject: " + hval(spec["subj"], cs, qp_hdr))
    hdrs.append("Message-ID: " + mid)
    if spec.get("irt"):
        hdrs.append("In-Reply-To: <%s>" % spec["irt"])
        hdrs.append("References: <%s>" % spec["irt"])
    for k, v in spec.get("hdrs", {}).items():
        hdrs.append("%s: %s" % (k, v))
    hdrs.append("MIME-Version: 1.0")
    body = spec["body"]
    if shape == "plain":
        payload = body_bytes(body, cs, cte)
        ct = "text/plain; charset=%s" % spec.get("cs_label", cs) + ("; format=flowed" if spec.get("flowed") else "")
        top = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    elif shape == "html":
        h = to_html(body, cs, lang, spec.get("hstyle", "outlook"))
        payload = html_bytes(h, cs, cte)
        top = [("Content-Type", "text/html; charset=\"%s\"" % cs), ("Content-Transfer-Encoding", cte)]
    elif shape == "alt":
        h = to_html(body, cs, lang, spec.get("hstyle", "gmail"))
        hcte = spec.get("hcte", "quoted-printable" if cte in ("7bit", "8bit") else cte)
        p1 = part("text/plain", cs, cte, body_bytes(body, cs, cte))
        p2 = part("text/html", cs, hcte, html_bytes(h, cs, hcte))
        ct, payload = multipart("alternative", boundary(seed), [p1, p2])
        top = [("Content-Type", ct)]
    elif shape == "rfc822":
        inner_spec = spec["inner"]
        inner = build(dict(inner_spec, received=inner_spec.get("received", False), shift=-2900), idx, seed + "inner")
        p1 = part("text/plain", cs, cte, body_bytes(body, cs, cte))
        fn = spec.get("inner_fn", "original.eml")
        p2 = (b"Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"" + fn.encode() +
              b"\"\r\n\r\n" + inner)
        ct, payload = multipart("mixed", boundary(seed), [p1, p2])
        top = [("Content-Type", ct)]
    elif shape == "report":
        r = spec["report"]
        p1 = part("text/plain", cs, cte, body_bytes(body, cs, cte), "Content-Description: Notification\r\n")
        ds = ("Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; %s\r\n"
              "Original-Recipient: rfc822;%s\r\nAction: failed\r\nStatus: %s\r\nRemote-MTA: dns; %s\r\n"
              "Diagnostic-Code: smtp; %s\r\n" % (r["mta"], email.utils.format_datetime(dt - datetime.timedelta(minutes=3)),
                                                 r["rcpt"], r["rcpt"], r["status"], r["remote"], r["diag"]))
        p2 = b"Content-Type: message/delivery-status\r\nContent-Description: Delivery report\r\n\r\n" + ds.encode()
        oh = ("Return-Path: <%s>\r\nMessage-ID: <%s@massistcrm.com>\r\nDate: %s\r\nFrom: Data Protection Officer <%s>\r\n"
              "To: %s\r\nSubject: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
              % (DPO, hashlib.md5(seed.encode()).hexdigest()[:16], email.utils.format_datetime(dt - datetime.timedelta(hours=1)),
                 DPO, r["rcpt"], r.get("osubj", "Re: your request")))
        p3 = b"Content-Type: text/rfc822-headers\r\nContent-Description: Undelivered Message Headers\r\n\r\n" + oh.encode()
        ct, payload = multipart("report", boundary(seed), [p1, p2, p3], " report-type=delivery-status;")
        top = [("Content-Type", ct)]
    else:
        raise ValueError(shape)
    for k, v in top:
        hdrs.append("%s: %s" % (k, v))
    head = "\r\n".join(hdrs).encode("ascii") + CRLF + CRLF
    return head + payload
