"""Shared helpers: letter registry and a hand-written, byte-exact MIME writer (stdlib only)."""
import base64
import datetime
import hashlib
import html as _html
import quopri

MAILS = []
DPO = ('', 'dpo@massistcrm.com')

# legacy charsets that real clients in each language still send
LEGACY = {
    'en': ['us-ascii', 'iso-8859-1', 'windows-1252'], 'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'es': ['iso-8859-1', 'windows-1252', 'iso-8859-15'],
    'pt': ['iso-8859-1', 'windows-1252'], 'it': ['iso-8859-1', 'iso-8859-15'], 'nl': ['iso-8859-1', 'windows-1252'],
    'sv': ['iso-8859-1', 'iso-8859-15'], 'da': ['iso-8859-1', 'windows-1252'], 'no': ['iso-8859-1', 'iso-8859-15'],
    'fi': ['iso-8859-15', 'iso-8859-1'], 'et': ['iso-8859-15', 'iso-8859-13', 'windows-1257'],
    'lv': ['iso-8859-13', 'windows-1257'], 'lt': ['windows-1257', 'iso-8859-13'],
    'pl': ['iso-8859-2', 'windows-1250'], 'cs': ['iso-8859-2', 'windows-1250'], 'sk': ['windows-1250', 'iso-8859-2'],
    'hu': ['iso-8859-2', 'windows-1250'], 'sl': ['windows-1250', 'iso-8859-2'], 'hr': ['windows-1250', 'iso-8859-2'],
    'ro': ['iso-8859-16', 'windows-1250'], 'el': ['iso-8859-7', 'windows-1253'], 'tr': ['iso-8859-9', 'windows-1254'],
    'ru': ['koi8-r', 'windows-1251'], 'uk': ['koi8-u', 'windows-1251'], 'bg': ['windows-1251'],
    'sr': ['windows-1251'], 'he': ['windows-1255', 'iso-8859-8'], 'ar': ['windows-1256', 'iso-8859-6'],
    'ja': ['iso-2022-jp', 'shift_jis'], 'ko': ['euc-kr'], 'ga': ['iso-8859-1', 'iso-8859-15'],
    'mt': ['iso-8859-3'], 'ca': ['iso-8859-1', 'iso-8859-15'], 'is': ['iso-8859-1'], 'id': ['us-ascii'],
    'hi': [], 'zh': [],
}


def m(lang, cls, kind, rights, name, employer, agent, note, frm, subj, body, **kw):
    """Register one letter. rights: space separated string. frm: (display, addr) or addr."""
    MAILS.append(dict(lang=lang, cls=cls, kind=kind,
                      rights=rights.split() if isinstance(rights, str) else list(rights),
                      name=name, employer=employer, agent=agent, note=note,
                      frm=frm, subj=subj, body=body, kw=kw))


