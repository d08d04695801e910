//! String commands (SET family, GET family, counters, ranges, LCS) and bitmap commands,
//! with Redis 7.0.15's option parsing and error texts.

use super::flags::*;
use super::{CommandSpec, Handler, Keys};
use crate::keyspace::Value;
use crate::resp::Reply;
use crate::state::Ctx;
use crate::util::parse_i64;

/// Largest string the engine will build (SETRANGE / APPEND / SETBIT growth). Redis allows
/// up to `proto-max-bulk-len` (512MB); the playground also caps allocations at 64MB so a
/// command cannot exhaust a browser tab. Both limits give Redis's error text.
pub const MAX_STRING_ALLOC: i64 = 64 * 1024 * 1024;

/// `ERR string exceeds maximum allowed size (proto-max-bulk-len)`
pub const STRING_TOO_LONG: &str = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";

/// Checks a resulting string size against `proto-max-bulk-len` (and [`MAX_STRING_ALLOC`]).
pub fn check_string_length(ctx: &Ctx, size: i64, append: i64) -> Result<(), Reply> {
    let limit = ctx
        .core
        .config
        .int("proto-max-bulk-len")
        .min(MAX_STRING_ALLOC);
    match size.checked_add(append) {
        Some(total) if total <= limit => Ok(()),
        _ => Err(Reply::err(STRING_TOO_LONG)),
    }
}

/// Reads a string key: `Ok(None)` if missing, WRONGTYPE if it holds another type.
pub fn read_str(ctx: &mut Ctx, key: &[u8]) -> Result<Option<Vec<u8>>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(_) => Err(Reply::wrongtype()),
    }
}

/// Length of a string key without copying it (`Ok(None)` if missing).
fn str_len(ctx: &mut Ctx, key: &[u8]) -> Result<Option<usize>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.len())),
        Some(_) => Err(Reply::wrongtype()),
    }
}

/// Parses an integer argument (`ERR value is not an integer or out of range`).
pub fn arg_i64(b: &[u8]) -> Result<i64, Reply> {
    parse_i64(b).ok_or_else(Reply::not_int)
}

/// `ERR invalid expire time in '<cmd>' command`
pub fn invalid_expire(cmd: &str) -> Reply {
    Reply::err(format!("ERR invalid expire time in '{cmd}' command"))
}

const F_NX: u32 = 1;
const F_XX: u32 = 2;
const F_GET: u32 = 4;
const F_KEEPTTL: u32 = 8;
const F_PERSIST: u32 = 16;
const F_EX: u32 = 32;
const F_PX: u32 = 64;
const F_EXAT: u32 = 128;
const F_PXAT: u32 = 256;
const F_ANY_EXPIRE: u32 = F_EX | F_PX | F_EXAT | F_PXAT;

/// Parses SET / GETEX options from `start` on (Redis's `parseExtendedStringArgumentsOrReply`).
fn parse_ext_args(ctx: &Ctx, start: usize, is_set: bool) -> Result<(u32, Option<Vec<u8>>), Reply> {
    let mut flags = 0u32;
    let mut expire = None;
    let mut j = start;
    let argc = ctx.args.len();
    while j < argc {
        let opt = ctx.arg(j).to_ascii_uppercase();
        let has_next = j + 1 < argc;
        let o = opt.as_slice();
        if o == b"NX" && flags & F_XX == 0 && is_set {
            flags |= F_NX;
        } else if o == b"XX" && flags & F_NX == 0 && is_set {
            flags |= F_XX;
        } else if o == b"GET" && is_set {
            flags |= F_GET;
        } else if o == b"KEEPTTL" && flags & (F_PERSIST | F_ANY_EXPIRE) == 0 && is_set {
            flags |= F_KEEPTTL;
        } else if o == b"PERSIST" && !is_set && flags & (F_ANY_EXPIRE | F_KEEPTTL) == 0 {
            flags |= F_PERSIST;
        } else if o == b"EX"
            && flags & (F_KEEPTTL | F_PERSIST | F_EXAT | F_PX | F_PXAT) == 0
            && has_next
        {
            flags |= F_EX;
            expire = Some(ctx.arg(j + 1).to_vec());
            j += 1;
        } else if o == b"PX"
            && flags & (F_KEEPTTL | F_PERSIST | F_EX | F_EXAT | F_PXAT) == 0
            && has_next
        {
            flags |= F_PX;
            expire = Some(ctx.arg(j + 1).to_vec());
            j += 1;
        } else if o == b"EXAT"
            && flags & (F_KEEPTTL | F_PERSIST | F_EX | F_PX | F_PXAT) == 0
            && has_next
        {
            flags |= F_EXAT;
            expire = Some(ctx.arg(j + 1).to_vec());
            j += 1;
        } else if o == b"PXAT"
            && flags & (F_KEEPTTL | F_PERSIST | F_EX | F_EXAT | F_PX) == 0
            && has_next
        {
            flags |= F_PXAT;
            expire = Some(ctx.arg(j + 1).to_vec());
            j += 1;
        } else {
            return Err(Reply::syntax());
        }
        j += 1;
    }
    Ok((flags, expire))
}

/// Converts an expire argument to an absolute unix-ms time (Redis's
/// `getExpireMillisecondsOrReply`). `seconds` selects the unit, `relative` adds now.
pub fn expire_ms(
    ctx: &Ctx,
    arg: &[u8],
    seconds: bool,
    relative: bool,
    cmd: &str,
) -> Result<i64, Reply> {
    let v = arg_i64(arg)?;
    if v <= 0 || (seconds && v > i64::MAX / 1000) {
        return Err(invalid_expire(cmd));
    }
    let mut ms = if seconds { v * 1000 } else { v };
    if relative {
        ms = ms
            .checked_add(ctx.now_ms())
            .ok_or_else(|| invalid_expire(cmd))?;
    }
    if ms <= 0 {
        return Err(invalid_expire(cmd));
    }
    Ok(ms)
}

