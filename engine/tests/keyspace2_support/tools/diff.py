import socket, random, sys
sys.path.insert(0,'/tmp/ks2/gen')
def conn(port):
    s=socket.create_connection(('127.0.0.1',port)); s.settimeout(5); return (s,s.makefile('rb'))
def send(c,args):
    out=b'*%d\r\n'%len(args)
    for a in args:
        a=a.encode() if isinstance(a,str) else a
        out+=b'$%d\r\n%s\r\n'%(len(a),a)
    c[0].sendall(out)
def rd(c):
    f=c[1]; l=f.readline().rstrip(b'\r\n'); t=l[:1]; r=l[1:]
    if t in (b'*',b'~',b'>'):
        n=int(r)
        if n<0: return None
        return [rd(c) for _ in range(n)]
    if t==b'%':
        n=int(r); return ('map',[(rd(c),rd(c)) for _ in range(n)])
    if t==b'$':
        n=int(r)
        if n<0: return None
        return f.read(n+2)[:-2]
    if t==b'_': return None
    return (t,r)
resp=int(sys.argv[2]) if len(sys.argv)>2 else 2
A=conn(7463); B=conn(7464)
for c in (A,B):
    if resp==3: send(c,['HELLO','3']); rd(c)
    send(c,['FLUSHALL']); rd(c)
