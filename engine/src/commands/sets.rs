//! Set commands (SADD ... SSCAN, set algebra and SINTERCARD). Integer-only small sets reply in
//! ascending order like Redis's intset encoding; SMEMBERS and the algebra reply RESP3 sets.

use super::hashes::{
    arg_positive, arg_range, del_if_empty, distinct_positions, glob_match, parse_cursor,
    parse_scan_opts, rand_below, scan_reply, scan_window, MAX_RANDOM_REPLY,
};
use super::{flags, CommandSpec, Handler, Keys};
use crate::keyspace::{SetValue, Value};
use crate::resp::Reply;
use crate::state::Ctx;

use super::arg_at as a;

fn read_set<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<Option<&'a mut SetValue>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::Set(s)) => Ok(Some(s)),
        Some(_) => Err(Reply::wrongtype()),
    }
}

fn write_set<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<&'a mut SetValue, Reply> {
    let exists = read_set(ctx, key)?.is_some();
    if !exists {
        ctx.db().set(key.to_vec(), Value::Set(SetValue::new()));
    }
    match ctx.get(key) {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(Reply::wrongtype()),
    }
}

fn sadd(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let s = write_set(ctx, a(args, 1))?;
    let mut n = 0;
    for m in args.get(2..).unwrap_or_default() {
        if s.insert(m.clone()) {
            n += 1;
        }
    }
    ctx.dirty(n as u64);
    Ok(Reply::Int(n))
}
wrap!(cmd_sadd, sadd);

fn srem(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    let Some(s) = read_set(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let mut n = 0;
    for m in args.get(2..).unwrap_or_default() {
        if s.remove(m) {
            n += 1;
            if s.is_empty() {
                break;
            }
        }
    }
    if n > 0 {
        ctx.dirty(n as u64);
        del_if_empty(ctx, key);
    }
    Ok(Reply::Int(n))
}
wrap!(cmd_srem, srem);

fn smembers(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(Reply::Set(match read_set(ctx, a(args, 1))? {
        Some(s) => s.ordered().into_iter().map(Reply::bulk).collect(),
        None => Vec::new(),
    }))
}
wrap!(cmd_smembers, smembers);

fn sismember(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let r = read_set(ctx, a(args, 1))?.is_some_and(|s| s.contains(a(args, 2)));
    Ok(Reply::Int(i64::from(r)))
}
wrap!(cmd_sismember, sismember);

fn smismember(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let s = read_set(ctx, a(args, 1))?;
    Ok(Reply::Array(
        args.get(2..)
            .unwrap_or_default()
            .iter()
            .map(|m| Reply::Int(i64::from(s.as_ref().is_some_and(|s| s.contains(m)))))
            .collect(),
    ))
}
wrap!(cmd_smismember, smismember);

fn scard(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let n = read_set(ctx, a(args, 1))?.map(|s| s.len()).unwrap_or(0);
    Ok(Reply::Int(n as i64))
}
wrap!(cmd_scard, scard);

fn spop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    if args.len() > 3 {
        return Err(Reply::syntax());
    }
    if args.len() == 3 {
        let count = arg_positive(a(args, 2), None)?;
        let Some(s) = read_set(ctx, key)? else {
            return Ok(Reply::Set(Vec::new()));
        };
        if count == 0 {
            return Ok(Reply::Set(Vec::new()));
        }
        let len = s.len();
        let out: Vec<Vec<u8>> = if count as u64 >= len as u64 {
            let all: Vec<Vec<u8>> = s.ordered().into_iter().cloned().collect();
            ctx.db().remove(key);
            all
        } else {
            let picks = distinct_positions(ctx, len, count as usize);
            let mut chosen = Vec::new();
            if let Some(s) = read_set(ctx, key)? {
                for i in picks {
                    if let Some(m) = s.at(i) {
                        chosen.push(m.clone());
                    }
                }
                for m in &chosen {
                    s.remove(m);
                }
            }
            del_if_empty(ctx, key);
            chosen
        };
        ctx.dirty(out.len() as u64);
        return Ok(Reply::Set(out.into_iter().map(Reply::Bulk).collect()));
    }
    let Some(len) = read_set(ctx, key)?.map(|s| s.len()) else {
        return Ok(Reply::Nil);
    };
    let i = rand_below(ctx, len);
    let m = match read_set(ctx, key)? {
        Some(s) => match s.at(i).cloned() {
            Some(m) => {
                s.remove(&m);
                m
            }
            None => return Ok(Reply::Nil),
        },
        None => return Ok(Reply::Nil),
    };
    ctx.dirty(1);
    del_if_empty(ctx, key);
    Ok(Reply::Bulk(m))
}
wrap!(cmd_spop, spop);

