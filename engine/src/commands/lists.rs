//! List commands (LPUSH ... LMPOP, LPOS) and the blocking pops. The engine never blocks:
//! BLPOP/BRPOP/BLMOVE/BRPOPLPUSH/BLMPOP serve data at once when there is some and otherwise
//! reply as if their timeout had expired (a null array), or, inside MULTI or a script, the
//! immediate reply Redis gives when blocking is denied.

use std::collections::VecDeque;

use super::hashes::{arg_i64, arg_positive, arg_range, del_if_empty, parse_long_double};
use super::{flags, CommandSpec, Handler, Keys};
use crate::keyspace::{ListValue, Value};
use crate::resp::Reply;
use crate::state::Ctx;

use super::arg_at as a;

fn read_list<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<Option<&'a mut VecDeque<Vec<u8>>>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::List(l)) => Ok(Some(&mut l.items)),
        Some(_) => Err(Reply::wrongtype()),
    }
}

fn write_list<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<&'a mut VecDeque<Vec<u8>>, Reply> {
    let exists = read_list(ctx, key)?.is_some();
    if !exists {
        ctx.db().set(key.to_vec(), Value::List(ListValue::new()));
    }
    match ctx.get(key) {
        Some(Value::List(l)) => Ok(&mut l.items),
        _ => Err(Reply::wrongtype()),
    }
}

/// True for LEFT, false for RIGHT, syntax error otherwise.
fn parse_side(b: &[u8]) -> Result<bool, Reply> {
    if b.eq_ignore_ascii_case(b"left") {
        Ok(true)
    } else if b.eq_ignore_ascii_case(b"right") {
        Ok(false)
    } else {
        Err(Reply::syntax())
    }
}

/// Blocking timeout validation (`getTimeoutFromObjectOrReply` in seconds).
pub(crate) fn check_timeout(b: &[u8]) -> Result<(), Reply> {
    let v = parse_long_double(b)
        .ok_or_else(|| Reply::err("ERR timeout is not a float or out of range"))?;
    let ms = v * 1000.0;
    let t = if !(-9.223_372_036_854_775e18..9.223_372_036_854_775e18).contains(&ms) {
        i64::MIN
    } else {
        ms.trunc() as i64
    };
    if t < 0 {
        return Err(Reply::err("ERR timeout is negative"));
    }
    Ok(())
}

/// The reply a blocking command gives when it would block.
pub(crate) fn would_block(ctx: &Ctx, null_bulk_when_denied: bool) -> Reply {
    if null_bulk_when_denied && (ctx.client.in_multi || ctx.client.in_script) {
        Reply::Nil
    } else {
        Reply::NilArray
    }
}

fn push_impl(ctx: &mut Ctx, left: bool, only_existing: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    if only_existing && read_list(ctx, key)?.is_none() {
        return Ok(Reply::Int(0));
    }
    let l = write_list(ctx, key)?;
    for v in args.get(2..).unwrap_or_default() {
        if left {
            l.push_front(v.clone());
        } else {
            l.push_back(v.clone());
        }
    }
    let n = l.len();
    ctx.dirty((args.len() - 2) as u64);
    Ok(Reply::Int(n as i64))
}

fn lpush(ctx: &mut Ctx) -> Result<Reply, Reply> {
    push_impl(ctx, true, false)
}
wrap!(cmd_lpush, lpush);
fn rpush(ctx: &mut Ctx) -> Result<Reply, Reply> {
    push_impl(ctx, false, false)
}
wrap!(cmd_rpush, rpush);
fn lpushx(ctx: &mut Ctx) -> Result<Reply, Reply> {
    push_impl(ctx, true, true)
}
wrap!(cmd_lpushx, lpushx);
fn rpushx(ctx: &mut Ctx) -> Result<Reply, Reply> {
    push_impl(ctx, false, true)
}
wrap!(cmd_rpushx, rpushx);

fn pop_n(l: &mut VecDeque<Vec<u8>>, left: bool, n: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for _ in 0..n {
        let v = if left { l.pop_front() } else { l.pop_back() };
        match v {
            Some(v) => out.push(v),
            None => break,
        }
    }
    out
}