rnd=random.Random(int(sys.argv[1]))
keys=['z1','z2','l1','l2','h1','s1','s2']
mem=['a','b','c','d','e','1','2','3','10','-1']
def sc(): return rnd.choice(['0','1','2','-1','1.5','inf','-inf','(1','(2','3','0.1','-0','+inf','(0'])
def lex(): return rnd.choice(['-','+','[a','(b','[c','(e','[1'])
def i(): return str(rnd.randint(-4,6))
gens=[
 lambda:['ZADD',rnd.choice(keys)]+rnd.sample(['NX','XX','GT','LT','CH','INCR'],rnd.randint(0,2))+sum([[sc().strip('('),rnd.choice(mem)] for _ in range(rnd.randint(1,3))],[]),
 lambda:['ZINCRBY',rnd.choice(keys),sc().strip('('),rnd.choice(mem)],
 lambda:['ZREM',rnd.choice(keys),rnd.choice(mem),rnd.choice(mem)],
 lambda:['ZRANGE',rnd.choice(keys),i(),i()]+rnd.choice([[],['WITHSCORES'],['REV'],['REV','WITHSCORES']]),
 lambda:['ZRANGE',rnd.choice(keys),sc(),sc(),'BYSCORE']+rnd.choice([[],['REV'],['LIMIT',i(),i()],['WITHSCORES'],['REV','LIMIT',i(),i(),'WITHSCORES']]),
 lambda:['ZRANGE',rnd.choice(keys),lex(),lex(),'BYLEX']+rnd.choice([[],['REV'],['LIMIT',i(),i()]]),
 lambda:['ZRANGEBYSCORE',rnd.choice(keys),sc(),sc(),'WITHSCORES'],
 lambda:['ZREVRANGEBYSCORE',rnd.choice(keys),sc(),sc(),'LIMIT',i(),i()],
 lambda:['ZRANGEBYLEX',rnd.choice(keys),lex(),lex()],
 lambda:['ZREVRANGEBYLEX',rnd.choice(keys),lex(),lex()],
 lambda:['ZCOUNT',rnd.choice(keys),sc(),sc()],
 lambda:['ZLEXCOUNT',rnd.choice(keys),lex(),lex()],
 lambda:['ZRANK',rnd.choice(keys),rnd.choice(mem)],
 lambda:['ZREVRANK',rnd.choice(keys),rnd.choice(mem)],
 lambda:['ZSCORE',rnd.choice(keys),rnd.choice(mem)],
 lambda:['ZMSCORE',rnd.choice(keys),rnd.choice(mem),rnd.choice(mem)],
 lambda:['ZREMRANGEBYRANK',rnd.choice(keys),i(),i()],
 lambda:['ZREMRANGEBYSCORE',rnd.choice(keys),sc(),sc()],
 lambda:['ZREMRANGEBYLEX',rnd.choice(keys),lex(),lex()],
 lambda:['ZPOPMIN',rnd.choice(keys)]+rnd.choice([[],[i()]]),
 lambda:['ZPOPMAX',rnd.choice(keys)]+rnd.choice([[],[i()]]),
 lambda:['ZMPOP','2','z1','z2',rnd.choice(['MIN','MAX'])]+rnd.choice([[],['COUNT',i()]]),
 lambda:[rnd.choice(['ZUNIONSTORE','ZINTERSTORE','ZDIFFSTORE']),'z2','2','z1',rnd.choice(keys)]+rnd.choice([[],['WEIGHTS','2','-1'],['AGGREGATE',rnd.choice(['MIN','MAX','SUM'])]]),
 lambda:[rnd.choice(['ZUNION','ZINTER','ZDIFF']),'2','z1',rnd.choice(keys),'WITHSCORES'],
 lambda:['ZINTERCARD','2','z1',rnd.choice(keys)],
 lambda:['ZRANGESTORE','z2','z1',i(),i()],
 lambda:['ZCARD',rnd.choice(keys)],
 lambda:['ZSCAN',rnd.choice(keys),'0'],
 lambda:[rnd.choice(['LPUSH','RPUSH','LPUSHX','RPUSHX']),rnd.choice(keys)]+rnd.sample(mem,rnd.randint(1,3)),
 lambda:[rnd.choice(['LPOP','RPOP']),rnd.choice(keys)]+rnd.choice([[],[i()]]),
 lambda:['LRANGE',rnd.choice(keys),i(),i()],
 lambda:['LINDEX',rnd.choice(keys),i()],
 lambda:['LSET',rnd.choice(keys),i(),'v'],
 lambda:['LREM',rnd.choice(keys),i(),rnd.choice(mem)],
 lambda:['LTRIM',rnd.choice(keys),i(),i()],
 lambda:['LINSERT',rnd.choice(keys),rnd.choice(['BEFORE','AFTER']),rnd.choice(mem),'n'],
 lambda:['LPOS',rnd.choice(keys),rnd.choice(mem)]+rnd.choice([[],['RANK',i()],['COUNT',i()],['MAXLEN',i(),'COUNT','0']]),
 lambda:['LMOVE',rnd.choice(keys),rnd.choice(keys),rnd.choice(['LEFT','RIGHT']),rnd.choice(['LEFT','RIGHT'])],
 lambda:['LMPOP','2','l1','l2',rnd.choice(['LEFT','RIGHT']),'COUNT',i()],
 lambda:['HSET',rnd.choice(keys),rnd.choice(mem),rnd.choice(mem)],
 lambda:['HDEL',rnd.choice(keys),rnd.choice(mem)],
 lambda:['HGETALL',rnd.choice(keys)],
 lambda:['HINCRBY',rnd.choice(keys),rnd.choice(mem),i()],
 lambda:['HINCRBYFLOAT',rnd.choice(keys),rnd.choice(mem),sc().strip('(')],
 lambda:['HMGET',rnd.choice(keys),rnd.choice(mem),rnd.choice(mem)],
 lambda:['SADD',rnd.choice(keys)]+rnd.sample(mem,rnd.randint(1,3)),
 lambda:['SREM',rnd.choice(keys),rnd.choice(mem)],
 lambda:['SMEMBERS',rnd.choice(keys)],
 lambda:[rnd.choice(['SINTER','SUNION','SDIFF']),rnd.choice(keys),rnd.choice(keys)],
 lambda:[rnd.choice(['SINTERSTORE','SUNIONSTORE','SDIFFSTORE']),'s2',rnd.choice(keys),rnd.choice(keys)],
 lambda:['SMOVE',rnd.choice(keys),rnd.choice(keys),rnd.choice(mem)],
 lambda:['SINTERCARD','2',rnd.choice(keys),rnd.choice(keys)],
 lambda:['OBJECT','ENCODING',rnd.choice(keys)],
]
def norm(cmd,r):
    if cmd[0] in ('SMEMBERS','SINTER','SUNION','SDIFF') and isinstance(r,list): return sorted(r)
    return r
bad=0
hist=[]
for n in range(int(sys.argv[3]) if len(sys.argv)>3 else 3000):
    cmd=rnd.choice(gens)()
    send(A,cmd); ra=norm(cmd,rd(A))
    send(B,cmd); rb=norm(cmd,rd(B))
    hist.append((cmd,ra,rb))
    if ra!=rb:
        bad+=1
        if bad<=15: print('DIFF',cmd,'\n  redis:',ra,'\n  ours: ',rb)
        if bad==1 and len(sys.argv)>4:
            for h in hist[-40:]:
                if sys.argv[4] in h[0]: print('   H',h)
print('diffs',bad)
