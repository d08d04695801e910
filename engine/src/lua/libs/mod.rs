//! Redis's bundled Lua libraries: cjson, cmsgpack, bit and struct.
//!
//! Each library installs a plain global table of callbacks. Behaviour and error texts follow the
//! C libraries bundled with Redis 7.0.15 (lua-cjson 2.1.0 as patched by Redis, lua-cmsgpack 0.4.0,
//! LuaBitOp 1.0.2, lua-struct 0.2). All numbers handed back to Lua are floats (Lua 5.1 numbers are
//! doubles); numbers received may be integers or floats, or numeric strings where the C library
//! used `luaL_checknumber`.
//!
//! Argument errors mimic `luaL_argerror`: `bad argument #N to 'NAME' (...)`. Lua 5.1 only knows
//! the function name when a Lua frame called the function directly; when it was called through
//! `pcall` (or another C function) the name is `?`. We approximate this with
//! [`piccolo::Execution::upper_lua_frame`].

pub mod bit;
pub mod cjson;
pub mod cmsgpack;
pub mod luaorder;
pub mod structlib;

pub use cjson::is_cjson_null;

use piccolo::{Context, Error, Execution, Stack, Value};

/// Upper bound on the output of `cjson.encode` / `cmsgpack.pack` (self-referencing tables can
/// otherwise expand exponentially; Redis would grow until out of memory).
pub const MAX_ENCODED_LEN: usize = 64 << 20;

/// Builds a Lua error whose value is the given message string (no position prefix, like
/// `luaL_error` raised from a C function).
pub(crate) fn lua_err<'gc>(ctx: Context<'gc>, msg: impl AsRef<[u8]>) -> Error<'gc> {
    Error::from_value(Value::String(ctx.intern(msg.as_ref())))
}

/// `luaL_where(L, 1)`: `chunk:line: ` of the calling Lua function, empty when the caller is not
/// a Lua function (e.g. `pcall(lib.f, ...)`).
pub(crate) fn where_prefix(exec: &Execution<'_, '_>) -> String {
    match exec.upper_lua_frame() {
        Some(f) => format!(
            "{}:{}: ",
            String::from_utf8_lossy(f.chunk_name.as_bytes()),
            f.current_line
        ),
        None => String::new(),
    }
}

/// Adds the `luaL_where` position to a string error raised by a library function (every
/// `luaL_error`/`luaL_argerror` in the C libraries carries it).
pub(crate) fn with_where<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    e: Error<'gc>,
) -> Error<'gc> {
    let prefix = where_prefix(exec);
    if prefix.is_empty() {
        return e;
    }
    match e {
        Error::Lua(piccolo::error::LuaError(Value::String(s))) => {
            let mut msg = prefix.into_bytes();
            msg.extend_from_slice(s.as_bytes());
            lua_err(ctx, msg)
        }
        other => other,
    }
}

/// The function name Lua 5.1 would report in an argument error.
pub(crate) fn call_name(exec: &Execution<'_, '_>, name: &'static str) -> &'static str {
    if exec.upper_lua_frame().is_some() {
        name
    } else {
        "?"
    }
}

/// `luaL_argerror`: `bad argument #n to 'fname' (extra)`.
pub(crate) fn arg_error<'gc>(ctx: Context<'gc>, n: usize, fname: &str, extra: &str) -> Error<'gc> {
    lua_err(ctx, format!("bad argument #{n} to '{fname}' ({extra})"))
}

/// Lua 5.1 type name of a value, or `no value` when the argument is absent.
pub(crate) fn type_name_at(stack: &Stack<'_, '_>, i: usize) -> &'static str {
    if i >= stack.len() {
        "no value"
    } else {
        stack.get(i).type_name()
    }
}

/// `luaL_typerror`-style argument error.
pub(crate) fn type_error<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    i: usize,
    fname: &str,
    expected: &str,
) -> Error<'gc> {
    let got = type_name_at(stack, i);
    arg_error(
        ctx,
        i + 1,
        fname,
        &format!("{expected} expected, got {got}"),
    )
}

