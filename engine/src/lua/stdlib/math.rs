//! Lua 5.1 `math` library, with Redis's deterministic `math.random` (rand48, reset to seed 0
//! before every script by the host via [`reset_random`]).

use std::cell::Cell;

use gc_arena::{Collect, Rootable};
use piccolo::{Callback, CallbackReturn, Context, Error, Execution, Stack, Table, Value};

use super::base::{check_int, num_arg};
use crate::lua::runtime::{arg_error, rt_error, type_arg_error};

/// rand48 state (48 bits), one per Lua instance.
#[derive(Collect)]
#[collect(require_static)]
pub struct Rand48 {
    x: Cell<u64>,
}

impl Default for Rand48 {
    fn default() -> Self {
        Rand48 {
            x: Cell::new(seed_state(0)),
        }
    }
}

const A: u64 = 0x5_DEEC_E66D;
const C: u64 = 0xB;
const MASK48: u64 = (1 << 48) - 1;
/// Redis's `REDIS_LRAND48_MAX`.
const LRAND48_MAX: i64 = i32::MAX as i64;

fn seed_state(seed: i32) -> u64 {
    let s = seed as u32 as u64;
    ((s >> 16) << 32) | ((s & 0xFFFF) << 16) | 0x330E
}

impl Rand48 {
    fn next(&self) -> i64 {
        let x = (A.wrapping_mul(self.x.get()).wrapping_add(C)) & MASK48;
        self.x.set(x);
        (x >> 17) as i64
    }
}

fn rng(ctx: Context<'_>) -> &Rand48 {
    ctx.singleton::<Rootable![Rand48]>()
}

/// Resets the PRNG to seed 0 (what `math.randomseed(0)` does). Redis 7.0 no longer resets the
/// generator before each script (its state carries over between scripts), so hosts should call
/// [`seed_random`] once at startup instead; tests use this for reproducible runs.
pub fn reset_random(ctx: Context<'_>) {
    rng(ctx).x.set(seed_state(0));
}

/// Seeds the PRNG (e.g. from the engine's injected seed at startup).
pub fn seed_random(ctx: Context<'_>, seed: i32) {
    rng(ctx).x.set(seed_state(seed));
}

fn num<'gc>(
    ctx: Context<'gc>,
    exec: &Execution<'gc, '_>,
    stack: &Stack<'gc, '_>,
    i: usize,
    name: &str,
) -> Result<f64, Error<'gc>> {
    let v = stack.get(i);
    num_arg(v).ok_or_else(|| type_arg_error(ctx, exec, i + 1, name, "number", v))
}

fn f1<'gc>(ctx: Context<'gc>, t: Table<'gc>, name: &'static str, f: fn(f64) -> f64) {
    let cb = Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
        let x = num(ctx, &exec, &stack, 0, name)?;
        stack.clear();
        stack.push_back(Value::Number(f(x)));
        Ok(CallbackReturn::Return)
    });
    let _ = t.set(ctx, name, cb);
}

fn f2<'gc>(ctx: Context<'gc>, t: Table<'gc>, name: &'static str, f: fn(f64, f64) -> f64) {
    let cb = Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
        let x = num(ctx, &exec, &stack, 0, name)?;
        let y = num(ctx, &exec, &stack, 1, name)?;
        stack.clear();
        stack.push_back(Value::Number(f(x, y)));
        Ok(CallbackReturn::Return)
    });
    let _ = t.set(ctx, name, cb);
}

/// C `fmod`.
fn fmod(a: f64, b: f64) -> f64 {
    a % b
}

/// C `frexp`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// C `ldexp`.
pub fn ldexp(m: f64, e: i64) -> f64 {
    let e = e.clamp(-2200, 2200) as i32;
    // Split to avoid intermediate overflow/underflow.
    let half = e / 2;
    m * 2f64.powi(half) * 2f64.powi(e - half)
}