fn pop_impl(ctx: &mut Ctx, left: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    let name = if left { "lpop" } else { "rpop" };
    if args.len() > 3 {
        return Err(Reply::wrong_arity(name));
    }
    let count = if args.len() == 3 {
        Some(arg_positive(a(args, 2), None)?)
    } else {
        None
    };
    let key = a(args, 1);
    let Some(l) = read_list(ctx, key)? else {
        return Ok(if count.is_some() {
            Reply::NilArray
        } else {
            Reply::Nil
        });
    };
    let reply = match count {
        Some(0) => return Ok(Reply::Array(Vec::new())),
        Some(n) => Reply::bulks(pop_n(l, left, usize::try_from(n).unwrap_or(usize::MAX))),
        None => pop_n(l, left, 1)
            .pop()
            .map(Reply::Bulk)
            .unwrap_or(Reply::Nil),
    };
    ctx.dirty(1);
    del_if_empty(ctx, key);
    Ok(reply)
}
fn lpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    pop_impl(ctx, true)
}
wrap!(cmd_lpop, lpop);
fn rpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    pop_impl(ctx, false)
}
wrap!(cmd_rpop, rpop);

/// Normalizes LRANGE-style indexes; returns an inclusive range or None when empty.
pub(crate) fn norm_range(start: i64, end: i64, len: usize) -> Option<(usize, usize)> {
    let llen = i64::try_from(len).unwrap_or(i64::MAX);
    let mut s = if start < 0 {
        llen.saturating_add(start)
    } else {
        start
    };
    let mut e = if end < 0 {
        llen.saturating_add(end)
    } else {
        end
    };
    if s < 0 {
        s = 0;
    }
    if s > e || s >= llen {
        return None;
    }
    if e >= llen {
        e = llen - 1;
    }
    Some((s as usize, e as usize))
}

fn lrange(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let start = arg_i64(a(args, 2))?;
    let end = arg_i64(a(args, 3))?;
    let Some(l) = read_list(ctx, a(args, 1))? else {
        return Ok(Reply::Array(Vec::new()));
    };
    Ok(match norm_range(start, end, l.len()) {
        Some((s, e)) => Reply::bulks(l.range(s..=e)),
        None => Reply::Array(Vec::new()),
    })
}
wrap!(cmd_lrange, lrange);

fn llen(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let n = read_list(ctx, a(args, 1))?.map(|l| l.len()).unwrap_or(0);
    Ok(Reply::Int(n as i64))
}
wrap!(cmd_llen, llen);

fn list_index(len: usize, idx: i64) -> Option<usize> {
    let llen = i64::try_from(len).ok()?;
    let i = if idx < 0 { llen.checked_add(idx)? } else { idx };
    if i < 0 || i >= llen {
        None
    } else {
        usize::try_from(i).ok()
    }
}

fn lindex(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let Some(l) = read_list(ctx, a(args, 1))? else {
        return Ok(Reply::Nil);
    };
    let idx = arg_i64(a(args, 2))?;
    Ok(list_index(l.len(), idx)
        .and_then(|i| l.get(i))
        .map(Reply::bulk)
        .unwrap_or(Reply::Nil))
}
wrap!(cmd_lindex, lindex);

fn lset(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let Some(l) = read_list(ctx, a(args, 1))? else {
        return Err(Reply::err(crate::resp::value::NO_SUCH_KEY));
    };
    let idx = arg_i64(a(args, 2))?;
    let Some(slot) = list_index(l.len(), idx).and_then(|i| l.get_mut(i)) else {
        return Err(Reply::err(crate::resp::value::OUT_OF_RANGE));
    };
    *slot = a(args, 3).to_vec();
    ctx.dirty(1);
    Ok(Reply::ok())
}
wrap!(cmd_lset, lset);

