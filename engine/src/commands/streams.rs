//! Stream commands (XADD, XLEN, XRANGE, XREVRANGE, XDEL, XTRIM, XREAD, XSETID) over
//! [`StreamValue`], with Redis 7.0.15's argument parsing, replies and error texts.
//!
//! XREAD with BLOCK never blocks here: it answers at once (a null array when nothing is
//! new), and from scripts BLOCK is refused as Redis does. Consumer groups (XGROUP,
//! XREADGROUP, XACK, XPENDING, XCLAIM, XAUTOCLAIM) and XINFO are not modelled yet.

use super::flags::*;
use super::keys::help_reply;
use super::strings::arg_i64;
use super::{CommandSpec, Handler, Keys};
use crate::keyspace::{StreamId, StreamValue, Value};
use crate::resp::Reply;
use crate::state::Ctx;
use crate::util::parse_i64;

/// `stream-node-max-entries` (Redis's default): the node size approximate trimming works in.
const NODE_MAX_ENTRIES: u64 = 100;

const INVALID_ID: &str = "ERR Invalid stream ID specified as stream command argument";

fn cmd_stream_unsupported(_ctx: &mut Ctx) -> Reply {
    Reply::err("ERR stream consumer groups are not supported by this playground yet")
}

fn cmd_xgroup_help(_ctx: &mut Ctx) -> Reply {
    help_reply(XGROUP_HELP)
}

fn cmd_xinfo_help(_ctx: &mut Ctx) -> Reply {
    help_reply(XINFO_HELP)
}

/// XREAD's key positions: the first half of the arguments after STREAMS.
fn xread_keys(args: &[Vec<u8>]) -> Vec<usize> {
    let Some(pos) = args.iter().position(|a| a.eq_ignore_ascii_case(b"streams")) else {
        return Vec::new();
    };
    let rest = args.len().saturating_sub(pos + 1);
    (pos + 1..pos + 1 + rest / 2).collect()
}

fn xreadgroup_keys(args: &[Vec<u8>]) -> Vec<usize> {
    xread_keys(args)
}

// ---------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------

/// C's `isspace`.
fn c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Redis's `string2ull`: `string2ll` first (negatives refused), then `strtoull` semantics
/// (leading spaces, a sign, leading zeros; a `-` wraps as C does).
fn string2ull(s: &[u8]) -> Option<u64> {
    if let Some(v) = parse_i64(s) {
        return u64::try_from(v).ok();
    }
    let mut i = 0;
    while s.get(i).is_some_and(|b| c_space(*b)) {
        i += 1;
    }
    let mut neg = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        _ => {}
    }
    let digits = s.get(i..)?;
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut v: u64 = 0;
    for d in digits {
        v = v.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    Some(if neg { v.wrapping_neg() } else { v })
}

/// Redis's `streamGenericParseIDOrReply`. Returns the ID and whether the sequence was given
/// (false only for `ms-*` when `allow_seq_star`).
fn parse_id(
    arg: &[u8],
    strict: bool,
    missing_seq: u64,
    allow_seq_star: bool,
) -> Result<(StreamId, bool), Reply> {
    let invalid = || Reply::err(INVALID_ID);
    if arg.len() > 127 {
        return Err(invalid());
    }
    // The argument is handled as a C string.
    let buf = match arg.iter().position(|b| *b == 0) {
        Some(n) => arg.get(..n).unwrap_or_default(),
        None => arg,
    };
    if buf == b"-" || buf == b"+" {
        if strict {
            return Err(invalid());
        }
        return Ok((
            if buf == b"-" {
                StreamId::MIN
            } else {
                StreamId::MAX
            },
            true,
        ));
    }
    let (ms_part, seq_part) = match buf.iter().position(|b| *b == b'-') {
        Some(p) => (
            buf.get(..p).unwrap_or_default(),
            Some(buf.get(p + 1..).unwrap_or_default()),
        ),
        None => (buf, None),
    };
    let ms = string2ull(ms_part).ok_or_else(invalid)?;
    match seq_part {
        Some(b"*") if allow_seq_star => Ok((StreamId::new(ms, 0), false)),
        Some(seq) => Ok((
            StreamId::new(ms, string2ull(seq).ok_or_else(invalid)?),
            true,
        )),
        None => Ok((StreamId::new(ms, missing_seq), true)),
    }
}

