//! Conversions between command replies and Lua values, both ways, following the Redis
//! Lua API reference's tables for RESP2 and RESP3.

use piccolo::{Context, Table, Value};

use crate::resp::Reply;
use crate::util::numfmt::fmt_g;

/// Nesting limit for tables converted to replies (self-referential tables end here).
pub const MAX_REPLY_DEPTH: usize = 1000;

fn lua_str<'gc>(ctx: Context<'gc>, b: &[u8]) -> Value<'gc> {
    Value::String(piccolo::String::from_slice(&ctx, b))
}

fn table_with<'gc>(ctx: Context<'gc>, key: &'static str, v: Value<'gc>) -> Value<'gc> {
    let t = Table::new(&ctx);
    let _ = t.set(ctx, key, v);
    Value::Table(t)
}

/// A Lua error table `{err = msg}`.
pub fn error_table<'gc>(ctx: Context<'gc>, msg: &[u8]) -> Value<'gc> {
    table_with(ctx, "err", lua_str(ctx, msg))
}

/// Converts a command reply to a Lua value as seen by a script speaking `resp` (2 or 3,
/// set by `redis.setresp`).
pub fn reply_to_lua<'gc>(ctx: Context<'gc>, reply: &Reply, resp: u8) -> Value<'gc> {
    match reply {
        Reply::Status(s) => table_with(ctx, "ok", lua_str(ctx, s)),
        Reply::Error(e) => error_table(ctx, e),
        // Lua 5.1 numbers are doubles: big integers lose precision exactly as in Redis.
        Reply::Int(i) => Value::Number(*i as f64),
        Reply::Bulk(b) => lua_str(ctx, b),
        Reply::Nil | Reply::NilArray => {
            if resp == 3 {
                Value::Nil
            } else {
                Value::Boolean(false)
            }
        }
        Reply::Array(items) | Reply::Push(items) => array_to_lua(ctx, items.iter(), resp),
        Reply::Set(items) => {
            if resp == 3 {
                let set = Table::new(&ctx);
                for it in items {
                    let k = reply_to_lua(ctx, it, resp);
                    let _ = set.set_value(&ctx, k, Value::Boolean(true));
                }
                table_with(ctx, "set", Value::Table(set))
            } else {
                array_to_lua(ctx, items.iter(), resp)
            }
        }
        Reply::Map(pairs) => {
            if resp == 3 {
                let map = Table::new(&ctx);
                for (k, v) in pairs {
                    let k = reply_to_lua(ctx, k, resp);
                    let v = reply_to_lua(ctx, v, resp);
                    let _ = map.set_value(&ctx, k, v);
                }
                table_with(ctx, "map", Value::Table(map))
            } else {
                array_to_lua(ctx, pairs.iter().flat_map(|(k, v)| [k, v]), resp)
            }
        }
        Reply::Double(d) => {
            if resp == 3 {
                table_with(ctx, "double", Value::Number(*d))
            } else {
                lua_str(ctx, fmt_g(*d, 17).as_bytes())
            }
        }
        Reply::Bool(b) => {
            if resp == 3 {
                Value::Boolean(*b)
            } else {
                Value::Integer(i64::from(*b))
            }
        }
        Reply::BigNumber(n) => {
            if resp == 3 {
                table_with(ctx, "big_number", lua_str(ctx, n))
            } else {
                lua_str(ctx, n)
            }
        }
        Reply::Verbatim(fmt, s) => {
            if resp == 3 {
                let t = Table::new(&ctx);
                let _ = t.set(ctx, "format", lua_str(ctx, fmt));
                let _ = t.set(ctx, "string", lua_str(ctx, s));
                table_with(ctx, "verbatim_string", Value::Table(t))
            } else {
                lua_str(ctx, s)
            }
        }
    }
}

fn array_to_lua<'a, 'gc>(
    ctx: Context<'gc>,
    items: impl Iterator<Item = &'a Reply>,
    resp: u8,
) -> Value<'gc> {
    let t = Table::new(&ctx);
    for (i, it) in items.enumerate() {
        let v = reply_to_lua(ctx, it, resp);
        let _ = t.set_value(&ctx, Value::Integer(i as i64 + 1), v);
    }
    Value::Table(t)
}

/// Replaces `\r` and `\n` with spaces, as Redis does for error and status replies.
pub fn sanitize_line(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c == b'\r' || c == b'\n' { b' ' } else { c })
        .collect()
}

