"""Hand-rolled MIME writer (stdlib only). Produces CRLF byte strings."""
import base64, quopri, hashlib, html, re

CRLF = b"\r\n"

def _h(seed, n=8):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]

def is_ascii(s):
    try:
        s.encode("ascii"); return True
    except UnicodeEncodeError:
        return False

# ---------------------------------------------------------------- headers
def _qword_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)

def encode_words(text, charset="utf-8", mode="B", maxlen=75):
    """Split text into RFC 2047 encoded words, never splitting a character."""
    words, cur = [], ""
    pre = "=?%s?%s?" % (charset, mode)
    def render(s):
        b = s.encode(charset)
        body = base64.b64encode(b).decode() if mode == "B" else _qword_bytes(b)
        return pre + body + "?="
    for ch in text:
        cand = cur + ch
        if cur and len(render(cand)) > maxlen:
            words.append(render(cur)); cur = ch
        else:
            cur = cand
    if cur:
        words.append(render(cur))
    return words

def fold(name, value):
    """Fold an already-encoded header value at spaces (soft limit 78)."""
    parts = value.split(" ")
    lines, cur = [], name + ":"
    for p in parts:
        if len(cur) + 1 + len(p) > 76 and cur.strip() and cur != name + ":":
            lines.append(cur); cur = " " + p
        else:
            cur = cur + " " + p
    lines.append(cur)
    return "\r\n".join(lines)

def enc_text(text, charset, mode):
    if is_ascii(text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if mode is None:
        mode = "Q" if _latinish(text) else "B"
    if mode == "mixed":
        # encode only the non-ascii runs, as some clients do
        toks = text.split(" ")
        out, buf = [], []
        for t in toks:
            if is_ascii(t):
                if buf:
                    out.extend(encode_words(" ".join(buf), charset, "Q")); buf = []
                out.append(t)
            else:
                buf.append(t)
        if buf:
            out.extend(encode_words(" ".join(buf), charset, "Q"))
        return " ".join(out)
    return " ".join(encode_words(text, charset, mode))

def _latinish(text):
    return sum(1 for c in text if ord(c) > 127) * 3 < len(text)

def addr(display, address, charset="utf-8", mode=None):
    if not display:
        return address
    if is_ascii(display):
        if re.search(r'[(),.:;<>@\[\]"\\]', display):
            d = '"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"'
        else:
            d = display
        return "%s <%s>" % (d, address)
    return "%s <%s>" % (enc_text(display, charset, mode), address)

# ---------------------------------------------------------------- bodies
def to_lines(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text

def body_bytes(text, charset, cte):
    """Return (encoded_body_bytes, cte) with CRLF line ends."""
    text = to_lines(text)
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "7bit":
        if any(b > 127 for b in raw):
            raise ValueError("7bit body is not ascii (%s)" % charset)
        out = raw
    elif cte == "8bit":
        out = raw
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        # quopri leaves raw '\n'; normalise
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out

def default_cte(text, charset):
    raw = to_lines(text).encode(charset)
    if all(b < 128 for b in raw) and b"\x1b" not in raw:
        if any(len(l) > 76 for l in raw.split(b"\n")):
            return "quoted-printable"
        return "7bit"
    if charset.lower() == "iso-2022-jp":
        return "7bit"
    return "quoted-printable"

# ---------------------------------------------------------------- html
def html_from_text(text, style, charset, lang="en"):
    esc = lambda s: html.escape(s, quote=False)
    paras = [p for p in to_lines(text).strip("\n").split("\n\n")]
    if style == "outlook":
        ps = []
        for p in paras:
            for line in p.split("\n"):
                ps.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(line) if line.strip() else "&nbsp;"))
            ps.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
                '--></style></head><body lang=%s link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
                '<div class=WordSection1>\n%s\n</div></body></html>\n') % (charset, lang.upper(), "\n".join(ps))
    if style == "gmail":
        inner = "<br><br>".join("<br>".join(esc(l) for l in p.split("\n")) for p in paras)
        return '<div dir="ltr">%s</div>\n' % inner
    if style == "apple":
        blocks = []
        for p in paras:
            for line in p.split("\n"):
                blocks.append("<div>%s</div>" % (esc(line) or "<br>"))
            blocks.append("<div><br></div>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s</body></html>\n') % (charset, "".join(blocks))
    if style == "web":
        inner = "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" /></head>'
                '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n%s\n</body></html>\n') % (charset, inner)
    # plain-ish
    inner = "\n".join("<p>%s</p>" % "<br>".join(esc(l) for l in p.split("\n")) for p in paras)
    return "<html><body>\n%s\n</body></html>\n" % inner

# ---------------------------------------------------------------- boundaries
def boundary(profile, seed):
    h = hashlib.sha256(seed.encode()).hexdigest()
    if profile == "outlook":
        return "----=_NextPart_000_%s_01DB%s" % (h[:4].upper(), h[4:12].upper())
    if profile == "gmail":
        return "000000000000" + h[:12]
    if profile == "thunderbird":
        return "------------" + "".join(c for c in h.upper() if c.isalnum())[:24]
    if profile == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if profile == "web":
        return "=_" + h[:32]
    if profile == "robot":
        return "b1_" + h[:40]
    if profile == "mta":
        return h[:8].upper() + "." + str(int(h[8:16], 16))
    return "==" + h[:20] + "=="

def part(ctype_line, cte, body, extra=()):
    hdr = ["Content-Type: " + ctype_line]
    if cte:
        hdr.append("Content-Transfer-Encoding: " + cte)
    hdr.extend(extra)
    return ("\r\n".join(hdr)).encode("ascii") + CRLF + CRLF + body

def multipart(subtype, bnd, parts, extra_param="", preamble=None):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        out += b"--" + bnd.encode() + CRLF + p
        if not p.endswith(CRLF):
            out += CRLF
    out += b"--" + bnd.encode() + b"--" + CRLF
    ctype = 'multipart/%s; boundary="%s"%s' % (subtype, bnd, extra_param)
    return ctype, out