fn srandmember(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    if args.len() > 3 {
        return Err(Reply::syntax());
    }
    if args.len() == 3 {
        let l = arg_range(a(args, 2), -i64::MAX, i64::MAX, None)?;
        let Some(len) = read_set(ctx, key)?.map(|s| s.len()) else {
            return Ok(Reply::Array(Vec::new()));
        };
        if l == 0 {
            return Ok(Reply::Array(Vec::new()));
        }
        let picks: Vec<usize> = if l < 0 {
            let count = l.unsigned_abs();
            if count > MAX_RANDOM_REPLY {
                return Err(Reply::err("ERR count is too large for this engine"));
            }
            (0..count).map(|_| rand_below(ctx, len)).collect()
        } else if l as u64 >= len as u64 {
            let s = read_set(ctx, key)?;
            return Ok(Reply::Array(
                s.map(|s| s.ordered().into_iter().map(Reply::bulk).collect())
                    .unwrap_or_default(),
            ));
        } else {
            distinct_positions(ctx, len, l as usize)
        };
        let s = read_set(ctx, key)?;
        return Ok(Reply::Array(
            picks
                .into_iter()
                .filter_map(|i| s.as_ref().and_then(|s| s.at(i)).map(Reply::bulk))
                .collect(),
        ));
    }
    let Some(len) = read_set(ctx, key)?.map(|s| s.len()) else {
        return Ok(Reply::Nil);
    };
    let i = rand_below(ctx, len);
    Ok(read_set(ctx, key)?
        .and_then(|s| s.at(i).map(Reply::bulk))
        .unwrap_or(Reply::Nil))
}
wrap!(cmd_srandmember, srandmember);

fn smove(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let (src, dst, m) = (a(args, 1), a(args, 2), a(args, 3));
    let src_state = match ctx.get(src) {
        None => None,
        Some(Value::Set(s)) => Some(s.contains(m)),
        Some(_) => Some(false),
    };
    let Some(has) = src_state else {
        return Ok(Reply::Int(0));
    };
    read_set(ctx, src)?;
    read_set(ctx, dst)?;
    if src == dst {
        return Ok(Reply::Int(i64::from(has)));
    }
    if !has {
        return Ok(Reply::Int(0));
    }
    if let Some(s) = read_set(ctx, src)? {
        s.remove(m);
    }
    del_if_empty(ctx, src);
    write_set(ctx, dst)?.insert(m.to_vec());
    ctx.dirty(1);
    Ok(Reply::Int(1))
}
wrap!(cmd_smove, smove);

/// Looks up every key as a set (WRONGTYPE on any other type). Missing keys are None.
fn load_sets(ctx: &mut Ctx, keys: &[Vec<u8>]) -> Result<Vec<Option<SetValue>>, Reply> {
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        out.push(read_set(ctx, k)?.map(|s| s.clone()));
    }
    Ok(out)
}

fn inter_of(sets: &[Option<SetValue>]) -> Vec<Vec<u8>> {
    if sets.iter().any(|s| s.is_none()) {
        return Vec::new();
    }
    let mut refs: Vec<&SetValue> = sets.iter().flatten().collect();
    crate::util::sort::sort_by_key(&mut refs, |s| s.len());
    let Some((first, rest)) = refs.split_first() else {
        return Vec::new();
    };
    first
        .ordered()
        .into_iter()
        .filter(|m| rest.iter().all(|s| s.contains(m)))
        .cloned()
        .collect()
}

fn union_of(sets: &[Option<SetValue>]) -> SetValue {
    let mut out = SetValue::new();
    for s in sets.iter().flatten() {
        for m in s.ordered() {
            out.insert(m.clone());
        }
    }
    out
}