fn lrem(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let count = arg_i64(a(args, 2))?;
    let key = a(args, 1);
    let elem = a(args, 3);
    let Some(l) = read_list(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let limit = if count == 0 {
        usize::MAX
    } else {
        usize::try_from(count.unsigned_abs()).unwrap_or(usize::MAX)
    };
    let mut removed = 0usize;
    if count >= 0 {
        let mut kept = VecDeque::with_capacity(l.len());
        for v in l.drain(..) {
            if removed < limit && v == elem {
                removed += 1;
            } else {
                kept.push_back(v);
            }
        }
        *l = kept;
    } else {
        let mut kept = VecDeque::with_capacity(l.len());
        while let Some(v) = l.pop_back() {
            if removed < limit && v == elem {
                removed += 1;
            } else {
                kept.push_front(v);
            }
        }
        *l = kept;
    }
    if removed > 0 {
        ctx.dirty(removed as u64);
        del_if_empty(ctx, key);
    }
    Ok(Reply::Int(removed as i64))
}
wrap!(cmd_lrem, lrem);

fn ltrim(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let start = arg_i64(a(args, 2))?;
    let end = arg_i64(a(args, 3))?;
    let key = a(args, 1);
    let Some(l) = read_list(ctx, key)? else {
        return Ok(Reply::ok());
    };
    match norm_range(start, end, l.len()) {
        Some((s, e)) => {
            l.truncate(e + 1);
            l.drain(..s);
        }
        None => l.clear(),
    }
    ctx.dirty(1);
    del_if_empty(ctx, key);
    Ok(Reply::ok())
}
wrap!(cmd_ltrim, ltrim);

fn linsert(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let after = if a(args, 2).eq_ignore_ascii_case(b"after") {
        true
    } else if a(args, 2).eq_ignore_ascii_case(b"before") {
        false
    } else {
        return Err(Reply::syntax());
    };
    let Some(l) = read_list(ctx, a(args, 1))? else {
        return Ok(Reply::Int(0));
    };
    let pivot = a(args, 3);
    let Some(pos) = l.iter().position(|v| v == pivot) else {
        return Ok(Reply::Int(-1));
    };
    l.insert(if after { pos + 1 } else { pos }, a(args, 4).to_vec());
    let n = l.len();
    ctx.dirty(1);
    Ok(Reply::Int(n as i64))
}
wrap!(cmd_linsert, linsert);

fn lpos(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let mut rank: i64 = 1;
    let mut count: Option<i64> = None;
    let mut maxlen: i64 = 0;
    let mut j = 3;
    while j < args.len() {
        let opt = a(args, j);
        let more = args.len() - j - 1;
        if opt.eq_ignore_ascii_case(b"rank") && more >= 1 {
            rank = arg_i64(a(args, j + 1))?;
            if rank == 0 {
                return Err(Reply::err(
                    "ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list",
                ));
            }
            j += 2;
        } else if opt.eq_ignore_ascii_case(b"count") && more >= 1 {
            count = Some(arg_positive(
                a(args, j + 1),
                Some("COUNT can't be negative"),
            )?);
            j += 2;
        } else if opt.eq_ignore_ascii_case(b"maxlen") && more >= 1 {
            maxlen = arg_positive(a(args, j + 1), Some("MAXLEN can't be negative"))?;
            j += 2;
        } else {
            return Err(Reply::syntax());
        }
    }
    let Some(l) = read_list(ctx, a(args, 1))? else {
        return Ok(if count.is_some() {
            Reply::Array(Vec::new())
        } else {
            Reply::Nil
        });
    };
    let elem = a(args, 2);
    let from_tail = rank < 0;
    let skip = rank.unsigned_abs();
    let len = l.len();
    let limit = if maxlen == 0 {
        len
    } else {
        usize::try_from(maxlen).unwrap_or(usize::MAX).min(len)
    };
    let mut matches: u64 = 0;
    let mut out = Vec::new();
    for step in 0..limit {
        let idx = if from_tail { len - 1 - step } else { step };
        if l.get(idx).is_some_and(|v| v == elem) {
            matches += 1;
            if matches >= skip {
                out.push(Reply::Int(idx as i64));
                match count {
                    None => break,
                    Some(c) if c > 0 && (out.len() as i64) >= c => break,
                    _ => {}
                }
            }
        }
    }
    Ok(match count {
        Some(_) => Reply::Array(out),
        None => out.pop().unwrap_or(Reply::Nil),
    })
}
wrap!(cmd_lpos, lpos);

/// Pops from `src` and pushes onto `dst`; Ok(None) when `src` is missing or empty.
fn move_impl(
    ctx: &mut Ctx,
    src: &[u8],
    dst: &[u8],
    from_left: bool,
    to_left: bool,
) -> Result<Option<Vec<u8>>, Reply> {
    match read_list(ctx, src)? {
        None => return Ok(None),
        Some(l) if l.is_empty() => return Ok(None),
        Some(_) => {}
    }
    read_list(ctx, dst)?;
    let v = {
        let Some(l) = read_list(ctx, src)? else {
            return Ok(None);
        };
        let v = if from_left {
            l.pop_front()
        } else {
            l.pop_back()
        };
        match v {
            Some(v) => v,
            None => return Ok(None),
        }
    };
    let d = write_list(ctx, dst)?;
    if to_left {
        d.push_front(v.clone());
    } else {
        d.push_back(v.clone());
    }
    ctx.dirty(1);
    del_if_empty(ctx, src);
    Ok(Some(v))
}

fn lmove(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let from = parse_side(a(args, 3))?;
    let to = parse_side(a(args, 4))?;
    Ok(move_impl(ctx, a(args, 1), a(args, 2), from, to)?
        .map(Reply::Bulk)
        .unwrap_or(Reply::Nil))
}
wrap!(cmd_lmove, lmove);

fn rpoplpush(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(move_impl(ctx, a(args, 1), a(args, 2), false, true)?
        .map(Reply::Bulk)
        .unwrap_or(Reply::Nil))
}
wrap!(cmd_rpoplpush, rpoplpush);

fn blmove(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let from = parse_side(a(args, 3))?;
    let to = parse_side(a(args, 4))?;
    check_timeout(a(args, 5))?;
    Ok(match move_impl(ctx, a(args, 1), a(args, 2), from, to)? {
        Some(v) => Reply::Bulk(v),
        None => would_block(ctx, true),
    })
}
wrap!(cmd_blmove, blmove);

fn brpoplpush(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    check_timeout(a(args, 3))?;
    Ok(match move_impl(ctx, a(args, 1), a(args, 2), false, true)? {
        Some(v) => Reply::Bulk(v),
        None => would_block(ctx, true),
    })
}
wrap!(cmd_brpoplpush, brpoplpush);

/// A key and the elements popped from it.
type Popped = (Vec<u8>, Vec<Vec<u8>>);

/// Pops up to `count` elements from the first non-empty list among `keys`.
fn multi_pop(
    ctx: &mut Ctx,
    keys: &[Vec<u8>],
    left: bool,
    count: usize,
) -> Result<Option<Popped>, Reply> {
    for k in keys {
        let Some(l) = read_list(ctx, k)? else {
            continue;
        };
        if l.is_empty() {
            continue;
        }
        let items = pop_n(l, left, count);
        ctx.dirty(1);
        del_if_empty(ctx, k);
        return Ok(Some((k.clone(), items)));
    }
    Ok(None)
}

fn bpop_impl(ctx: &mut Ctx, left: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    check_timeout(a(args, args.len() - 1))?;
    let keys = args.get(1..args.len() - 1).unwrap_or_default();
    Ok(match multi_pop(ctx, keys, left, 1)? {
        Some((k, mut items)) => match items.pop() {
            Some(v) => Reply::Array(vec![Reply::Bulk(k), Reply::Bulk(v)]),
            None => Reply::NilArray,
        },
        None => would_block(ctx, false),
    })
}
fn blpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    bpop_impl(ctx, true)
}
wrap!(cmd_blpop, blpop);
fn brpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    bpop_impl(ctx, false)
}
wrap!(cmd_brpop, brpop);

