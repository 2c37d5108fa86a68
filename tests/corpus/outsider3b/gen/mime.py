"""Byte-level MIME writer (stdlib only). Every byte of every message is produced here.

No use of email.generator: headers, encoded words, quoted-printable, base64 and
multipart boundaries are all written by hand so the output is exactly what we
intend (CRLF line ends, folding, charset labels).
"""
import base64
import hashlib
import html as htmlmod
import re

CRLF = b"\r\n"

# ----------------------------------------------------------------------------
# encodings


def enc_text(text, charset):
    """Encode text into bytes in a charset; iso-2022-jp is encoded line by line so
    every line returns to ASCII before its CRLF (what real clients do)."""
    cs = charset.lower()
    lines = text.split("\n")
    if cs == "iso-2022-jp":
        out = [ln.encode("iso-2022-jp") for ln in lines]
    else:
        pycs = {"gb2312": "gb2312", "big5": "big5", "euc-kr": "euc_kr",
                "koi8-u": "koi8_u", "koi8-r": "koi8_r", "shift_jis": "shift_jis",
                "iso-8859-8-i": "iso-8859-8", "big5-hkscs": "big5hkscs", "x-mac-cyrillic": "mac_cyrillic"}.get(cs, cs)
        out = [ln.encode(pycs) for ln in lines]
    return CRLF.join(out)


def qp_encode(data):
    """Quoted-printable (RFC 2045) for CRLF-separated bytes."""
    out_lines = []
    for raw in data.split(CRLF):
        toks = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if b == 0x3D or b > 126 or (b < 32 and b != 9) or (last and b in (9, 32)):
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        line = ""
        for t in toks:
            if len(line) + len(t) > 75:
                out_lines.append(line + "=")
                line = ""
            line += t
        out_lines.append(line)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def body_bytes(text, charset, cte):
    raw = enc_text(text, charset)
    cte = cte.lower()
    if cte == "base64":
        return b64_encode(raw)
    if cte == "quoted-printable":
        return qp_encode(raw)
    if cte == "7bit":
        if any(b > 127 for b in raw):
            raise ValueError("7bit body with 8-bit bytes (%s)" % charset)
    for ln in raw.split(CRLF):
        if len(ln) > 998:
            raise ValueError("line too long for %s" % cte)
    return raw


# ----------------------------------------------------------------------------
# headers

HDR_PY = {"iso-2022-jp": "iso-2022-jp", "euc-kr": "euc_kr", "koi8-u": "koi8_u",
          "koi8-r": "koi8_r", "shift_jis": "shift_jis", "iso-8859-8-i": "iso-8859-8",
          "big5-hkscs": "big5hkscs"}


def _ew(chunk, charset, mode):
    raw = chunk.encode(HDR_PY.get(charset.lower(), charset))
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    s = ""
    for b in raw:
        c = chr(b)
        if b == 32:
            s += "_"
        elif c.isalnum() and b < 128:
            s += c
        elif c in "!*+-/" and b < 128:
            s += c
        else:
            s += "=%02X" % b
    return "=?%s?Q?%s?=" % (charset, s)


def encoded_words(text, charset="utf-8", mode="B"):
    """Split text into encoded words of at most 75 characters each.
    Falls back to UTF-8 when the text cannot be written in the given charset."""
    try:
        text.encode(HDR_PY.get(charset.lower(), charset))
    except (UnicodeEncodeError, LookupError):
        charset = "UTF-8"
    words = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(_ew(trial, charset, mode)) > 75 and chunk:
            words.append(_ew(chunk, charset, mode))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_ew(chunk, charset, mode))
    return words


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold(name, value):
    """Fold an unstructured header at spaces to stay under 78 characters."""
    line = name + ": "
    out = []
    for tok in value.split(" "):
        if line.endswith(": "):
            line += tok
        elif len(line) + 1 + len(tok) > 76:
            out.append(line)
            line = " " + tok
        else:
            line += " " + tok
    out.append(line)
    return "\r\n".join(out)


