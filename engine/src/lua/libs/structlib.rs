//! Redis's `struct` library (lua-struct 0.2 semantics): `struct.pack(fmt, ...)`,
//! `struct.unpack(fmt, data [, pos])` and `struct.size(fmt)`.
//!
//! Format: `>` big endian, `<` little endian, `![n]` maximum alignment, `x` padding byte,
//! `b/B` char, `h/H` short, `l/L` long (8), `T` size_t (8), `i/I[n]` n-byte integer (default 4,
//! at most 32), `f` float, `d` double, `s` zero-terminated string, `c[n]` fixed-length string
//! (`c0`: whole string when packing, previous unpacked number when unpacking), space ignored.
//! Integer conversion follows the x86-64 C casts the library performs.

use piccolo::{Callback, CallbackReturn, Context, Error, Execution, Stack, Table, Value};

use super::{arg_error, call_name, check_bytes, check_number, lua_err, num, to_number, with_where};

const MAXINTSIZE: usize = 32;
const MAXALIGN: usize = 8;

#[derive(Clone, Copy)]
struct Header {
    big: bool,
    align: usize,
}

impl Default for Header {
    fn default() -> Self {
        Header {
            big: false,
            align: 1,
        }
    }
}

/// A format-string cursor.
struct Fmt<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Fmt<'_> {
    fn next(&mut self) -> Option<u8> {
        let c = self.s.get(self.pos).copied()?;
        self.pos += 1;
        Some(c)
    }

    /// `getnum`: optional decimal count, with the overflow guard Redis added.
    fn num(&mut self, default: usize) -> Result<usize, &'static str> {
        let mut seen = false;
        let mut a: i32 = 0;
        while let Some(&c) = self.s.get(self.pos) {
            if !c.is_ascii_digit() {
                break;
            }
            seen = true;
            let d = i32::from(c - b'0');
            if a > i32::MAX / 10 || a * 10 > i32::MAX - d {
                return Err("integral size overflow");
            }
            a = a * 10 + d;
            self.pos += 1;
        }
        Ok(if seen { a as usize } else { default })
    }
}

/// Errors raised while walking a format.
enum FmtErr {
    /// `luaL_error` text.
    Plain(String),
    /// `luaL_argerror(L, 1, text)`.
    Arg1(String),
}

fn optsize(opt: u8, f: &mut Fmt<'_>) -> Result<usize, FmtErr> {
    Ok(match opt {
        b'B' | b'b' | b'x' => 1,
        b'H' | b'h' => 2,
        b'L' | b'l' | b'T' | b'd' => 8,
        b'f' => 4,
        b'c' => f.num(1).map_err(|e| FmtErr::Plain(e.into()))?,
        b'i' | b'I' => {
            let sz = f.num(4).map_err(|e| FmtErr::Plain(e.into()))?;
            if sz > MAXINTSIZE {
                return Err(FmtErr::Plain(format!(
                    "integral size {sz} is larger than limit of {MAXINTSIZE}"
                )));
            }
            sz
        }
        _ => 0,
    })
}

fn gettoalign(len: usize, h: &Header, opt: u8, size: usize) -> usize {
    if size == 0 || opt == b'c' {
        return 0;
    }
    let size = size.min(h.align);
    (size - (len & (size - 1))) & (size - 1)
}

fn controloptions(opt: u8, f: &mut Fmt<'_>, h: &mut Header) -> Result<(), FmtErr> {
    match opt {
        b' ' => {}
        b'>' => h.big = true,
        b'<' => h.big = false,
        b'!' => {
            let a = f.num(MAXALIGN).map_err(|e| FmtErr::Plain(e.into()))?;
            if a == 0 || !a.is_power_of_two() {
                return Err(FmtErr::Plain(format!("alignment {a} is not a power of 2")));
            }
            h.align = a;
        }
        _ => {
            return Err(FmtErr::Arg1(format!(
                "invalid format option '{}'",
                char::from(opt)
            )))
        }
    }
    Ok(())
}

fn fmt_err<'gc>(ctx: Context<'gc>, fname: &str, e: FmtErr) -> Error<'gc> {
    match e {
        FmtErr::Plain(s) => lua_err(ctx, s),
        FmtErr::Arg1(s) => arg_error(ctx, 1, fname, &s),
    }
}

/// `(Uinttype)n` / `(Uinttype)(Inttype)n` as compiled for x86-64.
fn double_to_u64(n: f64) -> u64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if n < 0.0 {
        if n >= -TWO63 {
            n as i64 as u64
        } else {
            1 << 63
        }
    } else if n < TWO63 {
        n as i64 as u64
    } else if n.is_nan() {
        1 << 63
    } else if n < 2.0 * TWO63 {
        ((n - TWO63) as i64 as u64) ^ (1 << 63)
    } else {
        0
    }
}

