//! Sorted set commands: ZADD (NX/XX/GT/LT/CH/INCR), the ZRANGE family (rank, score, lex,
//! REV, LIMIT, WITHSCORES, STORE), pops (ZPOPMIN/MAX, ZMPOP and the non-blocking BZ* forms),
//! set algebra (ZUNION/ZINTER/ZDIFF and their STORE forms, ZINTERCARD), ZRANDMEMBER, ZSCAN.
//! Scores are replied as doubles (RESP3 `,`; `%.17g` bulks in RESP2); under RESP3
//! WITHSCORES results are `[member, score]` pairs exactly where Redis 7.0 nests them.

use std::collections::HashMap;

use super::hashes::{
    arg_double, arg_i64, arg_positive, arg_range, del_if_empty, distinct_positions, glob_match,
    parse_cursor, parse_scan_opts, rand_below, scan_reply, scan_window, strtod_full,
    MAX_RANDOM_REPLY,
};
use super::lists::{check_timeout, norm_range, parse_mpop};
use super::{flags, CommandSpec, Handler, Keys};
use crate::keyspace::zset::{LexBound, LexRange, ScoreRange};
use crate::keyspace::{SetValue, Value, ZSet};
use crate::resp::Reply;
use crate::state::Ctx;

use super::arg_at as a;

fn read_z<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<Option<&'a mut ZSet>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::ZSet(z)) => Ok(Some(z)),
        Some(_) => Err(Reply::wrongtype()),
    }
}

const NAN_ERR: &str = "ERR resulting score is not a number (NaN)";

/// Pushes a (member, score) pair into a reply, nested under RESP3 when `pairs`.
fn emit(out: &mut Vec<Reply>, m: &[u8], s: f64, withscores: bool, pairs: bool) {
    if withscores && pairs {
        out.push(Reply::Array(vec![Reply::bulk(m), Reply::Double(s)]));
    } else {
        out.push(Reply::bulk(m));
        if withscores {
            out.push(Reply::Double(s));
        }
    }
}

fn emit_all(items: &[(Vec<u8>, f64)], withscores: bool, pairs: bool) -> Reply {
    let mut out = Vec::with_capacity(items.len() * if withscores { 2 } else { 1 });
    for (m, s) in items {
        emit(&mut out, m, *s, withscores, pairs);
    }
    Reply::Array(out)
}

/// Score text as ZSCAN prints it: a listpack holds `d2string` text (integral values within
/// ±2^62 as integers), a skiplist's scores are printed with `%.17Lg`.
fn scan_score(s: f64, listpack: bool) -> String {
    const LIM: f64 = 4_611_686_018_427_387_904.0;
    if listpack && s.is_finite() && (-LIM..=LIM).contains(&s) && s == s.trunc() {
        return format!("{}", s as i64);
    }
    crate::util::numfmt::fmt_g(s, 17)
}

// ---------------------------------------------------------------------------------------
// ZADD / ZINCRBY
// ---------------------------------------------------------------------------------------

#[derive(Default, Clone, Copy)]
struct AddFlags {
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
    ch: bool,
    incr: bool,
}

#[derive(Default)]
struct AddOut {
    added: bool,
    updated: bool,
    nop: bool,
    newscore: f64,
}

fn zset_add(z: &mut ZSet, mut score: f64, m: &[u8], f: AddFlags) -> Result<AddOut, ()> {
    let mut out = AddOut::default();
    match z.score(m) {
        Some(cur) => {
            if f.nx {
                out.nop = true;
                return Ok(out);
            }
            if f.incr {
                score += cur;
                if score.is_nan() {
                    return Err(());
                }
            }
            if (f.gt && score <= cur) || (f.lt && score >= cur) {
                out.nop = true;
                return Ok(out);
            }
            out.newscore = score;
            if score != cur {
                z.insert(m.to_vec(), score);
                out.updated = true;
            }
        }
        None => {
            if f.xx {
                out.nop = true;
                return Ok(out);
            }
            z.insert(m.to_vec(), score);
            out.added = true;
            out.newscore = score;
        }
    }
    Ok(out)
}

fn zadd_generic(ctx: &mut Ctx, mut f: AddFlags) -> Result<Reply, Reply> {
    let args = ctx.args;
    let mut idx = 2;
    while idx < args.len() {
        let o = a(args, idx);
        if o.eq_ignore_ascii_case(b"nx") {
            f.nx = true;
        } else if o.eq_ignore_ascii_case(b"xx") {
            f.xx = true;
        } else if o.eq_ignore_ascii_case(b"ch") {
            f.ch = true;
        } else if o.eq_ignore_ascii_case(b"incr") {
            f.incr = true;
        } else if o.eq_ignore_ascii_case(b"gt") {
            f.gt = true;
        } else if o.eq_ignore_ascii_case(b"lt") {
            f.lt = true;
        } else {
            break;
        }
        idx += 1;
    }
    let rest = args.get(idx..).unwrap_or_default();
    if rest.is_empty() || rest.len() % 2 == 1 {
        return Err(Reply::syntax());
    }
    let elements = rest.len() / 2;
    if f.nx && f.xx {
        return Err(Reply::err(
            "ERR XX and NX options at the same time are not compatible",
        ));
    }
    if (f.nx && (f.gt || f.lt)) || (f.gt && f.lt) {
        return Err(Reply::err(
            "ERR GT, LT, and/or NX options at the same time are not compatible",
        ));
    }
    if f.incr && elements > 1 {
        return Err(Reply::err(
            "ERR INCR option supports a single increment-element pair",
        ));
    }
    let mut pairs = Vec::with_capacity(elements);
    for p in rest.chunks(2) {
        if let [s, m] = p {
            pairs.push((arg_double(s, None)?, m));
        }
    }
    let key = a(args, 1);
    let exists = read_z(ctx, key)?.is_some();
    let reply_for = |processed: bool, score: f64, n: i64| {
        if f.incr {
            if processed {
                Reply::Double(score)
            } else {
                Reply::Nil
            }
        } else {
            Reply::Int(n)
        }
    };
    if !exists {
        if f.xx {
            return Ok(reply_for(false, 0.0, 0));
        }
        // Redis 7.0 picks the encoding from the first member's length only.
        let first_len = pairs.first().map(|(_, m)| m.len()).unwrap_or(0);
        ctx.db()
            .set(key.to_vec(), Value::ZSet(ZSet::with_hint(0, first_len)));
    }
    let Some(z) = read_z(ctx, key)? else {
        return Err(Reply::wrongtype());
    };
    let (mut added, mut updated, mut processed) = (0i64, 0i64, 0i64);
    let mut score = 0.0;
    for (s, m) in pairs {
        match zset_add(z, s, m, f) {
            Ok(o) => {
                added += i64::from(o.added);
                updated += i64::from(o.updated);
                if !o.nop {
                    processed += 1;
                }
                score = o.newscore;
            }
            Err(()) => {
                del_if_empty(ctx, key);
                return Err(Reply::err(NAN_ERR));
            }
        }
    }
    ctx.dirty((added + updated) as u64);
    del_if_empty(ctx, key);
    Ok(reply_for(
        processed > 0,
        score,
        if f.ch { added + updated } else { added },
    ))
}