def hdr_text(name, value, charset="utf-8", mode="B"):
    if is_ascii(value):
        return fold(name, value)
    words = encoded_words(value, charset, mode)
    return name + ": " + "\r\n ".join(words)


def hdr_addr(name, display, addr, charset="utf-8", mode="B"):
    if not display:
        return "%s: %s" % (name, addr)
    if is_ascii(display):
        if re.search(r'[(),.:;<>@\[\]"\\]', display):
            d = '"%s"' % display.replace("\\", "\\\\").replace('"', '\\"')
        else:
            d = display
        return fold(name, "%s <%s>" % (d, addr))
    words = encoded_words(display, charset, mode)
    return name + ": " + "\r\n ".join(words) + " <%s>" % addr


# ----------------------------------------------------------------------------
# html renderings of a plain body


def html_from_text(text, style="gmail", charset="utf-8", lang=None, rtl=False):
    paras = text.strip("\n").split("\n\n")
    esc = htmlmod.escape
    d = ' dir="rtl"' if rtl else ""
    if style == "outlook":
        body = []
        for p in paras:
            for ln in p.split("\n"):
                body.append('<p class=MsoNormal%s>%s<o:p></o:p></p>' % (d, esc(ln, quote=False) or "&nbsp;"))
            body.append('<p class=MsoNormal%s><o:p>&nbsp;</o:p></p>' % d)
        return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
                "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
                "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
                "--></style>\n</head>\n<body lang=%s link=\"#0563C1\" vlink=\"#954F72\"%s>\n<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n"
                % (charset, (lang or "EN-US").upper(), d, "\n".join(body)))
    if style == "simple":
        inner = "\n".join("<p>%s</p>" % "<br>\n".join(esc(x, quote=False) for x in p.split("\n")) for p in paras)
        return "<html><head><meta charset=\"%s\"></head><body%s>\n%s\n</body></html>\n" % (charset, d, inner)
    if style == "webmail":
        inner = "\n".join("<div>%s</div><div><br></div>" % "<br>".join(esc(x, quote=False) for x in p.split("\n")) for p in paras)
        return ("<html><head></head><body%s><div style=\"font-family: Arial, Helvetica, sans-serif; font-size: 10pt\">\n%s\n</div></body></html>\n"
                % (d, inner))
    # gmail
    inner = "<br>\n".join("<br>".join(esc(x, quote=False) for x in p.split("\n")) + "<br>" for p in paras)
    return "<div dir=\"%s\">%s</div>\n" % ("rtl" if rtl else "ltr", inner)


# ----------------------------------------------------------------------------
# parts


def text_part(text, subtype, charset, cte, flowed=False, enc_as=None):
    """enc_as: write the bytes in another charset than the label (a mislabelled part)."""
    ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    head = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    return head, body_bytes(text, enc_as or charset, cte)


def boundary(seed, n=0):
    h = hashlib.sha1(("%s/%d" % (seed, n)).encode()).hexdigest()
    return "----=_Part_%s_%s" % (h[:6], h[6:22])


def multipart(subtype, parts, bnd, extra_params="", preamble=None):
    """parts: list of (header_lines, body_bytes)."""
    head = ["Content-Type: multipart/%s;\r\n\tboundary=\"%s\"%s" % (subtype, bnd, extra_params)]
    out = []
    if preamble:
        out.append(preamble.encode("ascii"))
        out.append(b"")
    for h, b in parts:
        out.append(("--" + bnd).encode("ascii"))
        out.append("\r\n".join(h).encode("ascii"))
        out.append(b"")
        out.append(b)
    out.append(("--" + bnd + "--").encode("ascii"))
    out.append(b"")
    return head, CRLF.join(out)


def assemble(headers, ctype_lines, body):
    return ("\r\n".join(headers + ctype_lines) + "\r\n\r\n").encode("ascii") + body + (b"" if body.endswith(CRLF) else CRLF)
