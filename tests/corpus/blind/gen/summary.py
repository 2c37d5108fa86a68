"""Write ../SUMMARY.md with counts (stdlib only)."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def table(title, counter):
    rows = ['## %s' % title, '', '| value | mails |', '|---|---|']
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        rows.append('| %s | %d |' % (k, v))
    return '\n'.join(rows) + '\n'


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8')]
    meta = {m['file']: m for m in (json.loads(l) for l in open(os.path.join(HERE, 'meta.jsonl')))}
    C = collections.Counter
    out = ['# Summary of the blind2 set', '', 'Total mails: %d' % len(gold), '']
    out.append(table('Language', C(g['language'] for g in gold)))
    out.append(table('Class', C(g['class'] for g in gold)))
    out.append(table('Kind', C(g['kind'] for g in gold)))
    out.append(table('Right (mails naming it)', C(r for g in gold for r in g['rights'])))
    out.append(table('Number of rights per mail', C(len(g['rights']) for g in gold)))
    out.append(table('With agent_name', C(g['agent_name'] is not None for g in gold)))
    out.append(table('With employer', C(g['employer'] is not None for g in gold)))
    out.append(table('Charset of first text part', C(meta[g['file']]['charset'].lower() for g in gold)))
    out.append(table('Transfer encoding of first text part', C(meta[g['file']]['cte'] for g in gold)))
    out.append(table('MIME structure', C(meta[g['file']]['struct'] for g in gold)))
    lc = collections.defaultdict(C)
    for g in gold:
        lc[g['language']][g['class']] += 1
    out.append('## Classes per language\n')
    for l in sorted(lc, key=str):
        out.append('- %s: %s' % (l, ', '.join('%s %d' % kv for kv in sorted(lc[l].items()))))
    open(os.path.join(ROOT, 'SUMMARY.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('SUMMARY.md written')


if __name__ == '__main__':
    main()