fn diff_of(sets: &[Option<SetValue>]) -> SetValue {
    let mut out = SetValue::new();
    let Some(Some(first)) = sets.first() else {
        return out;
    };
    for m in first.ordered() {
        if !sets.iter().skip(1).flatten().any(|s| s.contains(m)) {
            out.insert(m.clone());
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum SetOp {
    Inter,
    Union,
    Diff,
}

fn algebra(ctx: &mut Ctx, op: SetOp, store: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    let first = if store { 2 } else { 1 };
    let keys = args.get(first..).unwrap_or_default();
    let sets = load_sets(ctx, keys)?;
    let result: SetValue = match op {
        SetOp::Inter => {
            let mut s = SetValue::new();
            for m in inter_of(&sets) {
                s.insert(m);
            }
            s
        }
        SetOp::Union => union_of(&sets),
        SetOp::Diff => diff_of(&sets),
    };
    if !store {
        let items = if op == SetOp::Inter {
            inter_of(&sets).into_iter().map(Reply::Bulk).collect()
        } else {
            result.ordered().into_iter().map(Reply::bulk).collect()
        };
        return Ok(Reply::Set(items));
    }
    let dst = a(args, 1);
    let n = result.len();
    if n == 0 {
        if ctx.db().remove(dst).is_some() {
            ctx.dirty(1);
        }
    } else {
        ctx.db().set(dst.to_vec(), Value::Set(result));
        ctx.dirty(1);
    }
    Ok(Reply::Int(n as i64))
}

fn sinter(ctx: &mut Ctx) -> Result<Reply, Reply> {
    algebra(ctx, SetOp::Inter, false)
}
wrap!(cmd_sinter, sinter);
fn sunion(ctx: &mut Ctx) -> Result<Reply, Reply> {
    algebra(ctx, SetOp::Union, false)
}
wrap!(cmd_sunion, sunion);
fn sdiff(ctx: &mut Ctx) -> Result<Reply, Reply> {
    algebra(ctx, SetOp::Diff, false)
}
wrap!(cmd_sdiff, sdiff);
fn sinterstore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    algebra(ctx, SetOp::Inter, true)
}
wrap!(cmd_sinterstore, sinterstore);
fn sunionstore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    algebra(ctx, SetOp::Union, true)
}
wrap!(cmd_sunionstore, sunionstore);
fn sdiffstore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    algebra(ctx, SetOp::Diff, true)
}
wrap!(cmd_sdiffstore, sdiffstore);

fn sintercard(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let numkeys = arg_range(
        a(args, 1),
        1,
        i64::MAX,
        Some("numkeys should be greater than 0"),
    )?;
    if numkeys > (args.len() as i64 - 2) {
        return Err(Reply::err(
            "ERR Number of keys can't be greater than number of args",
        ));
    }
    let nk = numkeys as usize;
    let mut limit: i64 = 0;
    let mut j = 2 + nk;
    while j < args.len() {
        let more = args.len() - 1 - j;
        if a(args, j).eq_ignore_ascii_case(b"limit") && more >= 1 {
            j += 1;
            limit = arg_positive(a(args, j), Some("LIMIT can't be negative"))?;
        } else {
            return Err(Reply::syntax());
        }
        j += 1;
    }
    let keys = args.get(2..2 + nk).unwrap_or_default();
    let sets = load_sets(ctx, keys)?;
    let mut n = inter_of(&sets).len() as i64;
    if limit > 0 && n > limit {
        n = limit;
    }
    Ok(Reply::Int(n))
}
wrap!(cmd_sintercard, sintercard);

fn sscan(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let cursor = parse_cursor(a(args, 2))?;
    let (pat, count) = parse_scan_opts(args.get(3..).unwrap_or_default())?;
    let Some(s) = read_set(ctx, a(args, 1))? else {
        return Ok(scan_reply(0, Vec::new()));
    };
    let small = s.is_intset();
    let ordered = s.ordered();
    let (range, next) = scan_window(ordered.len(), cursor, count, small);
    let items = ordered
        .get(range)
        .unwrap_or_default()
        .iter()
        .filter(|m| pat.as_ref().is_none_or(|p| glob_match(p, m)))
        .map(Reply::bulk)
        .collect();
    Ok(scan_reply(next, items))
}
wrap!(cmd_sscan, sscan);