/// Parses `numkeys key... LEFT|RIGHT [COUNT n]` starting at `numkeys_idx`
/// (shared shape with ZMPOP: `sides` are the two accepted words, first = true).
pub(crate) fn parse_mpop(
    args: &[Vec<u8>],
    numkeys_idx: usize,
    sides: (&[u8], &[u8]),
) -> Result<(std::ops::Range<usize>, bool, usize), Reply> {
    let numkeys = arg_range(
        a(args, numkeys_idx),
        1,
        i64::MAX,
        Some("numkeys should be greater than 0"),
    )?;
    let where_idx = usize::try_from(numkeys)
        .ok()
        .and_then(|n| n.checked_add(numkeys_idx + 1))
        .filter(|&w| w < args.len())
        .ok_or_else(Reply::syntax)?;
    let w = a(args, where_idx);
    let first = if w.eq_ignore_ascii_case(sides.0) {
        true
    } else if w.eq_ignore_ascii_case(sides.1) {
        false
    } else {
        return Err(Reply::syntax());
    };
    let mut count: i64 = -1;
    let mut j = where_idx + 1;
    while j < args.len() {
        let more = args.len() - 1 - j;
        if count == -1 && a(args, j).eq_ignore_ascii_case(b"count") && more >= 1 {
            j += 1;
            count = arg_range(
                a(args, j),
                1,
                i64::MAX,
                Some("count should be greater than 0"),
            )?;
        } else {
            return Err(Reply::syntax());
        }
        j += 1;
    }
    let count = if count == -1 { 1 } else { count };
    Ok((
        numkeys_idx + 1..where_idx,
        first,
        usize::try_from(count).unwrap_or(usize::MAX),
    ))
}

