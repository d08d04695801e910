import json, subprocess, sys
def cli(*a):
    return subprocess.run(['redis-cli','-p','7463','--json',*a],capture_output=True,text=True).stdout
FLAGS={'write':'WRITE','readonly':'READONLY','denyoom':'DENYOOM','admin':'ADMIN','pubsub':'PUBSUB','noscript':'NOSCRIPT','blocking':'BLOCKING','loading':'LOADING','stale':'STALE','skip_monitor':'SKIP_MONITOR','skip_slowlog':'SKIP_SLOWLOG','fast':'FAST','no_auth':'NO_AUTH','may_replicate':'MAY_REPLICATE','no_multi':'NO_MULTI','allow_busy':'ALLOW_BUSY','no_mandatory_keys':'NO_MANDATORY_KEYS','movablekeys':'MOVABLEKEYS','no_async_loading':'NO_ASYNC_LOADING'}
def fmt_arg(a):
    t=a['type']; fl=a.get('flags',[])
    if t=='pure-token': s=a['token']
    elif t=='oneof': s='|'.join(fmt_arg(x) for x in a['arguments']); s=(a['token']+' '+s) if 'token' in a else s
    elif t=='block': s=' '.join(fmt_arg(x) for x in a['arguments']); s=(a['token']+' '+s) if 'token' in a else s
    else:
        s=a.get('display',a['name']) if t!='key' else a['name']
        if 'token' in a: s=a['token']+' '+s
    if 'multiple' in fl:
        if 'multiple_token' in fl and 'token' in a:
            s = s+' ['+s+' ...]'
        else:
            s = s+' ['+(s.split(' ',1)[1] if ('token' in a and 'multiple_token' not in fl and t not in('pure-token',)) else s)+' ...]'
    if 'optional' in fl: s='['+s+']'
    return s
def rs(s): return json.dumps(s)
strs=open('/tmp/ks2-cli-strings.txt').read().split('\n')
sset=set(strs)
out={}
for fam,cat in [('hashes','hash'),('lists','list'),('sets','set'),('zsets','sortedset')]:
    names=sorted(subprocess.run(['redis-cli','-p','7463','command','list','filterby','aclcat',cat],capture_output=True,text=True).stdout.split())
    names=[n for n in names if n not in ('sort','sort_ro')]
    code=[]
    for n in names:
        info=json.loads(cli('command','info',n))[0]
        docs=json.loads(cli('command','docs',n))[n]
        _,arity,flags,first,last,step,acl,tips,keyspecs,subs=info
        syntax=' '.join(fmt_arg(a) for a in docs.get('arguments',[]))
        if syntax not in sset: print('WARN syntax', n, syntax, file=sys.stderr)
        fl=' | '.join('flags::'+FLAGS[f] for f in flags) or '0'
        ktypes=[]
        for d in keyspecs:
            ktypes.append((d['find_keys']['type'],d['begin_search']['spec'].get('index'),d['find_keys']['spec']))
        if 'movablekeys' in flags:
            kn=[k for k in ktypes if k[0]=='keynum'][0]
            extra=[k for k in ktypes if k[0]=='range']
            keys='Keys::NumKeys { at: %d, first_extra: %s }'%(kn[1],'Some(%d)'%extra[0][1] if extra else 'None')
        elif first==0: keys='Keys::None'
        else: keys='Keys::Range(%d, %d, %d)'%(first,last,step)
        acl=[a.lstrip('@') for a in acl]
        code.append('''    CommandSpec {
        name: %s,
        arity: %d,
        flags: %s,
        acl: &[%s],
        keys: %s,
        group: %s,
        summary: %s,
        since: %s,
        complexity: %s,
        syntax: %s,
        handler: Handler::Core(cmd_%s),
        ..CommandSpec::DEFAULT
    },'''%(rs(n),arity,fl,', '.join(rs(a) for a in acl),keys,rs(docs['group']),rs(docs['summary']),rs(docs['since']),rs(docs.get('complexity','')),rs(syntax),n))
    open('/tmp/ks2/%s.rs'%fam,'w').write('\n'.join(code)+'\n')
    print(fam,len(names),' '.join(names))
