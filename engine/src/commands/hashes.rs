//! Hash commands (HSET, HGET, HINCRBYFLOAT, HRANDFIELD, HSCAN, ...) with Redis 7.0.15's
//! replies and errors. Also hosts helpers shared by the collection families (argument
//! parsing the way Redis's `getLongFromObject`/`strtod` do, SCAN cursors, glob matching).

use super::{flags, CommandSpec, Handler, Keys};
use crate::keyspace::{HashValue, Value};
use crate::resp::Reply;
use crate::state::Ctx;

// ---------------------------------------------------------------------------------------
// Shared helpers for the hash/list/set/zset families.
// ---------------------------------------------------------------------------------------

/// Largest reply (in elements) a random-with-repetition command may build; Redis has no
/// cap but the engine refuses to allocate unbounded replies.
pub(crate) const MAX_RANDOM_REPLY: u64 = 1 << 22;

/// `getLongFromObjectOrReply` with the default message.
pub(crate) fn arg_i64(b: &[u8]) -> Result<i64, Reply> {
    crate::util::parse_i64(b).ok_or_else(Reply::not_int)
}

/// `getLongFromObjectOrReply` with a custom message.
pub(crate) fn arg_i64_msg(b: &[u8], msg: &str) -> Result<i64, Reply> {
    crate::util::parse_i64(b).ok_or_else(|| Reply::err(format!("ERR {msg}")))
}

/// `getPositiveLongFromObjectOrReply` (message or the default one).
pub(crate) fn arg_positive(b: &[u8], msg: Option<&str>) -> Result<i64, Reply> {
    let v = arg_i64_msg(b, msg.unwrap_or("value is out of range, must be positive"))?;
    if v < 0 {
        return Err(match msg {
            Some(m) => Reply::err(format!("ERR {m}")),
            None => Reply::err("ERR value is out of range, must be positive"),
        });
    }
    Ok(v)
}

