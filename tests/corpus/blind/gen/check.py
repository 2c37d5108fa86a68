"""Parse every mail with the email package and check the gold labels (stdlib only)."""
import email
import email.policy
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {'request', 'auto_reply', 'bounce', 'bulk', 'other'}
RIGHTS = {'access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw_consent',
          'automated_decision', 'opt_out_sale', 'limit_sensitive', 'grievance', 'nomination'}
CLASSES = {'plain_words', 'legal_anchor', 'employer', 'names', 'agent', 'form', 'multi_right', 'negation',
           'footer_rights', 'access_items', 'us_wording', 'not_request'}
LANGS = set('bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv no tr ru uk ar he hi ja zh ko '
            'ca id sr is vi'.split())
KEYS = ['file', 'kind', 'language', 'rights', 'name', 'employer', 'agent_name', 'class', 'note']


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().casefold()


def haystack(msg):
    out = []
    for part in msg.walk():
        for k in ('From', 'To', 'Cc', 'Subject', 'Reply-To', 'Sender'):
            if part[k] is not None:
                out.append(str(part[k]))
        if part.get_content_maintype() == 'text':
            try:
                t = part.get_content()
            except Exception as e:  # noqa
                raw = part.get_payload(decode=True) or b''
                t = raw.decode('utf-8', 'replace')
            if part.get_content_subtype() == 'html':
                out.append(html.unescape(re.sub(r'<[^>]+>', ' ', t)))
            out.append(t)
    return norm('\n'.join(out))


def main():
    fails = 0
    seen = set()
    gold = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8')]
    for g in gold:
        errs = []
        if list(g) != KEYS:
            errs.append('keys %r' % list(g))
        if g['kind'] not in KINDS:
            errs.append('kind')
        if g['class'] not in CLASSES:
            errs.append('class')
        if g['language'] is not None and g['language'] not in LANGS:
            errs.append('language')
        if not set(g['rights']) <= RIGHTS or len(set(g['rights'])) != len(g['rights']):
            errs.append('rights %r' % g['rights'])
        if g['kind'] != 'request' and g['rights']:
            errs.append('non-request with rights')
        if g['kind'] == 'request' and not g['rights']:
            errs.append('request without rights')
        if g['kind'] in ('bounce', 'bulk') and (g['name'] or g['employer']):
            errs.append('bounce/bulk with name')
        if (g['class'] == 'not_request') != (g['kind'] != 'request'):
            errs.append('class/kind mismatch')
        if g['file'] in seen:
            errs.append('dup')
        seen.add(g['file'])
        path = os.path.join(ROOT, g['file'])
        data = open(path, 'rb').read()
        if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
            errs.append('bare LF/CR')
        head = data.split(b'\r\n\r\n', 1)[0]
        if any(b > 127 for b in head):
            errs.append('8-bit header')
        if any(len(l) > 998 for l in data.split(b'\r\n')):
            errs.append('line > 998')
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg.defects:
            errs.append('defects %r' % msg.defects)
        hay = haystack(msg)
        for k in ('name', 'employer', 'agent_name'):
            v = g[k]
            if v is not None and (not isinstance(v, str) or norm(v) not in hay):
                errs.append('%s %r not found' % (k, v))
        if errs:
            fails += 1
            print(g['file'], '; '.join(errs))
    print('%d mails checked, %d failures' % (len(gold), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