fn put_integer(out: &mut Vec<u8>, n: f64, big: bool, size: usize) {
    let mut value = double_to_u64(n);
    let mut buf = vec![0u8; size];
    for i in 0..size {
        let idx = if big { size - 1 - i } else { i };
        if let Some(b) = buf.get_mut(idx) {
            *b = (value & 0xff) as u8;
        }
        value = value.checked_shr(8).unwrap_or(0);
    }
    out.extend_from_slice(&buf);
}

fn get_integer(buf: &[u8], big: bool, signed: bool) -> f64 {
    let size = buf.len();
    let mut l: u64 = 0;
    let mut push = |b: u8| {
        l = (l << 8) | u64::from(b);
    };
    if big {
        buf.iter().for_each(|&b| push(b));
    } else {
        buf.iter().rev().for_each(|&b| push(b));
    }
    if !signed {
        return l as f64;
    }
    // x86 masks the shift count to 6 bits.
    let shift = ((size * 8).wrapping_sub(1) & 63) as u32;
    let mask = u64::MAX << shift;
    if l & mask != 0 {
        l |= mask;
    }
    l as i64 as f64
}

fn pack<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
) -> Result<Value<'gc>, Error<'gc>> {
    let fname = call_name(exec, "pack");
    let fmt_bytes = check_bytes(ctx, stack, 0, fname)?;
    let mut f = Fmt {
        s: &fmt_bytes,
        pos: 0,
    };
    let mut h = Header::default();
    let mut arg = 1usize;
    let mut out: Vec<u8> = Vec::new();
    while let Some(opt) = f.next() {
        let mut size = optsize(opt, &mut f).map_err(|e| fmt_err(ctx, fname, e))?;
        let toalign = gettoalign(out.len(), &h, opt, size);
        out.resize(out.len() + toalign, 0);
        match opt {
            b'b' | b'B' | b'h' | b'H' | b'l' | b'L' | b'T' | b'i' | b'I' => {
                let n = pack_number(ctx, stack, arg, fname)?;
                arg += 1;
                put_integer(&mut out, n, h.big, size);
            }
            b'x' => out.push(0),
            b'f' => {
                let n = pack_number(ctx, stack, arg, fname)? as f32;
                arg += 1;
                let b = if h.big {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                };
                out.extend_from_slice(&b);
            }
            b'd' => {
                let n = pack_number(ctx, stack, arg, fname)?;
                arg += 1;
                let b = if h.big {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                };
                out.extend_from_slice(&b);
            }
            b'c' | b's' => {
                let s = check_bytes(ctx, stack, arg, fname)?;
                arg += 1;
                if size == 0 {
                    size = s.len();
                }
                let Some(part) = s.get(..size) else {
                    return Err(arg_error(ctx, arg + 1, fname, "string too short"));
                };
                out.extend_from_slice(part);
                if opt == b's' {
                    out.push(0);
                }
            }
            _ => controloptions(opt, &mut f, &mut h).map_err(|e| fmt_err(ctx, fname, e))?,
        }
    }
    Ok(Value::String(ctx.intern(&out)))
}

/// `luaL_checknumber` for a packed value; a missing argument reads as `nil`, as in C where the
/// stack slot above the arguments holds the buffer marker.
fn pack_number<'gc>(
    ctx: Context<'gc>,
    stack: &Stack<'gc, '_>,
    i: usize,
    fname: &str,
) -> Result<f64, Error<'gc>> {
    match to_number(stack.get(i)) {
        Some(n) => Ok(n),
        None => {
            let got = stack.get(i).type_name();
            Err(arg_error(
                ctx,
                i + 1,
                fname,
                &format!("number expected, got {got}"),
            ))
        }
    }
}

