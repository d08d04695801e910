import json, sys, base64

def rs_bytes(b):
    out = 'b"'
    for c in b:
        if c == 0x22: out += '\\"'
        elif c == 0x5c: out += '\\\\'
        elif 32 <= c < 127: out += chr(c)
        else: out += '\\x%02x' % c
    return out + '"'

def arg_bytes(a):
    if isinstance(a, dict) and 'b64' in a: return base64.b64decode(a['b64'])
    if isinstance(a, (int, float)) and not isinstance(a, bool): return str(a).encode()
    return a.encode()

def exp(e):
    if 'status' in e: return 'E::Status(%s.to_vec())' % rs_bytes(e['status'].encode())
    if 'error' in e: return 'E::Err(%s.to_vec())' % rs_bytes(e['error'].encode())
    if 'int' in e: return 'E::Int(%d)' % e['int']
    if 'bulk' in e: return 'E::Bulk(%s.to_vec())' % rs_bytes(e['bulk'].encode())
    if 'bulk_b64' in e: return 'E::Bulk(%s.to_vec())' % rs_bytes(base64.b64decode(e['bulk_b64']))
    if 'nil' in e: return 'E::Nil'
    if 'array' in e: return 'E::Arr(vec![%s])' % ', '.join(exp(x) for x in e['array'])
    if 'set' in e: return 'E::Set(vec![%s])' % ', '.join(exp(x) for x in e['set'])
    if 'map' in e: return 'E::Map(vec![%s])' % ', '.join('(%s, %s)' % (exp(k), exp(v)) for k, v in e['map'])
    if 'double' in e: return 'E::Dbl(%s.to_string())' % json.dumps(e['double'])
    if 'bool' in e: return 'E::Bool(%s)' % ('true' if e['bool'] else 'false')
    raise Exception('unsupported %r' % e)

def gen(cases, fn_prefix):
    out = []
    for c in cases:
        name = c['name'].replace('-', '_').replace('.', '_')
        lines = []
        skip = False
        for cmd in c['commands']:
            if 'args' not in cmd: skip = True; break
            args = [arg_bytes(a) for a in cmd['args']]
            if args[0].upper() in (b'EVAL', b'EVALSHA', b'FCALL'):
                continue
            mode = cmd.get('match', 'exact')
            e = exp(cmd['expect'])
            lines.append('        (vec![%s], %s, %s),' % (', '.join(rs_bytes(a)+'.to_vec()' for a in args), e, json.dumps(mode)))
        if skip or not lines: continue
        out.append('''#[test]
fn %s_%s() {
    run_case(%d, vec![
%s
    ]);
}
''' % (fn_prefix, name, c.get('resp', 2), '\n'.join(lines)))
    return '\n'.join(out)

if __name__ == '__main__':
    prefix = sys.argv[1]
    allc = []
    for f in sys.argv[2:]:
        d = json.load(open(f))
        cases = d['cases'] if isinstance(d, dict) else d
        area = f.split('/')[-1].replace('.json', '').replace('keyspace_', '')
        for c in cases:
            c = dict(c); c['name'] = area + '_' + c['name']; allc.append(c)
    print(gen(allc, prefix))
