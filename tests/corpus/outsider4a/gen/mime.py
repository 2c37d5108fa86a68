"""Tiny hand-rolled MIME writer (stdlib only).

Everything here produces bytes with CRLF line ends.  The e-mail package is
deliberately *not* used for writing, so that the output is byte-exact and
looks like what real clients emit (folded RFC 2047 words, own boundaries,
own quoted-printable).
"""
import base64
import hashlib
import html

CRLF = b"\r\n"

# ---------------------------------------------------------------- helpers

def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def boundary(seed, n=0, style=0):
    h = hashlib.sha1(("%s/%d" % (seed, n)).encode()).hexdigest()
    styles = [
        "----=_Part_%s_%s.%s" % (int(h[:6], 16), int(h[6:12], 16), int(h[12:20], 16)),
        "000000000000%s" % h[:16],
        "_000_%s_" % h[:24].upper(),
        "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper()),
        "------------%s" % h[:24],
        "=_%s" % h[:20],
    ]
    return styles[style % len(styles)]


# ------------------------------------------------------------- RFC 2047

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(raw):
    out = []
    for b in raw:
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(text, charset, mode="B", first_room=60):
    """Split text into RFC 2047 encoded-words, each <= 75 chars, never
    splitting a character."""
    words = []
    prefix = "=?%s?%s?" % (charset, mode)
    cur = ""
    limit = first_room
    for ch in text:
        cand = cur + ch
        raw = cand.encode(charset)
        enc = base64.b64encode(raw).decode() if mode == "B" else _q_word(raw)
        if len(prefix) + len(enc) + 2 > limit and cur:
            raw0 = cur.encode(charset)
            enc0 = base64.b64encode(raw0).decode() if mode == "B" else _q_word(raw0)
            words.append(prefix + enc0 + "?=")
            cur = ch
            limit = 75
        else:
            cur = cand
    if cur:
        raw0 = cur.encode(charset)
        enc0 = base64.b64encode(raw0).decode() if mode == "B" else _q_word(raw0)
        words.append(prefix + enc0 + "?=")
    return words


def fold_ascii(name, value, width=76):
    """Fold an ASCII unstructured header at spaces."""
    line = name + ": "
    out = []
    for i, w in enumerate(value.split(" ")):
        piece = w if i == 0 else " " + w
        if len(line) + len(piece) > width and line.strip() != name + ":":
            out.append(line)
            line = " " + w
        else:
            line += piece
    out.append(line)
    return "\r\n".join(out)


def header_text(name, value, charset="utf-8", mode="B"):
    """Unstructured header (Subject ...).  Encodes when not ASCII."""
    if _is_ascii(value):
        return fold_ascii(name, value)
    words = encoded_words(value, charset, mode, first_room=76 - len(name) - 2)
    return name + ": " + "\r\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def header_addr(name, display, addr, charset="utf-8", mode="B", quote_always=False):
    if not display:
        return "%s: %s" % (name, addr)
    if _is_ascii(display):
        if quote_always or any(c in _SPECIALS for c in display):
            disp = '"%s"' % display.replace("\\", "\\\\").replace('"', '\\"')
        else:
            disp = display
        line = "%s: %s <%s>" % (name, disp, addr)
        if len(line) > 78:
            return "%s: %s\r\n <%s>" % (name, disp, addr)
        return line
    words = encoded_words(display, charset, mode, first_room=76 - len(name) - 2)
    if len(words) == 1 and len(name) + len(words[0]) + len(addr) + 5 <= 78:
        return "%s: %s <%s>" % (name, words[0], addr)
    return name + ": " + "\r\n ".join(words) + "\r\n <%s>" % addr


# --------------------------------------------------------- body encodings

def to_crlf_bytes(text, charset, errors="strict"):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", "\r\n").encode(charset, errors)


def qp_encode(data):
    out = []
    lines = data.split(CRLF)
    for li, line in enumerate(lines):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append(b"=%02X" % b)
            elif b in (9, 32) and i == n - 1:
                toks.append(b"=%02X" % b)
            elif b == 0x2E and i == 0 and n == 1:
                toks.append(b"=2E")
            else:
                toks.append(bytes([b]))
        cur = b""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + b"=")
                cur = t
            else:
                cur += t
        out.append(cur)
    return CRLF.join(out)


def b64_encode(data):
    return base64.encodebytes(data).replace(b"\n", CRLF)


def encode_body(raw, cte):
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return qp_encode(raw)
    if cte == "base64":
        return b64_encode(raw)
    raise ValueError(cte)


# --------------------------------------------------------------- parts

def part(headers, body):
    """headers: list of ready header lines (str, ASCII); body: bytes"""
    h = CRLF.join(x.encode("ascii") for x in headers)
    if not body.endswith(CRLF):
        body += CRLF
    return h + CRLF + CRLF + body


def text_leaf(subtype, text, charset, cte, errors="strict", extra=None, params="", real=None):
    raw = to_crlf_bytes(text, real or charset, errors)
    return raw_leaf(subtype, raw, charset, cte, extra, params)


def raw_leaf(subtype, raw, label, cte, extra=None, params=""):
    ct = "Content-Type: text/%s; charset=%s%s" % (
        subtype, ('"%s"' % label) if label.startswith("windows") and subtype == "html" else label, params)
    hs = [ct, "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hs += extra
    return part(hs, encode_body(raw, cte))


def multipart(subtype, parts, bnd, preamble=None, params="", extra=None):
    hs = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (subtype, params, bnd)]
    if extra:
        hs += extra
    body = b""
    if preamble:
        body += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + bnd.encode() + CRLF + p
    body += b"--" + bnd.encode() + b"--" + CRLF
    return hs, body


def html_escape(s):
    return html.escape(s, quote=False)


def make_html(text, style, charset, lang="en", rtl=False):
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    d = ' dir="rtl"' if rtl else ""
    if style == "outlook":
        body = []
        for ln in lines:
            if ln.strip():
                body.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, html_escape(ln)))
            else:
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"%s>\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, {"en": "EN-GB", "no": "NB", "ar": "AR-SA", "zh": "ZH-CN", "id": "IN"}.get(lang, lang.upper()),
               d, "\n".join(body))
        )
    if style == "gmail":
        body = []
        for ln in lines:
            body.append("<div%s>%s</div>" % (d, html_escape(ln) if ln.strip() else "<br>"))
        return '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", "".join(body))
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body dir="auto"><div dir="%s">%s</div></body></html>\n'
                % (charset, "rtl" if rtl else "ltr", "<br>\n".join(html_escape(l) for l in lines)))
    if style == "web":
        paras, cur = [], []
        for ln in lines + [""]:
            if ln.strip():
                cur.append(html_escape(ln))
            elif cur:
                paras.append("<p%s>%s</p>" % (d, "<br>\n".join(cur)))
                cur = []
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '  </head>\n  <body%s>\n    %s\n  </body>\n</html>\n' % (charset, d, "\n    ".join(paras)))
    if style == "yahoo":
        body = "".join("<div%s><span>%s</span></div>" % (d, html_escape(l) if l.strip() else "<br>") for l in lines)
        return ('<html><head></head><body><div class="ydp-signature-wrapper" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % body)
    raise ValueError(style)
