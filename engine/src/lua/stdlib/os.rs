//! Lua `os` library reduced to `os.clock` (the engine has no clock of its own: the value comes
//! from an injectable source, default 0). Redis 7.0 exposes no `os` to scripts; the sandbox
//! removes the global, so this is only visible in an unsealed runtime.

use std::cell::Cell;

use gc_arena::{Collect, Rootable};
use piccolo::{Callback, CallbackReturn, Context, Table, Value};

/// Current value returned by `os.clock()` (seconds), per Lua instance.
#[derive(Default, Collect)]
#[collect(require_static)]
pub struct ClockSource {
    secs: Cell<f64>,
}

/// Sets the value `os.clock()` returns (e.g. CPU time consumed by the current script).
pub fn set_clock(ctx: Context<'_>, secs: f64) {
    ctx.singleton::<Rootable![ClockSource]>().secs.set(secs);
}

/// Installs the library into the globals.
pub fn load_os(ctx: Context<'_>) {
    let t = Table::new(&ctx);
    let _ = t.set(
        ctx,
        "clock",
        Callback::from_fn(&ctx, |ctx, _, mut stack| {
            stack.clear();
            let s = ctx.singleton::<Rootable![ClockSource]>().secs.get();
            stack.push_back(Value::Number(s));
            Ok(CallbackReturn::Return)
        }),
    );
    let _ = ctx.globals().set(ctx, "os", t);
}
