#!/usr/bin/env python3
"""Extracts `EVAL <script> 0` cases without KEYS/ARGV/redis.* from the conformance corpus into
tests/lua/corpus_eval.tsv (name, script hex, expected reply in a compact notation) for the
in-process check in tests/tests/lua_diff.rs. Notation: i:N, b:<hex>, nil, s:<text>, e:<text>
(error text without the 'ERR ' code prefix and without the ' script: ...' suffix), [a,b,...]."""
import json, os, re, sys

root = os.path.dirname(os.path.abspath(__file__))
corpus = os.environ.get('CORPUS', '/work/shared/conformance/corpus')
files = ['lua51_semantics.json', 'sandbox.json', 'eval.json', 'errors.json',
         'libs_cjson_cmsgpack_bit_struct.json']

def note(e):
    if 'int' in e: return 'i:%d' % e['int']
    if 'bulk' in e:
        return 'nil' if e['bulk'] is None else 'b:' + e['bulk'].encode('utf-8', 'surrogateescape').hex()
    if 'nil' in e or e == {} : return 'nil'
    if 'status' in e: return 's:' + e['status']
    if 'error' in e:
        t = e['error']
        t = re.sub(r' script: [^,]*, on @user_script:\d+\.$', '', t)
        return 'e:' + t
    if 'array' in e:
        if e['array'] is None: return 'nil'
        return '[' + ','.join(note(x) for x in e['array']) + ']'
    return None

out = []
for f in files:
    p = os.path.join(corpus, f)
    if not os.path.exists(p): continue
    d = json.load(open(p))
    for c in d['cases']:
        if c.get('resp', 2) != 2: continue
        for i, cmd in enumerate(c['commands']):
            a = cmd.get('args') or []
            if len(a) != 3 or a[0].upper() != 'EVAL' or a[2] != '0': continue
            s = a[1]
            if 'redis.' in s or 'KEYS' in s or 'ARGV' in s: continue
            n = note(cmd.get('expect', {}))
            if n is None: continue
            out.append('%s#%d\t%s\t%s' % (c['name'], i, s.encode('utf-8', 'surrogateescape').hex(), n))
open(os.path.join(root, 'corpus_eval.tsv'), 'w').write('\n'.join(out) + '\n')
print(len(out), 'cases')
