#!/usr/bin/env python3
"""Editing helper used while writing the letters (not needed to build):
python3 gen/setmeta.py <lang> <n> key=value [key=value ...]   sets/replaces meta keys of letter n."""
import re
import sys

lang, n = sys.argv[1], int(sys.argv[2])
p = 'gen/letters/%s.txt' % lang
s = open(p, encoding='utf-8').read()
parts = re.split(r'(?m)^(?=###)', s)
head, blocks = parts[0], parts[1:]
b = blocks[n - 1]
meta, sep, rest = b.partition('\n---\n')
for kv in sys.argv[3:]:
    k, v = kv.split('=', 1)
    meta = re.sub(r'(?m)^%s:.*(\n|$)' % re.escape(k), '', meta).rstrip('\n')
    meta += '\n%s: %s' % (k, v)
blocks[n - 1] = meta + sep + rest
open(p, 'w', encoding='utf-8').write(head + ''.join(blocks))