fn zadd(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zadd_generic(ctx, AddFlags::default())
}
wrap!(cmd_zadd, zadd);

fn zincrby(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zadd_generic(
        ctx,
        AddFlags {
            incr: true,
            ..AddFlags::default()
        },
    )
}
wrap!(cmd_zincrby, zincrby);

// ---------------------------------------------------------------------------------------
// Simple reads
// ---------------------------------------------------------------------------------------

fn zscore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(read_z(ctx, a(args, 1))?
        .and_then(|z| z.score(a(args, 2)))
        .map(Reply::Double)
        .unwrap_or(Reply::Nil))
}
wrap!(cmd_zscore, zscore);

fn zmscore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let z = read_z(ctx, a(args, 1))?;
    Ok(Reply::Array(
        args.get(2..)
            .unwrap_or_default()
            .iter()
            .map(|m| {
                z.as_ref()
                    .and_then(|z| z.score(m))
                    .map(Reply::Double)
                    .unwrap_or(Reply::Nil)
            })
            .collect(),
    ))
}
wrap!(cmd_zmscore, zmscore);

fn zcard(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(Reply::Int(
        read_z(ctx, a(args, 1))?.map(|z| z.len()).unwrap_or(0) as i64,
    ))
}
wrap!(cmd_zcard, zcard);

fn rank_impl(ctx: &mut Ctx, rev: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    Ok(read_z(ctx, a(args, 1))?
        .and_then(|z| {
            if rev {
                z.rev_rank(a(args, 2))
            } else {
                z.rank(a(args, 2))
            }
        })
        .map(|r| Reply::Int(r as i64))
        .unwrap_or(Reply::Nil))
}
fn zrank(ctx: &mut Ctx) -> Result<Reply, Reply> {
    rank_impl(ctx, false)
}
wrap!(cmd_zrank, zrank);
fn zrevrank(ctx: &mut Ctx) -> Result<Reply, Reply> {
    rank_impl(ctx, true)
}
wrap!(cmd_zrevrank, zrevrank);