/// A strict ID (`-` and `+` refused).
fn parse_strict(arg: &[u8]) -> Result<StreamId, Reply> {
    parse_id(arg, true, 0, false).map(|(id, _)| id)
}

/// An interval bound: `-`, `+`, an ID, or `(ID` (exclusive). Returns the ID and exclusivity.
fn parse_interval(arg: &[u8], missing_seq: u64) -> Result<(StreamId, bool), Reply> {
    if arg.len() > 1 && arg.first() == Some(&b'(') {
        let rest = arg.get(1..).unwrap_or_default();
        Ok((parse_id(rest, true, missing_seq, false)?.0, true))
    } else {
        Ok((parse_id(arg, false, missing_seq, false)?.0, false))
    }
}

/// Parsed XADD/XTRIM options.
#[derive(Default)]
struct TrimArgs {
    /// 0 none, 1 MAXLEN, 2 MINID.
    strategy: u8,
    maxlen: u64,
    minid: StreamId,
    approx: bool,
    limit: u64,
    nomkstream: bool,
    id: Option<StreamId>,
    seq_given: bool,
}

/// Redis's `streamParseAddOrTrimArgsOrReply`: returns the options and the index where it
/// stopped (the ID for XADD).
fn parse_add_or_trim(args: &[Vec<u8>], xadd: bool) -> Result<(TrimArgs, usize), Reply> {
    let mut t = TrimArgs {
        seq_given: true,
        ..TrimArgs::default()
    };
    let mut limit: i64 = 0;
    let mut limit_given = false;
    let mut i = 2;
    while i < args.len() {
        let more = args.len() - 1 - i;
        let opt = args.get(i).map(Vec::as_slice).unwrap_or_default();
        let next = args.get(i + 1).map(Vec::as_slice).unwrap_or_default();
        if xadd && opt == b"*" {
            break;
        } else if opt.eq_ignore_ascii_case(b"maxlen") && more > 0 {
            if t.strategy != 0 {
                return Err(Reply::err(
                    "ERR syntax error, MAXLEN and MINID options at the same time are not compatible",
                ));
            }
            t.approx = false;
            if more >= 2 && next == b"~" {
                t.approx = true;
                i += 1;
            } else if more >= 2 && next == b"=" {
                i += 1;
            }
            let v = arg_i64(args.get(i + 1).map(Vec::as_slice).unwrap_or_default())?;
            if v < 0 {
                return Err(Reply::err("ERR The MAXLEN argument must be >= 0."));
            }
            t.maxlen = v.unsigned_abs();
            i += 1;
            t.strategy = 1;
        } else if opt.eq_ignore_ascii_case(b"minid") && more > 0 {
            if t.strategy != 0 {
                return Err(Reply::err(
                    "ERR syntax error, MAXLEN and MINID options at the same time are not compatible",
                ));
            }
            t.approx = false;
            if more >= 2 && next == b"~" {
                t.approx = true;
                i += 1;
            } else if more >= 2 && next == b"=" {
                i += 1;
            }
            t.minid = parse_strict(args.get(i + 1).map(Vec::as_slice).unwrap_or_default())?;
            i += 1;
            t.strategy = 2;
        } else if opt.eq_ignore_ascii_case(b"limit") && more > 0 {
            limit = arg_i64(next)?;
            if limit < 0 {
                return Err(Reply::err("ERR The LIMIT argument must be >= 0."));
            }
            limit_given = true;
            i += 1;
        } else if xadd && opt.eq_ignore_ascii_case(b"nomkstream") {
            t.nomkstream = true;
        } else if xadd {
            let (id, seq_given) = parse_id(opt, true, 0, true)?;
            t.id = Some(id);
            t.seq_given = seq_given;
            break;
        } else {
            return Err(Reply::syntax());
        }
        i += 1;
    }
    if limit != 0 && t.strategy == 0 {
        return Err(Reply::err(
            "ERR syntax error, LIMIT cannot be used without specifying a trimming strategy",
        ));
    }
    if !xadd && t.strategy == 0 {
        return Err(Reply::err(
            "ERR syntax error, XTRIM must be called with a trimming strategy",
        ));
    }
    if limit_given {
        if !t.approx {
            return Err(Reply::err(
                "ERR syntax error, LIMIT cannot be used without the special ~ option",
            ));
        }
        t.limit = limit.unsigned_abs();
    } else if t.approx {
        t.limit = (100 * NODE_MAX_ENTRIES).min(10_000);
    } else {
        t.limit = 0;
    }
    Ok((t, i))
}