fn expire_from_flags(
    ctx: &Ctx,
    flags: u32,
    expire: &Option<Vec<u8>>,
    cmd: &str,
) -> Result<Option<i64>, Reply> {
    match expire {
        None => Ok(None),
        Some(e) => {
            let seconds = flags & (F_EX | F_EXAT) != 0;
            let relative = flags & (F_EX | F_PX) != 0;
            expire_ms(ctx, e, seconds, relative, cmd).map(Some)
        }
    }
}

/// Shared body of SET / SETNX / SETEX / PSETEX.
#[allow(clippy::too_many_arguments)]
fn set_generic(
    ctx: &mut Ctx,
    flags: u32,
    key: &[u8],
    val: &[u8],
    expire_at: Option<i64>,
    ok: Reply,
    abort: Reply,
) -> Reply {
    let mut old_reply = None;
    if flags & F_GET != 0 {
        match read_str(ctx, key) {
            Err(e) => return e,
            Ok(Some(v)) => old_reply = Some(Reply::Bulk(v)),
            Ok(None) => old_reply = Some(Reply::Nil),
        }
    }
    let now = ctx.now_ms();
    let found = ctx.db().contains(key, now);
    if (flags & F_NX != 0 && found) || (flags & F_XX != 0 && !found) {
        return old_reply.unwrap_or(abort);
    }
    if flags & F_KEEPTTL != 0 {
        ctx.db()
            .set_keep_ttl(key.to_vec(), Value::Str(val.to_vec()));
    } else {
        ctx.db().set(key.to_vec(), Value::Str(val.to_vec()));
    }
    ctx.dirty(1);
    if let Some(when) = expire_at {
        ctx.db().set_expire(key, when);
    }
    old_reply.unwrap_or(ok)
}