fn zrem(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    let Some(z) = read_z(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let mut n = 0;
    for m in args.get(2..).unwrap_or_default() {
        if z.remove(m) {
            n += 1;
            if z.is_empty() {
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
wrap!(cmd_zrem, zrem);

// ---------------------------------------------------------------------------------------
// Range parsing
// ---------------------------------------------------------------------------------------

fn parse_score_bound(b: &[u8]) -> Option<(f64, bool)> {
    let (ex, t) = match b.first() {
        Some(b'(') => (true, b.get(1..).unwrap_or_default()),
        _ => (false, b),
    };
    let (v, _) = strtod_full(t)?;
    if v.is_nan() {
        return None;
    }
    Some((v, ex))
}

/// `zslParseRange`.
fn parse_score_range(min: &[u8], max: &[u8]) -> Result<ScoreRange, Reply> {
    let bad = || Reply::err("ERR min or max is not a float");
    let (min, minex) = parse_score_bound(min).ok_or_else(bad)?;
    let (max, maxex) = parse_score_bound(max).ok_or_else(bad)?;
    Ok(ScoreRange {
        min,
        minex,
        max,
        maxex,
    })
}

fn parse_lex_bound(b: &[u8]) -> Option<LexBound> {
    match b.first() {
        Some(b'+') if b.len() == 1 => Some(LexBound::PosInf),
        Some(b'-') if b.len() == 1 => Some(LexBound::NegInf),
        Some(b'(') => Some(LexBound::Excl(b.get(1..).unwrap_or_default().to_vec())),
        Some(b'[') => Some(LexBound::Incl(b.get(1..).unwrap_or_default().to_vec())),
        _ => None,
    }
}

/// `zslParseLexRange`.
fn parse_lex_range(min: &[u8], max: &[u8]) -> Result<LexRange, Reply> {
    let bad = || Reply::err("ERR min or max not valid string range item");
    Ok(LexRange {
        min: parse_lex_bound(min).ok_or_else(bad)?,
        max: parse_lex_bound(max).ok_or_else(bad)?,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum RangeType {
    Auto,
    Rank,
    Score,
    Lex,
}

enum ParsedRange {
    Rank(i64, i64),
    Score(ScoreRange),
    Lex(LexRange),
}

/// Collects the members of an ascending-rank window `[lo, hi)` after OFFSET/LIMIT,
/// walking forward or in reverse.
fn window(
    z: &ZSet,
    lo: usize,
    hi: usize,
    rev: bool,
    offset: i64,
    limit: i64,
) -> Vec<(Vec<u8>, f64)> {
    if offset < 0 || hi <= lo {
        return Vec::new();
    }
    let off = usize::try_from(offset).unwrap_or(usize::MAX);
    let avail = (hi - lo).saturating_sub(off);
    let take = if limit < 0 {
        avail
    } else {
        avail.min(usize::try_from(limit).unwrap_or(usize::MAX))
    };
    if take == 0 {
        return Vec::new();
    }
    let start = if rev { z.len() - hi + off } else { lo + off };
    z.iter_from(start, rev)
        .take(take)
        .map(|(m, s)| (m.to_vec(), s))
        .collect()
}

fn collect_range(
    z: &ZSet,
    r: &ParsedRange,
    rev: bool,
    offset: i64,
    limit: i64,
) -> Vec<(Vec<u8>, f64)> {
    let len = z.len();
    match r {
        ParsedRange::Rank(start, end) => match norm_range(*start, *end, len) {
            Some((s, e)) => z
                .iter_from(s, rev)
                .take(e - s + 1)
                .map(|(m, s)| (m.to_vec(), s))
                .collect(),
            None => Vec::new(),
        },
        ParsedRange::Score(sr) => {
            if offset > 0 && offset as u64 >= len as u64 {
                return Vec::new();
            }
            let (lo, hi) = z.score_bounds(sr);
            window(z, lo, hi, rev, offset, limit)
        }
        ParsedRange::Lex(lr) => {
            if offset > 0 && offset as u64 >= len as u64 {
                return Vec::new();
            }
            if z.is_listpack() {
                let (lo, hi) = z.lex_window(lr, rev);
                return window(z, lo, hi, rev, offset, limit);
            }
            // Skiplist: find the first member in range, then walk while in range.
            if offset < 0 || !z.lex_precheck(lr) {
                return Vec::new();
            }
            let (lo, hi) = z.lex_bounds(lr);
            let start = if rev { len - hi } else { lo };
            let take = if limit < 0 {
                usize::MAX
            } else {
                usize::try_from(limit).unwrap_or(usize::MAX)
            };
            z.iter_from(start, rev)
                .take_while(|(m, _)| if rev { lr.gte_min(m) } else { lr.lte_max(m) })
                .skip(usize::try_from(offset).unwrap_or(usize::MAX))
                .take(take)
                .map(|(m, s)| (m.to_vec(), s))
                .collect()
        }
    }
}

/// Stores `items` as a sorted set at `dst` (deleting it when empty); replies the count.
fn store_result(ctx: &mut Ctx, dst: &[u8], items: impl Iterator<Item = (Vec<u8>, f64)>) -> Reply {
    let mut z = ZSet::new();
    z.set_skiplist(true);
    for (m, s) in items {
        z.insert(m, s);
    }
    z.shrink_if_small();
    let n = z.len();
    if n == 0 {
        if ctx.db().remove(dst).is_some() {
            ctx.dirty(1);
        }
    } else {
        ctx.db().set(dst.to_vec(), Value::ZSet(z));
        ctx.dirty(1);
    }
    Reply::Int(n as i64)
}

fn zrange_generic(
    ctx: &mut Ctx,
    argc_start: usize,
    store: bool,
    mut rtype: RangeType,
    mut rev: Option<bool>,
) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, argc_start);
    let mut minidx = argc_start + 1;
    let mut maxidx = argc_start + 2;
    let mut withscores = false;
    let mut offset: i64 = 0;
    let mut limit: i64 = -1;
    let mut j = argc_start + 3;
    while j < args.len() {
        let left = args.len() - j - 1;
        let o = a(args, j);
        if !store && o.eq_ignore_ascii_case(b"withscores") {
            withscores = true;
        } else if o.eq_ignore_ascii_case(b"limit") && left >= 2 {
            offset = arg_i64(a(args, j + 1))?;
            limit = arg_i64(a(args, j + 2))?;
            j += 2;
        } else if rev.is_none() && o.eq_ignore_ascii_case(b"rev") {
            rev = Some(true);
        } else if rtype == RangeType::Auto && o.eq_ignore_ascii_case(b"bylex") {
            rtype = RangeType::Lex;
        } else if rtype == RangeType::Auto && o.eq_ignore_ascii_case(b"byscore") {
            rtype = RangeType::Score;
        } else {
            return Err(Reply::syntax());
        }
        j += 1;
    }
    let rev = rev.unwrap_or(false);
    if rtype == RangeType::Auto {
        rtype = RangeType::Rank;
    }
    if limit != -1 && rtype == RangeType::Rank {
        return Err(Reply::err(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ));
    }
    if withscores && rtype == RangeType::Lex {
        return Err(Reply::err(
            "ERR syntax error, WITHSCORES not supported in combination with BYLEX",
        ));
    }
    if rev && rtype != RangeType::Rank {
        std::mem::swap(&mut minidx, &mut maxidx);
    }
    let range = match rtype {
        RangeType::Score => {
            ParsedRange::Score(parse_score_range(a(args, minidx), a(args, maxidx))?)
        }
        RangeType::Lex => ParsedRange::Lex(parse_lex_range(a(args, minidx), a(args, maxidx))?),
        _ => ParsedRange::Rank(arg_i64(a(args, minidx))?, arg_i64(a(args, maxidx))?),
    };
    let pairs = ctx.client.resp > 2;
    let items = match read_z(ctx, key)? {
        Some(z) => collect_range(z, &range, rev, offset, limit),
        None => Vec::new(),
    };
    if store {
        let dst = a(args, 1);
        return Ok(store_result(ctx, dst, items.into_iter()));
    }
    Ok(emit_all(&items, withscores, pairs))
}

fn zrange(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zrange_generic(ctx, 1, false, RangeType::Auto, None)
}
wrap!(cmd_zrange, zrange);
fn zrangestore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zrange_generic(ctx, 2, true, RangeType::Auto, None)
}
wrap!(cmd_zrangestore, zrangestore);
fn zrevrange(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zrange_generic(ctx, 1, false, RangeType::Rank, Some(true))
}
wrap!(cmd_zrevrange, zrevrange);
fn zrangebyscore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zrange_generic(ctx, 1, false, RangeType::Score, Some(false))
}
wrap!(cmd_zrangebyscore, zrangebyscore);
fn zrevrangebyscore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zrange_generic(ctx, 1, false, RangeType::Score, Some(true))
}
wrap!(cmd_zrevrangebyscore, zrevrangebyscore);
fn zrangebylex(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zrange_generic(ctx, 1, false, RangeType::Lex, Some(false))
}
wrap!(cmd_zrangebylex, zrangebylex);
fn zrevrangebylex(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zrange_generic(ctx, 1, false, RangeType::Lex, Some(true))
}
wrap!(cmd_zrevrangebylex, zrevrangebylex);

fn zcount(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let r = parse_score_range(a(args, 2), a(args, 3))?;
    Ok(Reply::Int(match read_z(ctx, a(args, 1))? {
        Some(z) => {
            let (lo, hi) = z.score_bounds(&r);
            (hi - lo) as i64
        }
        None => 0,
    }))
}
wrap!(cmd_zcount, zcount);

fn zlexcount(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let r = parse_lex_range(a(args, 2), a(args, 3))?;
    Ok(Reply::Int(match read_z(ctx, a(args, 1))? {
        Some(z) => {
            let (lo, hi) = if z.is_listpack() {
                z.lex_window(&r, false)
            } else if z.lex_precheck(&r) {
                z.lex_bounds(&r)
            } else {
                (0, 0)
            };
            (hi - lo) as i64
        }
        None => 0,
    }))
}
wrap!(cmd_zlexcount, zlexcount);

fn zremrange(ctx: &mut Ctx, rtype: RangeType) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    let range = match rtype {
        RangeType::Score => ParsedRange::Score(parse_score_range(a(args, 2), a(args, 3))?),
        RangeType::Lex => ParsedRange::Lex(parse_lex_range(a(args, 2), a(args, 3))?),
        _ => ParsedRange::Rank(arg_i64(a(args, 2))?, arg_i64(a(args, 3))?),
    };
    let Some(z) = read_z(ctx, key)? else {
        return Ok(Reply::Int(0));
    };
    let (lo, hi) = match &range {
        ParsedRange::Rank(s, e) => match norm_range(*s, *e, z.len()) {
            Some((s, e)) => (s, e + 1),
            None => return Ok(Reply::Int(0)),
        },
        ParsedRange::Score(r) => z.score_bounds(r),
        ParsedRange::Lex(r) => {
            if z.is_listpack() {
                z.lex_window(r, false)
            } else if z.lex_precheck(r) {
                let (lo, _) = z.lex_bounds(r);
                let n = z
                    .iter_from(lo, false)
                    .take_while(|(m, _)| r.lte_max(m))
                    .count();
                (lo, lo + n)
            } else {
                (0, 0)
            }
        }
    };
    let n = z.remove_rank_range(lo, hi);
    if n > 0 {
        ctx.dirty(n as u64);
        del_if_empty(ctx, key);
    }
    Ok(Reply::Int(n as i64))
}
fn zremrangebyrank(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zremrange(ctx, RangeType::Rank)
}
wrap!(cmd_zremrangebyrank, zremrangebyrank);
fn zremrangebyscore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zremrange(ctx, RangeType::Score)
}
wrap!(cmd_zremrangebyscore, zremrangebyscore);
fn zremrangebylex(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zremrange(ctx, RangeType::Lex)
}
wrap!(cmd_zremrangebylex, zremrangebylex);

// ---------------------------------------------------------------------------------------
// Pops
// ---------------------------------------------------------------------------------------

type Popped = (Vec<u8>, Vec<(Vec<u8>, f64)>);

/// `genericZpopCommand`'s search: the first existing key (WRONGTYPE stops the search).
fn zpop_first(
    ctx: &mut Ctx,
    keys: &[Vec<u8>],
    max: bool,
    count: usize,
) -> Result<Option<Popped>, Reply> {
    for k in keys {
        let Some(z) = read_z(ctx, k)? else {
            continue;
        };
        let mut items = Vec::new();
        while items.len() < count {
            match z.pop(max) {
                Some(p) => items.push(p),
                None => break,
            }
        }
        ctx.dirty(items.len() as u64);
        del_if_empty(ctx, k);
        return Ok(Some((k.clone(), items)));
    }
    Ok(None)
}

fn zpop_cmd(ctx: &mut Ctx, max: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    if args.len() > 3 {
        return Err(Reply::syntax());
    }
    let count = if args.len() == 3 {
        Some(arg_positive(a(args, 2), None)?)
    } else {
        None
    };
    let nested = ctx.client.resp > 2 && count.is_some();
    if count == Some(0) {
        // The key is still looked up (and type-checked) first.
        read_z(ctx, a(args, 1))?;
        return Ok(Reply::Array(Vec::new()));
    }
    let n = usize::try_from(count.unwrap_or(1)).unwrap_or(usize::MAX);
    let keys = args.get(1..2).unwrap_or_default();
    Ok(match zpop_first(ctx, keys, max, n)? {
        Some((_, items)) => emit_all(&items, true, nested),
        None => Reply::Array(Vec::new()),
    })
}
fn zpopmin(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zpop_cmd(ctx, false)
}
wrap!(cmd_zpopmin, zpopmin);
fn zpopmax(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zpop_cmd(ctx, true)
}
wrap!(cmd_zpopmax, zpopmax);

fn bzpop(ctx: &mut Ctx, max: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    check_timeout(a(args, args.len() - 1))?;
    let keys = args.get(1..args.len() - 1).unwrap_or_default();
    Ok(match zpop_first(ctx, keys, max, 1)? {
        Some((k, items)) => match items.into_iter().next() {
            Some((m, s)) => Reply::Array(vec![Reply::Bulk(k), Reply::Bulk(m), Reply::Double(s)]),
            None => Reply::NilArray,
        },
        None => Reply::NilArray,
    })
}
fn bzpopmin(ctx: &mut Ctx) -> Result<Reply, Reply> {
    bzpop(ctx, false)
}
wrap!(cmd_bzpopmin, bzpopmin);
fn bzpopmax(ctx: &mut Ctx) -> Result<Reply, Reply> {
    bzpop(ctx, true)
}
wrap!(cmd_bzpopmax, bzpopmax);

fn zmpop_impl(ctx: &mut Ctx, blocking: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    let nk = if blocking { 2 } else { 1 };
    let (keys, min, count) = parse_mpop(args, nk, (b"min", b"max"))?;
    if blocking {
        check_timeout(a(args, 1))?;
    }
    let keys = args.get(keys).unwrap_or_default();
    Ok(match zpop_first(ctx, keys, !min, count)? {
        Some((k, items)) => Reply::Array(vec![Reply::Bulk(k), emit_all(&items, true, true)]),
        None => Reply::NilArray,
    })
}
fn zmpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zmpop_impl(ctx, false)
}
wrap!(cmd_zmpop, zmpop);
fn bzmpop(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zmpop_impl(ctx, true)
}
wrap!(cmd_bzmpop, bzmpop);