# ---------------------------------------------------------------- header encoding
def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _qword(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() and c < 128 or ch in '!*+-/':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def enc_words(text, cs, mode='B', first_len=0):
    """Encode text as RFC 2047 words, each <= 75 chars, chunks split at character boundaries."""
    pycs = cs
    words = []
    cur = ''

    def mk(t):
        b = t.encode(pycs)
        if mode == 'B':
            return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode())
        return '=?%s?Q?%s?=' % (cs, _qword(b))

    for ch in text:
        trial = cur + ch
        if len(mk(trial)) > 75 and cur:
            words.append(mk(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(mk(cur))
    return '\r\n '.join(words)


def hdr_text(text, cs, mode):
    if _is_ascii(text):
        return fold(text)
    hcs = cs if cs not in ('us-ascii',) else 'utf-8'
    try:
        text.encode(hcs)
    except (UnicodeEncodeError, LookupError):
        hcs = 'utf-8'
    if hcs.lower() in ('iso-2022-jp', 'shift_jis', 'euc-kr', 'gb2312', 'gbk', 'big5', 'utf-8') and mode == 'Q' \
            and hcs.lower() != 'utf-8':
        mode = 'B'
    return enc_words(text, hcs, mode)


def fold(text, limit=76):
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\r\n '.join(lines)


def addr(a, cs, mode):
    if isinstance(a, str):
        return a
    disp, ad = a
    if not disp:
        return ad
    if _is_ascii(disp):
        if any(c in disp for c in ',.;:@()[]"\'<>'):
            return '"%s" <%s>' % (disp.replace('"', '\\"'), ad)
        return '%s <%s>' % (disp, ad)
    return '%s <%s>' % (hdr_text(disp, cs, mode), ad)


# ---------------------------------------------------------------- body encoding
def encode_body(text, cs, cte):
    """Return (declared charset, cte, body bytes with CRLF)."""
    declared = cs
    actual = cs
    if cs.startswith('mis:'):
        _, declared, actual = cs.split(':')
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    try:
        raw = text.encode(actual)
    except UnicodeEncodeError:
        alt = {'iso-8859-1': 'windows-1252', 'iso-8859-15': 'windows-1252', 'iso-8859-2': 'windows-1250',
               'iso-8859-13': 'windows-1257', 'iso-8859-9': 'windows-1254', 'iso-8859-7': 'windows-1253'}.get(actual)
        try:
            raw = text.encode(alt or 'x')
            declared = actual = alt
        except (UnicodeEncodeError, LookupError):
            print('  ! charset %s cannot hold text, falling back to utf-8' % actual)
            declared = actual = 'utf-8'
            raw = text.encode('utf-8')
    is7 = all(b < 128 for b in raw) and all(len(l) < 990 for l in raw.split(b'\n'))
    if actual.lower() == 'iso-2022-jp':
        cte = '7bit'
    if cte == '7bit' and not is7:
        cte = 'quoted-printable'
    if cte == '8bit' and is7:
        cte = '7bit'
    if cte in ('7bit', '8bit'):
        if any(len(l) > 990 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        out = raw.replace(b'\n', b'\r\n')
    elif cte == 'quoted-printable':
        out = quopri.encodestring(raw).replace(b'\n', b'\r\n')
    elif cte == 'base64':
        out = base64.encodebytes(raw.replace(b'\n', b'\r\n')).replace(b'\n', b'\r\n')
    else:
        raise ValueError(cte)
    if not out.endswith(b'\r\n'):
        out += b'\r\n'
    return declared, cte, out


def part(ctype, text, cs, cte, extra=()):
    declared, cte, body = encode_body(text, cs, cte)
    h = ['Content-Type: %s; charset="%s"' % (ctype, declared), 'Content-Transfer-Encoding: %s' % cte]
    h += list(extra)
    return ('\r\n'.join(h) + '\r\n\r\n').encode('ascii') + body, (declared, cte)


# ---------------------------------------------------------------- html
def to_html(text, style, cs, rtl=False, lang=''):
    esc = lambda s: _html.escape(s, quote=False)
    paras = text.strip('\n').split('\n\n')
    d = ' dir="rtl"' if rtl else ''
    if style == 'outlook':
        ps = []
        for p in paras:
            for line in p.split('\n'):
                ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) or '&nbsp;'))
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n<div class="WordSection1">\n%s\n</div>\n'
                '</body>\n</html>\n') % (cs, (lang or 'EN').upper(), d, '\n'.join(ps))
    if style == 'gmail':
        ps = []
        for p in paras:
            ps.append('<div>%s</div><div><br></div>' % '<br>\n'.join(esc(l) for l in p.split('\n')))
        return '<div dir="%s">%s</div>\n' % ('rtl' if rtl else 'ltr', '\n'.join(ps))
    if style == 'apple':
        ps = ['<div>%s</div>' % '<br>'.join(esc(l) for l in p.split('\n')) for p in paras]
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body%s style="word-wrap: break-word; -webkit-nbsp-mode: space;">\n%s\n</body></html>\n') % (
                    cs, d, '<div><br></div>\n'.join(ps))
    ps = ['<p>%s</p>' % '<br />\n'.join(esc(l) for l in p.split('\n')) for p in paras]
    return ('<!DOCTYPE html>\n<html%s><head><meta charset="%s"></head>\n<body%s>\n%s\n</body>\n</html>\n') % (
        ' lang="%s"' % lang if lang else '', cs, d, '\n'.join(ps))