/// Lua number to an integer reply the way Redis casts (`(long long)n`, truncating).
pub fn number_to_int(n: f64) -> i64 {
    // x86's cvttsd2si: NaN and out-of-range values become the "integer indefinite" value.
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if n.is_nan() || !(-TWO_63..TWO_63).contains(&n) {
        i64::MIN
    } else {
        n.trunc() as i64
    }
}

/// Converts a script's return value to a reply. `resp3` is true when the script called
/// `redis.setresp(3)` (booleans then become RESP3 booleans). `is_null` recognises the
/// cjson.null sentinel and other userdata.
pub fn lua_to_reply<'gc>(ctx: Context<'gc>, v: Value<'gc>, resp3: bool) -> Reply {
    lua_to_reply_depth(ctx, v, resp3, 0)
}

fn get_field<'gc>(ctx: Context<'gc>, t: Table<'gc>, k: &'static str) -> Value<'gc> {
    t.get(ctx, k)
}

fn lua_to_reply_depth<'gc>(ctx: Context<'gc>, v: Value<'gc>, resp3: bool, depth: usize) -> Reply {
    if depth > MAX_REPLY_DEPTH {
        return Reply::err("ERR reached lua stack limit");
    }
    match v {
        Value::Nil => Reply::Nil,
        Value::Boolean(true) => {
            if resp3 {
                Reply::Bool(true)
            } else {
                Reply::Int(1)
            }
        }
        Value::Boolean(false) => {
            if resp3 {
                Reply::Bool(false)
            } else {
                Reply::Nil
            }
        }
        Value::Integer(i) => Reply::Int(i),
        Value::Number(n) => Reply::Int(number_to_int(n)),
        Value::String(s) => Reply::Bulk(s.as_bytes().to_vec()),
        Value::Table(t) => {
            if let Value::String(e) = get_field(ctx, t, "err") {
                return Reply::Error(sanitize_line(e.as_bytes()));
            }
            if let Value::String(s) = get_field(ctx, t, "ok") {
                return Reply::Status(sanitize_line(s.as_bytes()));
            }
            match get_field(ctx, t, "double") {
                Value::Number(d) => return Reply::Double(d),
                Value::Integer(i) => return Reply::Double(i as f64),
                _ => {}
            }
            if let Value::String(s) = get_field(ctx, t, "big_number") {
                return Reply::BigNumber(sanitize_line(s.as_bytes()));
            }
            if let Value::Table(m) = get_field(ctx, t, "map") {
                let mut pairs = Vec::new();
                for (k, val) in m.iter() {
                    pairs.push((
                        lua_to_reply_depth(ctx, k, resp3, depth + 1),
                        lua_to_reply_depth(ctx, val, resp3, depth + 1),
                    ));
                }
                return Reply::Map(pairs);
            }
            if let Value::Table(s) = get_field(ctx, t, "set") {
                let mut items = Vec::new();
                for (k, _) in s.iter() {
                    items.push(lua_to_reply_depth(ctx, k, resp3, depth + 1));
                }
                return Reply::Set(items);
            }
            if let Value::Table(vs) = get_field(ctx, t, "verbatim_string") {
                if let (Value::String(f), Value::String(s)) =
                    (get_field(ctx, vs, "format"), get_field(ctx, vs, "string"))
                {
                    return Reply::Verbatim(f.as_bytes().to_vec(), s.as_bytes().to_vec());
                }
            }
            let mut items = Vec::new();
            let mut i: i64 = 1;
            loop {
                let e = t.get(ctx, i);
                if e.is_nil() {
                    break;
                }
                items.push(lua_to_reply_depth(ctx, e, resp3, depth + 1));
                i += 1;
            }
            Reply::Array(items)
        }
        Value::Function(_) | Value::Thread(_) | Value::UserData(_) => Reply::Nil,
    }
}

/// Formats a Lua value as a `redis.call` argument: strings as-is, numbers with `%.17g`
/// (integers exactly). Returns None for other types.
pub fn lua_arg_bytes(v: Value<'_>) -> Option<Vec<u8>> {
    match v {
        Value::String(s) => Some(s.as_bytes().to_vec()),
        Value::Integer(i) => Some(i.to_string().into_bytes()),
        Value::Number(n) => Some(fmt_g(n, 17).into_bytes()),
        _ => None,
    }
}