// ---------------------------------------------------------------------------------------
// ZRANDMEMBER, ZSCAN
// ---------------------------------------------------------------------------------------

fn zrandmember(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let key = a(args, 1);
    if args.len() >= 3 {
        let l = arg_range(a(args, 2), -i64::MAX, i64::MAX, None)?;
        let withscores = if args.len() > 4
            || (args.len() == 4 && !a(args, 3).eq_ignore_ascii_case(b"withscores"))
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
        let pairs = ctx.client.resp > 2;
        let Some(len) = read_z(ctx, key)?.map(|z| z.len()) else {
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
            // The whole set, walked from the tail like Redis does.
            (0..len).rev().collect()
        } else {
            distinct_positions(ctx, len, l as usize)
        };
        let mut out = Vec::new();
        if let Some(z) = read_z(ctx, key)? {
            for i in picks {
                if let Some((m, s)) = z.at_rank(i) {
                    emit(&mut out, m, s, withscores, pairs);
                }
            }
        }
        return Ok(Reply::Array(out));
    }
    let Some(len) = read_z(ctx, key)?.map(|z| z.len()) else {
        return Ok(Reply::Nil);
    };
    let i = rand_below(ctx, len);
    Ok(read_z(ctx, key)?
        .and_then(|z| z.at_rank(i).map(|(m, _)| Reply::bulk(m)))
        .unwrap_or(Reply::Nil))
}
wrap!(cmd_zrandmember, zrandmember);

