//! Redis's `cmsgpack` library (lua-cmsgpack 0.4.0 semantics).
//!
//! `pack(...)` encodes each argument and concatenates the results; `unpack(s)` returns every
//! value; `unpack_one(s [, offset])` and `unpack_limit(s, limit [, offset])` return the next
//! offset (`-1` once the input is consumed) followed by the values.
//!
//! Encoding: integral numbers (that fit an int64) in the smallest integer form, other numbers as
//! float32 when that is exact, else float64; strings as fixstr/str8/str16/str32; tables as arrays
//! when their keys are exactly `1..n`, else maps (in table iteration order); tables nested more
//! than 16 deep and unsupported types as nil. Decoding rejects bin and ext types ("Bad data
//! format in input."), and reports truncated input as "Missing bytes in input.".

use piccolo::{Callback, CallbackReturn, Context, Error, Execution, Stack, Table, Value};

use super::{
    arg_error, call_name, check_bytes, check_number, lua_err, num, opt_number, with_where,
};

const MAX_NESTING: usize = 16;
/// Lua 5.1's `LUAI_MAXCSTACK`, which bounds how much a single C call may push.
const MAX_SLOTS: usize = 8000;

fn encode_int(out: &mut Vec<u8>, n: i64) {
    if n >= 0 {
        if n <= 127 {
            out.push(n as u8);
        } else if n <= 0xff {
            out.extend_from_slice(&[0xcc, n as u8]);
        } else if n <= 0xffff {
            out.push(0xcd);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        } else if n <= 0xffff_ffff {
            out.push(0xce);
            out.extend_from_slice(&(n as u32).to_be_bytes());
        } else {
            out.push(0xcf);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    } else if n >= -32 {
        out.push(n as i8 as u8);
    } else if n >= -128 {
        out.extend_from_slice(&[0xd0, n as i8 as u8]);
    } else if n >= -32768 {
        out.push(0xd1);
        out.extend_from_slice(&(n as i16).to_be_bytes());
    } else if n >= -2_147_483_648 {
        out.push(0xd2);
        out.extend_from_slice(&(n as i32).to_be_bytes());
    } else {
        out.push(0xd3);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

fn encode_number(out: &mut Vec<u8>, n: f64) {
    // IS_INT64_EQUIVALENT: finite and (int64_t)n == n (x86 cast yields INT64_MIN out of range).
    let as_i64 = if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&n) {
        n as i64
    } else {
        i64::MIN
    };
    if !n.is_infinite() && as_i64 as f64 == n {
        encode_int(out, as_i64);
        return;
    }
    if n.is_infinite() {
        // Redis's build emits infinities with the sign bit inverted (observed on 7.0.15:
        // `cmsgpack.pack(1/0)` is `ca ff800000`).
        out.push(0xca);
        out.extend_from_slice(&(-(n as f32)).to_be_bytes());
        return;
    }
    let f = n as f32;
    if f64::from(f) == n {
        out.push(0xca);
        out.extend_from_slice(&f.to_be_bytes());
    } else {
        out.push(0xcb);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

fn encode_len(
    out: &mut Vec<u8>,
    len: usize,
    fix: u8,
    fix_max: usize,
    b8: Option<u8>,
    b16: u8,
    b32: u8,
) {
    if len <= fix_max {
        out.push(fix | len as u8);
    } else if let (Some(code), true) = (b8, len <= 0xff) {
        out.extend_from_slice(&[code, len as u8]);
    } else if len <= 0xffff {
        out.push(b16);
        out.extend_from_slice(&(len as u16).to_be_bytes());
    } else {
        out.push(b32);
        out.extend_from_slice(&(u32::try_from(len).unwrap_or(u32::MAX)).to_be_bytes());
    }
}

/// Whether a table is a sequence `1..n` (returns n).
fn array_len(t: Table<'_>) -> Option<usize> {
    let mut count: usize = 0;
    let mut max: i64 = 0;
    for (k, _) in t.iter() {
        let n = match k {
            Value::Integer(i) => i as f64,
            Value::Number(n) => n,
            _ => return None,
        };
        // `long idx = n; if (idx != n || idx < 1) not array`
        if !(1.0..9.2e18).contains(&n) || n.fract() != 0.0 {
            return None;
        }
        count += 1;
        max = max.max(n as i64);
    }
    (usize::try_from(max).ok() == Some(count)).then_some(count)
}

fn encode_value(out: &mut Vec<u8>, v: Value<'_>, level: usize) {
    if out.len() > super::MAX_ENCODED_LEN {
        return;
    }
    match v {
        Value::String(s) => {
            let b = s.as_bytes();
            encode_len(out, b.len(), 0xa0, 31, Some(0xd9), 0xda, 0xdb);
            out.extend_from_slice(b);
        }
        Value::Boolean(b) => out.push(if b { 0xc3 } else { 0xc2 }),
        Value::Integer(i) => encode_number(out, i as f64),
        Value::Number(n) => encode_number(out, n),
        Value::Table(t) if level < MAX_NESTING => {
            if let Some(len) = array_len(t) {
                encode_len(out, len, 0x90, 15, None, 0xdc, 0xdd);
                for i in 1..=len {
                    encode_value(out, t.get_value(Value::Integer(i as i64)), level + 1);
                }
            } else {
                let entries = super::luaorder::ordered_entries(t);
                encode_len(out, entries.len(), 0x80, 15, None, 0xde, 0xdf);
                for (k, val) in entries {
                    encode_value(out, k, level + 1);
                    encode_value(out, val, level + 1);
                }
            }
        }
        _ => out.push(0xc0),
    }
}

/// Decoding failures.
enum DecErr {
    Eof,
    BadFmt,
    /// A Lua error raised mid-decode (stack overflow, bad table index).
    Lua(String),
}

struct Decoder<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Decoder<'a> {
    fn left(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DecErr> {
        let end = self.pos.checked_add(n).ok_or(DecErr::Eof)?;
        let s = self.data.get(self.pos..end).ok_or(DecErr::Eof)?;
        self.pos = end;
        Ok(s)
    }

    fn be(&mut self, n: usize) -> Result<u64, DecErr> {
        Ok(self
            .take(n)?
            .iter()
            .fold(0u64, |a, &b| (a << 8) | u64::from(b)))
    }

    /// Reads one item header (and the payload of scalars).
    fn item<'gc>(&mut self, ctx: Context<'gc>) -> Result<Item<'gc>, DecErr> {
        let tag = *self.data.get(self.pos).ok_or(DecErr::Eof)?;
        // Each arm checks the whole item is present before consuming, like the C cursor.
        let need = |d: &Self, n: usize| -> Result<(), DecErr> {
            if d.left() < n {
                Err(DecErr::Eof)
            } else {
                Ok(())
            }
        };
        let v = match tag {
            0xcc | 0xd0 => {
                need(self, 2)?;
                self.pos += 1;
                let b = self.be(1)?;
                num(if tag == 0xd0 {
                    f64::from(b as u8 as i8)
                } else {
                    b as f64
                })
            }
            0xcd | 0xd1 => {
                need(self, 3)?;
                self.pos += 1;
                let b = self.be(2)?;
                num(if tag == 0xd1 {
                    f64::from(b as u16 as i16)
                } else {
                    b as f64
                })
            }
            0xce | 0xd2 => {
                need(self, 5)?;
                self.pos += 1;
                let b = self.be(4)?;
                num(if tag == 0xd2 {
                    f64::from(b as u32 as i32)
                } else {
                    b as f64
                })
            }
            0xcf | 0xd3 => {
                need(self, 9)?;
                self.pos += 1;
                num(self.be(8)? as i64 as f64)
            }
            0xc0 => {
                self.pos += 1;
                Value::Nil
            }
            0xc2 | 0xc3 => {
                self.pos += 1;
                Value::Boolean(tag == 0xc3)
            }
            0xca => {
                need(self, 5)?;
                self.pos += 1;
                num(f64::from(f32::from_bits(self.be(4)? as u32)))
            }
            0xcb => {
                need(self, 9)?;
                self.pos += 1;
                num(f64::from_bits(self.be(8)?))
            }
            0xd9..=0xdb => {
                let w = match tag {
                    0xd9 => 1,
                    0xda => 2,
                    _ => 4,
                };
                need(self, 1 + w)?;
                let start = self.pos;
                self.pos += 1;
                let len = usize::try_from(self.be(w)?).map_err(|_| DecErr::Eof)?;
                if self.left() < len {
                    self.pos = start;
                    return Err(DecErr::Eof);
                }
                Value::String(ctx.intern(self.take(len)?))
            }
            0xdc..=0xdf => {
                let w = if tag == 0xdc || tag == 0xde { 2 } else { 4 };
                need(self, 1 + w)?;
                self.pos += 1;
                let len = self.be(w)?;
                return Ok(if tag <= 0xdd {
                    Item::Array(len)
                } else {
                    Item::Map(len)
                });
            }
            t if t & 0x80 == 0 => {
                self.pos += 1;
                num(f64::from(t))
            }
            t if t & 0xe0 == 0xe0 => {
                self.pos += 1;
                num(f64::from(t as i8))
            }
            t if t & 0xe0 == 0xa0 => {
                let len = usize::from(t & 0x1f);
                need(self, 1 + len)?;
                self.pos += 1;
                Value::String(ctx.intern(self.take(len)?))
            }
            t if t & 0xf0 == 0x90 => {
                self.pos += 1;
                return Ok(Item::Array(u64::from(t & 0x0f)));
            }
            t if t & 0xf0 == 0x80 => {
                self.pos += 1;
                return Ok(Item::Map(u64::from(t & 0x0f)));
            }
            _ => return Err(DecErr::BadFmt),
        };
        Ok(Item::Scalar(v))
    }

    /// Decodes one complete value with an explicit stack. `base` is the number of Lua stack
    /// slots already in use (values decoded so far at top level).
    fn decode<'gc>(&mut self, ctx: Context<'gc>, base: usize) -> Result<Value<'gc>, DecErr> {
        let mut frames: Vec<DecFrame<'gc>> = Vec::new();
        let mut slots = base;
        loop {
            if slots + 1 >= MAX_SLOTS {
                return Err(DecErr::Lua(
                    "stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)"
                        .into(),
                ));
            }
            let mut val = match self.item(ctx)? {
                Item::Scalar(v) => v,
                Item::Array(len) => {
                    if slots + 2 >= MAX_SLOTS {
                        return Err(DecErr::Lua(
                            "stack overflow (in function mp_decode_to_lua_array)".into(),
                        ));
                    }
                    let t = Table::new(&ctx);
                    if len == 0 {
                        Value::Table(t)
                    } else {
                        frames.push(DecFrame::Arr {
                            t,
                            left: len,
                            idx: 1,
                        });
                        slots += 2;
                        continue;
                    }
                }
                Item::Map(len) => {
                    let t = Table::new(&ctx);
                    if len == 0 {
                        Value::Table(t)
                    } else {
                        frames.push(DecFrame::Key {
                            t,
                            left: len,
                            order: Some(Vec::new()),
                        });
                        slots += 1;
                        continue;
                    }
                }
            };
            // Store the finished value into its parents.
            loop {
                let Some(top) = frames.last_mut() else {
                    return Ok(val);
                };
                match *top {
                    DecFrame::Arr {
                        t,
                        ref mut left,
                        ref mut idx,
                    } => {
                        let _ = t.set_value(&ctx, Value::Integer(*idx), val);
                        *idx += 1;
                        *left -= 1;
                        if *left > 0 {
                            break;
                        }
                        val = Value::Table(t);
                        frames.pop();
                        slots = slots.saturating_sub(2);
                    }
                    DecFrame::Key {
                        t,
                        left,
                        ref mut order,
                    } => {
                        let order = std::mem::take(order);
                        *top = DecFrame::Val {
                            t,
                            left,
                            key: val,
                            order,
                        };
                        slots += 1;
                        break;
                    }
                    DecFrame::Val {
                        t,
                        left,
                        key,
                        ref mut order,
                    } => {
                        let mut order = std::mem::take(order);
                        match key {
                            Value::Nil => return Err(DecErr::Lua("table index is nil".into())),
                            Value::Number(n) if n.is_nan() => {
                                return Err(DecErr::Lua("table index is NaN".into()))
                            }
                            _ => {
                                let _ = t.set_value(&ctx, key, val);
                            }
                        }
                        // Remember string-keyed insertion order (nil values would leave dead
                        // keys in Lua's node array, so such maps are not tracked).
                        match (key, val, order.as_mut()) {
                            // Duplicate keys make the recorded order longer than the key
                            // set, which the registry then ignores.
                            (Value::String(s), v, Some(o)) if !v.is_nil() => {
                                o.push(s.as_bytes().to_vec());
                            }
                            _ => order = None,
                        }
                        let left = left - 1;
                        if left > 0 {
                            *top = DecFrame::Key { t, left, order };
                            slots = slots.saturating_sub(1);
                            break;
                        }
                        if let Some(o) = order {
                            super::luaorder::record_insertion_order(t, o);
                        }
                        val = Value::Table(t);
                        frames.pop();
                        slots = slots.saturating_sub(2);
                    }
                }
            }
        }
    }
}

