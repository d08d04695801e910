//! Redis's `bit` library (LuaBitOp 1.0.2 semantics): numbers are normalised to signed 32-bit
//! integers the way LuaBitOp does it (adding 2^52+2^51 and keeping the low word of the double),
//! and results are returned as Lua numbers.

use piccolo::{Callback, CallbackReturn, Context, Error, Execution, Stack, Table, Value};

use super::{call_name, check_number, num, with_where};

/// LuaBitOp's `barg` normalisation of a double to an int32.
pub fn tobit(n: f64) -> i32 {
    let b = n + 6_755_399_441_055_744.0;
    (b.to_bits() & 0xffff_ffff) as u32 as i32
}

fn arg<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    i: usize,
    name: &'static str,
) -> Result<i32, Error<'gc>> {
    let n = check_number(ctx, stack, i, call_name(exec, name))?;
    Ok(tobit(n))
}

type BitFn = for<'gc> fn(
    Context<'gc>,
    &Execution<'gc, '_>,
    &Stack<'gc, '_>,
    &'static str,
) -> Result<Value<'gc>, Error<'gc>>;

fn unary<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    name: &'static str,
    f: fn(i32) -> i32,
) -> Result<Value<'gc>, Error<'gc>> {
    Ok(num(f64::from(f(arg(ctx, exec, stack, 0, name)?))))
}

fn fold<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    name: &'static str,
    f: fn(i32, i32) -> i32,
) -> Result<Value<'gc>, Error<'gc>> {
    let mut acc = arg(ctx, exec, stack, 0, name)?;
    for i in 1..stack.len() {
        acc = f(acc, arg(ctx, exec, stack, i, name)?);
    }
    Ok(num(f64::from(acc)))
}

fn shift<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    name: &'static str,
    f: fn(i32, u32) -> i32,
) -> Result<Value<'gc>, Error<'gc>> {
    let x = arg(ctx, exec, stack, 0, name)?;
    let n = (arg(ctx, exec, stack, 1, name)? & 31) as u32;
    Ok(num(f64::from(f(x, n))))
}

fn tohex<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    name: &'static str,
) -> Result<Value<'gc>, Error<'gc>> {
    let mut b = arg(ctx, exec, stack, 0, name)? as u32;
    let mut n = if stack.get(1).is_nil() {
        8
    } else {
        arg(ctx, exec, stack, 1, name)?
    };
    let digits: &[u8; 16] = if n < 0 {
        n = n.saturating_neg();
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let n = usize::try_from(n.min(8)).unwrap_or(0);
    let mut out = vec![b'0'; n];
    for slot in out.iter_mut().rev() {
        *slot = digits.get((b & 15) as usize).copied().unwrap_or(b'0');
        b >>= 4;
    }
    Ok(Value::String(ctx.intern(&out)))
}

fn register<'gc>(ctx: Context<'gc>, table: Table<'gc>, name: &'static str, f: BitFn) {
    let cb = Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
        let v = f(ctx, &exec, &stack, name).map_err(|e| with_where(ctx, &exec, e))?;
        stack.replace(ctx, v);
        Ok(CallbackReturn::Return)
    });
    let _ = table.set(ctx, name, cb);
}

/// Installs the library into the globals.
pub fn load_bit(ctx: Context<'_>) {
    let t = Table::new(&ctx);
    register(ctx, t, "tobit", |c, e, s, n| unary(c, e, s, n, |x| x));
    register(ctx, t, "bnot", |c, e, s, n| unary(c, e, s, n, |x| !x));
    register(ctx, t, "bswap", |c, e, s, n| {
        unary(c, e, s, n, i32::swap_bytes)
    });
    register(ctx, t, "band", |c, e, s, n| fold(c, e, s, n, |a, b| a & b));
    register(ctx, t, "bor", |c, e, s, n| fold(c, e, s, n, |a, b| a | b));
    register(ctx, t, "bxor", |c, e, s, n| fold(c, e, s, n, |a, b| a ^ b));
    register(ctx, t, "lshift", |c, e, s, n| {
        shift(c, e, s, n, |x, k| ((x as u32) << k) as i32)
    });
    register(ctx, t, "rshift", |c, e, s, n| {
        shift(c, e, s, n, |x, k| ((x as u32) >> k) as i32)
    });
    register(ctx, t, "arshift", |c, e, s, n| {
        shift(c, e, s, n, |x, k| x >> k)
    });
    register(ctx, t, "rol", |c, e, s, n| {
        shift(c, e, s, n, |x, k| (x as u32).rotate_left(k) as i32)
    });
    register(ctx, t, "ror", |c, e, s, n| {
        shift(c, e, s, n, |x, k| (x as u32).rotate_right(k) as i32)
    });
    register(ctx, t, "tohex", tohex);
    let _ = ctx.set_global("bit", t);
}

#[cfg(test)]
mod tests {
    use super::tobit;

    #[test]
    fn normalisation() {
        assert_eq!(tobit(0xffff_ffff_u32 as f64), -1);
        assert_eq!(tobit(2f64.powi(32) + 1.0), 1);
        assert_eq!(tobit(-1.0), -1);
        assert_eq!(tobit(1.5), 2);
        assert_eq!(tobit(2.5), 2);
        assert_eq!(tobit(-2.5), -2);
    }
}