fn unpack<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
) -> Result<Vec<Value<'gc>>, Error<'gc>> {
    let fname = call_name(exec, "unpack");
    let fmt_bytes = check_bytes(ctx, stack, 0, fname)?;
    let data_val = stack.get(1);
    let data = check_bytes(ctx, stack, 1, fname)?;
    let start = if stack.get(2).is_nil() {
        1i64
    } else {
        let n = check_number(ctx, stack, 2, fname)?;
        // lua_Integer cast (truncation toward zero, x86 indefinite value when out of range).
        if n.is_finite() && n.abs() < 9.2e18 {
            n as i64
        } else {
            i64::MIN
        }
    };
    if start == 0 {
        return Err(arg_error(ctx, 3, fname, "offset must be 1 or greater"));
    }
    let too_short = || arg_error(ctx, 2, fname, "data string too short");
    // Negative offsets wrap to huge size_t values in C and always fail the length check.
    let Some(Ok(mut pos)) = start.checked_sub(1).map(usize::try_from) else {
        return Err(too_short());
    };
    let mut f = Fmt {
        s: &fmt_bytes,
        pos: 0,
    };
    let mut h = Header::default();
    let mut results: Vec<Value<'gc>> = Vec::new();
    let ld = data.len();
    while let Some(opt) = f.next() {
        let mut size = optsize(opt, &mut f).map_err(|e| fmt_err(ctx, fname, e))?;
        pos = pos
            .checked_add(gettoalign(pos, &h, opt, size))
            .ok_or_else(too_short)?;
        match pos.checked_add(size) {
            Some(end) if end <= ld => {}
            _ => return Err(too_short()),
        }
        match opt {
            b'b' | b'B' | b'h' | b'H' | b'l' | b'L' | b'T' | b'i' | b'I' => {
                let bytes = data.get(pos..pos + size).ok_or_else(too_short)?;
                results.push(num(get_integer(bytes, h.big, opt.is_ascii_lowercase())));
            }
            b'x' => {}
            b'f' => {
                let bytes = data.get(pos..pos + 4).ok_or_else(too_short)?;
                let mut a = [0u8; 4];
                a.copy_from_slice(bytes);
                let v = if h.big {
                    f32::from_be_bytes(a)
                } else {
                    f32::from_le_bytes(a)
                };
                results.push(num(f64::from(v)));
            }
            b'd' => {
                let bytes = data.get(pos..pos + 8).ok_or_else(too_short)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(bytes);
                let v = if h.big {
                    f64::from_be_bytes(a)
                } else {
                    f64::from_le_bytes(a)
                };
                results.push(num(v));
            }
            b'c' => {
                if size == 0 {
                    let prev = results.last().copied().unwrap_or(data_val);
                    let Some(n) = to_number(prev) else {
                        return Err(lua_err(ctx, "format 'c0' needs a previous size"));
                    };
                    results.pop();
                    size = double_to_u64(n) as usize;
                    match pos.checked_add(size) {
                        Some(end) if end <= ld => {}
                        _ => return Err(too_short()),
                    }
                }
                let bytes = data.get(pos..pos + size).ok_or_else(too_short)?;
                results.push(Value::String(ctx.intern(bytes)));
            }
            b's' => {
                let rest = data.get(pos..).unwrap_or(&[]);
                let Some(z) = rest.iter().position(|&b| b == 0) else {
                    return Err(lua_err(ctx, "unfinished string in data"));
                };
                results.push(Value::String(ctx.intern(rest.get(..z).unwrap_or(&[]))));
                size = z + 1;
            }
            _ => controloptions(opt, &mut f, &mut h).map_err(|e| fmt_err(ctx, fname, e))?,
        }
        pos = pos.saturating_add(size);
    }
    results.push(num(pos as f64 + 1.0));
    Ok(results)
}

fn size<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
) -> Result<Value<'gc>, Error<'gc>> {
    let fname = call_name(exec, "size");
    let fmt_bytes = check_bytes(ctx, stack, 0, fname)?;
    let mut f = Fmt {
        s: &fmt_bytes,
        pos: 0,
    };
    let mut h = Header::default();
    let mut pos = 0usize;
    while let Some(opt) = f.next() {
        let size = optsize(opt, &mut f).map_err(|e| fmt_err(ctx, fname, e))?;
        pos = pos.saturating_add(gettoalign(pos, &h, opt, size));
        if opt == b's' {
            return Err(arg_error(ctx, 1, fname, "option 's' has no fixed size"));
        } else if opt == b'c' && size == 0 {
            return Err(arg_error(ctx, 1, fname, "option 'c0' has no fixed size"));
        }
        if !opt.is_ascii_alphanumeric() {
            controloptions(opt, &mut f, &mut h).map_err(|e| fmt_err(ctx, fname, e))?;
        }
        pos = pos.saturating_add(size);
    }
    Ok(num(pos as f64))
}

/// Installs the library into the globals.
pub fn load_structlib(ctx: Context<'_>) {
    let t = Table::new(&ctx);
    let _ = t.set(
        ctx,
        "pack",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let v = pack(ctx, &exec, &stack).map_err(|e| with_where(ctx, &exec, e))?;
            stack.replace(ctx, v);
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = t.set(
        ctx,
        "unpack",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let v = unpack(ctx, &exec, &stack).map_err(|e| with_where(ctx, &exec, e))?;
            stack.clear();
            stack.extend(v);
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = t.set(
        ctx,
        "size",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let v = size(ctx, &exec, &stack).map_err(|e| with_where(ctx, &exec, e))?;
            stack.replace(ctx, v);
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = ctx.set_global("struct", t);
}

#[cfg(test)]
mod tests {
    use super::{double_to_u64, get_integer};

    #[test]
    fn casts() {
        assert_eq!(double_to_u64(-1.7), u64::MAX);
        assert_eq!(double_to_u64(2f64.powi(64)), 0);
        assert_eq!(double_to_u64(-(2f64.powi(64))), 1 << 63);
        assert_eq!(double_to_u64(f64::NAN), 1 << 63);
        assert_eq!(double_to_u64(300.0), 300);
        assert_eq!(get_integer(&[0xff, 0xff, 0x7f], false, true), 8_388_607.0);
        assert_eq!(get_integer(&[0xfe, 0xff], false, true), -2.0);
    }
}