enum Item<'gc> {
    Scalar(Value<'gc>),
    Array(u64),
    Map(u64),
}

enum DecFrame<'gc> {
    Arr {
        t: Table<'gc>,
        left: u64,
        idx: i64,
    },
    Key {
        t: Table<'gc>,
        left: u64,
        order: Option<Vec<Vec<u8>>>,
    },
    Val {
        t: Table<'gc>,
        left: u64,
        key: Value<'gc>,
        order: Option<Vec<Vec<u8>>>,
    },
}

/// `mp_unpack_full`: decodes up to `limit` values (all when `limit == 0 && offset == 0`).
fn unpack_full<'gc>(
    ctx: Context<'gc>,
    data: &[u8],
    limit: i64,
    offset: i64,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let decode_all = limit == 0 && offset == 0;
    let len = data.len();
    if offset < 0 || limit < 0 {
        return Err(lua_err(
            ctx,
            format!(
                "Invalid request to unpack with offset of {} and limit of {}.",
                offset as i32, len as i32
            ),
        ));
    }
    let Some(off) = usize::try_from(offset).ok().filter(|&o| o <= len) else {
        return Err(lua_err(
            ctx,
            format!(
                "Start offset {} greater than input length {}.",
                offset as i32, len as i32
            ),
        ));
    };
    let limit = if decode_all {
        i64::from(i32::MAX)
    } else {
        limit
    };
    let mut d = Decoder { data, pos: off };
    let mut out = Vec::new();
    let mut cnt: i64 = 0;
    while d.left() > 0 && cnt < limit {
        match d.decode(ctx, out.len()) {
            Ok(v) => out.push(v),
            Err(DecErr::Eof) => return Err(lua_err(ctx, "Missing bytes in input.")),
            Err(DecErr::BadFmt) => return Err(lua_err(ctx, "Bad data format in input.")),
            Err(DecErr::Lua(m)) => return Err(lua_err(ctx, m)),
        }
        cnt += 1;
    }
    if !decode_all {
        let next = if d.left() == 0 {
            -1.0
        } else {
            (len - d.left()) as i32 as f64
        };
        out.insert(0, num(next));
    }
    Ok(out)
}

