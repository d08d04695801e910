import socket, shlex, json, sys, base64
def conn(resp):
    s = socket.create_connection(('127.0.0.1', 7463)); s.settimeout(3); f = s.makefile('rb')
    c = (s, f)
    if resp == 3: send(c, ['HELLO', '3']); rd(c)
    return c
def send(c, args):
    out = b'*%d\r\n' % len(args)
    for a in args:
        a = a.encode() if isinstance(a, str) else a
        out += b'$%d\r\n%s\r\n' % (len(a), a)
    c[0].sendall(out)
def b(x):
    try: return {'bulk': x.decode()}
    except UnicodeDecodeError: return {'bulk_b64': base64.b64encode(x).decode()}
def rd(c):
    f = c[1]
    l = f.readline().rstrip(b'\r\n'); t = l[:1]; r = l[1:]
    if t in (b'*', b'~', b'>'):
        n = int(r)
        if n < 0: return {'nil': True}
        items = [rd(c) for _ in range(n)]
        return {'array': items} if t == b'*' else ({'set': items} if t == b'~' else {'push': items})
    if t == b'%':
        n = int(r); return {'map': [[rd(c), rd(c)] for _ in range(n)]}
    if t == b'$':
        n = int(r)
        if n < 0: return {'nil': True}
        d = f.read(n + 2)[:-2]; return b(d)
    if t == b',': return {'double': r.decode()}
    if t == b':': return {'int': int(r)}
    if t == b'_': return {'nil': True}
    if t == b'#': return {'bool': r == b't'}
    if t == b'+': return {'status': r.decode()}
    if t == b'-': return {'error': r.decode()}
    raise Exception(l)
cases = []
cur = None
for line in open(sys.argv[1]):
    line = line.rstrip('\n')
    if not line.strip(): continue
    if line.startswith('#'):
        parts = line[1:].split()
        cur = {'name': parts[0], 'resp': int(parts[1]) if len(parts) > 1 else 2, 'commands': []}
        cases.append(cur); continue
    mode = 'exact'
    if line.startswith('~'): mode = 'unordered'; line = line[1:]
    elif line.startswith('%'): mode = 'unordered-pairs'; line = line[1:]
    elif line.startswith('@'): mode = 'deep-unordered'; line = line[1:]
    cur['commands'].append({'args': shlex.split(line), 'match': mode})
for c in cases:
    k = conn(2); send(k, ['FLUSHALL']); rd(k)
    k = conn(c['resp'])
    for cmd in c['commands']:
        send(k, cmd['args'])
        try: cmd['expect'] = rd(k)
        except Exception as ex: print('BLOCKED', c['name'], cmd['args']); raise
json.dump({'cases': cases}, open(sys.argv[2], 'w'), indent=1)
print(len(cases), 'cases', sum(len(c['commands']) for c in cases), 'commands')
