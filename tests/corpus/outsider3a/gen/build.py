#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild mail/*.eml and gold.jsonl from the hand-written letters in gen/letters/<lang>.txt.

Stdlib only and deterministic: the same letters always give the same bytes.

Letter file format (one block per mail, numbered in file order per language):

    ### free comment
    cls: plain_words            class label
    kind: request               request | auto_reply | bounce | bulk | other
    rights: access, erasure     comma separated, may be empty
    name: ... / employer: ... / agent: ...   empty -> null
    language: xx                optional override (default: the file's language; "none" -> null)
    note: one line
    from: Display Name <addr@x.example>
    subject: ...
    client: outlook|gmail|thunderbird|apple|iphone|android|roundcube|webmail|bat|php|mta|bare
    charset / cte (7bit, 8bit, qp, b64) / shape (plain, html, alt) / html (outlook, gmail, simple)
    h: Extra-Header: value      (repeatable)
    attach: file.pdf            optional attachment
    tz / date / to / cc / reply-to / hmode (whole|words) / henc (B|Q) / wrap (no|NN) / entities (yes)
    ---
    body text
    === inner                   optional: a message/rfc822 part (same meta format, then ---, then body)
    === dsn                     optional for bounces: key: value lines of the delivery-status part
"""

import base64
import hashlib
import html as htmlmod
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LETTERS = os.path.join(HERE, 'letters')
LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'el', 'hu', 'ro',
         'ga', 'mt']
CRLF = '\r\n'

# --------------------------------------------------------------------------------------------- parsing

def parse_meta(lines):
    meta = {'h': []}
    for ln in lines:
        if not ln.strip() or ln.lstrip().startswith('#'):
            continue
        k, sep, v = ln.partition(':')
        if not sep:
            raise ValueError('bad meta line: %r' % ln)
        k = k.strip().lower()
        v = v.strip()
        if k == 'h':
            meta['h'].append(v)
        else:
            if k in meta:
                raise ValueError('duplicate key %r' % k)
            meta[k] = v
    return meta


def split_meta_body(chunk):
    lines = chunk.split('\n')
    try:
        i = lines.index('---')
    except ValueError:
        raise ValueError('no --- separator in block starting %r' % chunk[:80])
    meta = parse_meta(lines[:i])
    body = '\n'.join(lines[i + 1:]).strip('\n') + '\n'
    return meta, body


def parse_file(path):
    raw = open(path, encoding='utf-8').read().replace('\r\n', '\n')
    chunks = re.split(r'^###[^\n]*\n', raw, flags=re.M)
    letters = []
    for ch in chunks[1:]:
        parts = re.split(r'^=== (\w+)[^\n]*\n', ch, flags=re.M)
        meta, body = split_meta_body(parts[0])
        meta['body'] = body
        for name, sub in zip(parts[1::2], parts[2::2]):
            if name == 'inner':
                im, ib = split_meta_body(sub)
                im['body'] = ib
                meta['inner'] = im
            elif name == 'dsn':
                meta['dsn'] = sub.strip('\n')
            else:
                raise ValueError('unknown section %s' % name)
        letters.append(meta)
    return letters

# --------------------------------------------------------------------------------------------- clients

CLIENTS = {
    'outlook': dict(headers=['X-Mailer: Microsoft Outlook 16.0'], shape='alt', cte='qp', html='outlook',
                    ctq=True, outlook=True),
    'gmail': dict(headers=[], shape='alt', cte='qp', html='gmail', ctq=True, charset='UTF-8'),
    'android': dict(headers=[], shape='alt', cte='qp', html='gmail', ctq=True, charset='UTF-8'),
    'thunderbird': dict(headers=['User-Agent: Mozilla Thunderbird'], shape='plain', cte='8bit',
                        flowed=True, charset='UTF-8'),
    'apple': dict(headers=['X-Mailer: Apple Mail (2.3826.500.181.1.5)'], shape='plain', cte='qp',
                  charset='utf-8'),
    'iphone': dict(headers=['X-Mailer: iPhone Mail (22D72)'], shape='plain', cte='qp', charset='utf-8'),
    'roundcube': dict(headers=['User-Agent: Roundcube Webmail/1.6.9'], shape='plain', cte='qp',
                      flowed=True, charset='UTF-8'),
    'webmail': dict(headers=[], shape='html', cte='qp', html='simple', ctq=True, charset='UTF-8'),
    'bat': dict(headers=['X-Mailer: The Bat! (v11.2.1) Professional'], shape='plain', cte='8bit',
                charset='windows-1250'),
    'php': dict(headers=['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
                shape='plain', cte='qp', ctq=False, charset='utf-8'),
    'mta': dict(headers=[], shape='plain', cte='7bit', charset='us-ascii'),
    'bare': dict(headers=[], shape='plain', cte='8bit', charset='utf-8'),
}

# --------------------------------------------------------------------------------------------- encoders

def qp_encode(data):
    out = []
    for line in data.split(b'\r\n'):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9) or (b in (9, 32) and i == n - 1):
                toks.append('=%02X' % b)
            elif b == 0x2E and i == 0:
                toks.append(chr(b))
            else:
                toks.append(chr(b))
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return CRLF.join(out)


def b64_encode(data):
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def encode_body(data, cte):
    """data: bytes with CRLF line ends. Returns (cte header value, encoded str/bytes)."""
    if cte == 'qp':
        return 'quoted-printable', qp_encode(data).encode('ascii')
    if cte == 'b64':
        return 'base64', (b64_encode(data) + CRLF).encode('ascii')
    if cte == '7bit':
        try:
            data.decode('ascii')
        except UnicodeDecodeError:
            raise ValueError('7bit body is not ASCII')
        return '7bit', data
    if cte == '8bit':
        return '8bit', data
    raise ValueError('bad cte %r' % cte)


Q_SAFE = re.compile(r'[A-Za-z0-9!*+\-/]')


def encoded_words(s, charset, mode):
    def enc(t):
        b = t.encode(charset)
        if mode == 'B':
            payload = base64.b64encode(b).decode('ascii')
        else:
            payload = ''
            for ch in t:
                if Q_SAFE.match(ch):
                    payload += ch
                elif ch == ' ':
                    payload += '_'
                else:
                    payload += ''.join('=%02X' % x for x in ch.encode(charset))
        return '=?%s?%s?%s?=' % (charset, mode, payload)
    words, cur = [], ''
    for ch in s:
        if cur and len(enc(cur + ch)) > 72:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def header_tokens(s, charset, mode, hmode):
    """Return a list of tokens for a header value; the caller joins with spaces and folds."""
    if is_ascii(s):
        return s.split(' ')
    if hmode == 'words':
        toks, run = [], []
        for w in s.split(' '):
            if is_ascii(w) and not re.search(r'=\?', w):
                if run:
                    toks.extend(encoded_words(' '.join(run), charset, mode))
                    run = []
                toks.append(w)
            else:
                run.append(w)
        if run:
            toks.extend(encoded_words(' '.join(run), charset, mode))
        return toks
    return encoded_words(s, charset, mode)


def fold(name, tokens):
    line = name + ':'
    lines = []
    for t in tokens:
        if len(line) + 1 + len(t) > 76 and line.strip() and line != name + ':':
            lines.append(line)
            line = ' ' + t
        else:
            line += ' ' + t
    lines.append(line)
    return CRLF.join(lines)


def fmt_header(name, value, charset, mode, hmode):
    return fold(name, header_tokens(value, charset, mode, hmode))


ADDR_RE = re.compile(r'^\s*(.*?)\s*<([^<>]+)>\s*$')


def fmt_address(name, value, charset, mode, hmode):
    out = []
    for one in split_addrs(value):
        m = ADDR_RE.match(one)
        if not m:
            out.append([one.strip()])
            continue
        disp, addr = m.group(1), m.group(2)
        if disp.startswith('"') and disp.endswith('"'):
            disp = disp[1:-1]
        if not disp:
            out.append(['<%s>' % addr])
        elif is_ascii(disp):
            if re.search(r'[(),.:;@\[\]\\"]', disp):
                disp = '"%s"' % disp.replace('\\', '\\\\').replace('"', '\\"')
                out.append([disp, '<%s>' % addr])
            else:
                out.append(disp.split(' ') + ['<%s>' % addr])
        else:
            out.append(header_tokens(disp, charset, mode, hmode) + ['<%s>' % addr])
    toks = []
    for i, o in enumerate(out):
        if i < len(out) - 1:
            o = o[:-1] + [o[-1] + ',']
        toks.extend(o)
    return fold(name, toks)


def split_addrs(v):
    parts, cur, q = [], '', False
    for ch in v:
        if ch == '"':
            q = not q
        if ch == ',' and not q:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts

# --------------------------------------------------------------------------------------------- dates

def last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def nth_sunday(year, month, n):
    d = datetime(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def tz_offset(zone, dt):
    eu_summer = last_sunday(dt.year, 3) <= dt < last_sunday(dt.year, 10)
    us_summer = nth_sunday(dt.year, 3, 2) <= dt < nth_sunday(dt.year, 11, 1)
    return {
        'eu_w': 60 if eu_summer else 0,
        'eu_c': 120 if eu_summer else 60,
        'eu_e': 180 if eu_summer else 120,
        'us_e': -240 if us_summer else -300,
        'us_c': -300 if us_summer else -360,
        'us_p': -420 if us_summer else -480,
        'mx': -360,
        'co': -300,
        'br': -180,
        'in': 330,
        'utc': 0,
    }[zone]


DEFAULT_TZ = {'en': 'eu_w', 'ga': 'eu_w', 'pt': 'eu_w', 'fi': 'eu_e', 'el': 'eu_e', 'ro': 'eu_e'}
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def make_date(seed, zone, fixed=None):
    rnd = random.Random(seed)
    if fixed:
        dt = datetime.strptime(fixed, '%Y-%m-%d %H:%M')
    else:
        dt = datetime(2026, 1, 12) + timedelta(days=rnd.randrange(0, 318))
        dt = dt.replace(hour=rnd.choice([6, 7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21, 22, 23]),
                        minute=rnd.randrange(60), second=rnd.randrange(60))
    off = tz_offset(zone, dt)
    sign = '+' if off >= 0 else '-'
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1],
                                                      dt.year, dt.hour, dt.minute, dt.second, sign,
                                                      abs(off) // 60, abs(off) % 60)
    return s, dt

# --------------------------------------------------------------------------------------------- html

def esc(s, entities):
    s = htmlmod.escape(s, quote=False)
    if entities:
        s = ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in s)
    return s


def html_outlook(text, charset, entities, lang):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
            '<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n') % (charset, lang.upper())
    rows = []
    for ln in text.rstrip('\n').split('\n'):
        if ln.strip() == '':
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln, entities))
    return head + '\n'.join(rows) + '\n</div>\n</body>\n</html>\n'


def html_gmail(text, charset, entities, lang):
    out = ['<div dir="ltr">']
    lines = text.rstrip('\n').split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][1:].lstrip(' ') if lines[i].startswith('> ') or lines[i] == '>' else lines[i][1:])
                i += 1
            inner = html_gmail('\n'.join(q), charset, entities, lang)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            continue
        if ln.strip() == '':
            out.append('<div><br></div>')
        else:
            out.append('<div>%s</div>' % esc(ln, entities))
        i += 1
    out.append('</div>')
    return '\n'.join(out) + '\n'


def html_simple(text, charset, entities, lang):
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    body = '\n'.join('<p>%s</p>' % '<br>\n'.join(esc(l, entities) for l in p.split('\n')) for p in paras)
    return ('<!DOCTYPE html>\n<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '</head>\n<body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">\n%s\n</body></html>\n'
            % (charset, body))


HTML = {'outlook': html_outlook, 'gmail': html_gmail, 'simple': html_simple}

# --------------------------------------------------------------------------------------------- building


def wrap_text(text, width, flowed):
    out = []
    for ln in text.split('\n'):
        if len(ln) <= width or ln.startswith('>') or ln == '-- ':
            out.append(ln)
            continue
        words = ln.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + (' ' if flowed else ''))
                cur = w
            else:
                cur = w if not cur else cur + ' ' + w
        out.append(cur)
    return '\n'.join(out)


def boundary(seed, n):
    h = hashlib.sha1(('%s/%d' % (seed, n)).encode()).hexdigest()
    return h


class Builder:
    def __init__(self, seed):
        self.seed = seed
        self.nb = 0
        self.labelcs = None

    def bnd(self, style):
        self.nb += 1
        h = boundary(self.seed, self.nb)
        if style == 'outlook':
            return '----=_NextPart_000_%s_01DC%s' % (h[:4].upper() + '_' + h[4:12].upper(), h[12:16].upper())
        if style in ('gmail', 'android'):
            return '000000000000' + h[:16]
        if style in ('apple', 'iphone'):
            return 'Apple-Mail=_%s-%s-%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                                  h[16:20].upper(), h[20:32].upper())
        if style == 'thunderbird':
            return '------------' + h[:24]
        return '=_' + h[:28]

    def text_part(self, text, ctype, charset, cte, cl, flowed, wrap):
        if ctype == 'text/plain' and wrap:
            text = wrap_text(text, wrap, flowed)
        data = text.replace('\n', CRLF).encode(charset)
        cte_name, payload = encode_body(data, cte)
        label = self.labelcs or charset
        cs = '"%s"' % label if cl.get('ctq') else label
        ct = '%s; charset=%s' % (ctype, cs)
        if flowed and ctype == 'text/plain':
            ct += '; format=flowed'
        hdrs = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + cte_name]
        return hdrs, payload

    def body_entity(self, m, lang, clname, cl):
        """Return (headers list, payload bytes) for the body (plain / html / alt)."""
        text = m['body']
        self.labelcs = m.get('labelcs')
        charset = m.get('charset') or cl.get('charset') or 'utf-8'
        cte = m.get('cte') or cl.get('cte') or 'qp'
        shape = m.get('shape') or cl.get('shape') or 'plain'
        entities = m.get('entities') == 'yes'
        flowed = cl.get('flowed', False) if m.get('flowed') != 'no' else False
        if m.get('wrap') == 'no':
            wrap = 0
        elif m.get('wrap'):
            wrap = int(m['wrap'])
        elif flowed:
            wrap = 72
        elif cte in ('7bit', '8bit') and shape == 'plain':
            wrap = 76
        else:
            wrap = 0
        hstyle = m.get('html') or cl.get('html') or 'simple'
        if shape == 'plain':
            return self.text_part(text, 'text/plain', charset, cte, cl, flowed, wrap)
        if shape == 'rawhtml':
            return self.text_part(text, 'text/html', charset, cte, cl, False, 0)
        htmltext = HTML[hstyle](text, self.labelcs or charset, entities, m.get('htmllang', lang))
        if shape == 'html':
            return self.text_part(htmltext, 'text/html', charset, cte, cl, False, 0)
        if shape == 'alt':
            b = self.bnd(clname)
            h1, p1 = self.text_part(text, 'text/plain', charset, cte, cl, flowed, wrap)
            h2, p2 = self.text_part(htmltext, 'text/html', charset, cte, cl, False, 0)
            payload = self.multipart(b, [(h1, p1), (h2, p2)])
            return ['Content-Type: multipart/alternative;' + CRLF + '\tboundary="%s"' % b], payload
        raise ValueError('bad shape %r' % shape)

    def multipart(self, b, parts, preamble=None):
        out = b''
        if preamble:
            out += preamble.encode('ascii') + CRLF.encode()
        for hdrs, payload in parts:
            out += ('%s--%s%s' % ('' if not out else CRLF, b, CRLF)).encode('ascii')
            out += (CRLF.join(hdrs) + CRLF + CRLF).encode('ascii')
            out += payload
        out += ('%s--%s--%s' % (CRLF, b, CRLF)).encode('ascii')
        return out

    def message(self, m, lang, fname, inner=False):
        clname = m.get('client', 'bare')
        cl = CLIENTS[clname]
        charset = m.get('charset') or cl.get('charset') or 'utf-8'
        hcs = m.get('hcs') or ('utf-8' if charset.lower() == 'us-ascii' else charset)
        henc = m.get('henc') or ('B' if hcs.lower() in ('utf-8',) and clname not in ('apple', 'iphone') else 'Q')
        hmode = m.get('hmode', 'whole')
        zone = m.get('tz') or DEFAULT_TZ.get(lang, 'eu_c')
        date, dt = make_date(fname + ('/inner' if inner else ''), zone, m.get('date'))
        frm = m['from']
        sender_dom = re.search(r'@([^>\s]+)', frm).group(1)
        hid = hashlib.sha1((fname + str(inner)).encode()).hexdigest()
        if clname == 'outlook':
            mid = '<%s$%s@%s>' % ('0' + hid[:11].upper(), hid[11:23].upper(), sender_dom)
        elif clname in ('gmail', 'android'):
            mid = '<CA%s+%s@mail.gmail.example>' % (hid[:14], hid[14:30])
        elif clname in ('apple', 'iphone'):
            mid = '<%s-%s-%s-%s@%s>' % (hid[:8].upper(), hid[8:12].upper(), hid[12:16].upper(), hid[16:28].upper(),
                                       sender_dom)
        else:
            mid = '<%s.%s@%s>' % (hid[:12], hid[12:20], sender_dom)
        H = []
        order = m.get('order', 'std')
        H.append(fmt_address('From', frm, hcs, henc, hmode))
        H.append(fmt_address('To', m.get('to', 'dpo@massistcrm.com'), hcs, henc, hmode))
        if m.get('cc'):
            H.append(fmt_address('Cc', m['cc'], hcs, henc, hmode))
        if m.get('reply-to'):
            H.append(fmt_address('Reply-To', m['reply-to'], hcs, henc, hmode))
        H.append(fmt_header('Subject', m.get('subject', ''), hcs, henc, hmode))
        H.append('Date: ' + date)
        H.append('Message-ID: ' + mid)
        if m.get('reply') == 'yes':
            rid = '<%s@massistcrm.example>' % hid[20:36]
            H.append('In-Reply-To: ' + rid)
            H.append('References: ' + rid)
        for x in cl['headers']:
            H.append(x)
        if cl.get('outlook'):
            H.append('Thread-Index: AQH%s' % base64.b64encode(bytes.fromhex(hid[:24])).decode()[:20])
            H.append('Content-Language: %s' % m.get('clang', {'en': 'en-GB'}.get(lang, lang + '-' + lang.upper())))
        for x in m['h']:
            H.append(x)
        H.append('MIME-Version: 1.0')
        # body
        if m.get('shape') == 'report':
            hdrs, payload = self.report(m, lang, fname)
        elif 'inner' in m or m.get('attach'):
            b = self.bnd(clname)
            parts = [self.body_entity(m, lang, clname, cl)]
            if 'inner' in m:
                innerbytes = self.message(m['inner'], lang, fname, inner=True)
                try:
                    innerbytes.decode('ascii')
                    icte = '7bit'
                except UnicodeDecodeError:
                    icte = '8bit'
                ih = ['Content-Type: message/rfc822']
                if m.get('innername'):
                    ih[0] += '; name="%s"' % m['innername']
                    ih.append('Content-Disposition: attachment; filename="%s"' % m['innername'])
                else:
                    ih.append('Content-Disposition: inline')
                if icte == '8bit':
                    ih.append('Content-Transfer-Encoding: 8bit')
                parts.append((ih, innerbytes))
            if m.get('attach'):
                fn = m['attach']
                ext = fn.rsplit('.', 1)[-1].lower()
                ct = {'pdf': 'application/pdf', 'jpg': 'image/jpeg', 'png': 'image/png',
                      'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}.get(ext, 'application/octet-stream')
                blob = fake_blob(ext, fname)
                parts.append((['Content-Type: %s; name="%s"' % (ct, fn),
                               'Content-Disposition: attachment; filename="%s"' % fn,
                               'Content-Transfer-Encoding: base64'], b64_encode(blob).encode('ascii')))
            payload = self.multipart(b, parts, preamble='This is a multi-part message in MIME format.'
                                     if clname in ('outlook', 'thunderbird', 'bat') else None)
            hdrs = ['Content-Type: multipart/mixed;' + CRLF + '\tboundary="%s"' % b]
        else:
            hdrs, payload = self.body_entity(m, lang, clname, cl)
        head = CRLF.join(H + hdrs) + CRLF + CRLF
        return head.encode('ascii') + payload

    def report(self, m, lang, fname):
        b = self.bnd('mta')
        cl = CLIENTS['mta']
        charset = m.get('charset') or 'us-ascii'
        cte = m.get('cte') or '7bit'
        h1, p1 = self.text_part(m['body'], 'text/plain', charset, cte, cl, False, 0)
        dsn = m['dsn'].replace('\n', CRLF) + CRLF
        h2 = ['Content-Type: message/delivery-status']
        parts = [(['Content-Description: Notification'] + h1, p1),
                 (['Content-Description: Delivery report'] + h2, dsn.encode('ascii'))]
        innerbytes = self.message(m['inner'], lang, fname, inner=True)
        if m.get('returned') == 'headers':
            hdrpart = innerbytes.split(b'\r\n\r\n', 1)[0] + b'\r\n'
            parts.append((['Content-Description: Undelivered Message Headers',
                           'Content-Type: text/rfc822-headers'], hdrpart))
        else:
            try:
                innerbytes.decode('ascii')
                extra = []
            except UnicodeDecodeError:
                extra = ['Content-Transfer-Encoding: 8bit']
            parts.append((['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'] + extra,
                          innerbytes))
        payload = self.multipart(b, parts, preamble='This is a MIME-encapsulated message.')
        return ['Content-Type: multipart/report; report-type=delivery-status;' + CRLF +
                '\tboundary="%s"' % b], payload


def fake_blob(ext, seed):
    rnd = random.Random(seed + ext)
    noise = bytes(rnd.randrange(256) for _ in range(600))
    if ext == 'pdf':
        return (b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
                b'2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nstream\n' + noise +
                b'\nendstream\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
    if ext == 'jpg':
        return b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + noise + b'\xff\xd9'
    if ext == 'png':
        return b'\x89PNG\r\n\x1a\n' + noise
    return b'PK\x03\x04' + noise


def norm_null(v):
    v = (v or '').strip()
    return None if v in ('', '-', 'null', 'None') else v


def main():
    mails_dir = os.path.join(ROOT, 'mail')
    os.makedirs(mails_dir, exist_ok=True)
    for f in os.listdir(mails_dir):
        if f.endswith('.eml'):
            os.remove(os.path.join(mails_dir, f))
    gold = []
    for lang in LANGS:
        path = os.path.join(LETTERS, lang + '.txt')
        if not os.path.exists(path):
            continue
        for i, m in enumerate(parse_file(path), 1):
            fname = 'mail/%s-%03d.eml' % (lang, i)
            try:
                data = Builder(fname).message(m, lang, fname)
            except Exception as e:
                sys.exit('%s: %s' % (fname, e))
            with open(os.path.join(ROOT, fname), 'wb') as fh:
                fh.write(data)
            language = m.get('language', lang)
            rights = [r.strip() for r in m.get('rights', '').split(',') if r.strip()]
            gold.append({
                'file': fname,
                'kind': m.get('kind', 'request'),
                'language': None if language == 'none' else language,
                'rights': rights,
                'name': norm_null(m.get('name')),
                'employer': norm_null(m.get('employer')),
                'agent_name': norm_null(m.get('agent')),
                'class': m['cls'],
                'note': m.get('note', ''),
            })
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    print('built %d mails' % len(gold))


if __name__ == '__main__':
    main()