/// `luaL_checkinteger`/`luaL_optinteger` truncated to C `int`.
fn to_c_int(n: f64) -> i64 {
    let l = if n.is_finite() && n.abs() < 9.2e18 {
        n as i64
    } else {
        i64::MIN
    };
    i64::from(l as i32)
}

type LibFn = for<'gc> fn(
    Context<'gc>,
    &Execution<'gc, '_>,
    &Stack<'gc, '_>,
) -> Result<Vec<Value<'gc>>, Error<'gc>>;

fn pack<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    if stack.is_empty() {
        return Err(arg_error(
            ctx,
            0,
            call_name(exec, "pack"),
            "MessagePack pack needs input.",
        ));
    }
    let mut out = Vec::new();
    for i in 0..stack.len() {
        encode_value(&mut out, stack.get(i), 0);
    }
    if out.len() > super::MAX_ENCODED_LEN {
        return Err(lua_err(ctx, "MessagePack pack output too large."));
    }
    Ok(vec![Value::String(ctx.intern(&out))])
}

fn unpack<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let data = check_bytes(ctx, stack, 0, call_name(exec, "unpack"))?;
    unpack_full(ctx, &data, 0, 0)
}

fn unpack_one<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let name = call_name(exec, "unpack_one");
    let offset = to_c_int(opt_number(ctx, stack, 1, name, 0.0)?);
    let data = check_bytes(ctx, stack, 0, name)?;
    unpack_full(ctx, &data, 1, offset)
}