fn zscan(ctx: &mut Ctx) -> Result<Reply, Reply> {
    let args = ctx.args;
    let cursor = parse_cursor(a(args, 2))?;
    let (pat, count) = parse_scan_opts(args.get(3..).unwrap_or_default())?;
    let Some(z) = read_z(ctx, a(args, 1))? else {
        return Ok(scan_reply(0, Vec::new()));
    };
    let small = z.is_listpack();
    let (range, next) = scan_window(z.len(), cursor, count, small);
    let mut items = Vec::new();
    for (m, s) in z.iter_from(range.start, false).take(range.len()) {
        if pat.as_ref().is_none_or(|p| glob_match(p, m)) {
            items.push(Reply::bulk(m));
            items.push(Reply::bulk(scan_score(s, small)));
        }
    }
    Ok(scan_reply(next, items))
}
wrap!(cmd_zscan, zscan);

// ---------------------------------------------------------------------------------------
// Algebra: ZUNION/ZINTER/ZDIFF[STORE], ZINTERCARD
// ---------------------------------------------------------------------------------------

enum Src {
    None,
    Z(ZSet),
    S(SetValue),
}

impl Src {
    fn len(&self) -> usize {
        match self {
            Src::None => 0,
            Src::Z(z) => z.len(),
            Src::S(s) => s.len(),
        }
    }
    fn score(&self, m: &[u8]) -> Option<f64> {
        match self {
            Src::None => None,
            Src::Z(z) => z.score(m),
            Src::S(s) => s.contains(m).then_some(1.0),
        }
    }
    fn items(&self) -> Vec<(Vec<u8>, f64)> {
        match self {
            Src::None => Vec::new(),
            Src::Z(z) => z.iter().map(|(m, s)| (m.to_vec(), s)).collect(),
            Src::S(s) => s.ordered().into_iter().map(|m| (m.clone(), 1.0)).collect(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Agg {
    Sum,
    Min,
    Max,
}

fn aggregate(target: &mut f64, val: f64, agg: Agg) {
    match agg {
        Agg::Sum => {
            *target += val;
            if target.is_nan() {
                *target = 0.0;
            }
        }
        Agg::Min => {
            if val < *target {
                *target = val;
            }
        }
        Agg::Max => {
            if val > *target {
                *target = val;
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum ZOp {
    Union,
    Inter,
    Diff,
}

fn weighted(w: f64, s: f64) -> f64 {
    let v = w * s;
    if v.is_nan() {
        0.0
    } else {
        v
    }
}

fn zalgebra(ctx: &mut Ctx, op: ZOp, store: bool, card_only: bool) -> Result<Reply, Reply> {
    let args = ctx.args;
    let nk_idx = if store { 2 } else { 1 };
    let setnum = arg_i64(a(args, nk_idx))?;
    if setnum < 1 {
        let name = args
            .first()
            .map(|n| String::from_utf8_lossy(n).to_ascii_lowercase())
            .unwrap_or_default();
        return Err(Reply::err(format!(
            "ERR at least 1 input key is needed for '{name}' command"
        )));
    }
    if setnum > (args.len() - (nk_idx + 1)) as i64 {
        return Err(Reply::syntax());
    }
    let n = setnum as usize;
    let mut srcs: Vec<(Src, f64)> = Vec::with_capacity(n);
    for k in args.get(nk_idx + 1..nk_idx + 1 + n).unwrap_or_default() {
        let s = match ctx.get(k) {
            None => Src::None,
            Some(Value::ZSet(z)) => Src::Z(z.clone()),
            Some(Value::Set(s)) => Src::S(s.clone()),
            Some(_) => return Err(Reply::wrongtype()),
        };
        srcs.push((s, 1.0));
    }
    let mut agg = Agg::Sum;
    let mut withscores = false;
    let mut limit: i64 = 0;
    let mut j = nk_idx + 1 + n;
    while j < args.len() {
        let remaining = args.len() - j;
        let o = a(args, j);
        if op != ZOp::Diff && !card_only && remaining > n && o.eq_ignore_ascii_case(b"weights") {
            j += 1;
            for src in srcs.iter_mut() {
                src.1 = arg_double(a(args, j), Some("weight value is not a float"))?;
                j += 1;
            }
        } else if op != ZOp::Diff
            && !card_only
            && remaining >= 2
            && o.eq_ignore_ascii_case(b"aggregate")
        {
            let v = a(args, j + 1);
            agg = if v.eq_ignore_ascii_case(b"sum") {
                Agg::Sum
            } else if v.eq_ignore_ascii_case(b"min") {
                Agg::Min
            } else if v.eq_ignore_ascii_case(b"max") {
                Agg::Max
            } else {
                return Err(Reply::syntax());
            };
            j += 2;
        } else if !store && !card_only && o.eq_ignore_ascii_case(b"withscores") {
            withscores = true;
            j += 1;
        } else if card_only && remaining >= 2 && o.eq_ignore_ascii_case(b"limit") {
            limit = arg_positive(a(args, j + 1), Some("LIMIT can't be negative"))?;
            j += 2;
        } else {
            return Err(Reply::syntax());
        }
    }
    if op != ZOp::Diff {
        crate::util::sort::sort_by_key(&mut srcs, |(s, _)| s.len());
    }
    let mut result: Vec<(Vec<u8>, f64)> = Vec::new();
    match op {
        ZOp::Inter => {
            if let Some(((first, w0), rest)) = srcs.split_first() {
                if first.len() > 0 && rest.iter().all(|(s, _)| s.len() > 0) {
                    for (m, s) in first.items() {
                        let mut score = weighted(*w0, s);
                        let mut ok = true;
                        for (other, w) in rest {
                            match other.score(&m) {
                                Some(os) => aggregate(&mut score, weighted(*w, os), agg),
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                        if ok {
                            result.push((m, score));
                            if card_only && limit > 0 && result.len() as i64 >= limit {
                                break;
                            }
                        }
                    }
                }
            }
        }
        ZOp::Union => {
            let mut acc: HashMap<Vec<u8>, f64> = HashMap::new();
            let mut order: Vec<Vec<u8>> = Vec::new();
            for (src, w) in &srcs {
                for (m, s) in src.items() {
                    let v = weighted(*w, s);
                    match acc.get_mut(&m) {
                        Some(t) => aggregate(t, v, agg),
                        None => {
                            acc.insert(m.clone(), v);
                            order.push(m);
                        }
                    }
                }
            }
            for m in order {
                let s = acc.get(&m).copied().unwrap_or(0.0);
                result.push((m, s));
            }
        }
        ZOp::Diff => {
            if let Some(((first, _), rest)) = srcs.split_first() {
                for (m, s) in first.items() {
                    if !rest.iter().any(|(o, _)| o.score(&m).is_some()) {
                        result.push((m, s));
                    }
                }
            }
        }
    }
    if card_only {
        return Ok(Reply::Int(result.len() as i64));
    }
    if store {
        let dst = a(args, 1);
        return Ok(store_result(ctx, dst, result.into_iter()));
    }
    let mut z = ZSet::new();
    for (m, s) in result {
        z.insert(m, s);
    }
    let items: Vec<(Vec<u8>, f64)> = z.iter().map(|(m, s)| (m.to_vec(), s)).collect();
    Ok(emit_all(&items, withscores, ctx.client.resp > 2))
}

fn zunionstore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zalgebra(ctx, ZOp::Union, true, false)
}
wrap!(cmd_zunionstore, zunionstore);
fn zinterstore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zalgebra(ctx, ZOp::Inter, true, false)
}
wrap!(cmd_zinterstore, zinterstore);
fn zdiffstore(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zalgebra(ctx, ZOp::Diff, true, false)
}
wrap!(cmd_zdiffstore, zdiffstore);
fn zunion(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zalgebra(ctx, ZOp::Union, false, false)
}
wrap!(cmd_zunion, zunion);
fn zinter(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zalgebra(ctx, ZOp::Inter, false, false)
}
wrap!(cmd_zinter, zinter);
fn zdiff(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zalgebra(ctx, ZOp::Diff, false, false)
}
wrap!(cmd_zdiff, zdiff);
fn zintercard(ctx: &mut Ctx) -> Result<Reply, Reply> {
    zalgebra(ctx, ZOp::Inter, false, true)
}
wrap!(cmd_zintercard, zintercard);

/// The zsets family of the command table.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "bzmpop",
        arity: -5,
        flags: flags::WRITE | flags::BLOCKING | flags::MOVABLEKEYS,
        acl: &["write", "sortedset", "slow", "blocking"],
        keys: Keys::NumKeys { at: 2, first_extra: None },
        group: "sorted-set",
        summary: "Remove and return members with scores in a sorted set or block until one is available",
        since: "7.0.0",
        syntax: "timeout numkeys key [key ...] MIN|MAX [COUNT count]",
        handler: Handler::Core(cmd_bzmpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bzpopmax",
        arity: -3,
        flags: flags::WRITE | flags::NOSCRIPT | flags::BLOCKING | flags::FAST,
        acl: &["write", "sortedset", "fast", "blocking"],
        keys: Keys::Range(1, -2, 1),
        group: "sorted-set",
        summary: "Remove and return the member with the highest score from one or more sorted sets, or block until one is available",
        since: "5.0.0",
        syntax: "key [key ...] timeout",
        handler: Handler::Core(cmd_bzpopmax),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "bzpopmin",
        arity: -3,
        flags: flags::WRITE | flags::NOSCRIPT | flags::BLOCKING | flags::FAST,
        acl: &["write", "sortedset", "fast", "blocking"],
        keys: Keys::Range(1, -2, 1),
        group: "sorted-set",
        summary: "Remove and return the member with the lowest score from one or more sorted sets, or block until one is available",
        since: "5.0.0",
        syntax: "key [key ...] timeout",
        handler: Handler::Core(cmd_bzpopmin),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zadd",
        arity: -4,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Add one or more members to a sorted set, or update its score if it already exists",
        since: "1.2.0",
        syntax: "key [NX|XX] [GT|LT] [CH] [INCR] score member [score member ...]",
        handler: Handler::Core(cmd_zadd),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zcard",
        arity: 2,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Get the number of members in a sorted set",
        since: "1.2.0",
        syntax: "key",
        handler: Handler::Core(cmd_zcard),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zcount",
        arity: 4,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Count the members in a sorted set with scores within the given values",
        since: "2.0.0",
        syntax: "key min max",
        handler: Handler::Core(cmd_zcount),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zdiff",
        arity: -3,
        flags: flags::READONLY | flags::MOVABLEKEYS,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 1, first_extra: None },
        group: "sorted-set",
        summary: "Subtract multiple sorted sets",
        since: "6.2.0",
        syntax: "numkeys key [key ...] [WITHSCORES]",
        handler: Handler::Core(cmd_zdiff),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zdiffstore",
        arity: -4,
        flags: flags::WRITE | flags::DENYOOM | flags::MOVABLEKEYS,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 2, first_extra: Some(1) },
        group: "sorted-set",
        summary: "Subtract multiple sorted sets and store the resulting sorted set in a new key",
        since: "6.2.0",
        syntax: "destination numkeys key [key ...]",
        handler: Handler::Core(cmd_zdiffstore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zincrby",
        arity: 4,
        flags: flags::WRITE | flags::DENYOOM | flags::FAST,
        acl: &["write", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Increment the score of a member in a sorted set",
        since: "1.2.0",
        syntax: "key increment member",
        handler: Handler::Core(cmd_zincrby),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zinter",
        arity: -3,
        flags: flags::READONLY | flags::MOVABLEKEYS,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 1, first_extra: None },
        group: "sorted-set",
        summary: "Intersect multiple sorted sets",
        since: "6.2.0",
        syntax: "numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM|MIN|MAX] [WITHSCORES]",
        handler: Handler::Core(cmd_zinter),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zintercard",
        arity: -3,
        flags: flags::READONLY | flags::MOVABLEKEYS,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 1, first_extra: None },
        group: "sorted-set",
        summary: "Intersect multiple sorted sets and return the cardinality of the result",
        since: "7.0.0",
        syntax: "numkeys key [key ...] [LIMIT limit]",
        handler: Handler::Core(cmd_zintercard),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zinterstore",
        arity: -4,
        flags: flags::WRITE | flags::DENYOOM | flags::MOVABLEKEYS,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 2, first_extra: Some(1) },
        group: "sorted-set",
        summary: "Intersect multiple sorted sets and store the resulting sorted set in a new key",
        since: "2.0.0",
        syntax: "destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM|MIN|MAX]",
        handler: Handler::Core(cmd_zinterstore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zlexcount",
        arity: 4,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Count the number of members in a sorted set between a given lexicographical range",
        since: "2.8.9",
        syntax: "key min max",
        handler: Handler::Core(cmd_zlexcount),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zmpop",
        arity: -4,
        flags: flags::WRITE | flags::MOVABLEKEYS,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 1, first_extra: None },
        group: "sorted-set",
        summary: "Remove and return members with scores in a sorted set",
        since: "7.0.0",
        syntax: "numkeys key [key ...] MIN|MAX [COUNT count]",
        handler: Handler::Core(cmd_zmpop),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zmscore",
        arity: -3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Get the score associated with the given members in a sorted set",
        since: "6.2.0",
        syntax: "key member [member ...]",
        handler: Handler::Core(cmd_zmscore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zpopmax",
        arity: -2,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Remove and return members with the highest scores in a sorted set",
        since: "5.0.0",
        syntax: "key [count]",
        handler: Handler::Core(cmd_zpopmax),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zpopmin",
        arity: -2,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Remove and return members with the lowest scores in a sorted set",
        since: "5.0.0",
        syntax: "key [count]",
        handler: Handler::Core(cmd_zpopmin),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrandmember",
        arity: -2,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Get one or multiple random elements from a sorted set",
        since: "6.2.0",
        syntax: "key [count [WITHSCORES]]",
        handler: Handler::Core(cmd_zrandmember),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrange",
        arity: -4,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Return a range of members in a sorted set",
        since: "1.2.0",
        syntax: "key start stop [BYSCORE|BYLEX] [REV] [LIMIT offset count] [WITHSCORES]",
        handler: Handler::Core(cmd_zrange),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrangebylex",
        arity: -4,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Return a range of members in a sorted set, by lexicographical range",
        since: "2.8.9",
        syntax: "key min max [LIMIT offset count]",
        handler: Handler::Core(cmd_zrangebylex),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrangebyscore",
        arity: -4,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Return a range of members in a sorted set, by score",
        since: "1.0.5",
        syntax: "key min max [WITHSCORES] [LIMIT offset count]",
        handler: Handler::Core(cmd_zrangebyscore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrangestore",
        arity: -5,
        flags: flags::WRITE | flags::DENYOOM,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::Range(1, 2, 1),
        group: "sorted-set",
        summary: "Store a range of members from sorted set into another key",
        since: "6.2.0",
        syntax: "dst src min max [BYSCORE|BYLEX] [REV] [LIMIT offset count]",
        handler: Handler::Core(cmd_zrangestore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrank",
        arity: 3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Determine the index of a member in a sorted set",
        since: "2.0.0",
        syntax: "key member",
        handler: Handler::Core(cmd_zrank),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrem",
        arity: -3,
        flags: flags::WRITE | flags::FAST,
        acl: &["write", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Remove one or more members from a sorted set",
        since: "1.2.0",
        syntax: "key member [member ...]",
        handler: Handler::Core(cmd_zrem),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zremrangebylex",
        arity: 4,
        flags: flags::WRITE,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Remove all members in a sorted set between the given lexicographical range",
        since: "2.8.9",
        syntax: "key min max",
        handler: Handler::Core(cmd_zremrangebylex),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zremrangebyrank",
        arity: 4,
        flags: flags::WRITE,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Remove all members in a sorted set within the given indexes",
        since: "2.0.0",
        syntax: "key start stop",
        handler: Handler::Core(cmd_zremrangebyrank),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zremrangebyscore",
        arity: 4,
        flags: flags::WRITE,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Remove all members in a sorted set within the given scores",
        since: "1.2.0",
        syntax: "key min max",
        handler: Handler::Core(cmd_zremrangebyscore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrevrange",
        arity: -4,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Return a range of members in a sorted set, by index, with scores ordered from high to low",
        since: "1.2.0",
        syntax: "key start stop [WITHSCORES]",
        handler: Handler::Core(cmd_zrevrange),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrevrangebylex",
        arity: -4,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings.",
        since: "2.8.9",
        syntax: "key max min [LIMIT offset count]",
        handler: Handler::Core(cmd_zrevrangebylex),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrevrangebyscore",
        arity: -4,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Return a range of members in a sorted set, by score, with scores ordered from high to low",
        since: "2.2.0",
        syntax: "key max min [WITHSCORES] [LIMIT offset count]",
        handler: Handler::Core(cmd_zrevrangebyscore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zrevrank",
        arity: 3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Determine the index of a member in a sorted set, with scores ordered from high to low",
        since: "2.0.0",
        syntax: "key member",
        handler: Handler::Core(cmd_zrevrank),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zscan",
        arity: -3,
        flags: flags::READONLY,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Incrementally iterate sorted sets elements and associated scores",
        since: "2.8.0",
        syntax: "key cursor [MATCH pattern] [COUNT count]",
        handler: Handler::Core(cmd_zscan),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zscore",
        arity: 3,
        flags: flags::READONLY | flags::FAST,
        acl: &["read", "sortedset", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "sorted-set",
        summary: "Get the score associated with the given member in a sorted set",
        since: "1.2.0",
        syntax: "key member",
        handler: Handler::Core(cmd_zscore),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zunion",
        arity: -3,
        flags: flags::READONLY | flags::MOVABLEKEYS,
        acl: &["read", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 1, first_extra: None },
        group: "sorted-set",
        summary: "Add multiple sorted sets",
        since: "6.2.0",
        syntax: "numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM|MIN|MAX] [WITHSCORES]",
        handler: Handler::Core(cmd_zunion),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "zunionstore",
        arity: -4,
        flags: flags::WRITE | flags::DENYOOM | flags::MOVABLEKEYS,
        acl: &["write", "sortedset", "slow"],
        keys: Keys::NumKeys { at: 2, first_extra: Some(1) },
        group: "sorted-set",
        summary: "Add multiple sorted sets and store the resulting sorted set in a new key",
        since: "2.0.0",
        syntax: "destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM|MIN|MAX]",
        handler: Handler::Core(cmd_zunionstore),
        ..CommandSpec::DEFAULT
    },
];
