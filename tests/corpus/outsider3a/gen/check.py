#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check mail/*.eml against gold.jsonl (stdlib only).

* gold keys and vocabularies; one gold line per mail file and vice versa; per-language numbering from 001
* every mail parses with the email package; CRLF line ends only; lines <= 998 octets; ASCII-only headers
* 7bit parts are ASCII; every declared charset is known and decodes the part
* gold name / employer / agent_name appear in the decoded text or decoded headers (whitespace-normalised)
* label sanity: non-requests have no rights and no agent; requests have at least one right
Exit status 1 on any failure.
"""

import codecs
import collections
import email
import html
import json
import os
import re
import sys
from email import policy
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KEYS = ['file', 'kind', 'language', 'rights', 'name', 'employer', 'agent_name', 'class', 'note']
KINDS = {'request', 'auto_reply', 'bounce', 'bulk', 'other'}
RIGHTS = {'access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw_consent',
          'automated_decision', 'opt_out_sale', 'limit_sensitive', 'grievance', 'nomination'}
CLASSES = {'plain_words', 'legal_anchor', 'employer', 'names', 'agent', 'form', 'multi_right', 'negation',
           'footer_rights', 'access_items', 'us_wording', 'not_request'}
LANGS = {'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'el', 'hu', 'ro', 'ga', 'mt'}

errors = []


def err(f, msg):
    errors.append('%s: %s' % (f, msg))


def dec_header(v):
    try:
        return str(make_header(decode_header(v)))
    except Exception:
        return str(v)


def texts(msg, f):
    """Decoded text of every text part and every header, including nested message/rfc822 parts."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(dec_header(v))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == 'message/delivery-status':
            continue
        if part.get_content_maintype() != 'text':
            continue
        payload = part.get_payload(decode=True) or b''
        cs = part.get_content_charset() or 'us-ascii'
        try:
            codecs.lookup(cs)
        except LookupError:
            err(f, 'unknown charset %s' % cs)
            cs = 'latin-1'
        try:
            s = payload.decode(cs)
        except UnicodeDecodeError:
            err(f, 'part does not decode as its declared charset %s' % cs)
            s = payload.decode(cs, 'replace')
        if ctype == 'text/html':
            s = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', s)
            s = re.sub(r'(?s)<!--.*?-->', ' ', s)
            s = re.sub(r'<[^>]+>', ' ', s)
            s = html.unescape(s)
        if ctype == 'text/rfc822-headers':
            s = '\n'.join(dec_header(x) for x in s.split('\n'))
        out.append(s)
    return out


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def check_raw(f, raw):
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        err(f, 'bare LF or CR')
    for i, ln in enumerate(raw.split(b'\r\n')):
        if len(ln) > 998:
            err(f, 'line %d longer than 998 octets' % (i + 1))
    head = raw.split(b'\r\n\r\n', 1)[0]
    try:
        head.decode('ascii')
    except UnicodeDecodeError:
        err(f, 'non-ASCII outer header')


def check_parts(f, msg):
    for part in msg.walk():
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        if part.is_multipart():
            continue
        raw = part.get_payload(decode=False)
        if isinstance(raw, list):
            continue
        if cte == '7bit':
            if isinstance(raw, str) and any(ord(c) > 127 for c in raw):
                err(f, '7bit part with 8-bit data')


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted('mail/' + x for x in os.listdir(os.path.join(ROOT, 'mail')) if x.endswith('.eml'))
    gfiles = [g.get('file') for g in gold]
    if sorted(gfiles) != files:
        err('gold', 'gold files and mail/ differ: %s' % sorted(set(gfiles) ^ set(files)))
    if len(set(gfiles)) != len(gfiles):
        err('gold', 'duplicate file entries')
    per = collections.defaultdict(list)
    for fn in files:
        m = re.match(r'mail/([a-z]{2})-(\d{3})\.eml$', fn)
        if not m:
            err(fn, 'bad file name')
            continue
        per[m.group(1)].append(int(m.group(2)))
    for lang, nums in per.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            err(lang, 'numbering is not 001..%03d' % len(nums))
    for g in gold:
        f = g.get('file', '?')
        if list(g.keys()) != KEYS:
            err(f, 'keys %s' % list(g.keys()))
            continue
        if g['kind'] not in KINDS:
            err(f, 'kind %r' % g['kind'])
        if g['class'] not in CLASSES:
            err(f, 'class %r' % g['class'])
        if g['language'] is not None and g['language'] not in LANGS:
            err(f, 'language %r' % g['language'])
        if g['language'] is None and g['kind'] != 'bounce':
            err(f, 'language null on a mail with human text')
        if not isinstance(g['rights'], list) or any(r not in RIGHTS for r in g['rights']):
            err(f, 'rights %r' % g['rights'])
        if len(set(g['rights'])) != len(g['rights']):
            err(f, 'duplicate rights')
        for k in ('name', 'employer', 'agent_name'):
            if g[k] is not None and (not isinstance(g[k], str) or not g[k].strip()):
                err(f, '%s must be a non-empty string or null' % k)
        if not isinstance(g['note'], str) or not g['note'].strip() or '\n' in g['note']:
            err(f, 'note must be one non-empty line')
        if g['kind'] == 'request':
            if not g['rights']:
                err(f, 'request without rights')
            if g['class'] == 'not_request':
                err(f, 'not_request class on a request')
        else:
            if g['rights']:
                err(f, 'non-request with rights')
            if g['agent_name']:
                err(f, 'non-request with agent')
            if g['class'] != 'not_request':
                err(f, 'non-request outside class not_request')
            if g['kind'] in ('bounce', 'bulk') and (g['name'] or g['employer']):
                err(f, 'bounce/bulk must have name and employer null')
        if g['name'] and g['agent_name'] and g['name'] == g['agent_name']:
            err(f, 'name equals agent_name')
        p = os.path.join(ROOT, f)
        if not os.path.exists(p):
            continue
        raw = open(p, 'rb').read()
        check_raw(f, raw)
        try:
            msg = email.message_from_bytes(raw, policy=policy.compat32)
        except Exception as e:
            err(f, 'does not parse: %s' % e)
            continue
        if msg.defects:
            err(f, 'parser defects: %s' % msg.defects)
        for part in msg.walk():
            if part.defects:
                err(f, 'part defects: %s' % part.defects)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            if msg[h] is None:
                err(f, 'missing header %s' % h)
        check_parts(f, msg)
        alltext = texts(msg, f)
        if any('\ufffd' in t for t in alltext) and 'mislabel' not in g['note']:
            err(f, 'replacement character in decoded text or headers')
        hay = norm(' '.join(alltext))
        for k in ('name', 'employer', 'agent_name'):
            if g[k] and norm(g[k]) not in hay:
                err(f, '%s %r not found in decoded mail' % (k, g[k]))
    for e in errors:
        print(e)
    print('%d mails, %d gold lines, %d problems' % (len(files), len(gold), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