# ---------------------------------------------------------------- whole message
TZS = ['+0100', '+0200', '+0000', '-0500', '+0530', '+0900', '-0300', '+0300', '+0800', '-0600', '+0200', '+0100']


def mkdate(i):
    base = datetime.datetime(2026, 2, 2, 7, 13, 0)
    d = base + datetime.timedelta(hours=i * 5 + (i * 37) % 11, minutes=(i * 17) % 60, seconds=(i * 29) % 60)
    tz = TZS[i % len(TZS)]
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + tz


def boundary(i, n):
    return '----=_Part_%d_%s' % (n, hashlib.md5(('%d-%d' % (i, n)).encode()).hexdigest()[:20])


def headers_block(h):
    return ('\r\n'.join('%s: %s' % kv for kv in h) + '\r\n').encode('ascii')


def render(mail, i, lang):
    kw = mail['kw']
    info = {}
    mode = kw.get('hmode', 'B' if i % 3 else 'Q')
    cs = kw.get('cs')
    if cs is None:
        leg = LEGACY.get(lang, [])
        if leg and i % 3 == 1:
            cs = leg[(i // 3) % len(leg)]
        else:
            cs = 'utf-8'
    hcs = cs.split(':')[2] if cs.startswith('mis:') else cs
    cte = kw.get('cte') or ['quoted-printable', '8bit', 'base64', 'quoted-printable'][i % 4]
    shape = kw.get('shape') or ['plain', 'plain', 'alt', 'plain', 'html', 'alt'][i % 6]
    style = kw.get('style') or ['outlook', 'gmail', 'apple', 'web'][i % 4]
    rtl = lang in ('ar', 'he')
    frm = mail['frm']
    dom = (frm if isinstance(frm, str) else frm[1]).split('@')[-1].strip('>')
    h = [('From', addr(frm, hcs, mode)),
         ('To', addr(kw.get('to', 'dpo@massistcrm.com'), hcs, mode))]
    if kw.get('cc'):
        h.append(('Cc', addr(kw['cc'], hcs, mode)))
    h.append(('Subject', hdr_text(mail['subj'], hcs, mode)))
    h.append(('Date', kw.get('date', mkdate(i))))
    h.append(('Message-ID', '<%s@%s>' % (hashlib.sha1(('%s%d' % (lang, i)).encode()).hexdigest()[:24], dom)))
    if kw.get('reply'):
        ref = '<%s@massistcrm.com>' % hashlib.md5(('r%d' % i).encode()).hexdigest()[:18]
        h += [('In-Reply-To', ref), ('References', ref)]
    for k, v in kw.get('hdr', []):
        if k in ('Reply-To', 'Sender'):
            v = addr(v, hcs, mode)
        elif not _is_ascii(v):
            v = hdr_text(v, hcs, mode)
        h.append((k, v))
    h.append(('MIME-Version', '1.0'))
    body = mail['body']
    if shape == 'plain':
        p, info['enc'] = part('text/plain', body, cs, cte, kw.get('pextra', ()))
        struct = 'text/plain'
        out = headers_block(h) + p
    elif shape == 'html':
        ht = kw.get('html') or to_html(body, style, hcs.split(':')[-1], rtl, lang)
        p, info['enc'] = part('text/html', ht, cs, cte)
        struct = 'text/html'
        out = headers_block(h) + p
    elif shape == 'alt':
        ht = kw.get('html') or to_html(body, style, hcs, rtl, lang)
        b = boundary(i, 1)
        p1, info['enc'] = part('text/plain', body, cs, cte)
        p2, _ = part('text/html', ht, cs, cte)
        h.append(('Content-Type', 'multipart/alternative;\r\n boundary="%s"' % b))
        out = headers_block(h) + b'\r\n' + ('--%s\r\n' % b).encode() + p1 + ('\r\n--%s\r\n' % b).encode() + p2 + \
            ('\r\n--%s--\r\n' % b).encode()
        struct = 'multipart/alternative'
    elif shape in ('rfc822', 'mixed'):
        b = boundary(i, 2)
        p1, info['enc'] = part('text/plain', body, cs, cte)
        parts = [p1]
        if shape == 'rfc822':
            inn = kw['inner']
            inner_mail = dict(frm=inn['frm'], subj=inn['subj'], body=inn['body'],
                              kw=dict(cs=inn.get('cs', 'utf-8'), cte=inn.get('cte', 'quoted-printable'),
                                      shape=inn.get('shape', 'plain'), to=inn.get('to', 'dpo@massistcrm.com'),
                                      date=inn.get('date', mkdate(max(i - 1, 0))), style='gmail'))
            ib, _ = render(inner_mail, i + 5000, lang)
            parts.append(b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="%s"\r\n\r\n'
                         % inn.get('fname', 'original.eml').encode() + ib)
            struct = 'multipart/mixed+message/rfc822'
        else:
            struct = 'multipart/mixed+attachment'
        for fname, ctype, data in kw.get('att', []):
            enc = base64.encodebytes(data).replace(b'\n', b'\r\n')
            parts.append(('Content-Type: %s; name="%s"\r\nContent-Disposition: attachment; filename="%s"\r\n'
                          'Content-Transfer-Encoding: base64\r\n\r\n' % (ctype, fname, fname)).encode() + enc)
        h.append(('Content-Type', 'multipart/mixed;\r\n boundary="%s"' % b))
        out = headers_block(h) + b'\r\nThis is a multi-part message in MIME format.\r\n'
        for p in parts:
            out += ('\r\n--%s\r\n' % b).encode() + p
        out += ('\r\n--%s--\r\n' % b).encode()
    elif shape == 'dsn':
        d = kw['dsn']
        b = boundary(i, 3)
        p1, info['enc'] = part('text/plain', body, cs, cte, ['Content-Description: Notification'])
        status = ('Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; %s\r\n'
                  'Action: failed\r\nStatus: %s\r\nDiagnostic-Code: smtp; %s\r\n') % (
            d['mta'], mkdate(i), d['rcpt'], d.get('status', '5.1.1'), d['diag'])
        p2 = b'Content-Type: message/delivery-status\r\nContent-Description: Delivery report\r\n\r\n' + \
            status.encode('ascii')
        orig = ('From: Innthink Technologies DPO <dpo@massistcrm.com>\r\nTo: %s\r\nSubject: %s\r\n'
                'Date: %s\r\nMessage-ID: <%s@massistcrm.com>\r\nMIME-Version: 1.0\r\n'
                'Content-Type: text/plain; charset="us-ascii"\r\n') % (
            d['rcpt'], d.get('osubj', 'Your data protection request'), mkdate(i - 1),
            hashlib.md5(('o%d' % i).encode()).hexdigest()[:20])
        if d.get('full'):
            p3 = b'Content-Type: message/rfc822\r\n\r\n' + orig.encode() + b'\r\n' + \
                d['full'].replace('\n', '\r\n').encode('ascii') + b'\r\n'
        else:
            p3 = b'Content-Type: text/rfc822-headers\r\n\r\n' + orig.encode()
        h.append(('Content-Type', 'multipart/report; report-type=delivery-status;\r\n boundary="%s"' % b))
        out = headers_block(h) + b'\r\nThis is a MIME-encapsulated message.\r\n'
        for p in (p1, p2, p3):
            out += ('\r\n--%s\r\n' % b).encode() + p
        out += ('\r\n--%s--\r\n' % b).encode()
        struct = 'multipart/report'
    else:
        raise ValueError(shape)
    info['struct'] = struct
    return out, info