/// Converts a string to a number like Lua 5.1's `luaO_str2d` (strtod, hex fallback, surrounding
/// whitespace allowed).
pub(crate) fn str_to_number(s: &[u8]) -> Option<f64> {
    let t = trim_lua_space(s);
    if t.is_empty() {
        return None;
    }
    let text = std::str::from_utf8(t).ok()?;
    let (neg, body) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if let Some(hex) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        // strtoul semantics: wraps/saturates at unsigned long; use u64 saturation.
        let v = u64::from_str_radix(hex, 16).unwrap_or(u64::MAX) as f64;
        return Some(if neg { -v } else { v });
    }
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if !body
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
            {
                return None;
            }
            body.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

fn trim_lua_space(s: &[u8]) -> &[u8] {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = s.iter().position(|b| !is_space(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|b| !is_space(b))
        .map_or(start, |p| p + 1);
    s.get(start..end).unwrap_or(&[])
}

/// A value as a Lua 5.1 number (`lua_tonumber`): numbers and numeric strings.
pub(crate) fn to_number(v: Value<'_>) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(i as f64),
        Value::Number(n) => Some(n),
        Value::String(s) => str_to_number(s.as_bytes()),
        _ => None,
    }
}

/// `luaL_checknumber` on argument `i` (0-based).
pub(crate) fn check_number<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    i: usize,
    fname: &str,
) -> Result<f64, Error<'gc>> {
    match to_number(stack.get(i)) {
        Some(n) if i < stack.len() => Ok(n),
        _ => Err(type_error(ctx, stack, i, fname, "number")),
    }
}

/// `luaL_optnumber` on argument `i` (0-based).
pub(crate) fn opt_number<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    i: usize,
    fname: &str,
    default: f64,
) -> Result<f64, Error<'gc>> {
    if stack.get(i).is_nil() {
        Ok(default)
    } else {
        check_number(ctx, stack, i, fname)
    }
}

/// Lua 5.1 number to string conversion (`%.14g`).
pub(crate) fn number_to_bytes(n: f64) -> Vec<u8> {
    crate::util::numfmt::fmt_g(n, 14).into_bytes()
}

/// `lua_tolstring`-like: strings as is, numbers formatted with `%.14g`.
pub(crate) fn to_bytes(v: Value<'_>) -> Option<Vec<u8>> {
    match v {
        Value::String(s) => Some(s.as_bytes().to_vec()),
        Value::Integer(i) => Some(number_to_bytes(i as f64)),
        Value::Number(n) => Some(number_to_bytes(n)),
        _ => None,
    }
}

/// `luaL_checklstring` on argument `i` (0-based).
pub(crate) fn check_bytes<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    i: usize,
    fname: &str,
) -> Result<Vec<u8>, Error<'gc>> {
    match to_bytes(stack.get(i)) {
        Some(b) if i < stack.len() => Ok(b),
        _ => Err(type_error(ctx, stack, i, fname, "string")),
    }
}

/// A Lua number value (always the float subtype, as in Lua 5.1).
pub(crate) fn num<'gc>(n: f64) -> Value<'gc> {
    Value::Number(n)
}

/// Installs all four libraries.
pub fn load_all(ctx: Context<'_>) {
    cjson::load_cjson(ctx);
    cmsgpack::load_cmsgpack(ctx);
    bit::load_bit(ctx);
    structlib::load_structlib(ctx);
}

#[cfg(test)]
mod tests {
    use super::str_to_number;

    #[test]
    fn str2d() {
        assert_eq!(str_to_number(b" 10 "), Some(10.0));
        assert_eq!(str_to_number(b"0x10"), Some(16.0));
        assert_eq!(str_to_number(b"-1e3"), Some(-1000.0));
        assert_eq!(str_to_number(b"1.5x"), None);
        assert_eq!(str_to_number(b""), None);
        assert_eq!(str_to_number(b".5"), Some(0.5));
    }
}