fn trim(s: &mut StreamValue, t: &TrimArgs) -> u64 {
    match t.strategy {
        1 => s.trim(Some(t.maxlen), StreamId::MIN, t.approx, t.limit),
        2 => s.trim(None, t.minid, t.approx, t.limit),
        _ => 0,
    }
}

/// The stream at `key` (None if missing), or WRONGTYPE.
fn stream_mut<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Result<Option<&'a mut StreamValue>, Reply> {
    match ctx.get(key) {
        None => Ok(None),
        Some(Value::Stream(s)) => Ok(Some(s)),
        Some(_) => Err(Reply::wrongtype()),
    }
}

fn entry_reply(id: StreamId, fields: &[(Vec<u8>, Vec<u8>)]) -> Reply {
    let mut flat = Vec::with_capacity(fields.len().saturating_mul(2));
    for (f, v) in fields {
        flat.push(Reply::bulk(f));
        flat.push(Reply::bulk(v));
    }
    Reply::Array(vec![Reply::Bulk(id.to_bytes()), Reply::Array(flat)])
}

fn range_reply(s: &StreamValue, start: StreamId, end: StreamId, count: usize, rev: bool) -> Reply {
    Reply::Array(
        s.range(start, end, count, rev)
            .into_iter()
            .map(|(id, f)| entry_reply(id, f))
            .collect(),
    )
}

// ---------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------

fn cmd_xadd(ctx: &mut Ctx) -> Reply {
    let (t, idpos) = match parse_add_or_trim(ctx.args, true) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let field_pos = idpos + 1;
    let nfields = ctx.args.len().saturating_sub(field_pos);
    if ctx.args.len() < field_pos + 2 || !nfields.is_multiple_of(2) {
        return Reply::wrong_arity("xadd");
    }
    if t.seq_given && t.id == Some(StreamId::MIN) {
        return Reply::err("ERR The ID specified in XADD must be greater than 0-0");
    }
    let key = ctx.arg(1).to_vec();
    let now = u64::try_from(ctx.core.clock_us() / 1000).unwrap_or(0);
    let fields: Vec<(Vec<u8>, Vec<u8>)> = ctx
        .args
        .get(field_pos..)
        .unwrap_or_default()
        .chunks_exact(2)
        .filter_map(|c| Some((c.first()?.clone(), c.get(1)?.clone())))
        .collect();
    let exists = match stream_mut(ctx, &key) {
        Err(e) => return e,
        Ok(s) => s.is_some(),
    };
    if !exists {
        if t.nomkstream {
            return Reply::Nil;
        }
        ctx.db().set(key.clone(), Value::Stream(StreamValue::new()));
    }
    let Ok(Some(s)) = stream_mut(ctx, &key) else {
        return Reply::wrongtype();
    };
    if s.last_id == StreamId::MAX {
        return Reply::err(
            "ERR The stream has exhausted the last possible ID, unable to add more items",
        );
    }
    let id =
        match s.next_id(t.id, t.seq_given, now) {
            Ok(id) => id,
            Err(_) => return Reply::err(
                "ERR The ID specified in XADD is equal or smaller than the target stream top item",
            ),
        };
    s.append_in_nodes(id, fields, NODE_MAX_ENTRIES);
    let removed = trim(s, &t);
    ctx.dirty(1 + removed);
    Reply::Bulk(id.to_bytes())
}