fn unpack_limit<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let name = call_name(exec, "unpack_limit");
    let limit = to_c_int(check_number(ctx, stack, 1, name)?);
    let offset = to_c_int(opt_number(ctx, stack, 2, name, 0.0)?);
    let data = check_bytes(ctx, stack, 0, name)?;
    unpack_full(ctx, &data, limit, offset)
}

fn register<'gc>(ctx: Context<'gc>, t: Table<'gc>, name: &'static str, f: LibFn) {
    let cb = Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
        let v = f(ctx, &exec, &stack).map_err(|e| with_where(ctx, &exec, e))?;
        stack.clear();
        stack.extend(v);
        Ok(CallbackReturn::Return)
    });
    let _ = t.set(ctx, name, cb);
}

/// Installs the library into the globals.
pub fn load_cmsgpack(ctx: Context<'_>) {
    let t = Table::new(&ctx);
    register(ctx, t, "pack", pack);
    register(ctx, t, "unpack", unpack);
    register(ctx, t, "unpack_one", unpack_one);
    register(ctx, t, "unpack_limit", unpack_limit);
    let _ = t.set(ctx, "_NAME", "cmsgpack");
    let _ = t.set(ctx, "_VERSION", "lua-cmsgpack 0.4.0");
    let _ = t.set(
        ctx,
        "_COPYRIGHT",
        "Copyright (C) 2012, Salvatore Sanfilippo",
    );
    let _ = t.set(ctx, "_DESCRIPTION", "MessagePack C implementation for Lua");
    let _ = ctx.set_global("cmsgpack", t);
}

#[cfg(test)]
mod tests {
    use super::{encode_int, encode_number};

    fn hex(f: impl Fn(&mut Vec<u8>)) -> String {
        let mut v = Vec::new();
        f(&mut v);
        v.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn numbers() {
        assert_eq!(hex(|o| encode_int(o, -33)), "d0df");
        assert_eq!(hex(|o| encode_int(o, -32769)), "d2ffff7fff");
        assert_eq!(hex(|o| encode_number(o, 2f64.powi(63))), "ca5f000000");
        assert_eq!(
            hex(|o| encode_number(o, -(2f64.powi(63)))),
            "d38000000000000000"
        );
        assert_eq!(hex(|o| encode_number(o, 0.1)), "cb3fb999999999999a");
        assert_eq!(
            hex(|o| encode_number(o, f64::from_bits(0xfff8_0000_0000_0000))),
            "cbfff8000000000000"
        );
        assert_eq!(hex(|o| encode_number(o, -0.0)), "00");
        assert_eq!(hex(|o| encode_number(o, f64::INFINITY)), "caff800000");
    }
}