fn lmpop_impl(ctx: &mut Ctx, blocking: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    let nk = if blocking { 2 } else { 1 };
    let (keys, left, count) = parse_mpop(args, nk, (b"left", b"right"))?;
    if blocking {
        check_timeout(a(args, 1))?;
    }
    let keys = args.get(keys).unwrap_or_default();
    Ok(match multi_pop(ctx, keys, left, count)? {
        Some((k, items)) => Reply::Array(vec![Reply::Bulk(k), Reply::bulks(items)]),
        None => Reply::NilArray,
    })
}
fn lmpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    lmpop_impl(ctx, false)
}
wrap!(cmd_lmpop, lmpop);
fn blmpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    lmpop_impl(ctx, true)
}
wrap!(cmd_blmpop, blmpop);

/// The lists family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "blmove",
        arity: 6,
        flags: flags::WRITE | flags::DENYOOM | flags::NOSCRIPT | flags::BLOCKING,
        acl: &["write", "list", "slow", "blocking"],
        keys: Keys::Range(1, 2, 1),
        group: "list",
        summary: "Pop an element from a list, push it to another list and return it; or block until one is available",
        since: "6.2.0",
        syntax: "source destination LEFT|RIGHT LEFT|RIGHT timeout",
        handler: Handler::Core(cmd_blmove),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "blmpop",
        arity: -5,
        flags: flags::WRITE | flags::BLOCKING | flags::MOVABLEKEYS,
        acl: &["write", "list", "slow", "blocking"],
        keys: Keys::NumKeys { at: 2, first_extra: None },
        group: "list",
        summary: "Pop elements from a list, or block until one is available",
        since: "7.0.0",
        syntax: "timeout numkeys key [key ...] LEFT|RIGHT [COUNT count]",
        handler: Handler::Core(cmd_blmpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "blpop",
        arity: -3,
        flags: flags::WRITE | flags::NOSCRIPT | flags::BLOCKING,
        acl: &["write", "list", "slow", "blocking"],
        keys: Keys::Range(1, -2, 1),
        group: "list",
        summary: "Remove and get the first element in a list, or block until one is available",
        since: "2.0.0",
        syntax: "key [key ...] timeout",
        handler: Handler::Core(cmd_blpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "brpop",
        arity: -3,
        flags: flags::WRITE | flags::NOSCRIPT | flags::BLOCKING,
        acl: &["write", "list", "slow", "blocking"],
        keys: Keys::Range(1, -2, 1),
        group: "list",
        summary: "Remove and get the last element in a list, or block until one is available",
        since: "2.0.0",
        syntax: "key [key ...] timeout",
        handler: Handler::Core(cmd_brpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "brpoplpush",
        arity: 4,
        flags: flags::WRITE | flags::DENYOOM | flags::NOSCRIPT | flags::BLOCKING,
        acl: &["write", "list", "slow", "blocking"],
        keys: Keys::Range(1, 2, 1),
        group: "list",
        summary: "Pop an element from a list, push it to another list and return it; or block until one is available",
        since: "2.2.0",
        syntax: "source destination timeout",
        handler: Handler::Core(cmd_brpoplpush),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lindex",
        arity: 3,
        flags: flags::READONLY,
        acl: &["read", "list", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Get an element from a list by its index",
        since: "1.0.0",
        syntax: "key index",
        handler: Handler::Core(cmd_lindex),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "linsert",
        arity: 5,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "list", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Insert an element before or after another element in a list",
        since: "2.2.0",
        syntax: "key BEFORE|AFTER pivot element",
        handler: Handler::Core(cmd_linsert),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "llen",
        arity: 2,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "list", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Get the length of a list",
        since: "1.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_llen),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lmove",
        arity: 5,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "list", "slow"],
        keys: Keys::Range(1, 2, 1),
        group: "list",
        summary: "Pop an element from a list, push it to another list and return it",
        since: "6.2.0",
        syntax: "source destination LEFT|RIGHT LEFT|RIGHT",
        handler: Handler::Core(cmd_lmove),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lmpop",
        arity: -4,
        flags: flags::WRITE | flags::MOVABLEKEYS,
        acl: &["write", "list", "slow"],
        keys: Keys::NumKeys { at: 1, first_extra: None },
        group: "list",
        summary: "Pop elements from a list",
        since: "7.0.0",
        syntax: "numkeys key [key ...] LEFT|RIGHT [COUNT count]",
        handler: Handler::Core(cmd_lmpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lpop",
        arity: -2,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "list", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Remove and get the first elements in a list",
        since: "1.0.0",
        syntax: "key [count]",
        handler: Handler::Core(cmd_lpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lpos",
        arity: -3,
        flags: flags::READONLY,
        acl: &["read", "list", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Return the index of matching elements on a list",
        since: "6.0.6",
        syntax: "key element [RANK rank] [COUNT num-matches] [MAXLEN len]",
        handler: Handler::Core(cmd_lpos),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lpush",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "list", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Prepend one or multiple elements to a list",
        since: "1.0.0",
        syntax: "key element [element ...]",
        handler: Handler::Core(cmd_lpush),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lpushx",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "list", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Prepend an element to a list, only if the list exists",
        since: "2.2.0",
        syntax: "key element [element ...]",
        handler: Handler::Core(cmd_lpushx),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lrange",
        arity: 4,
        flags: flags::READONLY,
        acl: &["read", "list", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Get a range of elements from a list",
        since: "1.0.0",
        syntax: "key start stop",
        handler: Handler::Core(cmd_lrange),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lrem",
        arity: 4,
        flags: flags::WRITE,
        acl: &["write", "list", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Remove elements from a list",
        since: "1.0.0",
        syntax: "key count element",
        handler: Handler::Core(cmd_lrem),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lset",
        arity: 4,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "list", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Set the value of an element in a list by its index",
        since: "1.0.0",
        syntax: "key index element",
        handler: Handler::Core(cmd_lset),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "ltrim",
        arity: 4,
        flags: flags::WRITE,
        acl: &["write", "list", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Trim a list to the specified range",
        since: "1.0.0",
        syntax: "key start stop",
        handler: Handler::Core(cmd_ltrim),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "rpop",
        arity: -2,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "list", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Remove and get the last elements in a list",
        since: "1.0.0",
        syntax: "key [count]",
        handler: Handler::Core(cmd_rpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "rpoplpush",
        arity: 3,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "list", "slow"],
        keys: Keys::Range(1, 2, 1),
        group: "list",
        summary: "Remove the last element in a list, prepend it to another list and return it",
        since: "1.2.0",
        syntax: "source destination",
        handler: Handler::Core(cmd_rpoplpush),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "rpush",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "list", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Append one or multiple elements to a list",
        since: "1.0.0",
        syntax: "key element [element ...]",
        handler: Handler::Core(cmd_rpush),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "rpushx",
        arity: -3,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "list", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "list",
        summary: "Append an element to a list, only if the list exists",
        since: "2.2.0",
        syntax: "key element [element ...]",
        handler: Handler::Core(cmd_rpushx),
        ..CommandSpec::DEFAULT
    },
];