fn cmd_xlen(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    match stream_mut(ctx, &key) {
        Err(e) => e,
        Ok(None) => Reply::Int(0),
        Ok(Some(s)) => Reply::Int(i64::try_from(s.len()).unwrap_or(i64::MAX)),
    }
}

fn xrange_generic(ctx: &mut Ctx, rev: bool) -> Reply {
    let (start_arg, end_arg) = if rev { (3, 2) } else { (2, 3) };
    let (mut start, start_ex) = match parse_interval(ctx.arg(start_arg), 0) {
        Ok(v) => v,
        Err(e) => return e,
    };
    if start_ex {
        match start.incr() {
            Some(s) => start = s,
            None => return Reply::err("ERR invalid start ID for the interval"),
        }
    }
    let (mut end, end_ex) = match parse_interval(ctx.arg(end_arg), u64::MAX) {
        Ok(v) => v,
        Err(e) => return e,
    };
    if end_ex {
        match end.decr() {
            Some(e) => end = e,
            None => return Reply::err("ERR invalid end ID for the interval"),
        }
    }
    let mut count: i64 = -1;
    let mut j = 4;
    while j < ctx.args.len() {
        let additional = ctx.args.len() - j - 1;
        if ctx.arg(j).eq_ignore_ascii_case(b"count") && additional >= 1 {
            count = match arg_i64(ctx.arg(j + 1)) {
                Ok(c) => c.max(0),
                Err(e) => return e,
            };
            j += 1;
        } else {
            return Reply::syntax();
        }
        j += 1;
    }
    let key = ctx.arg(1).to_vec();
    let s = match stream_mut(ctx, &key) {
        Err(e) => return e,
        Ok(None) => return Reply::Array(vec![]),
        Ok(Some(s)) => s,
    };
    if count == 0 {
        return Reply::NilArray;
    }
    let count = if count < 0 {
        0
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    range_reply(s, start, end, count, rev)
}

fn cmd_xrange(ctx: &mut Ctx) -> Reply {
    xrange_generic(ctx, false)
}

fn cmd_xrevrange(ctx: &mut Ctx) -> Reply {
    xrange_generic(ctx, true)
}

fn cmd_xdel(ctx: &mut Ctx) -> Reply {
    let key = ctx.arg(1).to_vec();
    match stream_mut(ctx, &key) {
        Err(e) => return e,
        Ok(None) => return Reply::Int(0),
        Ok(Some(_)) => {}
    }
    let mut ids = Vec::new();
    for a in ctx.args.get(2..).unwrap_or_default() {
        match parse_strict(a) {
            Ok(id) => ids.push(id),
            Err(e) => return e,
        }
    }
    let Ok(Some(s)) = stream_mut(ctx, &key) else {
        return Reply::Int(0);
    };
    let deleted = ids.into_iter().filter(|id| s.delete(*id)).count() as u64;
    ctx.dirty(deleted);
    Reply::Int(i64::try_from(deleted).unwrap_or(i64::MAX))
}

fn cmd_xtrim(ctx: &mut Ctx) -> Reply {
    let (t, _) = match parse_add_or_trim(ctx.args, false) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let key = ctx.arg(1).to_vec();
    let s = match stream_mut(ctx, &key) {
        Err(e) => return e,
        Ok(None) => return Reply::Int(0),
        Ok(Some(s)) => s,
    };
    let removed = trim(s, &t);
    ctx.dirty(removed);
    Reply::Int(i64::try_from(removed).unwrap_or(i64::MAX))
}

fn cmd_xsetid(ctx: &mut Ctx) -> Reply {
    let id = match parse_strict(ctx.arg(2)) {
        Ok(id) => id,
        Err(e) => return e,
    };
    let mut entries_added: Option<u64> = None;
    let mut max_deleted = StreamId::MIN;
    let mut i = 3;
    while i < ctx.args.len() {
        let more = ctx.args.len() - 1 - i;
        let opt = ctx.arg(i);
        if opt.eq_ignore_ascii_case(b"entriesadded") && more > 0 {
            match arg_i64(ctx.arg(i + 1)) {
                Err(e) => return e,
                Ok(n) if n < 0 => return Reply::err("ERR entries_added must be positive"),
                Ok(n) => entries_added = Some(n.unsigned_abs()),
            }
        } else if opt.eq_ignore_ascii_case(b"maxdeletedid") && more > 0 {
            max_deleted = match parse_strict(ctx.arg(i + 1)) {
                Ok(m) => m,
                Err(e) => return e,
            };
            if id < max_deleted {
                return Reply::err(
                    "ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id",
                );
            }
        } else {
            return Reply::syntax();
        }
        i += 2;
    }
    let key = ctx.arg(1).to_vec();
    let s = match stream_mut(ctx, &key) {
        Err(e) => return e,
        Ok(None) => return Reply::err(crate::resp::value::NO_SUCH_KEY),
        Ok(Some(s)) => s,
    };
    if let Some(maxid) = s.last_entry_id() {
        if id < maxid {
            return Reply::err(
                "ERR The ID specified in XSETID is smaller than the target stream top item",
            );
        }
        if entries_added.is_some_and(|n| (s.len() as u64) > n) {
            return Reply::err(
                "ERR The entries_added specified in XSETID is smaller than the target stream length",
            );
        }
    }
    s.last_id = id;
    if let Some(n) = entries_added {
        s.entries_added = n;
    }
    if max_deleted != StreamId::MIN {
        s.max_deleted_id = max_deleted;
    }
    ctx.dirty(1);
    Reply::ok()
}

fn cmd_xread(ctx: &mut Ctx) -> Reply {
    let argc = ctx.args.len();
    let mut block = false;
    let mut count: i64 = 0;
    let mut streams_arg = 0;
    let mut streams_count = 0;
    let mut i = 1;
    while i < argc {
        let more = argc - i - 1;
        let o = ctx.arg(i);
        if o.eq_ignore_ascii_case(b"block") && more > 0 {
            if ctx.client.in_script {
                let mut msg = b"ERR ".to_vec();
                msg.extend_from_slice(ctx.arg(0));
                msg.extend_from_slice(b" command is not allowed with BLOCK option from scripts");
                return Reply::err(msg);
            }
            i += 1;
            match parse_i64(ctx.arg(i)) {
                None => return Reply::err("ERR timeout is not an integer or out of range"),
                Some(t) if t < 0 => return Reply::err("ERR timeout is negative"),
                Some(_) => block = true,
            }
        } else if o.eq_ignore_ascii_case(b"count") && more > 0 {
            i += 1;
            count = match arg_i64(ctx.arg(i)) {
                Ok(c) => c.max(0),
                Err(e) => return e,
            };
        } else if o.eq_ignore_ascii_case(b"streams") && more > 0 {
            streams_arg = i + 1;
            let n = argc - streams_arg;
            if !n.is_multiple_of(2) {
                return Reply::err("ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.");
            }
            streams_count = n / 2;
            break;
        } else if o.eq_ignore_ascii_case(b"group") && more >= 2 {
            return Reply::err(
                "ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.",
            );
        } else if o.eq_ignore_ascii_case(b"noack") {
            return Reply::err(
                "ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.",
            );
        } else {
            return Reply::syntax();
        }
        i += 1;
    }
    if streams_arg == 0 {
        return Reply::syntax();
    }
    let mut ids = Vec::with_capacity(streams_count.min(1024));
    for k in 0..streams_count {
        let key = ctx.arg(streams_arg + k).to_vec();
        let idarg = ctx.arg(streams_arg + streams_count + k).to_vec();
        let last = match stream_mut(ctx, &key) {
            Err(e) => return e,
            Ok(s) => s.map(|s| s.last_id),
        };
        if idarg == b"$" {
            ids.push(last.unwrap_or(StreamId::MIN));
            continue;
        }
        if idarg == b">" {
            return Reply::err("ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.");
        }
        match parse_strict(&idarg) {
            Ok(id) => ids.push(id),
            Err(e) => return e,
        }
    }
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    let resp3 = ctx.client.resp >= 3;
    let mut out = Vec::new();
    for (k, gt) in ids.into_iter().enumerate() {
        let key = ctx.arg(streams_arg + k).to_vec();
        let Ok(Some(s)) = stream_mut(ctx, &key) else {
            continue;
        };
        let Some(maxid) = s.last_entry_id() else {
            continue;
        };
        if maxid <= gt {
            continue;
        }
        let Some(start) = gt.incr() else {
            continue;
        };
        let entries = range_reply(s, start, StreamId::MAX, count, false);
        out.push((Reply::Bulk(key), entries));
    }
    if !out.is_empty() {
        return if resp3 {
            Reply::Map(out)
        } else {
            Reply::Array(
                out.into_iter()
                    .map(|(k, v)| Reply::Array(vec![k, v]))
                    .collect(),
            )
        };
    }
    // BLOCK never blocks in this playground: nothing new answers like a timeout.
    let _ = block;
    Reply::NilArray
}

// ---------------------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------------------

/// The stream family's commands.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "xadd",
        arity: -5,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Appends a new entry to a stream",
        since: "5.0.0",
        syntax: "key [NOMKSTREAM] [MAXLEN|MINID [=|~] threshold [LIMIT count]] *|id field value [field value ...]",
        handler: Handler::Core(cmd_xadd),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xack",
        arity: -4,
        flags: WRITE | FAST,
        acl: &["write", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL.",
        since: "5.0.0",
        syntax: "key group id [id ...]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xautoclaim",
        arity: -6,
        flags: WRITE | FAST,
        acl: &["write", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer.",
        since: "6.2.0",
        syntax: "key group consumer min-idle-time start [COUNT count] [JUSTID]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xclaim",
        arity: -6,
        flags: WRITE | FAST,
        acl: &["write", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer.",
        since: "5.0.0",
        syntax: "key group consumer min-idle-time id [id ...] [IDLE ms] [TIME unix-time-milliseconds] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xdel",
        arity: -3,
        flags: WRITE | FAST,
        acl: &["write", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist.",
        since: "5.0.0",
        syntax: "key id [id ...]",
        handler: Handler::Core(cmd_xdel),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xgroup",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "stream",
        summary: "A container for consumer groups commands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: XGROUP_SUBCOMMANDS,
    },
    CommandSpec {
        name: "xinfo",
        arity: -2,
        flags: 0,
        acl: &["slow"],
        keys: Keys::None,
        group: "stream",
        summary: "A container for stream introspection commands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Container,
        subcommands: XINFO_SUBCOMMANDS,
    },
    CommandSpec {
        name: "xlen",
        arity: 2,
        flags: READONLY | FAST,
        acl: &["read", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Return the number of entries in a stream",
        since: "5.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_xlen),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xpending",
        arity: -3,
        flags: READONLY,
        acl: &["read", "stream", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged.",
        since: "5.0.0",
        syntax: "key group [[IDLE min-idle-time] start end count [consumer]]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xrange",
        arity: -4,
        flags: READONLY,
        acl: &["read", "stream", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Return a range of elements in a stream, with IDs matching the specified IDs interval",
        since: "5.0.0",
        syntax: "key start end [COUNT count]",
        handler: Handler::Core(cmd_xrange),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xread",
        arity: -4,
        flags: READONLY | BLOCKING | MOVABLEKEYS,
        acl: &["read", "stream", "slow", "blocking"],
        keys: Keys::Custom(xread_keys),
        group: "stream",
        summary: "Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block.",
        since: "5.0.0",
        syntax: "[COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]",
        handler: Handler::Core(cmd_xread),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xreadgroup",
        arity: -7,
        flags: WRITE | BLOCKING | MOVABLEKEYS,
        acl: &["write", "stream", "slow", "blocking"],
        keys: Keys::Custom(xreadgroup_keys),
        group: "stream",
        summary: "Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block.",
        since: "5.0.0",
        syntax: "GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...] id [id ...]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xrevrange",
        arity: -4,
        flags: READONLY,
        acl: &["read", "stream", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE",
        since: "5.0.0",
        syntax: "key end start [COUNT count]",
        handler: Handler::Core(cmd_xrevrange),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xsetid",
        arity: -3,
        flags: WRITE | DENYOOM | FAST,
        acl: &["write", "stream", "fast"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "An internal command for replicating stream values",
        since: "5.0.0",
        syntax: "key last-id [ENTRIESADDED entries_added] [MAXDELETEDID max_deleted_entry_id]",
        handler: Handler::Core(cmd_xsetid),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "xtrim",
        arity: -4,
        flags: WRITE,
        acl: &["write", "stream", "slow"],
        keys: Keys::Range(1, 1, 1),
        group: "stream",
        summary: "Trims the stream to (approximately if '~' is passed) a certain size",
        since: "5.0.0",
        syntax: "key MAXLEN|MINID [=|~] threshold [LIMIT count]",
        handler: Handler::Core(cmd_xtrim),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of XGROUP.
pub const XGROUP_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "create",
        arity: -5,
        flags: WRITE | DENYOOM,
        acl: &["write", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "Create a consumer group.",
        since: "5.0.0",
        syntax: "key groupname id|$ [MKSTREAM] [ENTRIESREAD entries_read]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "createconsumer",
        arity: 5,
        flags: WRITE | DENYOOM,
        acl: &["write", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "Create a consumer in a consumer group.",
        since: "6.2.0",
        syntax: "key groupname consumername",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "delconsumer",
        arity: 5,
        flags: WRITE,
        acl: &["write", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "Delete a consumer from a consumer group.",
        since: "5.0.0",
        syntax: "key groupname consumername",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "destroy",
        arity: 4,
        flags: WRITE,
        acl: &["write", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "Destroy a consumer group.",
        since: "5.0.0",
        syntax: "key groupname",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["stream", "slow"],
        keys: Keys::None,
        group: "stream",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_xgroup_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "setid",
        arity: -5,
        flags: WRITE,
        acl: &["write", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "Set a consumer group to an arbitrary last delivered ID value.",
        since: "5.0.0",
        syntax: "key groupname id|$ [ENTRIESREAD entries_read]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
];

/// Subcommands of XINFO.
pub const XINFO_SUBCOMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "consumers",
        arity: 4,
        flags: READONLY,
        acl: &["read", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "List the consumers in a consumer group",
        since: "5.0.0",
        syntax: "key groupname",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "groups",
        arity: 3,
        flags: READONLY,
        acl: &["read", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "List the consumer groups of a stream",
        since: "5.0.0",
        syntax: "key",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "help",
        arity: 2,
        flags: LOADING | STALE,
        acl: &["stream", "slow"],
        keys: Keys::None,
        group: "stream",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        syntax: "",
        handler: Handler::Core(cmd_xinfo_help),
        ..CommandSpec::DEFAULT
    },
    CommandSpec {
        name: "stream",
        arity: -3,
        flags: READONLY,
        acl: &["read", "stream", "slow"],
        keys: Keys::Range(2, 2, 1),
        group: "stream",
        summary: "Get information about a stream",
        since: "5.0.0",
        syntax: "key [FULL [COUNT count]]",
        handler: Handler::Core(cmd_stream_unsupported),
        ..CommandSpec::DEFAULT
    },
];

const XGROUP_HELP: &[&str] = &[
    "XGROUP <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CREATE <key> <groupname> <id|$> [option]",
    "    Create a new consumer group. Options are:",
    "    * MKSTREAM",
    "      Create the empty stream if it does not exist.",
    "    * ENTRIESREAD entries_read",
    "      Set the group's entries_read counter (internal use).",
    "CREATECONSUMER <key> <groupname> <consumer>",
    "    Create a new consumer in the specified group.",
    "DELCONSUMER <key> <groupname> <consumer>",
    "    Remove the specified consumer.",
    "DESTROY <key> <groupname>",
    "    Remove the specified group.",
    "SETID <key> <groupname> <id|$> [ENTRIESREAD entries_read]",
    "    Set the current group ID and entries_read counter.",
    "HELP",
    "    Prints this help.",
];

const XINFO_HELP: &[&str] = &[
    "XINFO <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CONSUMERS <key> <groupname>",
    "    Show consumers of <groupname>.",
    "GROUPS <key>",
    "    Show the stream consumer groups.",
    "STREAM <key> [FULL [COUNT <count>]",
    "    Show information about the stream.",
    "HELP",
    "    Prints this help.",
];
