"""Byte-exact MIME writer (stdlib only). Every line ends in CRLF."""
import base64
import hashlib
import html as htmlmod

CRLF = b"\r\n"


def _b(s):
    return s.encode("ascii")


# ---------------------------------------------------------------- bodies

def body_bytes(text, charset):
    """Encode text (\n line ends) in charset; raises if a character does not fit."""
    return text.encode(charset)


def enc_7bit(raw):
    for b in raw:
        if b > 127:
            raise ValueError("7bit body has 8-bit byte")
    return _lines(raw)


def enc_8bit(raw):
    return _lines(raw)


def _lines(raw):
    lines = raw.split(b"\n")
    for ln in lines:
        if len(ln) > 990:
            raise ValueError("line too long for 7bit/8bit: %d" % len(ln))
    return CRLF.join(lines)


def enc_qp(raw):
    out_lines = []
    for line in raw.split(b"\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            last = i == n - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                toks.append(bytes([b]))
            else:
                toks.append(b"=%02X" % b)
        cur = b""
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + b"=")
                cur = b""
            cur += t
        out_lines.append(cur)
    return CRLF.join(out_lines)


def enc_b64(raw):
    s = base64.b64encode(raw)
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def encode_body(raw, cte):
    return {"7bit": enc_7bit, "8bit": enc_8bit, "quoted-printable": enc_qp,
            "base64": enc_b64}[cte](raw)


# ---------------------------------------------------------------- headers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset, mode="B"):
    """Split text into RFC 2047 encoded-words of at most 75 chars each.

    charset may be "codec|label" when the label on the wire differs from the Python codec name."""
    if "|" in charset:
        charset, label = charset.split("|")
    else:
        label = charset
    prefix = "=?%s?%s?" % (label, mode)
    words = []
    cur = ""

    def wlen(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            return len(prefix) + 4 * ((len(raw) + 2) // 3) + 2
        n = 0
        for b in raw:
            if (48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122) or b in b"!*+-/" or b == 32:
                n += 1
            else:
                n += 3
        return len(prefix) + n + 2

    for ch in text:
        if cur and wlen(cur + ch) > 75:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            p = []
            for b in raw:
                if b == 32:
                    p.append("_")
                elif (48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122) or b in b"!*+-/":
                    p.append(chr(b))
                else:
                    p.append("=%02X" % b)
            payload = "".join(p)
        res.append(prefix + payload + "?=")
    return res


def hdr_text(text, charset="utf-8", mode="B"):
    """Unstructured header value (Subject)."""
    if is_ascii(text):
        return text
    return "\r\n ".join(encoded_words(text, charset, mode))


def hdr_addr(display, addr, charset="utf-8", mode="B"):
    if not display:
        return addr
    if is_ascii(display):
        if any(c in display for c in ',.;:()<>@[]"\\'):
            d = '"%s"' % display.replace('"', '\\"')
        else:
            d = display
        return "%s <%s>" % (d, addr)
    return "%s <%s>" % (" ".join(encoded_words(display, charset, mode)), addr)


def fold(name, value):
    """Return a header line; value may already contain CRLF+space folds."""
    return ("%s: %s" % (name, value)).encode("ascii") + CRLF


# ---------------------------------------------------------------- html

def text_to_html(text, charset, style="gmail", lang="en", rtl=False):
    paras = text.split("\n")
    esc = [htmlmod.escape(p, quote=False) for p in paras]
    d = ' dir="rtl"' if rtl else ""
    if style == "outlook":
        body = []
        for p in esc:
            if p.strip() == "":
                body.append('<p class=MsoNormal%s><o:p>&nbsp;</o:p></p>' % d)
            else:
                body.append('<p class=MsoNormal%s>%s<o:p></o:p></p>' % (d, p))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Calibri";}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n'
                % (charset, lang.upper(), "\n".join(body)))
    if style == "apple":
        body = []
        for p in esc:
            body.append("<div>%s</div>" % (p if p.strip() else "<br>"))
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>\n%s\n</body></html>\n'
                % (charset, d, "\n".join(body)))
    # gmail / web client
    lines = []
    for p in esc:
        lines.append(p if p.strip() else "")
    inner = "<br>\n".join(lines)
    return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", inner)


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def boundary(seed, n=0):
    h = hashlib.md5(("%s/%d" % (seed, n)).encode("utf-8")).hexdigest()
    return "----=_Part_%s_%s" % (h[:8], h[8:20])