/// `getRangeLongFromObjectOrReply(c, o, min, max, &v, msg)`.
pub(crate) fn arg_range(b: &[u8], min: i64, max: i64, msg: Option<&str>) -> Result<i64, Reply> {
    let v = match msg {
        Some(m) => arg_i64_msg(b, m)?,
        None => arg_i64(b)?,
    };
    if v < min || v > max {
        return Err(match msg {
            Some(m) => Reply::err(format!("ERR {m}")),
            None => Reply::err(format!(
                "ERR value is out of range, value must between {min} and {max}"
            )),
        });
    }
    Ok(v)
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn hex_val(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// strtod over the whole of `s` (after optional leading whitespace). Returns the value and
/// whether it over/underflowed (ERANGE), or None if some of the text is not a number.
/// An empty text parses as 0 (strtod converts nothing and stops at the terminator).
pub(crate) fn strtod_full(s: &[u8]) -> Option<(f64, bool)> {
    let start = s.iter().position(|&c| !is_c_space(c)).unwrap_or(s.len());
    let t = s.get(start..).unwrap_or_default();
    if t.is_empty() {
        return if start == 0 { Some((0.0, false)) } else { None };
    }
    let (neg, body) = match t.first() {
        Some(b'-') => (true, t.get(1..).unwrap_or_default()),
        Some(b'+') => (false, t.get(1..).unwrap_or_default()),
        _ => (false, t),
    };
    let v = if body.len() > 2
        && body.first() == Some(&b'0')
        && matches!(body.get(1), Some(b'x') | Some(b'X'))
    {
        parse_hex_float(body.get(2..).unwrap_or_default())?
    } else {
        let txt = std::str::from_utf8(body).ok()?;
        if txt.starts_with(['+', '-']) {
            return None;
        }
        let v: f64 = txt.parse().ok()?;
        let lower = txt.to_ascii_lowercase();
        let literal_inf = lower.starts_with("inf");
        let overflow = v.is_infinite() && !literal_inf;
        let mantissa = lower.split('e').next().unwrap_or("");
        let underflow = v == 0.0 && mantissa.bytes().any(|c| (b'1'..=b'9').contains(&c));
        let v = if overflow { f64::INFINITY } else { v };
        return Some((if neg { -v } else { v }, overflow || underflow));
    };
    let erange = v.is_infinite();
    Some((if neg { -v } else { v }, erange))
}

fn parse_hex_float(b: &[u8]) -> Option<f64> {
    let mut mant: f64 = 0.0;
    let mut exp: i64 = 0;
    let mut i = 0;
    let mut digits = 0;
    let mut seen_dot = false;
    while let Some(&c) = b.get(i) {
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(d) = hex_val(c) {
            mant = mant * 16.0 + f64::from(d);
            digits += 1;
            if seen_dot {
                exp -= 4;
            }
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'p') | Some(b'P') = b.get(i) {
        let rest = b.get(i + 1..).unwrap_or_default();
        let txt = std::str::from_utf8(rest).ok()?;
        let e: i64 = txt.parse().ok()?;
        exp = exp.saturating_add(e);
        i = b.len();
    }
    if i != b.len() {
        return None;
    }
    let e = i32::try_from(exp.clamp(-4000, 4000)).unwrap_or(0);
    Some(mant * 2f64.powi(e))
}

/// Redis's `getDoubleFromObject`: no leading space, whole text, no overflow/underflow to
/// zero, no NaN.
pub(crate) fn parse_double(s: &[u8]) -> Option<f64> {
    match s.first() {
        None => return None,
        Some(&c) if is_c_space(c) => return None,
        _ => {}
    }
    let (v, erange) = strtod_full(s)?;
    if v.is_nan() || (erange && (v.is_infinite() || v == 0.0)) {
        return None;
    }
    Some(v)
}

/// `getDoubleFromObjectOrReply` with the default or a custom message.
pub(crate) fn arg_double(b: &[u8], msg: Option<&str>) -> Result<f64, Reply> {
    parse_double(b).ok_or_else(|| match msg {
        Some(m) => Reply::err(format!("ERR {m}")),
        None => Reply::not_float(),
    })
}

/// Redis's `string2ld` (used by HINCRBYFLOAT on the stored value and the increment).
pub(crate) fn parse_long_double(s: &[u8]) -> Option<f64> {
    match s.first() {
        None => return None,
        Some(&c) if is_c_space(c) => return None,
        _ => {}
    }
    if s.len() > 5 * 1024 {
        return None;
    }
    let (v, erange) = strtod_full(s)?;
    if v.is_nan() || erange {
        return None;
    }
    Some(v)
}

/// Parses a SCAN cursor like `parseScanCursorOrReply` (strtoul semantics).
pub(crate) fn parse_cursor(b: &[u8]) -> Result<u64, Reply> {
    let bad = || Reply::err("ERR invalid cursor");
    if let Some(&c) = b.first() {
        if is_c_space(c) {
            return Err(bad());
        }
    }
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, b.get(1..).unwrap_or_default()),
        Some(b'+') => (false, b.get(1..).unwrap_or_default()),
        _ => (false, b),
    };
    if digits.is_empty() {
        return if b.is_empty() { Ok(0) } else { Err(bad()) };
    }
    let mut v: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return Err(bad());
        }
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(c - b'0')))
            .ok_or_else(bad)?;
    }
    Ok(if neg { v.wrapping_neg() } else { v })
}

/// Options of HSCAN/SSCAN/ZSCAN after the cursor: (MATCH pattern, COUNT).
pub(crate) fn parse_scan_opts(args: &[Vec<u8>]) -> Result<(Option<Vec<u8>>, i64), Reply> {
    let mut pat = None;
    let mut count = 10;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        let more = args.len() - i - 1;
        if a.eq_ignore_ascii_case(b"count") && more >= 1 {
            count = arg_i64(args.get(i + 1).map(|v| v.as_slice()).unwrap_or_default())?;
            if count < 1 {
                return Err(Reply::syntax());
            }
            i += 2;
        } else if a.eq_ignore_ascii_case(b"match") && more >= 1 {
            let p = args.get(i + 1).cloned().unwrap_or_default();
            pat = if p == b"*" { None } else { Some(p) };
            i += 2;
        } else {
            return Err(Reply::syntax());
        }
    }
    Ok((pat, count))
}

/// Redis `stringmatchlen` glob matching (case-sensitive), binary-safe.
pub(crate) fn glob_match(pat: &[u8], s: &[u8]) -> bool {
    crate::util::glob::glob_match(pat, s, false)
}

/// Builds a SCAN reply `[cursor, [items...]]`.
pub(crate) fn scan_reply(cursor: u64, items: Vec<Reply>) -> Reply {
    Reply::Array(vec![Reply::bulk(cursor.to_string()), Reply::Array(items)])
}