fn cmd_set(ctx: &mut Ctx) -> Reply {
    let (flags, expire) = match parse_ext_args(ctx, 3, true) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let when = match expire_from_flags(ctx, flags, &expire, "set") {
        Ok(w) => w,
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    let val = ctx.arg(2).to_vec();
    set_generic(ctx, flags, &key, &val, when, Reply::ok(), Reply::Nil)
}

fn cmd_setnx(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    let val = ctx.arg(2).to_vec();
    set_generic(ctx, F_NX, &key, &val, None, Reply::Int(1), Reply::Int(0))
}

fn cmd_setex(ctx: &mut Ctx) -> Reply {
    let when = match expire_ms(ctx, ctx.arg(2), true, true, "setex") {
        Ok(w) => w,
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    let val = ctx.arg(3).to_vec();
    set_generic(ctx, 0, &key, &val, Some(when), Reply::ok(), Reply::Nil)
}

fn cmd_psetex(ctx: &mut Ctx) -> Reply {
    let when = match expire_ms(ctx, ctx.arg(2), false, true, "psetex") {
        Ok(w) => w,
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    let val = ctx.arg(3).to_vec();
    set_generic(ctx, 0, &key, &val, Some(when), Reply::ok(), Reply::Nil)
}

fn cmd_get(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    match read_str(ctx, &key) {
        Ok(Some(v)) => Reply::Bulk(v),
        Ok(None) => Reply::Nil,
        Err(e) => e,
    }
}

fn cmd_getex(ctx: &mut Ctx) -> Reply {
    let (flags, expire) = match parse_ext_args(ctx, 2, false) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    let val = match read_str(ctx, &key) {
        Ok(Some(v)) => v,
        Ok(None) => return Reply::Nil,
        Err(e) => return e,
    };
    let when = match expire_from_flags(ctx, flags, &expire, "getex") {
        Ok(w) => w,
        Err(e) => return e,
    };
    let now = ctx.now_ms();
    if let Some(w) = when {
        if flags & (F_EXAT | F_PXAT) != 0 && w <= now {
            ctx.db().remove(&key);
        } else {
            ctx.db().set_expire(&key, w);
        }
        ctx.dirty(1);
    } else if flags & F_PERSIST != 0 && ctx.db().persist(&key) {
        ctx.dirty(1);
    }
    Reply::Bulk(val)
}

fn cmd_getdel(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    match read_str(ctx, &key) {
        Ok(Some(v)) => {
            ctx.db().remove(&key);
            ctx.dirty(1);
            Reply::Bulk(v)
        }
        Ok(None) => Reply::Nil,
        Err(e) => e,
    }
}

fn cmd_getset(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    let old = match read_str(ctx, &key) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let val = ctx.arg(2).to_vec();
    ctx.db().set(key, Value::Str(val));
    ctx.dirty(1);
    old.map(Reply::Bulk).unwrap_or(Reply::Nil)
}

fn cmd_mget(ctx: &mut Ctx) -> Reply {
    let mut out = Vec::with_capacity(ctx.args.len().saturating_sub(1));
    for i in 1..ctx.args.len() {
        let key = ctx.arg(i).to_vec();
        out.push(match ctx.get(&key) {
            Some(Value::Str(s)) => Reply::Bulk(s.clone()),
            _ => Reply::Nil,
        });
    }
    Reply::Array(out)
}

fn mset_generic(ctx: &mut Ctx, nx: bool) -> Reply {
    let name = if nx { "msetnx" } else { "mset" };
    if ctx.args.len().is_multiple_of(2) {
        return Reply::wrong_arity(name);
    }
    if nx {
        let now = ctx.now_ms();
        for i in (1..ctx.args.len()).step_by(2) {
            let key = ctx.arg(i).to_vec();
            if ctx.db().contains(&key, now) {
                return Reply::Int(0);
            }
        }
    }
    for i in (1..ctx.args.len()).step_by(2) {
        let key = ctx.arg(i).to_vec();
        let val = ctx.arg(i + 1).to_vec();
        ctx.db().set(key, Value::Str(val));
    }
    let n = (ctx.args.len() / 2) as u64;
    ctx.dirty(n);
    if nx {
        Reply::Int(1)
    } else {
        Reply::ok()
    }
}

fn cmd_mset(ctx: &mut Ctx) -> Reply {
    mset_generic(ctx, false)
}

fn cmd_msetnx(ctx: &mut Ctx) -> Reply {
    mset_generic(ctx, true)
}

fn cmd_append(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    let add = ctx.arg(2).to_vec();
    let cur = match str_len(ctx, &key) {
        Ok(v) => v,
        Err(e) => return e,
    };
    match cur {
        None => {
            let n = add.len();
            ctx.db().set_keep_ttl(key, Value::Str(add));
            ctx.dirty(1);
            Reply::Int(n as i64)
        }
        Some(len) => {
            if let Err(e) = check_string_length(ctx, len as i64, add.len() as i64) {
                return e;
            }
            let now = ctx.now_ms();
            let n = match ctx.db().get_mut(&key, now) {
                Some(Value::Str(s)) => {
                    s.extend_from_slice(&add);
                    s.len()
                }
                _ => 0,
            };
            ctx.db().set_str_encoding(&key, "raw");
            ctx.dirty(1);
            Reply::Int(n as i64)
        }
    }
}

fn cmd_strlen(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    match str_len(ctx, &key) {
        Ok(v) => Reply::Int(v.unwrap_or(0) as i64),
        Err(e) => e,
    }
}

fn incr_generic(ctx: &mut Ctx, incr: i64) -> Reply {
    let key = ctx.arg(1).to_vec();
    let cur = match read_str(ctx, &key) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let old = match cur {
        None => 0,
        Some(s) => match parse_i64(&s) {
            Some(v) => v,
            None => return Reply::not_int(),
        },
    };
    let Some(new) = old.checked_add(incr) else {
        return Reply::err("ERR increment or decrement would overflow");
    };
    ctx.db()
        .set_keep_ttl(key, Value::Str(new.to_string().into_bytes()));
    ctx.dirty(1);
    Reply::Int(new)
}

fn cmd_incr(ctx: &mut Ctx) -> Reply {
    incr_generic(ctx, 1)
}

fn cmd_decr(ctx: &mut Ctx) -> Reply {
    incr_generic(ctx, -1)
}

fn cmd_incrby(ctx: &mut Ctx) -> Reply {
    match arg_i64(ctx.arg(2)) {
        Ok(v) => incr_generic(ctx, v),
        Err(e) => e,
    }
}

fn cmd_decrby(ctx: &mut Ctx) -> Reply {
    match arg_i64(ctx.arg(2)) {
        Ok(i64::MIN) => Reply::err("ERR decrement would overflow"),
        Ok(v) => incr_generic(ctx, -v),
        Err(e) => e,
    }
}

fn cmd_incrbyfloat(ctx: &mut Ctx) -> Reply {
    use crate::util::{incr_float_str, IncrFloatError};
    let key = ctx.arg(1).to_vec();
    let cur = match read_str(ctx, &key) {
        Ok(v) => v,
        Err(e) => return e,
    };
    match incr_float_str(cur.as_deref(), ctx.arg(2)) {
        Ok(v) => {
            let enc = if v.len() <= 44 { "embstr" } else { "raw" };
            ctx.db().set_keep_ttl(key.clone(), Value::Str(v.clone()));
            ctx.db().set_str_encoding(&key, enc);
            ctx.dirty(1);
            Reply::Bulk(v)
        }
        Err(IncrFloatError::NanOrInf) => Reply::err("ERR increment would produce NaN or Infinity"),
        Err(_) => Reply::not_float(),
    }
}

/// Redis's GETRANGE index arithmetic: the byte range `[start, end]` of a string of `len`.
pub fn str_range(len: usize, start: i64, end: i64) -> Option<(usize, usize)> {
    let len_i = len as i64;
    if start < 0 && end < 0 && start > end {
        return None;
    }
    let mut s = if start < 0 {
        len_i.saturating_add(start)
    } else {
        start
    };
    let mut e = if end < 0 {
        len_i.saturating_add(end)
    } else {
        end
    };
    if s < 0 {
        s = 0;
    }
    if e < 0 {
        e = 0;
    }
    if e >= len_i {
        e = len_i - 1;
    }
    if s > e || len == 0 {
        return None;
    }
    Some((s as usize, e as usize))
}

fn cmd_getrange(ctx: &mut Ctx) -> Reply {
    let start = match arg_i64(ctx.arg(2)) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let end = match arg_i64(ctx.arg(3)) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    match ctx.get(&key) {
        None => Reply::bulk(b""),
        Some(Value::Str(s)) => match str_range(s.len(), start, end) {
            None => Reply::bulk(b""),
            Some((a, b)) => Reply::bulk(s.get(a..=b).unwrap_or_default()),
        },
        Some(_) => Reply::wrongtype(),
    }
}

fn cmd_substr(ctx: &mut Ctx) -> Reply {
    cmd_getrange(ctx)
}

fn cmd_setrange(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    let offset = match arg_i64(ctx.arg(2)) {
        Ok(v) => v,
        Err(e) => return e,
    };
    if offset < 0 {
        return Reply::err("ERR offset is out of range");
    }
    let value = ctx.arg(3).to_vec();
    let cur = match str_len(ctx, &key) {
        Ok(v) => v,
        Err(e) => return e,
    };
    if value.is_empty() {
        return Reply::Int(cur.unwrap_or(0) as i64);
    }
    if let Err(e) = check_string_length(ctx, offset, value.len() as i64) {
        return e;
    }
    let off = offset as usize;
    let now = ctx.now_ms();
    if cur.is_none() {
        ctx.db().set(key.clone(), Value::Str(Vec::new()));
    }
    let n = match ctx.db().get_mut(&key, now) {
        Some(Value::Str(s)) => {
            let need = off + value.len();
            if s.len() < need {
                s.resize(need, 0);
            }
            if let Some(dst) = s.get_mut(off..need) {
                dst.copy_from_slice(&value);
            }
            s.len()
        }
        _ => 0,
    };
    ctx.db().set_str_encoding(&key, "raw");
    ctx.dirty(1);
    Reply::Int(n as i64)
}

/// LCS's dynamic-programming table is (|a|+1)·(|b|+1) cells; refuse beyond this many.
const LCS_MAX_CELLS: u64 = 4 * 1024 * 1024;

fn cmd_lcs(ctx: &mut Ctx) -> Reply {
    let ka = ctx.arg(1).to_vec();
    let kb = ctx.arg(2).to_vec();
    let a = match ctx.get(&ka) {
        None => Vec::new(),
        Some(Value::Str(s)) => s.clone(),
        Some(_) => return Reply::err("ERR The specified keys must contain string values"),
    };
    let b = match ctx.get(&kb) {
        None => Vec::new(),
        Some(Value::Str(s)) => s.clone(),
        Some(_) => return Reply::err("ERR The specified keys must contain string values"),
    };
    let (mut getidx, mut getlen, mut withmatchlen) = (false, false, false);
    let mut minmatchlen: i64 = 0;
    let mut j = 3;
    while j < ctx.args.len() {
        let opt = ctx.arg(j).to_ascii_uppercase();
        let more = ctx.args.len() - 1 - j;
        match opt.as_slice() {
            b"IDX" => getidx = true,
            b"LEN" => getlen = true,
            b"WITHMATCHLEN" => withmatchlen = true,
            b"MINMATCHLEN" if more > 0 => {
                minmatchlen = match arg_i64(ctx.arg(j + 1)) {
                    Ok(v) => v.max(0),
                    Err(e) => return e,
                };
                j += 1;
            }
            _ => return Reply::syntax(),
        }
        j += 1;
    }
    if getidx && getlen {
        return Reply::err("ERR If you want both the length and indexes, please just use IDX.");
    }
    let (alen, blen) = (a.len(), b.len());
    let cells = (alen as u64 + 1).saturating_mul(blen as u64 + 1);
    let pmbl = ctx.core.config.int("proto-max-bulk-len").max(0) as u64;
    if cells > pmbl / 4 || cells > LCS_MAX_CELLS {
        return Reply::err(
            "ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len",
        );
    }
    let w = blen + 1;
    let mut dp = vec![0u32; (alen + 1) * w];
    let at = |i: usize, j: usize| i * w + j;
    for i in 1..=alen {
        for jj in 1..=blen {
            let v = if a.get(i - 1) == b.get(jj - 1) {
                dp.get(at(i - 1, jj - 1)).copied().unwrap_or(0) + 1
            } else {
                let l1 = dp.get(at(i - 1, jj)).copied().unwrap_or(0);
                let l2 = dp.get(at(i, jj - 1)).copied().unwrap_or(0);
                l1.max(l2)
            };
            if let Some(c) = dp.get_mut(at(i, jj)) {
                *c = v;
            }
        }
    }
    let total = dp.get(at(alen, blen)).copied().unwrap_or(0);
    let computelcs = getidx || !getlen;
    let mut result = vec![0u8; if computelcs { total as usize } else { 0 }];
    let mut idx = total as usize;
    let mut matches = Vec::new();
    let (mut as_, mut ae, mut bs, mut be) = (alen, 0usize, 0usize, 0usize);
    let (mut i, mut jj) = (alen, blen);
    while computelcs && i > 0 && jj > 0 {
        let mut emit = false;
        if a.get(i - 1) == b.get(jj - 1) {
            if let (Some(r), Some(&c)) = (result.get_mut(idx.wrapping_sub(1)), a.get(i - 1)) {
                *r = c;
            }
            if as_ == alen {
                as_ = i - 1;
                ae = i - 1;
                bs = jj - 1;
                be = jj - 1;
            } else if as_ == i && bs == jj {
                as_ -= 1;
                bs -= 1;
            } else {
                emit = true;
            }
            if as_ == 0 || bs == 0 {
                emit = true;
            }
            idx = idx.saturating_sub(1);
            i -= 1;
            jj -= 1;
        } else {
            let l1 = dp.get(at(i - 1, jj)).copied().unwrap_or(0);
            let l2 = dp.get(at(i, jj - 1)).copied().unwrap_or(0);
            if l1 > l2 {
                i -= 1;
            } else {
                jj -= 1;
            }
            if as_ != alen {
                emit = true;
            }
        }
        if emit {
            let mlen = (ae - as_ + 1) as i64;
            if minmatchlen == 0 || mlen >= minmatchlen {
                let mut m = vec![
                    Reply::Array(vec![Reply::Int(as_ as i64), Reply::Int(ae as i64)]),
                    Reply::Array(vec![Reply::Int(bs as i64), Reply::Int(be as i64)]),
                ];
                if withmatchlen {
                    m.push(Reply::Int(mlen));
                }
                matches.push(Reply::Array(m));
            }
            as_ = alen;
        }
    }
    if getidx {
        Reply::Map(vec![
            (Reply::bulk("matches"), Reply::Array(matches)),
            (Reply::bulk("len"), Reply::Int(i64::from(total))),
        ])
    } else if getlen {
        Reply::Int(i64::from(total))
    } else {
        Reply::Bulk(result)
    }
}

// ---------------------------------------------------------------------------------------
// Bitmaps
// ---------------------------------------------------------------------------------------

/// Parses a bit offset (`#N` multiplies by `bits` when `hash` is allowed), Redis's
/// `getBitOffsetFromArgument`.
fn bit_offset(ctx: &Ctx, arg: &[u8], hash: bool, bits: i64) -> Result<u64, Reply> {
    let err = || Reply::err("ERR bit offset is not an integer or out of range");
    let usehash = hash && arg.first() == Some(&b'#');
    let digits = if usehash {
        arg.get(1..).unwrap_or_default()
    } else {
        arg
    };
    let mut off = parse_i64(digits).ok_or_else(err)?;
    if usehash {
        off = off.checked_mul(bits).ok_or_else(err)?;
    }
    let pmbl = ctx.core.config.int("proto-max-bulk-len");
    if off < 0 || (off >> 3) >= pmbl {
        return Err(err());
    }
    Ok(off as u64)
}

/// Gets (creating if needed) a string key grown to at least `min_len` bytes for a bit write.
fn string_for_bit_write<'a>(
    ctx: &'a mut Ctx,
    key: &[u8],
    byte: u64,
) -> Result<&'a mut Vec<u8>, Reply> {
    let exists = match ctx.get(key) {
        None => false,
        Some(Value::Str(_)) => true,
        Some(_) => return Err(Reply::wrongtype()),
    };
    check_string_length(ctx, byte as i64 + 1, 0)?;
    if !exists {
        ctx.db().set(key.to_vec(), Value::Str(Vec::new()));
    }
    ctx.db().set_str_encoding(key, "raw");
    let now = ctx.now_ms();
    match ctx.db().get_mut(key, now) {
        Some(Value::Str(s)) => {
            let need = byte as usize + 1;
            if s.len() < need {
                s.resize(need, 0);
            }
            Ok(s)
        }
        _ => Err(Reply::wrongtype()),
    }
}

fn cmd_setbit(ctx: &mut Ctx) -> Reply {
    let off = match bit_offset(ctx, ctx.arg(2), false, 0) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let on = match parse_i64(ctx.arg(3)) {
        Some(v @ (0 | 1)) => v as u8,
        _ => return Reply::err("ERR bit is not an integer or out of range"),
    };
    let key = ctx.arg(1).to_vec();
    let byte = off >> 3;
    let bit = 7 - (off & 7) as u8;
    let s = match string_for_bit_write(ctx, &key, byte) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let Some(b) = s.get_mut(byte as usize) else {
        return Reply::Int(0);
    };
    let old = (*b >> bit) & 1;
    *b = (*b & !(1 << bit)) | (on << bit);
    ctx.dirty(1);
    Reply::Int(i64::from(old))
}

fn cmd_getbit(ctx: &mut Ctx) -> Reply {
    let off = match bit_offset(ctx, ctx.arg(2), false, 0) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    match ctx.get(&key) {
        None => Reply::Int(0),
        Some(Value::Str(s)) => {
            let v = usize::try_from(off >> 3)
                .ok()
                .and_then(|i| s.get(i))
                .map(|b| (b >> (7 - (off & 7))) & 1)
                .unwrap_or(0);
            Reply::Int(i64::from(v))
        }
        Some(_) => Reply::wrongtype(),
    }
}

/// Normalizes a BITCOUNT/BITPOS range over `totlen` units (bytes or bits).
fn norm_range(totlen: i64, start: i64, end: i64) -> (i64, i64) {
    let mut s = if start < 0 { totlen + start } else { start };
    let mut e = if end < 0 { totlen + end } else { end };
    if s < 0 {
        s = 0;
    }
    if e < 0 {
        e = 0;
    }
    if e >= totlen {
        e = totlen - 1;
    }
    (s, e)
}

fn parse_bit_unit(arg: &[u8]) -> Result<bool, Reply> {
    if arg.eq_ignore_ascii_case(b"bit") {
        Ok(true)
    } else if arg.eq_ignore_ascii_case(b"byte") {
        Ok(false)
    } else {
        Err(Reply::syntax())
    }
}

fn bit_at(s: &[u8], pos: i64) -> u8 {
    usize::try_from(pos >> 3)
        .ok()
        .and_then(|i| s.get(i))
        .map(|b| (b >> (7 - (pos & 7))) & 1)
        .unwrap_or(0)
}

fn cmd_bitcount(ctx: &mut Ctx) -> Reply {
    let argc = ctx.args.len();
    let key = ctx.arg(1).to_vec();
    let (range, isbit) = if argc == 4 || argc == 5 {
        let start = match arg_i64(ctx.arg(2)) {
            Ok(v) => v,
            Err(e) => return e,
        };
        let end = match arg_i64(ctx.arg(3)) {
            Ok(v) => v,
            Err(e) => return e,
        };
        let isbit = if argc == 5 {
            match parse_bit_unit(ctx.arg(4)) {
                Ok(b) => b,
                Err(e) => return e,
            }
        } else {
            false
        };
        (Some((start, end)), isbit)
    } else if argc == 2 {
        (None, false)
    } else {
        return Reply::syntax();
    };
    let s = match ctx.get(&key) {
        None => return Reply::Int(0),
        Some(Value::Str(s)) => s.clone(),
        Some(_) => return Reply::wrongtype(),
    };
    let bitlen = (s.len() as i64) * 8;
    let (sb, eb) = match range {
        None => (0, bitlen - 1),
        Some((start, end)) => {
            let totlen = if isbit { bitlen } else { s.len() as i64 };
            if start < 0 && end < 0 && start > end {
                return Reply::Int(0);
            }
            let (a, b) = norm_range(totlen, start, end);
            if isbit {
                (a, b)
            } else {
                (a * 8, b * 8 + 7)
            }
        }
    };
    if sb > eb {
        return Reply::Int(0);
    }
    let mut count: i64 = 0;
    let mut p = sb;
    while p <= eb {
        if p & 7 == 0 && p + 7 <= eb {
            count += i64::from(
                s.get((p >> 3) as usize)
                    .map(|b| b.count_ones())
                    .unwrap_or(0),
            );
            p += 8;
        } else {
            count += i64::from(bit_at(&s, p));
            p += 1;
        }
    }
    Reply::Int(count)
}

fn cmd_bitpos(ctx: &mut Ctx) -> Reply {
    let argc = ctx.args.len();
    let bit = match arg_i64(ctx.arg(2)) {
        Ok(b @ (0 | 1)) => b as u8,
        Ok(_) => return Reply::err("ERR The bit argument must be 1 or 0."),
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    let s = match ctx.get(&key) {
        None => return Reply::Int(if bit == 1 { -1 } else { 0 }),
        Some(Value::Str(s)) => s.clone(),
        Some(_) => return Reply::wrongtype(),
    };
    let strlen = s.len() as i64;
    let mut end_given = false;
    let (sb, eb) = if (4..=6).contains(&argc) {
        let start = match arg_i64(ctx.arg(3)) {
            Ok(v) => v,
            Err(e) => return e,
        };
        let isbit = if argc == 6 {
            match parse_bit_unit(ctx.arg(5)) {
                Ok(b) => b,
                Err(e) => return e,
            }
        } else {
            false
        };
        let end = if argc >= 5 {
            end_given = true;
            match arg_i64(ctx.arg(4)) {
                Ok(v) => v,
                Err(e) => return e,
            }
        } else if isbit {
            strlen * 8 + 7
        } else {
            strlen - 1
        };
        let totlen = if isbit { strlen * 8 } else { strlen };
        let (a, b) = norm_range(totlen, start, end);
        if a > b {
            return Reply::Int(-1);
        }
        if isbit {
            (a, b)
        } else {
            (a * 8, b * 8 + 7)
        }
    } else if argc == 3 {
        if strlen == 0 {
            return Reply::Int(-1);
        }
        (0, strlen * 8 - 1)
    } else {
        return Reply::syntax();
    };
    let skip = if bit == 1 { 0x00u8 } else { 0xFF };
    let mut p = sb;
    while p <= eb {
        if p & 7 == 0 && p + 7 <= eb && s.get((p >> 3) as usize) == Some(&skip) {
            p += 8;
            continue;
        }
        if bit_at(&s, p) == bit {
            return Reply::Int(p);
        }
        p += 1;
    }
    if bit == 1 || end_given {
        Reply::Int(-1)
    } else {
        Reply::Int(eb + 1)
    }
}

fn cmd_bitop(ctx: &mut Ctx) -> Reply {
    let op = ctx.arg(1).to_ascii_lowercase();
    if !matches!(op.as_slice(), b"and" | b"or" | b"xor" | b"not") {
        return Reply::syntax();
    }
    if op == b"not" && ctx.args.len() != 4 {
        return Reply::err("ERR BITOP NOT must be called with a single source key.");
    }
    let mut srcs: Vec<Vec<u8>> = Vec::new();
    for i in 3..ctx.args.len() {
        let k = ctx.arg(i).to_vec();
        match ctx.get(&k) {
            None => srcs.push(Vec::new()),
            Some(Value::Str(s)) => srcs.push(s.clone()),
            Some(_) => return Reply::wrongtype(),
        }
    }
    let maxlen = srcs.iter().map(|s| s.len()).max().unwrap_or(0);
    let dest = ctx.arg(2).to_vec();
    if maxlen == 0 {
        if ctx.db().remove(&dest).is_some() {
            ctx.dirty(1);
        }
        return Reply::Int(0);
    }
    let mut res = vec![0u8; maxlen];
    for (i, r) in res.iter_mut().enumerate() {
        let byte = |s: &Vec<u8>| s.get(i).copied().unwrap_or(0);
        *r = match op.as_slice() {
            b"not" => !srcs.first().map(byte).unwrap_or(0),
            b"and" => srcs.iter().map(byte).fold(0xFF, |a, b| a & b),
            b"or" => srcs.iter().map(byte).fold(0, |a, b| a | b),
            _ => srcs.iter().map(byte).fold(0, |a, b| a ^ b),
        };
    }
    ctx.db().set(dest.clone(), Value::Str(res));
    ctx.db().set_str_encoding(&dest, "raw");
    ctx.dirty(1);
    Reply::Int(maxlen as i64)
}

/// One BITFIELD integer type: signed/unsigned and width.
#[derive(Clone, Copy)]
struct BfType {
    signed: bool,
    bits: u32,
}

fn parse_bf_type(arg: &[u8]) -> Result<BfType, Reply> {
    let err = || {
        Reply::err(
            "ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.",
        )
    };
    let signed = match arg.first() {
        Some(b'i') | Some(b'I') => true,
        Some(b'u') | Some(b'U') => false,
        _ => return Err(err()),
    };
    let bits = parse_i64(arg.get(1..).unwrap_or_default()).ok_or_else(err)?;
    if bits < 1 || (signed && bits > 64) || (!signed && bits > 63) {
        return Err(err());
    }
    Ok(BfType {
        signed,
        bits: bits as u32,
    })
}

fn bf_get(s: &[u8], off: u64, t: BfType) -> i64 {
    let mut v: u64 = 0;
    for i in 0..u64::from(t.bits) {
        v = (v << 1) | u64::from(bit_at(s, (off + i) as i64));
    }
    if t.signed && t.bits < 64 && (v >> (t.bits - 1)) & 1 == 1 {
        v |= u64::MAX << t.bits;
    }
    v as i64
}

fn bf_set(s: &mut [u8], off: u64, t: BfType, val: i64) {
    let v = val as u64;
    for i in 0..u64::from(t.bits) {
        let bitv = ((v >> (u64::from(t.bits) - 1 - i)) & 1) as u8;
        let pos = off + i;
        if let Some(b) = s.get_mut((pos >> 3) as usize) {
            let sh = 7 - (pos & 7) as u8;
            *b = (*b & !(1 << sh)) | (bitv << sh);
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Overflow {
    Wrap,
    Sat,
    Fail,
}

/// Applies `incr` to `value` for type `t`; None means FAIL overflow.
fn bf_incr(value: i64, incr: i64, t: BfType, ov: Overflow) -> Option<i64> {
    if t.signed {
        let max: i128 = if t.bits == 64 {
            i128::from(i64::MAX)
        } else {
            (1i128 << (t.bits - 1)) - 1
        };
        let min: i128 = -max - 1;
        let r = i128::from(value) + i128::from(incr);
        if r > max || r < min {
            match ov {
                Overflow::Fail => None,
                Overflow::Sat => Some(if r > max { max as i64 } else { min as i64 }),
                Overflow::Wrap => {
                    let m = 1i128 << t.bits;
                    let mut w = r.rem_euclid(m);
                    if w > max {
                        w -= m;
                    }
                    Some(w as i64)
                }
            }
        } else {
            Some(r as i64)
        }
    } else {
        let max: i128 = (1i128 << t.bits) - 1;
        let r = i128::from(value) + i128::from(incr);
        if r > max || r < 0 {
            match ov {
                Overflow::Fail => None,
                Overflow::Sat => Some(if r > max { max as i64 } else { 0 }),
                Overflow::Wrap => Some(r.rem_euclid(max + 1) as i64),
            }
        } else {
            Some(r as i64)
        }
    }
}

/// SET of an unsigned field: the value is taken as an unsigned 64-bit number.
fn bf_unsigned_set(v: u64, t: BfType, ov: Overflow) -> Option<i64> {
    let max: u64 = (1u64 << t.bits) - 1;
    if v > max {
        match ov {
            Overflow::Fail => None,
            Overflow::Sat => Some(max as i64),
            Overflow::Wrap => Some((v & max) as i64),
        }
    } else {
        Some(v as i64)
    }
}

enum BfOp {
    Get(BfType, u64),
    Set(BfType, u64, i64, Overflow),
    Incr(BfType, u64, i64, Overflow),
}

fn bitfield_generic(ctx: &mut Ctx, readonly: bool) -> Reply {
    let mut ops = Vec::new();
    let mut ov = Overflow::Wrap;
    let mut j = 2;
    let argc = ctx.args.len();
    let mut any_write = false;
    while j < argc {
        let sub = ctx.arg(j).to_ascii_uppercase();
        let remargs = argc - j - 1;
        match sub.as_slice() {
            b"GET" if remargs >= 2 => {
                let t = match parse_bf_type(ctx.arg(j + 1)) {
                    Ok(t) => t,
                    Err(e) => return e,
                };
                let off = match bit_offset(ctx, ctx.arg(j + 2), true, i64::from(t.bits)) {
                    Ok(o) => o,
                    Err(e) => return e,
                };
                ops.push(BfOp::Get(t, off));
                j += 3;
            }
            b"SET" | b"INCRBY" if remargs >= 3 => {
                let t = match parse_bf_type(ctx.arg(j + 1)) {
                    Ok(t) => t,
                    Err(e) => return e,
                };
                let off = match bit_offset(ctx, ctx.arg(j + 2), true, i64::from(t.bits)) {
                    Ok(o) => o,
                    Err(e) => return e,
                };
                let v = match arg_i64(ctx.arg(j + 3)) {
                    Ok(v) => v,
                    Err(e) => return e,
                };
                if readonly {
                    return Reply::err("ERR BITFIELD_RO only supports the GET subcommand");
                }
                any_write = true;
                if sub == b"SET" {
                    ops.push(BfOp::Set(t, off, v, ov));
                } else {
                    ops.push(BfOp::Incr(t, off, v, ov));
                }
                j += 4;
            }
            b"OVERFLOW" if remargs >= 1 => {
                let o = ctx.arg(j + 1).to_ascii_uppercase();
                ov = match o.as_slice() {
                    b"WRAP" => Overflow::Wrap,
                    b"SAT" => Overflow::Sat,
                    b"FAIL" => Overflow::Fail,
                    _ => return Reply::err("ERR Invalid OVERFLOW type specified"),
                };
                j += 2;
            }
            _ => return Reply::syntax(),
        }
    }
    let key = ctx.arg(1).to_vec();
    if !any_write {
        let s = match ctx.get(&key) {
            None => Vec::new(),
            Some(Value::Str(s)) => s.clone(),
            Some(_) => return Reply::wrongtype(),
        };
        return Reply::Array(
            ops.iter()
                .map(|op| match op {
                    BfOp::Get(t, off) => Reply::Int(bf_get(&s, *off, *t)),
                    _ => Reply::Nil,
                })
                .collect(),
        );
    }
    let maxbyte = ops
        .iter()
        .map(|op| match op {
            BfOp::Get(..) => 0,
            BfOp::Set(t, off, ..) | BfOp::Incr(t, off, ..) => (off + u64::from(t.bits) - 1) >> 3,
        })
        .max()
        .unwrap_or(0);
    let mut changes = 0u64;
    let s = match string_for_bit_write(ctx, &key, maxbyte) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let mut out = Vec::new();
    for op in &ops {
        match *op {
            BfOp::Get(t, off) => out.push(Reply::Int(bf_get(s, off, t))),
            BfOp::Set(t, off, v, ov) => {
                let old = bf_get(s, off, t);
                let newv = if t.signed {
                    bf_incr(0, v, t, ov)
                } else {
                    bf_unsigned_set(v as u64, t, ov)
                };
                match newv {
                    Some(nv) => {
                        bf_set(s, off, t, nv);
                        changes += 1;
                        out.push(Reply::Int(old));
                    }
                    None => out.push(Reply::Nil),
                }
            }
            BfOp::Incr(t, off, v, ov) => {
                let old = bf_get(s, off, t);
                match bf_incr(old, v, t, ov) {
                    Some(nv) => {
                        bf_set(s, off, t, nv);
                        changes += 1;
                        out.push(Reply::Int(nv));
                    }
                    None => out.push(Reply::Nil),
                }
            }
        }
    }
    if changes > 0 {
        ctx.dirty(changes);
    }
    Reply::Array(out)
}

fn cmd_bitfield(ctx: &mut Ctx) -> Reply {
    bitfield_generic(ctx, false)
}

fn cmd_bitfield_ro(ctx: &mut Ctx) -> Reply {
    bitfield_generic(ctx, true)
}

/// The strings family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "append",
        arity: 3,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Append a value to a key",
        since: "2.0.0",
        syntax: "key value",
        handler: Handler::Core(cmd_append),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "decr",
        arity: 2,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Decrement the integer value of a key by one",
        since: "1.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_decr),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "decrby",
        arity: 3,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Decrement the integer value of a key by the given number",
        since: "1.0.0",
        syntax: "key decrement",
        handler: Handler::Core(cmd_decrby),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "get",
        arity: 2,
        flags: READONLY | FAST,
        acl: &["read", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Get the value of a key",
        since: "1.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_get),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getdel",
        arity: 2,
        flags: WRITE | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Get the value of a key and delete the key",
        since: "6.2.0",
        syntax: "key",
        handler: Handler::Core(cmd_getdel),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getex",
        arity: -2,
        flags: WRITE | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Get the value of a key and optionally set its expiration",
        since: "6.2.0",
        syntax: "key [EX seconds|PX milliseconds|EXAT unix-time-seconds|PXAT unix-time-milliseconds|PERSIST]",
        handler: Handler::Core(cmd_getex),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getrange",
        arity: 4,
        flags: READONLY,
        acl: &["read", "string", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Get a substring of the string stored at a key",
        since: "2.4.0",
        syntax: "key start end",
        handler: Handler::Core(cmd_getrange),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getset",
        arity: 3,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Set the string value of a key and return its old value",
        since: "1.0.0",
        syntax: "key value",
        handler: Handler::Core(cmd_getset),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "incr",
        arity: 2,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Increment the integer value of a key by one",
        since: "1.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_incr),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "incrby",
        arity: 3,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Increment the integer value of a key by the given amount",
        since: "1.0.0",
        syntax: "key increment",
        handler: Handler::Core(cmd_incrby),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "incrbyfloat",
        arity: 3,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Increment the float value of a key by the given amount",
        since: "2.6.0",
        syntax: "key increment",
        handler: Handler::Core(cmd_incrbyfloat),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "lcs",
        arity: -3,
        flags: READONLY,
        acl: &["read", "string", "slow"],
        keys: Keys::Range(1, 2, 1),
        group: "string",
        summary: "Find longest common substring",
        since: "7.0.0",
        syntax: "key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]",
        handler: Handler::Core(cmd_lcs),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "mget",
        arity: -2,
        flags: READONLY | FAST,
        acl: &["read", "string", "fast"],
        keys: Keys::Range(1, -1, 1),
        group: "string",
        summary: "Get the values of all the given keys",
        since: "1.0.0",
        syntax: "key [key ...]",
        handler: Handler::Core(cmd_mget),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "mset",
        arity: -3,
        flags: WRITE | DENYOOM,
        acl: &["write", "string", "slow"],
        keys: Keys::Range(1, -1, 2),
        group: "string",
        summary: "Set multiple keys to multiple values",
        since: "1.0.1",
        syntax: "key value [key value ...]",
        handler: Handler::Core(cmd_mset),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "msetnx",
        arity: -3,
        flags: WRITE | DENYOOM,
        acl: &["write", "string", "slow"],
        keys: Keys::Range(1, -1, 2),
        group: "string",
        summary: "Set multiple keys to multiple values, only if none of the keys exist",
        since: "1.0.1",
        syntax: "key value [key value ...]",
        handler: Handler::Core(cmd_msetnx),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "psetex",
        arity: 4,
        flags: WRITE | DENYOOM,
        acl: &["write", "string", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Set the value and expiration in milliseconds of a key",
        since: "2.6.0",
        syntax: "key milliseconds value",
        handler: Handler::Core(cmd_psetex),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "set",
        arity: -3,
        flags: WRITE | DENYOOM,
        acl: &["write", "string", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Set the string value of a key",
        since: "1.0.0",
        syntax: "key value [NX|XX] [GET] [EX seconds|PX milliseconds|EXAT unix-time-seconds|PXAT unix-time-milliseconds|KEEPTTL]",
        handler: Handler::Core(cmd_set),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setex",
        arity: 4,
        flags: WRITE | DENYOOM,
        acl: &["write", "string", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Set the value and expiration of a key",
        since: "2.0.0",
        syntax: "key seconds value",
        handler: Handler::Core(cmd_setex),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setnx",
        arity: 3,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Set the value of a key, only if the key does not exist",
        since: "1.0.0",
        syntax: "key value",
        handler: Handler::Core(cmd_setnx),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setrange",
        arity: 4,
        flags: WRITE | DENYOOM,
        acl: &["write", "string", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Overwrite part of a string at key starting at the specified offset",
        since: "2.2.0",
        syntax: "key offset value",
        handler: Handler::Core(cmd_setrange),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "strlen",
        arity: 2,
        flags: READONLY | FAST,
        acl: &["read", "string", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Get the length of the value stored in a key",
        since: "2.2.0",
        syntax: "key",
        handler: Handler::Core(cmd_strlen),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "substr",
        arity: 4,
        flags: READONLY,
        acl: &["read", "string", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "string",
        summary: "Get a substring of the string stored at a key",
        since: "1.0.0",
        syntax: "key start end",
        handler: Handler::Core(cmd_substr),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setbit",
        arity: 4,
        flags: WRITE | DENYOOM,
        acl: &["write", "bitmap", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "bitmap",
        summary: "Sets or clears the bit at offset in the string value stored at key",
        since: "2.2.0",
        syntax: "key offset value",
        handler: Handler::Core(cmd_setbit),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "getbit",
        arity: 3,
        flags: READONLY | FAST,
        acl: &["read", "bitmap", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "bitmap",
        summary: "Returns the bit value at offset in the string value stored at key",
        since: "2.2.0",
        syntax: "key offset",
        handler: Handler::Core(cmd_getbit),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bitcount",
        arity: -2,
        flags: READONLY,
        acl: &["read", "bitmap", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "bitmap",
        summary: "Count set bits in a string",
        since: "2.6.0",
        syntax: "key [start end [BYTE|BIT]]",
        handler: Handler::Core(cmd_bitcount),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bitpos",
        arity: -3,
        flags: READONLY,
        acl: &["read", "bitmap", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "bitmap",
        summary: "Find first bit set or clear in a string",
        since: "2.8.7",
        syntax: "key bit [start [end [BYTE|BIT]]]",
        handler: Handler::Core(cmd_bitpos),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bitop",
        arity: -4,
        flags: WRITE | DENYOOM,
        acl: &["write", "bitmap", "slow"],
        keys: Keys::Range(2, -1, 1),
        group: "bitmap",
        summary: "Perform bitwise operations between strings",
        since: "2.6.0",
        syntax: "operation destkey key [key ...]",
        handler: Handler::Core(cmd_bitop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bitfield",
        arity: -2,
        flags: WRITE | DENYOOM,
        acl: &["write", "bitmap", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "bitmap",
        summary: "Perform arbitrary bitfield integer operations on strings",
        since: "3.2.0",
        syntax: "key [GET encoding offset|[OVERFLOW WRAP|SAT|FAIL] SET encoding offset value|INCRBY encoding offset increment [GET encoding offset|[OVERFLOW WRAP|SAT|FAIL] SET encoding offset value|INCRBY encoding offset increment ...]]",
        handler: Handler::Core(cmd_bitfield),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bitfield_ro",
        arity: -2,
        flags: READONLY | FAST,
        acl: &["read", "bitmap", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "bitmap",
        summary: "Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD",
        since: "6.0.0",
        syntax: "key [GET encoding offset [GET encoding offset ...]]",
        handler: Handler::Core(cmd_bitfield_ro),
        ..CommandSpec::DEFAULT
    },
];