/// The sets family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "sadd",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "set", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Add one or more members to a set",
        since: "1.0.0",
        syntax: "key member [member ...]",
        handler: Handler::Core(cmd_sadd),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "scard",
        arity: 2,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "set", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Get the number of members in a set",
        since: "1.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_scard),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sdiff",
        arity: -2,
        flags: flags::READONLY,
        acl: &["read", "set", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "set",
        summary: "Subtract multiple sets",
        since: "1.0.0",
        syntax: "key [key ...]",
        handler: Handler::Core(cmd_sdiff),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sdiffstore",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "set", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "set",
        summary: "Subtract multiple sets and store the resulting set in a key",
        since: "1.0.0",
        syntax: "destination key [key ...]",
        handler: Handler::Core(cmd_sdiffstore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sinter",
        arity: -2,
        flags: flags::READONLY,
        acl: &["read", "set", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "set",
        summary: "Intersect multiple sets",
        since: "1.0.0",
        syntax: "key [key ...]",
        handler: Handler::Core(cmd_sinter),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sintercard",
        arity: -3,
        flags: flags::READONLY | flags::MOVABLEKEYS,
        acl: &["read", "set", "slow"],
        keys: Keys::NumKeys {
            at: 1,
            first_extra: None,
        },
        group: "set",
        summary: "Intersect multiple sets and return the cardinality of the result",
        since: "7.0.0",
        syntax: "numkeys key [key ...] [LIMIT limit]",
        handler: Handler::Core(cmd_sintercard),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sinterstore",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "set", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "set",
        summary: "Intersect multiple sets and store the resulting set in a key",
        since: "1.0.0",
        syntax: "destination key [key ...]",
        handler: Handler::Core(cmd_sinterstore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sismember",
        arity: 3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "set", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Determine if a given value is a member of a set",
        since: "1.0.0",
        syntax: "key member",
        handler: Handler::Core(cmd_sismember),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "smembers",
        arity: 2,
        flags: flags::READONLY,
        acl: &["read", "set", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Get all the members in a set",
        since: "1.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_smembers),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "smismember",
        arity: -3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "set", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Returns the membership associated with the given elements for a set",
        since: "6.2.0",
        syntax: "key member [member ...]",
        handler: Handler::Core(cmd_smismember),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "smove",
        arity: 4,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "set", "fast"],
        keys: Keys::Range(1, 2, 1),
        group: "set",
        summary: "Move a member from one set to another",
        since: "1.0.0",
        syntax: "source destination member",
        handler: Handler::Core(cmd_smove),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "spop",
        arity: -2,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "set", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Remove and return one or multiple random members from a set",
        since: "1.0.0",
        syntax: "key [count]",
        handler: Handler::Core(cmd_spop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "srandmember",
        arity: -2,
        flags: flags::READONLY,
        acl: &["read", "set", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Get one or multiple random members from a set",
        since: "1.0.0",
        syntax: "key [count]",
        handler: Handler::Core(cmd_srandmember),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "srem",
        arity: -3,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "set", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Remove one or more members from a set",
        since: "1.0.0",
        syntax: "key member [member ...]",
        handler: Handler::Core(cmd_srem),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sscan",
        arity: -3,
        flags: flags::READONLY,
        acl: &["read", "set", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "set",
        summary: "Incrementally iterate Set elements",
        since: "2.8.0",
        syntax: "key cursor [MATCH pattern] [COUNT count]",
        handler: Handler::Core(cmd_sscan),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sunion",
        arity: -2,
        flags: flags::READONLY,
        acl: &["read", "set", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "set",
        summary: "Add multiple sets",
        since: "1.0.0",
        syntax: "key [key ...]",
        handler: Handler::Core(cmd_sunion),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "sunionstore",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "set", "slow"],
        keys: Keys::Range(1, -1, 1),
        group: "set",
        summary: "Add multiple sets and store the resulting set in a key",
        since: "1.0.0",
        syntax: "destination key [key ...]",
        handler: Handler::Core(cmd_sunionstore),
        ..CommandSpec::DEFAULT
    },
];