/// Paged iteration for SCAN over a big collection of `len` items addressed by position:
/// returns the positions to visit and the next cursor. Small collections (`all = true`)
/// return everything with cursor 0 like Redis's listpack/intset encodings.
pub(crate) fn scan_window(
    len: usize,
    cursor: u64,
    count: i64,
    all: bool,
) -> (std::ops::Range<usize>, u64) {
    if all {
        return (0..len, 0);
    }
    let start = usize::try_from(cursor).unwrap_or(usize::MAX).min(len);
    let n = usize::try_from(count).unwrap_or(10).max(1);
    let end = start.saturating_add(n).min(len);
    let next = if end >= len { 0 } else { end as u64 };
    (start..end, next)
}

/// Deletes `key` if it holds an empty collection (an empty container never stays).
pub(crate) fn del_if_empty(ctx: &mut Ctx, key: &[u8]) -> bool {
    let empty = match ctx.get(key) {
        Some(Value::Hash(h)) => h.is_empty(),
        Some(Value::List(l)) => l.is_empty(),
        Some(Value::Set(s)) => s.is_empty(),
        Some(Value::ZSet(z)) => z.is_empty(),
        _ => false,
    };
    if empty {
        ctx.db().remove(key);
    }
    empty
}

/// Random index helper for the family's random picks.
pub(crate) fn rand_below(ctx: &mut Ctx, n: usize) -> usize {
    ctx.core.rng.below(n)
}

/// Picks `count` distinct random positions out of `0..len` (count < len).
pub(crate) fn distinct_positions(ctx: &mut Ctx, len: usize, count: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..len).collect();
    // Partial Fisher-Yates.
    for i in 0..count.min(len) {
        let j = i + rand_below(ctx, len - i);
        idx.swap(i, j);
    }
    idx.truncate(count.min(len));
    idx
}

// ---------------------------------------------------------------------------------------
// Hash access.
// ---------------------------------------------------------------------------------------

fn read_hash<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<Option<&'a mut HashValue>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::Hash(h)) => Ok(Some(h)),
        Some(_) => Err(Reply::wrongtype()),
    }
}

fn write_hash<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<&'a mut HashValue, Reply> {
    let exists = read_hash(ctx, key)?.is_some();
    if !exists {
        ctx.db().set(key.to_vec(), Value::Hash(HashValue::new()));
    }
    match ctx.get(key) {
        Some(Value::Hash(h)) => Ok(h),
        _ => Err(Reply::wrongtype()),
    }
}

use super::arg_at as a;

fn hset_impl(ctx: &mut Ctx, nx_reply_ok: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    if args.len() % 2 == 1 {
        let name = if nx_reply_ok { "hmset" } else { "hset" };
        return Err(Reply::wrong_arity(name));
    }
    let key = a(args, 1);
    let h = write_hash(ctx, key)?;
    let mut created = 0;
    for pair in args.get(2..).unwrap_or_default().chunks(2) {
        if let [f, v] = pair {
            if h.set(f.clone(), v.clone()) {
                created += 1;
            }
        }
    }
    ctx.dirty(((args.len() - 2) / 2) as u64);
    Ok(if nx_reply_ok {
        Reply::ok()
    } else {
        Reply::Int(created)
    })
}

fn hset(ctx: &mut Ctx) -> Result<Reply, Reply> {
    hset_impl(ctx, false)
}
wrap!(cmd_hset, hset);

fn hmset(ctx: &mut Ctx) -> Result<Reply, Reply> {
    hset_impl(ctx, true)
}
wrap!(cmd_hmset, hmset);

fn hsetnx(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let h = write_hash(ctx, a(args, 1))?;
    if h.get(a(args, 2)).is_some() {
        return Ok(Reply::Int(0));
    }
    h.set(a(args, 2).to_vec(), a(args, 3).to_vec());
    ctx.dirty(1);
    Ok(Reply::Int(1))
}
wrap!(cmd_hsetnx, hsetnx);

fn hget(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(match read_hash(ctx, a(args, 1))? {
        Some(h) => h.get(a(args, 2)).map(Reply::bulk).unwrap_or(Reply::Nil),
        None => Reply::Nil,
    })
}
wrap!(cmd_hget, hget);

fn hmget(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let h = read_hash(ctx, a(args, 1))?;
    let fields = args.get(2..).unwrap_or_default();
    Ok(Reply::Array(
        fields
            .iter()
            .map(|f| {
                h.as_ref()
                    .and_then(|h| h.get(f))
                    .map(Reply::bulk)
                    .unwrap_or(Reply::Nil)
            })
            .collect(),
    ))
}
wrap!(cmd_hmget, hmget);