/// Installs the library into the globals.
pub fn load_math(ctx: Context<'_>) {
    let t = Table::new(&ctx);
    f1(ctx, t, "abs", f64::abs);
    f1(ctx, t, "ceil", f64::ceil);
    f1(ctx, t, "floor", f64::floor);
    f1(ctx, t, "sqrt", f64::sqrt);
    f1(ctx, t, "sin", f64::sin);
    f1(ctx, t, "cos", f64::cos);
    f1(ctx, t, "tan", f64::tan);
    f1(ctx, t, "asin", f64::asin);
    f1(ctx, t, "acos", f64::acos);
    f1(ctx, t, "atan", f64::atan);
    f1(ctx, t, "sinh", f64::sinh);
    f1(ctx, t, "cosh", f64::cosh);
    f1(ctx, t, "tanh", f64::tanh);
    f1(ctx, t, "exp", f64::exp);
    f1(ctx, t, "log", f64::ln);
    f1(ctx, t, "log10", f64::log10);
    f1(ctx, t, "deg", |x| x * (180.0 / std::f64::consts::PI));
    f1(ctx, t, "rad", |x| x * (std::f64::consts::PI / 180.0));
    f2(ctx, t, "atan2", f64::atan2);
    f2(ctx, t, "pow", f64::powf);
    f2(ctx, t, "fmod", fmod);
    let _ = t.set(ctx, "pi", std::f64::consts::PI);
    let _ = t.set(ctx, "huge", f64::INFINITY);

    let _ = t.set(
        ctx,
        "modf",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let x = num(ctx, &exec, &stack, 0, "modf")?;
            let ip = if x.is_infinite() { x } else { x.trunc() };
            let fp = if x.is_infinite() { 0.0 } else { x - ip };
            stack.clear();
            stack.push_back(Value::Number(ip));
            stack.push_back(Value::Number(fp));
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = t.set(
        ctx,
        "frexp",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let x = num(ctx, &exec, &stack, 0, "frexp")?;
            let (m, e) = frexp(x);
            stack.clear();
            stack.push_back(Value::Number(m));
            stack.push_back(Value::Number(f64::from(e)));
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = t.set(
        ctx,
        "ldexp",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let m = num(ctx, &exec, &stack, 0, "ldexp")?;
            let e = check_int(ctx, &exec, stack.get(1), 2, "ldexp")?;
            stack.clear();
            stack.push_back(Value::Number(ldexp(m, e)));
            Ok(CallbackReturn::Return)
        }),
    );
    for (name, is_min) in [("min", true), ("max", false)] {
        let cb = Callback::from_fn(&ctx, move |ctx, exec, mut stack| {
            let fname = if is_min { "min" } else { "max" };
            let mut best = num(ctx, &exec, &stack, 0, fname)?;
            for i in 1..stack.len() {
                let v = num(ctx, &exec, &stack, i, fname)?;
                if (is_min && v < best) || (!is_min && v > best) {
                    best = v;
                }
            }
            stack.clear();
            stack.push_back(Value::Number(best));
            Ok(CallbackReturn::Return)
        });
        let _ = t.set(ctx, name, cb);
    }
    let _ = t.set(
        ctx,
        "random",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let r = (rng(ctx).next() % LRAND48_MAX) as f64 / LRAND48_MAX as f64;
            let out = match stack.len() {
                0 => r,
                1 => {
                    let u = check_int(ctx, &exec, stack.get(0), 1, "random")?;
                    let u = i64::from(u as i32);
                    if u < 1 {
                        return Err(arg_error(ctx, &exec, 1, "random", "interval is empty"));
                    }
                    (r * u as f64).floor() + 1.0
                }
                2 => {
                    let l = i64::from(check_int(ctx, &exec, stack.get(0), 1, "random")? as i32);
                    let u = i64::from(check_int(ctx, &exec, stack.get(1), 2, "random")? as i32);
                    if l > u {
                        return Err(arg_error(ctx, &exec, 2, "random", "interval is empty"));
                    }
                    (r * (u - l + 1) as f64).floor() + l as f64
                }
                _ => return Err(rt_error(ctx, &exec, "wrong number of arguments")),
            };
            stack.clear();
            stack.push_back(Value::Number(out));
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = t.set(
        ctx,
        "randomseed",
        Callback::from_fn(&ctx, |ctx, exec, mut stack| {
            let s = check_int(ctx, &exec, stack.get(0), 1, "randomseed")?;
            rng(ctx).x.set(seed_state(s as i32));
            stack.clear();
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = ctx.globals().set(ctx, "math", t);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rand48_matches_redis() {
        // Recorded from Redis 7.0.15: math.randomseed(123456) then ten math.random() calls.
        let r = Rand48 {
            x: Cell::new(seed_state(123456)),
        };
        let got: Vec<String> = (0..3)
            .map(|_| {
                let v = (r.next() % LRAND48_MAX) as f64 / LRAND48_MAX as f64;
                crate::util::numfmt::fmt_g(v, 17)
            })
            .collect();
        assert_eq!(
            got,
            [
                "0.94064665536426317",
                "0.67025564642169311",
                "0.63174100715282422"
            ]
        );
    }

    #[test]
    fn frexp_works() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(ldexp(0.5, 4), 8.0);
    }
}
