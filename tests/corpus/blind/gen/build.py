"""Rebuild ../mail/*.eml and ../gold.jsonl from the letter modules d_*.py (stdlib only)."""
import glob
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common  # noqa: E402


def main():
    mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, 'd_*.py')))
    for mname in mods:
        importlib.import_module(mname)
    maildir = os.path.join(ROOT, 'mail')
    shutil.rmtree(maildir, ignore_errors=True)
    os.makedirs(maildir)
    counters = {}
    gold, meta = [], []
    for gi, mail in enumerate(common.MAILS):
        lang = mail['lang']
        counters[lang] = counters.get(lang, 0) + 1
        fname = 'mail/%s-%03d.eml' % (lang, counters[lang])
        data, info = common.render(mail, gi + 1, lang)
        with open(os.path.join(ROOT, fname), 'wb') as f:
            f.write(data)
        glang = mail['kw'].get('glang', lang)
        gold.append({'file': fname, 'kind': mail['kind'], 'language': glang, 'rights': mail['rights'],
                     'name': mail['name'], 'employer': mail['employer'], 'agent_name': mail['agent'],
                     'class': mail['cls'], 'note': mail['note']})
        meta.append({'file': fname, 'charset': info['enc'][0], 'cte': info['enc'][1], 'struct': info['struct']})
    gold.sort(key=lambda g: g['file'])
    meta.sort(key=lambda g: g['file'])
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for g in meta:
            f.write(json.dumps(g) + '\n')
    print('built %d mails in %d languages' % (len(gold), len(counters)))


if __name__ == '__main__':
    main()