fn hgetall(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(Reply::Map(match read_hash(ctx, a(args, 1))? {
        Some(h) => h
            .iter()
            .map(|(k, v)| (Reply::bulk(k), Reply::bulk(v)))
            .collect(),
        None => Vec::new(),
    }))
}
wrap!(cmd_hgetall, hgetall);

fn hkeys(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(match read_hash(ctx, a(args, 1))? {
        Some(h) => Reply::bulks(h.iter().map(|(k, _)| k)),
        None => Reply::Array(Vec::new()),
    })
}
wrap!(cmd_hkeys, hkeys);

fn hvals(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(match read_hash(ctx, a(args, 1))? {
        Some(h) => Reply::bulks(h.iter().map(|(_, v)| v)),
        None => Reply::Array(Vec::new()),
    })
}
wrap!(cmd_hvals, hvals);

fn hdel(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    let Some(h) = read_hash(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let mut n = 0;
    for f in args.get(2..).unwrap_or_default() {
        if h.remove(f) {
            n += 1;
            if h.is_empty() {
                break;
            }
        }
    }
    if n > 0 {
        del_if_empty(ctx, key);
        ctx.dirty(n as u64);
    }
    Ok(Reply::Int(n))
}
wrap!(cmd_hdel, hdel);

fn hlen(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let n = read_hash(ctx, a(args, 1))?.map(|h| h.len()).unwrap_or(0);
    Ok(Reply::Int(n as i64))
}
wrap!(cmd_hlen, hlen);

fn hstrlen(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let n = read_hash(ctx, a(args, 1))?
        .and_then(|h| h.get(a(args, 2)).map(|v| v.len()))
        .unwrap_or(0);
    Ok(Reply::Int(n as i64))
}
wrap!(cmd_hstrlen, hstrlen);

fn hexists(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let e = read_hash(ctx, a(args, 1))?
        .map(|h| h.get(a(args, 2)).is_some())
        .unwrap_or(false);
    Ok(Reply::Int(i64::from(e)))
}
wrap!(cmd_hexists, hexists);

fn hincrby(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let incr = arg_i64(a(args, 3))?;
    let key = a(args, 1);
    let h = write_hash(ctx, key)?;
    let cur = match h.get(a(args, 2)) {
        Some(v) => match crate::util::parse_i64(v) {
            Some(n) => n,
            None => return Err(Reply::err("ERR hash value is not an integer")),
        },
        None => 0,
    };
    let Some(new) = cur.checked_add(incr) else {
        del_if_empty(ctx, key);
        return Err(Reply::err("ERR increment or decrement would overflow"));
    };
    h.set(a(args, 2).to_vec(), new.to_string().into_bytes());
    ctx.dirty(1);
    Ok(Reply::Int(new))
}
wrap!(cmd_hincrby, hincrby);

fn hincrbyfloat(ctx: &mut Ctx) -> Result<Reply, Reply> {
    use crate::util::{incr_float_str, IncrFloatError, LongDouble};
    let args = ctx.args;
    let incr = LongDouble::parse(a(args, 3)).ok_or_else(Reply::not_float)?;
    if !incr.is_finite() {
        return Err(Reply::err("ERR value is NaN or Infinity"));
    }
    let key = a(args, 1);
    let h = write_hash(ctx, key)?;
    let res = incr_float_str(h.get(a(args, 2)).map(|v| v.as_slice()), a(args, 3));
    let s = match res {
        Ok(s) => s,
        Err(e) => {
            let msg = match e {
                IncrFloatError::CurrentNotFloat => "ERR hash value is not a float",
                IncrFloatError::IncrNotFloat => crate::resp::value::NOT_FLOAT,
                IncrFloatError::NanOrInf => "ERR increment would produce NaN or Infinity",
            };
            del_if_empty(ctx, key);
            return Err(Reply::err(msg));
        }
    };
    h.set(a(args, 2).to_vec(), s.clone());
    ctx.dirty(1);
    Ok(Reply::Bulk(s))
}
wrap!(cmd_hincrbyfloat, hincrbyfloat);

fn hrandfield(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    if args.len() >= 3 {
        let l = arg_range(a(args, 2), -i64::MAX, i64::MAX, None)?;
        let withvalues = if args.len() > 4
            || (args.len() == 4 && !a(args, 3).eq_ignore_ascii_case(b"withvalues"))
        {
            return Err(Reply::syntax());
        } else if args.len() == 4 {
            if !(-i64::MAX / 2..=i64::MAX / 2).contains(&l) {
                return Err(Reply::err("ERR value is out of range"));
            }
            true
        } else {
            false
        };
        let resp3 = ctx.client.resp > 2;
        let Some(len) = read_hash(ctx, key)?.map(|h| h.len()) else {
            return Ok(Reply::Array(Vec::new()));
        };
        if l == 0 {
            return Ok(Reply::Array(Vec::new()));
        }
        let pair = |k: &[u8], v: &[u8], out: &mut Vec<Reply>| {
            if withvalues && resp3 {
                out.push(Reply::Array(vec![Reply::bulk(k), Reply::bulk(v)]));
            } else {
                out.push(Reply::bulk(k));
                if withvalues {
                    out.push(Reply::bulk(v));
                }
            }
        };
        let mut out = Vec::new();
        if l < 0 {
            let count = l.unsigned_abs();
            if count > MAX_RANDOM_REPLY {
                return Err(Reply::err("ERR count is too large for this engine"));
            }
            let picks: Vec<usize> = (0..count).map(|_| rand_below(ctx, len)).collect();
            if let Some(h) = read_hash(ctx, key)? {
                for i in picks {
                    if let Some((k, v)) = h.map.get_index(i) {
                        pair(k, v, &mut out);
                    }
                }
            }
        } else if l as u64 >= len as u64 {
            if let Some(h) = read_hash(ctx, key)? {
                for (k, v) in h.iter() {
                    pair(k, v, &mut out);
                }
            }
        } else {
            let picks = distinct_positions(ctx, len, l as usize);
            if let Some(h) = read_hash(ctx, key)? {
                for i in picks {
                    if let Some((k, v)) = h.map.get_index(i) {
                        pair(k, v, &mut out);
                    }
                }
            }
        }
        return Ok(Reply::Array(out));
    }
    let Some(len) = read_hash(ctx, key)?.map(|h| h.len()) else {
        return Ok(Reply::Nil);
    };
    let i = rand_below(ctx, len);
    Ok(read_hash(ctx, key)?
        .and_then(|h| h.map.get_index(i).map(|(k, _)| Reply::bulk(k)))
        .unwrap_or(Reply::Nil))
}
wrap!(cmd_hrandfield, hrandfield);

fn hscan(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let cursor = parse_cursor(a(args, 2))?;
    let (pat, count) = parse_scan_opts(args.get(3..).unwrap_or_default())?;
    let Some(h) = read_hash(ctx, a(args, 1))? else {
        return Ok(scan_reply(0, Vec::new()));
    };
    let small = h.encoding() == "listpack";
    let (range, next) = scan_window(h.len(), cursor, count, small);
    let mut items = Vec::new();
    for i in range {
        if let Some((k, v)) = h.map.get_index(i) {
            if pat.as_ref().is_none_or(|p| glob_match(p, k)) {
                items.push(Reply::bulk(k));
                items.push(Reply::bulk(v));
            }
        }
    }
    Ok(scan_reply(next, items))
}
wrap!(cmd_hscan, hscan);

/// The hashes family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "hdel",
        arity: -3,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Delete one or more hash fields",
        since: "2.0.0",
        syntax: "key field [field ...]",
        handler: Handler::Core(cmd_hdel),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hexists",
        arity: 3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Determine if a hash field exists",
        since: "2.0.0",
        syntax: "key field",
        handler: Handler::Core(cmd_hexists),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hget",
        arity: 3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get the value of a hash field",
        since: "2.0.0",
        syntax: "key field",
        handler: Handler::Core(cmd_hget),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hgetall",
        arity: 2,
        flags: flags::READONLY,
        acl: &["read", "hash", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get all the fields and values in a hash",
        since: "2.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_hgetall),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hincrby",
        arity: 4,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Increment the integer value of a hash field by the given number",
        since: "2.0.0",
        syntax: "key field increment",
        handler: Handler::Core(cmd_hincrby),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hincrbyfloat",
        arity: 4,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Increment the float value of a hash field by the given amount",
        since: "2.6.0",
        syntax: "key field increment",
        handler: Handler::Core(cmd_hincrbyfloat),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hkeys",
        arity: 2,
        flags: flags::READONLY,
        acl: &["read", "hash", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get all the fields in a hash",
        since: "2.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_hkeys),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hlen",
        arity: 2,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get the number of fields in a hash",
        since: "2.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_hlen),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hmget",
        arity: -3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get the values of all the given hash fields",
        since: "2.0.0",
        syntax: "key field [field ...]",
        handler: Handler::Core(cmd_hmget),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hmset",
        arity: -4,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Set multiple hash fields to multiple values",
        since: "2.0.0",
        syntax: "key field value [field value ...]",
        handler: Handler::Core(cmd_hmset),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hrandfield",
        arity: -2,
        flags: flags::READONLY,
        acl: &["read", "hash", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get one or multiple random fields from a hash",
        since: "6.2.0",
        syntax: "key [count [WITHVALUES]]",
        handler: Handler::Core(cmd_hrandfield),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hscan",
        arity: -3,
        flags: flags::READONLY,
        acl: &["read", "hash", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Incrementally iterate hash fields and associated values",
        since: "2.8.0",
        syntax: "key cursor [MATCH pattern] [COUNT count]",
        handler: Handler::Core(cmd_hscan),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hset",
        arity: -4,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Set the string value of a hash field",
        since: "2.0.0",
        syntax: "key field value [field value ...]",
        handler: Handler::Core(cmd_hset),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hsetnx",
        arity: 4,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Set the value of a hash field, only if the field does not exist",
        since: "2.0.0",
        syntax: "key field value",
        handler: Handler::Core(cmd_hsetnx),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hstrlen",
        arity: 3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "hash", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get the length of the value of a hash field",
        since: "3.2.0",
        syntax: "key field",
        handler: Handler::Core(cmd_hstrlen),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "hvals",
        arity: 2,
        flags: flags::READONLY,
        acl: &["read", "hash", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "hash",
        summary: "Get all the values in a hash",
        since: "2.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_hvals),
        ..CommandSpec::DEFAULT
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_parsing_like_redis() {
        assert_eq!(parse_double(b"1.5"), Some(1.5));
        assert_eq!(parse_double(b"+5"), Some(5.0));
        assert_eq!(parse_double(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_double(b"infinity"), Some(f64::INFINITY));
        assert_eq!(parse_double(b"0x1p3"), Some(8.0));
        assert_eq!(parse_double(b"0x10"), Some(16.0));
        assert_eq!(parse_double(b".5"), Some(0.5));
        assert_eq!(parse_double(b"5."), Some(5.0));
        for bad in [
            &b""[..],
            b" 1",
            b"1 ",
            b"nan",
            b"1e400",
            b"1e-400",
            b"x",
            b"--1",
            b"+-1",
        ] {
            assert_eq!(parse_double(bad), None, "{bad:?}");
        }
        // zslParseRange accepts what strtod accepts, including leading spaces and "".
        assert_eq!(strtod_full(b""), Some((0.0, false)));
        assert_eq!(strtod_full(b" 2").map(|v| v.0), Some(2.0));
        assert_eq!(strtod_full(b" "), None);
    }

    #[test]
    fn cursor_parsing_like_strtoul() {
        assert_eq!(parse_cursor(b"0").ok(), Some(0));
        assert_eq!(parse_cursor(b"").ok(), Some(0));
        assert_eq!(parse_cursor(b"-1").ok(), Some(u64::MAX));
        assert_eq!(parse_cursor(b"+7").ok(), Some(7));
        assert!(parse_cursor(b" 1").is_err());
        assert!(parse_cursor(b"x").is_err());
        assert!(parse_cursor(b"18446744073709551616").is_err());
    }

    #[test]
    fn scan_windows() {
        assert_eq!(scan_window(5, 3, 10, true), (0..5, 0));
        assert_eq!(scan_window(25, 0, 10, false), (0..10, 10));
        assert_eq!(scan_window(25, 20, 10, false), (20..25, 0));
        assert_eq!(scan_window(25, u64::MAX, 10, false), (25..25, 0));
    }

    #[test]
    fn integer_args() {
        assert!(arg_positive(b"-1", None).is_err());
        assert_eq!(
            arg_positive(b"x", None),
            Err(Reply::err("ERR value is out of range, must be positive"))
        );
        assert_eq!(
            arg_range(b"-9223372036854775808", -i64::MAX, i64::MAX, None),
            Err(Reply::err(
                "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807"
            ))
        );
    }
}
